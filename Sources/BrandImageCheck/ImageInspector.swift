import BrandModel
import Foundation

/// Measures one image: reads the file, checks its type and header size, decodes it, analyses its
/// colours and reads its text. Used by one worker at a time (`ImageCheckPool` hands it out
/// exclusively); it holds no state today, and will hold that worker's OCR engine.
final class ImageInspector: @unchecked Sendable {
    init() {}

    func observe(_ path: String, expecting expectations: ImageExpectations, thresholds: ImageCheckThresholds) -> ImageObservation {
        var observation = ImageObservation()
        observation.extensionType = Self.typeNamed(by: path)
        let head: [UInt8]
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            head = Array(try handle.read(upToCount: 24) ?? Data())
        } catch {
            observation.undecodable = "cannot read the file (\(error.localizedDescription))"
            return observation
        }
        guard !head.isEmpty else {
            observation.undecodable = "the file is empty (0 bytes)"
            return observation
        }
        guard let sniffed = Self.sniff(head) else {
            let hex = head.prefix(8).map { String(format: "%02X", $0) }.joined(separator: " ")
            observation.undecodable = "not a PNG, JPEG or WebP image (it starts with \(hex))"
            return observation
        }
        observation.sniffedType = sniffed
        if let size = Self.pngSize(head) {
            (observation.width, observation.height) = size
        } else {
            switch PixelReader.size(of: path) {
            case .failure(.unreadable(let reason)):
                observation.undecodable = reason
                return observation
            case .success(let size):
                (observation.width, observation.height) = size
            }
        }
        let pixels = observation.width * observation.height
        guard pixels <= thresholds.maxImagePixels else {
            observation.undecodable = "\(observation.width) x \(observation.height) is \(pixels) pixels, more than "
                + "check.max-image-pixels (\(thresholds.maxImagePixels)); not decoded"
            return observation
        }
        switch PixelReader.thumbnail(of: path) {
        case .failure(.unreadable(let reason)):
            observation.undecodable = reason
            return observation
        case .success(let thumbnail):
            observation.colours = Self.colours(thumbnail, palette: expectations.colours, thresholds: thresholds)
        }
        readText(path, expectations, thresholds, into: &observation)
        return observation
    }

    /// The image type a file name claims: `png`, `jpeg`, `webp`, or `nil` for anything else.
    static func typeNamed(by path: String) -> String? {
        switch (path as NSString).pathExtension.lowercased() {
        case "png": "png"
        case "jpg", "jpeg": "jpeg"
        case "webp": "webp"
        default: nil
        }
    }

    /// A PNG's size from its IHDR chunk (the first, at byte 8), before anything is decoded.
    static func pngSize(_ head: [UInt8]) -> (width: Int, height: Int)? {
        guard head.count >= 24, sniff(head) == "png", Array(head[12..<16]) == Array("IHDR".utf8) else { return nil }
        func number(_ at: Int) -> Int { head[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        let (width, height) = (number(16), number(20))
        return width > 0 && height > 0 ? (width, height) : nil
    }

    /// The type the first bytes are.
    static func sniff(_ head: [UInt8]) -> String? {
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "png" }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return "jpeg" }
        if head.count >= 12, head.starts(with: Array("RIFF".utf8)), Array(head[8..<12]) == Array("WEBP".utf8) { return "webp" }
        return nil
    }
}
