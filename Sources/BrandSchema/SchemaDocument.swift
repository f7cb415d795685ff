public import BrandModel

/// The files brandc publishes a JSON Schema for, each generated from `DeclaredKeys`.
public enum SchemaDocument: String, CaseIterable, Sendable {
    case guide = "brand-guide"
    case product
    case config = "brandc-config"
    case template = "template-front-matter"

    /// The file name under `schema/`.
    public var fileName: String { rawValue + ".schema.json" }

    /// Where the published copy lives, for `$id` and the `# yaml-language-server: $schema=` line.
    public static let baseURL = "https://brandc.dev/schema/"

    public var title: String {
        switch self {
        case .guide: return "brandc brand guide"
        case .product: return "brandc product"
        case .config: return "brandc.yaml project configuration"
        case .template: return "brandc template front matter"
        }
    }

    public var summary: String {
        switch self {
        case .guide: return "A brand guide (brand.yaml): identity, voice, palette, type, logo, photography, locales, channels."
        case .product: return "A product file: identity, facts, localized copy and reference photos."
        case .config: return "brandc.yaml: rule severities, loader limits, the registry file and budget settings."
        case .template: return "The YAML front matter between --- lines at the top of a .mustache prompt template."
        }
    }

    /// The declared shape of this file; `ruleNames` are the codes' ids and names `brandc.yaml` may key rules by.
    public func shape(ruleNames: [String]) -> ValueShape {
        switch self {
        case .guide: return DeclaredKeys.guide
        case .product: return DeclaredKeys.product
        case .config: return DeclaredKeys.projectConfig(ruleNames: ruleNames)
        case .template: return DeclaredKeys.templateFrontMatter
        }
    }

    /// The JSON Schema (draft 2020-12) for this file.
    public func schema(ruleNames: [String]) -> JSONValue {
        var root: [(String, JSONValue)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(Self.baseURL + fileName)),
            ("title", .string(title)),
            ("description", .string(summary)),
        ]
        if case .object(let body) = SchemaGenerator.schema(for: shape(ruleNames: ruleNames)) { root += body }
        return .object(root)
    }
}
