import BrandDiagnostics
import BrandModel

/// Turns a position inside a scalar's value into a position in its file, so a finding in copy is
/// reported at its own column rather than at the start of the string.
///
/// Works when the value is written as is in the source (plain or quoted, on one line, no escapes);
/// otherwise it falls back to the start of the scalar, which is still the right line.
struct SourcePinpoint {
    let fileSystem: any FileSystem

    func location(in value: Located<String>, scalarOffset: Int, scalarLength: Int = 1) -> SourceLocation {
        exactLocation(in: value, scalarOffset: scalarOffset, scalarLength: scalarLength) ?? value.location
    }

    /// The location of the scalars in the file, or `nil` when the source does not spell the value
    /// as is (escapes, folded lines): then no fix may replace bytes there.
    func exactLocation(in value: Located<String>, scalarOffset: Int, scalarLength: Int = 1) -> SourceLocation? {
        guard let start = value.location.start,
            let bytes = try? fileSystem.read(value.location.file), start.offset < bytes.count
        else { return nil }
        var index = start.offset
        if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { index += 1 }
        let source = String(decoding: bytes[index...].prefix(value.value.utf8.count * 2 + 8), as: UTF8.self)
        let sourceScalars = Array(source.unicodeScalars)
        let valueScalars = Array(value.value.unicodeScalars)
        let end = min(scalarOffset + scalarLength, valueScalars.count)
        guard end <= sourceScalars.count, Array(sourceScalars[0..<end]) == Array(valueScalars[0..<end]),
            !valueScalars[0..<end].contains("\n")
        else { return nil }
        let prefixBytes = String(String.UnicodeScalarView(valueScalars[0..<scalarOffset])).utf8.count
        let findingBytes = String(String.UnicodeScalarView(valueScalars[scalarOffset..<end])).utf8.count
        let column = (index - start.offset) + start.column + scalarOffset
        let from = SourcePosition(offset: index + prefixBytes, line: start.line, column: column)
        let to = SourcePosition(offset: index + prefixBytes + findingBytes, line: start.line, column: column + end - scalarOffset)
        return SourceLocation(file: value.location.file, range: SourceRange(start: from, end: to))
    }
}
