/// Checks BCP 47 language tags (RFC 5646 syntax) such as `ja`, `zh-Hans`, `pt-BR`, `sr-Latn-RS`.
public struct LanguageTag: Hashable, Sendable {
    public let language: String
    public let script: String?
    public let region: String?
    /// The tag in canonical case: `zh-Hans-CN`.
    public let canonical: String

    /// Parses `text`; `nil` when it is not a well-formed tag.
    public init?(_ text: String) {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = subtags.first, LanguageTag.isAlpha(first, 2...3) || LanguageTag.isAlpha(first, 5...8)
        else { return nil }
        var index = 1
        var extlangs = 0
        while index < subtags.count, first.count <= 3, extlangs < 3, LanguageTag.isAlpha(subtags[index], 3...3) {
            index += 1
            extlangs += 1
        }
        var script: String?
        if index < subtags.count, LanguageTag.isAlpha(subtags[index], 4...4) {
            script = subtags[index].prefix(1).uppercased() + subtags[index].dropFirst().lowercased()
            index += 1
        }
        var region: String?
        if index < subtags.count,
            LanguageTag.isAlpha(subtags[index], 2...2) || LanguageTag.isDigits(subtags[index], 3)
        {
            region = subtags[index].uppercased()
            index += 1
        }
        while index < subtags.count, LanguageTag.isVariant(subtags[index]) { index += 1 }
        // Extensions (`-u-ca-japanese`) and private use (`-x-acme`): a singleton, then 2–8 alphanumerics.
        while index < subtags.count, subtags[index].count == 1, subtags[index].allSatisfy(LanguageTag.isAlnum) {
            let isPrivate = subtags[index].lowercased() == "x"
            index += 1
            let start = index
            let range = isPrivate ? 1...8 : 2...8
            while index < subtags.count, range.contains(subtags[index].count),
                subtags[index].allSatisfy(LanguageTag.isAlnum)
            {
                index += 1
            }
            guard index > start else { return nil }
        }
        guard index == subtags.count else { return nil }
        language = first.lowercased()
        self.script = script
        self.region = region
        var parts = [language] + subtags[1..<subtags.count].map { $0.lowercased() }
        if let script, let position = parts.firstIndex(of: script.lowercased()) { parts[position] = script }
        if let region, let position = parts.lastIndex(of: region.lowercased()) { parts[position] = region }
        canonical = parts.joined(separator: "-")
    }

    private static func isAlpha(_ s: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(s.count) && s.allSatisfy { $0.isASCII && $0.isLetter }
    }

    private static func isDigits(_ s: String, _ length: Int) -> Bool {
        s.count == length && s.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func isAlnum(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }

    private static func isVariant(_ s: String) -> Bool {
        guard s.allSatisfy(isAlnum) else { return false }
        if (5...8).contains(s.count) { return true }
        return s.count == 4 && (s.first?.isNumber ?? false)
    }
}
