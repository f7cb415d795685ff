extension BatchJobStatus {
    /// The long-running operation `batches.get` answers with (reference §7.4), camelCase.
    struct Resource: Decodable {
        var name: String?
        var metadata: Metadata?
        /// The image guide's sample reads the state and `dest` at the top level.
        var state: String?
        var dest: Destination?
        var done: Bool?
        var response: Output?
        var error: Status?
    }

    /// The `GenerateContentBatch` in the operation's metadata.
    struct Metadata: Decodable {
        var state: String?
        var output: Output?
        var batchStats: Stats?
    }

    struct Output: Decodable {
        var responsesFile: String?
    }

    struct Destination: Decodable {
        var fileName: String?
    }

    /// int64 counts: decimal strings on the wire.
    struct Stats: Decodable {
        var requestCount: WireInt?
        var successfulRequestCount: WireInt?
        var failedRequestCount: WireInt?
    }

    struct Status: Decodable {
        var message: String?
    }
}
