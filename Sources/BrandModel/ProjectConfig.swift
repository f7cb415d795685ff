public import BrandDiagnostics
public import BrandYAML

/// `brandc.yaml`: per-project rule severities (as linters allow) and loader limits.
///
/// ```yaml
/// registry: models.yaml    # laid over the built-in model registry
/// budget:
///   guide-share-warning: 50  # percent of the smallest window
/// rules:
///   C004: off            # or the rule's name: unknown-channel: off
///   trademark-spelling: error
/// limits:
///   max-depth: 512
/// check:                 # see ImageCheckThresholds
///   delta-e: 10
/// ```
public struct ProjectConfig: Sendable {
    /// Severity by code id; `nil` turns the rule off.
    public var severities: [String: Severity?] = [:]
    public var limits = YAMLLimits.default
    /// A registry file laid over the built-in one, relative to the working folder.
    public var registryPath: Located<String>?
    /// Lint warns (K003) when a brand guide alone takes more than this share of the smallest window
    /// it is compiled for.
    public var guideShareWarning = 0.5
    /// `check:`: the limits generated images are measured against (`brandc check`).
    public var imageChecks = ImageCheckThresholds()

    public init() {}

    public static func decode(
        _ document: YAMLDocument, knownCodes: [DiagnosticCode], diagnostics: inout DiagnosticSink
    ) -> ProjectConfig {
        var config = ProjectConfig()
        var reader = NodeReader(document: document)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let fields = reader.fields(of: document.root, in: "brandc.yaml", known: ["rules", "limits", "registry", "budget", "check"]) else {
            return config
        }
        if let rules = fields["rules"] {
            let names = knownCodes.flatMap { [$0.id, $0.name] }
            for (key, value) in reader.entries(rules, "'rules'") {
                guard let code = knownCodes.first(where: { $0.id == key.value || $0.name == key.value }) else {
                    let fix = SpellingSuggestion.closest(to: key.value, among: names).map {
                        FixSuggestion("did you mean '\($0)'?")
                    }
                    reader.diagnostics.report(.unknownKey, "no rule named '\(key.value)'", at: key.location, fix: fix)
                    continue
                }
                let level = value.scalar?.value == .bool(false) ? Located("off", at: reader.location(value))
                    : reader.choice(value, "rule level", allowed: ["off", "note", "warning", "error"])
                if let level { config.severities[code.id] = Severity(rawValue: level.value) }
            }
        }
        if let node = fields["registry"] { config.registryPath = reader.string(node, "the registry path") }
        if let node = fields["budget"], let budget = reader.fields(of: node, in: "'budget'", known: ["guide-share-warning"]),
            let share = budget["guide-share-warning"], let percent = reader.number(share, "'guide-share-warning' (percent)")
        {
            config.guideShareWarning = percent / 100
        }
        if let node = fields["check"] { config.imageChecks = ImageCheckThresholds.decode(node, reader: &reader) }
        if let limits = fields["limits"] {
            let keys = ["max-depth", "max-file-bytes", "max-scalar-bytes", "max-alias-expansion"]
            if let values = reader.fields(of: limits, in: "'limits'", known: keys) {
                for key in keys {
                    guard let node = values[key], let number = reader.int(node, "'limits.\(key)'") else { continue }
                    switch key {
                    case "max-depth": config.limits.maxDepth = number.value
                    case "max-file-bytes": config.limits.maxFileBytes = number.value
                    case "max-scalar-bytes": config.limits.maxScalarBytes = number.value
                    default: config.limits.maxAliasExpansion = number.value
                    }
                }
            }
        }
        return config
    }

    /// The diagnostics with configured severities applied and disabled rules removed.
    public func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { diagnostic in
            guard let override = severities[diagnostic.code.id] else { return diagnostic }
            guard let severity = override else { return nil }
            var changed = diagnostic
            changed.severity = severity
            return changed
        }
    }
}
