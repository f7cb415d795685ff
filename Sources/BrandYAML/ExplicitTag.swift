/// Explicit tags: how libyaml spells them, how we show them, and what they make of a scalar.
enum ExplicitTag {
    static let yamlPrefix = "tag:yaml.org,2002:"

    /// `tag:yaml.org,2002:str` as the user most likely wrote it, `!!str`; other tags unchanged.
    static func display(_ resolved: String) -> String {
        resolved.hasPrefix(yamlPrefix) ? "!!" + resolved.dropFirst(yamlPrefix.count) : resolved
    }

    /// The value of a scalar with an explicit (display-form) tag, or the reason the text does not fit it.
    /// Tags brandc has no meaning for (`!custom`, `!!timestamp`) keep the text as a string.
    static func resolve(_ text: String, tag: String) -> Result<YAMLValue, TagMismatch> {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            switch tag {
            case "!!int":
                guard let int = CoreSchema.integer(bytes) else { return .failure(TagMismatch(expected: "an integer")) }
                return .success(.int(int))
            case "!!float":
                if let int = CoreSchema.integer(bytes) { return .success(.float(Double(int))) }
                guard let double = CoreSchema.float(bytes) else { return .failure(TagMismatch(expected: "a number")) }
                return .success(.float(double))
            case "!!bool":
                guard let bool = CoreSchema.bool(bytes) else { return .failure(TagMismatch(expected: "a boolean")) }
                return .success(.bool(bool))
            case "!!null":
                guard CoreSchema.isNull(bytes) else { return .failure(TagMismatch(expected: "null")) }
                return .success(.null)
            default:
                return .success(.string(text))
            }
        }
    }
}

/// A scalar's text that does not read as what its tag says.
struct TagMismatch: Error {
    let expected: String
}
