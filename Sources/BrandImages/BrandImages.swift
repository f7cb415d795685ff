// BrandImages: reads generated images back (PNG, JPEG, WebP through the system codecs) and measures their
// colours against a brand palette. Depends on CImageCodecs and Foundation only.
//
// Public API
// - `ImageFileFormat.sniff(_:)`: the format the first bytes are (png, jpeg, webp), by magic bytes, never by
//   file name; `ImageFileFormat.describe(_:)` names other known content (GIF, HEIC/AVIF, BMP, TIFF, PDF, text)
//   for messages.
// - `ImageHeader.read(_:)`: format, width and height from the header alone (PNG IHDR, JPEG SOF, WebP
//   VP8/VP8L/VP8X), without decoding pixels.
// - `ImageDecoder(limits:)` with `ImageLimits` (pixels, file bytes): `decode(_:)` and `decodeFile(atPath:)`
//   give a `DecodedImage` (RGBA8, row-major) or throw a typed `ImageDecodingError` whose `message` a user can
//   read. Sizes are refused from the header, before any pixel buffer is allocated (decompression bombs).
// - `ImageEncoder`: PNG, JPEG and WebP encoding of RGBA8 pixels (tests, benchmarks, debug output).
// - Colour science: `LabColor` (sRGB 8-bit -> linear -> XYZ D65 -> CIELAB, and back), `ciede2000(_:_:)`.
// (Not yet: DominantColors, PaletteComparison, ImageGeometry.)
