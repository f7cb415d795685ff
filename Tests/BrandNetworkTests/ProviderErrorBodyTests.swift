import Testing
@testable import BrandNetwork

/// Error bodies in each provider's shape (reference §5.1, §5.2, §8.4, §10), read as typed values.
struct ProviderErrorBodyTests {
    @Test func googleStatusRetryDelayQuotaAndReason() throws {
        let body = WireBodies.googleError(
            code: 429, status: "RESOURCE_EXHAUSTED", retryDelay: "19.5s", quotaID: "GenerateRequestsPerDayPerProjectPerModel-FreeTier",
            reason: "RATE_LIMIT_EXCEEDED")
        let error = try #require(ProviderErrorBody(json: Array(body.utf8)))
        #expect(error.message == "fake RESOURCE_EXHAUSTED")
        #expect(error.status == "RESOURCE_EXHAUSTED")
        #expect(error.retryDelay == 19.5)
        #expect(error.reasons == ["RATE_LIMIT_EXCEEDED"])
        #expect(error.isPerDayQuota)
    }

    @Test func openAIAndAnthropicShapes() throws {
        let openAI = #"{"error":{"message":"Invalid API key","type":"authentication_error","param":null,"code":"invalid_api_key"}}"#
        #expect(try #require(ProviderErrorBody(json: Array(openAI.utf8))).status == "authentication_error")
        let codeOnly = #"{"error":{"message":"m","code":"invalid_api_key"}}"#
        #expect(try #require(ProviderErrorBody(json: Array(codeOnly.utf8))).status == "invalid_api_key")
        let anthropic = #"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#
        let error = try #require(ProviderErrorBody(json: Array(anthropic.utf8)))
        #expect(error.status == "overloaded_error" && error.message == "Overloaded")
    }

    /// Google's numeric `code` is not a status; snake_case detail keys are not what the API sends.
    @Test func numericCodesAndSnakeCaseDetailsAreNotGuessed() throws {
        let body = #"{"error":{"code":500,"message":"m","details":[{"retry_delay":"3s"},{"violations":[{"quota_id":"PerDay"}]}]}}"#
        let error = try #require(ProviderErrorBody(json: Array(body.utf8)))
        #expect(error.status == nil && error.retryDelay == nil && !error.isPerDayQuota)
    }

    @Test(arguments: ["", "not json", #"{"message":"no error object"}"#, #"{"error":"a string"}"#])
    func otherBodiesAreNoErrorBody(_ body: String) {
        #expect(ProviderErrorBody(json: Array(body.utf8)) == nil)
    }
}
