/// A section with its tokens counted item by item, so shrinking needs no recount.
public struct CountedSection: Sendable, Equatable {
    public var section: PromptSection
    public var policy: SectionPolicy
    public var headerTokens: Int
    public var itemTokens: [Int]

    public init(section: PromptSection, policy: SectionPolicy, headerTokens: Int, itemTokens: [Int]) {
        self.section = section
        self.policy = policy
        self.headerTokens = headerTokens
        self.itemTokens = itemTokens
    }

    /// Counts `section`'s header and items with `count`.
    public init(section: PromptSection, policy: SectionPolicy, count: (String) -> Int) {
        self.init(
            section: section, policy: policy, headerTokens: section.title == nil ? 0 : count(section.headerText),
            itemTokens: section.items.indices.map { count(section.itemText($0)) })
    }

    /// Reference images: each costs the route's tokens per image.
    public init(images: PromptSection, policy: SectionPolicy, tokensPerImage: Int) {
        self.init(section: images, policy: policy, headerTokens: 0,
                  itemTokens: Array(repeating: tokensPerImage, count: images.items.count))
    }

    public var tokens: Int { headerTokens + itemTokens.reduce(0, +) }
}

/// What became of a section, for the budget report.
public struct SectionOutcome: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        case kept
        case shrunk(keptItems: Int, of: Int)
        case dropped
        /// Not part of this template's requests (`include: false`).
        case excluded
    }

    public var name: String
    public var placement: PromptSection.Placement
    public var priority: Int
    public var required: Bool
    /// Tokens in the request after fitting.
    public var tokens: Int
    /// Tokens before any shrinking.
    public var fullTokens: Int
    public var state: State
}
