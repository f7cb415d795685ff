import BrandDiagnostics

/// Resolves design-token style references such as `{colors.primary}` or `{identity.name}` inside a
/// guide's values. An undefined or cyclic reference is an error at the value that refers.
public struct BrandReferences {
    /// Every referable value, by dotted path.
    private var table: [String: Located<String>] = [:]

    static func isReference(_ text: String) -> Bool {
        text.hasPrefix("{") && text.hasSuffix("}") && !text.dropFirst().dropLast().contains("{")
    }

    init(_ guide: BrandGuide) {
        func add(_ path: String, _ value: Located<String>?) {
            if let value { table[path] = value }
        }
        add("identity.name", guide.identity.name)
        add("identity.tagline", guide.identity.tagline)
        add("identity.mission", guide.identity.mission)
        for color in guide.colors {
            add("colors.\(color.key.value)", color.hex)
            add("colors.\(color.key.value).hex", color.hex)
            add("colors.\(color.key.value).name", color.name)
            for role in color.roles { add("colors.\(role.value)", color.hex) }
        }
        for font in guide.typography { add("typography.\(font.script.value)", font.family) }
        for locale in guide.locales {
            add("locales.\(locale.tag.value).font", locale.font)
            for entry in locale.copy { add("locales.\(locale.tag.value).copy.\(entry.role.value)", entry.text) }
        }
    }

    /// Resolves every reference in `guide`, reporting the ones that cannot be resolved.
    public static func resolve(_ guide: inout BrandGuide, diagnostics: inout DiagnosticSink) {
        let references = BrandReferences(guide)
        var sink = diagnostics
        func fix(_ value: inout Located<String>) {
            value.value = references.expand(value, stack: [], diagnostics: &sink)
        }
        func fix(_ value: inout Located<String>?) {
            if var present = value {
                fix(&present)
                value = present
            }
        }
        func fix(_ values: inout [Located<String>]) {
            for index in values.indices { fix(&values[index]) }
        }
        fix(&guide.identity.tagline)
        fix(&guide.identity.mission)
        for index in guide.colors.indices {
            let written = guide.colors[index].hex
            let reported = sink.diagnostics.count
            fix(&guide.colors[index].hex)
            // A reference that named nothing or looped was reported already: one error for it is enough.
            if written.value.contains("{"), sink.diagnostics.count == reported {
                checkColor(&guide.colors[index], written: written.value, diagnostics: &sink)
            }
        }
        fix(&guide.voice.dos)
        fix(&guide.voice.donts)
        fix(&guide.photography.style)
        fix(&guide.photography.lighting)
        fix(&guide.photography.composition)
        fix(&guide.photography.background)
        fix(&guide.photography.rules)
        fix(&guide.logo.rules)
        fix(&guide.logo.clearSpace)
        fix(&guide.avoid)
        for l in guide.locales.indices {
            fix(&guide.locales[l].font)
            for c in guide.locales[l].copy.indices { fix(&guide.locales[l].copy[c].text) }
        }
        diagnostics = sink
    }

    /// A colour whose hex was a reference must resolve to a hex colour (`{identity.name}` does not);
    /// a resolved value is normalized like a written one. Unresolvable references were reported already.
    private static func checkColor(_ color: inout BrandColor, written: String, diagnostics: inout DiagnosticSink) {
        let resolved = color.hex.value
        if resolved == written { return }
        switch HexColor.normalize(resolved) {
        case .success(let hex):
            color.hex.value = hex
        case .failure:
            diagnostics.report(
                .badColor, "colour '\(color.key.value)' is \(written), which is '\(resolved)', not a hex colour",
                at: color.hex.location,
                fix: FixSuggestion("refer to another colour ({colors.NAME}) or write \"#RRGGBB\", e.g. \"#0A5CFF\""))
        }
    }

    /// `text` (not part of the guide: an edit instruction, say) with each of `guide`'s `{path}`
    /// references replaced, reporting those that name nothing at `text`'s location.
    public static func expand(_ text: Located<String>, in guide: BrandGuide, diagnostics: inout DiagnosticSink) -> String {
        BrandReferences(guide).expand(text, stack: [], diagnostics: &diagnostics)
    }

    /// The text of `value` with each `{path}` replaced, recursively; `stack` holds the paths being expanded.
    private func expand(_ value: Located<String>, stack: [String], diagnostics: inout DiagnosticSink) -> String {
        guard value.value.contains("{") else { return value.value }
        var output = ""
        var rest = Substring(value.value)
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let path = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            guard Self.isPath(path) else {
                output += "{\(path)}"
                continue
            }
            if stack.contains(path) {
                let chain = (stack + [path]).joined(separator: " -> ")
                diagnostics.report(.badReference, "reference {\(path)} refers to itself: \(chain)", at: value.location)
                continue
            }
            guard let target = table[path] else {
                let fix = SpellingSuggestion.closest(to: path, among: table.keys.sorted()).map {
                    FixSuggestion("did you mean {\($0)}?")
                }
                diagnostics.report(
                    .badReference, "reference {\(path)} names no value in this brand guide", at: value.location, fix: fix)
                continue
            }
            output += expand(target, stack: stack + [path], diagnostics: &diagnostics)
        }
        return output + rest
    }

    private static func isPath(_ text: String) -> Bool {
        text.contains(".") && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }
    }
}
