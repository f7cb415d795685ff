import BrandTestSupport
import Foundation
import Testing
@testable import BrandFeeds

/// brandc's one CSV/TSV parser against CSV.swift, the parser it replaced: the same values for every
/// record of the committed feeds and of generated tricky inputs, and each field's position
/// checked by an independent count.
struct DelimitedParserTests {
    static let comma = UInt8(ascii: ",")
    static let tab = UInt8(ascii: "\t")

    /// The committed feeds, and any CSV or TSV under the shared reference folder.
    static var feedFiles: [URL] {
        let root = SharedFolder.packageRoot
        var folders = [root.appendingPathComponent("Tests/Fixtures/feeds"), root.appendingPathComponent("products/feeds")]
        if let reference = SharedFolder.file("reference") { folders.append(reference) }
        return folders.flatMap { folder -> [URL] in
            let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            return (walker?.allObjects as? [URL] ?? []).filter { ["csv", "tsv"].contains($0.pathExtension.lowercased()) }
        }.sorted { $0.path < $1.path }
    }

    /// Values, record boundaries and positions of `bytes` checked against CSV.swift and a recount.
    static func expectAgreement(_ bytes: [UInt8], delimiter: UInt8, _ name: String) throws {
        let parsed = DelimitedOracle.parse(bytes, delimiter: delimiter)
        let flagged = parsed.filter { !$0.trusted }.map(\.record.start.line)
        #expect(flagged.isEmpty, "\(name): well-formed records flagged at lines \(flagged)")
        let ours = parsed.map(\.values).filter { $0 != [""] }
        let oracle = try DelimitedOracle.oracleRows(bytes, delimiter: delimiter)
        #expect(ours == oracle, "\(name): values differ from CSV.swift's")
        expectPositions(parsed, in: bytes, delimiter: delimiter, name)
    }

    /// Each field starts where an independent count puts its offset, and its own bytes read alone
    /// give its value: so the offsets are the field's exact boundaries.
    static func expectPositions(_ parsed: [DelimitedOracle.Parsed], in bytes: [UInt8], delimiter: UInt8, _ name: String) {
        let table = DelimitedOracle.positions(bytes)
        for entry in parsed where entry.trusted {
            for (field, value) in zip(entry.record.fields, entry.values) {
                #expect(field.start == table[field.start.offset], "\(name): field '\(value)' is not where it starts")
                let alone = DelimitedOracle.oracleRecord(bytes[field.start.offset..<field.end], delimiter: delimiter)
                #expect(alone == [value], "\(name): the bytes at the field's offsets are not '\(value)'")
            }
        }
    }

    @Test func theCommittedFeedsReadAsCSVSwiftReadsThem() throws {
        let files = Self.feedFiles
        #expect(files.count >= 6, "the committed CSV and TSV fixtures were not found")
        var compared = 0
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: file))
            guard FeedSniffer.refusal(bytes) == nil else { continue }
            let delimiter = file.pathExtension.lowercased() == "tsv" ? Self.tab : Self.comma
            // A plain TSV (header unquoted) keeps `"` as text, which CSV.swift cannot be told; a TSV
            // without any quote reads the same either way.
            if delimiter == Self.tab, bytes.contains(DelimitedOracle.quote),
                bytes[DelimitedOracle.start(of: bytes).offset] != DelimitedOracle.quote { continue }
            try Self.expectAgreement(bytes, delimiter: delimiter, file.lastPathComponent)
            compared += 1
        }
        #expect(compared >= 5)
    }

    @Test(arguments: 0..<40)
    func generatedFeedsReadAsWritten(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        let delimiter = seed % 4 == 3 ? Self.tab : Self.comma
        let feed = TrickyFeed(random: &random, delimiter: delimiter)
        let parsed = DelimitedOracle.parse(feed.bytes, delimiter: delimiter)
        #expect(parsed.map(\.values).filter { $0 != [""] } == feed.rows.filter { $0 != [""] }, "seed \(seed): not the rows written")
        try Self.expectAgreement(feed.bytes, delimiter: delimiter, "seed \(seed)")
    }

    /// Random bytes with quotes in the wrong places: every record the parser trusts reads as
    /// CSV.swift reads that record's text; every one it flags really is broken.
    @Test(arguments: 0..<40)
    func brokenQuotingIsFlaggedAndTheRestAgrees(seed: Int) {
        var random = SplitMix64(seed: UInt64(1000 + seed))
        let alphabet: [[UInt8]] = ["a", "b", ",", "\"", "\"\"", "\n", "\r\n", "\r", "é", " "].map { Array($0.utf8) }
        let bytes = (0..<200).flatMap { _ in alphabet.randomElement(using: &random) ?? [] }
        let parsed = DelimitedOracle.parse(bytes, delimiter: Self.comma)
        for entry in parsed {
            let record = entry.record
            if let opened = record.unclosedQuote {
                #expect(bytes[opened.offset] == DelimitedOracle.quote, "seed \(seed): the unclosed quote is not at a quote")
            } else if !record.malformedQuoting {
                let text = bytes[record.start.offset..<record.end]
                #expect(entry.values == DelimitedOracle.oracleRecord(text, delimiter: Self.comma), "seed \(seed)")
            }
        }
        Self.expectPositions(parsed, in: bytes, delimiter: Self.comma, "seed \(seed)")
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let bytes = Array("id,title\r\nA1,\"ok\"\r\nA2,\"日本 open\r\nA3,x\r\n".utf8)
        let parsed = DelimitedOracle.parse(bytes, delimiter: Self.comma)
        let broken = try #require(parsed.first { $0.record.unclosedQuote != nil })
        #expect(broken.record.unclosedQuote == FeedPosition(offset: 22, line: 3, column: 4))
        #expect(parsed.last?.values == ["A3", "x"])
    }
}
