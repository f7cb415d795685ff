public import BrandDiagnostics
public import BrandModel
public import BrandTokens
import Foundation

/// Assembles one request's worth of prompt from a brand guide, a template and (optionally) a
/// product, fitted to the route's token budget. Everything that does not depend on the product (the
/// parsed template, the brand's sections and their token counts) is prepared once, so a feed
/// streams through one product at a time in constant memory.
public struct PromptAssembler: Sendable {
    public let guide: BrandGuide
    public let template: PromptTemplate
    public let route: Route
    public let model: TargetModel
    let registry: ModelRegistry
    /// The body's tree with its brand-only nodes folded, ready to render per product.
    let compiled: CompiledTemplate
    let fileSystem: any FileSystem
    let counter: any TokenCounter
    let budgetOptions: BudgetOptions
    /// The brand's system-instruction sections with their item counts, and the exact count of all of them.
    let systemSections: [CountedSection]
    let systemTokens: Int
    /// The system instruction when nothing is trimmed: the same for every product of a feed.
    let systemText: String
    /// What every product's template context starts from (the brand) and the brand's logo images,
    /// prepared once.
    let baseContext: [String: ContextValue]
    let logos: [String: ReferenceImage]
    /// The attributes the template names directly, checked against each product.
    let attributeReferences: AttributeReferences
    /// Product photos read lately: feeds often share a few photos among many products.
    var recentImages = RecentImages()

    /// `nil` when the template body does not parse (reported to `diagnostics`).
    public init?(
        guide: BrandGuide, template: PromptTemplate, templateFile: SourceFile, renderer: TemplateRenderer,
        route: Route, model: TargetModel, registry: ModelRegistry, counter: any TokenCounter,
        budgetOptions: BudgetOptions = BudgetOptions(), fileSystem: any FileSystem = LocalFileSystem(),
        diagnostics: inout DiagnosticSink
    ) {
        let brand = PromptContext.brand(guide)
        guard let tree = renderer.parse(
            template.body, file: templateFile, bodyStartOffset: template.bodyStartOffset, diagnostics: &diagnostics),
            let compiled = CompiledTemplate(tree, body: template.body, renderer: renderer, brand: brand)
        else { return nil }
        self.guide = guide
        self.template = template
        self.compiled = compiled
        baseContext = ["brand": brand]
        self.route = route
        self.model = model
        self.registry = registry
        self.counter = counter
        self.budgetOptions = budgetOptions
        self.fileSystem = fileSystem
        let sections = SystemInstruction.sections(for: guide)
        systemSections = sections.map { section in
            CountedSection(section: section, policy: SectionPolicy.of(section.name, in: template), count: counter.count)
        }
        systemText = SystemInstruction.text(sections.filter { SectionPolicy.of($0.name, in: template).included })
        systemTokens = counter.count(systemText)
        logos = ReferenceLoader.preload(guide, fileSystem: fileSystem)
        attributeReferences = AttributeReferences(tree, of: template, in: templateFile)
    }

    /// The locale used when none is asked for: `en` if the brand has it, else its first locale.
    public var defaultLocale: String? {
        guide.locale("en")?.tag.value ?? guide.locales.first?.tag.value
    }

    public mutating func assemble(
        product: ProductRecord?, locale requested: Located<String>?, diagnostics: inout DiagnosticSink
    ) -> AssembledPrompt? {
        let errorsBefore = diagnostics.count(of: .error)
        let locale = resolveLocale(requested, diagnostics: &diagnostics)
        let options = ImageOptionResolver(
            guide: guide, template: template, product: product, model: model, registry: registry)
        let aspectRatio = options.aspectRatio(diagnostics: &diagnostics)
        let imageSize = options.imageSize(diagnostics: &diagnostics)
        let blocks = TextBlockBuilder(guide: guide, template: template)
            .blocks(product: product, locale: locale, diagnostics: &diagnostics)
        let references = ReferenceLoader(fileSystem: fileSystem, preloaded: logos)
            .load(guide: guide, product: product, model: model, recent: &recentImages, diagnostics: &diagnostics)
        if let product { attributeReferences.check(product, diagnostics: &diagnostics) }
        guard diagnostics.count(of: .error) == errorsBefore else { return nil }
        let image: [String: ContextValue] = [
            "aspect_ratio": .text(aspectRatio ?? ""), "size": .text(imageSize ?? ""),
            "channel": .text(template.channel?.value ?? product?.channel?.value ?? ""), "model": .text(model.displayName),
        ]
        let context = PromptContext.make(
            base: baseContext, product: product, locale: locale.map { ($0, ResolvedLocale($0, guide: guide)) }, blocks: blocks,
            references: references, image: image)
        let rendered = compiled.render(context)
        let prompt = rendered.trimmingWhitespace
        let budget = fitBudget(prompt: prompt, references: references, imageSize: imageSize, diagnostics: &diagnostics)
        guard let budget, diagnostics.count(of: .error) == errorsBefore else { return nil }
        let keptImages = budget.sections.first { $0.placement == .images }?.items.count ?? 0
        return AssembledPrompt(
            key: product?.id.value ?? guide.identity.name?.value ?? "brand", route: route, model: model,
            locale: locale?.tag.value, systemInstruction: systemInstruction(after: budget), prompt: prompt,
            textBlocks: blocks, references: Array(references.prefix(keptImages)), aspectRatio: aspectRatio,
            imageSize: imageSize,
            responseModalities: template.options.outputs.isEmpty
                ? ["TEXT", "IMAGE"] : template.options.outputs.map { $0.value.uppercased() },
            budget: budget, options: template.options, templateName: template.name?.value ?? "request")
    }

    /// The cached text when the budget kept every brand section whole, else the text of what it kept.
    private func systemInstruction(after budget: BudgetResult) -> String {
        let trimmed = budget.outcomes.contains { outcome in
            guard outcome.placement == .systemInstruction else { return false }
            switch outcome.state {
            case .kept, .excluded: return false
            case .shrunk, .dropped: return true
            }
        }
        return trimmed ? SystemInstruction.text(budget.sections) : systemText
    }

    private func resolveLocale(_ requested: Located<String>?, diagnostics: inout DiagnosticSink) -> BrandLocale? {
        guard let requested else { return defaultLocale.flatMap(guide.locale) }
        if let locale = guide.locale(requested.value) { return locale }
        // The nearest locale shares the language subtag: `hi` → `hi-IN`, `zh-CN` → `zh-Hans`.
        let language = { (tag: String) in tag.split(separator: "-").first.map { $0.lowercased() } ?? "" }
        let nearest = guide.locales.first { language($0.tag.value) == language(requested.value) }
        diagnostics.report(
            .unknownLocale,
            "locale '\(requested.value)' is not in the brand guide (it has: \(guide.locales.map(\.tag.value).joined(separator: ", ")))",
            at: requested.location, fix: nearest.map { FixSuggestion("use --locale \($0.tag.value)") })
        return nil
    }
}
