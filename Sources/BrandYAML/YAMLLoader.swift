public import BrandDiagnostics

/// Loads YAML through the system libyaml's event API into `YAMLNode` trees.
///
/// Problems (syntax errors, limits, duplicate keys, undefined aliases, invalid UTF-8) are reported
/// to the sink at their line and column; the loader never crashes or hangs on bad input.
public struct YAMLLoader: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Every document in `file`. On a fatal error, the documents read before it and a diagnostic.
    public func loadAll(_ file: SourceFile, diagnostics: inout DiagnosticSink) -> [YAMLDocument] {
        // Implemented by the loader work; see the BrandYAML tests.
        []
    }

    /// The one document `file` must hold; reports an empty stream or more than one document.
    public func loadSingle(_ file: SourceFile, diagnostics: inout DiagnosticSink) -> YAMLDocument? {
        loadAll(file, diagnostics: &diagnostics).first
    }
}
