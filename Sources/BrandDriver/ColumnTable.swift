/// The plain-text tables brandc prints (models, budgets, token counts, build summaries): columns two
/// spaces apart, sized by their widest cell, left-aligned unless listed as right-aligned; the last
/// column is not padded and no line ends in spaces.
enum ColumnTable {
    static func lines(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let gap = String(repeating: " ", count: max(0, widths[column] - cell.count))
                if column > 0 { line += "  " }
                if rightAligned.contains(column) {
                    line += gap + cell
                } else {
                    line += column == row.count - 1 ? cell : cell + gap
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
