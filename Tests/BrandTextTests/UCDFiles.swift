import Foundation

/// The Unicode Character Database files the conformance tests read: `BRANDC_UCD` if set, else
/// /usr/share/unicode (Debian's `unicode-data`, installed by scripts/setup.sh).
enum UCDFiles {
    static let directory: String = ProcessInfo.processInfo.environment["BRANDC_UCD"] ?? "/usr/share/unicode"

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory + "/Scripts.txt")
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
    }

    /// The data lines of a UCD file as (first, last, fields after the code points), plus its
    /// `# @missing:` lines in the same shape, parsed independently of the generator.
    static func ranges(_ name: String) throws -> (data: [(UInt32, UInt32, [String])], missing: [(UInt32, UInt32, [String])]) {
        var data: [(UInt32, UInt32, [String])] = []
        var missing: [(UInt32, UInt32, [String])] = []
        for line in try text(name).split(separator: "\n", omittingEmptySubsequences: true) {
            var content = Substring(line)
            var isMissing = false
            if content.hasPrefix("# @missing:") {
                content = content.dropFirst("# @missing:".count)
                isMissing = true
            } else if content.hasPrefix("#") {
                continue
            }
            let body = content.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let fields = body.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2 else { continue }
            let bounds = fields[0].components(separatedBy: "..")
            guard let first = UInt32(bounds[0], radix: 16), let last = UInt32(bounds.last ?? "", radix: 16) else {
                continue
            }
            let entry = (first, last, Array(fields.dropFirst()))
            if isMissing { missing.append(entry) } else { data.append(entry) }
        }
        return (data, missing)
    }

    /// Property value aliases of one property: every spelling -> short name.
    static func shortNames(of property: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for line in try text("PropertyValueAliases.txt").split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "#")[0].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 3, fields[0] == property else { continue }
            for name in fields.dropFirst() { result[name] = fields[1] }
        }
        return result
    }
}
