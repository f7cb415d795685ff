import Testing
@testable import BrandImages

struct AreaAverageScalingTests {
    /// 2 x 2 to 1 x 1: red, green, blue and a transparent pixel (white once composited) averaged.
    @Test func averagesEachBoxOverWhite() {
        let image = DecodedImage(width: 2, height: 2, format: .png, pixels: [
            255, 0, 0, 255, /**/ 0, 255, 0, 255,
            0, 0, 255, 255, /**/ 10, 20, 30, 0,
        ])
        let small = image.areaAveragedOverWhite(width: 1, height: 1)
        #expect(small.width == 1 && small.height == 1)
        // Each channel: (255 + 0 + 0 + 255) / 4 = 127.5, rounded up.
        #expect(small.pixels == [128, 128, 128, 255])
    }

    /// 4 x 1 to 2 x 1: each output pixel covers exactly two source pixels; half-transparent black
    /// over white is mid grey.
    @Test func keepsBoxesApartAndBlendsPartialAlpha() {
        let image = DecodedImage(width: 4, height: 1, format: .png, pixels: [
            0, 0, 0, 255, /**/ 0, 0, 0, 255, /**/ 0, 0, 0, 128, /**/ 0, 0, 0, 128,
        ])
        let small = image.areaAveragedOverWhite(width: 2, height: 1)
        #expect(small.pixels == [0, 0, 0, 255, 127, 127, 127, 255])
    }
}
