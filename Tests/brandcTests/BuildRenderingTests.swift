import BrandDriver
import Foundation
import Testing

/// What `brandc build` shows: the progress line, plain log lines, JSON events.
struct BuildRenderingTests {
    final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [(String, Bool)] = []

        func append(_ text: String, _ toStandardError: Bool) { lock.withLock { parts.append((text, toStandardError)) } }
        var standardOutput: String { lock.withLock { parts.filter { !$0.1 }.map(\.0).joined() } }
        var standardError: String { lock.withLock { parts.filter { $0.1 }.map(\.0).joined() } }
    }

    @Test func progressLineCountsAndEstimates() throws {
        let start = Date(timeIntervalSince1970: 1000)
        var progress = BuildProgress(total: 4, startedAt: start)
        progress.record(.started(key: "a"))
        progress.record(.started(key: "b"))
        progress.record(.succeeded(key: "a", files: [], cost: 0.1, attempts: 1))
        progress.record(.failed(key: "b", failure: .init(reason: "x", retriable: false), attempts: 1))
        progress.record(.started(key: "c"))
        // Two finished in 20 s: two more take about 20 s.
        #expect(progress.line(now: start.addingTimeInterval(20)) == "[2/4] done 1 · failed 1 · in flight 1 · ETA 0:20 · $0.1000")
    }

    @Test func plainModeWritesOneLinePerFinishedRequest() {
        let captured = Captured()
        let console = BuildConsole(mode: .plain, write: captured.append)
        console.event(.started(key: "a"))
        console.event(.succeeded(key: "a", files: [.init(name: "a.png", sha256: "h", bytes: 1)], cost: 0.05, attempts: 2))
        console.event(.failed(key: "b", failure: .init(reason: "HTTP 503", retriable: true), attempts: 5))
        #expect(captured.standardOutput == """
            done a: a.png $0.0500 after 2 attempts
            failed b: HTTP 503 after 5 attempts (a rerun will retry it)

            """)
        #expect(captured.standardError.isEmpty)
    }

    @Test func terminalModeRedrawsTheProgressLineOnStandardError() {
        let captured = Captured()
        let console = BuildConsole(mode: .terminal, write: captured.append)
        console.event(.started(key: "a"))
        #expect(captured.standardError.hasPrefix("\r\u{1B}[K[0/0] done 0 · failed 0 · in flight 1"))
        #expect(captured.standardOutput.isEmpty)
    }

    @Test func jsonModeWritesOneObjectPerLine() throws {
        let captured = Captured()
        let console = BuildConsole(mode: .json, write: captured.append)
        console.event(.started(key: "a"))
        console.event(.failed(key: "a", failure: .init(reason: "blocked (IMAGE_SAFETY)", retriable: false), attempts: 1))
        let objects = try captured.standardOutput.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["event"] as? String } == ["started", "failed"])
        #expect(objects[1]["retriable"] as? Bool == false)
        #expect(objects[1]["reason"] as? String == "blocked (IMAGE_SAFETY)")
    }

    /// Money in JSON is a decimal string: twenty 6.72-cent requests are "1.344", not 1.3439999999999999.
    @Test func moneyInJSONIsADecimalString() throws {
        let twenty = (0..<20).reduce(0.0) { total, _ in total + 0.0672 }
        #expect("\(twenty)" != "1.344", "the sum should show the binary rounding this guards against")
        #expect(BuildRendering.money(twenty) == "1.344")
        #expect(BuildRendering.money(0) == "0")
        #expect(BuildRendering.money(0.2016) == "0.2016")
        let captured = Captured()
        let console = BuildConsole(mode: .json, write: captured.append)
        console.event(.succeeded(key: "a", files: [], cost: twenty, attempts: 1))
        #expect(captured.standardOutput.contains(#""cost":"1.344""#), "\(captured.standardOutput)")
    }
}
