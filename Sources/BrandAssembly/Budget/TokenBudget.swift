/// How many input tokens a request may use: the route's input limit, less a reserve for the
/// output image and thinking, less a safety margin.
public struct TokenBudget: Sendable, Equatable {
    public var inputLimit: Int
    public var outputReserve: Int
    /// Fraction of the input limit kept free (0.05 = 5 %).
    public var margin: Double

    public init(inputLimit: Int, outputReserve: Int, margin: Double) {
        self.inputLimit = inputLimit
        self.outputReserve = outputReserve
        self.margin = margin
    }

    public var marginTokens: Int { Int((Double(inputLimit) * margin).rounded(.up)) }

    /// Tokens the request may take.
    public var available: Int { max(0, inputLimit - outputReserve - marginTokens) }
}

/// Budget options chosen by the user.
public struct BudgetOptions: Sendable, Equatable {
    /// Safety margin as a fraction of the input limit.
    public var margin: Double
    /// Tokens kept for text and thinking output on top of the image's own output tokens.
    public var textAndThinkingReserve: Int
    /// Report trimming as errors instead of shrinking (`--no-trim`).
    public var noTrim: Bool

    public init(margin: Double = 0.05, textAndThinkingReserve: Int = 2048, noTrim: Bool = false) {
        self.margin = margin
        self.textAndThinkingReserve = textAndThinkingReserve
        self.noTrim = noTrim
    }
}
