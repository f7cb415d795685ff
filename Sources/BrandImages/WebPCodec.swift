import CImageCodecs

/// WebP through libwebp's advanced decoding API, decoding straight into a buffer brandc owns.
enum WebPCodec {
    static func decode(_ bytes: [UInt8], limits: ImageLimits) throws(ImageDecodingError) -> DecodedImage {
        var config = WebPDecoderConfig()
        guard WebPInitDecoderConfig(&config) != 0 else {
            throw .corrupt(format: .webp, detail: "libwebp version mismatch")
        }
        let featureStatus = bytes.withUnsafeBufferPointer { WebPGetFeatures($0.baseAddress, $0.count, &config.input) }
        guard featureStatus == VP8_STATUS_OK else { throw failure(featureStatus) }
        let (width, height) = (Int(config.input.width), Int(config.input.height))
        guard width > 0, height > 0 else { throw .corrupt(format: .webp, detail: "a size of \(width) x \(height)") }
        guard width * height <= limits.maxPixels else {
            throw .tooLarge(width: width, height: height, limit: limits.maxPixels)
        }
        guard config.input.has_animation == 0 else {
            throw .unsupportedVariant(format: .webp, detail: "it is animated; brandc reads still images only")
        }
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        let status = pixels.withUnsafeMutableBufferPointer { out in
            config.output.colorspace = MODE_RGBA
            config.output.is_external_memory = 1
            config.output.u.RGBA = WebPRGBABuffer(rgba: out.baseAddress, stride: Int32(width * 4), size: out.count)
            return bytes.withUnsafeBufferPointer { WebPDecode($0.baseAddress, $0.count, &config) }
        }
        WebPFreeDecBuffer(&config.output)
        guard status == VP8_STATUS_OK else { throw failure(status) }
        return DecodedImage(width: width, height: height, format: .webp, pixels: pixels)
    }

    /// Encodes RGBA8 pixels as lossy WebP of `quality` (0…100), or lossless when `quality` is nil.
    static func encode(_ image: DecodedImage, quality: Float?) -> [UInt8]? {
        var output: UnsafeMutablePointer<UInt8>?
        let size = image.pixels.withUnsafeBufferPointer { input in
            if let quality {
                WebPEncodeRGBA(input.baseAddress, Int32(image.width), Int32(image.height), Int32(image.width * 4), quality, &output)
            } else {
                WebPEncodeLosslessRGBA(input.baseAddress, Int32(image.width), Int32(image.height), Int32(image.width * 4), &output)
            }
        }
        defer { WebPFree(output) }
        guard size > 0, let output else { return nil }
        return Array(UnsafeBufferPointer(start: output, count: size))
    }

    private static func failure(_ status: VP8StatusCode) -> ImageDecodingError {
        switch status {
        case VP8_STATUS_NOT_ENOUGH_DATA: .truncated(format: .webp, detail: "libwebp: not enough data")
        case VP8_STATUS_BITSTREAM_ERROR: .corrupt(format: .webp, detail: "libwebp: bitstream error")
        case VP8_STATUS_UNSUPPORTED_FEATURE: .unsupportedVariant(format: .webp, detail: "libwebp: unsupported feature")
        case VP8_STATUS_OUT_OF_MEMORY: .corrupt(format: .webp, detail: "libwebp: out of memory")
        case VP8_STATUS_INVALID_PARAM: .corrupt(format: .webp, detail: "libwebp: invalid parameter")
        default: .corrupt(format: .webp, detail: "libwebp status \(status.rawValue)")
        }
    }
}
