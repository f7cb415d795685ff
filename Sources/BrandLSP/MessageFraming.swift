/// The base protocol's framing: `Content-Length: N` (and optionally `Content-Type`) header lines,
/// a blank line, then N bytes of JSON. Reads from any byte source, so tests feed it chunks.
public struct FrameReader {
    /// What one read yields.
    public enum Frame: Equatable, Sendable {
        case message([UInt8])
        /// A frame that could not be read; the reader has skipped past it and can go on.
        case malformed(String)
    }

    /// The largest body accepted; a larger one is skipped and reported.
    public var maxBodyBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private let fill: () -> [UInt8]?

    /// `fill` returns the next bytes, or `nil` (or empty) at the end of input.
    public init(maxBodyBytes: Int = 64 << 20, fill: @escaping () -> [UInt8]?) {
        self.maxBodyBytes = maxBodyBytes
        self.fill = fill
    }

    /// The next frame, or `nil` at the end of input.
    public mutating func next() -> Frame? {
        guard let headerEnd = findHeaderEnd() else { return nil }
        let header = String(decoding: buffer[start..<headerEnd.headerStop], as: UTF8.self)
        start = headerEnd.bodyStart
        var length: Int?
        for line in header.split(whereSeparator: \.isNewline) where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return .malformed("header line without a colon: '\(line.prefix(80))'") }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-length" {
                guard let number = Int(value), number >= 0 else { return .malformed("Content-Length '\(value.prefix(40))' is not a byte count") }
                length = number
            }
        }
        guard let length else { return .malformed("a frame without a Content-Length header") }
        if length > maxBodyBytes {
            skip(length)
            return .malformed("a \(length)-byte message is larger than the \(maxBodyBytes)-byte limit")
        }
        while buffer.count - start < length {
            guard let more = fill(), !more.isEmpty else { return nil }
            buffer += more
        }
        let body = Array(buffer[start..<start + length])
        start += length
        compact()
        return .message(body)
    }

    /// Finds the blank line that ends the headers (CRLF CRLF, or LF LF from a sloppy client).
    private mutating func findHeaderEnd() -> (headerStop: Int, bodyStart: Int)? {
        var scan = start
        while true {
            var index = scan
            while index < buffer.count {
                if buffer[index] == 10 {
                    if index + 1 < buffer.count, buffer[index + 1] == 10 { return (index, index + 2) }
                    if index + 2 < buffer.count, buffer[index + 1] == 13, buffer[index + 2] == 10 { return (index, index + 3) }
                }
                index += 1
            }
            scan = max(start, buffer.count - 2)
            guard let more = fill(), !more.isEmpty else { return nil }
            buffer += more
            if buffer.count - start > 64 << 10, !buffer[start...].contains(10) {
                // Garbage without line breaks: drop it rather than grow forever.
                start = buffer.count
                compact()
                scan = start
            }
        }
    }

    private mutating func skip(_ count: Int) {
        var remaining = count
        while remaining > 0 {
            if start >= buffer.count {
                buffer = []
                start = 0
                guard let more = fill(), !more.isEmpty else { return }
                buffer = more
            }
            let taken = min(remaining, buffer.count - start)
            start += taken
            remaining -= taken
        }
        compact()
    }

    private mutating func compact() {
        if start > 1 << 16 || start == buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }
}

/// Frames one JSON message for the wire.
public enum FrameWriter {
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
