import BrandYAML
import BrandDiagnostics

/// The limits `brandc check` measures generated images against: the `check:` section of
/// `brandc.yaml`. Percentages are written as percents there and kept as shares (0…1) here.
///
/// ```yaml
/// check:
///   palette-share: 60          # percent of the pixels within delta-e of a brand colour
///   delta-e: 10                # CIEDE2000 distance that still counts as the brand colour
///   foreign-colour-share: 15   # percent: a dominant colour this large far from the palette is reported
///   ocr-confidence: 60         # 0-100: words read less surely are a note, not a finding
///   max-image-pixels: 40000000 # larger images are not decoded (decompression bombs)
/// ```
public struct ImageCheckThresholds: Sendable, Hashable {
    /// Share of the image (0…1) that must lie within `deltaE` of some brand colour.
    public var paletteShare = 0.6
    /// CIEDE2000 distance under which a colour counts as a brand colour.
    public var deltaE = 10.0
    /// A dominant colour covering at least this share (0…1) and farther than `deltaE` from every
    /// brand colour is reported as foreign.
    public var foreignColourShare = 0.15
    /// Mean OCR word confidence (0…100) below which a reading is only a note.
    public var ocrConfidence = 60.0
    /// Images with more pixels than this are refused before decoding.
    public var maxImagePixels = 40_000_000

    public init() {}

    static let keys = ["palette-share", "delta-e", "foreign-colour-share", "ocr-confidence", "max-image-pixels"]

    /// Reads the `check:` mapping; a bad value is reported at its line and the default kept.
    static func decode(_ node: YAMLNode, reader: inout NodeReader) -> ImageCheckThresholds {
        var thresholds = ImageCheckThresholds()
        guard let fields = reader.fields(of: node, in: "'check'", known: keys) else { return thresholds }
        func percent(_ key: String) -> Double? {
            guard let node = fields[key], let value = reader.number(node, "'check.\(key)' (percent)") else { return nil }
            guard (0...100).contains(value) else {
                reader.report(.badValue, "'check.\(key)' is a percent from 0 to 100, found \(value)", at: node)
                return nil
            }
            return value
        }
        if let value = percent("palette-share") { thresholds.paletteShare = value / 100 }
        if let value = percent("foreign-colour-share") { thresholds.foreignColourShare = value / 100 }
        if let value = percent("ocr-confidence") { thresholds.ocrConfidence = value }
        if let node = fields["delta-e"], let value = reader.number(node, "'check.delta-e' (CIEDE2000)") {
            if value > 0, value <= 100 {
                thresholds.deltaE = value
            } else {
                reader.report(.badValue, "'check.delta-e' is a CIEDE2000 distance above 0 and at most 100, found \(value)", at: node)
            }
        }
        if let node = fields["max-image-pixels"], let value = reader.int(node, "'check.max-image-pixels'") {
            if value.value >= 1 {
                thresholds.maxImagePixels = value.value
            } else {
                reader.report(.badValue, "'check.max-image-pixels' must be at least 1, found \(value.value)", at: node)
            }
        }
        return thresholds
    }
}
