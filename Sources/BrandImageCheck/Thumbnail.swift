import BrandImages

/// One 8-bit sRGB pixel.
struct RGB: Sendable, Hashable {
    var red: UInt8
    var green: UInt8
    var blue: UInt8
}

/// A decoded image scaled to `side` x `side` by area averaging, alpha composited over white: enough
/// for dominant colours, small enough to cluster in milliseconds.
enum Thumbnail {
    static let side = 96

    static func pixels(of image: DecodedImage, side: Int = side) -> [RGB] {
        let small = image.areaAveragedOverWhite(width: side, height: side).pixels
        return stride(from: 0, to: small.count, by: 4).map { RGB(red: small[$0], green: small[$0 + 1], blue: small[$0 + 2]) }
    }
}
