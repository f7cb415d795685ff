/// A source line (or a window of it) and the marker line that points into it.
///
/// The marker keeps every tab of the text before the caret as a tab, so the terminal's tab stops
/// place it; every other run of text becomes as many spaces as `columnWidth` says it is wide.
struct SourceSnippet: Equatable {
    var text: String
    /// The blank run (spaces and tabs) that moves the marks under the range.
    var markerIndent: String
    /// `^` under the first marked character, `~` under the rest of the range on this line.
    var marks: String

    var marker: String { markerIndent + marks }

    static let ellipsis = "…"
    /// Width assumed for a tab when choosing which part of a long line to show.
    private static let tabWidthEstimate = 4

    /// - Parameters:
    ///   - start: 0-based unit index of the first marked column (clamped to the line).
    ///   - end: 0-based unit index just after the marked range on this line, or `nil` for a caret only.
    init(
        line: DisplayLine, start: Int, end: Int?, maxWidth: Int,
        columnWidth: (Substring) -> Int
    ) {
        let units = line.units
        let caret = max(0, min(start, units.count))
        let window = SourceSnippet.window(
            units: units, caret: caret, maxWidth: maxWidth, columnWidth: columnWidth)
        let leading = window.lowerBound > 0 ? SourceSnippet.ellipsis : ""
        let trailing = window.upperBound < units.count ? SourceSnippet.ellipsis : ""
        text = leading + units[window].joined() + trailing

        markerIndent = String(repeating: " ", count: leading.isEmpty ? 0 : 1)
            + SourceSnippet.blank(units[window.lowerBound..<caret].joined(), with: " ", columnWidth)
        let markedEnd = max(caret, min(end ?? caret, window.upperBound))
        var underline = SourceSnippet.blank(units[caret..<markedEnd].joined(), with: "~", columnWidth)
        if underline.first == "~" { underline.removeFirst() }
        marks = "^" + underline
    }

    /// `text` with each tab kept and every other run replaced by `filler` as wide as the run.
    static func blank(_ text: String, with filler: String, _ columnWidth: (Substring) -> Int) -> String {
        text.split(separator: "\t", omittingEmptySubsequences: false)
            .map { String(repeating: filler, count: max(0, columnWidth($0))) }
            .joined(separator: "\t")
    }

    /// The units to show: all of them if they fit, else about a third of the budget before the caret.
    static func window(
        units: [String], caret: Int, maxWidth: Int, columnWidth: (Substring) -> Int
    ) -> Range<Int> {
        let widths = units.map { $0 == "\t" ? tabWidthEstimate : columnWidth(Substring($0)) }
        guard widths.reduce(0, +) > maxWidth else { return 0..<units.count }
        let budget = max(1, maxWidth - 2)
        var lower = caret
        var used = 0
        while lower > 0, used + widths[lower - 1] <= budget / 3 {
            lower -= 1
            used += widths[lower]
        }
        var upper = caret
        while upper < units.count, used + widths[upper] <= budget {
            used += widths[upper]
            upper += 1
        }
        if upper == caret, upper < units.count { upper += 1 }
        while upper == units.count, lower > 0, used + widths[lower - 1] <= budget {
            lower -= 1
            used += widths[lower]
        }
        return lower..<upper
    }
}
