import Foundation

/// The project's shared reference folder: `$BRANDC_SHARED`, else `<package root>/../shared`; and
/// the files in it that tests use. Each is `nil` where it is missing, so tests skip with a reason.
public enum SharedFolder {
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var url: URL? {
        if let path = ProcessInfo.processInfo.environment["BRANDC_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let candidate = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: candidate.path) ? candidate : nil
    }

    /// `relative` inside the shared folder, when it exists.
    public static func file(_ relative: String) -> URL? {
        guard let url = url?.appendingPathComponent(relative), FileManager.default.fileExists(atPath: url.path)
        else { return nil }
        return url
    }

    public static var sarifSchema: URL? { file("conformance/sarif/sarif-schema-2.1.0.json") }
    public static var yamlTestSuite: URL? { file("conformance/yaml-test-suite") }
    /// The Gemma 3 SentencePiece vocabulary Google's SDKs count Gemini tokens with.
    public static var geminiVocabulary: URL? { file("reference/tokenizers/gemini-gemma3-262k.spm.model") }
}
