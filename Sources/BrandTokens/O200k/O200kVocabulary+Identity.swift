extension O200kVocabulary {
    /// The number of ranks in OpenAI's `o200k_base.tiktoken` (the special tokens are not in the file).
    static let expectedCount = 199_998

    /// Tokens at their ranks in the official file (first, last, and a few between), which tell
    /// `o200k_base` apart from `cl100k_base` and other tiktoken files of a similar shape.
    static let pinnedRanks: [(rank: Int, spelling: [UInt8])] = [
        (0, Array("!".utf8)), (257, Array("    ".utf8)), (279, Array("\n\n".utf8)), (290, Array(" the".utf8)),
        (6341, Array(" brand".utf8)), (10667, Array("中文".utf8)), (13225, Array("Hello".utf8)),
        (100_000, Array(" dew".utf8)), (199_997, Array(" cocos".utf8)),
    ]

    func checkIsO200kBase() throws(O200kVocabularyError) {
        if count < Self.expectedCount { throw .truncated(ranks: count, expected: Self.expectedCount) }
        if count > Self.expectedCount {
            throw .invalidVocabulary("\(count) ranks; o200k_base has \(Self.expectedCount)")
        }
        for pinned in Self.pinnedRanks where bytes(ofRank: pinned.rank) != pinned.spelling {
            throw .invalidVocabulary(
                "rank \(pinned.rank) is not \(String(decoding: pinned.spelling, as: UTF8.self).debugDescription); "
                    + "this is another encoding's file")
        }
    }
}
