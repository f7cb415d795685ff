import Foundation
import Testing
import BrandReport
import BrandTestSupport

/// The report and the watch page in a real browser: Debian's Chromium driven by Playwright, through
/// the Python scripts in Tests/Browser. Where either is missing the scripts exit 77 and the test
/// says so on standard output (scripts/setup.sh installs both).
@Suite(.serialized) struct BrowserTests {
    static let root = SharedFolder.packageRoot
    static let skipStatus: Int32 = 77

    /// Runs a browser script; `nil` when it could not run here (the message is printed).
    func runScript(_ name: String, _ arguments: [String]) async throws -> (status: Int32, output: String)? {
        let run = try await Python.run([Self.root.appendingPathComponent("Tests/Browser/\(name)").path] + arguments)
        print(run.output)
        if run.status == Self.skipStatus {
            print("BrowserTests: SKIPPED \(name): \(run.output.split(separator: "\n").first ?? "")")
            return nil
        }
        return run
    }

    /// 130 cards: locales cycling en, ja, ar; the Arabic ones with a finding; card 0 named `<script>…`.
    func writeReport(in folder: URL) throws -> URL {
        let logo = try Data(contentsOf: Self.root.appendingPathComponent("brands/kumo/assets/logo.png"))
        var cards: [ReportCard] = []
        for index in 0..<130 {
            let locale = ["en", "ja", "ar"][index % 3]
            let name = String(format: "p%03d.campaign-hero.%@", index, locale)
            try logo.write(to: folder.appendingPathComponent(name + ".png"))
            var card = ReportCard(name: name, product: index == 0 ? "<script>window.__pwned=1</script>" : "product \(index)", status: .succeeded)
            card.locale = locale
            card.template = index % 2 == 0 ? "campaign-hero" : "tall-banner"
            card.route = "google/nano-banana-2"
            card.image = "../\(name).png"
            card.cost = 0.067
            card.budget = ReportBudget(used: 900, available: 30_000, inputLimit: 32_768)
            switch locale {
            case "ar":
                card.textBlocks = [ReportTextBlock(role: "headline", text: "ربيع شيزوكا في كوب واحد", language: "ar", script: "Arab",
                                                   direction: "rtl", font: "Noto Naskh Arabic")]
                card.findings = [ReportFinding(code: "I300", severity: "warning", message: "headline hard to read")]
            case "ja":
                card.textBlocks = [ReportTextBlock(role: "headline", text: "静岡の春を、一杯に。", language: "ja", script: "Jpan",
                                                   direction: "ltr", font: "Noto Sans CJK JP", layout: "vertical")]
            default:
                card.textBlocks = [ReportTextBlock(role: "headline", text: "Shizuoka's spring, in one cup.", language: "en", script: "Latn", direction: "ltr")]
            }
            cards.append(card)
        }
        let report = folder.appendingPathComponent("report/index.html")
        try FileManager.default.createDirectory(at: report.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(ReportHTMLWriter().html(ReportDocument(title: "browser test", cards: cards, checksRan: true)).utf8).write(to: report)
        return report
    }

    @Test func reportFiltersPagesAndLaysOutEveryScript() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-report-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let report = try writeReport(in: folder)
        guard let run = try await runScript("report_page.py", [report.path, folder.appendingPathComponent("report.png").path]) else { return }
        #expect(run.status == 0, "\(run.output)")
    }

    @Test func watchPageFollowsSavesAndKeepsTheLastGoodPreview() async throws {
        guard BrandcExecutable.isAvailable else {
            Issue.record("no built brandc; run swift build --build-tests")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-watch-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("products"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("brands"), to: folder.appendingPathComponent("brands"))
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("templates"), to: folder.appendingPathComponent("templates"))
        for file in ["sencha-tin.yaml", "sencha-tin.png"] {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent("products/kumo/\(file)"),
                                             to: folder.appendingPathComponent("products/\(file)"))
        }
        let product = folder.appendingPathComponent("products/sencha-tin.yaml")
        let running = try BrandcExecutable.start(
            ["watch", "--brand", folder.appendingPathComponent("brands/kumo/brand.yaml").path,
             "--template", folder.appendingPathComponent("templates/campaign-hero.mustache").path,
             "--product", product.path, "--locale", "ja"], logs: folder)
        defer { running.kill() }
        let url = try #require(try await WatchProcess.waitForURL(running, logs: folder))
        guard let run = try await runScript("watch_page.py", [url, product.path]) else { return }
        #expect(run.status == 0, "\(run.output)")
    }
}
