import Foundation
import Testing
@testable import BrandTokens

/// Long pieces (runs of punctuation or spaces) take the heap-based merger; it must choose the
/// same merges as tiktoken's rescanning loop, which the short-piece path reproduces.
@Suite(.enabled(if: O200kFixture.isAvailable, O200kFixture.missingReason))
struct O200kLongPieceTests {
    static func ids(_ encoder: O200kEncoder, _ text: String, longPieceBytes: Int) -> [Int] {
        var ids: [Int32] = []
        encoder.encode(text, into: &ids, longPieceBytes: longPieceBytes)
        return ids.map(Int.init)
    }

    @Test(arguments: GoldenIdsTests.corpusNames)
    func everyCorpusPieceThroughTheHeapMatchesTiktoken(name: String) throws {
        let encoder = try #require(O200kFixture.encoder)
        let text = try TokenizerFixture.corpusText(name)
        let golden = try O200kFixture.goldenBody("\(name).ids").split(separator: "\n", maxSplits: 1).first.map(String.init)
        #expect(Self.ids(encoder, text, longPieceBytes: 0).map(String.init).joined(separator: " ") == golden)
    }

    @Test func fuzzCasesThroughTheHeapMatchTiktoken() throws {
        let encoder = try #require(O200kFixture.encoder)
        for fuzz in try O200kFuzzTests.cases() {
            #expect(Self.ids(encoder, fuzz.text, longPieceBytes: 0) == fuzz.ids, "\(fuzz.text.debugDescription)")
        }
    }

    @Test(arguments: ["-=", "!?.", "  ", "\u{2014}*", "€$", "ab"])
    func longRunsMergeAsTheRescanningLoopDoes(unit: String) throws {
        let encoder = try #require(O200kFixture.encoder)
        let text = String(repeating: unit, count: 700) + "x"
        let rescanned = Self.ids(encoder, text, longPieceBytes: .max)
        #expect(Self.ids(encoder, text, longPieceBytes: 0) == rescanned)
        #expect(encoder.encode(text) == rescanned)
    }

    /// A 200 KB piece goes through the priority-queue merger (a rescan per merge would take minutes;
    /// its speed is measured by the benchmark, not timed here).
    @Test func aLongRunOfDashesIsCounted() throws {
        let encoder = try #require(O200kFixture.encoder)
        let count = encoder.count(String(repeating: "-", count: 200_000))
        #expect(count > 200_000 / 128)
        #expect(count <= 200_000)
    }
}
