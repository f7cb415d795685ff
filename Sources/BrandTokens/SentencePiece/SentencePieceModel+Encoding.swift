extension SentencePieceModel {
    /// Encodes UTF-8 text to piece ids, exactly as `SentencePieceProcessor::Encode` does.
    func encode(utf8 text: UnsafeBufferPointer<UInt8>, into ids: inout [Int32]) {
        let normalized = normalize(text)
        guard !normalized.isEmpty else { return }
        normalized.withUnsafeBufferPointer { normalized in
            proto.pieceBytes.withUnsafeBufferPointer { arena in
                proto.pieceStarts.withUnsafeBufferPointer { starts in
                    proto.scores.withUnsafeBufferPointer { scores in
                        var merger = BPEMerger(
                            model: self, text: normalized, arena: arena, starts: starts, scores: scores)
                        merger.merge(0..<normalized.count)
                        var output = PieceOutput(model: self, text: normalized, unusedMerges: merger.unusedMerges)
                        var index: Int32 = 0
                        while index >= 0 {
                            let symbol = merger.symbols[Int(index)]
                            output.emit(symbol)
                            index = symbol.next
                        }
                        ids.append(contentsOf: output.ids)
                    }
                }
            }
        }
    }
}

/// Turns merged symbols into ids: resolves spellings as `PieceToId` does, splits UNUSED pieces
/// back into their parts, and spells unknown characters as byte pieces (or one `<unk>` per run).
struct PieceOutput {
    let model: SentencePieceModel
    let text: UnsafeBufferPointer<UInt8>
    let unusedMerges: [Int32: (left: Range<Int>, right: Range<Int>)]
    var ids: [Int32] = []
    private var previousWasUnknown = false

    init(model: SentencePieceModel, text: UnsafeBufferPointer<UInt8>, unusedMerges: [Int32: (left: Range<Int>, right: Range<Int>)]) {
        self.model = model
        self.text = text
        self.unusedMerges = unusedMerges
    }

    mutating func emit(_ symbol: MergeSymbol) {
        let range = Int(symbol.start)..<Int(symbol.start + symbol.length)
        if symbol.pieceId >= 0 {
            resegment(model.reservedShadows.isEmpty ? symbol.pieceId : model.reservedShadows[symbol.pieceId] ?? symbol.pieceId, range)
        } else {
            resegment(model.id(of: text, range), range)
        }
    }

    private mutating func resegment(_ id: Int32, _ range: Range<Int>) {
        if model.hasUnusedPieces, model.type(of: id) == .unused, let parts = unusedMerges[id] {
            resegment(model.id(of: text, parts.left), parts.left)
            resegment(model.id(of: text, parts.right), parts.right)
            return
        }
        let isUnknown = model.type(of: id) == .unknown
        defer { previousWasUnknown = isUnknown }
        guard isUnknown else {
            ids.append(id)
            return
        }
        if let byteIds = model.byteIds {
            for index in range { ids.append(byteIds[Int(text[index])]) }
        } else if !previousWasUnknown {
            ids.append(id)
        }
    }
}
