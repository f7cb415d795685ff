import Testing
import BrandAssembly
import BrandTokens

/// Fitting with a counter that makes every item cost exactly its number of characters.
@Suite struct BudgetFitterTests {
    static func section(_ name: String, _ items: [String], priority: Int, required: Bool = false,
                        shrink: SectionPolicy.Shrink = .drop) -> CountedSection {
        CountedSection(
            section: PromptSection(name: name, title: nil, items: items),
            policy: SectionPolicy(priority: priority, required: required, shrink: shrink),
            headerTokens: 0, itemTokens: items.map(\.count))
    }

    static let sections = [
        section("identity", ["aaaaaaaaaa"], priority: 100, required: true),  // 10
        section("voice", ["bbbbb", "bbbbb", "bbbbb"], priority: 70, shrink: .dropItems),  // 15
        section("palette", ["cccccccccc"], priority: 90),  // 10
        section("avoid", ["dd", "dd", "dd", "dd"], priority: 50, shrink: .keepFirst(2)),  // 8
        section("prompt", ["eeeeeeeeeeeeeeeeeeee"], priority: 100, required: true),  // 20
    ]

    /// The exact total is the sum of the kept items: this counter has no joins that merge.
    static func fit(available: Int, _ sections: [CountedSection] = sections) -> BudgetResult {
        let budget = TokenBudget(inputLimit: available, outputReserve: 0, margin: 0)
        return BudgetFitter(budget: budget, method: .estimate).fit(sections) { final in
            final.reduce(0) { $0 + $1.items.reduce(0) { $0 + $1.count } }
        }
    }

    func states(_ result: BudgetResult) -> [String] {
        result.outcomes.map { outcome in
            switch outcome.state {
            case .kept: "\(outcome.name):kept"
            case .shrunk(let kept, let of): "\(outcome.name):\(kept)/\(of)"
            case .dropped: "\(outcome.name):dropped"
            case .excluded: "\(outcome.name):excluded"
            }
        }
    }

    @Test func everythingFitsUntouched() {
        let result = Self.fit(available: 63)
        #expect(result.fits && result.total == 63 && result.headroom == 0)
        #expect(states(result).allSatisfy { $0.hasSuffix(":kept") })
    }

    @Test func lowestPriorityShrinksFirstByItsRule() {
        // One over: `avoid` (priority 50) keeps its first 2 items.
        let result = Self.fit(available: 62)
        #expect(states(result) == ["identity:kept", "voice:kept", "palette:kept", "avoid:2/4", "prompt:kept"])
        #expect(result.total == 59)
    }

    @Test func thenDropsAndDropsItemsInPriorityOrder() {
        // avoid goes (kept 2, then dropped), then voice loses items from the end.
        let result = Self.fit(available: 50)
        #expect(states(result) == ["identity:kept", "voice:2/3", "palette:kept", "avoid:dropped", "prompt:kept"])
        #expect(result.total == 50 && result.fits)
    }

    @Test func requiredSectionsNeverShrink() {
        let result = Self.fit(available: 30)
        #expect(states(result) == ["identity:kept", "voice:dropped", "palette:dropped", "avoid:dropped", "prompt:kept"])
        #expect(result.total == 30 && result.fits)
    }

    @Test func requiredOverflowIsReportedWithoutTrimming() {
        let result = Self.fit(available: 29)
        #expect(result.requiredOverflow && !result.fits)
        #expect(result.total == 30)
        #expect(states(result).allSatisfy { $0.hasSuffix(":kept") })
    }

    @Test func equalPrioritiesShrinkTheLaterSectionFirst() {
        let sections = [
            Self.section("a", ["xxxx"], priority: 10), Self.section("b", ["yyyy"], priority: 10),
        ]
        #expect(states(Self.fit(available: 4, sections)) == ["a:kept", "b:dropped"])
    }

    @Test func anExactCountOverTheItemSumsShrinksFurther() {
        // The exact total charges one extra token per kept section (a join), which the item counts miss.
        let budget = TokenBudget(inputLimit: 62, outputReserve: 0, margin: 0)
        let result = BudgetFitter(budget: budget, method: .estimate).fit(Self.sections) { final in
            final.reduce(0) { $0 + $1.items.reduce(0) { $0 + $1.count } + 1 }
        }
        // 68 exact at first: avoid is cut to 2 items, then dropped; 55 by items + 4 joins = 59.
        #expect(result.fits)
        #expect(result.total == 59)
        #expect(states(result) == ["identity:kept", "voice:kept", "palette:kept", "avoid:dropped", "prompt:kept"])
    }

    @Test func budgetArithmetic() {
        let budget = TokenBudget(inputLimit: 131_072, outputReserve: 1120 + 2048, margin: 0.05)
        #expect(budget.marginTokens == 6554)
        #expect(budget.available == 131_072 - 3168 - 6554)
    }
}
