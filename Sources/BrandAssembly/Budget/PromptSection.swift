/// A named part of a request that the budget can keep, shrink or drop: a block of brand rules in
/// the system instruction, the rendered template, or the reference images.
public struct PromptSection: Sendable, Equatable {
    public enum Placement: String, Sendable {
        case systemInstruction = "system"
        case prompt
        case images
    }

    public var name: String
    /// The heading the section is written under (`Palette`), or `nil` for running text.
    public var title: String?
    /// Lines of the section; a titled section writes each as a `- ` list item.
    public var items: [String]
    public var placement: Placement

    public init(name: String, title: String?, items: [String], placement: Placement = .systemInstruction) {
        self.name = name
        self.title = title
        self.items = items
        self.placement = placement
    }

    /// The section as it appears in the request.
    public var text: String {
        guard let title else { return items.joined(separator: "\n") }
        return "\(title):\n" + items.map { "- \($0)" }.joined(separator: "\n")
    }

    /// How one item is written, for counting items one by one.
    func itemText(_ index: Int) -> String {
        title == nil ? items[index] + "\n" : "- \(items[index])\n"
    }

    var headerText: String { title.map { "\($0):\n" } ?? "" }
}
