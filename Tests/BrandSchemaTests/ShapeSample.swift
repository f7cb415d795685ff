import BrandModel
import BrandSchema

/// A document built from a declared shape: every declared key with a valid value, and optionally
/// a stray key in every declared mapping. `strayNotes` collects, per stray key, the list of known
/// keys the decoder's "unknown key" note should name.
struct ShapeSample {
    static let strayKey = "zz-stray"
    var withStrays: Bool
    var strayNotes: [String] = []

    mutating func value(for shape: ValueShape) -> JSONValue {
        switch shape {
        case .text, .textOrList: return .string("x")
        case .pattern(_, let example): return .string(example)
        case .integer, .number: return .int(1)
        case .boolean: return .bool(true)
        case .choice(let words): return .string(words.first ?? "")
        case .mapping(let keys, _):
            var pairs = keys.map { ($0.name, value(for: $0.shape)) }
            if withStrays {
                pairs.append((Self.strayKey, .string("x")))
                strayNotes.append("known keys here: " + keys.map { "'\($0.name)'" }.joined(separator: ", "))
            }
            return .object(pairs)
        case .entries(let names, let element):
            return .object([(names.example, value(for: element))])
        case .list(let element):
            return .array([value(for: element)])
        case .oneOf(let shapes):
            // The form with the most keys covers the most declarations; else the first form.
            let richest = shapes.max { ShapeNavigator.keys(of: $0).count < ShapeNavigator.keys(of: $1).count }
            let chosen = ShapeNavigator.keys(of: richest ?? .text).isEmpty ? shapes.first : richest
            return value(for: chosen ?? .text)
        case .documentedElsewhere:
            return .object([])
        }
    }
}
