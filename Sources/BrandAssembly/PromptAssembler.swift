public import BrandDiagnostics
public import BrandModel
import Foundation

/// Assembles one request's worth of prompt from a brand guide, a template and (optionally) a product.
/// One product at a time, so a feed streams through in constant memory.
public struct PromptAssembler: Sendable {
    public var guide: BrandGuide
    public var template: PromptTemplate
    public var templateFile: SourceFile
    public var renderer: TemplateRenderer
    public var route: Route
    public var model: TargetModel
    public var registry: ModelRegistry
    public var fileSystem: any FileSystem

    public init(
        guide: BrandGuide, template: PromptTemplate, templateFile: SourceFile, renderer: TemplateRenderer,
        route: Route, model: TargetModel, registry: ModelRegistry, fileSystem: any FileSystem = LocalFileSystem()
    ) {
        self.guide = guide
        self.template = template
        self.templateFile = templateFile
        self.renderer = renderer
        self.route = route
        self.model = model
        self.registry = registry
        self.fileSystem = fileSystem
    }

    /// The locale used when none is asked for: `en` if the brand has it, else its first locale.
    public var defaultLocale: String? {
        guide.locale("en")?.tag.value ?? guide.locales.first?.tag.value
    }

    public func assemble(
        product: ProductRecord?, locale requested: Located<String>?, diagnostics: inout DiagnosticSink
    ) -> AssembledPrompt? {
        let errorsBefore = diagnostics.count(of: .error)
        var locale: BrandLocale?
        if let requested {
            locale = guide.locale(requested.value)
            if locale == nil {
                diagnostics.report(
                    .unknownLocale,
                    "locale '\(requested.value)' is not in the brand guide (it has: \(guide.locales.map(\.tag.value).joined(separator: ", ")))",
                    at: requested.location)
            }
        } else if let tag = defaultLocale {
            locale = guide.locale(tag)
        }
        let options = ImageOptionResolver(
            guide: guide, template: template, product: product, model: model, registry: registry)
        let aspectRatio = options.aspectRatio(diagnostics: &diagnostics)
        let imageSize = options.imageSize(diagnostics: &diagnostics)
        let blocks = TextBlockBuilder(guide: guide, template: template)
            .blocks(product: product, locale: locale, diagnostics: &diagnostics)
        let references = ReferenceLoader(fileSystem: fileSystem)
            .load(guide: guide, product: product, model: model, diagnostics: &diagnostics)
        guard let mustache = renderer.parse(
            template.body, file: templateFile, bodyStartOffset: template.bodyStartOffset, diagnostics: &diagnostics)
        else { return nil }
        guard diagnostics.count(of: .error) == errorsBefore else { return nil }
        let image: [String: Any] = [
            "aspect_ratio": aspectRatio ?? "", "size": imageSize ?? "",
            "channel": template.channel?.value ?? product?.channel?.value ?? "", "model": model.displayName,
        ]
        let context = PromptContext.make(
            guide: guide, product: product, locale: locale, blocks: blocks, references: references, image: image)
        return AssembledPrompt(
            key: product?.id.value ?? guide.identity.name?.value ?? "brand", route: route, model: model, locale: locale?.tag.value,
            systemInstruction: SystemInstruction.text(for: guide),
            prompt: renderer.render(mustache, context: context).trimmingCharacters(in: .whitespacesAndNewlines),
            textBlocks: blocks, references: references, aspectRatio: aspectRatio, imageSize: imageSize,
            responseModalities: template.response.isEmpty ? ["TEXT", "IMAGE"] : template.response.map { $0.value.uppercased() })
    }
}
