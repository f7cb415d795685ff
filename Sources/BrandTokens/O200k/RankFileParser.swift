/// Reads tiktoken's rank-file format: one `base64(bytes) rank` line per token, LF-terminated,
/// ranks `0, 1, 2…` in order (true of every OpenAI file), so a rank is its line's index.
///
/// Written over raw bytes with a table-driven base64 decoder: the 200k-line file loads in a few
/// milliseconds instead of the tenths of a second `String` splitting and `Data(base64Encoded:)` take.
enum RankFileParser {
    struct Parsed {
        var arena: [UInt8] = []
        var starts: [Int32] = [0]
    }

    static func parse(_ bytes: [UInt8]) throws(O200kVocabularyError) -> Parsed {
        guard !bytes.isEmpty else { throw .malformed(line: 1, reason: "the file is empty") }
        guard bytes.last == UInt8(ascii: "\n") else {
            throw .malformed(line: bytes.count { $0 == UInt8(ascii: "\n") } + 1, reason: "the last line is cut off")
        }
        var parsed = Parsed()
        parsed.arena.reserveCapacity(bytes.count / 2)
        parsed.starts.reserveCapacity(bytes.count / 16)
        let failure: O200kVocabularyError? = bytes.withUnsafeBufferPointer { input in
            var lineStart = 0
            var line = 0
            while lineStart < input.count {
                var space = lineStart
                while space < input.count, input[space] != UInt8(ascii: " "), input[space] != UInt8(ascii: "\n") {
                    space += 1
                }
                guard input[space] == UInt8(ascii: " ") else {
                    return .malformed(line: line + 1, reason: "no space between token and rank")
                }
                var end = space + 1
                while input[end] != UInt8(ascii: "\n") { end += 1 }
                guard decodeBase64(input, lineStart..<space, into: &parsed.arena), space > lineStart else {
                    return .malformed(line: line + 1, reason: "the token is not base64")
                }
                guard let rank = decimal(input, (space + 1)..<end) else {
                    return .malformed(line: line + 1, reason: "the rank is not a number")
                }
                guard rank == line else {
                    return .invalidVocabulary("line \(line + 1) has rank \(rank); ranks must run 0, 1, 2… in order")
                }
                parsed.starts.append(Int32(parsed.arena.count))
                line += 1
                lineStart = end + 1
            }
            return nil
        }
        if let failure { throw failure }
        return parsed
    }

    /// A non-negative decimal of at most 9 digits, or `nil`.
    private static func decimal(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 9 else { return nil }
        var value = 0
        for index in range {
            let digit = Int(input[index]) - Int(UInt8(ascii: "0"))
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// Appends the decoded bytes of standard, padded base64 to `output`; false if it is not that.
    private static func decodeBase64(
        _ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into output: inout [UInt8]
    ) -> Bool {
        guard range.count % 4 == 0 else { return false }
        var index = range.lowerBound
        while index < range.upperBound {
            var padding = 0
            if index + 4 == range.upperBound, input[index + 3] == UInt8(ascii: "=") {
                padding = input[index + 2] == UInt8(ascii: "=") ? 2 : 1
            }
            var group: UInt32 = 0
            for offset in 0..<(4 - padding) {
                let value = base64Value[Int(input[index + offset])]
                guard value != 0xFF else { return false }
                group = group << 6 | UInt32(value)
            }
            group <<= UInt32(6 * padding)
            output.append(UInt8(truncatingIfNeeded: group >> 16))
            if padding < 2 { output.append(UInt8(truncatingIfNeeded: group >> 8)) }
            if padding < 1 { output.append(UInt8(truncatingIfNeeded: group)) }
            index += 4
        }
        return true
    }

    /// The 6-bit value of each base64 character; 0xFF for any other byte (`=` included, so padding
    /// is accepted only where `decodeBase64` expects it).
    private static let base64Value: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(character)] = UInt8(value)
        }
        return table
    }()
}
