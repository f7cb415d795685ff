import BrandDiagnostics
import BrandReporters

/// The fixed run that every golden file renders. Locations are computed from the source text with
/// `SourceFile`, found by searching for the marked text, so the goldens cannot drift from the sources.
enum Fixtures {
    static let brandPath = "guides/brand.yaml"
    static let palettePath = "guides/café palette.yaml"
    static let draftPath = "guides/v1:draft, old.yaml"

    static let brand = SourceFile(
        path: brandPath,
        text: """
            name: Acme
            colors:
              primray: "#ff0000"
            \ttagline: "tab indented"
            title_ja: "日本語のタイトル": bad
            title_ar: "مرحبا بالعالم" x

            """)

    static let palette = SourceFile(
        path: palettePath,
        text: """
            # Colours the guide may use.
            palette: [primary, secondary]

            """)

    static let unknownColour = DiagnosticCode("B001", name: "unknown-colour", summary: "A colour name that the palette does not define.", severity: .error)
    static let tabIndent = DiagnosticCode("B002", name: "tab-indentation", summary: "A line indented with a tab.", severity: .warning)
    static let stray = DiagnosticCode("B003", name: "stray-text", summary: "Text after a value on the same line.", severity: .warning)
    static let unreadable = DiagnosticCode("B004", name: "unreadable-file", summary: "A file that cannot be read.", severity: .error)
    static let badOption = DiagnosticCode("B005", name: "bad-option", summary: "A command-line value that is not valid.", severity: .error)
    static let neverFired = DiagnosticCode("B099", name: "never-fired", summary: "A code in the catalog that this run does not use.", severity: .note)

    static let catalog = [neverFired, unknownColour, tabIndent, stray, unreadable, badOption]

    /// Where `text` is on the first line of `file` that contains it (after `after`, if given).
    static func location(of text: String, in file: SourceFile, after: String = "") -> BrandDiagnostics.SourceLocation {
        let bytes = file.bytes
        let needle = Array(text.utf8)
        let skip = Array(after.utf8)
        var start = 0
        if !skip.isEmpty, let found = firstIndex(of: skip, in: bytes, from: 0) { start = found + skip.count }
        let offset = firstIndex(of: needle, in: bytes, from: start) ?? 0
        return file.location(from: offset, to: offset + needle.count)
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        return (start...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle }
    }

    static var diagnostics: [Diagnostic] {
        let primray = location(of: "primray", in: brand)
        return [
            Diagnostic(
                unknownColour, "unknown colour 'primray'", at: primray,
                notes: [
                    DiagnosticNote("the palette is defined here", at: location(of: "palette", in: palette, after: "\n")),
                    DiagnosticNote("colour names are case-sensitive"),
                ],
                fix: FixSuggestion("did you mean 'primary'?", replacement: TextReplacement(at: primray, with: "primary"))),
            Diagnostic(tabIndent, "line is indented with a tab", at: location(of: "tagline", in: brand)),
            Diagnostic(
                stray, "unexpected text after the title", at: location(of: "bad", in: brand),
                fix: FixSuggestion("quote the whole title")),
            Diagnostic(stray, "stray 'x' after the Arabic title", at: location(of: "x", in: brand, after: "title_ar"), severity: .note),
            Diagnostic(unreadable, "cannot read the file: permission denied", at: SourceLocation(file: draftPath)),
            Diagnostic(badOption, "bad value for --budget: 50%, expected a number,\nfor example 1200", at: nil),
        ]
    }

    static func context(useColor: Bool = false) -> RenderContext {
        RenderContext(
            files: [brand, palette], catalog: catalog,
            tool: ToolInfo(name: "brandc", version: "0.1.0", informationURI: "https://example.com/brandc"),
            options: RenderOptions(useColor: useColor, columnWidth: TestWidth.eastAsian))
    }
}
