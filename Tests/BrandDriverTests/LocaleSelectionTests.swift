import BrandDiagnostics
import Foundation
import Testing

@testable import BrandDriver

/// `--locale` as one tag, a comma list or `all`: one request per product and locale, in the
/// guide's order for `all`, one Batch API file per locale, and each problem reported once.
@Suite(.enabled(if: PackageRoot.isWorkingDirectory, "the package root must be reachable as the working directory"))
struct LocaleSelectionTests {
    static let kumoLocales = ["en", "ja", "zh-Hans", "ko", "ar", "he", "hi"]

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-locales-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func job(locale: String?, products: [String] = ["products/kumo/sencha-tin.yaml"], out: URL) -> CompileJob {
        CompileJob(brand: "brands/kumo/brand.yaml", template: "templates/campaign-hero.mustache",
                   products: products, locale: locale, outputDirectory: out.path)
    }

    static func files(_ written: [String]) -> [String] { written.map { ($0 as NSString).lastPathComponent } }

    @Test func theOptionReadsAsOneTagAListOrAll() {
        #expect(LocaleSelection(nil) == .standard)
        #expect(LocaleSelection("ja") == .tags(["ja"]))
        #expect(LocaleSelection("ja, ko,,ja") == .tags(["ja", "ko"]), "spaces and empty items go; a repeat is one")
        #expect(LocaleSelection("ALL") == .all)
        #expect(LocaleSelection("all,ja") == .tags(["all", "ja"]), "'all' only alone; in a list it is a tag A002 reports")
    }

    @Test func allCompilesEveryLocaleOfTheGuideInItsOrder() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = Driver().compile(Self.job(locale: "all", out: out))
        #expect(!result.diagnostics.contains { $0.severity == .error })
        #expect(Self.files(result.written) == Self.kumoLocales.map { "KUMO-SENCHA-100.campaign-hero.\($0).gemini.json" })
    }

    @Test func aListCompilesEachAndAnUnknownTagIsOneErrorBesideTheOthers() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = Driver().compile(Self.job(locale: "ko,xx,ja", out: out))
        #expect(Self.files(result.written) == ["KUMO-SENCHA-100.campaign-hero.ko.gemini.json",
                                               "KUMO-SENCHA-100.campaign-hero.ja.gemini.json"])
        let unknown = result.diagnostics.filter { $0.code == .unknownLocale }
        #expect(unknown.count == 1)
        #expect(unknown.first?.message.contains("'xx'") == true)
    }

    @Test func eachLocaleIsItsOwnRequestNotACopy() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = Driver().compile(Self.job(locale: "ja,ar", out: out))
        let bodies = try result.written.map { try String(contentsOfFile: $0, encoding: .utf8) }
        #expect(bodies.count == 2)
        #expect(bodies.first != bodies.last)
        let single = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: single) }
        let alone = Driver().compile(Self.job(locale: "ar", out: single))
        #expect(try String(contentsOfFile: try #require(alone.written.first), encoding: .utf8) == bodies.last,
                "a locale in a list compiles exactly as it does alone")
    }

    @Test func theBatchTargetWritesOneFilePerLocale() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        var job = Self.job(locale: "all", out: out)
        job.target = .geminiBatch
        let result = Driver().compile(job)
        #expect(Self.files(result.written) == Self.kumoLocales.map { "campaign-hero.\($0).batch.jsonl" })
        for path in result.written {
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 1, "\(path): one product, one line")
        }
    }

    @Test func productChecksReportOncePerProductNotOncePerLocale() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let once = Driver().compile(Self.job(locale: "en", out: out)).diagnostics
        let everyLocale = Driver().compile(Self.job(locale: "all", out: out)).diagnostics
        let productFindings = { (diagnostics: [Diagnostic]) in
            diagnostics.filter { $0.location?.file.hasPrefix("products/") == true }.map(\.message)
        }
        #expect(productFindings(everyLocale) == productFindings(once))
    }

    @Test func aBrandOnlyRequestSaysSo() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let brandOnly = Driver().compile(Self.job(locale: "en", products: [], out: out))
        #expect(brandOnly.diagnostics.filter { $0.code == .brandOnly }.count == 1)
        #expect(brandOnly.written.count == 1)
        let withProduct = Driver().compile(Self.job(locale: "en", out: out))
        #expect(!withProduct.diagnostics.contains { $0.code == .brandOnly })
    }
}
