/// Tabs that separate a value from its indicator (`-\tvalue`, `? \tkey`): valid YAML 1.2, which
/// allows tabs anywhere in separation whitespace and refuses them only in indentation, but libyaml
/// stops at them ("found character that cannot start any token").
///
/// libyaml stops exactly at such a tab while scanning for the next token, so the tab is never part
/// of a scalar; the loader replaces the run of blanks it starts with spaces in a copy of the input
/// (same length, so every offset, line and column is unchanged) and parses again. A tab before any
/// indicator on its line is indentation and stays an error, and so is a tab before a block
/// collection that starts on the same line (`-\t- a`, `?\tkey: v`): that tab would indent it.
enum SeparationTab {
    /// Reads again at most this many times; a file with more such tabs reports the next one.
    static let maxRepairs = 256

    /// Whether the tab at `offset` follows, on its line, a block indicator (`-`, `?`, `:`) with only
    /// blanks between, as opposed to starting the line's indentation.
    static func isSeparation(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = offset - 1
        while index >= 0, bytes[index] == 0x20 || bytes[index] == 0x09 { index -= 1 }
        guard index >= 0, isIndicator(at: index, in: bytes),
            index == 0 || isBlankOrBreak(bytes[index - 1])  // `a-\tb` is a scalar, not an indicator
        else { return false }
        return !startsBlockCollection(after: offset, in: bytes)
    }

    /// Whether the node after the blanks at `offset` opens a block collection on this line: another
    /// indicator (`- x`, `? x`, `: x`) or a plain implicit key (`key: value`).
    private static func startsBlockCollection(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = offset
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < bytes.count else { return false }
        if isIndicator(at: index, in: bytes) { return true }
        // A quoted or flow node is read by libyaml as it is; only a plain scalar can be a key here.
        if [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "["), UInt8(ascii: "{")].contains(bytes[index]) {
            return false
        }
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D {
            if bytes[index] == UInt8(ascii: "#"), isBlankOrBreak(bytes[index - 1]) { return false }
            if bytes[index] == UInt8(ascii: ":"), index + 1 == bytes.count || isBlankOrBreak(bytes[index + 1]) {
                return true
            }
            index += 1
        }
        return false
    }

    /// `-`, `?` or `:` followed by a blank, a line break or the end of the input.
    private static func isIndicator(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard [UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":")].contains(bytes[index]) else { return false }
        return index + 1 == bytes.count || isBlankOrBreak(bytes[index + 1])
    }

    private static func isBlankOrBreak(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Replaces the blanks from `offset` to the next non-blank with spaces.
    static func repair(_ bytes: inout [UInt8], at offset: Int) {
        var index = offset
        while index < bytes.count, bytes[index] == 0x09 || bytes[index] == 0x20 {
            bytes[index] = 0x20
            index += 1
        }
    }
}
