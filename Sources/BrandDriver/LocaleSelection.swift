import Foundation
import BrandDiagnostics
import BrandModel

/// Which locales one run compiles, as `--locale` names them: one tag, a comma list (`ja,ko`), or
/// `all` for every locale of the guide in the guide's order. No `--locale` is the default locale
/// (the assembler's choice: `en`, else the guide's first).
public enum LocaleSelection: Equatable, Sendable {
    case standard
    case tags([String])
    case all

    /// The word that asks for every locale of the guide.
    static let allKeyword = "all"

    public init(_ option: String?) {
        guard let option else { self = .standard; return }
        let tags = option.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if tags.count == 1, tags[0].lowercased() == Self.allKeyword {
            self = .all
        } else if tags.isEmpty {
            self = .standard
        } else {
            var seen = Set<String>()
            self = .tags(tags.filter { seen.insert($0.lowercased()).inserted })
        }
    }

    /// Whether it names at most one locale: what a command about one image can take.
    public var isSingle: Bool {
        switch self {
        case .standard: true
        case .tags(let tags): tags.count == 1
        case .all: false
        }
    }

    /// The locales to assemble, each located at the command line; `[nil]` for the default locale.
    /// `all` over a guide without locales is the default locale too.
    func locales(of guide: BrandGuide) -> [Located<String>?] {
        let place = SourceLocation(file: "<command line: --locale>")
        switch self {
        case .standard:
            return [nil]
        case .tags(let tags):
            return tags.map { Located($0, at: place) }
        case .all:
            let tags = guide.locales.map { Located($0.tag.value, at: place) }
            return tags.isEmpty ? [nil] : tags
        }
    }
}
