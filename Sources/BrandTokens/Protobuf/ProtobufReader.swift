/// Reads the protocol-buffer wire format, field by field, from a byte buffer.
///
/// Only what a SentencePiece `ModelProto` needs: varints, 32-bit values and length-delimited
/// fields; 64-bit fields are skipped; groups (deprecated wire types 3 and 4) are malformed input.
/// Every read is bounds-checked and reports the offset at which the input went wrong.
struct ProtobufReader {
    enum WireType: UInt8 {
        case varint = 0
        case fixed64 = 1
        case lengthDelimited = 2
        case fixed32 = 5
    }

    struct Field {
        let number: Int
        let wireType: WireType
    }

    struct MalformedInput: Error, Equatable {
        let offset: Int
        let reason: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset: Int
    private let end: Int

    /// A reader over `bytes[range]`; the buffer must outlive the reader.
    init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.bytes = bytes
        self.offset = range.lowerBound
        self.end = range.upperBound
    }

    var isAtEnd: Bool { offset >= end }

    /// The next field's key, or `nil` at the end of the message.
    mutating func nextField() throws(MalformedInput) -> Field? {
        guard !isAtEnd else { return nil }
        let keyOffset = offset
        let key = try readVarint()
        let number = key >> 3
        guard number > 0, number <= 0x1FFF_FFFF else {
            throw MalformedInput(offset: keyOffset, reason: "field number \(number) is out of range")
        }
        guard let wireType = WireType(rawValue: UInt8(key & 7)) else {
            throw MalformedInput(offset: keyOffset, reason: "unsupported wire type \(key & 7)")
        }
        return Field(number: Int(number), wireType: wireType)
    }

    mutating func readVarint() throws(MalformedInput) -> UInt64 {
        let start = offset
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end else { throw MalformedInput(offset: start, reason: "the data ends inside a varint") }
            let byte = bytes[offset]
            offset += 1
            guard shift < 64 else { throw MalformedInput(offset: start, reason: "a varint is longer than 10 bytes") }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }

    mutating func readFixed32() throws(MalformedInput) -> UInt32 {
        guard end - offset >= 4 else {
            throw MalformedInput(offset: offset, reason: "the data ends inside a 32-bit value")
        }
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(bytes[offset + index]) << (8 * UInt32(index)) }
        offset += 4
        return value
    }

    /// The byte range of a length-delimited field's payload, which the reader then skips.
    mutating func readLengthDelimited() throws(MalformedInput) -> Range<Int> {
        let start = offset
        let length = try readVarint()
        guard length <= UInt64(end - offset) else {
            throw MalformedInput(offset: start, reason: "a field of \(length) bytes runs past the end of the data")
        }
        let range = offset..<(offset + Int(length))
        offset = range.upperBound
        return range
    }

    mutating func readFloat() throws(MalformedInput) -> Float {
        Float(bitPattern: try readFixed32())
    }

    mutating func readBool() throws(MalformedInput) -> Bool {
        try readVarint() != 0
    }

    /// A proto `int32`/enum: negative values are sign-extended to ten bytes on the wire.
    mutating func readInt32() throws(MalformedInput) -> Int32 {
        Int32(truncatingIfNeeded: Int64(bitPattern: try readVarint()))
    }

    mutating func skip(_ wireType: WireType) throws(MalformedInput) {
        switch wireType {
        case .varint: _ = try readVarint()
        case .fixed32: _ = try readFixed32()
        case .lengthDelimited: _ = try readLengthDelimited()
        case .fixed64:
            guard end - offset >= 8 else {
                throw MalformedInput(offset: offset, reason: "the data ends inside a 64-bit value")
            }
            offset += 8
        }
    }

    /// A field of the expected wire type, or a clear error naming the field.
    func require(_ field: Field, is expected: WireType, in message: String) throws(MalformedInput) {
        guard field.wireType == expected else {
            throw MalformedInput(
                offset: offset, reason: "\(message) field \(field.number) has wire type \(field.wireType.rawValue)")
        }
    }
}
