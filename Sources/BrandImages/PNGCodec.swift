import CImageCodecs

/// PNG through libpng's simplified API (`png_image_*`), which reports errors in `png_image.message`
/// instead of jumping out of the caller.
enum PNGCodec {
    static func decode(_ bytes: [UInt8], limits: ImageLimits) throws(ImageDecodingError) -> DecodedImage {
        var image = png_image()
        image.version = brandc_png_image_version
        defer { png_image_free(&image) }
        let began = bytes.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
        guard began != 0 else { throw failure(&image) }
        let (width, height) = (Int(image.width), Int(image.height))
        guard width > 0, height > 0 else { throw .corrupt(format: .png, detail: "a size of \(width) x \(height)") }
        guard width * height <= limits.maxPixels else {
            throw .tooLarge(width: width, height: height, limit: limits.maxPixels)
        }
        image.format = brandc_png_format_rgba
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        let finished = pixels.withUnsafeMutableBytes { buffer in
            png_image_finish_read(&image, nil, buffer.baseAddress, Int32(width * 4), nil)
        }
        guard finished != 0 else { throw failure(&image) }
        return DecodedImage(width: width, height: height, format: .png, pixels: pixels)
    }

    /// Encodes RGBA8 pixels as PNG.
    static func encode(_ image: DecodedImage) -> [UInt8]? {
        var png = png_image()
        png.version = brandc_png_image_version
        png.width = UInt32(image.width)
        png.height = UInt32(image.height)
        png.format = brandc_png_format_rgba
        defer { png_image_free(&png) }
        var size: png_alloc_size_t = 0
        let measured = image.pixels.withUnsafeBytes {
            png_image_write_to_memory(&png, nil, &size, 0, $0.baseAddress, Int32(image.width * 4), nil)
        }
        guard measured != 0, size > 0 else { return nil }
        var output = [UInt8](repeating: 0, count: Int(size))
        let written = output.withUnsafeMutableBytes { out in
            image.pixels.withUnsafeBytes {
                png_image_write_to_memory(&png, out.baseAddress, &size, 0, $0.baseAddress, Int32(image.width * 4), nil)
            }
        }
        guard written != 0 else { return nil }
        return Array(output.prefix(Int(size)))
    }

    private static func failure(_ image: inout png_image) -> ImageDecodingError {
        let message = String(cString: brandc_png_image_message(&image))
        let detail = message.isEmpty ? "libpng gave no reason" : "libpng: \(message)"
        let truncation = ["end of data", "Not enough image data", "Read Error", "unexpected end"]
        if truncation.contains(where: { message.localizedStandardContains($0) }) {
            return .truncated(format: .png, detail: detail)
        }
        return .corrupt(format: .png, detail: detail)
    }
}

extension String {
    /// Case-insensitive containment without Foundation.
    func localizedStandardContains(_ other: String) -> Bool { lowercased().contains(other.lowercased()) }
}
