import BrandYAML

/// What a file given to `brandc lint` is, judged by its name and, for YAML, its top-level keys.
enum InputKind: Equatable {
    case brandGuide, brandYML, product, template, config, registry

    static func classify(path: String, document: YAMLDocument?) -> InputKind {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".mustache") { return .template }
        if name == "_brand.yml" || name == "_brand.yaml" { return .brandYML }
        if name == "brandc.yaml" || name == "brandc.yml" { return .config }
        let keys = Set(document?.root.mapping?.compactMap { $0.key.scalar?.text } ?? [])
        if keys.contains("id") && !keys.contains("identity") { return .product }
        if keys.contains("routes") || keys.contains("registry") { return .registry }
        if keys.contains("meta") || keys.contains("color") && !keys.contains("colors") { return .brandYML }
        return .brandGuide
    }

    /// What lint picks up when it searches a folder. Plain `.json` and `.xml` files are feeds only when named
    /// one by one: a folder holds too many other JSON files.
    static let extensions = ["yaml", "yml", "mustache", "csv", "tsv", "jsonl", "ndjson"]
    /// Files lint reads as product feeds.
    static let feedExtensions = ["csv", "tsv", "jsonl", "ndjson", "json", "xml", "rss"]
}
