import Foundation
import Testing
import BrandDiagnostics
@testable import BrandDriver
import BrandImageCheck
import BrandImages
import BrandNetwork
import BrandReport
import BrandTestSupport

/// `Driver.report` over a real build folder layout: a journal written by the build's own journal
/// type, a real PNG, a caption and an answer file; prompts assembled from the bundled examples.
@Suite struct DriverReportTests {
    let root = SharedFolder.packageRoot.path

    func compileJob(_ out: URL, locale: String = "ja") -> CompileJob {
        CompileJob(brand: root + "/brands/kumo/brand.yaml", template: root + "/templates/campaign-hero.mustache",
                   products: [root + "/products/kumo/sencha-tin.yaml"], locale: locale, outputDirectory: out.path)
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Records `name` as built: its image (the Kumo logo, a real PNG), caption and answer.
    func recordBuilt(_ name: String, in folder: URL, attempts: Int = 1) async throws {
        let image = try Data(contentsOf: URL(fileURLWithPath: root + "/brands/kumo/assets/logo.png"))
        try image.write(to: folder.appendingPathComponent("\(name).png"))
        try Data("A tea tin, photographed on washi.\n".utf8).write(to: folder.appendingPathComponent("\(name).txt"))
        try Data("{}\n".utf8).write(to: folder.appendingPathComponent("\(name).response.json"))
        let journal = try SubmissionJournal(folder: folder)
        try await journal.append(JournalRecord(
            key: name, hash: "h", state: .succeeded,
            files: [OutputFile(name: "\(name).png", sha256: RequestHash.sha256(Array(image)), bytes: image.count),
                    OutputFile(name: "\(name).txt", sha256: "t", bytes: 1),
                    OutputFile(name: "\(name).response.json", sha256: "r", bytes: 3)],
            usage: Usage(inputTokens: 812, outputTokens: 1290), cost: 0.0671, attempts: attempts))
        try await journal.append(JournalRecord(key: "gone.campaign-hero.ja", hash: "g", state: .failed,
                                               reason: "blocked (IMAGE_SAFETY)", retriable: false, attempts: 1))
        await journal.close()
    }

    @Test func compileOnlyFolderShowsPromptsAndRequests() throws {
        let out = try temporaryFolder()
        let outcome = try Driver().report(ReportJob(buildFolder: out.path, compiles: [compileJob(out)], thumbnailer: nil))
        #expect(outcome.diagnostics.filter { $0.severity == .error }.isEmpty)
        let card = try #require(outcome.document.cards.first)
        #expect(outcome.document.cards.count == 1)
        #expect(card.status == .compiled)
        #expect(card.locale == "ja")
        #expect(card.template == "campaign-hero")
        #expect(card.prompt?.isEmpty == false)
        #expect(card.textBlocks.contains { $0.script == "Jpan" })
        #expect(card.budget.map { $0.used > 0 && $0.available > 0 } == true)
        let request = out.appendingPathComponent("report/\(try #require(card.requestFile))")
        #expect(FileManager.default.fileExists(atPath: request.path))
        let html = try String(contentsOfFile: outcome.file, encoding: .utf8)
        #expect(html.contains("href=\"requests/\(card.name).json\""))
    }

    @Test func builtRequestsJoinTheirPromptsAndFiles() async throws {
        let out = try temporaryFolder()
        let name = try Driver().report(ReportJob(buildFolder: out.path, compiles: [compileJob(out)], thumbnailer: nil)).document.cards[0].name
        try await recordBuilt(name, in: out, attempts: 2)
        let outcome = try Driver().report(ReportJob(buildFolder: out.path, compiles: [compileJob(out)], thumbnailer: ImageThumbnailer()))
        let cards = Dictionary(uniqueKeysWithValues: outcome.document.cards.map { ($0.name, $0) })
        let built = try #require(cards[name])
        #expect(built.status == .succeeded)
        #expect(built.image == "../\(name).png")
        #expect(built.caption == "A tea tin, photographed on washi.\n")
        #expect(built.cost == 0.0671 && !built.costIsEstimate)
        #expect(built.inputTokens == 812)
        #expect(built.prompt != nil)
        let failed = try #require(cards["gone.campaign-hero.ja"])
        #expect(failed.status == .failed && failed.failureReason == "blocked (IMAGE_SAFETY)")
        #expect(failed.product == "gone" && failed.locale == "ja" && failed.template == "campaign-hero")
        let totals = outcome.document.totals
        #expect(totals.images == 1 && totals.failures == 1 && totals.retries == 1)
        let thumbnail = try #require(built.thumbnail)
        let small = try ImageDecoder().decodeFile(atPath: out.appendingPathComponent("report/" + thumbnail).path)
        #expect(small.format == .jpeg && max(small.width, small.height) <= 320)
    }

    @Test func secondReportIsByteIdenticalAndMakesNoNewThumbnail() async throws {
        let out = try temporaryFolder()
        let name = try Driver().report(ReportJob(buildFolder: out.path, compiles: [compileJob(out)], thumbnailer: nil)).document.cards[0].name
        try await recordBuilt(name, in: out)
        let counting = CountingThumbnailer(real: ImageThumbnailer())
        let first = try Driver().report(ReportJob(buildFolder: out.path, compiles: [compileJob(out)], thumbnailer: counting))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: first.file))
        let second = try Driver().report(ReportJob(buildFolder: out.path, compiles: [compileJob(out)], thumbnailer: counting))
        #expect(try Data(contentsOf: URL(fileURLWithPath: second.file)) == bytes)
        #expect(counting.calls.value == 1)
    }

    @Test func findingsFromCheckJSONLandOnTheirCard() async throws {
        let out = try temporaryFolder()
        let name = try Driver().report(ReportJob(buildFolder: out.path, compiles: [compileJob(out)], thumbnailer: nil)).document.cards[0].name
        try await recordBuilt(name, in: out)
        let finding = Diagnostic(.aspectRatioMismatch, "the image is 1:1, the template asks for 4:5", at: nil)
        try CheckFindingsFile.write([CheckedImage(key: name, imagePath: out.appendingPathComponent("\(name).png").path,
                                                  diagnostics: [finding], seconds: 0)], in: out)
        let outcome = try Driver().report(ReportJob(buildFolder: out.path, thumbnailer: nil))
        #expect(outcome.document.checksRan)
        #expect(outcome.document.cards.first { $0.name == name }?.findings.map(\.code) == ["V003"])
    }

    @Test func reportElsewhereLinksBackIntoTheBuildFolder() async throws {
        let out = try temporaryFolder()
        try await recordBuilt("x.t.en", in: out)
        let elsewhere = try temporaryFolder().appendingPathComponent("sub/page.html")
        let outcome = try Driver().report(ReportJob(buildFolder: out.path, reportFile: elsewhere.path, thumbnailer: nil))
        let image = try #require(outcome.document.cards.first { $0.name == "x.t.en" }?.image)
        let resolved = elsewhere.deletingLastPathComponent().appendingPathComponent(image).standardizedFileURL
        #expect(resolved.path == out.appendingPathComponent("x.t.en.png").standardizedFileURL.path)
    }
}

/// The real thumbnailer, counted: how many thumbnails were actually made.
final class CountingThumbnailer: Thumbnailer, @unchecked Sendable {
    let real: ImageThumbnailer
    let calls = Counter()
    init(real: ImageThumbnailer) { self.real = real }
    var identity: String { real.identity }
    var fileExtension: String { real.fileExtension }
    func makeThumbnail(of source: URL, at destination: URL, size: Int) throws {
        calls.increment()
        try real.makeThumbnail(of: source, at: destination, size: size)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
