/// What the engine read in one image.
public struct OCRReading: Sendable, Hashable {
    public struct Word: Sendable, Hashable {
        public var text: String
        /// 0…100, as Tesseract reports it.
        public var confidence: Double
        /// Pixel box: left, top, right, bottom.
        public var box: (Int, Int, Int, Int) { (left, top, right, bottom) }
        public var left: Int, top: Int, right: Int, bottom: Int

        public init(text: String, confidence: Double, left: Int, top: Int, right: Int, bottom: Int) {
            self.text = text
            self.confidence = confidence
            self.left = left
            self.top = top
            self.right = right
            self.bottom = bottom
        }
    }

    public var text: String
    public var words: [Word]
    public var meanConfidence: Double

    public init(text: String, words: [Word], meanConfidence: Double) {
        self.text = text
        self.words = words
        self.meanConfidence = meanConfidence
    }

    public static let empty = OCRReading(text: "", words: [], meanConfidence: 0)
}

/// How the text sits in the image, which decides Tesseract's page segmentation.
public enum OCRLayout: Sendable, Hashable {
    /// Text anywhere, in any amount (page segmentation 11): whole ad-style images.
    case sparse
    /// Tesseract's own page analysis (page segmentation 3): the fallback when sparse finds
    /// nothing, as it does on some single Arabic lines.
    case automatic
    /// One block of vertical text (page segmentation 5, with the `_vert` models).
    case vertical
}

extension OCRLayout {
    /// Tesseract's page segmentation mode for the layout.
    var pageSegmentation: Int {
        switch self {
        case .sparse: 11
        case .automatic: 3
        case .vertical: 5
        }
    }
}
