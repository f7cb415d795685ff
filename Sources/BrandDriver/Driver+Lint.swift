public import BrandDiagnostics
import BrandYAML
import BrandModel
import BrandChecks
import BrandAssembly
import BrandFeeds
import BrandLowering
import Foundation

extension Driver {
    /// Lints brand guides, `_brand.yml` files, products and templates. Products and templates are
    /// checked against `brand` when given, else against the first brand guide among the inputs.
    public func lint(_ paths: [String], brand: String? = nil) -> [Diagnostic] {
        var sink = DiagnosticSink()
        let files = expand(paths, diagnostics: &sink)
        return lint(files: files, brand: brand, sink: sink)
    }

    /// Lints files as they are in `fileSystem` (no folder search): `lint(_:)` after expanding its
    /// paths, and the editor with its open documents laid over the disk.
    func lint(files: [String], brand: String?, sink start: DiagnosticSink) -> [Diagnostic] {
        var sink = start
        var primary: BrandGuide? = brand.flatMap { guides.load($0, diagnostics: &sink) }
        var otherGuides: [BrandGuide] = []
        var products: [ProductRecord] = []
        var templates: [(PromptTemplate, SourceFile)] = []
        var renderer = TemplateRenderer()
        var feeds: [String] = []
        for path in files {
            if InputKind.feedExtensions.contains((path as NSString).pathExtension.lowercased()) {
                feeds.append(path)
                continue
            }
            if path.hasSuffix(".mustache") {
                if path.contains("/partials/") {
                    if let file = guides.readSource(path, referencedFrom: nil, diagnostics: &sink) {
                        renderer.registerPartial(Self.partialName(path), file: file, diagnostics: &sink)
                    }
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
            case .registry:
                ModelRegistry.decode(document, diagnostics: &sink).checkReferences(against: registry, diagnostics: &sink)
            case .brandGuide, .template:
                guard let loaded = guides.load(path, diagnostics: &sink) else { continue }
                if primary == nil { primary = loaded } else { otherGuides.append(loaded) }
            }
        }
        for (template, file) in templates {
            // The same product-independent checks compile makes, so a clean lint means a template compiles.
            let route = TemplatePreflight.check(
                template, in: file, renderer: renderer, partials: renderer.partialNames, guide: primary,
                registry: registry, diagnostics: &sink)
            if let route { checkCapabilities(of: template, route: route, diagnostics: &sink) }
        }
        for guide in otherGuides {
            CheckRegistry.run(CheckInput(guide: guide, fileSystem: fileSystem), diagnostics: &sink)
        }
        let input = CheckInput(guide: primary, products: products, templates: templates.map(\.0), fileSystem: fileSystem)
        CheckRegistry.run(input, diagnostics: &sink)
        for guide in [primary].compactMap({ $0 }) + otherGuides {
            checkFootprint(of: guide, templates: templates.map(\.0), diagnostics: &sink)
        }
        for feed in feeds { lintFeed(feed, guide: primary, diagnostics: &sink) }
        return finish(sink)
    }

    /// K003: the guide alone takes more than the configured share of the smallest window among the
    /// routes its templates compile for (the registry's first route when no template is linted).
    func checkFootprint(of guide: BrandGuide, templates: [PromptTemplate], diagnostics: inout DiagnosticSink) {
        var scratch = DiagnosticSink()
        let routes = templates.isEmpty
            ? registry.routes.prefix(1).compactMap { route in registry.model(named: route.model).map { (route, $0) } }
            : templates.compactMap { RouteResolver(registry: registry).resolve(template: $0, override: nil, diagnostics: &scratch) }
        guard let (route, model) = routes.min(by: { $0.0.inputTokenLimit < $1.0.inputTokenLimit }) else { return }
        let counter = tokenizer.quietCounter(for: model, sink: &diagnostics)
        let tokens = BrandFootprint.tokens(of: guide, counter: counter)
        let share = Double(tokens) / Double(route.inputTokenLimit)
        guard share > config.guideShareWarning else { return }
        let start = SourceLocation(file: guide.file, range: SourceRange(at: SourcePosition(offset: 0, line: 1, column: 1)))
        // Over the whole window, no request can carry the guide: an error, not a matter of taste.
        guard tokens <= route.inputTokenLimit else {
            diagnostics.report(Diagnostic(
                .guideTooLarge,
                "the brand guide alone takes \(tokens) tokens (\(counter.method.rawValue)), more than \(route.name)'s whole \(route.inputTokenLimit)-token window",
                at: start, severity: .error,
                fix: FixSuggestion("split the guide (a shared parent with 'extends:'), shorten its largest sections, or target a route with a larger window (brandc models)")))
            return
        }
        diagnostics.report(
            .guideTooLarge,
            "the brand guide alone takes \(tokens) tokens (\(counter.method.rawValue)), \(Int((share * 100).rounded()))% of \(route.name)'s \(route.inputTokenLimit)-token window; little room is left for the prompt, copy and images",
            at: start,
            fix: FixSuggestion("mark large sections optional with a low priority in the templates, or raise 'budget.guide-share-warning' in brandc.yaml"))
    }

    /// What the template asks of its route that the route cannot do (thinking, grounding, outputs…),
    /// found without compiling: the checks that need only the template's options.
    func checkCapabilities(
        of template: PromptTemplate, route resolved: (route: Route, model: TargetModel), diagnostics: inout DiagnosticSink
    ) {
        let (route, model) = resolved
        let outline = AssembledPrompt(
            key: template.name?.value ?? template.file, route: route, model: model, locale: nil, systemInstruction: "",
            prompt: "", textBlocks: [], references: [], aspectRatio: nil, imageSize: nil, responseModalities: [],
            options: template.options, templateName: template.name?.value ?? "template")
        CapabilityChecker(registry: registry).check(
            outline, target: .default(for: route.endpoint), targetLocation: nil, bodySize: nil, diagnostics: &diagnostics)
    }

    /// A feed is read one product at a time; each is checked as it passes, nothing is kept.
    func lintFeed(_ path: String, guide: BrandGuide?, diagnostics: inout DiagnosticSink) {
        let mapping = guide?.feedMapping ?? .standard
        var items = FeedReader(path: path, mapping: mapping).makeIterator()
        while let item = items.next() {
            for diagnostic in item.diagnostics { diagnostics.report(diagnostic) }
            guard let product = item.product else { continue }
            CheckRegistry.run(
                CheckInput(guide: guide, products: [product], fileSystem: fileSystem, checksGuide: false),
                diagnostics: &diagnostics)
        }
        diagnostics.report(items.summary.diagnostic(file: path))
    }

    static func partialName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".mustache") ? String(file.dropLast(".mustache".count)) : file
    }
}

