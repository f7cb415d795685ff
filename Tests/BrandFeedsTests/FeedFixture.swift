import BrandDiagnostics
import BrandFeeds
import BrandModel
import Foundation

/// Reads fixtures under `Tests/Fixtures/feeds/` (written by its `make-fixtures.py`).
enum FeedFixture {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/feeds")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Every item of a feed, with the products, all diagnostics and the summary.
    static func read(_ path: String, mapping: FeedMapping = .standard, shard: Shard = .whole) -> FeedRun {
        var iterator = FeedReader(path: path, mapping: mapping, shard: shard).makeIterator()
        var run = FeedRun()
        while let item = iterator.next() {
            if let product = item.product { run.products.append(product) }
            run.diagnostics += item.diagnostics
        }
        run.summary = iterator.summary
        return run
    }

    /// The physical line (1-based) and code-point column of the first occurrence of `needle`,
    /// counted here independently of the reader: lines end at CR LF, LF or CR only.
    static func position(of needle: String, in path: String) -> (line: Int, column: Int)? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var text = String(decoding: data, as: UTF8.self)
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let scalars = Array(line)
            let target = Array(needle.unicodeScalars)
            guard scalars.count >= target.count else { continue }
            for start in 0...(scalars.count - target.count) where Array(scalars[start..<(start + target.count)]) == target {
                return (index + 1, start + 1)
            }
        }
        return nil
    }
}

struct FeedRun {
    var products: [ProductRecord] = []
    var diagnostics: [Diagnostic] = []
    var summary = FeedSummary()

    func product(_ id: String) -> ProductRecord? { products.first { $0.id.value == id } }

    func diagnostics(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.filter { $0.code == code } }

    func attribute(_ name: String, of id: String) -> String? {
        product(id)?.attributes.first { $0.name.value == name }?.value.value
    }
}

extension Diagnostic {
    var line: Int? { location?.range?.start.line }
    var column: Int? { location?.range?.start.column }
}
