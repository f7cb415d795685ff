import Foundation
import BrandTokens
import Testing

/// Finds OpenAI's o200k_base.tiktoken for the tests: `BRANDC_O200K`, else the user cache folder
/// (`brandc tokenizer install o200k` puts it there; `scripts/setup.sh` builds it offline).
enum O200kFixture {
    static var vocabularyPath: String? {
        if case .found(let path, _) = VocabularyLocator(.o200k).locate(explicitPath: nil) { return path }
        return nil
    }

    /// Whether the vocabulary is at hand; tests that need it are disabled with this as their reason.
    static var isAvailable: Bool { vocabularyPath != nil }
    static let missingReason: Comment =
        "needs o200k_base.tiktoken: run `brandc tokenizer install o200k` (offline: `--from PATH`) or set BRANDC_O200K"

    /// Loaded once per test process.
    static let encoder: O200kEncoder? = vocabularyPath.flatMap { try? O200kEncoder(contentsOf: $0) }

    static var goldens: URL { TokenizerFixture.fixtures.appendingPathComponent("o200k") }

    /// The body of a golden file: everything after its `#` header line.
    static func goldenBody(_ name: String) throws -> String {
        let golden = try String(contentsOf: goldens.appendingPathComponent(name), encoding: .utf8)
        return try #require(golden.split(separator: "\n", maxSplits: 1).last.map(String.init))
    }
}
