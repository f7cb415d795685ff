import BrandDiagnostics

/// One value of a feed row with the column it came from.
struct FeedCell {
    /// The column name (CSV header, JSON or YAML key) where it was written.
    var column: Located<String>
    var meaning: ColumnMeaning
    var value: Located<String>
}

/// One row of a feed (a CSV record, a JSON object, a YAML mapping), its cells already resolved.
struct FeedRow {
    var location: SourceLocation
    var cells: [FeedCell]
}

extension FeedPosition {
    func location(in file: String) -> SourceLocation {
        let position = SourcePosition(offset: offset, line: line, column: column)
        return SourceLocation(file: file, range: SourceRange(at: position))
    }
}
