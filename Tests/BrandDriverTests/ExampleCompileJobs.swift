import BrandDriver

/// The bundled examples compiled by `scripts/run-examples.sh`: the same brand x template x locale x
/// product combinations, with paths relative to the package root.
enum ExampleCompileJobs {
    static func all(outputDirectory: String) -> [CompileJob] {
        let kumo = "brands/kumo/brand.yaml", sparkling = "brands/kumo-sparkling/brand.yaml"
        let northwind = "brands/northwind/brand.yaml"
        let hero = "templates/campaign-hero.mustache", onWhite = "templates/product-on-white.mustache"
        let banner = "templates/tall-banner.mustache"
        let sencha = "products/kumo/sencha-tin.yaml"
        func job(_ brand: String, _ template: String, _ locale: String, _ products: [String] = []) -> CompileJob {
            CompileJob(brand: brand, template: template, products: products, locale: locale, outputDirectory: outputDirectory)
        }
        var jobs = ["en", "ja", "zh-Hans", "ko", "ar", "he", "hi"].map { job(kumo, hero, $0) }
        jobs += ["ja", "ar", "he", "hi", "en"].map { job(kumo, hero, $0, [sencha]) }
        jobs += [
            job(kumo, onWhite, "en", [sencha]),
            job(kumo, banner, "ja"),
            job(sparkling, hero, "ja"),
            job(sparkling, banner, "en"),
            job(northwind, onWhite, "en", ["products/northwind/merino-beanie.yaml", "products/northwind/trail-jacket.yaml"]),
            job(northwind, banner, "de", ["products/northwind/merino-beanie.yaml"]),
        ]
        return jobs
    }
}
