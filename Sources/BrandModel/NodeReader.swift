public import BrandDiagnostics
public import BrandYAML

/// Walks a YAML node tree into typed values, reporting every problem at its key or value
/// and carrying on, so one run reports all of a file's problems. Every decoder of brandc's YAML
/// (guides, products, templates, the registry, feed mappings) is built on it.
public struct NodeReader {
    public let document: YAMLDocument
    public var diagnostics = DiagnosticSink()

    public init(document: YAMLDocument) {
        self.document = document
    }

    public func location(_ node: YAMLNode) -> SourceLocation {
        document.location(of: node)
    }

    public func located<T>(_ value: T, _ node: YAMLNode) -> Located<T> {
        Located(value, at: location(node))
    }

    public mutating func report(_ code: DiagnosticCode, _ message: String, at node: YAMLNode, fix: FixSuggestion? = nil) {
        diagnostics.report(code, message, at: location(node), fix: fix)
    }

    /// The keys of a mapping node as fields; reports a non-mapping, unknown keys (with a suggestion)
    /// and missing required keys. Returns `nil` when the node is not a mapping.
    public mutating func fields(
        of node: YAMLNode, in context: String, known: [String], required: [String] = []
    ) -> Fields? {
        guard let pairs = node.mapping else {
            if node.scalar?.value == .null, required.isEmpty { return Fields(pairs: [:], node: node) }
            report(.wrongType, "expected a mapping for \(context), found \(node.kindDescription)", at: node)
            return nil
        }
        var byName: [String: YAMLPair] = [:]
        for pair in pairs {
            let name = pair.key.scalar?.text ?? ""
            if !known.contains(name) {
                let list = known.map { "'\($0)'" }.joined(separator: ", ")
                reportUnknown(
                    located(name, pair.key), among: known, code: .unknownKey, "unknown key '\(name)' in \(context)",
                    notes: [DiagnosticNote("known keys here: \(list)")])
                continue
            }
            byName[name] = pair
        }
        for name in required where byName[name] == nil {
            report(.missingKey, "\(context) needs the key '\(name)'", at: node)
        }
        return Fields(pairs: byName, node: node)
    }

    /// A non-empty string. Plain numbers and booleans are accepted as their text (a tagline "1984"
    /// is text), but null, sequences and mappings are reported.
    public mutating func string(_ node: YAMLNode, _ context: String) -> Located<String>? {
        guard let scalar = node.scalar else {
            report(.wrongType, "expected text for \(context), found \(node.kindDescription)", at: node)
            return nil
        }
        if scalar.value == .null {
            report(
                .emptyValue, "\(context) is empty", at: node,
                fix: FixSuggestion("quote the value; an unquoted '#' starts a comment in YAML"))
            return nil
        }
        return located(scalar.text, node)
    }

    public mutating func stringList(_ node: YAMLNode, _ context: String) -> [Located<String>] {
        if node.scalar != nil, node.scalar?.value != .null {
            return string(node, context).map { [$0] } ?? []
        }
        guard let items = node.sequence else {
            if node.scalar?.value == .null { return [] }
            report(.wrongType, "expected a list of text for \(context), found \(node.kindDescription)", at: node)
            return []
        }
        return items.compactMap { string($0, "an item of \(context)") }
    }

    /// A YAML list of text, and nothing else: a lone scalar (`do: 42`, `banned-terms: whitening`) is
    /// reported rather than read as a list of one, since `banned-terms: a, b` would then ban one odd
    /// phrase. For the guide's lists of rules and terms.
    public mutating func strictStringList(_ node: YAMLNode, _ context: String) -> [Located<String>] {
        if let scalar = node.scalar, scalar.value != .null {
            report(
                .wrongType, "expected a list of text for \(context), found \(node.kindDescription)", at: node,
                fix: FixSuggestion(
                    "write it as a list: [\(scalar.text)]",
                    replacement: TextReplacement(at: location(node), with: "[\(scalar.text)]")))
            return []
        }
        return stringList(node, context)
    }

    public mutating func int(_ node: YAMLNode, _ context: String) -> Located<Int>? {
        guard case .int(let value) = node.scalar?.value else {
            report(.wrongType, "expected an integer for \(context), found \(node.kindDescription)", at: node)
            return nil
        }
        return located(value, node)
    }

    /// An integer or a decimal number.
    public mutating func number(_ node: YAMLNode, _ context: String) -> Double? {
        switch node.scalar?.value {
        case .int(let value)?: return Double(value)
        case .float(let value)?: return value
        default:
            report(.wrongType, "expected a number for \(context), found \(node.kindDescription)", at: node)
            return nil
        }
    }

    public mutating func bool(_ node: YAMLNode, _ context: String) -> Located<Bool>? {
        guard case .bool(let value) = node.scalar?.value else {
            report(.wrongType, "expected true or false for \(context), found \(node.kindDescription)", at: node)
            return nil
        }
        return located(value, node)
    }

    /// A string from a closed set; reports anything else with the allowed values.
    public mutating func choice(_ node: YAMLNode, _ context: String, allowed: [String]) -> Located<String>? {
        guard let text = string(node, context) else { return nil }
        guard allowed.contains(text.value) else {
            reportUnknown(
                text, among: allowed, code: .badValue,
                "'\(text.value)' is not a valid \(context); expected one of \(allowed.joined(separator: ", "))")
            return nil
        }
        return text
    }

    /// The entries of a mapping whose keys are free-form names (palette names, locale tags).
    public mutating func entries(_ node: YAMLNode, _ context: String) -> [(key: Located<String>, value: YAMLNode)] {
        guard let pairs = node.mapping else {
            if node.scalar?.value == .null { return [] }
            report(.wrongType, "expected a mapping for \(context), found \(node.kindDescription)", at: node)
            return []
        }
        return pairs.map { (located($0.key.scalar?.text ?? "", $0.key), $0.value) }
    }
}

/// The known keys of one mapping, by name.
public struct Fields {
    public let pairs: [String: YAMLPair]
    public let node: YAMLNode

    public subscript(_ name: String) -> YAMLNode? { pairs[name]?.value }

    public func key(_ name: String) -> YAMLNode? { pairs[name]?.key }
}
