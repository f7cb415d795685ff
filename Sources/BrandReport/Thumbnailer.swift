import Foundation
import BrandImages

/// Makes a small preview of an image file. One type stands behind thumbnailing so the report does
/// not care how it is done (in process with BrandImages by default).
public protocol Thumbnailer: Sendable {
    /// A name that changes when the output would: part of each cached thumbnail's file name.
    var identity: String { get }
    /// The file extension of what `makeThumbnail` writes.
    var fileExtension: String { get }
    /// Writes a thumbnail of `source` at `destination`, at most `size` pixels on its longer side.
    func makeThumbnail(of source: URL, at destination: URL, size: Int) throws
}

public struct ThumbnailError: Error, CustomStringConvertible {
    public var description: String
}

/// In process, with the same decoders `brandc check` uses (BrandImages: PNG, JPEG, WebP): shrinks
/// by area averaging, alpha composited over white, and writes a baseline JPEG, the same bytes for
/// the same input.
public struct ImageThumbnailer: Thumbnailer {
    public var identity: String { "box" }
    public var fileExtension: String { "jpg" }
    public var quality = 80

    public init() {}

    public func makeThumbnail(of source: URL, at destination: URL, size: Int) throws {
        let image: DecodedImage
        do {
            image = try ImageDecoder().decodeFile(atPath: source.path)
        } catch {
            throw ThumbnailError(description: "cannot decode \(source.lastPathComponent): \(error)")
        }
        let small = Self.shrunk(image, longerSide: size)
        guard let bytes = ImageEncoder.jpeg(small, quality: quality) else {
            throw ThumbnailError(description: "cannot encode the thumbnail of \(source.lastPathComponent)")
        }
        try Data(bytes).write(to: destination, options: .atomic)
    }

    /// `image` scaled so its longer side is at most `longerSide` (never enlarged), each output pixel
    /// the mean of the source pixels it covers, over white.
    static func shrunk(_ image: DecodedImage, longerSide: Int) -> DecodedImage {
        let scale = min(1, Double(max(1, longerSide)) / Double(max(image.width, image.height)))
        let width = max(1, Int((Double(image.width) * scale).rounded()))
        let height = max(1, Int((Double(image.height) * scale).rounded()))
        return image.areaAveragedOverWhite(width: width, height: height)
    }
}

/// Thumbnails kept in the report's `thumbs/` folder under the image's SHA-256 (from the journal),
/// so each image is shrunk once: a second report of the same build makes none.
public struct ThumbnailCache: Sendable {
    public let folder: URL
    public let thumbnailer: (any Thumbnailer)?
    public var size = 320

    public init(folder: URL, thumbnailer: (any Thumbnailer)?) {
        self.folder = folder
        self.thumbnailer = thumbnailer
    }

    /// The thumbnail's file name inside `folder`, made now unless it is already there; `nil` when
    /// there is no thumbnailer or it failed (the card then shows the full image, lazily loaded).
    public func thumbnail(of image: URL, sha256: String) -> (name: String?, problem: String?) {
        guard let thumbnailer else { return (nil, nil) }
        let name = "\(sha256.prefix(32))-\(thumbnailer.identity)\(size).\(thumbnailer.fileExtension)"
        let target = folder.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: target.path) { return (name, nil) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let partial = folder.appendingPathComponent(".\(name).partial.\(thumbnailer.fileExtension)")
            try thumbnailer.makeThumbnail(of: image, at: partial, size: size)
            _ = try? FileManager.default.removeItem(at: target)
            try FileManager.default.moveItem(at: partial, to: target)
            return (name, nil)
        } catch {
            return (nil, "\(error)")
        }
    }
}
