public import BrandModel

/// How much a section matters and how it may shrink, from the template's `sections:` or the defaults.
public struct SectionPolicy: Sendable, Equatable {
    public enum Shrink: Sendable, Equatable {
        /// Keep whole or drop whole.
        case drop
        /// Drop items from the end, one at a time.
        case dropItems
        /// Cut to the first N items, then drop whole if that is not enough.
        case keepFirst(Int)
    }

    public var priority: Int
    public var required: Bool
    public var shrink: Shrink
    public var included: Bool

    public init(priority: Int, required: Bool = false, shrink: Shrink = .drop, included: Bool = true) {
        self.priority = priority
        self.required = required
        self.shrink = shrink
        self.included = included
    }

    /// The sections brandc builds, in request order, with their default policies.
    public static let defaults: [(name: String, policy: SectionPolicy)] = [
        ("identity", SectionPolicy(priority: 100, required: true)),
        ("voice", SectionPolicy(priority: 70, shrink: .dropItems)),
        ("palette", SectionPolicy(priority: 90, shrink: .dropItems)),
        ("typography", SectionPolicy(priority: 85)),
        ("logo", SectionPolicy(priority: 60, shrink: .dropItems)),
        ("photography", SectionPolicy(priority: 80, shrink: .dropItems)),
        ("avoid", SectionPolicy(priority: 50, shrink: .dropItems)),
        ("locale-copy", SectionPolicy(priority: 30, shrink: .keepFirst(3), included: false)),
        ("prompt", SectionPolicy(priority: 100, required: true)),
        ("reference-images", SectionPolicy(priority: 75, shrink: .dropItems)),
    ]

    /// The policy of `name` for `template`: its declaration laid over the default.
    public static func of(_ name: String, in template: PromptTemplate) -> SectionPolicy {
        var policy = defaults.first { $0.name == name }?.policy ?? SectionPolicy(priority: 0)
        guard let spec = template.sections.first(where: { $0.name.value == name }) else { return policy }
        if let priority = spec.priority { policy.priority = priority.value }
        if let required = spec.required { policy.required = required.value }
        if let included = spec.include { policy.included = included.value }
        switch spec.shrink?.value {
        case "drop"?: policy.shrink = .drop
        case "drop-items"?: policy.shrink = .dropItems
        case "keep-first"?: policy.shrink = .keepFirst(spec.keep?.value ?? 1)
        default: break
        }
        return policy
    }
}
