/// Decoded pixels: 8-bit RGBA, row-major, `width * 4` bytes a row, no padding.
public struct DecodedImage: Sendable, Hashable {
    public var width: Int
    public var height: Int
    /// The format the pixels were decoded from.
    public var format: ImageFileFormat
    /// `width * height * 4` bytes: R, G, B, A for each pixel, top row first.
    public var pixels: [UInt8]

    /// Pixels as given; `pixels.count` must be `width * height * 4`.
    public init(width: Int, height: Int, format: ImageFileFormat, pixels: [UInt8]) {
        precondition(width > 0 && height > 0 && pixels.count == width * height * 4, "RGBA8 buffer of the wrong size")
        self.width = width
        self.height = height
        self.format = format
        self.pixels = pixels
    }

    /// The RGBA of the pixel at (`x`, `y`).
    public func pixel(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8) {
        let at = (y * width + x) * 4
        return (pixels[at], pixels[at + 1], pixels[at + 2], pixels[at + 3])
    }
}
