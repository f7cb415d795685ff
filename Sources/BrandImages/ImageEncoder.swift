/// Encodes RGBA8 pixels with the same system codecs the decoder uses (tests, benchmarks, debug output).
/// `nil` when the codec refuses.
public enum ImageEncoder {
    public static func png(_ image: DecodedImage) -> [UInt8]? { PNGCodec.encode(image) }

    /// Baseline JPEG, 4:2:0 chroma subsampling; alpha is dropped.
    public static func jpeg(_ image: DecodedImage, quality: Int = 90) -> [UInt8]? {
        JPEGCodec.encode(image, quality: min(max(quality, 1), 100))
    }

    /// Lossy WebP of `quality` (0…100), or lossless when `quality` is nil.
    public static func webp(_ image: DecodedImage, quality: Float? = 90) -> [UInt8]? {
        WebPCodec.encode(image, quality: quality.map { min(max($0, 0), 100) })
    }
}
