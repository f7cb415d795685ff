import BrandAssembly
import BrandDiagnostics
import BrandModel
import BrandYAML

/// Assembled prompts for lowering tests, built from a template's front matter and a registry route.
enum LoweringFixture {
    static let registry = ModelRegistry.builtIn

    static func template(_ frontMatter: String) -> PromptTemplate {
        var sink = DiagnosticSink()
        let file = SourceFile(path: "t.mustache", text: "---\n\(frontMatter)\n---\nbody\n")
        return PromptTemplate.decode(file, loader: YAMLLoader(), diagnostics: &sink)
    }

    static func prompt(
        route routeName: String = "google/nano-banana-2", frontMatter: String = "name: t",
        references: [ReferenceImage] = [], aspectRatio: String? = "1:1", imageSize: String? = "1K"
    ) -> AssembledPrompt {
        let route = registry.route(named: routeName)!
        let model = registry.model(named: route.model)!
        let template = template(frontMatter)
        return AssembledPrompt(
            key: "P1", route: route, model: model, locale: "en", systemInstruction: "Rules", prompt: "Make it",
            textBlocks: [], references: references, aspectRatio: aspectRatio, imageSize: imageSize,
            responseModalities: template.options.outputs.isEmpty
                ? ["TEXT", "IMAGE"] : template.options.outputs.map { $0.value.uppercased() },
            options: template.options, templateName: "t")
    }

    static let png = ReferenceImage(role: .product, path: "p.png", format: .png, bytes: [1, 2, 3])
    static let heic = ReferenceImage(role: .product, path: "p.heic", format: .heic, bytes: [4, 5, 6])
}
