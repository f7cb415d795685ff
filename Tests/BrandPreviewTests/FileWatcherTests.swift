import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import BrandPreview

@Suite struct FileWatcherTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.standardizedFileURL
    }

    /// Runs the watcher on its own thread while `body` changes files; returns the batches seen.
    func batches(watching files: [URL], folders: [URL] = [], debounce: Double = 0.1, _ body: () throws -> Void) throws -> [[String]] {
        let watcher = try FileWatcher()
        watcher.watch(files: files.map(\.path), folders: folders.map(\.path))
        let seen = LockedBatches()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            watcher.run(debounce: debounce) { seen.append($0) }
            done.signal()
        }
        try body()
        Thread.sleep(forTimeInterval: debounce * 4)
        watcher.stop()
        done.wait()
        return seen.value
    }

    @Test func plainWriteAndAtomicRenameAreSeen() throws {
        let dir = try folder()
        let guide = dir.appendingPathComponent("brand.yaml")
        try Data("a: 1\n".utf8).write(to: guide)
        let seen = try batches(watching: [guide]) {
            try Data("a: 2\n".utf8).write(to: guide)  // Foundation writes in place without .atomic
            Thread.sleep(forTimeInterval: 0.3)
            let temporary = dir.appendingPathComponent(".brand.yaml.swp")
            try Data("a: 3\n".utf8).write(to: temporary)
            #expect(rename(temporary.path, guide.path) == 0)
        }
        #expect(seen.count == 2, "\(seen)")
        #expect(seen.allSatisfy { $0 == [guide.path] }, "\(seen)")
    }

    @Test func burstsAreDebouncedIntoOneBatch() throws {
        let dir = try folder()
        let files = (0..<3).map { dir.appendingPathComponent("f\($0).yaml") }
        for file in files { try Data("x".utf8).write(to: file) }
        let seen = try batches(watching: files, debounce: 0.2) {
            for round in 0..<5 { for file in files { try Data("\(round)".utf8).write(to: file) } }
        }
        #expect(seen == [files.map(\.path).sorted()])
    }

    @Test func otherFilesInTheFolderAreIgnoredButWatchedFoldersCount() throws {
        let dir = try folder()
        let partials = dir.appendingPathComponent("partials")
        try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
        let template = dir.appendingPathComponent("t.mustache")
        try Data("x".utf8).write(to: template)
        let seen = try batches(watching: [template], folders: [partials]) {
            try Data("unrelated".utf8).write(to: dir.appendingPathComponent("notes.txt"))
            try Data("{{x}}".utf8).write(to: partials.appendingPathComponent("new.mustache"))
        }
        #expect(seen == [[partials.appendingPathComponent("new.mustache").path]])
    }
}

final class LockedBatches: @unchecked Sendable {
    private let lock = NSLock()
    private var batches: [[String]] = []
    func append(_ batch: [String]) { lock.withLock { batches.append(batch) } }
    var value: [[String]] { lock.withLock { batches } }
}
