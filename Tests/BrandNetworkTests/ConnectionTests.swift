import Foundation
import Testing
@testable import BrandNetwork

struct ConnectionTests {
    @Test(arguments: ["http://127.0.0.1:8080", "http://127.4.5.6", "http://localhost:1", "http://[::1]:9", "https://example.com"])
    func allowsHTTPSAndLoopback(base: String) throws {
        let connection = Connection(baseURL: base, authStyle: .googleAPIKey, keyEnvironmentVariable: "K")
        #expect(try connection.url(for: "/v1beta/x") == base + "/v1beta/x")
    }

    @Test(arguments: ["http://example.com", "http://10.0.0.1", "http://127.example.com", "ftp://example.com"])
    func refusesPlainHTTPElsewhere(base: String) {
        let connection = Connection(baseURL: base, authStyle: .googleAPIKey, keyEnvironmentVariable: "K")
        #expect(throws: NetworkError.self) { try connection.url(for: "/x") }
    }

    @Test func allowHTTPFlagOpensPlainHTTP() throws {
        var connection = Connection(baseURL: "http://gateway.internal", authStyle: .bearer, keyEnvironmentVariable: "K")
        connection.allowsPlainHTTP = true
        #expect(try connection.url(for: "v1/x") == "http://gateway.internal/v1/x")
    }

    @Test func authHeadersPerStyleAndScrubbing() {
        let credential = Credential(value: "secret-123")
        #expect(credential.headers(for: .bearer).map { "\($0.0): \($0.1)" } == ["authorization: Bearer secret-123"])
        #expect(credential.headers(for: .anthropicAPIKey).map(\.0) == ["x-api-key", "anthropic-version"])
        #expect(credential.scrub("bad key secret-123 given") == "bad key [key] given")
    }

    @Test func timeoutsSuitImageSizeAndThinking() {
        #expect(Connection.Timeouts.suited(imageSize: "1K", highThinking: false).total == 120)
        #expect(Connection.Timeouts.suited(imageSize: "4K", highThinking: false).total == 300)
        #expect(Connection.Timeouts.suited(imageSize: "512", highThinking: true).total == 300)
    }

    @Test func retryAfterReadsSecondsAndHTTPDates() throws {
        #expect(RetryAfter.header("30") == 30)
        let now = try #require(ISO8601DateFormatter().date(from: "2026-01-01T00:00:00Z"))
        #expect(RetryAfter.header("Thu, 01 Jan 2026 00:00:45 GMT", now: now) == 45)
        #expect(RetryAfter.duration("3.700s") == 3.7)
    }

    /// Any change to what is sent changes the hash; nothing else does.
    @Test func requestHashCoversEverythingSent() {
        let base = Fixtures.request()
        var changedBody = base
        changedBody.body.append(0x20)
        var changedPath = base
        changedPath.path += "x"
        var changedKey = base
        changedKey.key = "other"
        let hash = RequestHash.of(base, model: "m")
        #expect(hash.count == 64)
        #expect(RequestHash.of(changedBody, model: "m") != hash)
        #expect(RequestHash.of(changedPath, model: "m") != hash)
        #expect(RequestHash.of(base, model: "n") != hash)
        #expect(RequestHash.of(changedKey, model: "m") == hash)
    }
}
