// BrandOCR: reads the text in a generated image with Tesseract (Debian's libtesseract 5.3, through
// its C API) and says, for each text block the request asked for, whether the image carries it.
//
// Input:        OCRBitmap (width, height, RGBA8 row-major) — the check stage converts decoded images.
// Engine:       OCREngine (one per worker; not thread-safe), read(_:languages:layout:) -> OCRReading
//               (text, words with confidence and box, mean confidence). Layouts: sparse text (whole ad
//               images), vertical block (vertical Japanese/Chinese with the `_vert` models).
// Languages:    OCRLanguages.models(forScript:vertical:) -> traineddata names; .package(of:) -> the
//               Debian package; .installed(in:) -> what the data folder has.
// Comparison:   TextReadback.compare(_ ExpectedText, with: OCRReading) -> ReadbackResult, and
//               TextReadback.read(_ bitmap, expecting: [ExpectedText], engine:) which tries the
//               reading strategies (sparse, preprocessed, vertical) and keeps each block's best result;
//               TextReadback.unexpectedText(in:expecting:) for confident words that belong to no block.
// Outcomes:     exact, differs (expected and read with the differing graphemes marked […]), missing,
//               lowConfidence, unverifiable (why), languageMissing — as the check stage reports them.
//
// Tolerance per script and what the engine cannot back (digits and Latin inside Arabic or Hebrew)
// are in ReadbackTolerance, with the measurements behind them (docs/ocr-accuracy.md).
