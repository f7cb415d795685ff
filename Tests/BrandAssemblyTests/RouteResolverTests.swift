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

    @Test func unknownOrConflictingNamesAreReported() {
        #expect(resolve("target: gemini-3.1-flash-imag").1 == ["M008 did you mean 'gemini-3.1-flash-image'?"])
        #expect(resolve("route: google/nano-banana").1 == ["M008 did you mean 'google/nano-banana-2'?"])
        let (route, problems) = resolve("target: gemini-3-pro-image", override: "google/nano-banana-2")
        #expect(route == nil)
        #expect(problems.first?.hasPrefix("M008 route 'google/nano-banana-2' serves gemini-3.1-flash-image") == true)
    }
}
