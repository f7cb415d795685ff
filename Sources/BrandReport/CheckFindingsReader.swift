import Foundation

/// Reads the image checks' results (`check.json` in the build folder, written by `brandc check`)
/// into findings per image file name. The one place that knows that file's shape: brandc's JSON
/// diagnostics, either the renderer's `{"diagnostics": […]}` object or a bare array, each
/// diagnostic's `location.file` naming the image (a path whose last component is the file name).
public struct CheckFindingsReader: Sendable {
    public static let fileName = "check.json"

    public init() {}

    /// `nil` when the folder has no results (no checks ran); otherwise findings by image file name.
    /// A file that does not parse is reported in `problem` and counts as no checks run.
    public func findings(in buildFolder: URL) -> (byImage: [String: [ReportFinding]]?, problem: String?) {
        let url = buildFolder.appendingPathComponent(Self.fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return (nil, nil) }
        let decoder = JSONDecoder()
        let diagnostics: [Entry]
        if let object = try? decoder.decode(Wrapped.self, from: data) {
            diagnostics = object.diagnostics
        } else if let array = try? decoder.decode([Entry].self, from: data) {
            diagnostics = array
        } else {
            return (nil, "\(url.path) is not a list of brandc JSON diagnostics; image checks are not shown")
        }
        var byImage: [String: [ReportFinding]] = [:]
        for entry in diagnostics {
            let image = entry.location.map { URL(fileURLWithPath: $0.file).lastPathComponent } ?? ""
            byImage[image, default: []].append(ReportFinding(code: entry.code, severity: entry.severity, message: entry.message))
        }
        return (byImage, nil)
    }

    struct Wrapped: Decodable {
        var diagnostics: [Entry]
    }

    struct Entry: Decodable {
        var code: String
        var severity: String
        var message: String
        var location: Location?
    }

    struct Location: Decodable {
        var file: String
    }
}
