import BrandDiagnostics

/// SARIF 2.1.0: one run whose driver lists every code of the catalog (and any code used but missing
/// from it) as rules sorted by id, and one result per diagnostic.
///
/// Columns are code points (`columnKind: unicodeCodePoints`); regions also carry the byte range.
/// Notes become `relatedLocations` (a note without a location keeps only its message); a fix with a
/// replacement becomes a `fixes` entry, and a fix without one is appended to the message as `help:`.
public struct SARIFRenderer: DiagnosticRenderer {
    public init() {}

    public func render(_ diagnostics: [Diagnostic], context: RenderContext) -> String {
        SortedJSON.encode(log(for: diagnostics, context: context))
    }

    func log(for diagnostics: [Diagnostic], context: RenderContext) -> SARIFLog {
        let rules = SARIFRenderer.rules(catalog: context.catalog, used: diagnostics.map(\.code))
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let driver = SARIFToolComponent(
            name: context.tool.name, version: context.tool.version,
            informationUri: context.tool.informationURI, rules: rules)
        let results = diagnostics.map { result(for: $0, ruleIndex: ruleIndex[$0.code.id] ?? 0) }
        return SARIFLog(runs: [SARIFRun(tool: SARIFTool(driver: driver), results: results)])
    }

    static func rules(catalog: [DiagnosticCode], used: [DiagnosticCode]) -> [SARIFRule] {
        var byID: [String: DiagnosticCode] = [:]
        for code in catalog + used where byID[code.id] == nil { byID[code.id] = code }
        return byID.values.sorted { $0.id < $1.id }.map { code in
            SARIFRule(
                id: code.id, name: code.name, shortDescription: SARIFMessage(text: code.summary),
                defaultConfiguration: SARIFConfiguration(level: level(code.defaultSeverity)))
        }
    }

    func result(for diagnostic: Diagnostic, ruleIndex: Int) -> SARIFResult {
        var text = diagnostic.message
        if let fix = diagnostic.fix, fix.replacement == nil { text += "\nhelp: " + fix.message }
        let related = diagnostic.notes.enumerated().map { index, note in
            SARIFLocation(
                id: index, physicalLocation: note.location.map(physicalLocation),
                message: SARIFMessage(text: note.message))
        }
        let fixes = diagnostic.fix.flatMap { fix in
            fix.replacement.map { replacement in
                SARIFFix(
                    description: SARIFMessage(text: fix.message),
                    artifactChanges: [change(for: replacement)])
            }
        }
        return SARIFResult(
            ruleId: diagnostic.code.id, ruleIndex: ruleIndex, level: SARIFRenderer.level(diagnostic.severity),
            message: SARIFMessage(text: text),
            locations: diagnostic.location.map { [SARIFLocation(physicalLocation: physicalLocation($0))] },
            relatedLocations: related.isEmpty ? nil : related,
            fixes: fixes.map { [$0] })
    }

    private func change(for replacement: TextReplacement) -> SARIFArtifactChange {
        let start = replacement.location.start ?? SourcePosition(offset: 0, line: 1, column: 1)
        let range = replacement.location.range ?? SourceRange(at: start)
        return SARIFArtifactChange(
            artifactLocation: SARIFArtifactURI.artifactLocation(forPath: replacement.location.file),
            replacements: [
                SARIFReplacement(deletedRegion: region(range), insertedContent: SARIFMessage(text: replacement.text))
            ])
    }

    private func physicalLocation(_ location: SourceLocation) -> SARIFPhysicalLocation {
        SARIFPhysicalLocation(
            artifactLocation: SARIFArtifactURI.artifactLocation(forPath: location.file),
            region: location.range.map(region))
    }

    private func region(_ range: SourceRange) -> SARIFRegion {
        SARIFRegion(
            startLine: range.start.line, startColumn: range.start.column,
            endLine: range.end.line, endColumn: range.end.column,
            byteOffset: range.start.offset, byteLength: max(0, range.end.offset - range.start.offset))
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}
