/// Why a request could not be sent at all (as opposed to a provider's answer that is a failure).
public enum NetworkError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidURL(String)
    case plainHTTPRefused(host: String)
    case missingKey(variable: String)
    case unsupportedAuth(String)
    case io(String)

    public var description: String {
        switch self {
        case .invalidURL(let url): "'\(url)' is not a usable http(s) URL"
        case .plainHTTPRefused(let host):
            "refusing plain HTTP to '\(host)': the request carries the API key; use https, a loopback host, or --allow-http"
        case .missingKey(let variable): "the API key variable \(variable) is not set (or empty)"
        case .unsupportedAuth(let style): "unknown auth header style '\(style)'"
        case .io(let message): message
        }
    }
}
