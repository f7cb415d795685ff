import Foundation
import Testing
@testable import BrandNetwork

struct VerifiedDownloadTests {
    let payload = Array("a tokenizer model, pretend".utf8)

    @Test func installsBytesWithTheRightHash() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let target = folder.url.appendingPathComponent("cache/tokenizers/model.spm")
        let payload = self.payload
        try await Fixtures.withProvider({ _, _ in FakeProvider.Reply(body: payload) }) { provider, transport in
            try await VerifiedDownload.fetch(provider.baseURL + "/model", sha256: RequestHash.sha256(payload), to: target, transport: transport)
        }
        #expect(Array(try Data(contentsOf: target)) == payload)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["model.spm"])
    }

    @Test func refusesAWrongHashAndLeavesNothing() async throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let target = folder.url.appendingPathComponent("model.spm")
        let payload = self.payload
        await #expect(throws: VerifiedDownload.Failure.self) {
            try await Fixtures.withProvider({ _, _ in FakeProvider.Reply(body: payload) }) { provider, transport in
                try await VerifiedDownload.fetch(provider.baseURL + "/model", sha256: String(repeating: "0", count: 64), to: target,
                                                 transport: transport)
            }
        }
        #expect(folder.names.isEmpty)
    }
}
