/// One text block the image must carry: its exact text and the ISO 15924 script it is written in.
public struct ExpectedText: Sendable, Hashable {
    public var text: String
    public var script: String
    public var isRightToLeft: Bool
    public var isVertical: Bool

    public init(text: String, script: String, isRightToLeft: Bool = false, isVertical: Bool = false) {
        self.text = text
        self.script = script
        self.isRightToLeft = isRightToLeft
        self.isVertical = isVertical
    }
}

/// How one expected block compared with what was read.
public struct ReadbackResult: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case exact
        /// Found with differences: both sides with the differing graphemes marked `[…]`.
        case differs(expectedMarked: String, readMarked: String, distance: Int)
        case missing
        /// Found close to the expected text, but the engine's confidence there is below the bar.
        case lowConfidence(confidence: Double, read: String)
        /// The engine cannot back this block; why, in words.
        case unverifiable(reason: String)
        /// These models are needed and not installed.
        case languageMissing(models: [String])
    }

    public var outcome: Outcome
    /// Parts of the block left out of the comparison, and why (digits inside Arabic…), for a note.
    public var caveat: String?
    /// Mean word confidence (0…100) where the block was found, when it was.
    public var confidence: Double?

    public init(outcome: Outcome, caveat: String? = nil, confidence: Double? = nil) {
        self.outcome = outcome
        self.caveat = caveat
        self.confidence = confidence
    }

    /// Better results first: exact, then the smallest difference, then the rest.
    var rank: Int {
        switch outcome {
        case .exact: 0
        case .differs(_, _, let distance): 1 + distance
        case .lowConfidence: 1_000
        case .unverifiable: 2_000
        case .missing: 3_000
        case .languageMissing: 4_000
        }
    }
}
