import BrandTestSupport
import Foundation
import Testing

/// Every `brandc` command in the README and docs/ runs as written (pipes, redirections and all) on
/// a copy of the bundled examples, in document order, against a fake provider on 127.0.0.1 that
/// speaks each endpoint's wire format, and ends as the docs promise. The few that cannot run here
/// are listed with the reason.
@Suite(.enabled(if: BrandcExecutable.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct DocumentedCommandsTests {
    /// The documents read, in the order their commands run (later ones use earlier outputs, as a
    /// reader following them would).
    static var documents: [String] {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: BrandcExecutable.packageRoot.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }

    static func commands() throws -> [DocumentedCommand] {
        try documents.flatMap { document in
            let text = try String(contentsOf: BrandcExecutable.packageRoot.appendingPathComponent(document), encoding: .utf8)
            return DocumentedCommand.all(in: text, file: document)
        }
    }

    /// Commands not run, by their text as written, and why.
    static let notRun: [String: String] = [
        "brandc tokenizer install gemini": "downloads from GitHub; the `--from` line below it installs a local copy through the same check",
        "brandc watch --brand brands/kumo/brand.yaml --template templates/campaign-hero.mustache --product products/kumo/sencha-tin.yaml --locale ja":
            "serves a live page until stopped; WatchProcessTests runs it and stops it",
    ]

    /// Whether a command ended as the docs promise: with success, or, for `check` and
    /// `build --check`, with exit 1 when every error is an image-check finding (V codes): the fake
    /// provider's images carry no text, and finding that is the check's purpose.
    /// A command whose output goes to a file (`> check.sarif`) shows no codes; that file is then
    /// what must hold the findings.
    static func endedAsDocumented(_ command: DocumentedCommand, status: Int32, output: String) -> Bool {
        if status == 0 { return true }
        let checks = command.text.hasPrefix("brandc check ") || command.text.contains(" --check")
        guard checks, status == 1 else { return false }
        let codes = output.matches(of: /(?:error\[|"ruleId" *: *")([A-Z]+[0-9]+)/).map { String($0.output.1) }
        return !codes.isEmpty && codes.allSatisfy { $0.hasPrefix("V") }
    }

    /// What a command printed, or wrote to the file it redirects its standard output to.
    static func output(of command: DocumentedCommand, _ outcome: BrandcExecutable.Result, in workspace: DocsWorkspace) -> String {
        guard let redirect = command.text.firstMatch(of: /> *([^ |>]+)$/) else { return outcome.stdout + outcome.stderr }
        let file = workspace.root.appendingPathComponent(String(redirect.output.1))
        return ((try? String(contentsOf: file, encoding: .utf8)) ?? "") + outcome.stderr
    }

    @Test func everyDocumentedCommandRunsAsWritten() async throws {
        let commands = try Self.commands()
        // The README alone shows over twenty; a parser that found none would pass vacuously.
        #expect(commands.count >= 30, "found only \(commands.count) documented commands")
        let workspace = try DocsWorkspace()
        defer { workspace.remove() }
        let edits = FakeEditService()
        // The batch service answers its own paths; every other request goes to the edit service
        // (generateContent, images/edits) or the plain wire formats (countTokens, images/generations).
        let routed = FakeBatchService(script: ["BATCH_STATE_SUCCEEDED"], fault: { request, _ in
            if Self.isBatchPath(request.path) { return nil }
            if request.path.hasSuffix(":generateContent") || request.path.hasSuffix("/v1/images/edits") { return edits.answer(request) }
            return FakeProvider.wireFormats(request, 1)
        })
        let provider = try await routed.start()
        let environment = ["GEMINI_API_KEY": Fixtures.key, "OPENAI_API_KEY": Fixtures.key, "BRANDC_BASE_URL": provider.baseURL]

        var ran = 0
        for command in commands {
            if let reason = Self.notRun[command.text] {
                print("not run: \(command) — \(reason)")
                continue
            }
            if command.text.contains(DocsWorkspace.vocabularyCopy), DocsWorkspace.installedO200k == nil {
                print("not run: \(command) — needs o200k_base.tiktoken in the user cache (scripts/setup.sh installs it)")
                continue
            }
            let outcome = try await workspace.run(command.expanded, environment: environment)
            ran += 1
            #expect(Self.endedAsDocumented(command, status: outcome.status, output: Self.output(of: command, outcome, in: workspace)),
                    "\(command)\nran: \(command.expanded)\nexit \(outcome.status)\n\(outcome.stderr.suffix(2000))")
            #expect(!outcome.stdout.contains(Fixtures.key) && !outcome.stderr.contains(Fixtures.key), "\(command) printed the key")
        }
        #expect(ran >= commands.count - Self.notRun.count - 1)
        #expect(!provider.requests.isEmpty, "no documented command reached the provider")
        await provider.stop()
    }

    static func isBatchPath(_ path: String) -> Bool {
        path.hasPrefix("/upload/") || path.hasPrefix("/download/") || path.hasPrefix("/v1beta/batches/")
            || path.hasSuffix(":batchGenerateContent")
    }

    @Test func documentedCommandsAreFoundAsTheReaderSeesThem() {
        let markdown = """
            Some prose with brandc lint inline, not a command.
            ```sh
            $ brandc lint brands   # every problem
            brandc compile ... --route openai/gpt-image-1.5 \\
                --emit curl
            echo brandc not first
            ```
            brandc outside a block
            """
        let commands = DocumentedCommand.all(in: markdown, file: "x.md")
        #expect(commands.map(\.text) == ["brandc lint brands", "brandc compile ... --route openai/gpt-image-1.5 --emit curl"])
        #expect(commands.map(\.line) == [3, 4])
        #expect(commands[1].expanded.contains("--brand brands/kumo/brand.yaml --template templates/campaign-hero.mustache --product"))
        #expect(DocumentedCommand(file: "", line: 1, text: "brandc build --brand … --feed a.csv").expanded
            == "brandc build --brand brands/kumo/brand.yaml --feed a.csv")
        #expect(DocumentedCommand.withoutComment(#"brandc edit turn cup "make it #1" # note"#) == #"brandc edit turn cup "make it #1""#)
    }
}
