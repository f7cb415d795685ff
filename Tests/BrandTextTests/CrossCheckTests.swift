import BrandText
import Foundation
import Testing

/// An independent oracle: ICU's property tables through NSRegularExpression `\p{…}`. ICU follows a
/// newer Unicode (16+), so only code points assigned in 15.0 or earlier are compared, sampled
/// every 7th code point of the BMP and every 61st above it.
@Suite struct CrossCheckTests {
    /// Scalars assigned by Unicode 15.0 (by the stdlib's `age`), excluding surrogates.
    static let sample: [Unicode.Scalar] = {
        let bmp = stride(from: 0, to: 0x10000, by: 7)
        let astral = stride(from: 0x10000, to: 0x110000, by: 61)
        return (Array(bmp) + Array(astral)).compactMap { value -> Unicode.Scalar? in
            guard let scalar = Unicode.Scalar(UInt32(value)), let age = scalar.properties.age,
                  age.major < 15 || (age.major == 15 && age.minor == 0)
            else { return nil }
            return scalar
        }
    }()

    /// Matches one scalar against `\p{property=value}`, compiling each pattern once.
    final class Oracle: @unchecked Sendable {
        private var patterns: [String: NSRegularExpression] = [:]

        func matches(_ scalar: Unicode.Scalar, _ property: String) throws -> Bool {
            let pattern = "^\\p{\(property)}$"
            let regex = try patterns[pattern] ?? NSRegularExpression(pattern: pattern)
            patterns[pattern] = regex
            let text = String(Character(scalar))
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }

    @Test func scriptAgreesWithICU() throws {
        let oracle = Oracle()
        var disagreements: [String] = []
        for scalar in Self.sample where try !oracle.matches(scalar, "Script=\(script(of: scalar).isoCode)") {
            disagreements.append(String(scalar.value, radix: 16))
        }
        #expect(Self.sample.count > 10_000)
        #expect(disagreements.count == 0, "U+\(disagreements.prefix(20))")
    }

    @Test func bidiClassAgreesWithICU() throws {
        let oracle = Oracle()
        var disagreements: [String] = []
        for scalar in Self.sample where try !oracle.matches(scalar, "bc=\(bidiClass(of: scalar))") {
            disagreements.append(String(scalar.value, radix: 16))
        }
        #expect(disagreements.count == 0, "U+\(disagreements.prefix(20))")
    }

    /// Code points whose East_Asian_Width Unicode 16.0 changed to Wide: the Yijing trigrams,
    /// digrams, hexagrams and Tai Xuan Jing monograms (UCD 15.0 says Neutral).
    static let wideSinceUnicode16: [ClosedRange<UInt32>] = [0x2630...0x2637, 0x268A...0x268F, 0x4DC0...0x4DFF, 0x1D300...0x1D356]

    @Test func wideAgreesWithICU() throws {
        let oracle = Oracle()
        var disagreements: [String] = []
        let stable = Self.sample.filter { scalar in !Self.wideSinceUnicode16.contains { $0.contains(scalar.value) } }
        for scalar in stable where try oracle.matches(scalar, "ea=W") != (eastAsianWidth(of: scalar) == .wide) {
            disagreements.append(String(scalar.value, radix: 16))
        }
        #expect(disagreements.count == 0, "U+\(disagreements.prefix(20))")
    }
}
