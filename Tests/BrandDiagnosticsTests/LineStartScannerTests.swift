import Testing
import BrandDiagnostics

@Suite struct LineStartScannerTests {
    /// Every way of cutting the text into two pieces, including between CR and LF, gives the line
    /// starts of the whole.
    @Test func piecesGiveTheSameLineStartsAsTheWhole() {
        let text = Array("a\r\nbb\rc\n\r\r\nd\r".utf8)
        let whole = SourceFile(path: "f", bytes: text).lineStarts
        #expect(whole == [0, 3, 6, 8, 9, 11, 13])
        for cut in 0...text.count {
            var scanner = LineStartScanner()
            text[..<cut].withUnsafeBufferPointer { scanner.scan($0) }
            text[cut...].withUnsafeBufferPointer { scanner.scan($0) }
            scanner.finish()
            #expect(scanner.lineStarts == whole, "cut at \(cut)")
            #expect(scanner.offset == text.count)
        }
    }

    @Test func sourceLineSlicesOnlyWithinItself() {
        let file = SourceFile(path: "f", text: "first\nsécond\r\nthird")
        let line = file.line(2)
        #expect(line?.startOffset == 6)
        #expect(line.map { String(decoding: $0.bytes, as: UTF8.self) } == "sécond")
        #expect(line?.bytes(from: 7, to: 9).map { String(decoding: $0, as: UTF8.self) } == "é")
        #expect(line?.bytes(from: 5, to: 8) == nil)
        #expect(line?.bytes(from: 7, to: 20) == nil)
        #expect(file.line(4) == nil)
        #expect(file.line(0) == nil)
    }
}

@Suite struct DiagnosticSinkCountTests {
    @Test func countsFollowReportsAndAppends() {
        let code = DiagnosticCode("Z999", name: "test", summary: "test", severity: .warning)
        var sink = DiagnosticSink()
        sink.report(code, "one", at: nil)
        var error = Diagnostic(code, "two", at: nil)
        error.severity = .error
        sink.report(error)
        var other = DiagnosticSink()
        other.report(error)
        var note = Diagnostic(code, "three", at: nil)
        note.severity = .note
        other.report(note)
        sink.append(contentsOf: other)
        #expect(sink.count(of: .warning) == 1)
        #expect(sink.count(of: .error) == 2)
        #expect(sink.count(of: .note) == 1)
        #expect(sink.hasErrors)
        for severity in Severity.allCases {
            #expect(sink.count(of: severity) == sink.diagnostics.filter { $0.severity == severity }.count)
        }
        #expect(!DiagnosticSink().hasErrors)
    }
}
