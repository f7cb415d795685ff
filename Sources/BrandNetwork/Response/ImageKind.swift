/// An image format told from its first bytes: a provider's `mimeType` is not trusted (reference §4.2).
public enum ImageKind: String, Sendable, Hashable, Codable {
    case png, jpeg, webp, gif

    public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }

    /// The format of bytes that start with `prefix` (at least 12 bytes for WebP), or `nil`.
    public static func sniff(_ prefix: some Collection<UInt8>) -> ImageKind? {
        let head = Array(prefix.prefix(12))
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if head.count >= 12, head.starts(with: Array("RIFF".utf8)), Array(head[8..<12]) == Array("WEBP".utf8) {
            return .webp
        }
        if head.starts(with: Array("GIF8".utf8)) { return .gif }
        return nil
    }
}
