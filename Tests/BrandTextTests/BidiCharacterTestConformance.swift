import BrandText
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
