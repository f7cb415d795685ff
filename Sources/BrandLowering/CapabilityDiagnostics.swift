public import BrandDiagnostics

extension DiagnosticCode {
    public static let unsupportedOutput = DiagnosticCode(
        "L001", name: "unsupported-output", summary: "The template asks for audio or video output.", severity: .error)
    public static let streamingUnsupported = DiagnosticCode(
        "L002", name: "streaming-unsupported", summary: "Live or streaming interaction is asked of an image model.",
        severity: .error)
    public static let toolsUnsupported = DiagnosticCode(
        "L003", name: "tools-unsupported", summary: "Function calling or other tools in an image request.",
        severity: .error)
    public static let groundingUnsupported = DiagnosticCode(
        "L004", name: "grounding-unsupported",
        summary: "Search grounding on a model or endpoint that cannot carry it.", severity: .error)
    public static let imageSearchUnsupported = DiagnosticCode(
        "L005", name: "image-search-unsupported", summary: "Image search grounding on a model without it.",
        severity: .error)
    public static let thinkingUnsupported = DiagnosticCode(
        "L006", name: "thinking-unsupported",
        summary: "A thinking level the model or endpoint does not take.", severity: .error)
    public static let optionNotApplicable = DiagnosticCode(
        "L007", name: "option-not-applicable", summary: "A provider option the target does not have is ignored.",
        severity: .warning)
    public static let requestTooLarge = DiagnosticCode(
        "L008", name: "request-too-large", summary: "The request is over the inline size limit.", severity: .error)
    public static let promptTooLong = DiagnosticCode(
        "L009", name: "prompt-too-long", summary: "The prompt is over the endpoint's character limit.", severity: .error)
    public static let optionConflict = DiagnosticCode(
        "L010", name: "option-conflict", summary: "Options the target cannot combine.", severity: .error)
    public static let referenceTypeUnsupported = DiagnosticCode(
        "L011", name: "reference-type-unsupported", summary: "A reference image type the endpoint does not accept.",
        severity: .error)
    public static let weakImageRoute = DiagnosticCode(
        "L012", name: "weak-image-route",
        summary: "The Claude-compatible Messages API has no image output; gateways return images only as text.",
        severity: .warning)
    public static let batchUnsupported = DiagnosticCode(
        "L013", name: "batch-unsupported", summary: "The route has no documented Batch API.", severity: .error)
}

/// The diagnostic codes of lowering and its capability checks.
public enum LoweringDiagnostics {
    public static let all: [DiagnosticCode] = [
        .unsupportedOutput, .streamingUnsupported, .toolsUnsupported, .groundingUnsupported, .imageSearchUnsupported,
        .thinkingUnsupported, .optionNotApplicable, .requestTooLarge, .promptTooLong, .optionConflict,
        .referenceTypeUnsupported, .weakImageRoute, .batchUnsupported,
    ]
}
