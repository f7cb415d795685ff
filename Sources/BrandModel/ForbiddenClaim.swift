public import BrandDiagnostics
import BrandYAML

/// A claim the brand's copy must never make, in any of its wordings
/// (`claim: [cures, heals], reason: a health claim needs approval`).
public struct ForbiddenClaim: Sendable {
    /// Its wordings; any one of them in copy is the claim.
    public var wordings: [Located<String>]
    /// Why it is forbidden, or `nil` when the guide does not say.
    public var reason: Located<String>?

    public init(wordings: [Located<String>], reason: Located<String>? = nil) {
        self.wordings = wordings
        self.reason = reason
    }

    /// The list under `voice.forbidden-claims`; each entry needs `claim`. Entries with problems are
    /// reported at their keys and left out.
    static func decodeAll(_ node: YAMLNode, _ reader: inout NodeReader) -> [ForbiddenClaim] {
        guard let items = node.sequence else {
            if node.scalar?.value == .null { return [] }
            reader.report(
                .wrongType,
                "expected a list of {claim, reason} for 'voice.forbidden-claims', found \(node.kindDescription)",
                at: node)
            return []
        }
        return items.compactMap { item in
            let context = "an item of 'voice.forbidden-claims'"
            guard let fields = reader.fields(of: item, in: context, known: ["claim", "reason"], required: ["claim"]),
                let claimNode = fields["claim"]
            else { return nil }
            let wordings = reader.stringList(claimNode, "'claim' of \(context)")
            guard !wordings.isEmpty else { return nil }
            return ForbiddenClaim(
                wordings: wordings, reason: fields["reason"].flatMap { reader.string($0, "'reason' of \(context)") })
        }
    }
}
