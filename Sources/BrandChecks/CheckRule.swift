public import BrandDiagnostics
public import BrandModel

/// What a check sees: the brand guide and, when linting a feed or product, the products and templates.
public struct CheckInput: Sendable {
    public var guide: BrandGuide?
    public var products: [ProductRecord]
    public var templates: [PromptTemplate]
    public var fileSystem: any FileSystem
    /// Whether findings in the guide itself are wanted, or only in the products (the guide then
    /// serves as context: a compile checks the guide once, then each product of a feed).
    public var checksGuide: Bool

    public init(guide: BrandGuide?, products: [ProductRecord] = [], templates: [PromptTemplate] = [],
                fileSystem: any FileSystem = LocalFileSystem(), checksGuide: Bool = true) {
        self.guide = guide
        self.products = products
        self.templates = templates
        self.fileSystem = fileSystem
        self.checksGuide = checksGuide
    }

    /// Product titles and descriptions: text that reaches the prompt, as copy does.
    var productTexts: [(what: String, text: Located<String>)] {
        products.flatMap { product in
            [product.title.map { ("title", $0) }, product.description.map { ("description", $0) }].compactMap { $0 }
        }
    }

    /// Every piece of copy: the brand locales' and the products'.
    var allCopy: [(locale: String, entry: CopyEntry)] {
        var result: [(String, CopyEntry)] = []
        if checksGuide {
            for locale in guide?.locales ?? [] { result += locale.copy.map { (locale.tag.value, $0) } }
        }
        for product in products {
            for (locale, entries) in product.copy { result += entries.map { (locale.value, $0) } }
        }
        return result
    }
}

/// One lint rule: its code (id, name, summary, default severity), examples that do and do not
/// trigger it (the tests run them all), and the check itself.
public protocol CheckRule: Sendable {
    var code: DiagnosticCode { get }
    var examples: RuleExamples { get }
    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink)
}

/// Brand-guide YAML snippets: each `triggering` one must produce the rule's code, each
/// `nonTriggering` one must not. A snippet may add a product after a `=== product` line and a template after `=== template`.
///
/// In a triggering snippet a `↓` (``positionMarker``) stands just before the character where each
/// finding of the rule must start, as in SwiftLint's examples; the tests check the file, line,
/// column and byte offset of every finding against the markers. The marker is not part of the
/// snippet's text: show a snippet to people through ``withoutMarkers(_:)``. A finding inside a value
/// written with YAML escapes (`"Slow\u200F tea"`) starts where the value starts, since escapes
/// keep the source from spelling the value as is; each such rule also has an example spelled out.
public struct RuleExamples: Sendable {
    public var triggering: [String]
    public var nonTriggering: [String]

    /// Marks where a finding starts in a triggering example.
    public static let positionMarker: Unicode.Scalar = "↓"

    /// The example as a user would write it.
    public static func withoutMarkers(_ example: String) -> String {
        String(String.UnicodeScalarView(example.unicodeScalars.filter { $0 != positionMarker }))
    }

    public init(triggering: [String], nonTriggering: [String]) {
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// Every rule brandc runs, in a fixed order.
public enum CheckRegistry {
    public static let rules: [any CheckRule] = [
        BannedTermRule(), TrademarkSpellingRule(), ReferencedFileRule(), UnknownChannelRule(), SubstitutionRule(),
        ForbiddenClaimRule(),
        ScriptMismatchRule(), PersoArabicLettersRule(), MissingScriptFontRule(), UnusedScriptFontRule(),
        BidiControlRule(), StrayDirectionalMarkRule(), InvisibleCharacterRule(), BrandLookalikeRule(),
        MixedScriptWordRule(), DevanagariMarkRule(), RightToLeftDigitsRule(), CopyLengthRule(), NormalizationRule(),
        UnusualCodePointRule(), ControlCharacterRule(),
    ]

    public static var codes: [DiagnosticCode] { rules.map(\.code) }

    /// Runs every rule except those whose codes are in `excluded`.
    public static func run(_ input: CheckInput, excluding excluded: Set<String> = [], diagnostics: inout DiagnosticSink) {
        for rule in rules where !excluded.contains(rule.code.id) { rule.check(input, diagnostics: &diagnostics) }
    }
}
