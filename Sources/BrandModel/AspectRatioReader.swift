import BrandDiagnostics
public import BrandYAML

extension NodeReader {
    /// An aspect ratio written as `W:H` with whole numbers (`"3:2"`). A decimal (`1.5`) or any other
    /// text is reported here, where it is written, so lint and compile reject it alike whichever
    /// template or product later uses it.
    public mutating func aspectRatio(_ node: YAMLNode, _ context: String) -> Located<String>? {
        guard let text = string(node, context) else { return nil }
        let parts = text.value.split(separator: ":", omittingEmptySubsequences: false)
        let wellFormed = parts.count == 2 && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } && part.contains { $0 != "0" }
        }
        guard wellFormed else {
            diagnostics.report(
                .badValue, "\(context) '\(text.value)' is not written as width:height", at: text.location,
                fix: FixSuggestion("write it as two whole numbers, quoted, e.g. \"3:2\" or \"16:9\""))
            return nil
        }
        return text
    }
}
