extension SentencePieceModel {
    /// Symbols are indexed with 32-bit offsets; a longer text is encoded in slices of this size,
    /// cut at character boundaries (exact everywhere except possibly at the cuts, one per GiB).
    static let maximumSliceLength = 1 << 30

    /// Encodes UTF-8 text to piece ids, exactly as `SentencePieceProcessor::Encode` does.
    func encode(utf8 text: UnsafeBufferPointer<UInt8>, into ids: inout [Int32]) {
        let normalized = normalize(text)
        normalized.withUnsafeBufferPointer { normalized in
            var sliceStart = 0
            while sliceStart < normalized.count {
                var sliceEnd = min(normalized.count, sliceStart + Self.maximumSliceLength)
                while sliceEnd < normalized.count, normalized[sliceEnd] & 0xC0 == 0x80 { sliceEnd -= 1 }
                encode(normalized: UnsafeBufferPointer(rebasing: normalized[sliceStart..<sliceEnd]), into: &ids)
                sliceStart = sliceEnd
            }
        }
    }

    private func encode(normalized: UnsafeBufferPointer<UInt8>, into ids: inout [Int32]) {
        proto.pieceBytes.withUnsafeBufferPointer { arena in
            proto.pieceStarts.withUnsafeBufferPointer { starts in
                proto.scores.withUnsafeBufferPointer { scores in
                    var merger = BPEMerger(model: self, text: normalized, arena: arena, starts: starts, scores: scores)
                    var output = PieceOutput(model: self, text: normalized)
                    merger.encode(0..<normalized.count, into: &output)
                    ids.append(contentsOf: output.ids)
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
    var ids: [Int32] = []
    private var previousWasUnknown = false

    init(model: SentencePieceModel, text: UnsafeBufferPointer<UInt8>) {
        self.model = model
        self.text = text
    }

    mutating func emit(_ symbol: MergeSymbol, unusedMerges: [Int32: (left: Range<Int>, right: Range<Int>)]) {
        let range = Int(symbol.start)..<Int(symbol.start + symbol.length)
        var id = symbol.pieceId
        if id < 0 {
            id = model.id(of: text, range)
        } else if !model.reservedShadows.isEmpty {
            id = model.reservedShadows[id] ?? id
        }
        resegment(id, range, unusedMerges)
    }

    private mutating func resegment(
        _ id: Int32, _ range: Range<Int>, _ unusedMerges: [Int32: (left: Range<Int>, right: Range<Int>)]
    ) {
        if model.hasUnusedPieces, model.type(of: id) == .unused, let parts = unusedMerges[id] {
            resegment(model.id(of: text, parts.left), parts.left, unusedMerges)
            resegment(model.id(of: text, parts.right), parts.right, unusedMerges)
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
