import Foundation

/// Images with real rendered text, made by Debian's ImageMagick (`convert-im6.q16`, declared in
/// scripts/setup.d/40-check.sh) in the DejaVu fonts, for the image-check tests.
enum RenderedImages {
    static let convert = "/usr/bin/convert-im6.q16"
    static let font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

    /// Whether the renderer and the OCR engine's English data are installed.
    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: convert) && FileManager.default.fileExists(atPath: font)
            && FileManager.default.fileExists(atPath: "/usr/share/tesseract-ocr/5/tessdata/eng.traineddata")
    }

    static let japaneseFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"

    /// Whether Japanese can be rendered (fonts-noto-cjk) and read (tesseract-ocr-jpn).
    static var japaneseIsAvailable: Bool {
        isAvailable && FileManager.default.fileExists(atPath: japaneseFont)
            && FileManager.default.fileExists(atPath: "/usr/share/tesseract-ocr/5/tessdata/jpn.traineddata")
    }

    /// `text` centred on a flat `background`, in `format` (`png`, `jpg`, `webp`).
    static func render(
        _ text: String, width: Int = 1376, height: Int = 768, background: String = "#F7F3EA", foreground: String = "#1B1B1F",
        format: String = "png", font: String = font
    ) throws -> [UInt8] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString).\(format)")
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: convert)
        process.arguments = [
            "-size", "\(width)x\(height)", "xc:\(background)", "-font", font, "-pointsize", "72", "-fill", foreground,
            "-gravity", "center", "-annotate", "+0+0", text, "-quality", "92", file.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw RenderFailed(status: process.terminationStatus) }
        return Array(try Data(contentsOf: file))
    }

    struct RenderFailed: Error { var status: Int32 }
}
