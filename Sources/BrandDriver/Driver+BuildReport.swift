import Foundation
public import BrandNetwork

/// Text for `brandc build`: the plan, per-event lines for logs, JSON events, the progress line and
/// the final table. Rendering only; the CLI decides where each goes.
public enum BuildRendering {
    public static func plan(_ plan: BuildPlan, problems: [BuildProblem]) -> String {
        var lines = ["plan: \(plan.toSend.count) to send, \(plan.skipped.count) unchanged (skipped), "
            + "\(plan.failedBefore.count) failed before and unchanged (not resent)"]
        var cost = "estimated cost: " + dollars(plan.estimatedCost)
        if plan.unpricedCount > 0 { cost += " (+ \(plan.unpricedCount) request(s) the registry has no price for)" }
        lines.append(cost)
        for (request, reason) in plan.failedBefore { lines.append("  not resent: \(request.key): \(reason)") }
        for (request, reason) in plan.outputsChanged { lines.append("  resent: \(request.key): \(reason)") }
        for name in plan.unmatchedOnly { lines.append("  --only '\(name)' matches no product id or output name") }
        for problem in problems { lines.append("  cannot send: \(problem.key): \(problem.message)") }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func line(_ event: BuildEvent) -> String {
        switch event {
        case .started(let key): "started \(key)"
        case .succeeded(let key, let files, let cost, let attempts):
            "done \(key): \(files.filter { !$0.name.hasSuffix(".json") }.map(\.name).joined(separator: ", "))" + (cost.map { " " + dollars($0) } ?? "")
                + (attempts > 1 ? " after \(attempts) attempts" : "")
        case .failed(let key, let failure, let attempts):
            "failed \(key): \(failure.reason)" + (attempts > 1 ? " after \(attempts) attempts" : "")
                + (failure.retriable ? " (a rerun will retry it)" : "")
        case .stopping(let reason): "stopping: \(reason)"
        }
    }

    /// One JSON object per event, for machines (`--json`).
    public static func json(_ event: BuildEvent) -> String {
        switch event {
        case .started(let key): BuildEventJSON.line(BuildEventJSON.Started(key: key))
        case .succeeded(let key, let files, let cost, let attempts):
            BuildEventJSON.line(BuildEventJSON.Succeeded(key: key, files: files.map(\.name), cost: cost.map(money), attempts: attempts))
        case .failed(let key, let failure, let attempts):
            BuildEventJSON.line(BuildEventJSON.Failed(key: key, reason: failure.reason, retriable: failure.retriable, attempts: attempts))
        case .stopping(let reason): BuildEventJSON.line(BuildEventJSON.Stopping(reason: reason))
        }
    }

    public static func json(plan: BuildPlan) -> String {
        BuildEventJSON.line(BuildEventJSON.Plan(
            send: plan.toSend.map(\.key), skipped: plan.skipped.map(\.key), failedBefore: plan.failedBefore.map(\.request.key),
            outputsChanged: plan.outputsChanged.map(\.request.key), unmatchedOnly: plan.unmatchedOnly,
            estimatedCost: money(plan.estimatedCost)))
    }

    public static func json(report: BuildReport) -> String {
        BuildEventJSON.line(BuildEventJSON.Summary(
            succeeded: report.succeeded.keys.sorted(), failed: report.failed.keys.sorted(), notStarted: report.notStarted,
            spend: money(report.spend), stopped: report.stopReason, inputTokens: report.usage.inputTokens,
            outputTokens: report.usage.outputTokens, imageOutputTokens: report.usage.imageOutputTokens))
    }

    /// The closing table: one row per request of this run, then totals.
    public static func summary(_ report: BuildReport, plan: BuildPlan) -> String {
        var rows: [[String]] = [["request", "result", "detail"]]
        for key in report.succeeded.keys.sorted() {
            rows.append([key, "done", report.succeeded[key]?.first?.name ?? ""])
        }
        for key in report.failed.keys.sorted() {
            guard let failure = report.failed[key] else { continue }
            rows.append([key, failure.retriable ? "failed (retriable)" : "failed", failure.reason])
        }
        for key in report.notStarted { rows.append([key, "not started", report.stopReason ?? ""]) }
        if rows.count == 1 { rows.removeAll() }
        var text = rows.isEmpty ? "" : ColumnTable.lines(rows).joined(separator: "\n") + "\n"
        text += "\(report.succeeded.count) done, \(report.failed.count) failed, \(report.notStarted.count) not started, "
            + "\(plan.skipped.count) unchanged; spend \(dollars(report.spend))"
        let usage = report.usage
        if usage.inputTokens != nil || usage.outputTokens != nil {
            text += "; tokens in \(usage.inputTokens ?? 0), out \(usage.outputTokens ?? 0)"
                + (usage.imageOutputTokens.map { " (image \($0))" } ?? "")
        }
        return text + "\n"
    }

    static func dollars(_ value: Double) -> String { String(format: "$%.4f", value) }

    /// US dollars for JSON: a decimal string rounded to the micro-dollar ("1.344", not the binary
    /// double 1.3439999999999999), so sums and comparisons downstream are exact.
    public static func money(_ value: Double) -> String {
        let micros = Int64((value * 1_000_000).rounded())
        let sign = micros < 0 ? "-" : ""
        let whole = abs(micros) / 1_000_000
        var fraction = String(abs(micros) % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
