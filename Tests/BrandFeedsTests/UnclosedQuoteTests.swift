import BrandDiagnostics
import BrandFeeds
import Foundation
import Testing

/// A CSV quote that never closes used to swallow the rest of the file: "read 2 rows", no error,
/// 198 products gone. It is one bad row now, and reading goes on at the next line.
struct UnclosedQuoteTests {
    func feed(_ lines: [String], name: String = "feed.csv") throws -> (path: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brandfeeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        return (file.path, folder)
    }

    @Test func anUnclosedQuoteCostsOnlyItsOwnRow() throws {
        var lines = ["id,title,description"] + (1...200).map { "C\($0),Title \($0),A product." }
        lines[2] = #"C2,"Broken title,A product."#
        let (path, folder) = try feed(lines)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = FeedFixture.read(path)
        #expect(run.products.count == 199)
        #expect(run.product("C1") != nil && run.product("C3") != nil && run.product("C200") != nil)
        let bad = run.diagnostics(.feedBadRow)
        #expect(bad.count == 1)
        #expect(bad.first?.severity == .error)
        #expect(bad.first?.line == 3)
        #expect(bad.first?.message.contains("never closed") == true)
        #expect(bad.first?.notes.first?.location?.range?.start.column == 4)
        #expect(run.summary.rowsRead == 200)
        #expect(run.summary.diagnostic(file: path).message == "read 200 rows: 199 products, 1 row skipped")
    }

    /// A quoted field may span lines when it is closed: that stays one row.
    @Test func aClosedMultiLineFieldIsStillOneRow() throws {
        let (path, folder) = try feed(["id,title,description", #"M1,Title,"Two"#, #"lines""#, "M2,Other,Plain"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = FeedFixture.read(path)
        #expect(run.products.map(\.id.value) == ["M1", "M2"])
        #expect(run.diagnostics(.feedBadRow).isEmpty)
    }
}
