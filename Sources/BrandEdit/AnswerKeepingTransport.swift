import Foundation
import BrandNetwork

/// A transport that keeps each successful answer's body, byte for byte, as `answerFile` before the
/// submitter reads (and deletes) its own copy. An edit session needs the answer verbatim: the next
/// turn echoes its `candidates[0].content` with the signatures as they came. A retried attempt's
/// later answer replaces an earlier one, so the file holds the answer the submitter accepted.
struct AnswerKeepingTransport: Transport {
    let inner: any Transport
    let answerFile: URL

    func send(_ exchange: Exchange, bodyTo file: URL) async throws(TransportFailure) -> TransportResponse {
        let response = try await inner.send(exchange, bodyTo: file)
        guard (200..<300).contains(response.status) else { return response }
        let folder = answerFile.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(answerFile.lastPathComponent)-\(UUID().uuidString)\(AtomicFile.temporarySuffix)")
        do {
            try FileManager.default.copyItem(at: file, to: temporary)
            let handle = try FileHandle(forUpdating: temporary)
            try handle.synchronize()
            try handle.close()
            try AtomicFile.place(temporary, at: answerFile)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io("cannot keep the answer as \(answerFile.lastPathComponent): \(error)")
        }
        return response
    }
}
