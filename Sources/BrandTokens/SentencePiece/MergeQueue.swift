/// A candidate merge of two adjacent symbols into a vocabulary piece.
struct MergeCandidate {
    var score: Float
    var left: Int32
    var right: Int32
    /// Byte length of the merged piece; a candidate whose symbols have since changed no longer matches it.
    var size: Int32
    var pieceId: Int32

    /// SentencePiece's order: the higher score first, and on a tie the leftmost pair.
    @inline(__always)
    func precedes(_ other: MergeCandidate) -> Bool {
        score > other.score || (score == other.score && left < other.left)
    }
}

/// A binary max-heap of merge candidates (the "agenda" of SentencePiece's BPE).
///
/// Stale candidates are not removed when a merge invalidates them; the encoder skips them when
/// they surface, exactly as SentencePiece does, so each merge costs O(log n) rather than a rescan.
struct MergeQueue {
    private var heap: [MergeCandidate] = []

    var isEmpty: Bool { heap.isEmpty }

    mutating func removeAll() { heap.removeAll(keepingCapacity: true) }

    mutating func reserve(_ count: Int) { heap.reserveCapacity(count) }

    mutating func push(_ candidate: MergeCandidate) {
        heap.append(candidate)
        heap.withUnsafeMutableBufferPointer { heap in
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard candidate.precedes(heap[parent]) else { break }
                heap[child] = heap[parent]
                child = parent
            }
            heap[child] = candidate
        }
    }

    mutating func popBest() -> MergeCandidate? {
        guard let last = heap.popLast() else { return nil }
        guard !heap.isEmpty else { return last }
        return heap.withUnsafeMutableBufferPointer { heap in
            let best = heap[0]
            var parent = 0
            let count = heap.count
            while true {
                var child = 2 * parent + 1
                guard child < count else { break }
                if child + 1 < count, heap[child + 1].precedes(heap[child]) { child += 1 }
                guard heap[child].precedes(last) else { break }
                heap[parent] = heap[child]
                parent = child
            }
            heap[parent] = last
            return best
        }
    }
}
