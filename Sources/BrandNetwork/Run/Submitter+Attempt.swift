import Foundation
import BrandModel

extension Submitter {
    enum Verdict {
        case done(ResponseSummary)
        case final(SubmissionFailure)
        case retry(SubmissionFailure, serverDelay: Double?)
        case retryOnce(SubmissionFailure)
    }

    /// One send and the reading of its answer.
    func attemptOnce(_ exchange: Exchange, endpoint: Route.Endpoint, folder: URL, credential: Credential) async -> Verdict {
        if let rateLimiter {
            do { try await rateLimiter.acquire() } catch { return .final(SubmissionFailure(reason: "cancelled", retriable: true)) }
        }
        let bodyFile = folder.appendingPathComponent(".response-\(UUID().uuidString).partial")
        defer { try? FileManager.default.removeItem(at: bodyFile) }
        let response: TransportResponse
        do {
            response = try await transport.send(exchange, bodyTo: bodyFile)
        } catch {
            let unanswered = if case .connection = error { true } else { false }
            return .retry(
                SubmissionFailure(reason: credential.scrub(error.description), retriable: true, unanswered: unanswered),
                serverDelay: nil)
        }
        guard (200..<300).contains(response.status) else {
            return httpFailure(response, bodyFile: bodyFile, credential: credential)
        }
        do {
            switch try ResponseReader.read(body: bodyFile, endpoint: endpoint, into: folder) {
            case .success(let summary): return .done(summary)
            case .failure(let failure):
                let reported = SubmissionFailure(reason: credential.scrub(failure.description), retriable: false,
                                                 httpStatus: response.status)
                switch failure {
                case .blocked, .unknownFinishReason, .noImage(_, retryOnce: false): return .final(reported)
                case .noImage(_, retryOnce: true):
                    return .retryOnce(SubmissionFailure(reason: reported.reason, retriable: true, httpStatus: response.status))
                case .malformed:
                    return .retry(SubmissionFailure(reason: reported.reason, retriable: true, httpStatus: response.status),
                                  serverDelay: nil)
                }
            }
        } catch {
            return .final(SubmissionFailure(reason: credential.scrub("cannot read the response: \(error)"), retriable: true))
        }
    }

    func httpFailure(_ response: TransportResponse, bodyFile: URL, credential: Credential) -> Verdict {
        let small = (try? FileHandle(forReadingFrom: bodyFile).read(upToCount: 1 << 20)) ?? nil
        let body = ProviderErrorBody(json: Array(small ?? Data()))
        let detail = [body?.status, body?.message].compactMap { $0 }.joined(separator: ": ")
        let reason = credential.scrub("HTTP \(response.status)" + (detail.isEmpty ? "" : " \(detail)"))
        if response.status == 429, body?.isPerDayQuota == true {
            return .final(SubmissionFailure(
                reason: reason + " (per-day quota exhausted: stopping the run; rerun after the quota resets)",
                retriable: true, stopsRun: true, httpStatus: 429))
        }
        if response.status == 401 || response.status == 403 || body?.reasons.contains("API_KEY_INVALID") == true {
            // The key (or its access) is refused: every other request would be refused too, and the
            // rerun with the right key must send this one, so it is not recorded as final.
            return .final(SubmissionFailure(
                reason: reason + " (the key was refused: stopping the run; the rerun with the right key sends everything)",
                retriable: true, stopsRun: true, httpStatus: response.status))
        }
        guard RetryPolicy.retriableStatuses.contains(response.status) else {
            return .final(SubmissionFailure(reason: reason, retriable: false, httpStatus: response.status))
        }
        let serverDelay = body?.retryDelay ?? response.headers["retry-after"].flatMap { RetryAfter.header($0) }
        return .retry(SubmissionFailure(reason: reason, retriable: true, httpStatus: response.status), serverDelay: serverDelay)
    }
}
