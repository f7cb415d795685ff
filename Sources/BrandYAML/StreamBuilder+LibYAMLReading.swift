internal import BrandDiagnostics

/// Constructs that are valid YAML 1.2 but that libyaml reads as a different value, said instead of
/// loaded silently (docs/yaml.md lists them; the YAML test suite cases are Y2GN, 652Z and HM87/01):
///
/// - an anchor with `:` inside it: `&an:chor value` is the anchor `an:chor` on `value`; libyaml
///   ends the anchor at the colon and reads the value `:chor value`;
/// - `?` glued to a plain scalar in a flow collection: `{?foo: bar}` has the key `?foo`; libyaml
///   reads `?` as the explicit-key indicator and the key `foo`.
extension StreamBuilder {
    mutating func checkLibYAMLReading(plainScalarAt range: SourceRange, anchor: String?) {
        let start = range.start.offset
        if let anchor, start < source.count, source[start] == UInt8(ascii: "&") {
            let afterAnchor = start + 1 + anchor.utf8.count
            if afterAnchor < source.count, source[afterAnchor] == UInt8(ascii: ":") {
                report(
                    .yamlLibYAMLReading,
                    "libyaml ends the anchor '&\(anchor)' at the ':' and reads the rest as the value; YAML 1.2 "
                        + "allows ':' inside an anchor name",
                    at: SourceRange(start: range.start, end: file.position(atOffset: afterAnchor)),
                    fix: FixSuggestion("leave ':' out of anchor names, e.g. '&\(anchor)-'"))
            }
        }
        guard start >= 1, source[start - 1] == UInt8(ascii: "?"), stack.contains(where: \.isFlow) else { return }
        let before = start >= 2 ? source[start - 2] : UInt8(ascii: " ")
        guard [UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D].contains(before) else {
            return
        }
        let indicator = file.position(atOffset: start - 1)
        report(
            .yamlLibYAMLReading,
            "in a flow collection libyaml reads '?' glued to a value as an explicit key; YAML 1.2 reads it as "
                + "part of the plain scalar",
            at: SourceRange(start: indicator, end: range.end),
            fix: FixSuggestion("quote the value to keep the '?', or write '? ' with a space for an explicit key"))
    }
}
