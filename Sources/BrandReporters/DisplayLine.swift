import BrandDiagnostics

/// One source line as the human format prints it: a list of units, one per code-point column.
///
/// The split follows `SourceFile`'s own column count (a lead byte says how long its sequence is), so
/// column N is always unit N - 1, even in a line with invalid UTF-8. An invalid sequence and a control
/// character (other than tab) show as U+FFFD, so a source line can never send escape codes to the terminal.
struct DisplayLine {
    let units: [String]

    /// The text of `line` in `file`, or `nil` if the file has no such line.
    init?(file: any SourceLines, line: Int) {
        guard let text = file.line(line) else { return nil }
        self.init(bytes: text.bytes)
    }

    init(bytes: ArraySlice<UInt8>) {
        var units: [String] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = DisplayLine.sequenceLength(leadByte: bytes[index])
            let end = min(index + length, bytes.endIndex)
            units.append(DisplayLine.printable(bytes[index..<end]))
            index = end
        }
        self.units = units
    }

    static let replacement = "\u{FFFD}"

    private static func printable(_ sequence: ArraySlice<UInt8>) -> String {
        guard let decoded = String(validating: sequence, as: UTF8.self),
            let scalar = decoded.unicodeScalars.first, decoded.unicodeScalars.count == 1
        else { return replacement }
        let value = scalar.value
        let isControl = (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value)
        return isControl ? replacement : decoded
    }

    /// Bytes in the UTF-8 sequence a lead byte starts, as `SourceFile` counts columns.
    private static func sequenceLength(leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xF0...0xF7: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }
}
