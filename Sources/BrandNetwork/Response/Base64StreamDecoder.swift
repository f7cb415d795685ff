/// Decodes base64 (standard or URL-safe alphabet, padded or not, line breaks ignored) in pieces,
/// so a 40 MB string never has to be in memory at once. It stops at the first byte that cannot be
/// part of base64 (the `)` closing a Markdown data URI, a quote) when told to.
struct Base64StreamDecoder {
    /// Whether the decoder met a byte that ends the base64 text.
    private(set) var isFinished = false
    private var quantum: UInt32 = 0
    private var quantumLength = 0
    private var sawPadding = false

    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8).enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()

    enum Failure: Error, Equatable { case invalidByte(UInt8), truncated }

    /// Decodes `input`, appending bytes to `output`; returns how many input bytes were consumed
    /// (fewer than all only when the base64 text ended inside `input` and `stopsAtEnd` is set).
    @discardableResult
    mutating func feed(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], stopsAtEnd: Bool) throws -> Int {
        guard !isFinished else { return 0 }
        output.reserveCapacity(output.count + input.count / 4 * 3 + 3)
        let table = Self.table
        for index in 0..<input.count {
            let byte = input[index]
            let value = table[Int(byte)]
            if value != 0xFF, !sawPadding {
                quantum = quantum << 6 | UInt32(value)
                quantumLength += 1
                if quantumLength == 4 {
                    output.append(UInt8(truncatingIfNeeded: quantum >> 16))
                    output.append(UInt8(truncatingIfNeeded: quantum >> 8))
                    output.append(UInt8(truncatingIfNeeded: quantum))
                    quantum = 0
                    quantumLength = 0
                }
            } else if byte == UInt8(ascii: "=") {
                sawPadding = true
            } else if byte == 0x0A || byte == 0x0D || byte == 0x20 || byte == 0x09 {
                continue
            } else if stopsAtEnd || (value != 0xFF && sawPadding) {
                isFinished = true
                return index
            } else {
                throw Failure.invalidByte(byte)
            }
        }
        return input.count
    }

    /// Flushes the last partial quantum (unpadded input) into `output`.
    mutating func finish(into output: inout [UInt8]) throws {
        isFinished = true
        switch quantumLength {
        case 0: return
        case 2: output.append(UInt8(truncatingIfNeeded: quantum >> 4))
        case 3:
            output.append(UInt8(truncatingIfNeeded: quantum >> 10))
            output.append(UInt8(truncatingIfNeeded: quantum >> 2))
        default: throw Failure.truncated
        }
        quantumLength = 0
    }
}
