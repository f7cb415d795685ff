import ArgumentParser
import BrandDriver
import BrandFeeds

/// `--feed` and `--shard`, shared by compile, build and budget.
struct FeedOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A product feed: CSV or TSV (Shopify or Merchant Center columns), JSON Lines, JSON or YAML; read one product at a time.",
        valueName: "path"))
    var feed: String?

    @Option(help: ArgumentHelp(
        "Compile only part I of N of the feed, split stably by product id, so N machines share it (e.g. 2/8).",
        valueName: "I/N"))
    var shard: String?

    func validate() throws {
        if let shard {
            do {
                _ = try Shard(parsing: shard)
            } catch {
                throw ValidationError(error.message)
            }
            if feed == nil { throw ValidationError("--shard splits a --feed; give the feed too") }
        }
    }

    func apply(to job: inout CompileJob) {
        job.feed = feed
        if let shard, let parsed = try? Shard(parsing: shard) { job.shard = parsed }
    }
}
