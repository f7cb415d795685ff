import Foundation
public import BrandDiagnostics
import BrandYAML
import BrandModel
import BrandChecks
public import BrandAssembly
import BrandLowering

/// What to compile: one brand guide and template, over zero or more products, for one locale.
public struct CompileJob: Sendable {
    public var brand: String
    public var template: String
    public var products: [String]
    public var locale: String?
    public var outputDirectory: String
    /// A registry route that overrides the template's target (`--route`).
    public var route: String?

    public init(brand: String, template: String, products: [String] = [], locale: String? = nil,
                outputDirectory: String, route: String? = nil) {
        self.brand = brand
        self.template = template
        self.products = products
        self.locale = locale
        self.outputDirectory = outputDirectory
        self.route = route
    }
}

extension Driver {
    /// Compiles each product (or the brand alone) into a Gemini `generateContent` request body under
    /// the output folder. Returns the files written and every diagnostic.
    public func compile(_ job: CompileJob) -> (written: [String], budgets: [BudgetEntry], diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink()
        var written: [String] = []
        var budgets: [BudgetEntry] = []
        assembleEach(job, diagnostics: &sink) { prompt, template, sink in
            if let entry = BudgetEntry(prompt) { budgets.append(entry) }
            let request = GeminiLowering.lower(prompt)
            let name = [SafeFileName.make(prompt.key), template.name.map { SafeFileName.make($0.value) },
                        prompt.locale].compactMap { $0 }.joined(separator: ".")
            let path = job.outputDirectory + "/" + name + ".gemini.json"
            do {
                try FileManager.default.createDirectory(atPath: job.outputDirectory, withIntermediateDirectories: true)
                try Data(CanonicalJSON.encode(request)).write(to: URL(fileURLWithPath: path), options: .atomic)
                written.append(path)
            } catch {
                sink.report(.readFailed, "cannot write '\(path)': \(error.localizedDescription)",
                            at: SourceLocation(file: path))
            }
        }
        return (written, budgets, finish(sink))
    }

    /// The prompts of a job as assembled before lowering: what `brandc inspect --template` shows.
    public func assemble(_ job: CompileJob) -> (prompts: [AssembledPrompt], diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink()
        var prompts: [AssembledPrompt] = []
        assembleEach(job, diagnostics: &sink) { prompt, _, _ in prompts.append(prompt) }
        return (prompts, finish(sink))
    }

    /// Loads the guide and template once, then assembles one product at a time (read, assemble,
    /// hand over, forget), so a feed streams through in constant memory.
    func assembleEach(
        _ job: CompileJob, diagnostics sink: inout DiagnosticSink,
        _ body: (AssembledPrompt, PromptTemplate, inout DiagnosticSink) -> Void
    ) {
        let route = job.route.map { Located($0, at: SourceLocation(file: "<command line: --route>")) }
        guard let (assembler, template) = makeAssembler(
            brand: job.brand, template: job.template, route: route, diagnostics: &sink)
        else { return }
        let locale = job.locale.map { Located($0, at: SourceLocation(file: "<command line: --locale>")) }
        for productPath in job.products.isEmpty ? [nil] : job.products.map(Optional.some) {
            var product: ProductRecord?
            if let productPath {
                guard let document = guides.document(productPath, referencedFrom: nil, diagnostics: &sink),
                    let decoded = ProductRecord.decode(document, diagnostics: &sink)
                else { continue }
                product = decoded
                // Missing images are errors here (the request needs their bytes): the assembler reports them.
                CheckRegistry.run(
                    CheckInput(guide: assembler.guide, products: [decoded], templates: [template],
                               fileSystem: fileSystem, checksGuide: false),
                    excluding: [DiagnosticCode.missingAsset.id], diagnostics: &sink)
            }
            if let prompt = assembler.assemble(product: product, locale: locale, diagnostics: &sink) {
                body(prompt, template, &sink)
            }
        }
    }

    /// The guide, the template with its partials, checked; `nil` when any of them has an error.
    func makeAssembler(
        brand: String, template templatePath: String, route routeOverride: Located<String>?,
        diagnostics sink: inout DiagnosticSink
    ) -> (PromptAssembler, PromptTemplate)? {
        guard let guide = guides.load(brand, diagnostics: &sink),
            let templateFile = guides.readSource(templatePath, referencedFrom: nil, diagnostics: &sink)
        else { return nil }
        let template = PromptTemplate.decode(templateFile, loader: loader, diagnostics: &sink)
        var renderer = TemplateRenderer()
        let partialFolder = FilePath.directory(of: templatePath) + "/partials"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: partialFolder))?.sorted() ?? []
        where name.hasSuffix(".mustache") {
            let path = partialFolder + "/" + name
            if let file = guides.readSource(path, referencedFrom: nil, diagnostics: &sink) {
                renderer.registerPartial(Self.partialName(path), file: file, diagnostics: &sink)
            }
        }
        TemplateChecker.check(template, in: templateFile, partials: renderer.partialNames, diagnostics: &sink)
        CheckRegistry.run(
            CheckInput(guide: guide, templates: [template], fileSystem: fileSystem),
            excluding: [DiagnosticCode.missingAsset.id], diagnostics: &sink)
        let resolved = RouteResolver(registry: registry).resolve(template: template, override: routeOverride, diagnostics: &sink)
        guard !sink.hasErrors, let (route, model) = resolved else { return nil }
        let counter = tokenizer.counter(for: model, sink: &sink)
        guard !sink.hasErrors, let assembler = PromptAssembler(
            guide: guide, template: template, templateFile: templateFile, renderer: renderer, route: route,
            model: model, registry: registry, counter: counter, budgetOptions: budgetOptions, fileSystem: fileSystem,
            diagnostics: &sink)
        else { return nil }
        return (assembler, template)
    }
}
