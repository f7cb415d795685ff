import BrandLowering

/// The JSON bodies brandc sends to the Batch API's own endpoints (reference §7.2, §7.3), as types:
/// the names are written once, and encoding them cannot silently yield an empty body.
enum BatchRequestBody {
    /// `POST …:batchGenerateContent`: a job over an uploaded JSONL file.
    struct Create: Encodable {
        struct Batch: Encodable {
            var displayName: String
            var inputConfig: InputConfig

            enum CodingKeys: String, CodingKey { case displayName = "display_name", inputConfig = "input_config" }
        }

        struct InputConfig: Encodable {
            var fileName: String

            enum CodingKeys: String, CodingKey { case fileName = "file_name" }
        }

        var batch: Batch

        init(displayName: String, inputFile: String) {
            batch = Batch(displayName: displayName, inputConfig: InputConfig(fileName: inputFile))
        }
    }

    /// The `start` call of a resumable upload: the file's metadata.
    struct UploadStart: Encodable {
        struct File: Encodable {
            var displayName: String

            enum CodingKeys: String, CodingKey { case displayName = "display_name" }
        }

        var file: File

        init(displayName: String) { file = File(displayName: displayName) }
    }

    /// Compact, sorted-key bytes of `body`; a failure is the caller's, never an empty body.
    static func bytes(_ body: some Encodable) throws(BatchFailure) -> [UInt8] {
        do { return try CanonicalJSON.encode(body, pretty: false) } catch {
            throw BatchFailure(reason: "the request body could not be encoded: \(error)", retriable: false)
        }
    }
}
