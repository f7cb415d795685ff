import CImageCodecs

/// JPEG through libjpeg-turbo's TurboJPEG API. Warnings (a premature end, corrupt data) fail the decode:
/// the pixels they leave behind are partly grey and would mislead the colour checks.
enum JPEGCodec {
    static func decode(_ bytes: [UInt8], limits: ImageLimits) throws(ImageDecodingError) -> DecodedImage {
        guard let handle = tjInitDecompress() else {
            throw .corrupt(format: .jpeg, detail: "TurboJPEG could not start")
        }
        defer { tjDestroy(handle) }
        var (width, height, subsampling, colourspace): (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
        let read = bytes.withUnsafeBufferPointer { buffer in
            tjDecompressHeader3(handle, buffer.baseAddress, UInt(buffer.count), &width, &height, &subsampling, &colourspace)
        }
        guard read == 0 else { throw failure(handle) }
        guard width > 0, height > 0 else { throw .corrupt(format: .jpeg, detail: "a size of \(width) x \(height)") }
        guard Int(width) * Int(height) <= limits.maxPixels else {
            throw .tooLarge(width: Int(width), height: Int(height), limit: limits.maxPixels)
        }
        var pixels = [UInt8](repeating: 0, count: Int(width) * Int(height) * 4)
        let decoded = pixels.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                tjDecompress2(
                    handle, input.baseAddress, UInt(input.count), out.baseAddress, width, width * 4, height,
                    Int32(TJPF_RGBA.rawValue), 0)
            }
        }
        guard decoded == 0 else { throw failure(handle) }
        return DecodedImage(width: Int(width), height: Int(height), format: .jpeg, pixels: pixels)
    }

    /// Encodes RGBA8 pixels as a baseline 4:2:0 JPEG of `quality` (1…100).
    static func encode(_ image: DecodedImage, quality: Int) -> [UInt8]? {
        guard let handle = tjInitCompress() else { return nil }
        defer { tjDestroy(handle) }
        var output: UnsafeMutablePointer<UInt8>?
        var size: UInt = 0
        let status = image.pixels.withUnsafeBufferPointer { input in
            tjCompress2(
                handle, input.baseAddress, Int32(image.width), Int32(image.width * 4), Int32(image.height),
                Int32(TJPF_RGBA.rawValue), &output, &size, Int32(TJSAMP_420.rawValue), Int32(quality), 0)
        }
        defer { tjFree(output) }
        guard status == 0, let output else { return nil }
        return Array(UnsafeBufferPointer(start: output, count: Int(size)))
    }

    private static func failure(_ handle: tjhandle) -> ImageDecodingError {
        let message = tjGetErrorStr2(handle).map { String(cString: $0) } ?? "no reason given"
        let detail = "libjpeg-turbo: \(message)"
        if message.localizedStandardContains("premature end") {
            return .truncated(format: .jpeg, detail: detail)
        }
        return .corrupt(format: .jpeg, detail: detail)
    }
}
