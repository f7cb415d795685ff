import Foundation
public import BrandDiagnostics
import BrandYAML
import BrandModel
import BrandChecks
public import BrandFeeds
public import BrandAssembly
public import BrandLowering

/// What to compile: one brand guide and template, over zero or more products, for one or more
/// locales (`locale` as `--locale` gives it: a tag, a comma list, or `all`; see `LocaleSelection`).
public struct CompileJob: Sendable {
    public var brand: String
    public var template: String
    public var products: [String]
    public var locale: String?
    /// The output folder, or `CompileJob.standardOutput` to stream Batch JSONL to standard output.
    public var outputDirectory: String
    /// A registry route that overrides the template's target (`--route`).
    public var route: String?
    /// The wire format (`--target`); `nil` takes the route's own endpoint style.
    public var target: LoweringTarget?
    /// Also write a `curl` script beside each request (`--emit curl`).
    public var emitCurl = false
    /// Largest Batch API input file; the Batch API takes up to 2 GB per file.
    public var batchFileLimit = 2_000_000_000
    /// A product feed (CSV, TSV, JSON Lines, JSON, YAML) read one product at a time (`--feed`).
    public var feed: String?
    /// Which part of the feed this run compiles (`--shard I/N`).
    public var shard = Shard.whole
    /// Whether `compile` returns each request's budget (`--report`). Off, memory stays flat over a
    /// feed of any length: the budgets are the only thing kept per product.
    public var collectsBudgets = true

    /// The `outputDirectory` that sends `gemini-batch` lines to standard output (`--out -`).
    public static let standardOutput = "-"

    public init(brand: String, template: String, products: [String] = [], locale: String? = nil,
                outputDirectory: String, route: String? = nil, target: LoweringTarget? = nil) {
        self.brand = brand
        self.template = template
        self.products = products
        self.locale = locale
        // `--out out/` must not print `out//NAME`: trailing slashes go (the root folder stays `/`).
        var folder = outputDirectory
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        self.outputDirectory = folder
        self.route = route
        self.target = target
    }
}

extension Driver {
    /// Compiles each product (or the brand alone) into a request for the job's target under the
    /// output folder: one JSON body per request (and a `curl` script with `emitCurl`), or Batch API
    /// JSONL files for `gemini-batch`. Returns the files written, the budgets and every diagnostic.
    public func compile(_ job: CompileJob) -> (written: [String], budgets: [BudgetEntry], diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink()
        var written: [String] = []
        var budgets: [BudgetEntry] = []
        // One Batch API file set per locale (the job has one template), in the order the locales first appear.
        var batches: [(locale: String?, writer: BatchFileWriter)] = []
        var batchLines = GeminiBatchLineEncoder()
        let targetLocation = SourceLocation(file: "<command line: --target>")
        assembleEach(job, diagnostics: &sink) { prompt, template, sink in
            if job.collectsBudgets, let entry = BudgetEntry(prompt) { budgets.append(entry) }
            let target = job.target ?? LoweringTarget.default(for: prompt.route.endpoint)
            // Batch lines need no file name per request: made only when a request gets its own file.
            var name: String {
                [SafeFileName.make(prompt.key), template.name.map { SafeFileName.make($0.value) }, prompt.locale]
                    .compactMap { $0 }.joined(separator: ".")
            }
            func passesCapabilityChecks(bodySize: Int) -> Bool {
                self.passesCapabilityChecks(
                    prompt, target: target, targetLocation: job.target == nil ? nil : targetLocation, bodySize: bodySize,
                    diagnostics: &sink)
            }
            do {
                if target == .geminiBatch {
                    // The line is encoded once; its request part is the body the checks measure.
                    let line = batchLines.line(prompt)
                    guard passesCapabilityChecks(bodySize: line.requestByteCount) else { return }
                    // Standard output is one stream: every locale's lines go to its one writer.
                    let locale = job.outputDirectory == CompileJob.standardOutput ? nil : prompt.locale
                    if !batches.contains(where: { $0.locale == locale }) {
                        let base = [template.name.map { SafeFileName.make($0.value) } ?? "requests", prompt.locale]
                            .compactMap { $0 }.joined(separator: ".")
                        batches.append((locale, job.outputDirectory == CompileJob.standardOutput
                            ? BatchFileWriter(standardOutput: ())
                            : BatchFileWriter(directory: job.outputDirectory, baseName: base, maxBytes: job.batchFileLimit)))
                    }
                    try batches.first { $0.locale == locale }?.writer.append(line.pieces)
                    return
                }
                let request = try Lowering.providerRequest(prompt, target: target)
                guard passesCapabilityChecks(bodySize: request.body.count) else { return }
                let file = "\(name).\(target.rawValue).json"
                try FileManager.default.createDirectory(atPath: job.outputDirectory, withIntermediateDirectories: true)
                let path = job.outputDirectory + "/" + file
                try Data(Lowering.prettyBody(prompt, target: target)).write(to: URL(fileURLWithPath: path), options: .atomic)
                written.append(path)
                if job.emitCurl {
                    let script = job.outputDirectory + "/\(name).\(target.rawValue).sh"
                    try Data(CurlScript.make(request, route: prompt.route, bodyFile: file).utf8)
                        .write(to: URL(fileURLWithPath: script), options: .atomic)
                    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
                    written.append(script)
                }
            } catch {
                sink.report(.writeFailed, "cannot write \(name) in '\(job.outputDirectory)': \(error.localizedDescription)",
                            at: SourceLocation(file: job.outputDirectory))
            }
        }
        do {
            for index in batches.indices {
                try batches[index].writer.finish()
                written += batches[index].writer.written
            }
        } catch {
            sink.report(.writeFailed, "cannot write the batch file in '\(job.outputDirectory)': \(error.localizedDescription)",
                        at: SourceLocation(file: job.outputDirectory))
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
        let endpoint = job.target.map { Located($0.endpoint, at: SourceLocation(file: "<command line: --target>")) }
        guard let (prepared, template) = makeAssembler(
            brand: job.brand, template: job.template, route: route, endpoint: endpoint, diagnostics: &sink)
        else { return }
        var assembler = prepared
        let locales = LocaleSelection(job.locale).locales(of: assembler.guide)
        func compileOne(_ product: ProductRecord?, _ sink: inout DiagnosticSink) {
            if let product {
                // Missing images are errors here (the request needs their bytes): the assembler reports them.
                CheckRegistry.run(
                    CheckInput(guide: assembler.guide, products: [product], templates: [template],
                               fileSystem: fileSystem, checksGuide: false),
                    excluding: [DiagnosticCode.missingAsset.id], diagnostics: &sink)
            }
            for locale in locales {
                if let prompt = assembler.assemble(product: product, locale: locale, diagnostics: &sink) {
                    body(prompt, template, &sink)
                }
            }
        }
        func compileFeed(_ feed: String, _ sink: inout DiagnosticSink) {
            // A template's `feed:` mapping wins over the brand guide's; both were decoded (and reported) at load.
            let mapping = template.feedMapping ?? assembler.guide.feedMapping ?? .standard
            // Rows are parsed on a second thread while this one compiles the products before them.
            let items = FeedPrefetcher(FeedReader(path: feed, mapping: mapping, shard: job.shard))
            while let item = items.next() {
                for diagnostic in item.diagnostics { sink.report(diagnostic) }
                if let product = item.product { compileOne(product, &sink) }
            }
            sink.report(items.summary.diagnostic(file: feed))
        }
        if let feed = job.feed { compileFeed(feed, &sink) }
        for productPath in job.products {
            // A CSV, TSV or JSON Lines file given as --product is a feed: read as one YAML product,
            // all but its first record would be lost.
            if InputKind.rowFeedExtensions.contains((productPath as NSString).pathExtension.lowercased()) {
                compileFeed(productPath, &sink)
                continue
            }
            guard let document = guides.document(productPath, referencedFrom: nil, diagnostics: &sink),
                let decoded = ProductRecord.decode(document, diagnostics: &sink)
            else { continue }
            compileOne(decoded, &sink)
        }
        if job.products.isEmpty, job.feed == nil {
            var brandOnly = DiagnosticSink()
            compileOne(nil, &brandOnly)
            // Said only when the brand-only request was made: after an error it would be noise.
            if !brandOnly.hasErrors {
                sink.report(
                    .brandOnly, "no --product or --feed: the request is the brand alone, with no product section",
                    at: SourceLocation(file: "<command line>"),
                    fix: FixSuggestion("give --product PATH (repeatable) or --feed PATH to compile one request per product"))
            }
            sink.append(contentsOf: brandOnly)
        }
    }

    /// The guide, the template with its partials, checked; `nil` when any of them has an error.
    func makeAssembler(
        brand: String, template templatePath: String, route routeOverride: Located<String>?,
        endpoint: Located<Route.Endpoint>? = nil, diagnostics sink: inout DiagnosticSink
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
        let resolved = TemplatePreflight.check(
            template, in: templateFile, renderer: renderer, partials: renderer.partialNames, guide: guide,
            registry: registry, route: routeOverride, endpoint: endpoint, diagnostics: &sink)
        CheckRegistry.run(
            CheckInput(guide: guide, templates: [template], fileSystem: fileSystem),
            excluding: [DiagnosticCode.missingAsset.id], diagnostics: &sink)
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
