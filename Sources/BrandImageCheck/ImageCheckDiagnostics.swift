public import BrandDiagnostics

/// The codes of `brandc check`: what a generated image got wrong against its request, its text
/// blocks and the brand's palette. Prefix `V` (verify). Each has an explanation and an example
/// for `brandc explain`.
extension DiagnosticCode {
    public static let imageUndecodable = DiagnosticCode(
        "V001", name: "image-undecodable",
        summary: "The image file cannot be decoded (empty, truncated, not PNG/JPEG/WebP, or too many pixels).",
        severity: .error)
    public static let imageTypeMismatch = DiagnosticCode(
        "V002", name: "image-type-mismatch",
        summary: "The file's bytes are of another image type than its name says.", severity: .warning)
    public static let aspectRatioMismatch = DiagnosticCode(
        "V003", name: "aspect-ratio-mismatch",
        summary: "The image's aspect ratio is not the one the template asked for.", severity: .error)
    public static let imageSizeMismatch = DiagnosticCode(
        "V004", name: "image-size-mismatch",
        summary: "The image's pixel size does not match the asked image size.", severity: .warning)
    public static let imageMissing = DiagnosticCode(
        "V005", name: "image-missing",
        summary: "The build recorded an image that is not in the output folder (or has changed since).",
        severity: .error)
    public static let textMissing = DiagnosticCode(
        "V010", name: "text-missing",
        summary: "A text block's exact text was not found in the image.", severity: .error)
    public static let textDiffers = DiagnosticCode(
        "V011", name: "text-differs",
        summary: "A text block was found, but with other characters than asked.", severity: .error)
    public static let textUnexpected = DiagnosticCode(
        "V012", name: "text-unexpected",
        summary: "The image carries text the template did not ask for.", severity: .warning)
    public static let textLowConfidence = DiagnosticCode(
        "V013", name: "text-low-confidence",
        summary: "The OCR engine was unsure of what it read; the text could not be confirmed.", severity: .note)
    public static let textUnverifiable = DiagnosticCode(
        "V014", name: "text-unverifiable",
        summary: "Part of a text block is something the OCR engine cannot read reliably (digits or Latin inside right-to-left text).",
        severity: .note)
    public static let ocrLanguageMissing = DiagnosticCode(
        "V015", name: "ocr-language-missing",
        summary: "The OCR language data for a text block's script is not installed; its text was not checked.",
        severity: .note)
    public static let foreignDominantColour = DiagnosticCode(
        "V020", name: "foreign-dominant-colour",
        summary: "A large share of the image is a colour far from every brand colour.", severity: .warning)
    public static let paletteShareLow = DiagnosticCode(
        "V021", name: "palette-share-low",
        summary: "Too little of the image is within reach of the brand palette.", severity: .warning)
    public static let backgroundOffRole = DiagnosticCode(
        "V022", name: "background-off-role",
        summary: "The image's background is far from the guide's `background` colour.", severity: .warning)
}

/// The catalogue of image-check codes, with the longer texts `brandc explain` prints.
public enum ImageCheckDiagnostics {
    public static let all: [DiagnosticCode] = [
        .imageUndecodable, .imageTypeMismatch, .aspectRatioMismatch, .imageSizeMismatch, .imageMissing,
        .textMissing, .textDiffers, .textUnexpected, .textLowConfidence, .textUnverifiable, .ocrLanguageMissing,
        .foreignDominantColour, .paletteShareLow, .backgroundOffRole,
    ]

    /// What a code means, when it fires, how to tune it, and an example of its message.
    public static func explanation(of code: DiagnosticCode) -> String? {
        explanations[code.id]
    }

    static let explanations: [String: String] = [
        "V001": """
            The image could not be read as PNG, JPEG or WebP: the file is empty, cut short, of another format, \
            or larger than check.max-image-pixels (a decompression bomb is refused before its pixels are allocated). \
            No other check runs on it.
            Example: out/tin.campaign-hero.en.png: error: cannot decode the image: PNG data ends early (truncated) [V001]
            """,
        "V002": """
            The bytes' magic number names another type than the file extension. Viewers usually cope, but upload \
            forms and CDNs that trust the extension may not.
            Example: hero.png: warning: the bytes are JPEG, the file name says PNG [V002]
            """,
        "V003": """
            The pixel width over height differs by more than 2 % from the template's aspect-ratio. \
            The related location is the template's aspect-ratio line.
            Example: hero.png: error: the image is 1024x1024 (1:1), the template asks for 21:9 [V003]
            """,
        "V004": """
            The longer side is not within 10 % of what the asked image-size gives (512, 1K = 1024, 2K = 2048, 4K = 4096).
            Example: hero.png: warning: the image's long side is 1024 px, image-size 2K asks for about 2048 [V004]
            """,
        "V005": """
            The journal says this request succeeded with a file that is no longer there, or whose SHA-256 no longer \
            matches: the image was deleted or replaced after the build.
            Example: out/tin.hero.en.png: error: the build recorded this image, but it is missing [V005]
            """,
        "V010": """
            None of the text the OCR engine read contains the block's text, even approximately. Exact text matters \
            more than placement: where the model put the text is not checked. The related location is the line the copy came from.
            Example: hero.png: error: text block 'headline' ("ゆっくり休もう") was not found in the image [V010]
            """,
        "V011": """
            The block's text was found, but some grapheme clusters differ (compared after NFC, with whitespace and \
            line breaks folded). The message shows the expected and the read text with the differing graphemes \
            in [brackets].
            Example: hero.png: error: text block 'headline' differs: expected "ゆっ[く]り", read "ゆっ[つ]り" [V011]
            """,
        "V012": """
            The template says the image carries only its text blocks, and the engine read other words with good \
            confidence. Templates without text blocks allow other text (a product's own printing).
            Example: hero.png: warning: the image carries text that was not asked for: "SALE" [V012]
            """,
        "V013": """
            What was read matches or almost matches, but the engine's confidence is below check.ocr-confidence, so \
            the result is not trusted either way. A note, never an error.
            Example: hero.png: note: text block 'headline' read with low confidence (41 < 60) [V013]
            """,
        "V014": """
            Tesseract is known to garble digits and Latin words inside Arabic and Hebrew lines (tesseract issues \
            #2263, #2897): those parts are not compared, and the note says why instead of raising a false error.
            Example: hero.png: note: the digits in text block 'headline' cannot be verified: OCR reverses numbers inside right-to-left text [V014]
            """,
        "V015": """
            The Tesseract language data for the block's script is not installed, so its text is not checked. \
            One note per missing package, naming the Debian package to install.
            Example: hero.png: note: OCR data for Japanese is not installed; install tesseract-ocr-jpn [V015]
            """,
        "V020": """
            One of the image's dominant colours covers at least check.foreign-colour-share of it and is farther than \
            check.delta-e (CIEDE2000) from every brand colour. The message names the colour's hex and the nearest \
            brand colour, whose YAML line is the related location.
            Example: hero.png: warning: #39FF14 covers 42 % of the image, ΔE00 61.2 from the nearest brand colour 'Matcha' [V020]
            """,
        "V021": """
            Less than check.palette-share of the pixels lie within check.delta-e of some brand colour.
            Example: hero.png: warning: 23 % of the image is within ΔE00 10 of the palette (at least 60 % expected) [V021]
            """,
        "V022": """
            The background (the colour around the image's border) is farther than check.delta-e from the colour \
            whose role is `background` in the guide; the related location is that colour's line.
            Example: hero.png: warning: the background is #202020, ΔE00 74.3 from 'Rice Paper' (#F7F3EA, role background) [V022]
            """,
    ]
}
