import BrandDiagnostics

/// Everything a renderer may need besides the diagnostics themselves.
public struct RenderContext: Sendable {
    /// The lines of the source file at a path, as the diagnostics spell it; `nil` when it was not read.
    public var sourceLines: @Sendable (String) -> (any SourceLines)?
    /// Every code the tool knows, so SARIF can list rules that did not fire.
    public var catalog: [DiagnosticCode]
    public var tool: ToolInfo
    public var options: RenderOptions

    public init(
        sourceLines: @escaping @Sendable (String) -> (any SourceLines)?,
        catalog: [DiagnosticCode] = [],
        tool: ToolInfo = ToolInfo(),
        options: RenderOptions = RenderOptions()
    ) {
        self.sourceLines = sourceLines
        self.catalog = catalog
        self.tool = tool
        self.options = options
    }

    /// A context over a fixed set of files, looked up by their `path`.
    public init(
        files: [SourceFile],
        catalog: [DiagnosticCode] = [],
        tool: ToolInfo = ToolInfo(),
        options: RenderOptions = RenderOptions()
    ) {
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.init(sourceLines: { byPath[$0] }, catalog: catalog, tool: tool, options: options)
    }
}

/// The name and version the machine-readable formats report.
public struct ToolInfo: Hashable, Sendable {
    public var name: String
    public var version: String
    /// Where to read about the tool (SARIF `informationUri`); omitted when `nil`.
    public var informationURI: String?

    public init(name: String = "brandc", version: String = "0.0.0", informationURI: String? = nil) {
        self.name = name
        self.version = version
        self.informationURI = informationURI
    }
}

/// Presentation choices for the human format; the machine formats ignore them.
public struct RenderOptions: Sendable {
    /// Emit ANSI colours. The CLI turns this on only for a terminal and never when `NO_COLOR` is set.
    public var useColor: Bool
    /// How many terminal columns a run of text takes (no tabs or line breaks in it). The default counts
    /// `Character`s; the driver passes an East-Asian-Width-aware function.
    public var columnWidth: @Sendable (Substring) -> Int
    /// Source lines wider than this many columns are cut to a window around the caret.
    public var maxSourceLineWidth: Int

    public init(
        useColor: Bool = false,
        columnWidth: @escaping @Sendable (Substring) -> Int = RenderOptions.characterCount,
        maxSourceLineWidth: Int = 120
    ) {
        self.useColor = useColor
        self.columnWidth = columnWidth
        self.maxSourceLineWidth = maxSourceLineWidth
    }

    /// One column per `Character`: right for most Latin text, wrong for wide CJK characters.
    public static let characterCount: @Sendable (Substring) -> Int = { $0.count }
}
