import BrandDiagnostics
import BrandModel

/// Images of a product in order: each row's image with its `Image Position` (rows without one keep
/// file order after the numbered ones), then comma-separated lists, duplicates dropped.
enum ImageGathering {
    static func images(_ rows: [FeedRow]) -> [Located<String>] {
        var numbered: [(position: Int, order: Int, value: Located<String>)] = []
        var order = 0
        for row in rows {
            let position = row.cells.first { $0.meaning == .field(.imagePosition) }.flatMap { Int($0.value.value.trimmingWhitespace) }
            for cell in row.cells {
                let values: [Located<String>]
                switch cell.meaning {
                case .field(.image): values = [cell.value.map(\.trimmingWhitespace)]
                case .field(.imageList): values = cell.value.value.split(separator: ",").map { part in cell.value.map { _ in String(part).trimmingWhitespace } }
                default: continue
                }
                for value in values where !value.value.isEmpty {
                    let single = cell.meaning == .field(.image)
                    numbered.append((single ? position ?? Int.max : Int.max, order, value))
                    order += 1
                }
            }
        }
        numbered.sort { ($0.position, $0.order) < ($1.position, $1.order) }
        var seen: Set<String> = []
        return numbered.map(\.value).filter { seen.insert($0.value).inserted }
    }
}
