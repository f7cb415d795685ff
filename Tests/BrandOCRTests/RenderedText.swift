import BrandOCR
import CTesseract
import Foundation

/// Text rendered to an image by a real text renderer (Debian's `pango-view`, with the Noto fonts),
/// loaded back as an `OCRBitmap` through Leptonica. Tests that need it say so when it is missing.
enum RenderedText {
    static let renderer = "/usr/bin/pango-view"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: renderer) }

    /// The Noto family for an ISO 15924 script.
    static func font(forScript script: String) -> String {
        switch script {
        case "Jpan": "Noto Sans CJK JP"
        case "Hans": "Noto Sans CJK SC"
        case "Hant": "Noto Sans CJK TC"
        case "Kore": "Noto Sans CJK KR"
        case "Arab": "Noto Sans Arabic"
        case "Hebr": "Noto Sans Hebrew"
        case "Deva": "Noto Sans Devanagari"
        case "Thai": "Noto Sans Thai"
        default: "Noto Sans"
        }
    }

    struct Style {
        var size = 44
        var foreground = "#000000"
        var background = "#FFFFFF"
        var vertical = false
    }

    static func bitmap(_ text: String, script: String, style: Style = Style()) throws -> OCRBitmap {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-ocr-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: renderer)
        var arguments = [
            "--no-display", "--font=\(font(forScript: script)) \(style.size)", "--margin=40",
            "--background=\(style.background)", "--foreground=\(style.foreground)", "--text=\(text)", "--output=\(path)",
        ]
        if style.vertical { arguments += ["--gravity=east", "--gravity-hint=strong", "--rotate=-90"] }
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw RenderFailure.renderer(process.terminationStatus) }
        return try load(path)
    }

    /// A PNG read by Leptonica into RGBA bytes.
    static func load(_ path: String) throws -> OCRBitmap {
        guard let read = pixRead(path) else { throw RenderFailure.unreadable(path) }
        var original: UnsafeMutablePointer<PIX>? = read
        defer { pixDestroy(&original) }
        guard let converted = pixConvertTo32(read) else { throw RenderFailure.unreadable(path) }
        var pix: UnsafeMutablePointer<PIX>? = converted
        defer { pixDestroy(&pix) }
        let width = Int(pixGetWidth(converted))
        let height = Int(pixGetHeight(converted))
        let wordsPerLine = Int(pixGetWpl(converted))
        guard let data = pixGetData(converted) else { throw RenderFailure.unreadable(path) }
        var rgba = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let word = data[y * wordsPerLine + x]  // 0xRRGGBBAA
                let base = (y * width + x) * 4
                rgba[base] = UInt8(truncatingIfNeeded: word >> 24)
                rgba[base + 1] = UInt8(truncatingIfNeeded: word >> 16)
                rgba[base + 2] = UInt8(truncatingIfNeeded: word >> 8)
            }
        }
        guard let bitmap = OCRBitmap(width: width, height: height, rgba: rgba) else { throw RenderFailure.unreadable(path) }
        return bitmap
    }

    enum RenderFailure: Error {
        case renderer(Int32)
        case unreadable(String)
    }
}
