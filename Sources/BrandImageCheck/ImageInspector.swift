import BrandImages
import BrandModel
import BrandOCR
import Foundation

/// Measures one image: reads the file, checks its type and header size, decodes it (BrandImages),
/// analyses its colours and reads its text (BrandOCR). Used by one worker at a time
/// (`ImageCheckPool` hands it out exclusively), which is what makes its OCR engine safe to hold.
final class ImageInspector: @unchecked Sendable {
    let engine = OCREngine()
    /// The language models installed, listed once per worker rather than once per image.
    let installedModels = OCRLanguages.installed()

    init() {}

    func observe(_ path: String, expecting expectations: ImageExpectations, thresholds: ImageCheckThresholds) -> ImageObservation {
        var observation = ImageObservation()
        observation.extensionType = Self.typeNamed(by: path)
        let decoder = ImageDecoder(limits: ImageLimits(maxPixels: thresholds.maxImagePixels))
        let image: DecodedImage
        do {
            let bytes = try decoder.readFile(atPath: path)
            guard !bytes.isEmpty else { throw ImageDecodingError.empty }
            guard let format = ImageFileFormat.sniff(bytes) else { throw ImageDecodingError.unsupportedFormat(looksLike: ImageFileFormat.describe(bytes)) }
            observation.sniffedType = format.rawValue
            let header = try ImageHeader.read(bytes)
            (observation.width, observation.height) = (header.width, header.height)
            image = try decoder.decode(bytes)
        } catch let error as ImageDecodingError {
            observation.undecodable = error.message
            return observation
        } catch {
            observation.undecodable = "cannot read the file (\(error))"
            return observation
        }
        (observation.width, observation.height) = (image.width, image.height)
        observation.colours = ImageColours.observe(image, palette: expectations.colours, thresholds: thresholds)
        readText(image, expectations, thresholds, into: &observation)
        return observation
    }

    /// The image type a file name claims: `png`, `jpeg`, `webp`, or `nil` for anything else.
    static func typeNamed(by path: String) -> String? {
        switch (path as NSString).pathExtension.lowercased() {
        case "png": ImageFileFormat.png.rawValue
        case "jpg", "jpeg": ImageFileFormat.jpeg.rawValue
        case "webp": ImageFileFormat.webp.rawValue
        default: nil
        }
    }
}
