/// Finds where lines start in bytes that arrive in pieces, with `SourceFile`'s rule: a line ends at
/// LF, CR LF or a lone CR. A CR at the end of one piece is settled by the first byte of the next.
public struct LineStartScanner: Sendable {
    /// Byte offset at which each line starts so far; `lineStarts[0] == 0`.
    public private(set) var lineStarts: [Int] = [0]
    /// Bytes consumed so far.
    public private(set) var offset = 0
    private var pendingCR = false

    public init() {}

    /// Consumes the next piece of the file.
    public mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            if pendingCR {
                pendingCR = false
                // CR LF is one terminator: the line starts after the LF, not between the two.
                if byte != 0x0A { lineStarts.append(offset) }
            }
            offset += 1
            if byte == 0x0A {
                lineStarts.append(offset)
            } else if byte == 0x0D {
                pendingCR = true
            }
        }
    }

    /// Settles a CR that ended the last piece: the file's last line starts after it.
    public mutating func finish() {
        if pendingCR {
            pendingCR = false
            lineStarts.append(offset)
        }
    }
}
