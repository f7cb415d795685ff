import Testing
import BrandDiagnostics
import BrandModel
import BrandYAML
import BrandAssembly

@Suite struct RouteResolverTests {
    func resolve(_ frontMatter: String, override: String? = nil) -> (String?, [String]) {
        var sink = DiagnosticSink()
        let file = SourceFile(path: "t.mustache", text: "---\n\(frontMatter)\n---\nbody\n")
        let template = PromptTemplate.decode(file, loader: YAMLLoader(), diagnostics: &sink)
        let resolved = RouteResolver(registry: .builtIn).resolve(
            template: template, override: override.map { Located($0, at: SourceLocation(file: "<cli>")) },
            diagnostics: &sink)
        return (resolved?.route.name, sink.diagnostics.map { "\($0.code.id) \($0.fix?.message ?? $0.message)" })
    }

    @Test func targetPicksTheFirstRouteForItsModel() {
        #expect(resolve("target: gemini-3-pro-image-preview").0 == "google/nano-banana-pro")
        #expect(resolve("name: t").0 == "google/nano-banana-2")
    }

    @Test func routeAndOverride() {
        #expect(resolve("route: wisgate/nano-banana-2").0 == "wisgate/nano-banana-2")
        #expect(resolve("target: nano-banana-2", override: "wisgate/nano-banana-2").0 == "wisgate/nano-banana-2")
    }

    @Test func autoPicksTheWorkloadsRouteAndSaysWhy() {
        let (route, notes) = resolve("route: auto\nworkload: complex-edit")
        #expect(route == "openai/gpt-image-1.5")
        #expect(notes.first?.hasPrefix("A005 route: auto chose openai/gpt-image-1.5 for workload 'complex-edit'") == true)
        #expect(resolve("route: auto\nworkload: audio").1.first?.hasPrefix("A006 workload 'audio': audio output is not") == true)
        #expect(resolve("route: auto").1.first?.hasPrefix("M003 add e.g. 'workload: product-shot'") == true)
        #expect(resolve("route: auto\nworkload: prodcut-shot").1 == ["M008 did you mean 'product-shot'?"])
    }

    @Test func anEndpointPicksTheModelsRouteThatSpeaksIt() {
        var sink = DiagnosticSink()
        let file = SourceFile(path: "t.mustache", text: "---\ntarget: gemini-3-pro-image\n---\nbody\n")
        let template = PromptTemplate.decode(file, loader: YAMLLoader(), diagnostics: &sink)
        let chat = RouteResolver(registry: .builtIn).resolve(
            template: template, override: nil,
            endpoint: Located(.openAIChat, at: SourceLocation(file: "<cli>")), diagnostics: &sink)
        #expect(chat?.route.name == "wisgate/nano-banana-pro-chat")
        let none = RouteResolver(registry: .builtIn).resolve(
            template: template, override: nil,
            endpoint: Located(.openAIImages, at: SourceLocation(file: "<cli>")), diagnostics: &sink)
        #expect(none == nil)
        #expect(sink.diagnostics.last?.fix?.message == "routes over openai-images: openai/gpt-image-1.5")
    }

    @Test func unknownOrConflictingNamesAreReported() {
        #expect(resolve("target: gemini-3.1-flash-imag").1 == ["M008 did you mean 'gemini-3.1-flash-image'?"])
        #expect(resolve("route: google/nano-banana").1 == ["M008 did you mean 'google/nano-banana-2'?"])
        let (route, problems) = resolve("target: gemini-3-pro-image\nroute: google/nano-banana-2")
        #expect(route == nil)
        #expect(problems.first?.hasPrefix("M008 route 'google/nano-banana-2' serves gemini-3.1-flash-image") == true)
        // On the command line a route overrides the template's target.
        #expect(resolve("target: gemini-3-pro-image", override: "google/nano-banana-2").0 == "google/nano-banana-2")
    }
}
