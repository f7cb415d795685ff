import ArgumentParser
import BrandDriver
import BrandFeeds

/// What compile, build and budget read: the brand guide, the template, the products or a feed,
/// the locale and the route.
struct JobInputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The brand guide (YAML).", valueName: "path"))
    var brand: String

    @Option(help: ArgumentHelp("The prompt template (.mustache with YAML front matter).", valueName: "path"))
    var template: String

    @Option(name: .customLong("product"), help: ArgumentHelp("A product file; repeat for several.", valueName: "path"))
    var products: [String] = []

    @Option(help: ArgumentHelp(
        "A product feed: CSV or TSV (Shopify or Merchant Center columns), Merchant Center XML (RSS or Atom), JSON Lines, JSON or YAML; read one product at a time.",
        valueName: "path"))
    var feed: String?

    @Option(help: ArgumentHelp(
        "Only part I of N of the feed, split stably by product id, so N machines share it (e.g. 2/8).",
        valueName: "I/N"))
    var shard: String?

    @Option(help: ArgumentHelp("BCP 47 locale of the in-image copy; a comma list (ja,ko) or 'all' (every locale of the guide) compiles each (default: en, else the brand's first).", valueName: "tag"))
    var locale: String?

    @Option(help: ArgumentHelp("Registry route (see 'brandc models'); overrides the template's target.", valueName: "name"))
    var route: String?

    func validate() throws {
        if let shard {
            do {
                _ = try Shard(parsing: shard)
            } catch {
                // Reported as its code (F010), so `explain F010` and SARIF know it; still a usage error (2).
                DiagnosticOutput().emit([error.diagnostic], to: .standardError)
                throw ExitCode(2)
            }
            if feed == nil { throw ValidationError("--shard splits a --feed; give the feed too") }
        }
    }

    func job(outputDirectory: String) -> CompileJob {
        var job = CompileJob(
            brand: brand, template: template, products: products, locale: locale, outputDirectory: outputDirectory,
            route: route)
        job.feed = feed
        if let shard, let parsed = try? Shard(parsing: shard) { job.shard = parsed }
        return job
    }
}
