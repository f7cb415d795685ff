import Foundation
import Testing
@testable import BrandNetwork

struct Base64StreamDecoderTests {
    /// Any split of the input gives Foundation's decoding of the whole.
    @Test(arguments: [1, 3, 7, 64, 1000])
    func decodesAcrossArbitraryChunkBoundaries(chunk: Int) throws {
        var generator = SystemRandomNumberGenerator()
        let original = (0..<3001).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let text = Array(Data(original).base64EncodedString(options: .lineLength76Characters).utf8)
        var decoder = Base64StreamDecoder()
        var output: [UInt8] = []
        var start = 0
        while start < text.count {
            let end = min(text.count, start + chunk)
            try text[start..<end].withUnsafeBufferPointer { _ = try decoder.feed($0, into: &output, stopsAtEnd: false) }
            start = end
        }
        try decoder.finish(into: &output)
        #expect(output == original)
    }

    @Test func acceptsURLSafeUnpaddedText() throws {
        let original: [UInt8] = [0xFB, 0xFF, 0xBF, 0x01]
        let standard = Data(original).base64EncodedString()
        let urlSafe = standard.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        var decoder = Base64StreamDecoder()
        var output: [UInt8] = []
        try Array(urlSafe.utf8).withUnsafeBufferPointer { _ = try decoder.feed($0, into: &output, stopsAtEnd: false) }
        try decoder.finish(into: &output)
        #expect(output == original)
    }

    /// A Markdown data URI ends at `)`: the decoder stops there and says how far it read.
    @Test func stopsAtTheEndOfADataURI() throws {
        let payload = Data([1, 2, 3, 4, 5]).base64EncodedString()
        let text = Array((payload + ") and more text").utf8)
        var decoder = Base64StreamDecoder()
        var output: [UInt8] = []
        let consumed = try text.withUnsafeBufferPointer { try decoder.feed($0, into: &output, stopsAtEnd: true) }
        try decoder.finish(into: &output)
        #expect(output == [1, 2, 3, 4, 5])
        #expect(consumed == payload.utf8.count)
    }

    @Test func rejectsForeignBytesWhenNotAtAnEnd() {
        var decoder = Base64StreamDecoder()
        var output: [UInt8] = []
        #expect(throws: Base64StreamDecoder.Failure.invalidByte(UInt8(ascii: "*"))) {
            try Array("QUJD*".utf8).withUnsafeBufferPointer { _ = try decoder.feed($0, into: &output, stopsAtEnd: false) }
        }
    }
}
