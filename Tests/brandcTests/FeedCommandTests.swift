import Foundation
import Testing

/// `--feed` and `--shard` as a catalog team runs them.
@Suite(.enabled(if: BrandcProcess.isAvailable, "needs the built brandc executable (swift build --build-tests)"))
struct FeedCommandTests {
    static let feed = "products/feeds/northwind-merchant-center.csv"
    static let inputs = ["--brand", "brands/northwind/brand.yaml", "--template", "templates/studio-shot.mustache"]

    func compile(_ extra: [String]) async throws -> (status: Int32, files: Set<String>) {
        let out = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try await BrandcProcess.run(["compile"] + Self.inputs + ["--feed", Self.feed, "--out", out.path] + extra)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        return (result.status, Set(files))
    }

    @Test func aFeedCompilesEveryProductAndShardsPartitionIt() async throws {
        let whole = try await compile([])
        #expect(whole.status == 0)
        #expect(whole.files.count == 10)
        var union = Set<String>()
        for index in 1...3 {
            let part = try await compile(["--shard", "\(index)/3"])
            #expect(part.status == 0)
            #expect(union.isDisjoint(with: part.files), "shards overlap")
            union.formUnion(part.files)
        }
        #expect(union == whole.files)
    }

    /// A JSON Lines or CSV file given as --product is read as the feed it is, every row compiled
    /// (as one YAML product only its first line was, without a word about the rest).
    @Test func aFeedGivenAsAProductIsReadWhole() async throws {
        let folder = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("three.jsonl")
        let lines = (1...3).map { #"{"id": "JL\#($0)", "title": "Product \#($0)", "description": "A product."}"# }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: feed)
        let out = folder.appendingPathComponent("out")
        let result = try await BrandcProcess.run(["compile"] + Self.inputs + ["--product", feed.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("read 3 rows: 3 products"), "\(result.stderr)")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(files.filter { $0.hasPrefix("JL") }.count == 3, "\(files)")
    }

    @Test func aBadShardIsAUsageError() async throws {
        for shard in ["0/3", "4/3", "a/b", "3"] {
            let result = try await BrandcProcess.run(["compile"] + Self.inputs + ["--feed", Self.feed, "--shard", shard])
            #expect(result.status == 2, "--shard \(shard)")
        }
        await #expect(try await BrandcProcess.run(["compile"] + Self.inputs + ["--shard", "1/2"]).status == 2)
        let outOfRange = try await BrandcProcess.run(["compile"] + Self.inputs + ["--feed", Self.feed, "--shard", "5/4"])
        #expect(outOfRange.stderr.contains("error[F010]: shard 5/4 is out of range"), "\(outOfRange.stderr)")
        #expect(!outOfRange.stderr.contains("Usage:"))
    }

    @Test func lintReadsFeedsAndReportsRowsAtTheirLines() async throws {
        let folder = try BrandcProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.csv")
        try Data("id,title,price\nA1,Trail Cap,12.00 USD\n,No id here,3.00 USD\nA3,Indestructible Mug,9.00 USD\n".utf8)
            .write(to: feed)
        let result = try await BrandcProcess.run(["lint", "--brand", "brands/northwind/brand.yaml", feed.path])
        #expect(result.stdout.contains("feed.csv:3:1: "), "\(result.stdout)")
        #expect(result.stdout.contains("read 3 rows: 2 products, 1 rows skipped") || result.stdout.contains("read 3 rows: 2 products, 1 row skipped"))
        #expect(result.stdout.contains("error[C001]"))  // Northwind bans "indestructible"
    }
}
