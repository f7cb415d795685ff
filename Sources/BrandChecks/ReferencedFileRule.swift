public import BrandDiagnostics
import BrandModel

extension DiagnosticCode {
    public static let missingAsset = DiagnosticCode(
        "C003", name: "missing-asset",
        summary: "A logo or product image the guide names is not there (compile needs it).", severity: .warning)
}

/// Logo and product image paths should exist; lint warns, compile fails when it needs the bytes.
struct ReferencedFileRule: CheckRule {
    let code = DiagnosticCode.missingAsset
    let examples = RuleExamples(
        triggering: ["logo: {files: [↓missing-logo.png]}"],
        nonTriggering: ["logo: {rules: [Never stretch the logo.]}"])

    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink) {
        let paths = (input.checksGuide ? input.guide?.logo.files ?? [] : []) + input.products.flatMap(\.images)
        for path in paths where !FilePath.isURL(path.value) {
            let resolved = FilePath.resolve(path.value, against: path.location.file)
            if !input.fileSystem.fileExists(resolved) {
                diagnostics.report(code, "'\(path.value)' does not exist (looked for \(resolved))", at: path.location)
            }
        }
    }
}
