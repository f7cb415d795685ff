import Foundation

/// Text clean-up for feed values: HTML character references decoded exactly once, HTML bodies
/// turned into plain text, everything in NFC. Nothing else changes: double spaces, U+3000, emoji,
/// `26"` and `®` stay as the shop wrote them.
enum FeedText {
    /// A plain-text value (a title, a copy line): references decoded once (`M&amp;amp;M` → `M&amp;M`), then NFC.
    static func plain(_ text: String) -> String {
        nfc(decodeReferences(text))
    }

    /// NFC, skipping Foundation for ASCII text, which is always in NFC.
    static func nfc(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Decodes `&name;`, `&#NNN;` and `&#xHH;` in one left-to-right pass; the output is never rescanned.
    static func decodeReferences(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "&", let (decoded, length) = reference(in: scalars, at: index) {
                result.append(decoded)
                index += length
            } else {
                result.append(scalar)
                index += 1
            }
        }
        return String(result)
    }

    /// The scalar a reference at `start` stands for and the reference's length, if it is one.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        guard let end = scalars[start..<min(scalars.count, start + 34)].firstIndex(of: ";"), end > start + 1 else {
            return nil
        }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        let length = end - start + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value else { return nil }
            let replacement: Unicode.Scalar = "\u{FFFD}"
            return (value == 0 ? replacement : Unicode.Scalar(value) ?? replacement, length)
        }
        return HTMLEntities.named[body].map { ($0, length) }
    }
}
