@testable import BrandText
import Testing

/// Paragraph direction against BidiCharacterTest.txt: for every line with auto direction (field
/// 2 is `2`), the resolved paragraph level (field 3) must be 1 exactly when we say right-to-left.
@Suite("BidiCharacterTest.txt (needs /usr/share/unicode or BRANDC_UCD)", .enabled(if: UCDFiles.isAvailable))
struct BidiCharacterTestConformance {
    @Test func paragraphDirectionMatchesResolvedParagraphLevelForAutoLines() throws {
        var checked = 0
        var failures: [String] = []
        for line in try UCDFiles.text("BidiCharacterTest.txt").split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            guard fields.count >= 3, fields[1] == "2" else { continue }
            var scalars = String.UnicodeScalarView()
            for hex in fields[0].split(separator: " ") {
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { continue }
                scalars.append(scalar)
            }
            let expectsRightToLeft = fields[2] == "1"
            let direction = paragraphDirection(of: String(scalars))
            if (direction == .rightToLeft) != expectsRightToLeft {
                failures.append(String(line.prefix(80)))
            }
            checked += 1
        }
        // UCD 15.0's file has 28 auto-direction lines (the other ~91,000 fix the direction).
        #expect(checked >= 28, "too few auto-direction lines parsed: \(checked)")
        #expect(failures.isEmpty, "\(failures.count) of \(checked) lines differ, e.g. \(failures.prefix(5))")
    }
}

/// Paragraph direction against BidiTest.txt, which lists bidi class sequences with the paragraph
/// settings (bit 1 auto, bit 2 LTR, bit 4 RTL) that give each set of resolved levels. Where a
/// line's set holds auto and exactly one of LTR and RTL, auto resolved to that direction.
@Suite("BidiTest.txt (needs /usr/share/unicode or BRANDC_UCD)", .enabled(if: UCDFiles.isAvailable))
struct BidiTestConformance {
    @Test func paragraphDirectionOfEveryDecidableLine() throws {
        let classes = Dictionary(uniqueKeysWithValues: BidiClass.allCases.map { ("\($0)", $0) })
        var checked = 0
        var failures: [String] = []
        for line in try UCDFiles.text("BidiTest.txt").split(separator: "\n") {
            guard let first = line.first, first != "#", first != "@" else { continue }
            let fields = line.split(separator: ";")
            guard fields.count == 2, let bits = Int(fields[1].trimmingCharacters(in: .whitespaces)),
                  bits & 1 == 1, bits & 6 == 2 || bits & 6 == 4
            else { continue }
            let sequence = try fields[0].split(separator: " ").map { try #require(classes[String($0)]) }
            let isRightToLeft = paragraphDirection(ofBidiClasses: sequence) == .rightToLeft
            if isRightToLeft != (bits & 6 == 4) { failures.append(String(line)) }
            checked += 1
        }
        #expect(checked > 10_000)
        #expect(failures.isEmpty, "\(failures.count) of \(checked) lines differ, e.g. \(failures.prefix(5))")
    }
}
