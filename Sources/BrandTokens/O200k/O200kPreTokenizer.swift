/// Splits text into the pieces the `o200k_base` pattern matches, exactly as tiktoken's regex does,
/// with a hand-written scanner instead of a regex engine (several times faster than
/// `NSRegularExpression`, and Swift `Regex` is slower still).
///
/// The pattern is seven alternatives tried in order at the end of the previous piece; the first
/// that matches wins. Each `…Piece(at:)` function below is one alternative, with the backtracking
/// the regex engine would do written out (see the comments there). Every scalar is matched by
/// some alternative, so the pieces cover the text without gaps.
struct O200kPreTokenizer {
    let scalars: UnsafeBufferPointer<UInt32>
    let classes: UnsafeBufferPointer<ScalarClass>

    var count: Int { scalars.count }

    /// The end (a scalar index) of the piece that starts at `start`.
    func pieceEnd(at start: Int) -> Int {
        if let end = wordPiece(at: start, lowercaseLast: true) { return end }
        if let end = wordPiece(at: start, lowercaseLast: false) { return end }
        if classes[start].contains(.number) { return min(run(.number, from: start), start + 3) }
        if let end = symbolPiece(at: start) { return end }
        if let end = lineBreakPiece(at: start) { return end }
        return whitespacePiece(at: start)
    }

    /// 1: `[^\r\n\p{L}\p{N}]?[upper]*[lower]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?`
    /// 2: `[^\r\n\p{L}\p{N}]?[upper]+[lower]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?`
    ///
    /// The engine first tries with the optional prefix scalar taken, then without it (which only
    /// matters when that scalar is a mark, the one kind in both the prefix class and the letters).
    private func wordPiece(at start: Int, lowercaseLast: Bool) -> Int? {
        let body = lowercaseLast ? lowercaseWordEnd(from:) : uppercaseWordEnd(from:)
        if classes[start].canPrefixWord, start + 1 < count, let end = body(start + 1) { return end }
        return body(start)
    }

    private func lowercaseWordEnd(from start: Int) -> Int? {
        // `[upper]*` takes all it can, then gives back one scalar at a time until `[lower]+` can
        // start: at the first scalar after the run, or on a scalar in both classes (Lm, Lo, M).
        var lowerStart = run(.upper, from: start)
        while !(lowerStart < count && classes[lowerStart].contains(.lower)) {
            guard lowerStart > start else { return nil }
            lowerStart -= 1
        }
        return contractionEnd(after: run(.lower, from: lowerStart))
    }

    private func uppercaseWordEnd(from start: Int) -> Int? {
        let upperEnd = run(.upper, from: start)
        guard upperEnd > start else { return nil }
        return contractionEnd(after: run(.lower, from: upperEnd))
    }

    /// 4: ` ?[^\s\p{L}\p{N}]+[\r\n/]*`
    private func symbolPiece(at start: Int) -> Int? {
        let symbolStart = scalars[start] == 0x20 ? start + 1 : start
        var end = symbolStart
        while end < count, classes[end].isSymbol { end += 1 }
        guard end > symbolStart else { return nil }
        while end < count, scalars[end] == 0x0D || scalars[end] == 0x0A || scalars[end] == 0x2F { end += 1 }
        return end
    }

    /// 5: `\s*[\r\n]+`: `\s*` gives back scalars until the last CR or LF of the whitespace run,
    /// which `[\r\n]+` then takes (the scalars after it are whitespace but no line break).
    private func lineBreakPiece(at start: Int) -> Int? {
        var end = run(.whitespace, from: start)
        while end > start {
            if classes[end - 1].contains(.lineBreak) { return end }
            end -= 1
        }
        return nil
    }

    /// 6: `\s+(?!\S)`, else 7: `\s+`. A whitespace run followed by other text leaves its last
    /// scalar to become the prefix of the next word or symbol piece.
    private func whitespacePiece(at start: Int) -> Int {
        let end = run(.whitespace, from: start)
        return end < count && end - 1 > start ? end - 1 : end
    }

    /// `(?i:'s|'t|'re|'ve|'m|'ll|'d)?` after `end`. Case-insensitive matching uses Unicode simple
    /// case folding, so `'ſ` (U+017F LATIN SMALL LETTER LONG S) counts as `'s`.
    private func contractionEnd(after end: Int) -> Int {
        guard end + 1 < count, scalars[end] == 0x27 else { return end }
        // ORing 0x20 lowercases an ASCII letter and leaves every other scalar off these values.
        let first = scalars[end + 1] | 0x20
        switch first {
        case 0x73 /* s */, 0x74 /* t */, 0x6D /* m */, 0x64 /* d */: return end + 2
        default: if scalars[end + 1] == 0x17F /* ſ */ { return end + 2 }
        }
        guard end + 2 < count else { return end }
        switch (first, scalars[end + 2] | 0x20) {
        case (0x72, 0x65) /* re */, (0x76, 0x65) /* ve */, (0x6C, 0x6C) /* ll */: return end + 3
        default: return end
        }
    }

    private func run(_ kind: ScalarClass, from start: Int) -> Int {
        var end = start
        while end < count, classes[end].contains(kind) { end += 1 }
        return end
    }
}
