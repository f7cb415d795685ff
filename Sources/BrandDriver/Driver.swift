import Foundation
public import BrandDiagnostics
import BrandYAML
public import BrandModel
import BrandChecks
public import BrandAssembly
import BrandLowering
import BrandTokens
import BrandText
import BrandFeeds
import BrandImageCheck
import BrandEdit

/// The whole pipeline, wired: what the CLI and the end-to-end tests call. It never prints and never
/// exits; it returns diagnostics and results.
public struct Driver: Sendable {
    public var config: ProjectConfig
    public var fileSystem: any FileSystem
    /// The built-in model registry, overlaid by the user's registry file when there is one.
    public var registry: ModelRegistry
    public var tokenizer: TokenizerChoice = .locate(explicitPath: nil)
    public var budgetOptions = BudgetOptions()

    public init(
        config: ProjectConfig = ProjectConfig(), fileSystem: any FileSystem = LocalFileSystem(),
        registry: ModelRegistry = .builtIn
    ) {
        self.config = config
        self.fileSystem = fileSystem
        self.registry = registry
    }

    /// The built-in registry overlaid by the file at `path`, and the file's problems.
    public static func loadRegistry(_ path: String, fileSystem: any FileSystem = LocalFileSystem())
        -> (ModelRegistry, [Diagnostic])
    {
        var sink = DiagnosticSink()
        let guides = BrandGuideLoader(fileSystem: fileSystem)
        guard let document = guides.document(path, referencedFrom: nil, diagnostics: &sink) else {
            return (.builtIn, sink.diagnostics)
        }
        let user = ModelRegistry.decode(document, diagnostics: &sink)
        var locations: [String: SourceLocation] = [:]
        for pair in document.root.mapping?.first(where: { $0.key.scalar?.text == "routes" })?.value.mapping ?? [] {
            if let name = pair.key.scalar?.text { locations[name] = document.location(of: pair.key) }
        }
        user.checkReferences(against: .builtIn, diagnostics: &sink, routeLocations: locations)
        return (ModelRegistry.builtIn.overlaid(by: user), sink.diagnostics)
    }

    var loader: YAMLLoader { YAMLLoader(limits: config.limits) }
    var guides: BrandGuideLoader { BrandGuideLoader(loader: loader, fileSystem: fileSystem) }

    /// Every diagnostic code brandc can report, for `--explain` and SARIF rules.
    public static var allCodes: [DiagnosticCode] {
        (YAMLDiagnostics.all + ModelDiagnostics.all + BrandYMLDiagnostics.all + CheckRegistry.codes + AssemblyDiagnostics.all
            + BudgetDiagnostics.all + LoweringDiagnostics.all + TokenDiagnostics.all + [.countTokensFailed, .writeFailed] + FeedDiagnostics.all
            + ImageCheckDiagnostics.all + EditDiagnostics.all)
            .sorted { $0.id < $1.id }
    }

    /// Terminal columns a run of source text takes (East Asian Width aware), for placing carets.
    public static let columnWidth: @Sendable (Substring) -> Int = { displayWidth(of: String($0)) }

    /// Reads `brandc.yaml` at `path` into a configuration. The default file may be absent; one named
    /// explicitly (`required`, from `--config`) that cannot be read is reported as an unreadable input.
    public static func loadConfig(_ path: String, required: Bool = false, fileSystem: any FileSystem = LocalFileSystem())
        -> (ProjectConfig, [Diagnostic])
    {
        guard required || fileSystem.fileExists(path) else { return (ProjectConfig(), []) }
        var sink = DiagnosticSink()
        let guides = BrandGuideLoader(fileSystem: fileSystem)
        guard let document = guides.document(path, referencedFrom: nil, diagnostics: &sink) else {
            return (ProjectConfig(), sink.diagnostics)
        }
        let config = ProjectConfig.decode(document, knownCodes: allCodes, diagnostics: &sink)
        return (config, sink.diagnostics)
    }

    /// Applies the project's severities, sorts by file and position, and drops exact repeats
    /// (a parent guide read once directly and once through a sub-brand's `extends`).
    func finish(_ sink: DiagnosticSink) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return config.apply(to: sink.diagnostics).sorted(by: Diagnostic.sourceOrder).filter { seen.insert($0).inserted }
    }

    /// Files under `paths` (folders searched recursively for .yaml, .yml and .mustache), sorted.
    func expand(_ paths: [String], diagnostics: inout DiagnosticSink) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.report(.fileNotFound, "'\(path)' does not exist", at: SourceLocation(file: path))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = (FileManager.default.subpaths(atPath: path) ?? [])
                .filter { InputKind.extensions.contains(($0 as NSString).pathExtension) }
                .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
            files += found.sorted()
        }
        return files
    }
}
