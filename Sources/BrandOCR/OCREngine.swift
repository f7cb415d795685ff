import CTesseract
import Foundation

/// One Tesseract instance. Not thread-safe (TessBaseAPI is not): a worker owns one engine and
/// reads one image at a time; run several workers with `OMP_THREAD_LIMIT=1` so each reading stays
/// on one core (0.25 s for a 1024² ad image here, against 0.6–0.8 s with Tesseract's own threads).
public final class OCREngine {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// Tesseract could not load these models from `path`.
        case cannotLoad(models: [String], path: String)
        case cannotRead

        public var description: String {
            switch self {
            case .cannotLoad(let models, let path):
                "Tesseract could not load \(models.joined(separator: "+")) from \(path)"
            case .cannotRead: "Tesseract could not read the image"
            }
        }
    }

    private let handle: OpaquePointer
    private let dataPath: String
    /// The models the engine was last initialised with; reinitialising is the expensive part.
    private var loaded: [String] = []

    public init(dataPath: String = OCRLanguages.dataPath) {
        handle = TessBaseAPICreate()
        self.dataPath = dataPath
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// Reads `bitmap` with `models` (e.g. `["jpn", "eng"]`) laid out as `layout`.
    public func read(_ bitmap: OCRBitmap, models: [String], layout: OCRLayout = .sparse) throws(Failure) -> OCRReading {
        let gray = GrayImage(bitmap)
        return try read(gray, models: models, layout: layout)
    }

    func read(_ image: GrayImage, models: [String], layout: OCRLayout) throws(Failure) -> OCRReading {
        try load(models)
        TessBaseAPISetPageSegMode(handle, TessPageSegMode(UInt32(layout.pageSegmentation)))
        image.pixels.withUnsafeBufferPointer { pixels in
            TessBaseAPISetImage(handle, pixels.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        defer { TessBaseAPIClear(handle) }
        guard TessBaseAPIRecognize(handle, nil) == 0 else { throw .cannotRead }
        var text = ""
        if let utf8 = TessBaseAPIGetUTF8Text(handle) {
            text = String(cString: utf8)
            TessDeleteText(utf8)
        }
        return OCRReading(text: text, words: words(), meanConfidence: Double(TessBaseAPIMeanTextConf(handle)))
    }

    private func words() -> [OCRReading.Word] {
        guard let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        var words: [OCRReading.Word] = []
        repeat {
            guard let utf8 = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let text = String(cString: utf8)
            TessDeleteText(utf8)
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            _ = TessPageIteratorBoundingBox(TessResultIteratorGetPageIterator(iterator), RIL_WORD, &left, &top, &right, &bottom)
            words.append(OCRReading.Word(
                text: text, confidence: Double(TessResultIteratorConfidence(iterator, RIL_WORD)),
                left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom)))
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        return words
    }

    private func load(_ models: [String]) throws(Failure) {
        guard models != loaded else { return }
        loaded = []
        let status = TessBaseAPIInit3(handle, dataPath, models.joined(separator: "+"))
        guard status == 0 else { throw .cannotLoad(models: models, path: dataPath) }
        // Tesseract's own chatter ("Estimating resolution as …") would land on brandc's stderr.
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        loaded = models
    }
}
