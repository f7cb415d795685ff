public import BrandDiagnostics

/// The codes `brandc edit` reports (E…): the session folder, the route, the token window, masks.
extension DiagnosticCode {
    public static let editWindowExceeded = DiagnosticCode(
        "E001", name: "edit-window-exceeded",
        summary: "An edit turn would not fit the route's input window (every turn resends the history and its images); fork from the last image.",
        severity: .error)
    public static let maskSizeMismatch = DiagnosticCode(
        "E002", name: "mask-size-mismatch",
        summary: "A mask is not the same width and height as the first input image, so the edits endpoint would refuse it.",
        severity: .error)
    public static let badMask = DiagnosticCode(
        "E003", name: "bad-mask",
        summary: "A mask is not a PNG with transparent pixels marking the area to edit, or is larger than 4 MB.",
        severity: .error)
    public static let newConversation = DiagnosticCode(
        "E004", name: "new-conversation",
        summary: "The turn goes to another model: a new conversation starts with the last image as a plain reference (signatures never move across models).",
        severity: .note)
    public static let routeCannotEdit = DiagnosticCode(
        "E005", name: "route-cannot-edit",
        summary: "The route's endpoint cannot carry an image edit (only Gemini generateContent and OpenAI images/edits can).",
        severity: .error)
    public static let badSession = DiagnosticCode(
        "E006", name: "bad-session",
        summary: "An edit session folder is missing, unreadable, or its files do not agree.", severity: .error)
    public static let unsignedPart = DiagnosticCode(
        "E007", name: "unsigned-part",
        summary: "The model's answer has an image part without a thoughtSignature: the service will refuse the next turn; fork to continue.",
        severity: .warning)
    public static let betterEditRoutes = DiagnosticCode(
        "E008", name: "better-edit-routes",
        summary: "The session's route ranks low at editing; the registry's edit workload names routes that edit better.",
        severity: .note)
    public static let badEditInput = DiagnosticCode(
        "E009", name: "bad-edit-input",
        summary: "An edit's input image is missing, unreadable or not a PNG, JPEG or WebP.", severity: .error)
    public static let editOverCost = DiagnosticCode(
        "E010", name: "edit-over-cost", summary: "A turn's estimated cost exceeds --max-cost: nothing is sent.", severity: .error)
}

/// The catalog of edit codes, for the driver's `allCodes`.
public enum EditDiagnostics {
    public static let all: [DiagnosticCode] = [
        .editWindowExceeded, .maskSizeMismatch, .badMask, .newConversation, .routeCannotEdit, .badSession, .unsignedPart,
        .betterEditRoutes, .badEditInput, .editOverCost,
    ]
}
