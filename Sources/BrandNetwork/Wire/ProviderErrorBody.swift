import Foundation

/// An error body in any of the shapes providers send (reference §5.1, §5.2, §8.4, §10): Google's
/// `{"error":{"code","message","status","details"}}`, OpenAI's `{"error":{"message","type","code"}}`
/// and Anthropic's `{"type":"error","error":{"type","message"}}`.
struct ProviderErrorBody: Sendable, Equatable {
    var message: String?
    /// Google's `status`, else the OpenAI/Anthropic `type` or `code`.
    var status: String?
    /// `RetryInfo.retryDelay`, in seconds.
    var retryDelay: Double?
    /// `QuotaFailure.violations[].quotaId`.
    var quotaIDs: [String] = []
    /// `ErrorInfo.reason` values (`API_KEY_INVALID`, `RATE_LIMIT_EXCEEDED`).
    var reasons: [String] = []

    /// A quota that resets only tomorrow: retrying today is pointless.
    var isPerDayQuota: Bool { quotaIDs.contains { $0.contains("PerDay") } }

    init?(json bytes: [UInt8]) {
        guard let error = (try? WireJSON.decode(Wire.self, from: bytes))?.error else { return nil }
        message = error.message
        status = error.status ?? error.type ?? error.code?.text
        for detail in error.details ?? [] {
            if let delay = detail.retryDelay { retryDelay = RetryAfter.duration(delay) }
            if let reason = detail.reason { reasons.append(reason) }
            quotaIDs += (detail.violations ?? []).compactMap(\.quotaId)
        }
    }

    /// The three shapes share `error.message`; Google adds `code` (a number), `status` and typed
    /// `details` (camelCase: `retryDelay`, `quotaId`), OpenAI and Anthropic a `type` (and OpenAI a
    /// string `code`).
    struct Wire: Decodable {
        var error: ErrorObject?
    }

    struct ErrorObject: Decodable {
        var message: String?
        var status: String?
        var type: String?
        var code: Code?
        var details: [Detail]?
    }

    /// Google's HTTP code (a number) or OpenAI's error code (a string, such as `invalid_api_key`).
    enum Code: Decodable {
        case number(Int)
        case text(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
        }

        var text: String? {
            if case .text(let text) = self { return text }
            return nil
        }
    }

    /// One `google.rpc` detail (`RetryInfo`, `QuotaFailure`, `ErrorInfo`, …), told apart by what it holds.
    struct Detail: Decodable {
        var retryDelay: String?
        var reason: String?
        var violations: [Violation]?
    }

    struct Violation: Decodable {
        var quotaId: String?
    }
}

/// Delays a server asks for.
enum RetryAfter {
    /// A protobuf duration string such as `19s` or `3.700s`.
    static func duration(_ text: String) -> Double? {
        guard text.hasSuffix("s"), let seconds = Double(text.dropLast()), seconds >= 0 else { return nil }
        return seconds
    }

    /// An HTTP `Retry-After` value: delay seconds, or an HTTP date (relative to `now`).
    static func header(_ text: String, now: Date = Date()) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
