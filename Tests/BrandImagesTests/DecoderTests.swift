import BrandImages
import Foundation
import Testing

@Suite struct DecoderTests {
    static func flat(_ width: Int, _ height: Int, _ rgb: (UInt8, UInt8, UInt8)) -> DecodedImage {
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        for at in stride(from: 0, to: pixels.count, by: 4) { (pixels[at], pixels[at + 1], pixels[at + 2]) = rgb }
        return DecodedImage(width: width, height: height, format: .png, pixels: pixels)
    }

    @Test func pngRoundTripIsExact() throws {
        let image = Self.flat(33, 17, (10, 92, 255))
        let bytes = try #require(ImageEncoder.png(image))
        #expect(try ImageHeader.read(bytes) == ImageHeader(format: .png, width: 33, height: 17))
        let decoded = try ImageDecoder().decode(bytes)
        #expect(decoded.pixels == image.pixels)
    }

    @Test func jpegAndWebPDecodeNearTheSource() throws {
        let image = Self.flat(64, 48, (10, 92, 255))
        for (format, bytes) in [(ImageFileFormat.jpeg, ImageEncoder.jpeg(image)), (.webp, ImageEncoder.webp(image))] {
            let data = try #require(bytes)
            #expect(try ImageHeader.read(data) == ImageHeader(format: format, width: 64, height: 48))
            let decoded = try ImageDecoder().decode(data)
            #expect(decoded.format == format)
            let pixel = decoded.pixel(x: 10, y: 10)
            #expect(ciede2000(LabColor(red: pixel.red, green: pixel.green, blue: pixel.blue), LabColor(red: 10, green: 92, blue: 255)) < 2)
        }
    }

    @Test func badInputIsRefusedWithAMessage() throws {
        #expect(throws: ImageDecodingError.empty) { try ImageDecoder().decode([]) }
        let png = try #require(ImageEncoder.png(Self.flat(40, 40, (1, 2, 3))))
        #expect(throws: ImageDecodingError.self) { try ImageDecoder().decode(Array(png.prefix(png.count / 2))) }
        do {
            _ = try ImageDecoder().decode(Array("<!DOCTYPE html><html>".utf8))
            Issue.record("text decoded")
        } catch { #expect(error.message.contains("text")) }
        // A 20,000 x 20,000 header: refused before decoding.
        var bomb = png
        for (offset, value) in [(16, 20_000), (20, 20_000)] {
            for byte in 0..<4 { bomb[offset + byte] = UInt8(value >> (8 * (3 - byte)) & 0xFF) }
        }
        #expect(throws: ImageDecodingError.tooLarge(width: 20_000, height: 20_000, limit: ImageLimits.defaultMaxPixels)) {
            try ImageDecoder().decode(bomb)
        }
    }

    @Test func sharmaPairsMatchToOneTenThousandth() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/colour/sharma-2005-table1.txt")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows.count == 34)
        for row in rows {
            let n = row.split(separator: " ").compactMap { Double($0) }
            let first = LabColor(l: n[1], a: n[2], b: n[3])
            let second = LabColor(l: n[4], a: n[5], b: n[6])
            #expect(abs(ciede2000(first, second) - n[7]) < 1e-4, "pair \(n[0])")
            #expect(abs(ciede2000(second, first) - n[7]) < 1e-4, "pair \(n[0]) reversed")
        }
    }

    @Test func hexRoundTrips() throws {
        let lab = try #require(LabColor(hex: "#0A5CFF"))
        #expect(lab.hex == "#0A5CFF")
        #expect(LabColor(hex: "#12345") == nil)
    }
}
