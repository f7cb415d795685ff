/// One symbol of the text being merged: a byte range of the normalized text in a doubly linked list.
struct MergeSymbol {
    var start: Int32
    /// 0 once merged into its left neighbour.
    var length: Int32
    var prev: Int32
    var next: Int32
    /// The vocabulary piece this symbol became by merging, or -1 while it is one character.
    var pieceId: Int32
    /// User-defined pieces are never merged further.
    var isFrozen: Bool
}

/// SentencePiece's BPE merge loop (`bpe::Model::SampleEncode` without dropout) over one
/// normalized text: split into characters and user-defined pieces, then repeatedly merge the
/// best-scoring adjacent pair found in the vocabulary, leftmost first on ties. Reused across runs
/// of one text, so its buffers are allocated once.
struct BPEMerger {
    let model: SentencePieceModel
    let text: UnsafeBufferPointer<UInt8>
    let arena: UnsafeBufferPointer<UInt8>
    let starts: UnsafeBufferPointer<Int32>
    let scores: UnsafeBufferPointer<Float>
    var symbols: [MergeSymbol] = []
    var queue = MergeQueue()
    /// For merges that produced an UNUSED piece: the two parts to split it back into.
    var unusedMerges: [Int32: (left: Range<Int>, right: Range<Int>)] = [:]

    /// Encodes `text[range]` into `output`.
    ///
    /// Frozen symbols never take part in a pair, so the runs between them merge independently; unless
    /// the model has UNUSED pieces (whose split-back table SentencePiece keeps for the whole text),
    /// each run is merged and emitted on its own, which keeps the queue small on long texts.
    mutating func encode(_ range: Range<Int>, into output: inout PieceOutput) {
        let splitAtFrozen = !model.hasUnusedPieces
        let bounded = UnsafeBufferPointer(rebasing: text[..<range.upperBound])
        symbols.removeAll(keepingCapacity: true)
        var position = range.lowerBound
        while position < range.upperBound {
            let userDefinedLength = model.userDefined.longestMatch(bounded, at: position)
            let length = userDefinedLength > 0
                ? userDefinedLength : min(SentencePieceModel.oneCharLength(text[position]), range.upperBound - position)
            let frozen = MergeSymbol(
                start: Int32(position), length: Int32(length), prev: -1, next: -1, pieceId: -1, isFrozen: true)
            position += length
            if userDefinedLength > 0, splitAtFrozen {
                mergeAndEmit(into: &output)
                output.emit(frozen, unusedMerges: unusedMerges)
                continue
            }
            let index = Int32(symbols.count)
            symbols.append(MergeSymbol(
                start: frozen.start, length: frozen.length, prev: index - 1, next: index + 1, pieceId: -1,
                isFrozen: userDefinedLength > 0))
        }
        mergeAndEmit(into: &output)
    }

    /// Merges the pending `symbols` and emits them in text order.
    private mutating func mergeAndEmit(into output: inout PieceOutput) {
        guard !symbols.isEmpty else { return }
        symbols[symbols.count - 1].next = -1
        queue.removeAll()
        queue.reserve(symbols.count)
        for index in 1..<max(1, symbols.count) { addCandidate(Int32(index - 1), Int32(index)) }
        while let top = queue.popBest() {
            let left = Int(top.left)
            let right = Int(top.right)
            let leftLength = symbols[left].length
            let rightLength = symbols[right].length
            guard leftLength != 0, rightLength != 0, leftLength + rightLength == top.size else { continue }
            symbols[left].length = top.size
            symbols[left].pieceId = top.pieceId
            let next = symbols[right].next
            symbols[left].next = next
            if next >= 0 { symbols[Int(next)].prev = top.left }
            symbols[right].length = 0
            addCandidate(symbols[left].prev, top.left)
            addCandidate(top.left, next)
        }
        var index: Int32 = 0
        while index >= 0 {
            let symbol = symbols[Int(index)]
            output.emit(symbol, unusedMerges: unusedMerges)
            index = symbol.next
        }
        symbols.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private mutating func addCandidate(_ left: Int32, _ right: Int32) {
        guard left >= 0, right >= 0 else { return }
        let leftSymbol = symbols[Int(left)]
        let rightSymbol = symbols[Int(right)]
        guard !leftSymbol.isFrozen, !rightSymbol.isFrozen else { return }
        let size = leftSymbol.length + rightSymbol.length
        let start = Int(leftSymbol.start)
        let pieceId = model.normalPieces.lookup(text, start..<(start + Int(size)), arena: arena, starts: starts)
        guard pieceId != PieceTable.absent else { return }
        queue.push(MergeCandidate(score: scores[Int(pieceId)], left: left, right: right, size: size, pieceId: pieceId))
        if model.hasUnusedPieces, model.type(of: pieceId) == .unused {
            let split = start + Int(leftSymbol.length)
            unusedMerges[pieceId] = (start..<split, split..<(start + Int(size)))
        }
    }
}
