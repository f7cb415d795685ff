import BrandDiagnostics
import BrandModel

/// Shopify variant rows as attributes: `Option1 Name: Size` with values `S`, `M`, `L` on three
/// rows becomes attribute `size: S, M, L`. Shopify's placeholder option (`Title: Default Title`)
/// of a product without variants is dropped.
enum VariantOptions {
    static func attributes(
        _ rows: [FeedRow], existing: Set<String>
    ) -> [(name: Located<String>, value: Located<String>)] {
        var result: [(name: Located<String>, value: Located<String>)] = []
        var taken = existing
        for option in 1...3 {
            let cells = rows.flatMap(\.cells)
            guard let name = cells.first(where: { $0.meaning == .field(.optionName(option)) && !isBlank($0.value.value) })
            else { continue }
            var values: [Located<String>] = []
            for cell in cells where cell.meaning == .field(.optionValue(option)) && !isBlank(cell.value.value) {
                let value = FeedText.plain(cell.value.value).trimmingWhitespace
                if !values.contains(where: { $0.value == value }) { values.append(cell.value.map { _ in value }) }
            }
            let attribute = name.value.value.trimmingWhitespace.lowercased()
            guard let firstValue = values.first, !(attribute == "title" && values.map(\.value) == ["Default Title"]),
                taken.insert(attribute).inserted
            else { continue }
            result.append((name.value.map { _ in attribute }, firstValue.map { _ in values.map(\.value).joined(separator: ", ") }))
        }
        return result
    }
}
