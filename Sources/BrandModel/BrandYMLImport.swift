import BrandDiagnostics
import BrandYAML

/// Reads a Posit `_brand.yml` (https://posit-dev.github.io/brand-yml/) as the visual part of a guide:
/// `meta.name`, `color.palette` and theme roles, `typography` families, and `logo` images.
///
/// It also says what Posit's own package lets through silently: roles naming no palette colour,
/// strings that are not colours, an unquoted `#hex` read as a comment, fonts without a family,
/// and `fonts` written as a mapping.
enum BrandYMLImport {
    static let topLevelKeys = ["meta", "logo", "color", "typography", "defaults"]

    static func decode(_ document: YAMLDocument, diagnostics: inout DiagnosticSink) -> BrandGuide {
        var reader = NodeReader(document: document)
        var guide = BrandGuide(file: document.file.path)
        if let fields = reader.fields(of: document.root, in: "a brand.yml file", known: topLevelKeys) {
            if let meta = fields["meta"] { guide.identity.name = metaName(meta, &reader) }
            if let color = fields["color"] { guide.colors = BrandYMLColors.decode(color, &reader) }
            if let typography = fields["typography"] {
                let (roles, latin) = BrandYMLTypography.decode(typography, &reader)
                guide.typeRoles = roles
                guide.typography = latin.map { [$0] } ?? []
            }
            if let logo = fields["logo"] { guide.logo.files = BrandYMLLogo.decode(logo, &reader) }
        }
        diagnostics.append(contentsOf: reader.diagnostics)
        return guide
    }

    private static func metaName(_ node: YAMLNode, _ reader: inout NodeReader) -> Located<String>? {
        guard let fields = reader.fields(of: node, in: "'meta'", known: ["name", "link", "description"]),
            let name = fields["name"]
        else { return nil }
        if name.scalar != nil { return reader.string(name, "'meta.name'") }
        guard let parts = reader.fields(of: name, in: "'meta.name'", known: ["short", "full"]) else { return nil }
        return (parts["full"] ?? parts["short"]).flatMap { reader.string($0, "'meta.name'") }
    }
}

extension BrandGuide {
    /// The visual part of a guide read from a Posit `_brand.yml` document.
    public static func importBrandYML(_ document: YAMLDocument, diagnostics: inout DiagnosticSink) -> BrandGuide {
        BrandYMLImport.decode(document, diagnostics: &diagnostics)
    }
}
