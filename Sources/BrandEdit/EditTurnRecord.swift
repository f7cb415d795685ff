public import BrandNetwork

/// `turn-NNN.json`: one finished turn, everything needed to show it and to build the next one's
/// history. While a turn is being sent the same record, without its results, is
/// `turn-NNN.pending.json`; the request body waits beside it so a resumed run sends the same bytes.
public struct EditTurnRecord: Codable, Sendable, Equatable {
    public var number: Int
    /// As typed.
    public var instruction: String
    /// With the guide's `{path}` references replaced: the text sent.
    public var resolvedInstruction: String
    public var route: String
    public var model: String
    public var endpoint: String
    /// Turns of one conversation share history; a new one starts at the first turn and at each model switch.
    public var conversation: Int
    /// Why this turn starts a new conversation, when it does after the first.
    public var note: String?
    /// The image edited: the session's source or an earlier turn's image (a file in the folder).
    public var inputImage: String
    /// More input images (OpenAI `image[]`), copied into the folder.
    public var extraImages: [String] = []
    public var mask: String?
    public var requestFile: String
    public var requestHash: String
    /// The provider's answer as it came, byte for byte (`thoughtSignature`s untouched).
    public var responseFile: String?
    /// The image the turn made.
    public var image: String?
    public var texts: [String] = []
    public var usage: Usage?
    /// US dollars, from the registry's prices and the reported usage.
    public var cost: Double?
    /// The budget check made before sending.
    public var budget: TurnBudget

    /// The name shared by the turn's files (`turn-007`), also its key in the journal.
    public static func stem(_ number: Int) -> String {
        let digits = String(number)
        return "turn-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    public static func fileName(_ number: Int) -> String { stem(number) + ".json" }
    public static func pendingFileName(_ number: Int) -> String { stem(number) + ".pending.json" }
}
