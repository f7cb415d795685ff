import Foundation
public import BrandDiagnostics
public import BrandImageCheck
public import BrandNetwork

/// `brandc build --check [--regenerate N]`: what to check while building, and how often to resend.
public struct BuildCheckOptions: Sendable {
    /// Resend a request whose image has an error-level finding at most this many times.
    public var regenerate = 0
    /// Images checked at once; they never hold up the build's own requests.
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Hears each image's findings as soon as its check ends.
    public var onChecked: @Sendable (CheckedImage) -> Void = { _ in }

    public init() {}
}

/// A checked build: the first run's outcome, one outcome per regeneration round, and the findings
/// of every attempt (earlier attempts' files copied to `NAME.attempt-K.…`, so all are kept).
public struct CheckedBuild: Sendable {
    public var outcome: BuildOutcome
    public var regenerations: [BuildOutcome] = []
    public var problems: [BuildProblem]
    public var diagnostics: [Diagnostic]
    /// Every attempt's findings, project levels applied.
    public var images: [CheckedImage] = []
    /// Keys whose latest attempt still has an error-level finding.
    public var failingKeys: [String] = []
}

extension Driver {
    /// Builds like `build`, checking each image as it lands on a separate bounded pool (the
    /// requests go on while OCR runs), then resends the requests whose image failed an
    /// error-level check, at most `options.regenerate` times and within what `--max-cost` leaves.
    public func buildChecked(
        _ job: BuildJob, options: BuildCheckOptions, transport: any Transport, sleeper: any Sleeper = SystemSleeper(),
        onPlan: @escaping @Sendable (BuildPlan, [BuildProblem]) -> Void = { _, _ in },
        events: @escaping @Sendable (BuildEvent) -> Void = { _ in }
    ) async throws -> CheckedBuild {
        var scratch = DiagnosticSink()
        var expectations: [String: ImageExpectations] = [:]
        eachExpectation(job.compile, diagnostics: &scratch) { name, expected, _ in expectations[name] = expected }
        let frozen = expectations
        let folder = URL(fileURLWithPath: job.compile.outputDirectory)
        let pool = ImageCheckPool(workers: options.workers, thresholds: config.imageChecks)
        let config = config
        let running = RunningChecks()
        let checkingEvents: @Sendable (BuildEvent) -> Void = { event in
            events(event)
            guard case .succeeded(let key, let files, _, _) = event, let expected = frozen[key],
                let image = files.first(where: { file in ["png", "jpg", "webp"].contains { file.name == key + "." + $0 } })
            else { return }
            let item = ImageCheckItem(key: key, imagePath: folder.appendingPathComponent(image.name).path, expectations: expected)
            running.start {
                var checked = await pool.check(item)
                checked.diagnostics = config.apply(to: checked.diagnostics)
                options.onChecked(checked)
                return checked
            }
        }
        let first = try await build(job, transport: transport, sleeper: sleeper, onPlan: onPlan, events: checkingEvents)
        var result = CheckedBuild(outcome: first.outcome, problems: first.problems, diagnostics: first.diagnostics)
        var latest: [String: CheckedImage] = [:]
        func collect() async {
            for checked in await running.finish() {
                result.images.append(checked)
                latest[checked.key] = checked
            }
        }
        await collect()
        var spend = Self.spend(of: first.outcome)
        for round in 1...max(1, options.regenerate) where options.regenerate > 0 {
            let failing = latest.values.filter(\.hasErrors).map(\.key).sorted()
            guard !failing.isEmpty else { break }
            for key in failing {
                Self.keepAttempt(key, round: round, in: folder, images: &result.images)
            }
            var again = job
            again.force = true
            again.only = Set(failing)
            if let limit = job.maxCost { again.maxCost = max(0, limit - spend) }
            let rerun = try await build(again, transport: transport, sleeper: sleeper, onPlan: onPlan, events: checkingEvents)
            result.regenerations.append(rerun.outcome)
            spend += Self.spend(of: rerun.outcome)
            await collect()
            guard case .ran = rerun.outcome else { break }
        }
        result.failingKeys = latest.values.filter(\.hasErrors).map(\.key).sorted()
        if !result.images.isEmpty {
            do {
                try CheckFindingsFile.write(result.images, attempts: Self.attempts(of: result.images), in: folder)
            } catch {
                result.diagnostics.append(Diagnostic(
                    .writeFailed, "cannot write \(CheckFindingsFile.fileName): \(error.localizedDescription)",
                    at: SourceLocation(file: folder.appendingPathComponent(CheckFindingsFile.fileName).path)))
            }
        }
        return result
    }

    /// `buildChecked` over HTTPS, its connections closed at the end.
    public func buildChecked(
        _ job: BuildJob, options: BuildCheckOptions,
        onPlan: @escaping @Sendable (BuildPlan, [BuildProblem]) -> Void = { _, _ in },
        events: @escaping @Sendable (BuildEvent) -> Void = { _ in }
    ) async throws -> CheckedBuild {
        try await sending(over: HTTPTransport(connectTimeout: 10, connectionsPerHost: job.network.concurrency)) {
            try await buildChecked(job, options: options, transport: $0, onPlan: onPlan, events: events)
        }
    }

    static func spend(of outcome: BuildOutcome) -> Double {
        if case .ran(_, let report) = outcome { return report.spend }
        return 0
    }

    /// Copies the files of `key`'s current attempt to `NAME.attempt-K.…` and points its findings there;
    /// the originals stay until the new attempt replaces them, so a failed resend loses nothing.
    static func keepAttempt(_ key: String, round: Int, in folder: URL, images: inout [CheckedImage]) {
        guard let record = SubmissionJournal.latest(in: folder)[key] else { return }
        for file in record.files ?? [] where file.name.hasPrefix(key) {
            let kept = key + ".attempt-\(round)" + file.name.dropFirst(key.count)
            let from = folder.appendingPathComponent(file.name)
            let to = folder.appendingPathComponent(String(kept))
            try? FileManager.default.removeItem(at: to)
            try? FileManager.default.copyItem(at: from, to: to)
            for index in images.indices where images[index].imagePath == from.path {
                images[index].imagePath = to.path
                images[index].diagnostics = images[index].diagnostics.map { diagnostic in
                    var moved = diagnostic
                    moved.location = moved.location.map { _ in SourceLocation(file: to.path) }
                    return moved
                }
            }
        }
    }

    /// The attempt number of each checked file: K for `NAME.attempt-K.…`, the last one for the current file.
    static func attempts(of images: [CheckedImage]) -> [String: Int] {
        var rounds: [String: Int] = [:]
        var result: [String: Int] = [:]
        for image in images {
            let name = (image.imagePath as NSString).lastPathComponent
            if let range = name.range(of: ".attempt-", options: .backwards),
                let number = Int(name[range.upperBound...].prefix { $0.isNumber })
            {
                result[image.imagePath] = number
                rounds[image.key] = max(rounds[image.key] ?? 0, number)
            }
        }
        for image in images where result[image.imagePath] == nil {
            result[image.imagePath] = (rounds[image.key] ?? 0) + 1
        }
        return result
    }
}

/// The checks started during a build, awaited at its end.
final class RunningChecks: @unchecked Sendable {
    private let lock = NSLock()
    private var tasks: [Task<CheckedImage, Never>] = []

    func start(_ work: @escaping @Sendable () async -> CheckedImage) {
        let task = Task(operation: work)
        lock.withLock { tasks.append(task) }
    }

    /// Waits for every check started so far; the results in start order.
    func finish() async -> [CheckedImage] {
        let started = lock.withLock {
            defer { tasks.removeAll() }
            return tasks
        }
        var results: [CheckedImage] = []
        for task in started { results.append(await task.value) }
        return results
    }
}
