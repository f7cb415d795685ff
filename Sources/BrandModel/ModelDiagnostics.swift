public import BrandDiagnostics

extension DiagnosticCode {
    public static let wrongType = DiagnosticCode(
        "M001", name: "wrong-type", summary: "A value has the wrong type for its key.", severity: .error)
    public static let unknownKey = DiagnosticCode(
        "M002", name: "unknown-key", summary: "A key that brandc does not know, so its section is lost; often a typo.",
        severity: .error)
    public static let missingKey = DiagnosticCode(
        "M003", name: "missing-key", summary: "A required key is missing.", severity: .error)
    public static let badColor = DiagnosticCode(
        "M004", name: "bad-color", summary: "A colour is not a #RRGGBB or #RGB hex value.", severity: .error)
    public static let badLanguageTag = DiagnosticCode(
        "M005", name: "bad-language-tag", summary: "A locale is not a well-formed BCP 47 language tag.",
        severity: .error)
    public static let fileNotFound = DiagnosticCode(
        "M006", name: "file-not-found", summary: "A referenced file does not exist.", severity: .error)
    public static let unsupportedImageOption = DiagnosticCode(
        "M007", name: "unsupported-image-option",
        summary: "An aspect ratio or image size that the target model does not support.", severity: .error)
    public static let badValue = DiagnosticCode(
        "M008", name: "bad-value", summary: "A value outside the allowed set.", severity: .error)
    public static let extendsCycle = DiagnosticCode(
        "M009", name: "extends-cycle", summary: "Brand guides extend each other in a cycle.", severity: .error)
    public static let badReference = DiagnosticCode(
        "M010", name: "bad-reference", summary: "A `{path}` reference names nothing, or refers to itself.",
        severity: .error)
    public static let unsupportedVersion = DiagnosticCode(
        "M011", name: "unsupported-version", summary: "The file's schema version is newer than this brandc.",
        severity: .error)
    public static let emptyValue = DiagnosticCode(
        "M012", name: "empty-value", summary: "A value is empty where text is needed (often an unquoted `#`).",
        severity: .warning)
    public static let readFailed = DiagnosticCode(
        "M013", name: "read-failed", summary: "A file could not be read.", severity: .error)
    public static let templateSyntax = DiagnosticCode(
        "T001", name: "template-syntax", summary: "The template's Mustache text does not parse.", severity: .error)
    public static let unknownTemplateVariable = DiagnosticCode(
        "T002", name: "unknown-template-variable",
        summary: "A template names a variable that brandc does not provide.", severity: .error)
    public static let unknownPartial = DiagnosticCode(
        "T003", name: "unknown-partial", summary: "A template includes a partial that does not exist.",
        severity: .error)
    public static let missingFrontMatter = DiagnosticCode(
        "T004", name: "missing-front-matter", summary: "A template has no YAML front matter.", severity: .error)
}

/// The diagnostic codes the model layer reports.
public enum ModelDiagnostics {
    public static let all: [DiagnosticCode] = [
        .wrongType, .unknownKey, .missingKey, .badColor, .badLanguageTag, .fileNotFound,
        .unsupportedImageOption, .badValue, .extendsCycle, .badReference, .unsupportedVersion, .emptyValue,
        .readFailed, .templateSyntax, .unknownTemplateVariable, .unknownPartial, .missingFrontMatter,
    ]
}
