import Foundation

/// The shape of `check.json` in a build folder, as `brandc check` writes it (BrandDriver's
/// `CheckFindingsFile`, docs/image-checks.md): a version, a summary, and per checked image its key,
/// file name, attempt and findings. Decoding only what the report shows; unknown keys are ignored.
public struct CheckResultsDocument: Codable, Sendable, Equatable {
    public var version: Int
    public var summary: Summary
    public var images: [Image]

    public struct Summary: Codable, Sendable, Equatable {
        public var images: Int
        public var errors: Int
        public var warnings: Int
        public var notes: Int
    }

    public struct Image: Codable, Sendable, Equatable {
        public var key: String
        public var file: String
        public var attempt: Int
        public var findings: [Finding]
    }

    public struct Finding: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        public var severity: String
        public var message: String
        public var fix: String?
    }
}

/// Reads the image checks' results (`check.json` in the build folder, written by `brandc check`)
/// into findings per image file name.
public struct CheckFindingsReader: Sendable {
    public static let fileName = "check.json"
    /// The `version` of `check.json` this reader understands.
    public static let supportedVersion = 1

    public init() {}

    /// `nil` when the folder has no results (no checks ran); otherwise findings by image file name
    /// (an image checked with no findings maps to an empty list). A file that does not parse, or of
    /// another version, is reported in `problem` and counts as no checks run.
    public func findings(in buildFolder: URL) -> (byImage: [String: [ReportFinding]]?, problem: String?) {
        let url = buildFolder.appendingPathComponent(Self.fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return (nil, nil) }
        let document: CheckResultsDocument
        do {
            document = try JSONDecoder().decode(CheckResultsDocument.self, from: data)
        } catch {
            return (nil, "\(url.path) is not a brandc check.json (\(Self.describe(error))); image checks are not shown")
        }
        guard document.version == Self.supportedVersion else {
            return (nil, "\(url.path) has version \(document.version), this brandc reads version \(Self.supportedVersion); image checks are not shown")
        }
        var byImage: [String: [ReportFinding]] = [:]
        for image in document.images {
            byImage[image.file, default: []] += image.findings.map {
                ReportFinding(code: $0.code, severity: $0.severity, message: $0.message)
            }
        }
        return (byImage, nil)
    }

    private static func describe(_ error: Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .keyNotFound(let key, let context):
            return "missing \((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "bad value at \(path)"
        @unknown default:
            return "\(error)"
        }
    }
}
