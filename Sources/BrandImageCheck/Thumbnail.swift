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
        var result: [RGB] = []
        result.reserveCapacity(side * side)
        image.pixels.withUnsafeBufferPointer { rgba in
            for row in 0..<side {
                let top = row * image.height / side
                let bottom = max(top + 1, (row + 1) * image.height / side)
                for column in 0..<side {
                    let left = column * image.width / side
                    let right = max(left + 1, (column + 1) * image.width / side)
                    var (r, g, b, n) = (0, 0, 0, 0)
                    for y in top..<bottom {
                        var base = (y * image.width + left) * 4
                        for _ in left..<right {
                            let alpha = Int(rgba[base + 3])
                            let white = 255 * (255 - alpha)
                            r += Int(rgba[base]) * alpha + white
                            g += Int(rgba[base + 1]) * alpha + white
                            b += Int(rgba[base + 2]) * alpha + white
                            n += 255
                            base += 4
                        }
                    }
                    result.append(RGB(red: UInt8((r + n / 2) / n), green: UInt8((g + n / 2) / n), blue: UInt8((b + n / 2) / n)))
                }
            }
        }
        return result
    }
}
