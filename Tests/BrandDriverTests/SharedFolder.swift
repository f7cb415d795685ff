import Foundation

/// The project's shared reference folder: `$BRANDC_SHARED`, else `<package root>/../shared`.
enum SharedFolder {
    static var url: URL? {
        if let path = ProcessInfo.processInfo.environment["BRANDC_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidate = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: candidate.path) ? candidate : nil
    }

    static var sarifSchema: URL? {
        guard let url = url?.appendingPathComponent("conformance/sarif/sarif-schema-2.1.0.json"),
            FileManager.default.fileExists(atPath: url.path)
        else { return nil }
        return url
    }

    /// The Gemma 3 SentencePiece vocabulary Google's SDKs count Gemini tokens with.
    static var geminiVocabulary: URL? {
        guard let url = url?.appendingPathComponent("reference/tokenizers/gemini-gemma3-262k.spm.model"),
            FileManager.default.fileExists(atPath: url.path)
        else { return nil }
        return url
    }
}
