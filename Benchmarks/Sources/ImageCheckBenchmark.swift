import BrandImageCheck
import BrandImages
import BrandModel
import BrandOCR
import BrandDiagnostics
import Foundation

/// The three parts of checking one image, timed apart on the same files: decoding (BrandImages),
/// colours (thumbnail, k-means, CIEDE2000 against a palette) and reading the text back (BrandOCR,
/// one engine, `OMP_THREAD_LIMIT=1`). Prints `image.decode`, `image.colour` and `image.ocr` in
/// seconds per image, the best of three rounds.
enum ImageCheckBenchmark {
    static func run(label: String, expected: String, paths: [String]) {
        setenv("OMP_THREAD_LIMIT", "1", 1)
        let decoder = ImageDecoder()
        let images = paths.compactMap { try? decoder.decodeFile(atPath: $0) }
        guard images.count == paths.count, !images.isEmpty else {
            FileHandle.standardError.write(Data("brandc-bench: cannot decode every image\n".utf8))
            exit(1)
        }
        let palette = [("ink", "#1B1B1F"), ("paper", "#F7F3EA"), ("blue", "#2F5D8A")].map {
            ExpectedColour(name: $0.0, hex: $0.1, role: $0.0 == "paper" ? "background" : nil, source: SourceLocation(file: "bench"))
        }
        let engine = OCREngine()
        let block = ExpectedText(text: expected, script: "Latn")
        func best(_ work: () -> Void) -> Double {
            (0..<3).map { _ in Stopwatch.seconds(work).seconds }.min() ?? 0
        }
        let count = Double(images.count)
        let decode = best { for path in paths { _ = try? decoder.decodeFile(atPath: path) } } / count
        let colour = best { for image in images { _ = ImageColours.observe(image, palette: palette, thresholds: ImageCheckThresholds()) } } / count
        var exact = 0
        let ocr = best {
            exact = 0
            for image in images {
                guard let bitmap = OCRBitmap(width: image.width, height: image.height, rgba: image.pixels) else { continue }
                let (results, _) = TextReadback.read(bitmap, expecting: [block], engine: engine)
                if results.first?.outcome == .exact { exact += 1 }
            }
        } / count
        print("image.\(label).decode \(String(format: "%.4f", decode)) s/image")
        print("image.\(label).colour \(String(format: "%.4f", colour)) s/image")
        print("image.\(label).ocr \(String(format: "%.4f", ocr)) s/image (\(exact)/\(images.count) read exactly)")
    }
}
