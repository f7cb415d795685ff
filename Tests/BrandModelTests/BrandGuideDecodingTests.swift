import BrandTestSupport
import Testing
import BrandDiagnostics
import BrandModel
import BrandYAML

@Suite struct BrandGuideDecodingTests {
    func load(_ files: [String: String], _ path: String = "b/brand.yaml") -> (BrandGuide?, [Diagnostic]) {
        var sink = DiagnosticSink()
        let guide = BrandGuideLoader(fileSystem: MemoryFileSystem(files: files)).load(path, diagnostics: &sink)
        return (guide, sink.sorted)
    }

    func at(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.location?.start?.line ?? 0):\(diagnostic.location?.start?.column ?? 0)"
    }

    @Test func decodesEverySection() throws {
        let text = """
            brandc: 1
            identity: {name: Kumo, tagline: Slow tea}
            voice: {tone: [calm], banned-terms: [detox], trademarks: ["Kumo™"]}
            colors:
              blue: {hex: "#0a5cff", name: Kumo Blue, role: primary}
              white: "#fff"
            typography: {Latn: Inter, Jpan: {family: Noto Sans JP, weight: Bold}}
            locales:
              ja: {copy: {headline: ゆっくり}}
              ar: {direction: rtl}
            channels: {pdp: {aspect-ratio: "1:1", image-size: 2K}}
            """
        let (guide, diagnostics) = load(["b/brand.yaml": text])
        #expect(diagnostics.isEmpty)
        let brand = try #require(guide)
        #expect(brand.identity.name?.value == "Kumo")
        #expect(brand.colors.map(\.hex.value) == ["#0A5CFF", "#FFFFFF"])
        #expect(brand.font(forScript: "Jpan")?.weight?.value == "Bold")
        #expect(brand.locale("ja")?.copy.first?.text.value == "ゆっくり")
        #expect(brand.locale("ja")?.copy.first?.text.location.start?.line == 9)
        #expect(brand.channel("pdp")?.imageSize?.value == "2K")
    }

    @Test func reportsEveryProblemInOneRunAtItsPosition() {
        let text = """
            identity:
              name: [not, text]
            colours: {}
            colors:
              blue: "#12345G"
              teal: 00A896
              ink: #1B1B1F
            typography: {Latin: Inter}
            locales:
              ja_JP: {}
              en: {direction: sideways}
            """
        let (_, diagnostics) = load(["b/brand.yaml": text])
        let found = diagnostics.map { "\($0.code.id)@\(at($0))" }
        #expect(found == [
            "M001@2:9", "M002@3:1", "M004@5:9", "M004@6:9", "M012@7:7", "M008@8:14", "M005@10:3", "M008@11:19",
        ])
        #expect(diagnostics[1].fix?.message == "did you mean 'colors'?")
        #expect(diagnostics[3].fix?.replacement?.text == "\"#00A896\"")
        #expect(diagnostics[6].fix?.replacement?.text == "ja-JP")
    }

    @Test func missingRequiredKeyAndNewerVersion() {
        let (_, diagnostics) = load(["b/brand.yaml": "brandc: 2\ncolors:\n  blue: {name: Blue}\nidentity: {name: Kumo}\n"])
        #expect(diagnostics.map(\.code.id) == ["M011", "M003"])
    }

    @Test func extendsOverridesFieldByFieldAcrossFiles() throws {
        let parent = "identity: {name: Kumo, tagline: Slow}\ncolors: {blue: \"#0000FF\", red: \"#FF0000\"}\n"
            + "locales: {ja: {font: Noto, copy: {headline: 親, cta: 買う}}}\n"
        let child = "extends: ../p/brand.yaml\nidentity: {name: Kumo Sparkling}\ncolors: {blue: \"#00A896\"}\n"
            + "locales: {ja: {copy: {headline: 子}}}\n"
        let (guide, diagnostics) = load(["p/brand.yaml": parent, "c/brand.yaml": child], "c/brand.yaml")
        #expect(diagnostics.isEmpty)
        let brand = try #require(guide)
        #expect(brand.identity.name?.value == "Kumo Sparkling")
        #expect(brand.identity.tagline?.value == "Slow")
        #expect(brand.identity.tagline?.location.file == "p/brand.yaml")
        #expect(brand.colors.map(\.hex.value) == ["#00A896", "#FF0000"])
        #expect(brand.locale("ja")?.font?.value == "Noto")
        #expect(brand.locale("ja")?.copy.map(\.text.value) == ["子", "買う"])
    }

    @Test func extendsCycleIsReportedWithTheChain() {
        let (_, diagnostics) = load(
            ["a/brand.yaml": "extends: ../b/brand.yaml\n", "b/brand.yaml": "extends: ../a/brand.yaml\n"],
            "a/brand.yaml")
        #expect(diagnostics.map(\.code.id) == ["M009"])
        #expect(diagnostics.first?.message.contains("a/brand.yaml -> b/brand.yaml -> a/brand.yaml") == true)
    }

    @Test func missingParentIsReportedAtTheExtendsValue() {
        let (_, diagnostics) = load(["b/brand.yaml": "extends: ../gone.yaml\n"])
        #expect(diagnostics.map { "\($0.code.id)@\(at($0))" } == ["M006@1:10"])
    }

    @Test func referencesResolveAndBadOnesAreReported() throws {
        let text = """
            identity: {name: Kumo}
            colors: {blue: "#0000FF", accent: "{colors.blue}", loop: "{colors.loop}"}
            avoid: ["anything in {colors.bleu}", "logos unlike {identity.name}'s"]
            """
        let (guide, diagnostics) = load(["b/brand.yaml": text])
        #expect(guide?.colors.first { $0.key.value == "accent" }?.hex.value == "#0000FF")
        #expect(guide?.avoid.last?.value == "logos unlike Kumo's")
        #expect(diagnostics.map(\.code.id) == ["M010", "M010"])
        #expect(diagnostics.contains { $0.fix?.message == "did you mean {colors.blue}?" })
    }

    @Test func aColourReferenceMustResolveToAColour() throws {
        let text = """
            identity: {name: Kumo}
            colors:
              blue: "#00f"
              accent: "{colors.blue}"
              named: {hex: "{identity.name}"}
            """
        let (guide, diagnostics) = load(["b/brand.yaml": text])
        #expect(guide?.colors.first { $0.key.value == "accent" }?.hex.value == "#0000FF", "a resolved colour is normalized")
        let bad = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(bad.code == .badColor)
        #expect(bad.message == "colour 'named' is {identity.name}, which is 'Kumo', not a hex colour")
        #expect(at(bad) == "5:16")
    }

    @Test func importsBrandYMLAndReportsWhatPositLetsThrough() throws {
        let brandYML = """
            meta: {name: {short: NW, full: Northwind Outfitters}}
            color:
              palette: {forest: "#1B3A2D", snow: FAFAF7}
              primary: forest
              secondary: dark-bleu
              background: #FAFAF7
            typography:
              fonts: {family: Work Sans}
              base: Work Sans
            logo: {small: logo.png}
            """
        let files = ["b/brand.yaml": "brand-yml: _brand.yml\nidentity: {tagline: Far}\n", "b/_brand.yml": brandYML]
        let (guide, diagnostics) = load(files)
        let brand = try #require(guide)
        #expect(brand.identity.name?.value == "Northwind Outfitters")
        #expect(brand.colors.first?.role?.value == "primary")
        // brand_yml takes hex without '#' as it is; brandc takes it too, as canonical #RRGGBB.
        #expect(brand.colors.first { $0.key.value == "snow" }?.hex.value == "#FAFAF7")
        #expect(brand.font(forScript: "Latn")?.family.value == "Work Sans")
        #expect(brand.logo.files.map(\.value) == ["logo.png"])
        #expect(diagnostics.map { "\($0.code.id)@\(at($0))" } == ["M010@5:14", "M012@6:14", "M001@8:10"])
    }
}
