import Foundation
import BrandModel

/// What one column name means under a mapping.
enum ColumnMeaning: Equatable {
    case field(ProductField)
    /// A per-locale column (`title[jp_JP]`) whose tag is not BCP 47.
    case badLocale(String)
    case unknown
}

/// Resolves column names: the user's mapping first, then per-locale columns (`role[tag]`), then the
/// built-in aliases. Names are never Unicode-folded beyond lowercasing, so non-Latin keys stay distinct.
struct ColumnResolver: Sendable {
    let mapping: FeedMapping
    private let user: [String: ProductField]

    init(mapping: FeedMapping) {
        self.mapping = mapping
        var user: [String: ProductField] = [:]
        for (column, field) in mapping.columns where user[ColumnAliases.normalized(column.value)] == nil {
            user[ColumnAliases.normalized(column.value)] = field
        }
        self.user = user
    }

    func meaning(of column: String) -> ColumnMeaning {
        let key = ColumnAliases.normalized(column)
        if let field = user[key] { return .field(field) }
        if let (role, tag) = Self.localeColumn(column) {
            guard let language = LanguageTag(tag) else { return .badLocale(tag) }
            return .field(.copy(locale: language.canonical, role: role))
        }
        if mapping.useDefaults, let field = ColumnAliases.table[key] { return .field(field) }
        return .unknown
    }

    /// Which of two columns for one field wins (lower first): a column the user's mapping names, or
    /// a locale column, is -1; a default column its place among its field's default names.
    func rank(of column: String) -> Int {
        let key = ColumnAliases.normalized(column)
        guard user[key] == nil else { return -1 }
        return ColumnAliases.ranks[key] ?? -1
    }

    /// `title[ja]` → (`title`, `ja`); the role is lowercased with spaces as `-`.
    static func localeColumn(_ column: String) -> (role: String, tag: String)? {
        let trimmed = column.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") else { return nil }
        let base = ColumnAliases.normalized(String(trimmed[..<open])).replacingOccurrences(of: " ", with: "-")
        let tag = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        guard !base.isEmpty else { return nil }
        return (base, tag.trimmingCharacters(in: .whitespaces))
    }
}
