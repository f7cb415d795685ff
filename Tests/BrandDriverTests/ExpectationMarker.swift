import Foundation

/// An expected diagnostic written in a fixture file as a comment:
/// `# expect: M004 at 6:25` (YAML) or `{{! expect: T002 at 6:35 }}` (Mustache). Line and column are
/// 1-based and refer to the file holding the marker; `expect: A002` without a position is for
/// diagnostics that point at no place in a file (the command line, an output path); such a
/// marker's `file` is empty, since that diagnostic's file is not the fixture.
struct ExpectationMarker: Hashable, CustomStringConvertible {
    var code: String
    var file: String
    var line: Int?
    var column: Int?

    var description: String {
        guard let line, let column else { return "\(code) (no position)" }
        return "\(code) at \(file):\(line):\(column)"
    }

    static func scan(_ text: String, file: String) -> [ExpectationMarker] {
        let pattern = #/expect: ([A-Z][0-9]{3})(?: at ([0-9]+):([0-9]+))?/#
        return text.matches(of: pattern).map { match in
            ExpectationMarker(
                code: String(match.1), file: match.2 == nil ? "" : file, line: match.2.flatMap { Int($0) }, column: match.3.flatMap { Int($0) })
        }
    }
}
