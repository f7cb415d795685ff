/// The image formats brandc decodes, recognised by their magic bytes.
public enum ImageFileFormat: String, Sendable, Hashable, CaseIterable {
    case png
    case jpeg
    case webp

    /// A name for messages: `PNG`, `JPEG`, `WebP`.
    public var displayName: String {
        switch self {
        case .png: "PNG"
        case .jpeg: "JPEG"
        case .webp: "WebP"
        }
    }

    /// The format the bytes are, from their first 12 bytes; `nil` for anything else.
    public static func sniff(_ bytes: [UInt8]) -> ImageFileFormat? {
        if bytes.starts(with: pngSignature) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            return .webp
        }
        return nil
    }

    /// What bytes that are not PNG, JPEG or WebP look like, for a message: "a GIF image", "text (starts with
    /// \"<!DOCTYPE html\")", or the first bytes in hex.
    public static func describe(_ bytes: [UInt8]) -> String {
        if let format = sniff(bytes) { return "a \(format.displayName) image" }
        if bytes.isEmpty { return "empty (0 bytes)" }
        func starts(_ text: String) -> Bool { bytes.starts(with: Array(text.utf8)) }
        if starts("GIF87a") || starts("GIF89a") { return "a GIF image" }
        if starts("BM"), bytes.count >= 14 { return "a BMP image" }
        if starts("II*\u{0}") || starts("MM\u{0}*") { return "a TIFF image" }
        if starts("%PDF") { return "a PDF document" }
        if bytes.count >= 12, Array(bytes[4..<8]) == Array("ftyp".utf8) {
            let brand = String(decoding: bytes[8..<12], as: UTF8.self)
            switch brand {
            case "avif", "avis": return "an AVIF image"
            case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1": return "a HEIC/HEIF image"
            default: return "an ISO media file (brand \(brand))"
            }
        }
        if starts("RIFF") { return "a RIFF file that is not WebP" }
        if let text = printablePrefix(bytes) { return "text (starts with \"\(text)\")" }
        let hex = bytes.prefix(8).map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
        return "not an image (it starts with \(hex.joined(separator: " ")))"
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The first few characters when the bytes start as UTF-8 text (JSON, HTML, an error page...).
    private static func printablePrefix(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(64)
        var text = String(decoding: head, as: UTF8.self)
        if text.unicodeScalars.contains(where: { $0 == "\u{FFFD}" }) {
            // A multi-byte character cut at byte 64 is fine; anything else is binary.
            text = String(decoding: head.dropLast(3), as: UTF8.self)
            guard !text.unicodeScalars.contains(where: { $0 == "\u{FFFD}" }) else { return nil }
        }
        let binary = text.unicodeScalars.contains { $0.value < 0x20 && !["\n", "\r", "\t"].contains($0) }
        guard !binary else { return nil }
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        let trimmed = line.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        return trimmed.count > 24 ? String(trimmed.prefix(24)) + "…" : trimmed
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
