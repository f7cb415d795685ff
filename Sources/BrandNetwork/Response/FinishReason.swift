/// Gemini's `finishReason` (reference §4.3, python-genai `FinishReason`), closed, with a case for
/// values brandc does not know yet: those fail the request, never the program.
public enum FinishReason: Sendable, Hashable {
    case stop, maxTokens, safety, recitation, language, other, blocklist, prohibitedContent, spii
    case malformedFunctionCall, unexpectedToolCall, tooManyToolCalls
    case imageSafety, imageProhibitedContent, noImage, imageRecitation, imageOther, unspecified
    case unknown(String)

    public init(_ text: String) {
        switch text {
        case "STOP": self = .stop
        case "MAX_TOKENS": self = .maxTokens
        case "SAFETY": self = .safety
        case "RECITATION": self = .recitation
        case "LANGUAGE": self = .language
        case "OTHER": self = .other
        case "BLOCKLIST": self = .blocklist
        case "PROHIBITED_CONTENT": self = .prohibitedContent
        case "SPII": self = .spii
        case "MALFORMED_FUNCTION_CALL": self = .malformedFunctionCall
        case "UNEXPECTED_TOOL_CALL": self = .unexpectedToolCall
        case "TOO_MANY_TOOL_CALLS": self = .tooManyToolCalls
        case "IMAGE_SAFETY": self = .imageSafety
        case "IMAGE_PROHIBITED_CONTENT": self = .imageProhibitedContent
        case "NO_IMAGE": self = .noImage
        case "IMAGE_RECITATION": self = .imageRecitation
        case "IMAGE_OTHER": self = .imageOther
        case "FINISH_REASON_UNSPECIFIED": self = .unspecified
        default: self = .unknown(text)
        }
    }

    /// What a request that ended this way (without a usable image) means for the run.
    var failure: ResponseFailure {
        switch self {
        case .safety, .recitation, .language, .blocklist, .prohibitedContent, .spii, .imageSafety,
            .imageProhibitedContent, .imageRecitation:
            .blocked(reason: text)
        case .other, .noImage, .imageOther: .noImage(reason: text, retryOnce: true)
        case .stop, .maxTokens, .malformedFunctionCall, .unexpectedToolCall, .tooManyToolCalls, .unspecified:
            .noImage(reason: text, retryOnce: false)
        case .unknown(let value): .unknownFinishReason(value)
        }
    }

    var text: String {
        switch self {
        case .stop: "STOP"
        case .maxTokens: "MAX_TOKENS"
        case .safety: "SAFETY"
        case .recitation: "RECITATION"
        case .language: "LANGUAGE"
        case .other: "OTHER"
        case .blocklist: "BLOCKLIST"
        case .prohibitedContent: "PROHIBITED_CONTENT"
        case .spii: "SPII"
        case .malformedFunctionCall: "MALFORMED_FUNCTION_CALL"
        case .unexpectedToolCall: "UNEXPECTED_TOOL_CALL"
        case .tooManyToolCalls: "TOO_MANY_TOOL_CALLS"
        case .imageSafety: "IMAGE_SAFETY"
        case .imageProhibitedContent: "IMAGE_PROHIBITED_CONTENT"
        case .noImage: "NO_IMAGE"
        case .imageRecitation: "IMAGE_RECITATION"
        case .imageOther: "IMAGE_OTHER"
        case .unspecified: "FINISH_REASON_UNSPECIFIED"
        case .unknown(let value): value
        }
    }
}
