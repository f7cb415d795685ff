/// One explicit bidi control found in a text, and what is wrong with it, if anything.
public struct BidiControlOccurrence: Hashable, Sendable {
    /// What is wrong with a bidi control.
    public enum Problem: Hashable, Sendable {
        /// An embedding, override or isolate that is never closed before the end of its paragraph:
        /// its effect leaks into whatever text follows when the copy is concatenated.
        case unterminated
        /// A PDF or PDI with no matching opener.
        case unmatched
    }

    /// The control.
    public var control: BidiControl
    /// Where it is.
    public var position: TextPosition
    /// Its problem; nil when it is balanced. An override is reported as a control even when
    /// balanced: see `BidiControl.isOverride`.
    public var problem: Problem?

    public init(control: BidiControl, position: TextPosition, problem: Problem?) {
        self.control = control
        self.position = position
        self.problem = problem
    }
}

/// Every explicit bidi control (U+202A–U+202E, U+2066–U+2069) in `text`, in order, each marked
/// unterminated or unmatched when it does not balance.
///
/// Matching follows UAX #9 X1–X8 in structure: a PDI closes the innermost open isolate and every
/// embedding opened inside it; a PDF closes the innermost embedding only if no isolate was opened
/// after it; a paragraph separator (Bidi_Class B) closes everything, so openers left at a line
/// break are unterminated. Returns an empty array, without allocating, for text without controls.
public func bidiControls(in text: String) -> [BidiControlOccurrence] {
    var found: [(offset: Int, control: BidiControl, problem: BidiControlOccurrence.Problem?)] = []
    // Indices into `found` of the openers still open, innermost last.
    var open: [Int] = []
    var offset = 0
    for scalar in text.unicodeScalars {
        defer { offset += 1 }
        if isParagraphSeparator(scalar) {
            closeAll(&open, in: &found)
            continue
        }
        guard let control = BidiControl(scalar) else { continue }
        found.append((offset, control, nil))
        let position = found.count - 1
        switch control {
        case .popDirectionalIsolate:
            if let isolate = open.lastIndex(where: { found[$0].control.opensIsolate }) {
                // Embeddings opened inside the isolate end with it, unterminated.
                for inner in open[(isolate + 1)...] { found[inner].problem = .unterminated }
                open.removeSubrange(isolate...)
            } else {
                found[position].problem = .unmatched
            }
        case .popDirectionalFormatting:
            if let last = open.last, found[last].control.opensEmbedding {
                open.removeLast()
            } else {
                found[position].problem = .unmatched
            }
        default:
            open.append(position)
        }
    }
    closeAll(&open, in: &found)
    guard !found.isEmpty else { return [] }
    let positions = text.positions(ofScalarOffsets: found.map(\.offset))
    return zip(found, positions).map { entry, position in
        BidiControlOccurrence(control: entry.control, position: position, problem: entry.problem)
    }
}

private func closeAll(
    _ open: inout [Int],
    in found: inout [(offset: Int, control: BidiControl, problem: BidiControlOccurrence.Problem?)]
) {
    for index in open { found[index].problem = .unterminated }
    open.removeAll(keepingCapacity: true)
}
