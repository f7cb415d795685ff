import Crypto
import Foundation

/// A decoded image in a temporary file of the output folder, not yet in place.
public struct DecodedImage: Sendable, Hashable {
    public var temporaryFile: URL
    public var kind: ImageKind
    public var sha256: String
    public var byteCount: Int
}

/// Where base64 text is: a short string held in the skeleton, or a long one in a blob file.
enum Base64Text {
    case inline([UInt8])
    case blob(URL)

    /// Which part of the text is base64: all of it, or what follows `base64,` in a data URI
    /// (the first one, or the last when a Markdown reply shows several images).
    enum Payload { case whole, dataURI, lastDataURI }

    /// Decodes the payload in pieces into a temporary file in `folder`; `nil` when there is no
    /// payload or its bytes are not PNG, JPEG, WebP or GIF.
    func decode(_ payload: Payload, into folder: URL, chunkSize: Int = 64 * 1024) throws -> DecodedImage? {
        let marker = Array("base64,".utf8)
        let start: Int
        switch payload {
        case .whole: start = 0
        case .dataURI, .lastDataURI:
            let found = try offsets(of: marker)
            guard let offset = payload == .dataURI ? found.first : found.last else { return nil }
            start = offset + marker.count
        }
        let url = folder.appendingPathComponent(".image-\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
            let output = FileHandle(forWritingAtPath: url.path)
        else { throw NetworkError.io("cannot write \(url.path)") }
        var writer = Writer(output: output)
        do {
            try feed(from: start, chunkSize: chunkSize, stopsAtEnd: payload != .whole, into: &writer)
            try output.synchronize()
            try output.close()
        } catch {
            try? output.close()
            try? FileManager.default.removeItem(at: url)
            throw error
        }
        guard writer.count > 0, let kind = ImageKind.sniff(writer.head) else {
            try? FileManager.default.removeItem(at: url)
            return nil
        }
        return DecodedImage(temporaryFile: url, kind: kind, sha256: RequestHash.hex(writer.hasher.finalize()), byteCount: writer.count)
    }

    struct Writer {
        let output: FileHandle
        var hasher = SHA256()
        var head: [UInt8] = []
        var count = 0

        mutating func write(_ bytes: [UInt8]) throws {
            guard !bytes.isEmpty else { return }
            if head.count < 12 { head += bytes.prefix(12 - head.count) }
            hasher.update(data: bytes)
            count += bytes.count
            try output.write(contentsOf: bytes)
        }
    }

    private func feed(from start: Int, chunkSize: Int, stopsAtEnd: Bool, into writer: inout Writer) throws {
        var decoder = Base64StreamDecoder()
        var decoded: [UInt8] = []
        switch self {
        case .inline(let bytes):
            try bytes[start...].withUnsafeBufferPointer { _ = try decoder.feed($0, into: &decoded, stopsAtEnd: stopsAtEnd) }
            try decoder.finish(into: &decoded)
            try writer.write(decoded)
        case .blob(let url):
            guard let input = FileHandle(forReadingAtPath: url.path) else { throw NetworkError.io("cannot read \(url.path)") }
            defer { try? input.close() }
            try input.seek(toOffset: UInt64(start))
            while !decoder.isFinished, let chunk = try input.read(upToCount: chunkSize), !chunk.isEmpty {
                try chunk.withUnsafeBytes {
                    _ = try decoder.feed($0.bindMemory(to: UInt8.self), into: &decoded, stopsAtEnd: stopsAtEnd)
                }
                try writer.write(decoded)
                decoded.removeAll(keepingCapacity: true)
            }
            try decoder.finish(into: &decoded)
            try writer.write(decoded)
        }
    }

    /// Every offset of `pattern` in the text, read in pieces for blobs.
    func offsets(of pattern: [UInt8]) throws -> [Int] {
        switch self {
        case .inline(let bytes): return Self.offsets(of: pattern, in: bytes, base: 0)
        case .blob(let url):
            guard let input = FileHandle(forReadingAtPath: url.path) else { throw NetworkError.io("cannot read \(url.path)") }
            defer { try? input.close() }
            var found: [Int] = []
            var carry: [UInt8] = []
            var base = 0
            while let chunk = try input.read(upToCount: 64 * 1024), !chunk.isEmpty {
                let window = carry + chunk
                found += Self.offsets(of: pattern, in: window, base: base).filter { !found.contains($0) }
                let keep = min(window.count, pattern.count - 1)
                carry = Array(window.suffix(keep))
                base += window.count - keep
            }
            return found
        }
    }

    static func offsets(of pattern: [UInt8], in bytes: [UInt8], base: Int) -> [Int] {
        guard let first = pattern.first, bytes.count >= pattern.count else { return [] }
        var result: [Int] = []
        var index = 0
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, Array(bytes[index..<index + pattern.count]) == pattern { result.append(base + index) }
            index += 1
        }
        return result
    }
}
