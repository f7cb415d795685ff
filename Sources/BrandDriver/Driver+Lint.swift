public import BrandDiagnostics
import BrandYAML
import BrandModel
import BrandChecks
import BrandAssembly

extension Driver {
    /// Lints brand guides, `_brand.yml` files, products and templates. Products and templates are
    /// checked against `brand` when given, else against the first brand guide among the inputs.
    public func lint(_ paths: [String], brand: String? = nil) -> [Diagnostic] {
        var sink = DiagnosticSink()
        let files = expand(paths, diagnostics: &sink)
        var primary: BrandGuide? = brand.flatMap { guides.load($0, diagnostics: &sink) }
        var otherGuides: [BrandGuide] = []
        var products: [ProductRecord] = []
        var templates: [(PromptTemplate, SourceFile)] = []
        var partials: Set<String> = []
        for path in files {
            if path.hasSuffix(".mustache") {
                if path.contains("/partials/") {
                    partials.insert(Self.partialName(path))
                } else if let file = guides.readSource(path, referencedFrom: nil, diagnostics: &sink) {
                    templates.append((PromptTemplate.decode(file, loader: loader, diagnostics: &sink), file))
                }
                continue
            }
            guard let document = guides.document(path, referencedFrom: nil, diagnostics: &sink) else { continue }
            switch InputKind.classify(path: path, document: document) {
            case .product:
                if let product = ProductRecord.decode(document, diagnostics: &sink) { products.append(product) }
            case .brandYML:
                _ = BrandGuide.importBrandYML(document, diagnostics: &sink)
            case .config:
                _ = ProjectConfig.decode(document, knownCodes: Self.allCodes, diagnostics: &sink)
            case .brandGuide, .template:
                guard let loaded = guides.load(path, diagnostics: &sink) else { continue }
                if primary == nil { primary = loaded } else { otherGuides.append(loaded) }
            }
        }
        for (template, file) in templates {
            TemplateChecker.check(template, in: file, partials: partials, diagnostics: &sink)
        }
        for guide in otherGuides {
            CheckRegistry.run(CheckInput(guide: guide, fileSystem: fileSystem), diagnostics: &sink)
        }
        let input = CheckInput(guide: primary, products: products, templates: templates.map(\.0), fileSystem: fileSystem)
        CheckRegistry.run(input, diagnostics: &sink)
        return finish(sink)
    }

    static func partialName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".mustache") ? String(file.dropLast(".mustache".count)) : file
    }
}

