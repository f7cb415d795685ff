import BrandTestSupport
import Foundation
import Testing
@testable import BrandNetwork

/// `brandc build` against the fake provider answering with real rendered images, then `brandc
/// check OUT_DIR`, `brandc check IMAGE`, and `build --check --regenerate 1`: each deliberate defect
/// is found, at the image, pointing back at its line; the clean image has no finding.
@Suite(.enabled(if: BrandcExecutable.isAvailable, "needs the built brandc executable (swift build --build-tests)"),
       .enabled(if: RenderedImages.isAvailable, "needs ImageMagick (convert-im6.q16), fonts-dejavu-core and tesseract-ocr-eng: run scripts/setup.sh"))
struct CheckProcessTests {
    static let headline = "Tea, the slow way."

    /// The Kumo guide, a 16:9 1K template with one headline block, and products by id.
    struct Project {
        let root: ScratchFolder
        var out: URL { root.url.appendingPathComponent("out") }
        var template: String { root.url.appendingPathComponent("hero.mustache").path }
        var products: [String: String] = [:]

        init(ids: [String]) throws {
            root = try ScratchFolder()
            let template = """
                ---
                name: hero
                target: gemini-3.1-flash-image
                aspect-ratio: "16:9"
                image-size: 1K
                response: [image]
                text-blocks:
                  - role: headline
                    required: true
                ---
                A calm hero image for {{brand.name}} showing "{{product.title}}".
                The image contains exactly this text and no other:
                {{#text_blocks}}
                {{{block}}}
                {{/text_blocks}}

                """
            try Data(template.utf8).write(to: URL(fileURLWithPath: self.template))
            for id in ids {
                let file = root.url.appendingPathComponent("\(id).yaml")
                let yaml = "id: \(id)\ntitle: Product \(id)\ndescription: A tin of tea.\nbrand: Kumo Tea Co.\n"
                try Data(yaml.utf8).write(to: file)
                products[id] = file.path
            }
        }

        var inputs: [String] {
            ["--brand", BrandcExecutable.packageRoot.path + "/brands/kumo/brand.yaml", "--template", template, "--locale", "en"]
                + products.keys.sorted().flatMap { ["--product", products[$0] ?? ""] }
        }

        func build(_ provider: FakeProvider, _ extra: [String] = []) async throws -> BrandcExecutable.Result {
            try await BrandcExecutable.run(
                ["build"] + inputs + ["--out", out.path, "--base-url", provider.baseURL, "--key-env", Fixtures.keyVariable] + extra,
                environment: [Fixtures.keyVariable: Fixtures.key], logs: root.url)
        }

        func image(_ id: String) -> String { out.appendingPathComponent("\(id).hero.en.png").path }
    }

    /// Answers each request with the image made for the product its prompt names.
    static func provider(_ images: [String: @Sendable (Int) -> [UInt8]]) async throws -> FakeProvider {
        try await FakeProvider { request, attempt in
            let body = String(decoding: request.body, as: UTF8.self)
            let match = images.keys.sorted().last { body.contains("Product \($0)") }
            return .json(WireBodies.geminiImage(match.flatMap { images[$0]?(attempt) } ?? []))
        }
    }

    struct Finding: Decodable {
        var code: String
        var severity: String
        var message: String
        var related: [Related]?
        struct Related: Decodable { var file: String; var line: Int? }
    }

    struct FindingsFile: Decodable {
        struct Image: Decodable { var key: String; var file: String; var attempt: Int; var findings: [Finding] }
        var version: Int
        var images: [Image]
    }

    static func findings(in out: URL) throws -> FindingsFile {
        try JSONDecoder().decode(FindingsFile.self, from: Data(contentsOf: out.appendingPathComponent("check.json")))
    }

    @Test func checkFindsEachDefectInABuildFolder() async throws {
        let project = try Project(ids: ["clean", "defect", "neon", "square"])
        defer { project.root.remove() }
        let clean = try RenderedImages.render(Self.headline)
        let defect = try RenderedImages.render("Tea, the slow wav.")
        let neon = try RenderedImages.render(Self.headline, background: "#39FF14")
        let square = try RenderedImages.render(Self.headline, width: 1024, height: 1024)
        let provider = try await Self.provider(["clean": { _ in clean }, "defect": { _ in defect }, "neon": { _ in neon },
                                                "square": { _ in square }])
        let built = await try project.build(provider)
        #expect(built.status == 0, "\(built.stdout)\n\(built.stderr)")

        let result = try await BrandcExecutable.run(["check", project.out.path, "--format", "json"], logs: project.root.url)
        #expect(result.status == 1, "errors were planted: \(result.stderr)")
        let file = try Self.findings(in: project.out)
        #expect(file.version == 1)
        let byKey = Dictionary(uniqueKeysWithValues: file.images.map { ($0.key, $0.findings) })
        #expect(byKey["clean.hero.en"]?.filter { $0.severity != "note" }.map(\.code) == [], "\(byKey["clean.hero.en"] ?? [])")
        let differs = byKey["defect.hero.en"]?.first { $0.code == "V011" }
        #expect(differs?.message.contains("[y]") == true, "\(byKey["defect.hero.en"] ?? [])")
        #expect(differs?.related?.first?.file.hasSuffix("brands/kumo/brand.yaml") == true, "points at the copy's line")
        #expect(Set((byKey["neon.hero.en"] ?? []).map(\.code)).isSuperset(of: ["V020", "V022"]), "\(byKey["neon.hero.en"] ?? [])")
        #expect(byKey["square.hero.en"]?.map(\.code).contains("V003") == true, "\(byKey["square.hero.en"] ?? [])")
        let again = try Data(contentsOf: project.out.appendingPathComponent("check.json"))
        _ = try await BrandcExecutable.run(["check", project.out.path], logs: project.root.url)
        #expect(try Data(contentsOf: project.out.appendingPathComponent("check.json")) == again, "check.json is deterministic")

        let sarif = try await BrandcExecutable.run(["check", project.out.path, "--format", "sarif"], logs: project.root.url)
        #expect(sarif.stdout.contains(#""uri""#) && sarif.stdout.contains("defect.hero.en.png"), "the image is a SARIF artifact")
    }

    @Test func oneImageFileJPEGBytesNamedPNG() async throws {
        let project = try Project(ids: ["tin"])
        defer { project.root.remove() }
        let file = project.root.url.appendingPathComponent("tin.png")
        try Data(try RenderedImages.render(Self.headline, format: "jpg")).write(to: file)
        let result = try await BrandcExecutable.run(
            ["check", file.path, "--brand", BrandcExecutable.packageRoot.path + "/brands/kumo/brand.yaml",
             "--template", project.template, "--product", project.products["tin"] ?? "", "--locale", "en"],
            logs: project.root.url)
        #expect(result.stdout.contains("V002"), "\(result.stdout)\n\(result.stderr)")
        #expect(!result.stdout.contains("V011") && !result.stdout.contains("V010"), "the text itself is right: \(result.stdout)")
        #expect(result.status == 0, "a type mismatch is a warning")
    }

    /// The issue's own example: ゆっくり turned into ゆつくり is caught; the correct render passes.
    @Test(.enabled(if: RenderedImages.japaneseIsAvailable, "needs fonts-noto-cjk and tesseract-ocr-jpn"))
    func japaneseSmallKanaDefectIsCaught() async throws {
        let project = try Project(ids: ["tin"])
        defer { project.root.remove() }
        var outputs: [String: String] = [:]
        for (name, text) in [("right", "ゆっくり、お茶を。"), ("wrong", "ゆつくり、お茶を。")] {
            let file = project.root.url.appendingPathComponent("\(name).png")
            try Data(try RenderedImages.render(text, font: RenderedImages.japaneseFont)).write(to: file)
            let result = try await BrandcExecutable.run(
                ["check", file.path, "--brand", BrandcExecutable.packageRoot.path + "/brands/kumo/brand.yaml",
                 "--template", project.template, "--product", project.products["tin"] ?? "", "--locale", "ja"],
                logs: project.root.url)
            outputs[name] = result.stdout
        }
        #expect(outputs["right"]?.contains("error") == false, "\(outputs["right"] ?? "")")
        #expect(outputs["wrong"]?.contains("V011") == true && outputs["wrong"]?.contains("ゆ[っ]くり") == true, "\(outputs["wrong"] ?? "")")
    }

    @Test func badFilesGiveOneClearDiagnostic() async throws {
        let project = try Project(ids: ["tin"])
        defer { project.root.remove() }
        let png = try RenderedImages.render(Self.headline)
        var cases: [(String, [UInt8])] = [("empty.png", []), ("truncated.png", Array(png.prefix(png.count / 3))),
                                          ("text.png", Array("not an image".utf8))]
        // A PNG header claiming 20,000 x 20,000 pixels: refused from the header, before any pixel memory.
        var bomb = png
        bomb.replaceSubrange(16..<24, with: [0x00, 0x00, 0x4E, 0x20, 0x00, 0x00, 0x4E, 0x20])
        let crc = Self.crc32(bomb[12..<29])
        bomb.replaceSubrange(29..<33, with: [UInt8(crc >> 24), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc & 0xFF)])
        cases.append(("bomb.png", bomb))
        for (name, bytes) in cases {
            let file = project.root.url.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            let result = try await BrandcExecutable.run(
                ["check", file.path, "--brand", BrandcExecutable.packageRoot.path + "/brands/kumo/brand.yaml",
                 "--template", project.template, "--product", project.products["tin"] ?? "", "--locale", "en"],
                logs: project.root.url)
            #expect(result.status == 1, "\(name): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.components(separatedBy: "V001").count == 2, "\(name): one V001: \(result.stdout)")
            if name == "bomb.png" { #expect(result.stdout.contains("400000000 pixels, more than check.max-image-pixels")) }
        }
    }

    /// PNG's chunk checksum (CRC-32, ISO 3309), so the forged header is a valid one.
    static func crc32(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }

    @Test func buildCheckRegeneratesAFailedImageOnceAndKeepsBothAttempts() async throws {
        let project = try Project(ids: ["retry"])
        defer { project.root.remove() }
        let defect = try RenderedImages.render("Tea, the slow wav.")
        let clean = try RenderedImages.render(Self.headline)
        let provider = try await Self.provider(["retry": { attempt in attempt == 1 ? defect : clean }])
        let result = await try project.build(provider, ["--check", "--regenerate", "1"])
        #expect(result.status == 0, "the second attempt is right: \(result.stdout)\n\(result.stderr)")
        #expect(provider.requests.count == 2, "one resend")
        let records = SubmissionJournal.records(in: project.out).filter { $0.key == "retry.hero.en" }
        #expect(records.filter { $0.state == .succeeded }.count == 2, "the resend is journaled like any request")
        #expect(FileManager.default.fileExists(atPath: project.out.appendingPathComponent("retry.hero.en.attempt-1.png").path))
        let file = try Self.findings(in: project.out)
        #expect(file.images.map(\.attempt).sorted() == [1, 2])
        #expect(file.images.first { $0.attempt == 1 }?.findings.contains { $0.code == "V011" } == true)
        #expect(file.images.first { $0.attempt == 2 }?.findings.contains { $0.severity == "error" } == false)
    }

    /// The resend is priced like any request: when the spend so far leaves too little under
    /// `--max-cost`, it is not sent, and the failing image makes the build fail.
    @Test func regenerationStaysInsideTheCostCap() async throws {
        let project = try Project(ids: ["capped"])
        defer { project.root.remove() }
        let defect = try RenderedImages.render("Tea, the slow wav.")
        let provider = try await Self.provider(["capped": { _ in defect }])
        let result = await try project.build(provider, ["--check", "--regenerate", "3", "--max-cost", "0.1"])
        #expect(result.status == 1, "\(result.stdout)\n\(result.stderr)")
        #expect(provider.requests.count == 1, "one image ($0.0672) fits under $0.10, a second would not")
        #expect(result.stderr.contains("exceeds --max-cost"), "\(result.stderr)")
        #expect(result.stderr.contains("V011"), "the findings print with the summary: \(result.stderr)")
    }
}
