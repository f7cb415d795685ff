import Foundation

/// The key, read from the environment at send time and kept only as long as a request needs it.
struct Credential: Sendable {
    let value: String

    static func read(_ variable: String, from environment: [String: String]) throws(NetworkError) -> Credential {
        guard let value = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
        else { throw .missingKey(variable: variable) }
        return Credential(value: value)
    }

    /// The auth headers for the style (§12: Anthropic-compatible routes also need `anthropic-version`).
    func headers(for style: Connection.AuthStyle) -> [(String, String)] {
        switch style {
        case .googleAPIKey: [("x-goog-api-key", value)]
        case .bearer: [("authorization", "Bearer " + value)]
        case .anthropicAPIKey: [("x-api-key", value), ("anthropic-version", "2023-06-01")]
        }
    }

    /// `text` with every occurrence of the key replaced, for anything shown or stored.
    func scrub(_ text: String) -> String {
        guard value.count >= 4 else { return text }
        return text.replacingOccurrences(of: value, with: "[key]")
    }
}
