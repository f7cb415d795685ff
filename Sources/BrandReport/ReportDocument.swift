/// A whole report: its cards, the distinct brand rules they share, and whether image checks ran.
public struct ReportDocument: Sendable, Equatable {
    public var title: String
    public var cards: [ReportCard]
    /// Distinct system instructions, each shown once; cards point at theirs by index.
    public var brandRules: [String]
    /// `false` when the build folder has no check results: the page then says "no checks run".
    public var checksRan: Bool
    /// Why the prompts are missing (no compile inputs were given), shown above the cards.
    public var notes: [String]

    public init(title: String, cards: [ReportCard], brandRules: [String] = [], checksRan: Bool = false,
                notes: [String] = []) {
        self.title = title
        self.cards = cards
        self.brandRules = brandRules
        self.checksRan = checksRan
        self.notes = notes
    }

    public var totals: ReportTotals { ReportTotals(cards) }
}

/// The figures on top of the report.
public struct ReportTotals: Sendable, Equatable {
    public var requests = 0
    public var images = 0
    public var failures = 0
    public var retries = 0
    public var spent = 0.0
    public var estimated = 0.0
    public var inputTokens = 0
    public var outputTokens = 0
    public var findings = 0

    public init(_ cards: [ReportCard]) {
        requests = cards.count
        for card in cards {
            if card.image != nil { images += 1 }
            if card.status == .failed { failures += 1 }
            retries += max(0, (card.attempts ?? 1) - 1)
            if let cost = card.cost {
                if card.costIsEstimate { estimated += cost } else { spent += cost }
            }
            inputTokens += card.inputTokens ?? 0
            outputTokens += card.outputTokens ?? 0
            findings += card.findings.count
        }
    }
}
