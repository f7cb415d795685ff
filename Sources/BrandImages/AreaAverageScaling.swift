extension DecodedImage {
    /// The image scaled to `width` x `height` with alpha composited over white: each output pixel
    /// the mean of the source pixels its box covers (rounded), opaque. The one downscale behind the
    /// report's thumbnails and the colour check's samples, so both see the same pixels.
    public func areaAveragedOverWhite(width: Int, height: Int) -> DecodedImage {
        let width = max(1, width), height = max(1, height)
        var out = [UInt8](repeating: 255, count: width * height * 4)
        pixels.withUnsafeBufferPointer { rgba in
            for row in 0..<height {
                let top = row * self.height / height
                let bottom = max(top + 1, (row + 1) * self.height / height)
                for column in 0..<width {
                    let left = column * self.width / width
                    let right = max(left + 1, (column + 1) * self.width / width)
                    var (r, g, b, n) = (0, 0, 0, 0)
                    for y in top..<bottom {
                        var base = (y * self.width + left) * 4
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
                    let at = (row * width + column) * 4
                    out[at] = UInt8((r + n / 2) / n)
                    out[at + 1] = UInt8((g + n / 2) / n)
                    out[at + 2] = UInt8((b + n / 2) / n)
                }
            }
        }
        return DecodedImage(width: width, height: height, format: format, pixels: out)
    }
}
