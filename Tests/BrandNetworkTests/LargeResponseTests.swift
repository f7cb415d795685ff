import Foundation
import Testing
@testable import BrandNetwork

/// A 4K-sized answer end to end over HTTP: streamed to disk, split, decoded in pieces.
struct LargeResponseTests {
    @Test func thirtyMegabyteAnswerArrivesWhole() async throws {
        var image = TinyImages.jpeg()
        image.insert(contentsOf: [UInt8](repeating: 0xA5, count: 22_000_000), at: image.count - 2)
        let body = Array(WireBodies.gemini(parts: [WireBodies.textPart("big"), WireBodies.imagePart(image, mimeType: "image/png")]).utf8)
        #expect(body.count > 29_000_000)
        let expected = RequestHash.sha256(image)
        try await Fixtures.withProvider({ _, _ in FakeProvider.Reply(body: body) }) { provider, transport in
            let folder = try ScratchFolder()
            defer { folder.remove() }
            let outcome = await Fixtures.submitter(transport).submit(Fixtures.request(), over: Fixtures.connection(provider, total: 60),
                                                                     into: folder.url)
            guard case .succeeded(let summary, _) = outcome else { Issue.record("\(outcome)"); return }
            let decoded = try #require(summary.images.last)
            #expect(decoded.kind == .jpeg)
            #expect(decoded.byteCount == image.count)
            #expect(decoded.sha256 == expected)
            #expect(summary.texts == ["big"])
            #expect(folder.names.count == 1, "only the decoded image may remain: \(folder.names)")
        }
    }
}
