import BrandChecks

/// A rule example split into its files (brand guide, then optional `=== product` and
/// `=== template` parts), with each `↓` marker taken out and turned into the place it marks.
///
/// Places are computed here from the text alone, not with `SourceFile`, so the test does not
/// trust the code it checks: `offset` counts UTF-8 bytes from the file's start, `line` counts LF
/// (a CR before it belongs to the line), `column` counts Unicode scalars from the line's start. A
/// byte order mark at the file's start counts in `offset` but is no column, as editors show it.
struct MarkedExample {
    /// Where a finding must start.
    struct Place: Hashable, Comparable, CustomStringConvertible {
        var file: String
        var line: Int
        var column: Int
        var offset: Int

        var description: String { "\(file):\(line):\(column) (byte \(offset))" }

        static func < (lhs: Place, rhs: Place) -> Bool {
            (lhs.file, lhs.offset, lhs.line, lhs.column) < (rhs.file, rhs.offset, rhs.line, rhs.column)
        }
    }

    static let brand = "brand.yaml"
    static let product = "product.yaml"
    static let template = "template.mustache"

    /// Each file's text, markers removed.
    var files: [String: String] = [:]
    /// The marked places, in file and offset order.
    var places: [Place] = []

    /// Splits `example` into files; `transform` rewrites each file's marked text first (the
    /// markers move with the text they sit in).
    init(_ example: String, transform: (_ file: String, _ text: String) -> String = { $1 }) {
        for (file, marked) in Self.parts(of: example) {
            let (text, places) = Self.strip(transform(file, marked), file: file)
            files[file] = text
            self.places += places
        }
        places.sort()
    }

    /// The files of an example, marked text as written.
    static func parts(of example: String) -> [(String, String)] {
        var parts: [(String, String)] = []
        var current = brand
        var lines: [Substring] = []
        for line in example.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("=== ") {
                parts.append((current, lines.joined(separator: "\n") + "\n"))
                current = line.dropFirst(4) == "product" ? product : template
                lines = []
            } else {
                lines.append(line)
            }
        }
        parts.append((current, lines.joined(separator: "\n") + "\n"))
        return parts
    }

    /// The text without markers, and the place of each marker in that text.
    static func strip(_ marked: String, file: String) -> (String, [Place]) {
        var text = ""
        var places: [Place] = []
        var offset = 0
        var line = 1
        var column = 1
        for scalar in marked.unicodeScalars {
            if scalar == RuleExamples.positionMarker {
                places.append(Place(file: file, line: line, column: column, offset: offset))
                continue
            }
            text.unicodeScalars.append(scalar)
            offset += String(scalar).utf8.count
            if scalar == "\n" {
                line += 1
                column = 1
            } else if !(scalar == "\u{FEFF}" && offset == 3) {
                column += 1
            }
        }
        return (text, places)
    }
}
