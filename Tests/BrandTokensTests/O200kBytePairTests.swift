import Foundation
import Testing
@testable import BrandTokens

/// tiktoken's merge rules on hand-built vocabularies: the 256 single bytes at ranks 0…255 (rank =
/// byte value), then the listed tokens from rank 256. Each expectation was also checked against
/// `tiktoken.Encoding(pat_str: o200k's, mergeable_ranks: the same)`.
@Suite struct O200kBytePairTests {
    static func encoder(_ tokens: [String]) throws -> O200kEncoder {
        let spellings = (0...255).map { [UInt8($0)] } + tokens.map { Array($0.utf8) }
        let text = spellings.enumerated().map { rank, bytes in "\(Data(bytes).base64EncodedString()) \(rank)\n" }
        return O200kEncoder(vocabulary: try O200kVocabulary(parsing: Array(text.joined().utf8)))
    }

    @Test func onATieTheLeftmostPairMerges() throws {
        #expect(try Self.encoder(["aa"]).encode("aaa") == [256, 97])
        #expect(try Self.encoder(["aa"]).encode("aaaaa") == [256, 256, 97])
    }

    @Test func theLowestRankMergesFirstWhereverItIs() throws {
        #expect(try Self.encoder(["bc", "ab"]).encode("abc") == [97, 256])
    }

    @Test func aPieceThatIsATokenIsThatTokenEvenWithoutAMergePath() throws {
        #expect(try Self.encoder(["abc"]).encode("abc") == [256])
        #expect(try Self.encoder(["abc"]).encode("abcd") == [97, 98, 99, 100])
    }

    @Test func neighboursAreRerankedAfterEachMerge() throws {
        #expect(try Self.encoder(["ab", "cd", "abcd", "de"]).encode("abcde") == [258, 101])
    }

    @Test func piecesAreMergedSeparately() throws {
        #expect(try Self.encoder(["ab"]).encode("ab ab") == [256, 32, 256])
        #expect(try Self.encoder(["b c"]).encode("ab cd") == [97, 98, 32, 99, 100])
    }

    @Test func bytesOfAnyScalarAreCovered() throws {
        #expect(try Self.encoder([]).encode("é😀") == [0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80])
    }
}
