import Foundation
import Testing

/// A clean lint means the templates compile: every check compile makes without a product runs in
/// lint too, with the same code, severity and place (issue 14, "Lint must fail what compile fails").
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct LintMatchesCompileTests {
    static let guide = """
        brandc: 1
        identity: {name: Kumo Tea Co.}
        channels:
          hero: {aspect-ratio: "16:9", image-size: 3K}

        """

    /// One way a template or guide can be wrong, and the code both commands must report.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var code: String
        var template: String
        var guide = LintMatchesCompileTests.guide
        var testDescription: String { name }
    }

    static let front = "---\nname: hero\ntarget: gemini-3.1-flash-image\n---\n"

    static let cases: [Case] = [
        Case(name: "unclosed section", code: "T001", template: front + "For {{brand.name}}: {{#product.attributes}}{{name}}\n"),
        Case(name: "mismatched end tag", code: "T001",
             template: front + "{{#product.attributes}}{{name}}{{/product.images}}\n"),
        Case(name: "unclosed tag", code: "T001", template: front + "Show {{product.title} on white.\n"),
        Case(name: "unknown model", code: "M008", template: "---\nname: hero\ntarget: gemini-9-ultra\n---\nHello.\n"),
        Case(name: "aspect ratio no model has", code: "M007",
             template: "---\nname: hero\ntarget: gemini-3.1-flash-image\naspect-ratio: \"7:3\"\n---\nHello.\n"),
        Case(name: "channel aspect ratio as a decimal", code: "M008",
             template: "---\nname: hero\ntarget: gemini-3.1-flash-image\nchannel: hero\n---\nHello.\n",
             guide: "brandc: 1\nidentity: {name: Kumo}\nchannels:\n  hero: {aspect-ratio: 1.5}\n"),
        Case(name: "channel image size the model lacks", code: "M007",
             template: "---\nname: hero\ntarget: gpt-image-1.5\nchannel: hero\n---\nHello.\n"),
    ]

    /// `file:line:column: severity[CODE]` of every diagnostic in human output.
    static func heads(_ text: String) -> Set<String> {
        Set(text.split(separator: "\n").compactMap { line in
            line.firstMatch(of: #/^(\S+:\d+:\d+: (error|warning|note)\[[A-Z]\d{3}\])/#).map { String($0.1) }
        })
    }

    @Test(arguments: cases)
    func lintReportsWhatCompileReports(_ brokenCase: Case) async throws {
        let folder = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let brand = folder.appendingPathComponent("brand.yaml").path
        let template = folder.appendingPathComponent("hero.mustache").path
        try Data(brokenCase.guide.utf8).write(to: URL(fileURLWithPath: brand))
        try Data(brokenCase.template.utf8).write(to: URL(fileURLWithPath: template))

        let compile = try await BrandcProcess.run(
            ["compile", "--brand", brand, "--template", template, "--out", folder.appendingPathComponent("out").path])
        #expect(compile.status == 1, "compile:\n\(compile.stderr)")
        let compiled = Self.heads(compile.stderr).filter { $0.contains("error[") }
        #expect(compiled.contains { $0.contains("error[\(brokenCase.code)]") }, "compile reported \(compiled)")

        for arguments in [["lint", brand, template], ["lint", "--brand", brand, template], ["lint", "--strict", folder.path]] {
            let lint = try await BrandcProcess.run(arguments)
            #expect(lint.status == 1, "\(arguments.joined(separator: " ")):\n\(lint.stdout)")
            let linted = Self.heads(lint.stdout)
            for head in compiled {
                #expect(linted.contains(head), "\(arguments.joined(separator: " ")) lacks \(head); it reported \(linted)")
            }
        }
    }

    /// M007 is an error wherever the size comes from: a channel's `image-size: 3K` is not quietly 1K.
    @Test func aChannelSizeTheModelLacksIsAnErrorNotANote() async throws {
        let folder = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let brand = folder.appendingPathComponent("brand.yaml").path
        let template = folder.appendingPathComponent("hero.mustache").path
        try Data(Self.guide.utf8).write(to: URL(fileURLWithPath: brand))
        try Data("---\nname: hero\ntarget: gemini-3.1-flash-image\nchannel: hero\n---\nHello.\n".utf8)
            .write(to: URL(fileURLWithPath: template))
        let explain = try await BrandcProcess.run(["explain", "M007"])
        #expect(explain.stdout.contains("error"))
        let compile = try await BrandcProcess.run(
            ["compile", "--brand", brand, "--template", template, "--out", folder.appendingPathComponent("out").path])
        #expect(compile.status == 1)
        #expect(compile.stderr.contains("error[M007]"))
        #expect(!compile.stderr.contains("note[M007]"))
    }
}
