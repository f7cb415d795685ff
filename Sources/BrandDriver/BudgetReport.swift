import Foundation
public import BrandAssembly

/// A request's token budget as a table: per section its tokens, share of the window, priority and
/// fate, then the totals and the headroom. As text (bars on a terminal), JSON, or Markdown for CI
/// job summaries.
/// One request's budget, without the request: what reports keep while a feed streams by.
public struct BudgetEntry: Sendable {
    public var key: String
    public var locale: String?
    public var route: String
    public var model: String
    public var budget: BudgetResult
    /// The whole request's count by the provider's `countTokens` (`budget --exact`), when asked.
    public var providerTokens: Int?

    public init?(_ prompt: AssembledPrompt) {
        guard let budget = prompt.budget else { return nil }
        key = prompt.key
        locale = prompt.locale
        route = prompt.route.name
        model = prompt.model.id
        self.budget = budget
    }
}

public enum BudgetReport {
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    public static func render(_ prompts: [BudgetEntry], as format: Format, bars: Bool = false) -> String {
        switch format {
        case .text: prompts.map { text($0, bars: bars) }.joined(separator: "\n")
        case .markdown: prompts.map(markdown).joined(separator: "\n")
        case .json: json(prompts)
        }
    }

    static func rows(_ prompt: BudgetEntry) -> [[String]] {
        let budget = prompt.budget
        return budget.outcomes.map { outcome in
            [outcome.name, outcome.placement.rawValue, "\(outcome.tokens)",
             percent(outcome.tokens, of: budget.budget.inputLimit), "\(outcome.priority)\(outcome.required ? " required" : "")",
             state(outcome)]
        }
    }

    static func state(_ outcome: SectionOutcome) -> String {
        switch outcome.state {
        case .kept: "kept"
        case .shrunk(let kept, let of): "shrunk to \(kept)/\(of) items (from \(outcome.fullTokens))"
        case .dropped: "dropped (\(outcome.fullTokens))"
        case .excluded: "not included"
        }
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "-" }
        return String(format: "%.1f%%", Double(part) * 100 / Double(whole))
    }

    static func title(_ prompt: BudgetEntry) -> String {
        "\(prompt.key)\(prompt.locale.map { " [\($0)]" } ?? "") on \(prompt.route)"
    }

    static func summary(_ prompt: BudgetEntry) -> [(String, String)] {
        let budget = prompt.budget
        return [("input limit", "\(budget.budget.inputLimit)"),
         ("reserved for output and thinking", "\(budget.budget.outputReserve)"),
         ("safety margin", "\(budget.budget.marginTokens)"),
         ("available", "\(budget.budget.available)"),
         ("request", "\(budget.total) (\(percent(budget.total, of: budget.budget.inputLimit)) of the window)"),
         ("headroom", "\(budget.headroom)"),
         ("counted by", budget.method.rawValue)]
            + (prompt.providerTokens.map { [("provider's count", "\($0) (api:countTokens, the whole request)")] } ?? [])
    }

    static func text(_ prompt: BudgetEntry, bars: Bool) -> String {
        let budget = prompt.budget
        let header = ["SECTION", "PART", "TOKENS", "SHARE", "PRIORITY", "STATE"]
        let table = [header] + rows(prompt)
        var out = "== \(title(prompt))\n"
        for (index, var line) in ColumnTable.lines(table).enumerated() {
            if bars, index > 0 {
                let tokens = budget.outcomes[index - 1].tokens
                let width = budget.budget.inputLimit > 0 ? Int((Double(tokens) * 30 / Double(budget.budget.inputLimit)).rounded(.up)) : 0
                line += "  " + String(repeating: "█", count: width)
            }
            out += line + "\n"
        }
        for (label, value) in summary(prompt) { out += "\(label): \(value)\n" }
        return out
    }

    static func markdown(_ prompt: BudgetEntry) -> String {
        var out = "### Token budget: \(title(prompt))\n\n| section | part | tokens | share | priority | state |\n|---|---|---:|---:|---|---|\n"
        for row in rows(prompt) { out += "| " + row.joined(separator: " | ") + " |\n" }
        out += "\n| | |\n|---|---|\n"
        for (label, value) in summary(prompt) { out += "| \(label) | \(value) |\n" }
        return out
    }

    static func json(_ prompts: [BudgetEntry]) -> String {
        let reports = prompts.map { prompt -> Report in
            let budget = prompt.budget
            return Report(
                key: prompt.key, locale: prompt.locale, route: prompt.route, model: prompt.model,
                method: budget.method.rawValue, inputLimit: budget.budget.inputLimit,
                outputReserve: budget.budget.outputReserve, margin: budget.budget.marginTokens,
                available: budget.budget.available, total: budget.total, headroom: budget.headroom, fits: budget.fits,
                providerTokens: prompt.providerTokens,
                sections: budget.outcomes.map { outcome in
                    Section(
                        name: outcome.name, part: outcome.placement.rawValue, tokens: outcome.tokens,
                        fullTokens: outcome.fullTokens, priority: outcome.priority, required: outcome.required,
                        state: stateName(outcome.state), keptItems: keptItems(outcome.state))
                })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(reports)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func stateName(_ state: SectionOutcome.State) -> String {
        switch state {
        case .kept: "kept"
        case .shrunk: "shrunk"
        case .dropped: "dropped"
        case .excluded: "excluded"
        }
    }

    static func keptItems(_ state: SectionOutcome.State) -> Int? {
        if case .shrunk(let kept, _) = state { return kept }
        return nil
    }

    struct Report: Encodable {
        var key: String
        var locale: String?
        var route, model, method: String
        var inputLimit, outputReserve, margin, available, total, headroom: Int
        var fits: Bool
        var providerTokens: Int?
        var sections: [Section]
    }

    struct Section: Encodable {
        var name, part: String
        var tokens, fullTokens, priority: Int
        var required: Bool
        var state: String
        var keptItems: Int?
    }
}
