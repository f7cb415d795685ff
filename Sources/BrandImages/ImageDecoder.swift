import Foundation

/// Decodes PNG, JPEG and WebP into RGBA8 within `limits`. The format comes from the bytes, never the file name;
/// the size is checked from the header before any pixel buffer exists, so memory stays bounded by the limits.
public struct ImageDecoder: Sendable {
    public var limits: ImageLimits

    public init(limits: ImageLimits = ImageLimits()) {
        self.limits = limits
    }

    /// Decodes `bytes`, or says why not.
    public func decode(_ bytes: [UInt8]) throws(ImageDecodingError) -> DecodedImage {
        guard bytes.count <= limits.maxFileBytes else {
            throw .fileTooLarge(bytes: bytes.count, limit: limits.maxFileBytes)
        }
        let header = try ImageHeader.read(bytes)
        try check(header)
        let image: DecodedImage
        switch header.format {
        case .png: image = try PNGCodec.decode(bytes, limits: limits)
        case .jpeg: image = try JPEGCodec.decode(bytes, limits: limits)
        case .webp: image = try WebPCodec.decode(bytes, limits: limits)
        }
        return image
    }

    /// Reads the file at `path` (refusing it by its size first) and decodes it.
    public func decodeFile(atPath path: String) throws(ImageDecodingError) -> DecodedImage {
        try decode(readFile(atPath: path))
    }

    /// The file's bytes, refused when larger than `limits.maxFileBytes`.
    public func readFile(atPath path: String) throws(ImageDecodingError) -> [UInt8] {
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw .unreadable(reason: Self.reason(error))
        }
        guard size <= limits.maxFileBytes else { throw .fileTooLarge(bytes: size, limit: limits.maxFileBytes) }
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw .unreadable(reason: Self.reason(error))
        }
    }

    /// Refuses sizes over the pixel limit, and animations.
    func check(_ header: ImageHeader) throws(ImageDecodingError) {
        guard header.pixelCount <= limits.maxPixels else {
            throw .tooLarge(width: header.width, height: header.height, limit: limits.maxPixels)
        }
        if header.isAnimated {
            throw .unsupportedVariant(format: header.format, detail: "it is animated; brandc reads still images only")
        }
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code)), underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
