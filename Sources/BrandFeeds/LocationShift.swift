import BrandDiagnostics

/// Moves positions found in one element parsed on its own (a JSON Lines line, an array element)
/// to where that element sits in the whole feed file.
struct LocationShift {
    let base: FeedPosition
    let file: String

    func position(_ local: SourcePosition) -> SourcePosition {
        SourcePosition(
            offset: base.offset + local.offset, line: base.line + local.line - 1,
            column: local.line == 1 ? base.column + local.column - 1 : local.column)
    }

    func location(_ local: SourceLocation) -> SourceLocation {
        guard let range = local.range else { return SourceLocation(file: file) }
        return SourceLocation(file: file, range: SourceRange(start: position(range.start), end: position(range.end)))
    }

    func diagnostic(_ local: Diagnostic) -> Diagnostic {
        var shifted = local
        shifted.location = local.location.map(location)
        shifted.notes = local.notes.map { DiagnosticNote($0.message, at: $0.location.map(location)) }
        shifted.fix = nil  // a replacement's range would point into the element's own buffer
        return shifted
    }
}
