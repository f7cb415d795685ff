import Foundation

/// Makes a small preview of an image file. One type stands behind thumbnailing so the report does
/// not care how it is done (libvips today; an in-process decoder could replace it).
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

/// libvips' `vipsthumbnail` (Debian's `libvips-tools`) as a subprocess: decodes PNG, JPEG and WebP,
/// shrinks on load, and writes a metadata-free JPEG, the same bytes for the same input.
public struct VipsThumbnailer: Thumbnailer {
    public let executable: URL
    public var identity: String { "vips" }
    public var fileExtension: String { "jpg" }

    /// `vipsthumbnail` from `PATH`, or `nil` when it is not installed.
    public init?(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let found = folders.map({ URL(fileURLWithPath: String($0)).appendingPathComponent("vipsthumbnail") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else { return nil }
        executable = found
    }

    public func makeThumbnail(of source: URL, at destination: URL, size: Int) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = [source.path, "--size", "\(size)x\(size)", "-o", destination.path + "[Q=80,strip]"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ThumbnailError(description: "vipsthumbnail failed on \(source.lastPathComponent): "
                + String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
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
