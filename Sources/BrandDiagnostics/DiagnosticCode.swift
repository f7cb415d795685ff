/// The stable identity of one kind of problem: an id such as `Y003`, a kebab-case name that
/// configuration files may use instead, a one-line summary, and the severity it has unless configured.
///
/// Each stage declares its own codes (`extension DiagnosticCode { static let … }`) and lists them
/// in a catalog, so `brandc lint --explain` and the SARIF `rules` array see every code.
public struct DiagnosticCode: Hashable, Sendable, Codable {
    public let id: String
    public let name: String
    public let summary: String
    public let defaultSeverity: Severity

    public init(_ id: String, name: String, summary: String, severity: Severity) {
        self.id = id
        self.name = name
        self.summary = summary
        self.defaultSeverity = severity
    }
}
