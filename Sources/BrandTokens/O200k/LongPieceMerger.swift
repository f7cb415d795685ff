/// The same merges as `BytePairMerger`, for long pieces: a run of punctuation or of spaces can be
/// one piece of any length, and rescanning it after every merge would take quadratic time (one
/// megabyte of dashes: hours). Here candidate pairs wait in SentencePiece's `MergeQueue`, ordered
/// by rank and then by position, exactly tiktoken's choice of "lowest rank, leftmost"; each merge
/// costs O(log n). Pairs a merge has invalidated are skipped when they surface.
struct LongPieceMerger {
    /// For each byte offset that starts a part, where that part ends; -1 for offsets inside a part.
    private var partEnd: [Int32] = []
    /// For each byte offset that starts a part, where the part before it starts (-1 for the first).
    private var partStart: [Int32] = []
    private var queue = MergeQueue()

    mutating func encode(
        _ bytes: UnsafeBufferPointer<UInt8>, _ piece: Range<Int>, with vocabulary: O200kVocabulary,
        into ids: inout [Int32]
    ) {
        let count = Int32(piece.count)
        partEnd = Array(1...count)
        partStart = Array(-1..<(count - 1))
        queue.removeAll()
        for left in 0..<(count - 1) { push(left, left + 1, left + 2, bytes, piece.lowerBound, vocabulary) }
        while let candidate = queue.popBest() {
            let left = Int(candidate.left)
            let right = Int(candidate.right)
            guard partEnd[left] == candidate.right, partEnd[right] == candidate.left + candidate.size else { continue }
            let end = partEnd[right]
            partEnd[left] = end
            partEnd[right] = -1
            if end < count { partStart[Int(end)] = Int32(left) }
            let before = partStart[left]
            if before >= 0 { push(before, Int32(left), end, bytes, piece.lowerBound, vocabulary) }
            if end < count { push(Int32(left), end, partEnd[Int(end)], bytes, piece.lowerBound, vocabulary) }
        }
        var start = 0
        while start < piece.count {
            let end = Int(partEnd[start])
            ids.append(vocabulary.rank(of: bytes, (piece.lowerBound + start)..<(piece.lowerBound + end)))
            start = end
        }
    }

    /// Queues the merge of the parts `left..<right` and `right..<end` (offsets in the piece) when
    /// their bytes are a token. A lower rank is a higher priority.
    private mutating func push(
        _ left: Int32, _ right: Int32, _ end: Int32, _ bytes: UnsafeBufferPointer<UInt8>, _ base: Int,
        _ vocabulary: O200kVocabulary
    ) {
        let rank = vocabulary.rank(of: bytes, (base + Int(left))..<(base + Int(end)))
        guard rank != PieceTable.absent else { return }
        queue.push(MergeCandidate(score: -Float(rank), left: left, right: right, size: end - left, pieceId: rank))
    }
}
