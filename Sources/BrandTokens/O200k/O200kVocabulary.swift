import Foundation

/// OpenAI's `o200k_base` byte-pair ranks, read from tiktoken's text format (`base64(bytes) rank`
/// per line, sorted by rank), checked once, immutable afterwards and shared freely across threads.
///
/// The token id of a byte string is its rank. Identity is checked structurally rather than by
/// hashing the 3.6 MB file: the rank count, ranks `0..<count` in order with no duplicate
/// spelling, every single byte present, and a handful of tokens pinned at their official ranks.
/// A file that passes is the official one for every purpose of counting.
public struct O200kVocabulary: Sendable {
    /// The token spellings, concatenated in rank order.
    let arena: [UInt8]
    /// `starts[rank]..<starts[rank + 1]` is the spelling of `rank` in `arena`.
    let starts: [Int32]
    let table: PieceTable

    /// Loads and checks an `o200k_base.tiktoken` file.
    public init(contentsOf path: String) throws(O200kVocabularyError) {
        try self.init(tiktokenText: O200kVocabularyError.contents(of: path))
    }

    /// Parses and checks the contents of an `o200k_base.tiktoken` file.
    public init(tiktokenText bytes: [UInt8]) throws(O200kVocabularyError) {
        try self.init(parsing: bytes)
        try checkIsO200kBase()
    }

    /// Parses any tiktoken rank file whose ranks run `0..<count` in order, without the
    /// `o200k_base` identity check (tests build small vocabularies this way).
    init(parsing bytes: [UInt8]) throws(O200kVocabularyError) {
        let parsed = try RankFileParser.parse(bytes)
        var duplicate: Int32?
        table = PieceTable(
            ids: Array(0..<Int32(parsed.starts.count - 1)), arena: parsed.arena, starts: parsed.starts,
            duplicate: { duplicate = duplicate ?? $0 })
        arena = parsed.arena
        starts = parsed.starts
        if let duplicate {
            throw .invalidVocabulary("rank \(duplicate) spells the same bytes as an earlier rank")
        }
        for byte in 0...UInt8.max where rank(of: [byte]) == nil {
            throw .invalidVocabulary("no token for the single byte 0x\(String(byte, radix: 16, uppercase: true))")
        }
    }

    /// The number of ranks (ids `0..<count`).
    public var count: Int { starts.count - 1 }

    /// The bytes of token `rank`, or `nil` for a rank out of range.
    public func bytes(ofRank rank: Int) -> [UInt8]? {
        guard rank >= 0, rank < count else { return nil }
        return Array(arena[Int(starts[rank])..<Int(starts[rank + 1])])
    }

    /// The rank of the token spelled by `bytes`, or `nil` when no token is.
    public func rank(of bytes: [UInt8]) -> Int? {
        let found = bytes.withUnsafeBufferPointer { rank(of: $0, 0..<bytes.count) }
        return found == PieceTable.absent ? nil : Int(found)
    }

    /// The rank of `key[range]`, or `PieceTable.absent`; never allocates.
    @inline(__always)
    func rank(of key: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        arena.withUnsafeBufferPointer { arena in
            starts.withUnsafeBufferPointer { starts in
                table.lookup(key, range, arena: arena, starts: starts)
            }
        }
    }
}
