import BrandDiagnostics
import BrandTestSupport
import Testing

@testable import BrandModel

/// The brand.yml import: every colour role and type role, the values brand_yml accepts, and the
/// mistakes it rejects, each at the line that is wrong.
@Suite struct BrandYMLImportTests {
    func load(_ brandYML: String, guide: String = "identity: {name: B}\n") -> (BrandGuide, [Diagnostic]) {
        var sink = DiagnosticSink()
        let files = ["b/brand.yaml": "brand-yml: _brand.yml\n" + guide, "b/_brand.yml": brandYML]
        let guide = BrandGuideLoader(fileSystem: MemoryFileSystem(files: files)).load("b/brand.yaml", diagnostics: &sink)
        return (guide ?? BrandGuide(file: "none"), sink.sorted)
    }

    func codes(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.code.id)@\($0.location?.start?.line ?? 0):\($0.location?.start?.column ?? 0)" }
    }

    @Test func everyRoleOfAPaletteColourIsKept() {
        let (guide, diagnostics) = load("""
            color:
              palette: {blue: "#0A5CFF", navy: blue, paper: "#FAF7F0"}
              primary: blue
              info: navy
              light: primary
              background: paper
              foreground: "#222"
              dark: foreground
            """, guide: "identity: {name: B, tagline: '{colors.light} {colors.dark}'}\n")
        #expect(diagnostics.isEmpty, "\(codes(diagnostics))")
        let byKey = Dictionary(uniqueKeysWithValues: guide.colors.map { ($0.key.value, $0) })
        #expect(byKey["blue"]?.roles.map(\.value) == ["primary", "light"])
        #expect(byKey["navy"]?.hex.value == "#0A5CFF")
        #expect(byKey["navy"]?.roles.map(\.value) == ["info"])
        #expect(byKey["paper"]?.roles.map(\.value) == ["background"])
        #expect(byKey["foreground"]?.hex.value == "#222222")
        #expect(byKey["foreground"]?.roles.map(\.value) == ["foreground", "dark"])
        // Every role is a reference the guide can use.
        #expect(guide.identity.tagline?.value == "#0A5CFF #222222")
    }

    @Test func valuesBrandYMLAcceptsAreNormalized() {
        let (guide, diagnostics) = load("""
            color:
              palette: {sky: 87CEEB, glass: "#0A5CFF80", tiny: "#0AF8"}
              primary: rebeccapurple
              background: White
            """)
        let hex = Dictionary(uniqueKeysWithValues: guide.colors.map { ($0.key.value, $0.hex.value) })
        #expect(hex == ["sky": "#87CEEB", "glass": "#0A5CFF", "tiny": "#00AAFF", "primary": "#663399", "background": "#FFFFFF"])
        #expect(codes(diagnostics) == ["B001@2:33", "B001@2:52"])
        #expect(diagnostics.first?.severity == .note)
    }

    @Test func mistakesAreReportedWhereTheyAre() {
        let (_, diagnostics) = load("""
            colour:
              primary: blue
            color:
              palette: {dark blue: "#001970"}
              primary: dark blue
              secondary: dark-bleu
            typography:
              fonts:
                - family: Inter
                  source: googel
                  weight: [400, 450]
              headings: {family: Inter, weight: heavy}
            logo:
              images: {mark: mark.png}
              small: mrak
            """)
        #expect(codes(diagnostics) == ["M002@1:1", "M008@4:13", "M010@6:14", "M008@10:15", "M008@11:21", "M008@12:37", "M010@15:10"])
        let space = diagnostics.first { $0.message.contains("has a space") }
        #expect(space?.notes.first?.location?.start?.line == 5)
        #expect(diagnostics.first?.fix?.message == "did you mean 'color'?")
        #expect(diagnostics.first { $0.message.contains("googel") }?.fix?.message == "did you mean 'google'?")
        #expect(diagnostics.last?.fix?.message == "did you mean 'mark'?")
    }

    @Test func everyTypeRoleIsImportedWithItsSource() {
        let (guide, diagnostics) = load("""
            typography:
              fonts:
                - {family: Inter, source: google, weight: 100..900}
                - {family: Fira Code, source: bunny, weight: [regular, bold]}
              base: {family: Inter, weight: 400}
              headings: {family: Inter, weight: semi-bold}
              monospace: Fira Code
              link: {color: primary, weight: bold}
            """)
        #expect(diagnostics.isEmpty, "\(codes(diagnostics))")
        let roles = guide.typeRoles.map { "\($0.role.value)=\($0.family.value)/\($0.weight?.value ?? "-")/\($0.source?.value ?? "-")" }
        #expect(roles == [
            "base=Inter/400/google", "headings=Inter/semi-bold/google", "monospace=Fira Code/-/bunny",
            "monospace-inline=Fira Code/-/bunny", "monospace-block=Fira Code/-/bunny",
        ])
        #expect(guide.font(forScript: "Latn")?.family.value == "Inter")
    }

    @Test func logoSizesNameTheirImages() {
        let (guide, diagnostics) = load("""
            logo:
              images:
                mark: brand/mark.png
                wide: {path: brand/wide.svg, alt: Wordmark}
                extra: brand/extra.png
              small: mark
              medium: {light: wide, dark: mark}
              large: brand/large.png
            """)
        #expect(diagnostics.isEmpty, "\(codes(diagnostics))")
        #expect(guide.logo.files.map(\.value) == ["brand/mark.png", "brand/wide.svg", "brand/large.png", "brand/extra.png"])
    }
}
