extension SentencePieceModel {
    /// Runs the samples a model may carry (`self_test_data`), as SentencePiece does on load: a
    /// model whose own samples we encode differently is one we would miscount.
    func runSelfTest() throws(SentencePieceModelError) {
        for sample in proto.selfTestSamples {
            var ids: [Int32] = []
            sample.input.withUnsafeBufferPointer { encode(utf8: $0, into: &ids) }
            let pieces = ids.map { piece(forId: Int($0)) ?? "" }.joined(separator: " ")
            let expected = String(decoding: sample.expected, as: UTF8.self)
            guard pieces == expected else {
                throw .unsupported(
                    "the model's self-test sample '\(String(decoding: sample.input, as: UTF8.self))' encodes to "
                        + "'\(pieces)', not '\(expected)'")
            }
        }
    }
}
