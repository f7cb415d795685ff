import Foundation
public import BrandNetwork

/// What `brandc build` shows while it runs: a progress line redrawn in place on a terminal, plain
/// lines in CI logs, or one JSON object per line with `--json`. It renders; `write` (text, whether
/// it goes to standard error) does the output, so the driver itself never prints.
public final class BuildConsole: @unchecked Sendable {
    public enum Mode: Sendable { case terminal, plain, json }

    private let mode: Mode
    private let write: @Sendable (String, Bool) -> Void
    private let lock = NSLock()
    private var progress = BuildProgress(total: 0)

    public init(mode: Mode, write: @escaping @Sendable (_ text: String, _ toStandardError: Bool) -> Void) {
        self.mode = mode
        self.write = write
    }

    public func plan(_ plan: BuildPlan, _ problems: [BuildProblem]) {
        lock.withLock {
            progress = BuildProgress(total: plan.toSend.count)
            write(mode == .json ? BuildRendering.json(plan: plan) + "\n" : BuildRendering.plan(plan, problems: problems), false)
        }
    }

    public func event(_ event: BuildEvent) {
        lock.withLock {
            progress.record(event)
            switch mode {
            case .json: write(BuildRendering.json(event) + "\n", false)
            case .plain:
                if case .started = event { return }
                write(BuildRendering.line(event) + "\n", false)
            case .terminal:
                if case .started = event {} else { write("\r\u{1B}[K" + BuildRendering.line(event) + "\n", false) }
                write("\r\u{1B}[K" + progress.line(), true)
            }
        }
    }

    /// Prints how the build ended; returns whether anything failed (exit status 1).
    public func finish(_ outcome: BuildOutcome) -> Bool {
        lock.withLock {
            if mode == .terminal { write("\r\u{1B}[K", true) }
            switch outcome {
            case .nothingToSend:
                write(mode == .json ? #"{"event":"summary","nothingToSend":true}"# + "\n" : "nothing to send\n", mode != .json)
                return true
            case .planned:
                if mode == .json { write(#"{"event":"dry-run"}"# + "\n", false) } else { write("dry run: nothing sent\n", false) }
                return false
            case .nothingMatched(let plan):
                let message = "--only \(plan.unmatchedOnly.map { "'\($0)'" }.joined(separator: ", ")) matches no product id "
                    + "or output name: nothing sent"
                if mode == .json {
                    write(BuildEventJSON.line(BuildEventJSON.NothingMatched(only: plan.unmatchedOnly)) + "\n", false)
                } else {
                    write("error: " + message + "\n", true)
                }
                return true
            case .overBudget(let plan, let limit):
                let message = "estimated cost \(BuildRendering.dollars(plan.estimatedCost)) exceeds --max-cost "
                    + "\(BuildRendering.dollars(limit)): nothing sent"
                if mode == .json {
                    write(BuildEventJSON.line(BuildEventJSON.OverBudget(
                        estimatedCost: BuildRendering.money(plan.estimatedCost), limit: BuildRendering.money(limit))) + "\n", false)
                } else {
                    write("error: " + message + "\n", true)
                }
                return true
            case .ran(let plan, let report):
                write(mode == .json ? BuildRendering.json(report: report) + "\n" : BuildRendering.summary(report, plan: plan), false)
                if let reason = report.stopReason, mode != .json { write("error: run stopped: \(reason)\n", true) }
                return !report.failed.isEmpty || !report.notStarted.isEmpty || !plan.failedBefore.isEmpty
            }
        }
    }
}
