/// An image's format and pixel size, read from its header without decoding any pixels.
public struct ImageHeader: Sendable, Hashable {
    public var format: ImageFileFormat
    public var width: Int
    public var height: Int
    /// An animated WebP (brandc reads still images only).
    public var isAnimated: Bool

    public init(format: ImageFileFormat, width: Int, height: Int, isAnimated: Bool = false) {
        self.format = format
        self.width = width
        self.height = height
        self.isAnimated = isAnimated
    }

    /// Width × height.
    public var pixelCount: Int { width * height }

    /// The header of `bytes`: PNG IHDR, the first JPEG SOF marker, or the WebP VP8/VP8L/VP8X chunk.
    public static func read(_ bytes: [UInt8]) throws(ImageDecodingError) -> ImageHeader {
        guard !bytes.isEmpty else { throw .empty }
        guard let format = ImageFileFormat.sniff(bytes) else {
            throw .unsupportedFormat(looksLike: ImageFileFormat.describe(bytes))
        }
        let header: ImageHeader
        switch format {
        case .png: header = try png(bytes)
        case .jpeg: header = try jpeg(bytes)
        case .webp: header = try webp(bytes)
        }
        guard header.width > 0, header.height > 0 else {
            throw .corrupt(format: format, detail: "the header gives a size of \(header.width) x \(header.height)")
        }
        return header
    }

    private static func bigEndian32(_ bytes: [UInt8], _ at: Int) -> Int {
        bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func bigEndian16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) << 8 | Int(bytes[at + 1]) }

    private static func littleEndian(_ bytes: [UInt8], _ at: Int, count: Int) -> Int {
        (0..<count).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) }
    }

    private static func png(_ bytes: [UInt8]) throws(ImageDecodingError) -> ImageHeader {
        guard bytes.count >= 33 else { throw .truncated(format: .png, detail: "the file ends inside the PNG header") }
        guard Array(bytes[12..<16]) == Array("IHDR".utf8), bigEndian32(bytes, 8) == 13 else {
            throw .corrupt(format: .png, detail: "the first chunk is not IHDR")
        }
        return ImageHeader(format: .png, width: bigEndian32(bytes, 16), height: bigEndian32(bytes, 20))
    }

    /// Walks the JPEG markers up to the first start-of-frame (SOF0…SOF15 but DHT, JPG and DAC).
    private static func jpeg(_ bytes: [UInt8]) throws(ImageDecodingError) -> ImageHeader {
        var at = 2
        while true {
            guard at < bytes.count else {
                throw .truncated(format: .jpeg, detail: "the file ends before the frame header (SOF)")
            }
            guard bytes[at] == 0xFF else {
                throw .corrupt(format: .jpeg, detail: "no marker where one is expected (byte \(at))")
            }
            while at < bytes.count, bytes[at] == 0xFF { at += 1 }  // fill bytes
            guard at < bytes.count else { continue }
            let marker = bytes[at]
            at += 1
            if marker == 0x01 || (0xD0...0xD8).contains(marker) { continue }  // no length
            if marker == 0xD9 || marker == 0xDA {
                throw .corrupt(format: .jpeg, detail: "image data starts before any frame header (SOF)")
            }
            guard at + 2 <= bytes.count else { continue }
            let length = bigEndian16(bytes, at)
            guard length >= 2 else { throw .corrupt(format: .jpeg, detail: "a marker segment of length \(length)") }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard at + 7 <= bytes.count else {
                    throw .truncated(format: .jpeg, detail: "the file ends inside the frame header (SOF)")
                }
                return ImageHeader(format: .jpeg, width: bigEndian16(bytes, at + 5), height: bigEndian16(bytes, at + 3))
            }
            at += length
        }
    }

    private static func webp(_ bytes: [UInt8]) throws(ImageDecodingError) -> ImageHeader {
        guard bytes.count >= 30 else { throw .truncated(format: .webp, detail: "the file ends inside the WebP header") }
        let chunk = String(decoding: bytes[12..<16], as: UTF8.self)
        switch chunk {
        case "VP8 ":
            guard Array(bytes[23..<26]) == [0x9D, 0x01, 0x2A] else {
                throw .corrupt(format: .webp, detail: "the VP8 frame has no start code")
            }
            return ImageHeader(
                format: .webp, width: littleEndian(bytes, 26, count: 2) & 0x3FFF,
                height: littleEndian(bytes, 28, count: 2) & 0x3FFF)
        case "VP8L":
            guard bytes[20] == 0x2F else { throw .corrupt(format: .webp, detail: "the VP8L signature is missing") }
            let bits = littleEndian(bytes, 21, count: 4)
            return ImageHeader(format: .webp, width: (bits & 0x3FFF) + 1, height: (bits >> 14 & 0x3FFF) + 1)
        case "VP8X":
            return ImageHeader(
                format: .webp, width: littleEndian(bytes, 24, count: 3) + 1, height: littleEndian(bytes, 27, count: 3) + 1,
                isAnimated: bytes[20] & 0x02 != 0)
        default:
            throw .corrupt(format: .webp, detail: "unknown first chunk \"\(chunk)\"")
        }
    }
}
