extension SentencePieceModel {
    /// SentencePiece's identity normalizer: each ASCII space becomes U+2581 (when
    /// `escape_whitespaces` is on); text that spells a user-defined piece is copied verbatim.
    func normalize(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(text.count + text.count / 4 + 8)
        let escape = proto.normalizerSpec.escapeWhitespaces
        let guardUserDefined = userDefined.anyPieceContainsSpace
        var index = 0
        while index < text.count {
            if guardUserDefined {
                let match = userDefined.longestMatch(text, at: index)
                if match > 0 {
                    normalized.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<(index + match)]))
                    index += match
                    continue
                }
            }
            let byte = text[index]
            if byte == 0x20, escape {
                normalized.append(contentsOf: [0xE2, 0x96, 0x81] as [UInt8])
            } else {
                normalized.append(byte)
            }
            index += 1
        }
        return normalized
    }

    /// Bytes in the UTF-8 sequence led by `byte`, by SentencePiece's `OneCharLen` table.
    @inline(__always)
    static func oneCharLength(_ byte: UInt8) -> Int {
        switch byte >> 4 {
        case 0xC, 0xD: 2
        case 0xE: 3
        case 0xF: 4
        default: 1
        }
    }
}
