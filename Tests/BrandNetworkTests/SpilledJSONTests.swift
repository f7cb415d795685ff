import Foundation
import Testing
@testable import BrandNetwork

struct SpilledJSONTests {
    /// Long strings leave the skeleton; escapes (`\/`, `\u0041`) are undone in the side file;
    /// short strings stay as they were.
    @Test func spillsLongStringsUnescaped() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let long = String(repeating: "ab\\/", count: 5000)
        let file = folder.url.appendingPathComponent("body.json")
        try Data(#"{"short":"x\"y","long":"\#(long)\u0041","n":3}"#.utf8).write(to: file)
        let spilled = try SpilledJSON.split(file: file, blobFolder: folder.url, threshold: 1024)
        struct Root: Decodable {
            var short: String
            var long: String
            var n: Int
        }
        let root = try spilled.decode(Root.self)
        #expect(root.short == "x\"y")
        #expect(root.n == 3)
        let placeholder = root.long
        let blob = try #require(spilled.blob(for: placeholder))
        let text = String(decoding: try Data(contentsOf: blob), as: UTF8.self)
        #expect(text == String(repeating: "ab/", count: 5000) + "A")
        #expect(spilled.skeleton.count < 200)
    }

    /// A 30 MB body is split holding at most a few chunks in memory, and decodes to the original image.
    @Test func thirtyMegabyteBodyStaysInBoundedMemory() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var image = TinyImages.png(size: 16)
        image += [UInt8](repeating: 0x5A, count: 22_000_000)
        let file = folder.url.appendingPathComponent("body.json")
        try Data(WireBodies.gemini(parts: [WireBodies.imagePart(image)]).utf8).write(to: file)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        let size = try #require(attributes[.size] as? Int)
        #expect(size > 29_000_000)
        let spilled = try SpilledJSON.split(file: file, blobFolder: folder.url)
        #expect(spilled.peakBufferedBytes < 512 * 1024, "held \(spilled.peakBufferedBytes) bytes for a \(size)-byte body")
        let root = try spilled.decode(GeminiResponse.Body.self)
        let placeholder = try #require(root.candidates?.first?.content?.parts?.first?.inlineData?.data)
        let blob = try #require(spilled.blob(for: placeholder))
        let decoded = try #require(try Base64Text.blob(blob).decode(.whole, into: folder.url))
        #expect(decoded.kind == .png)
        #expect(decoded.byteCount == image.count)
        #expect(decoded.sha256 == RequestHash.sha256(image))
    }
}
