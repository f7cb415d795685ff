public import BrandDiagnostics
import BrandYAML

/// One substitution of the guide's voice: copy writes `use`, never any of `not`
/// (`use: e-mail, not: [email, E-Mail]`), in every locale or only in `locales`.
public struct VoiceSubstitution: Sendable {
    /// The word or phrase to write.
    public var use: Located<String>
    /// The words or phrases found and replaced by `use`.
    public var not: [Located<String>]
    /// BCP 47 tags of the locales whose copy it applies to; empty for every text.
    public var locales: [Located<String>]

    public init(use: Located<String>, not: [Located<String>], locales: [Located<String>] = []) {
        self.use = use
        self.not = not
        self.locales = locales
    }

    /// Whether it applies to text of the locale `tag` (empty for text without one): a listed tag
    /// applies to itself and its subtags (`pt` to `pt-BR`).
    public func applies(toLocale tag: String) -> Bool {
        locales.isEmpty || locales.contains { listed in
            tag.lowercased() == listed.value.lowercased() || tag.lowercased().hasPrefix(listed.value.lowercased() + "-")
        }
    }

    /// The list under `voice.substitutions`; each entry needs `use` and `not`. Entries with
    /// problems are reported at their keys and left out.
    static func decodeAll(_ node: YAMLNode, _ reader: inout NodeReader) -> [VoiceSubstitution] {
        guard let items = node.sequence else {
            if node.scalar?.value == .null { return [] }
            reader.report(
                .wrongType, "expected a list of {use, not} for 'voice.substitutions', found \(node.kindDescription)",
                at: node)
            return []
        }
        return items.compactMap { item in
            let context = "an item of 'voice.substitutions'"
            let known = ["use", "not", "locales"]
            guard let fields = reader.fields(of: item, in: context, known: known, required: ["use", "not"]),
                let use = fields["use"].flatMap({ reader.string($0, "'use' of \(context)") }),
                let notNode = fields["not"]
            else { return nil }
            let not = reader.stringList(notNode, "'not' of \(context)")
            guard !not.isEmpty else { return nil }
            let locales = fields["locales"].map { reader.strictStringList($0, "'locales' of \(context)") } ?? []
            return VoiceSubstitution(use: use, not: not, locales: locales)
        }
    }
}
