import BrandDiagnostics
import BrandModel

/// An instruction with the session's brand guide references (`{colors.rice-paper}`,
/// `{locales.ko.copy.headline}`) replaced, as guide values are: a reference that names nothing is
/// an error (M010) with the closest name as the fix.
enum EditInstruction {
    static let location = "<instruction>"

    static func resolve(_ instruction: String, brand: String?, diagnostics: inout DiagnosticSink) -> String {
        guard let brand, instruction.contains("{") else { return instruction }
        guard let guide = BrandGuideLoader().load(brand, diagnostics: &diagnostics) else { return instruction }
        return BrandReferences.expand(Located(instruction, at: SourceLocation(file: location)), in: guide, diagnostics: &diagnostics)
    }
}
