import BrandDiagnostics
import Foundation
import Testing
@testable import BrandTokens

/// Loading the rank file: each way it can be missing, cut off, malformed or another encoding's
/// file is refused with a diagnostic code, and the real file passes the identity check.
@Suite struct O200kVocabularyTests {
    /// A well-formed file of `count` ranks: the 256 single bytes (rank = byte value, unless
    /// `replacing` gives another spelling for one rank), then distinct filler tokens.
    static func rankFile(count: Int, replacing: (rank: Int, bytes: [UInt8])? = nil) -> [UInt8] {
        let lines = (0..<count).map { rank in
            var bytes: [UInt8] = rank < 256 ? [UInt8(rank)] : Array("t\(rank)".utf8)
            if let replacing, replacing.rank == rank { bytes = replacing.bytes }
            return "\(Data(bytes).base64EncodedString()) \(rank)\n"
        }
        return Array(lines.joined().utf8)
    }

    static func loadError(_ bytes: [UInt8]) -> O200kVocabularyError? {
        do {
            _ = try O200kVocabulary(tiktokenText: bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func aSmallWellFormedFileIsTruncated() {
        let error = Self.loadError(Self.rankFile(count: 300))
        #expect(error == .truncated(ranks: 300, expected: 199_998))
        #expect(error?.code == .tokenizerMalformed)
    }

    @Test func aLastLineWithoutNewlineIsCutOff() {
        let error = Self.loadError(Array(Self.rankFile(count: 300).dropLast(3)))
        #expect(error == .malformed(line: 300, reason: "the last line is cut off"))
    }

    @Test(arguments: [
        ("", "the file is empty"), ("IQ==\n", "no space between token and rank"),
        ("I*== 0\n", "the token is not base64"), ("IQ= 0\n", "the token is not base64"), ("IQ=A 0\n", "the token is not base64"),
        (" 0\n", "the token is not base64"), ("IQ== zero\n", "the rank is not a number"),
        ("IQ== 0\r\n", "the rank is not a number"),
    ])
    func malformedLines(text: String, reason: String) {
        let error = Self.loadError(Array(text.utf8))
        #expect(error == .malformed(line: 1, reason: reason))
        #expect(error?.code == .tokenizerMalformed)
    }

    @Test func inconsistentVocabulariesAreRefused() {
        var gap = Self.rankFile(count: 300)
        gap.append(contentsOf: Array("dXg= 301\n".utf8))
        #expect(Self.loadError(gap) == .invalidVocabulary("line 301 has rank 301; ranks must run 0, 1, 2… in order"))
        var duplicate = Self.rankFile(count: 300)
        duplicate.append(contentsOf: Array("IQ== 300\n".utf8))
        #expect(Self.loadError(duplicate) == .invalidVocabulary("rank 300 spells the same bytes as an earlier rank"))
        let noByte = Self.rankFile(count: 300, replacing: (0x21, Array("!!".utf8)))
        #expect(Self.loadError(noByte) == .invalidVocabulary("no token for the single byte 0x21"))
        #expect(Self.loadError(noByte)?.code == .tokenizerInvalidVocabulary)
    }

    @Test func anotherEncodingOfTheSameSizeIsRefused() {
        let error = Self.loadError(Self.rankFile(count: 199_998))
        #expect(error == .invalidVocabulary("rank 0 is not \"!\"; this is another encoding's file"))
        #expect(Self.loadError(Self.rankFile(count: 200_000)) == .invalidVocabulary("200000 ranks; o200k_base has 199998"))
    }

    @Test func unreadablePathsAreTK001() throws {
        let missing = Self.loadError(path: "/nonexistent/o200k_base.tiktoken")
        #expect(missing == .unreadable(path: "/nonexistent/o200k_base.tiktoken", reason: "no such file"))
        let directory = FileManager.default.temporaryDirectory.path
        #expect(Self.loadError(path: directory) == .unreadable(path: directory, reason: "it is a directory"))
        let diagnostic = try #require(missing).diagnostic(file: "/nonexistent/o200k_base.tiktoken")
        #expect(diagnostic.code == .tokenizerUnreadable)
        #expect(diagnostic.message.contains("/nonexistent/o200k_base.tiktoken"))
    }

    static func loadError(path: String) -> O200kVocabularyError? {
        do {
            _ = try O200kEncoder(contentsOf: path)
            return nil
        } catch {
            return error
        }
    }

    @Test(.enabled(if: O200kFixture.isAvailable, O200kFixture.missingReason))
    func theOfficialFileLoads() throws {
        let vocabulary = try #require(O200kFixture.encoder).vocabulary
        #expect(vocabulary.count == 199_998)
        #expect(vocabulary.rank(of: Array(" the".utf8)) == 290)
        #expect(vocabulary.bytes(ofRank: 13225) == Array("Hello".utf8))
        #expect(vocabulary.bytes(ofRank: 199_998) == nil)
        #expect(vocabulary.rank(of: Array("<|endoftext|>".utf8)) == nil)
    }
}
