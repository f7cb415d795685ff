public import BrandDiagnostics
public import BrandYAML

/// Loads a brand guide with everything it builds on: the `extends` chain (parent first, each
/// level overriding field by field), an imported `_brand.yml`, and `{path}` references.
public struct BrandGuideLoader: Sendable {
    public var loader: YAMLLoader
    public var fileSystem: any FileSystem

    public init(loader: YAMLLoader = YAMLLoader(), fileSystem: any FileSystem = LocalFileSystem()) {
        self.loader = loader
        self.fileSystem = fileSystem
    }

    /// The fully resolved guide at `path`, or `nil` when the file cannot be read or parsed.
    public func load(_ path: String, diagnostics: inout DiagnosticSink) -> BrandGuide? {
        let before = diagnostics.diagnostics.count
        guard var guide = loadChain(path, chain: [], from: nil, diagnostics: &diagnostics) else { return nil }
        BrandReferences.resolve(&guide, diagnostics: &diagnostics)
        // A name written with the wrong type, or a parent that cannot be read, is reported as such
        // already: one diagnostic per mistake.
        let brokenChain: Set<DiagnosticCode> = [.wrongType, .fileNotFound, .readFailed, .extendsCycle]
        if !diagnostics.diagnostics[before...].contains(where: { brokenChain.contains($0.code) }) {
            Self.checkRequiredKeys(of: guide, diagnostics: &diagnostics)
        }
        return guide
    }

    /// Keys a guide cannot do without once its `extends` chain and `_brand.yml` are laid together:
    /// without `identity.name` the system instruction names no brand at all.
    static func checkRequiredKeys(of guide: BrandGuide, diagnostics: inout DiagnosticSink) {
        guard guide.identity.name == nil else { return }
        diagnostics.report(
            .missingKey, "the brand guide has no 'identity.name'; its requests would name no brand",
            at: SourceLocation(file: guide.file, range: SourceRange(at: SourcePosition(offset: 0, line: 1, column: 1))),
            fix: FixSuggestion("add 'identity: {name: Your Brand}' (or 'extends:' a guide that has it)"))
    }

    /// Reads and loads one YAML document; reports a missing or unreadable file at `reference`.
    public func document(
        _ path: String, referencedFrom reference: SourceLocation?, diagnostics: inout DiagnosticSink
    ) -> YAMLDocument? {
        guard let file = readSource(path, referencedFrom: reference, diagnostics: &diagnostics) else { return nil }
        return loader.loadSingle(file, diagnostics: &diagnostics)
    }

    /// The bytes of `path` as a source file; reports a missing file, or one over the size limit.
    public func readSource(
        _ path: String, referencedFrom reference: SourceLocation?, diagnostics: inout DiagnosticSink
    ) -> SourceFile? {
        guard fileSystem.fileExists(path) else {
            if fileSystem.isDirectory(path) {
                diagnostics.report(
                    .readFailed, "'\(path)' is a folder; a file is needed here",
                    at: reference ?? SourceLocation(file: path))
                return nil
            }
            diagnostics.report(
                .fileNotFound, "file '\(path)' does not exist", at: reference ?? SourceLocation(file: path))
            return nil
        }
        do {
            return SourceFile(path: path, bytes: try fileSystem.read(path))
        } catch {
            diagnostics.report(.readFailed, "cannot read '\(path)': \(error.localizedDescription)",
                               at: reference ?? SourceLocation(file: path))
            return nil
        }
    }

    private func loadChain(
        _ path: String, chain: [String], from reference: SourceLocation?, diagnostics: inout DiagnosticSink
    ) -> BrandGuide? {
        guard let document = document(path, referencedFrom: reference, diagnostics: &diagnostics) else { return nil }
        var guide = BrandGuide.decode(document, diagnostics: &diagnostics)
        if let brandYML = guide.brandYML {
            let importPath = FilePath.resolve(brandYML.value, against: path)
            if let imported = self.document(importPath, referencedFrom: brandYML.location, diagnostics: &diagnostics) {
                guide = guide.overlaid(on: BrandYMLImport.decode(imported, diagnostics: &diagnostics))
            }
        }
        guard let extends = guide.extends else { return guide }
        let parentPath = FilePath.resolve(extends.value, against: path)
        let visited = chain + [path]
        if visited.contains(parentPath) {
            let cycle = (visited.drop { $0 != parentPath } + [parentPath]).joined(separator: " -> ")
            diagnostics.report(
                .extendsCycle, "brand guides extend each other in a cycle: \(cycle)", at: extends.location)
            return guide
        }
        guard let parent = loadChain(parentPath, chain: visited, from: extends.location, diagnostics: &diagnostics)
        else { return guide }
        return guide.overlaid(on: parent)
    }
}
