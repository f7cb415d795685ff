import BrandDiagnostics
@testable import BrandFeeds
import Testing

/// The duplicate-id table keeps fingerprints in a hand-made open-addressing index: check it across
/// many growths, and that a duplicate's note points at the id's first row.
struct SeenIDsTests {
    static func id(_ number: Int) -> Located<String> {
        Located("ID-\(number)", at: SourceLocation(file: "feed.csv", range: SourceRange(
            at: SourcePosition(offset: number * 10, line: number + 2, column: 3))))
    }

    @Test func everyRepeatIsFoundAfterManyGrowthsAndPointsAtTheFirstRow() throws {
        var seen = SeenIDs()
        let count = 50_000
        var unexpected = 0
        for number in 0..<count where seen.duplicate(of: Self.id(number)) != nil { unexpected += 1 }
        #expect(unexpected == 0)
        for number in stride(from: 0, to: count, by: 997) {
            let found = seen.duplicate(of: Self.id(number))
            let diagnostic = try #require(found)
            #expect(diagnostic.code == .feedDuplicateID)
            let first = try #require(diagnostic.notes.first?.location?.start)
            #expect(first == SourcePosition(offset: number * 10, line: number + 2, column: 3))
        }
        let new = seen.duplicate(of: Self.id(count))
        #expect(new == nil)
    }

    @Test func idsEqualAfterNormalizationAreTheSameId() {
        var seen = SeenIDs()
        let first = seen.duplicate(of: Located("Caf\u{E9}", at: SourceLocation(file: "f")))
        let second = seen.duplicate(of: Located("Cafe\u{301}", at: SourceLocation(file: "f")))
        #expect(first == nil)
        #expect(second != nil)
    }
}
