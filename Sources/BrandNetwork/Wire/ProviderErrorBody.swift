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
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let error = root["error"] as? [String: Any]
        else { return nil }
        message = error["message"] as? String
        status = (error["status"] as? String) ?? (error["type"] as? String) ?? (error["code"] as? String)
        for detail in error["details"] as? [[String: Any]] ?? [] {
            if let delay = detail["retryDelay"] as? String ?? detail["retry_delay"] as? String {
                retryDelay = RetryAfter.duration(delay)
            }
            if let reason = detail["reason"] as? String { reasons.append(reason) }
            for violation in detail["violations"] as? [[String: Any]] ?? [] {
                if let id = violation["quotaId"] as? String ?? violation["quota_id"] as? String { quotaIDs.append(id) }
            }
        }
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
