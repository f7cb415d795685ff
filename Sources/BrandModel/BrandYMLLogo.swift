import BrandDiagnostics
import BrandYAML

/// `logo:` of a brand.yml: a path, or `images` (named paths, each a path or `{path, alt}`) and the
/// sizes `small`, `medium`, `large`, each an image name or a path, or `{light, dark}` of those.
/// Names resolve to their image; the result is every distinct path, sizes first (small, medium,
/// large, light before dark), then the images no size names.
enum BrandYMLLogo {
    static let sizes = ["small", "medium", "large"]

    static func decode(_ node: YAMLNode, _ reader: inout NodeReader) -> [Located<String>] {
        if node.scalar != nil { return reader.string(node, "'logo'").map { [$0] } ?? [] }
        guard let fields = reader.fields(of: node, in: "'logo'", known: ["images"] + sizes) else { return [] }
        var images: [(name: String, path: Located<String>)] = []
        if let imagesNode = fields["images"] {
            for (key, value) in reader.entries(imagesNode, "'logo.images'") {
                if let path = resource(value, "logo image '\(key.value)'", &reader) { images.append((key.value, path)) }
            }
        }
        var paths: [Located<String>] = []
        var named: Set<String> = []
        func add(_ path: Located<String>) {
            if !paths.contains(where: { $0.value == path.value }) { paths.append(path) }
        }
        for size in sizes {
            guard let value = fields[size] else { continue }
            let variants: [(String, YAMLNode)]
            if let pairs = value.mapping, pairs.contains(where: { ["light", "dark"].contains($0.key.scalar?.text) }) {
                guard let modes = reader.fields(of: value, in: "'logo.\(size)'", known: ["light", "dark"]) else { continue }
                variants = ["light", "dark"].compactMap { mode in modes[mode].map { ("\(size).\(mode)", $0) } }
            } else {
                variants = [(size, value)]
            }
            for (context, variant) in variants {
                guard let reference = resource(variant, "'logo.\(context)'", &reader) else { continue }
                if let image = images.first(where: { $0.name == reference.value }) {
                    named.insert(image.name)
                    add(image.path)
                } else if looksLikePath(reference.value) {
                    add(reference)
                } else {
                    reader.reportUnknown(
                        reference, among: images.map(\.name), code: .badReference,
                        "'logo.\(context)' names the logo '\(reference.value)', which 'logo.images' does not have")
                }
            }
        }
        for image in images where !named.contains(image.name) { add(image.path) }
        return paths
    }

    /// A path written as text or as `{path, alt}`.
    private static func resource(_ node: YAMLNode, _ context: String, _ reader: inout NodeReader) -> Located<String>? {
        if node.scalar != nil { return reader.string(node, context) }
        guard let fields = reader.fields(of: node, in: context, known: ["path", "alt"], required: ["path"]),
            let path = fields["path"]
        else { return nil }
        return reader.string(path, "\(context).path")
    }

    /// A file name or URL rather than an image name: it has an extension or a folder.
    private static func looksLikePath(_ text: String) -> Bool {
        text.contains("/") || text.contains(".")
    }
}
