import BrandDiagnostics
public import BrandModel
import Dispatch
import Foundation

/// Checks images on a bounded number of workers, each with its own OCR engine, on threads of
/// their own: a check never occupies Swift's cooperative pool, so a build waiting on the network
/// is not held up by OCR. Images submitted while all workers are busy wait their turn.
public actor ImageCheckPool {
    public let workers: Int
    let thresholds: ImageCheckThresholds
    private var idle: [ImageInspector] = []
    private var created = 0
    private var waiting: [CheckedContinuation<ImageInspector, Never>] = []

    /// `workers`: at most this many images at once (at least 1). Sets `OMP_THREAD_LIMIT=1` (unless already set)
    /// before any engine starts: Tesseract's OpenMP threads would otherwise fight the workers
    /// (0.25 s per 1K image with one thread, 0.6-0.8 s with OpenMP's default here).
    public init(workers: Int, thresholds: ImageCheckThresholds) {
        setenv("OMP_THREAD_LIMIT", "1", 0)
        self.workers = max(1, workers)
        self.thresholds = thresholds
    }

    /// Observes and judges one image.
    public func check(_ item: ImageCheckItem) async -> CheckedImage {
        let inspector = await acquire()
        let thresholds = thresholds
        let result = await Self.offPool {
            let start = DispatchTime.now()
            let observation = inspector.observe(item.imagePath, expecting: item.expectations, thresholds: thresholds)
            var sink = DiagnosticSink()
            ImageChecker(thresholds: thresholds).check(
                observation, against: item.expectations, imagePath: item.imagePath, diagnostics: &sink)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            return CheckedImage(key: item.key, imagePath: item.imagePath, diagnostics: sink.sorted, seconds: seconds)
        }
        release(inspector)
        return result
    }

    /// Checks all of `items` with every worker busy; results in the order of `items`.
    public func checkAll(_ items: [ImageCheckItem]) async -> [CheckedImage] {
        await withTaskGroup(of: (Int, CheckedImage).self) { group in
            for (index, item) in items.enumerated() {
                group.addTask { (index, await self.check(item)) }
            }
            var results: [(Int, CheckedImage)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    private func acquire() async -> ImageInspector {
        if let inspector = idle.popLast() { return inspector }
        if created < workers {
            created += 1
            return ImageInspector()
        }
        return await withCheckedContinuation { waiting.append($0) }
    }

    private func release(_ inspector: ImageInspector) {
        if waiting.isEmpty {
            idle.append(inspector)
        } else {
            waiting.removeFirst().resume(returning: inspector)
        }
    }

    /// Runs blocking work on a thread of its own and waits for it without blocking the caller's.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }
}
