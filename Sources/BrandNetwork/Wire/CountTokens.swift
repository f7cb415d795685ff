import Foundation
public import BrandLowering

/// Gemini-native `models/{model}:countTokens` (reference §6) for `--exact` counts: the whole
/// `generateContent` body wrapped as `generateContentRequest`, answered with `totalTokens`.
public enum CountTokens {
    /// The count request for a lowered Gemini request of `model`.
    public static func request(for generate: ProviderRequest, model: String) throws -> ProviderRequest {
        guard var body = try JSONSerialization.jsonObject(with: Data(generate.body)) as? [String: Any] else {
            throw NetworkError.io("the request body is not a JSON object")
        }
        body["model"] = "models/" + model
        let wrapped = try JSONSerialization.data(withJSONObject: ["generateContentRequest": body], options: [.sortedKeys])
        return ProviderRequest(key: generate.key, route: generate.route, endpoint: .gemini,
                               path: "/v1beta/models/\(model):countTokens", body: Array(wrapped))
    }

    /// The input tokens the provider counts for `generate`.
    public static func totalTokens(for generate: ProviderRequest, model: String, connection: Connection,
                                   transport: any Transport, environment: [String: String] = ProcessInfo.processInfo.environment,
                                   scratch: URL = FileManager.default.temporaryDirectory) async throws -> Int {
        let count = try request(for: generate, model: model)
        let credential = try Credential.read(connection.keyEnvironmentVariable, from: environment)
        let exchange = Exchange(
            url: try connection.url(for: count.path), method: "POST",
            headers: count.headers.map { ($0.name, $0.value) } + credential.headers(for: connection.authStyle),
            body: count.body, timeouts: Connection.Timeouts(connect: connection.timeouts.connect, total: 60))
        let file = scratch.appendingPathComponent(".count-\(UUID().uuidString).partial")
        defer { try? FileManager.default.removeItem(at: file) }
        let response: TransportResponse
        do { response = try await transport.send(exchange, bodyTo: file) } catch {
            throw NetworkError.io(credential.scrub("countTokens: \(error.description)"))
        }
        let body: [UInt8]
        do { body = Array(try Data(contentsOf: file)) } catch {
            throw NetworkError.io("countTokens: the answer could not be read back: \(error.localizedDescription)")
        }
        guard (200..<300).contains(response.status) else {
            let detail = ProviderErrorBody(json: body)?.message ?? ""
            throw NetworkError.io(credential.scrub("countTokens: HTTP \(response.status) \(detail)"))
        }
        let answer: Answer
        do { answer = try WireJSON.decode(Answer.self, from: body) } catch {
            throw NetworkError.io("countTokens: the answer is not a CountTokensResponse (\(error))")
        }
        guard let total = answer.totalTokens else { throw NetworkError.io("countTokens: no totalTokens in the answer") }
        return total.value
    }

    /// A `CountTokensResponse` (reference §6); `promptTokensDetails` and the cache fields are not read.
    struct Answer: Decodable {
        var totalTokens: WireInt?
    }
}
