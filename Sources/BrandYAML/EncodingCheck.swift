/// The first reason the bytes cannot be handed to libyaml as UTF-8, found before parsing so the
/// diagnostic can name the exact byte (libyaml itself reports only "invalid UTF-8" with a raw offset).
enum EncodingProblem: Equatable {
    /// A UTF-16 or UTF-32 byte order mark (libyaml would accept UTF-16; brandc reads UTF-8 only).
    case unsupportedEncoding(name: String)
    case invalidUTF8(offset: Int)
    case nulByte(offset: Int)

    ///
    /// Checks the whole buffer, 32 and then eight ASCII bytes at a time where it can. The loader runs
    /// it only when a load did not finish: libyaml's reader rejects the same bytes (invalid or
    /// overlong UTF-8, surrogates, NUL) before it can reach the end of the stream.
    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> EncodingProblem? {
        if let name = wideEncodingName(bytes) { return .unsupportedEncoding(name: name) }
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 32 <= count {
                let raw = UnsafeRawPointer(base + index)
                let words = (
                    raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                    raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self),
                    raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
                let highBits = (words.0 | words.1 | words.2 | words.3) & 0x8080_8080_8080_8080
                let zeroBytes = hasZeroByte(words.0) | hasZeroByte(words.1) | hasZeroByte(words.2) | hasZeroByte(words.3)
                if highBits == 0, zeroBytes == 0 {
                    index += 32
                    continue
                }
            }
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                if !hasHighBit && hasZeroByte(word) == 0 {
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if byte == 0 { return .nulByte(offset: index) }
            if byte < 0x80 {
                index += 1
                continue
            }
            guard let length = validSequenceLength(base, at: index, count: count) else {
                return .invalidUTF8(offset: index)
            }
            index += length
        }
        return nil
    }

    /// Nonzero when a byte of `word` is zero.
    private static func hasZeroByte(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }


    /// A UTF-16 or UTF-32 byte order mark's encoding: checked before parsing, as libyaml would read UTF-16.
    static func wideEncodingName(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.count >= 4 {
            if bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 { return "UTF-32LE" }
            if bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF { return "UTF-32BE" }
        }
        if bytes.count >= 2 {
            if bytes[0] == 0xFF, bytes[1] == 0xFE { return "UTF-16LE" }
            if bytes[0] == 0xFE, bytes[1] == 0xFF { return "UTF-16BE" }
        }
        return nil
    }

    /// The length of the well-formed multi-byte sequence at `index` (Unicode Table 3-7), or `nil`.
    private static func validSequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int? {
        let lead = base[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard index + length <= count, secondRange.contains(base[index + 1]) else { return nil }
        for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}

