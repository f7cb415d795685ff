/// How large an image brandc agrees to decode. Checked from the header, before pixels are allocated.
public struct ImageLimits: Sendable, Hashable {
    /// Width × height, at most; brandc.yaml `check.max-image-pixels`. Default 8192 × 8192.
    public var maxPixels: Int
    /// The file's size in bytes, at most. Default 64 MiB.
    public var maxFileBytes: Int

    public static let defaultMaxPixels = 8192 * 8192
    public static let defaultMaxFileBytes = 64 << 20

    public init(maxPixels: Int = ImageLimits.defaultMaxPixels, maxFileBytes: Int = ImageLimits.defaultMaxFileBytes) {
        self.maxPixels = maxPixels
        self.maxFileBytes = maxFileBytes
    }
}
