import Foundation

/// HTTPS everywhere; plain HTTP only to this machine (127.0.0.0/8, ::1, localhost) or when the
/// user asked for it, because the request carries the key.
enum URLPolicy {
    static func check(_ text: String, allowsPlainHTTP: Bool) throws(NetworkError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else { throw .invalidURL(text) }
        switch scheme {
        case "https": return
        case "http":
            if allowsPlainHTTP || isLoopback(host) { return }
            throw .plainHTTPRefused(host: host)
        default: throw .invalidURL(text)
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" { return true }
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }
}
