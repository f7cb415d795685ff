import Foundation
import Testing
@testable import BrandNetwork

/// Responses JSONL read line by line: images decoded as the one-by-one path decodes them, per-key
/// errors and blocks reported, unwanted keys and unreadable lines skipped.
struct BatchResultReaderTests {
    @Test func mixedLinesAreEachReportedUnderTheirKey() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let png = TinyImages.png(size: 3)
        let lines = [
            #"{"key":"sku-1/hero/en","response":\#(WireBodies.geminiImage(png, caption: "first"))}"#,
            "",
            #"{"key":"sku-2/hero/en","error":{"code":400,"message":"bad request","status":"INVALID_ARGUMENT"}}"#,
            #"{"key":"sku-3/hero/en","response":\#(WireBodies.blocked)}"#,
            "not json at all",
            #"{"key":"sku-4/hero/en","response":\#(WireBodies.geminiImage())}"#,
            #"{"key":"sku-5/hero/en","response":\#(WireBodies.geminiImage(TinyImages.jpeg()))}"#,
        ]
        let file = scratch.url.appendingPathComponent("responses.jsonl")
        // CRLF line ends and no newline after the last line: both still read.
        try Data(lines.joined(separator: "\r\n").utf8).write(to: file)
        let seen = Locked<[String: BatchLineOutcome]>([:])
        let totals = try await BatchResultReader.read(file, folder: scratch.url, wanted: { $0 != "sku-4/hero/en" }) { key, outcome in
            seen.update { $0[key] = outcome }
        }
        #expect(totals.lines == 6)
        #expect(totals.skipped == 1)
        #expect(totals.unreadable == 1)
        #expect(Set(seen.value.keys) == ["sku-1/hero/en", "sku-2/hero/en", "sku-3/hero/en", "sku-5/hero/en"])
        guard case .response(.success(let first))? = seen.value["sku-1/hero/en"] else {
            Issue.record("sku-1 should have an image")
            return
        }
        #expect(first.texts == ["first"])
        #expect(try Data(contentsOf: try #require(first.images.last).temporaryFile) == Data(png))
        guard case .response(.success(let fifth))? = seen.value["sku-5/hero/en"] else {
            Issue.record("sku-5 should have an image")
            return
        }
        #expect(fifth.images.last?.kind == .jpeg)
        guard case .error(let detail)? = seen.value["sku-2/hero/en"] else {
            Issue.record("sku-2 should be an error")
            return
        }
        #expect(detail == "code 400: INVALID_ARGUMENT: bad request")
        guard case .response(.failure(.blocked(let reason)))? = seen.value["sku-3/hero/en"] else {
            Issue.record("sku-3 should be blocked")
            return
        }
        #expect(reason == "PROHIBITED_CONTENT")
        let leftovers = scratch.names.filter { $0 != "responses.jsonl" && !$0.hasPrefix(".tmp") }
        #expect(leftovers.allSatisfy { !$0.hasPrefix(".batch-line") }, "line scratch files are removed: \(leftovers)")
    }

    /// An 84 KB image line (a 250×250 PNG) is read through the spilled-JSON path in bounded pieces.
    @Test func aLargeImageLineIsDecodedWhole() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let big = TinyImages.png(size: 250)
        let file = scratch.url.appendingPathComponent("responses.jsonl")
        try Data((#"{"key":"big","response":\#(WireBodies.geminiImage(big))}"# + "\n").utf8).write(to: file)
        let decoded = Locked<[UInt8]>([])
        _ = try await BatchResultReader.read(file, folder: scratch.url, wanted: { _ in true }) { _, outcome in
            if case .response(.success(let summary)) = outcome, let image = summary.images.last {
                decoded.update { $0 = Array((try? Data(contentsOf: image.temporaryFile)) ?? Data()) }
            }
        }
        #expect(decoded.value == big)
    }

    /// A response of the wrong shape still joins back by its key, as a malformed answer that says
    /// where; a line without a string key is unreadable.
    @Test func aMisshapenResponseKeepsItsKey() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let file = scratch.url.appendingPathComponent("responses.jsonl")
        let lines = [#"{"key":"sku-1","response":{"candidates":[{"finishReason":7}]}}"#, #"{"key":9,"response":{}}"#]
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let seen = Locked<[String: BatchLineOutcome]>([:])
        let totals = try await BatchResultReader.read(file, folder: scratch.url, wanted: { _ in true }) { key, outcome in
            seen.update { $0[key] = outcome }
        }
        #expect(totals.unreadable == 1)
        guard case .response(.failure(.malformed(let detail)))? = seen.value["sku-1"] else {
            Issue.record("sku-1 should be malformed, got \(String(describing: seen.value["sku-1"]))")
            return
        }
        #expect(detail == "response.candidates[0].finishReason: expected a string")
    }
}
