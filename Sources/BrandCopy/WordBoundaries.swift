internal import CICU

/// The word boundaries of a text by UAX #29, with ICU's dictionary segmentation for the scripts
/// written without spaces (Thai, Lao, Khmer, Burmese, Japanese, Chinese), as scalar offsets.
///
/// A naive `\b` sees no boundary inside `ชาเขียวนี้ช่วยดีท็อกซ์` or `このお茶は美白効果があります`; ICU's
/// break iterator finds `ชา|เขียว|นี้|…` and `この|お茶|は|美|白|…`.
public struct WordBoundaries: Sendable {
    /// The scalar offsets at which a word may start or end, including 0 and the text's end.
    public let offsets: Set<Int>

    /// Segments `text` with the rules of `locale` (a BCP 47 tag such as `th` or `ja`; ICU picks the
    /// dictionary by script, so the tag matters little). Without ICU's help (an allocation failure),
    /// every scalar offset is a boundary, which errs toward matching.
    public init(of text: String, locale: String = "") {
        let units = Array(text.utf16)
        var scalarOffsetOfUnit = [Int](repeating: 0, count: units.count + 1)
        var unit = 0
        var scalar = 0
        for value in text.unicodeScalars {
            scalarOffsetOfUnit[unit] = scalar
            unit += value.utf16.count
            scalar += 1
        }
        scalarOffsetOfUnit[units.count] = scalar
        let found: [Int32]? = units.withUnsafeBufferPointer { buffer in
            var capacity = units.count + 2
            for _ in 0..<2 {
                var boundaries = [Int32](repeating: 0, count: capacity)
                let count = Int(boundaries.withUnsafeMutableBufferPointer { out in
                    cicu_word_boundaries(locale, buffer.baseAddress, Int32(buffer.count), out.baseAddress, Int32(capacity))
                })
                guard count >= 0 else { return nil }
                if count <= capacity { return Array(boundaries[0..<count]) }
                capacity = count
            }
            return nil
        }
        offsets = found.map { Set($0.map { scalarOffsetOfUnit[$0.clamped(to: units.count)] }) } ?? Set(0...scalar)
    }

    public func contains(_ scalarOffset: Int) -> Bool { offsets.contains(scalarOffset) }
}

extension Int32 {
    fileprivate func clamped(to limit: Int) -> Int { Swift.max(0, Swift.min(Int(self), limit)) }
}
