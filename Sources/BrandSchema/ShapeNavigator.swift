public import BrandModel

/// Finds what the declarations say about a place in a document, given the keys leading to it
/// (`["colors", "primary", "hex"]`; a sequence item is `"-"`). Hover and completion use it.
public enum ShapeNavigator {
    /// The segment that stands for any item of a sequence.
    public static let item = "-"

    /// The shape of the value at `path`, or `nil` when the path leaves the declared keys.
    public static func shape(at path: [String], in root: ValueShape) -> ValueShape? {
        var current = root
        for segment in path {
            guard let next = child(segment, of: current) else { return nil }
            current = next.shape
        }
        return current
    }

    /// The declaration of the last key of `path`, when it is a declared key rather than a free name.
    public static func declaration(at path: [String], in root: ValueShape) -> KeyDeclaration? {
        guard let last = path.last, let parent = shape(at: path.dropLast(), in: root) else { return nil }
        return child(last, of: parent)?.declaration
    }

    /// The declared keys a mapping at this shape may hold (a `oneOf` offers its mapping form's).
    public static func keys(of shape: ValueShape) -> [KeyDeclaration] {
        switch shape {
        case .mapping(let keys, _): return keys
        case .oneOf(let shapes): return shapes.flatMap { keys(of: $0) }
        default: return []
        }
    }

    /// The names an `entries` mapping at this shape is limited to (script codes, section names).
    public static func entryNames(of shape: ValueShape) -> [String] {
        switch shape {
        case .entries(.choice(let names), _): return names
        case .oneOf(let shapes): return shapes.flatMap { entryNames(of: $0) }
        default: return []
        }
    }

    /// The words a scalar at this shape may be.
    public static func choices(of shape: ValueShape) -> [String] {
        switch shape {
        case .choice(let words): return words
        case .boolean: return ["true", "false"]
        case .oneOf(let shapes): return shapes.flatMap { choices(of: $0) }
        default: return []
        }
    }

    private static func child(_ segment: String, of shape: ValueShape) -> (shape: ValueShape, declaration: KeyDeclaration?)? {
        switch shape {
        case .mapping(let keys, _):
            return keys.first { $0.name == segment }.map { ($0.shape, $0) }
        case .entries(_, let value):
            return segment == item ? nil : (value, nil)
        case .list(let element):
            return segment == item ? (element, nil) : nil
        case .oneOf(let shapes):
            return shapes.lazy.compactMap { child(segment, of: $0) }.first
        default:
            return nil
        }
    }
}
