import Foundation
import Testing
import BrandTestSupport

/// `brandc watch` as a process: started from a test (a Dispatch worker thread, whose blocked
/// signals the child inherits), it still stops on SIGTERM.
enum WatchProcess {
    /// The page URL `brandc watch` prints once its first compile is served. The wait is long: with the
    /// whole suite running on two cores, the first compile was seen to take more than 30 s.
    static func waitForURL(_ running: BrandcExecutable.Running, logs: URL) async throws -> String? {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            for file in (try FileManager.default.contentsOfDirectory(at: logs, includingPropertiesForKeys: nil)) where file.lastPathComponent.hasPrefix("stdout-") {
                let text = String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
                if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("http://127.0.0.1:") }) { return String(line) }
            }
            guard running.process.isRunning else { return nil }
            try await Task.sleep(for: .milliseconds(100))
        }
        return nil
    }
}

struct WatchProcessTests {
    @Test func watchStopsOnSIGTERMEvenWhenSpawnedWithItBlocked() async throws {
        guard BrandcExecutable.isAvailable else {
            Issue.record("no built brandc; run swift build --build-tests")
            return
        }
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-watch-stop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logs) }
        let running = try BrandcExecutable.start(
            ["watch", "--brand", "brands/kumo/brand.yaml", "--template", "templates/campaign-hero.mustache",
             "--product", "products/kumo/sencha-tin.yaml"], logs: logs)
        _ = try #require(try await WatchProcess.waitForURL(running, logs: logs))
        #expect(await running.stop(grace: 5), "brandc watch ignored SIGTERM")
        #expect(running.process.terminationReason == .uncaughtSignal)
        #expect(running.process.terminationStatus == SIGTERM)
    }
}
