import BrandTestSupport

/// The driver tests' golden folders under `Tests/Fixtures/golden/`, each owned by one suite, which
/// also checks that its folder holds exactly the files its cases produce.
enum Goldens {
    static let root = PackageRoot.url.appendingPathComponent("\(PackageRoot.fixtures)/golden")
    /// `BrokenFixtureTests`: every broken case in every diagnostic format.
    static let broken = GoldenFolder(root.appendingPathComponent("broken"))
    /// `BudgetReportTests`.
    static let budget = GoldenFolder(root.appendingPathComponent("budget"))
    /// `ExampleCompileTests`: one request per example job and product.
    static let requests = GoldenFolder(root.appendingPathComponent("requests"))
    /// `TargetGoldenTests`: one folder per route and target.
    static let targets = GoldenFolder(root.appendingPathComponent("targets"))
}
