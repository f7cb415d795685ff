public import BrandModel

/// Turns declared value shapes into JSON Schema 2020-12 keywords.
public enum SchemaGenerator {
    /// Text as the decoders read it: a string, or a plain number or boolean taken as its text.
    static let textTypes = JSONValue.array([.string("string"), .string("number"), .string("boolean")])

    public static func schema(for shape: ValueShape, summary: String? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let summary { pairs.append(("description", .string(summary))) }
        pairs += keywords(for: shape)
        return .object(pairs)
    }

    static func keywords(for shape: ValueShape) -> [(String, JSONValue)] {
        switch shape {
        case .text:
            return [("type", textTypes)]
        case .pattern(let pattern, _):
            return [("type", .string("string")), ("pattern", .string(pattern))]
        case .textOrList:
            return [("anyOf", .array([
                .object([("type", textTypes)]),
                .object([("type", .string("array")), ("items", .object([("type", textTypes)]))]),
            ]))]
        case .integer:
            return [("type", .string("integer"))]
        case .number:
            return [("type", .string("number"))]
        case .boolean:
            return [("type", .string("boolean"))]
        case .choice(let words):
            return [("type", .string("string")), ("enum", .array(words.map(JSONValue.string)))]
        case .mapping(let keys, let required):
            var pairs: [(String, JSONValue)] = [
                ("type", .string("object")),
                ("properties", .object(keys.map { ($0.name, schema(for: $0.shape, summary: $0.summary)) })),
                ("additionalProperties", .bool(false)),
            ]
            if !required.isEmpty { pairs.append(("required", .array(required.map(JSONValue.string)))) }
            return pairs
        case .entries(let names, let value):
            var pairs: [(String, JSONValue)] = [("type", .string("object"))]
            switch names {
            case .free: break
            case .pattern(let pattern, _):
                pairs.append(("propertyNames", .object([("pattern", .string(pattern))])))
            case .choice(let words):
                pairs.append(("propertyNames", .object([("enum", .array(words.map(JSONValue.string)))])))
            }
            pairs.append(("additionalProperties", schema(for: value)))
            return pairs
        case .list(let item):
            return [("type", .string("array")), ("items", schema(for: item))]
        case .oneOf(let shapes):
            return [("oneOf", .array(shapes.map { schema(for: $0) }))]
        case .documentedElsewhere(let reference):
            return [("$comment", .string(reference))]
        }
    }
}
