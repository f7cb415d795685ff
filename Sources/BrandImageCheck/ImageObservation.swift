/// What was measured in one image by the decoders and the OCR engine, before any judgement.
/// `ImageChecker` turns it, with the expectations and thresholds, into diagnostics.
public struct ImageObservation: Sendable {
    /// The pixels could not be decoded; nothing else was measured.
    public var undecodable: String?
    /// The type the bytes are (`png`, `jpeg`, `webp`), and the type the file name says.
    public var sniffedType: String?
    public var extensionType: String?
    public var width = 0
    public var height = 0
    public var colours: ColourObservation?
    public var texts: [TextObservation] = []
    /// Confident text read outside every expected block, in reading order.
    public var unexpectedText: [String] = []
    /// OCR languages that are needed but not installed: (language, Debian package).
    public var missingLanguages: [MissingLanguage] = []

    public init() {}
}

/// The colours of an image, against the brand palette.
public struct ColourObservation: Sendable {
    /// Dominant colours, largest first.
    public var dominant: [MeasuredColour] = []
    /// Share of the pixels (0…1) within the ΔE00 threshold of some brand colour.
    public var paletteShare: Double
    /// The background estimate (the border's dominant colour) and its distance to the `background` role.
    public var background: MeasuredColour?

    public init(dominant: [MeasuredColour], paletteShare: Double, background: MeasuredColour?) {
        self.dominant = dominant
        self.paletteShare = paletteShare
        self.background = background
    }
}

/// One measured colour: its hex, share of the image, and its nearest brand colour.
public struct MeasuredColour: Sendable, Hashable {
    public var hex: String
    public var share: Double
    /// Index into `ImageExpectations.colours`, `nil` without a palette.
    public var nearest: Int?
    /// CIEDE2000 distance to `nearest` (or, for the background, to the `background` role).
    public var distance: Double

    public init(hex: String, share: Double, nearest: Int?, distance: Double) {
        self.hex = hex
        self.share = share
        self.nearest = nearest
        self.distance = distance
    }
}

/// How one expected text block compared with what the engine read.
public struct TextObservation: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case exact
        /// Found with differences; both sides with the differing graphemes marked `[…]`.
        case differs(expectedMarked: String, readMarked: String)
        case missing
        /// Read, but below the confidence threshold.
        case lowConfidence(confidence: Double, read: String)
        /// The engine cannot back this block (or part of it); why, in words.
        case unverifiable(reason: String)
        /// Its script's language data is not installed.
        case languageMissing
    }

    /// Index into `ImageExpectations.textBlocks`.
    public var block: Int
    public var outcome: Outcome
    /// Parts the engine cannot back, checked around (digits inside RTL…), for a note beside an exact match.
    public var caveat: String?

    public init(block: Int, outcome: Outcome, caveat: String? = nil) {
        self.block = block
        self.outcome = outcome
        self.caveat = caveat
    }
}

/// An OCR language that is not installed, with the Debian package that provides it.
public struct MissingLanguage: Sendable, Hashable {
    public var language: String
    public var package: String

    public init(language: String, package: String) {
        self.language = language
        self.package = package
    }
}
