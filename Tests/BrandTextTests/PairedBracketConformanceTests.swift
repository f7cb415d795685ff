@testable import BrandText
import Testing

/// The internal paired-bracket lookup (with its ASCII shortcut) against BidiBrackets.txt.
@Suite("BidiBrackets conformance (needs /usr/share/unicode or BRANDC_UCD)", .enabled(if: UCDFiles.isAvailable))
struct PairedBracketConformanceTests {
    @Test func pairedBracketOfEveryCodePointMatchesBidiBrackets() throws {
        var expected: [UInt32: (partner: UInt32, isOpening: Bool)] = [:]
        for (first, _, fields) in try UCDFiles.ranges("BidiBrackets.txt").data {
            let partner = try #require(UInt32(fields[0], radix: 16))
            expected[first] = (partner, fields[1] == "o")
        }
        #expect(expected.count > 100)
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bracket = PairedBracket(scalar)
            let wanted = expected[value]
            if bracket?.partner != wanted?.partner || bracket?.isOpening != wanted?.isOpening {
                mismatches.append(String(value, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "U+\(mismatches.prefix(10))")
    }
}
