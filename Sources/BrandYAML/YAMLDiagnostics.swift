public import BrandDiagnostics

extension DiagnosticCode {
    /// libyaml rejected the text: a scanner, parser or reader error, with libyaml's own words.
    public static let yamlSyntax = DiagnosticCode(
        "Y001", name: "yaml-syntax", summary: "The file is not valid YAML.", severity: .error)
    /// A byte sequence that is not UTF-8.
    public static let yamlInvalidUTF8 = DiagnosticCode(
        "Y002", name: "yaml-invalid-utf8", summary: "The file contains bytes that are not valid UTF-8.",
        severity: .error)
    /// A NUL byte, usually a sign of a binary or UTF-16 file.
    public static let yamlNulByte = DiagnosticCode(
        "Y003", name: "yaml-nul-byte", summary: "The file contains a NUL byte.", severity: .error)
    /// UTF-16 or UTF-32 input; brandc reads UTF-8 only.
    public static let yamlUnsupportedEncoding = DiagnosticCode(
        "Y004", name: "yaml-unsupported-encoding", summary: "The file is not UTF-8 (UTF-16 or UTF-32).",
        severity: .error)
    /// A tab where YAML requires spaces.
    public static let yamlTabIndentation = DiagnosticCode(
        "Y005", name: "yaml-tab-indentation", summary: "A tab character is used for indentation.",
        severity: .error)
    /// The same key twice in one mapping.
    public static let yamlDuplicateKey = DiagnosticCode(
        "Y006", name: "yaml-duplicate-key", summary: "A mapping contains the same key twice.", severity: .error)
    /// `*name` with no `&name` before it.
    public static let yamlUndefinedAlias = DiagnosticCode(
        "Y007", name: "yaml-undefined-alias", summary: "An alias refers to an anchor that is not defined.",
        severity: .error)
    /// Alias expansion grew past `YAMLLimits.maxAliasExpansion` (the billion-laughs guard).
    public static let yamlAliasExpansionLimit = DiagnosticCode(
        "Y008", name: "yaml-alias-expansion-limit", summary: "Aliases expand to more nodes than allowed.",
        severity: .error)
    /// Nesting deeper than `YAMLLimits.maxDepth`.
    public static let yamlDepthLimit = DiagnosticCode(
        "Y009", name: "yaml-depth-limit", summary: "Sequences and mappings nest deeper than allowed.",
        severity: .error)
    /// A file larger than `YAMLLimits.maxFileBytes`.
    public static let yamlFileTooLarge = DiagnosticCode(
        "Y010", name: "yaml-file-too-large", summary: "The file is larger than allowed.", severity: .error)
    /// A scalar larger than `YAMLLimits.maxScalarBytes`.
    public static let yamlScalarTooLarge = DiagnosticCode(
        "Y011", name: "yaml-scalar-too-large", summary: "A scalar is larger than allowed.", severity: .error)
    /// `!!int`, `!!float`, `!!bool` or `!!null` on text that is not such a value.
    public static let yamlInvalidTaggedValue = DiagnosticCode(
        "Y012", name: "yaml-invalid-tagged-value", summary: "A scalar does not match its explicit tag.",
        severity: .error)
    /// `<<` applied to something other than a mapping or a sequence of mappings.
    public static let yamlInvalidMerge = DiagnosticCode(
        "Y013", name: "yaml-invalid-merge", summary: "A merge key (<<) merges something that is not a mapping.",
        severity: .error)
    /// Several documents where exactly one is expected.
    public static let yamlMultipleDocuments = DiagnosticCode(
        "Y014", name: "yaml-multiple-documents", summary: "The file holds more than one YAML document.",
        severity: .error)
    /// No document, or an empty one, where one is expected.
    public static let yamlEmptyDocument = DiagnosticCode(
        "Y015", name: "yaml-empty-document", summary: "The file holds no YAML content.", severity: .error)
    /// An alias inside the very node its anchor names.
    public static let yamlRecursiveAlias = DiagnosticCode(
        "Y016", name: "yaml-recursive-alias", summary: "An alias refers to a node that contains it.",
        severity: .error)
    /// A construct libyaml reads differently from the YAML 1.2 specification.
    public static let yamlLibYAMLReading = DiagnosticCode(
        "Y017", name: "yaml-libyaml-reading",
        summary: "libyaml reads this construct differently from the YAML 1.2 specification.", severity: .warning)
}

/// The catalog of the YAML loader's diagnostic codes, for `brandc lint --explain` and SARIF rules.
public enum YAMLDiagnostics {
    public static let all: [DiagnosticCode] = [
        .yamlSyntax, .yamlInvalidUTF8, .yamlNulByte, .yamlUnsupportedEncoding, .yamlTabIndentation,
        .yamlDuplicateKey, .yamlUndefinedAlias, .yamlAliasExpansionLimit, .yamlDepthLimit, .yamlFileTooLarge,
        .yamlScalarTooLarge, .yamlInvalidTaggedValue, .yamlInvalidMerge, .yamlMultipleDocuments,
        .yamlEmptyDocument, .yamlRecursiveAlias, .yamlLibYAMLReading,
    ]
}
