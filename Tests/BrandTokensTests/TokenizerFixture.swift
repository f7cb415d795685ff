import BrandTestSupport
import Foundation
import BrandTokens
import Testing

/// Finds shared test material: `BRANDC_SHARED`, else `<package root>/../shared`.
enum TokenizerFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var modelPath: String? { SharedFolder.geminiVocabulary?.path }

    /// Whether the Gemma model is at hand; tests that need it are disabled with this as their reason.
    static var isAvailable: Bool { modelPath != nil }
    static let missingReason: Comment =
        "needs shared/reference/tokenizers/gemini-gemma3-262k.spm.model (set BRANDC_SHARED or check out ../shared)"

    /// Loaded once per test process.
    static let encoder: SentencePieceEncoder? = {
        guard let modelPath else { return nil }
        return try? SentencePieceEncoder(model: SentencePieceModel(contentsOf: modelPath))
    }()

    static var fixtures: URL { packageRoot.appendingPathComponent("Tests/Fixtures/tokens") }
}
