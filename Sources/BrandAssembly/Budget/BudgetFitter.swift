import BrandDiagnostics
public import BrandTokens

/// Fits sections into a token budget: required sections never shrink; optional ones shrink or drop
/// lowest priority first (the later section first among equals), one step at a time, until the
/// request fits. Deterministic: the same inputs always give the same cuts.
public struct BudgetFitter: Sendable {
    public var budget: TokenBudget
    public var method: TokenCountMethod

    public init(budget: TokenBudget, method: TokenCountMethod) {
        self.budget = budget
        self.method = method
    }

    /// `exactTotal` counts the final sections as they will be sent (joins can merge tokens across
    /// item boundaries); fitting carries on if that exact count is still over.
    public func fit(
        _ sections: [CountedSection], exactTotal: ([PromptSection]) -> Int
    ) -> BudgetResult {
        var kept = sections.map { $0.section.items.count }
        var dropped = sections.map { !$0.policy.included }
        func tokens(_ index: Int) -> Int {
            guard !dropped[index] else { return 0 }
            return sections[index].headerTokens + sections[index].itemTokens.prefix(kept[index]).reduce(0, +)
        }
        let required = sections.indices.filter { sections[$0].policy.required && !dropped[$0] }
        let requiredTotal = required.reduce(0) { $0 + tokens($1) }
        guard requiredTotal <= budget.available else {
            return result(sections, kept, dropped, total: requiredTotal, requiredOverflow: true)
        }
        var additive = sections.indices.reduce(0) { $0 + tokens($1) }
        var exact = exactTotal(finalSections(sections, kept, dropped))
        // Shrink by the item-by-item counts (cheap), then recount exactly; every pass takes at least
        // one step, so the loop ends.
        while exact > budget.available, nextToShrink(sections, kept, dropped) != nil {
            let target = budget.available - (exact - additive)
            repeat {
                guard let index = nextToShrink(sections, kept, dropped) else { break }
                let before = tokens(index)
                shrink(sections[index], &kept[index], &dropped[index])
                additive -= before - tokens(index)
            } while additive > target
            exact = exactTotal(finalSections(sections, kept, dropped))
        }
        return result(sections, kept, dropped, total: exact, requiredOverflow: false)
    }

    private func nextToShrink(_ sections: [CountedSection], _ kept: [Int], _ dropped: [Bool]) -> Int? {
        sections.indices
            .filter { !sections[$0].policy.required && !dropped[$0] }
            .min { a, b in
                let (pa, pb) = (sections[a].policy.priority, sections[b].policy.priority)
                return pa != pb ? pa < pb : a > b
            }
    }

    private func shrink(_ section: CountedSection, _ kept: inout Int, _ dropped: inout Bool) {
        switch section.policy.shrink {
        case .drop:
            dropped = true
        case .dropItems:
            if kept > 1 { kept -= 1 } else { dropped = true }
        case .keepFirst(let count):
            if kept > count { kept = count } else { dropped = true }
        }
    }

    private func finalSections(_ sections: [CountedSection], _ kept: [Int], _ dropped: [Bool]) -> [PromptSection] {
        sections.indices.compactMap { index in
            guard !dropped[index] else { return nil }
            var section = sections[index].section
            // A section kept whole is shared, not copied item by item (a guide's rules run to hundreds).
            if kept[index] < section.items.count { section.items = Array(section.items.prefix(kept[index])) }
            return section
        }
    }

    private func result(
        _ sections: [CountedSection], _ kept: [Int], _ dropped: [Bool], total: Int, requiredOverflow: Bool
    ) -> BudgetResult {
        let outcomes = sections.indices.map { index -> SectionOutcome in
            let counted = sections[index]
            let state: SectionOutcome.State
            if !counted.policy.included {
                state = .excluded
            } else if dropped[index] {
                state = .dropped
            } else if kept[index] < counted.section.items.count {
                state = .shrunk(keptItems: kept[index], of: counted.section.items.count)
            } else {
                state = .kept
            }
            let tokens = dropped[index] ? 0 : counted.headerTokens + counted.itemTokens.prefix(kept[index]).reduce(0, +)
            return SectionOutcome(
                name: counted.section.name, placement: counted.section.placement, priority: counted.policy.priority,
                required: counted.policy.required, tokens: tokens, fullTokens: counted.tokens, state: state)
        }
        return BudgetResult(
            outcomes: outcomes, sections: finalSections(sections, kept, dropped), budget: budget, total: total,
            method: method, requiredOverflow: requiredOverflow)
    }
}

/// The outcome of fitting: what was kept, the exact total, and the headroom left.
public struct BudgetResult: Sendable, Equatable {
    public var outcomes: [SectionOutcome]
    /// The sections to send, shrunk as needed, dropped ones left out.
    public var sections: [PromptSection]
    public var budget: TokenBudget
    /// Tokens of the request as sent (or of the required sections, when they overflow).
    public var total: Int
    public var method: TokenCountMethod
    /// The required sections alone are over the budget: nothing was trimmed.
    public var requiredOverflow: Bool

    public var headroom: Int { budget.available - total }
    public var fits: Bool { !requiredOverflow && total <= budget.available }
}
