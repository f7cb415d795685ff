/// Finds the longest user-defined piece at a position, as SentencePiece's `PrefixMatcher` does.
///
/// User-defined pieces (whitespace runs, newline runs, HTML tags in the Gemma vocabulary) are cut
/// out of the text before any merge and are never merged further.
struct UserDefinedMatcher: Sendable {
    /// Trie transitions keyed by `node << 8 | byte`; node 0 is the root.
    private let transitions: [Int: Int32]
    private let isTerminal: [Bool]
    /// Whether any user-defined piece starts with this byte: most positions are settled by one load.
    private let startsPiece: [Bool]
    /// Whether any user-defined piece contains an ASCII space, which the normalizer then keeps unescaped.
    let anyPieceContainsSpace: Bool

    init(pieces: [[UInt8]]) {
        var transitions: [Int: Int32] = [:]
        var isTerminal = [false]
        var startsPiece = [Bool](repeating: false, count: 256)
        for piece in pieces where !piece.isEmpty {
            startsPiece[Int(piece[0])] = true
            var node = 0
            for byte in piece {
                let key = node << 8 | Int(byte)
                if let next = transitions[key] {
                    node = Int(next)
                } else {
                    transitions[key] = Int32(isTerminal.count)
                    node = isTerminal.count
                    isTerminal.append(false)
                }
            }
            isTerminal[node] = true
        }
        self.transitions = transitions
        self.isTerminal = isTerminal
        self.startsPiece = startsPiece
        self.anyPieceContainsSpace = pieces.contains { $0.contains(0x20) }
    }

    /// The byte length of the longest user-defined piece starting at `start`, or 0.
    @inline(__always)
    func longestMatch(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        guard startsPiece[Int(text[start])] else { return 0 }
        var node = 0
        var longest = 0
        var index = start
        while index < text.count, let next = transitions[node << 8 | Int(text[index])] {
            node = Int(next)
            index += 1
            if isTerminal[node] { longest = index - start }
        }
        return longest
    }
}
