/// An image for the OCR engine: 8-bit RGBA, row-major, `width * height * 4` bytes.
public struct OCRBitmap: Sendable {
    public let width: Int
    public let height: Int
    public let rgba: [UInt8]

    /// `nil` when the byte count does not match the size.
    public init?(width: Int, height: Int, rgba: [UInt8]) {
        guard width > 0, height > 0, rgba.count == width * height * 4 else { return nil }
        self.width = width
        self.height = height
        self.rgba = rgba
    }

    /// Luma (Rec. 601) of every pixel, alpha composited over white.
    func gray() -> [UInt8] {
        var gray = [UInt8](repeating: 0, count: width * height)
        rgba.withUnsafeBufferPointer { pixels in
            for index in 0..<(width * height) {
                let base = index * 4
                let alpha = Int(pixels[base + 3])
                let luma = (299 * Int(pixels[base]) + 587 * Int(pixels[base + 1]) + 114 * Int(pixels[base + 2])) / 1000
                gray[index] = UInt8((luma * alpha + 255 * (255 - alpha)) / 255)
            }
        }
        return gray
    }
}

/// A one-channel image derived from a bitmap for a second reading attempt.
struct GrayImage {
    let width: Int
    let height: Int
    var pixels: [UInt8]

    init(_ bitmap: OCRBitmap) {
        width = bitmap.width
        height = bitmap.height
        pixels = bitmap.gray()
    }

    /// Mean luma of the outer band (4 % of the shorter side): below half, the image is light text on dark.
    var hasDarkBorder: Bool {
        let band = max(1, min(width, height) / 25)
        var sum = 0
        var count = 0
        for y in 0..<height {
            let edgeRow = y < band || y >= height - band
            var x = 0
            while x < width {
                if edgeRow || x < band || x >= width - band {
                    sum += Int(pixels[y * width + x])
                    count += 1
                    x += 1
                } else {
                    x = width - band
                }
            }
        }
        return count > 0 && sum / count < 128
    }

    mutating func invert() {
        for index in pixels.indices { pixels[index] = 255 - pixels[index] }
    }

    /// Black and white at Otsu's threshold (the one that best separates the histogram's two classes).
    mutating func binarize() {
        var histogram = [Int](repeating: 0, count: 256)
        for value in pixels { histogram[Int(value)] += 1 }
        let total = pixels.count
        let weightedTotal = histogram.enumerated().reduce(0.0) { $0 + Double($1.offset * $1.element) }
        var background = 0
        var backgroundSum = 0.0
        var best = (threshold: 127, variance: -1.0)
        for level in 0..<256 {
            background += histogram[level]
            guard background > 0 else { continue }
            let foreground = total - background
            guard foreground > 0 else { break }
            backgroundSum += Double(level * histogram[level])
            let meanBackground = backgroundSum / Double(background)
            let meanForeground = (weightedTotal - backgroundSum) / Double(foreground)
            let variance = Double(background) * Double(foreground) * (meanBackground - meanForeground) * (meanBackground - meanForeground)
            if variance > best.variance { best = (level, variance) }
        }
        for index in pixels.indices { pixels[index] = pixels[index] > best.threshold ? 255 : 0 }
    }
}
