import Foundation
import BrandDiagnostics
import BrandImageCheck
import BrandNetwork

/// `check.json` in a build folder: the findings of the last `brandc check OUT_DIR` (or
/// `build --check`), for a report to read. Written atomically, keys sorted, images by key, no
/// timings, so the same images give the same bytes. Shape (docs/image-checks.md):
///
/// ```json
/// {"version": 1,
///  "summary": {"images": 2, "errors": 1, "warnings": 0, "notes": 1},
///  "images": [{"key": "sencha-tin.campaign-hero.ja", "file": "sencha-tin.campaign-hero.ja.png",
///              "attempt": 1,
///              "findings": [{"code": "V011", "name": "text-differs", "severity": "error",
///                            "message": "…", "related": [{"file": "brands/kumo/brand.yaml",
///                            "line": 31, "column": 14, "message": "the headline copy is written here"}]}]}]}
/// ```
enum CheckFindingsFile {
    static let fileName = "check.json"

    static func write(_ images: [CheckedImage], attempts: [String: Int] = [:], in folder: URL) throws {
        let entries: [[String: Any]] = images.sorted { ($0.key, $0.imagePath) < ($1.key, $1.imagePath) }.map { image in
            [
                "key": image.key,
                "file": (image.imagePath as NSString).lastPathComponent,
                "attempt": attempts[image.imagePath] ?? 1,
                "findings": image.diagnostics.map(finding),
            ]
        }
        let all = images.flatMap(\.diagnostics)
        let summary: [String: Any] = [
            "images": images.count,
            "errors": all.filter { $0.severity == .error }.count,
            "warnings": all.filter { $0.severity == .warning }.count,
            "notes": all.filter { $0.severity == .note }.count,
        ]
        let object: [String: Any] = ["version": 1, "summary": summary, "images": entries]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        try AtomicFile.write(Array(data) + [0x0A], to: folder.appendingPathComponent(fileName))
    }

    static func finding(_ diagnostic: Diagnostic) -> [String: Any] {
        var object: [String: Any] = [
            "code": diagnostic.code.id, "name": diagnostic.code.name, "severity": diagnostic.severity.rawValue,
            "message": diagnostic.message,
        ]
        let related: [[String: Any]] = diagnostic.notes.compactMap { note in
            guard let location = note.location else { return nil }
            var entry: [String: Any] = ["file": location.file, "message": note.message]
            if let start = location.start {
                entry["line"] = start.line
                entry["column"] = start.column
            }
            return entry
        }
        if !related.isEmpty { object["related"] = related }
        if let fix = diagnostic.fix { object["fix"] = fix.message }
        return object
    }
}
