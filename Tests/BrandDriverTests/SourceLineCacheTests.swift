import BrandDiagnostics
import BrandReporters
import Foundation
import Testing

@testable import BrandDriver

@Suite struct SourceLineCacheTests {
    /// A file on disk: lines with LF, CR LF and a lone CR, non-ASCII text, an empty line, and the empty
    /// line after the last terminator (where a diagnostic about the end of the file points).
    private func writeSample() throws -> (path: String, file: SourceFile) {
        let text = "id,title\r\nA-1,caf\u{E9} \u{65E5}\u{672C}\n\nA-2,x\rA-3,last\n"
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("brandc-lines-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (path, SourceFile(path: path, text: text))
    }

    @Test func linesReadFromDiskEqualTheWholeFilesLines() throws {
        let sample = try writeSample()
        defer { try? FileManager.default.removeItem(atPath: sample.path) }
        let indexed = try #require(IndexedSourceFile(path: sample.path))
        #expect(indexed.lineStarts == sample.file.lineStarts)
        for number in 0...(sample.file.lineCount + 1) {
            #expect(indexed.line(number) == sample.file.line(number), "line \(number)")
        }
        #expect(IndexedSourceFile(path: sample.path + ".missing") == nil)
    }

    /// Diagnostics rendered with the cache read from disk equal those rendered from the whole file in
    /// memory, in every format, including a fix-it's replaced text.
    @Test func renderingFromDiskEqualsRenderingFromMemory() throws {
        let sample = try writeSample()
        defer { try? FileManager.default.removeItem(atPath: sample.path) }
        let code = DiagnosticCode("Z998", name: "sample", summary: "A sample.", severity: .warning)
        let file = sample.file
        let diagnostics = (1...file.lineCount).flatMap { line in
            let start = file.position(line: line, column: 1)
            let end = file.position(line: line, column: 4)
            let location = SourceLocation(file: sample.path, range: SourceRange(start: start, end: end))
            let fix = FixSuggestion("use X", replacement: TextReplacement(at: location, with: "X"))
            return [Diagnostic(code, "on line \(line)", at: location, fix: fix), Diagnostic(code, "again", at: location)]
        }
        let memory = RenderContext(files: [file], catalog: [code], tool: ToolInfo(version: "1"),
            options: RenderOptions(columnWidth: Driver.columnWidth))
        for format in DiagnosticFormat.allCases {
            let fromDisk = Driver.render(diagnostics, as: format, toolVersion: "1", catalog: [code])
            var fromMemory = format.renderer.render(diagnostics, context: memory)
            if format == .human { fromMemory += HumanRenderer.summaryLine(for: diagnostics, useColor: false) + "\n" }
            #expect(fromDisk == fromMemory, "\(format)")
        }
        #expect(Driver.render(diagnostics, as: .human, toolVersion: "1").contains("caf\u{E9}"))
    }
}
