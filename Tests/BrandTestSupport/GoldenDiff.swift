/// The lines in which a golden file and an output differ, for a failure message or a regeneration
/// log: numbered, `-` for the golden file and `+` for the output, escapes, CR and tabs made visible.
enum GoldenDiff {
    static let maximumLines = 20

    static func lines(expected: some Collection<UInt8>, actual: some Collection<UInt8>) -> String {
        let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? visible(old[index]) : "<no line>"
            let after = index < new.count ? visible(new[index]) : "<no line>"
            guard before != after else { continue }
            report.append("line \(index + 1):\n- \(before)\n+ \(after)")
            if report.count == maximumLines {
                report.append("…")
                break
            }
        }
        return report.isEmpty ? "same lines, different bytes" : report.joined(separator: "\n")
    }

    private static func visible(_ line: Substring) -> String {
        line.unicodeScalars.map { scalar in
            switch scalar {
            case "\u{1B}": "\\e"
            case "\r": "\\r"
            case "\t": "\\t"
            default: String(scalar)
            }
        }.joined()
    }
}
