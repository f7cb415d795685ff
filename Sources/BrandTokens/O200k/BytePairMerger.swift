/// tiktoken's byte-pair encoding of one piece (`_byte_pair_merge` in its `src/lib.rs`): a piece
/// that is a token is that token; otherwise start from single bytes and repeatedly merge the
/// adjacent pair whose concatenation has the lowest rank (the leftmost on a tie) until no pair
/// is a token.
///
/// Like tiktoken it rescans the piece after each merge, O(n²) in the piece's length, which is
/// the fastest choice for the short pieces the pattern produces; pieces longer than
/// `longPieceBytes` go to `LongPieceMerger` instead. The scratch arrays are reused from piece to piece.
struct BytePairMerger {
    /// Tests lower it to run every piece through the long-piece path.
    var longPieceBytes = 128
    private var longPieces = LongPieceMerger()
    /// Byte offset where each current part starts, plus the piece's end.
    private var bounds: [Int] = []
    /// `pairRanks[i]`: the rank of parts `i` and `i + 1` merged, or `Int32.max`.
    private var pairRanks: [Int32] = []

    mutating func encode(
        _ bytes: UnsafeBufferPointer<UInt8>, _ piece: Range<Int>, with vocabulary: O200kVocabulary,
        into ids: inout [Int32]
    ) {
        let whole = vocabulary.rank(of: bytes, piece)
        if whole != PieceTable.absent {
            ids.append(whole)
            return
        }
        if piece.count > longPieceBytes {
            longPieces.encode(bytes, piece, with: vocabulary, into: &ids)
            return
        }
        bounds.removeAll(keepingCapacity: true)
        pairRanks.removeAll(keepingCapacity: true)
        bounds.append(contentsOf: piece)
        bounds.append(piece.upperBound)
        for index in 0..<(piece.count - 1) { pairRanks.append(rank(bytes, index, vocabulary)) }
        while let best = lowestPair() {
            bounds.remove(at: best + 1)
            pairRanks.remove(at: best)
            if best < pairRanks.count { pairRanks[best] = rank(bytes, best, vocabulary) }
            if best > 0 { pairRanks[best - 1] = rank(bytes, best - 1, vocabulary) }
        }
        for index in 0..<(bounds.count - 1) {
            // Every part is a single byte or a merge of two tokens into a token: always present.
            ids.append(vocabulary.rank(of: bytes, bounds[index]..<bounds[index + 1]))
        }
    }

    /// The index of the leftmost pair with the lowest rank, or `nil` when no pair merges.
    private func lowestPair() -> Int? {
        var best: Int?
        var bestRank = Int32.max
        for (index, rank) in pairRanks.enumerated() where rank < bestRank {
            best = index
            bestRank = rank
        }
        return best
    }

    /// The rank of parts `index` and `index + 1` merged, or `Int32.max`.
    private func rank(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ vocabulary: O200kVocabulary) -> Int32 {
        let rank = vocabulary.rank(of: bytes, bounds[index]..<bounds[index + 2])
        return rank == PieceTable.absent ? .max : rank
    }
}
