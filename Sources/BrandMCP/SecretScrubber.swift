import Foundation

/// Keeps keys out of everything the server returns: any value of an environment variable whose
/// name says it is a secret (`…KEY`, `…TOKEN`, `…SECRET`, `…PASSWORD`) is replaced before a
/// result leaves. brandc never puts a key in a request body; this is the second lock.
public struct SecretScrubber: Sendable {
    let secrets: [String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let markers = ["KEY", "TOKEN", "SECRET", "PASSWORD", "CREDENTIAL"]
        secrets = environment.compactMap { name, value in
            let upper = name.uppercased()
            guard markers.contains(where: upper.contains), value.count >= 8 else { return nil }
            return value
        }.sorted { $0.count > $1.count }
    }

    public func scrub(_ text: String) -> String {
        guard secrets.contains(where: text.contains) else { return text }
        var result = text
        for secret in secrets { result = result.replacingOccurrences(of: secret, with: "[redacted]") }
        return result
    }
}
