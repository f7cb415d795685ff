import ArgumentParser
import BrandDriver

/// The compile inputs `report` and `watch` may take: the same flags as `compile`, but for `report`
/// all optional (without them the report shows only what the build folder records).
struct ReportInputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The brand guide the build was made from.", valueName: "path"))
    var brand: String?

    @Option(help: ArgumentHelp("The template the build was made from.", valueName: "path"))
    var template: String?

    @Option(name: .customLong("product"), help: ArgumentHelp("A product file; repeat for several.", valueName: "path"))
    var products: [String] = []

    @Option(help: ArgumentHelp("A product feed (CSV, TSV, JSON Lines, JSON or YAML).", valueName: "path"))
    var feed: String?

    @Option(name: .customLong("locale"), help: ArgumentHelp("BCP 47 locale of the in-image copy; repeat for several.", valueName: "tag"))
    var locales: [String] = []

    @Option(help: ArgumentHelp("Registry route; overrides the template's target.", valueName: "name"))
    var route: String?

    func validate() throws {
        let given = brand != nil || template != nil || !products.isEmpty || feed != nil || !locales.isEmpty || route != nil
        if given, brand == nil || template == nil {
            throw ValidationError("the compile inputs need both --brand and --template")
        }
    }

    /// One compile job per locale (one with the default locale when none is given); none when no
    /// inputs were given.
    func jobs(outputDirectory: String) -> [CompileJob] {
        guard let brand, let template else { return [] }
        return (locales.isEmpty ? [nil] : locales.map { Optional($0) }).map { locale in
            var job = CompileJob(brand: brand, template: template, products: products, locale: locale,
                                 outputDirectory: outputDirectory, route: route)
            job.feed = feed
            return job
        }
    }
}
