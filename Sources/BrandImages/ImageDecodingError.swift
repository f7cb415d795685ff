/// Why an image could not be decoded; `message` says it in words a user can act on.
public enum ImageDecodingError: Error, Sendable, Hashable {
    /// The file has no bytes.
    case empty
    /// The data ends early: a partial download or an interrupted write.
    case truncated(format: ImageFileFormat, detail: String)
    /// The data is damaged or not valid for its format; `detail` is the codec's own words.
    case corrupt(format: ImageFileFormat, detail: String)
    /// Not PNG, JPEG or WebP; what the bytes look like instead.
    case unsupportedFormat(looksLike: String)
    /// A valid image brandc does not read (an animated WebP).
    case unsupportedVariant(format: ImageFileFormat, detail: String)
    /// The header's size exceeds `ImageLimits.maxPixels`.
    case tooLarge(width: Int, height: Int, limit: Int)
    /// The file exceeds `ImageLimits.maxFileBytes`.
    case fileTooLarge(bytes: Int, limit: Int)
    /// The file could not be read at all.
    case unreadable(reason: String)

    public var message: String {
        switch self {
        case .empty:
            "the file is empty (0 bytes)"
        case .truncated(let format, let detail):
            "the \(format.displayName) data is truncated (\(detail))"
        case .corrupt(let format, let detail):
            "the \(format.displayName) data is corrupt (\(detail))"
        case .unsupportedFormat(let looksLike):
            "not a PNG, JPEG or WebP image: the bytes are \(looksLike)"
        case .unsupportedVariant(let format, let detail):
            "this \(format.displayName) cannot be read: \(detail)"
        case .tooLarge(let width, let height, let limit):
            "\(width) x \(height) is \(width * height) pixels, more than check.max-image-pixels (\(limit)); not decoded"
        case .fileTooLarge(let bytes, let limit):
            "the file is \(bytes) bytes, more than the \(limit)-byte limit for an image; not read"
        case .unreadable(let reason):
            "cannot read the file (\(reason))"
        }
    }
}
