extension BatchResultReader {
    /// One line of a responses file (reference §7.1): `{"key", "response": GenerateContentResponse}`
    /// or `{"key", "error": Status}`. A response of the wrong shape is kept as its shape error, so
    /// the line still joins back to its product by key and says where it went wrong.
    struct ResultLine: Decodable {
        var key: String
        var response: Result<GeminiResponse.Body, WireShapeError>?
        var error: Status?

        enum CodingKeys: String, CodingKey { case key, response, error }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            key = try container.decode(String.self, forKey: .key)
            do {
                response = try container.decodeIfPresent(GeminiResponse.Body.self, forKey: .response).map { .success($0) }
            } catch let error as DecodingError {
                response = .failure(WireShapeError(error))
            }
            error = try? container.decodeIfPresent(Status.self, forKey: .error)
        }
    }

    /// A `google.rpc.Status`: `code` (a number), `status` and `message`.
    struct Status: Decodable {
        var code: WireInt?
        var status: String?
        var message: String?
    }
}
