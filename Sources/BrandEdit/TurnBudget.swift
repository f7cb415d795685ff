import BrandModel
import BrandTokens

/// A turn's input against the route's window, checked before it is sent. Gemini sessions resend
/// the whole conversation, images included, so each turn costs more than the last; OpenAI edits
/// send only the instruction and the input images, so the window bounds one prompt.
public struct TurnBudget: Codable, Sendable, Equatable {
    /// Estimated input tokens of this turn's request.
    public var inputTokens: Int
    /// The route's input token limit.
    public var window: Int
    /// About how many more turns of this size fit after this one; `nil` when turns do not grow.
    public var turnsRemaining: Int?
    /// How the estimate was made: `measured` (the last answer's prompt and output tokens plus the new
    /// text) or `estimated` (text by the estimator, images at the model's per-image tokens).
    public var method: String

    public var fits: Bool { inputTokens <= window }

    /// The budget of a Gemini turn. `history` are the conversation's earlier turns (oldest first),
    /// `inputImages` the plain images this turn's first user content carries.
    static func gemini(route: Route, model: TargetModel, history: [EditTurnRecord], instruction: String,
                       inputImages: Int) -> TurnBudget {
        let estimator = TokenEstimator()
        let imageTokens = max(model.referenceImageTokens, model.outputTokens(forSize: model.defaultImageSize))
        let newText = estimator.count(instruction) + 8
        var estimate = newText + inputImages * imageTokens
        for turn in history {
            estimate += estimator.count(turn.resolvedInstruction) + 8 + turn.texts.map { estimator.count($0) }.reduce(0, +)
            estimate += imageTokens
        }
        var method = "estimated"
        if let last = history.last, let usage = last.usage, let prompt = usage.inputTokens {
            // What the service counted last time, plus its answer (now history) and the new text.
            let answer = usage.outputTokens ?? (usage.imageOutputTokens ?? imageTokens)
            let measured = prompt + answer + newText
            if measured > estimate { estimate = measured }
            method = "measured"
        }
        let growth = imageTokens + newText + 64
        let left = route.inputTokenLimit - estimate
        return TurnBudget(inputTokens: estimate, window: route.inputTokenLimit,
                          turnsRemaining: left < 0 ? 0 : left / growth, method: method)
    }

    /// The budget of an OpenAI edit: the prompt alone (the registry takes its 32,000-character
    /// limit as tokens, conservatively, so characters are counted).
    static func openAI(route: Route, instruction: String) -> TurnBudget {
        TurnBudget(inputTokens: instruction.count, window: route.inputTokenLimit, turnsRemaining: nil, method: "characters")
    }
}
