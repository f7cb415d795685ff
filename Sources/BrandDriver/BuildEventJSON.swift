import Foundation
import BrandNetwork

/// The objects `brandc build --json` prints, one a line (docs/build.md). Each is a typed record,
/// encoded with its keys sorted (`event` among them), absent optionals left out, slashes unescaped.
enum BuildEventJSON {
    struct Started: Encodable {
        var event = "started"
        var key: String
    }

    struct Succeeded: Encodable {
        var event = "succeeded"
        var key: String
        var files: [String]
        /// US dollars as a decimal string (`BuildRendering.money`).
        var cost: String?
        var attempts: Int
    }

    struct Failed: Encodable {
        var event = "failed"
        var key: String
        var reason: String
        var retriable: Bool
        var attempts: Int
    }

    struct Stopping: Encodable {
        var event = "stopping"
        var reason: String
    }

    struct Plan: Encodable {
        var event = "plan"
        var send: [String]
        var skipped: [String]
        var failedBefore: [String]
        var outputsChanged: [String]
        var unmatchedOnly: [String]
        var estimatedCost: String
    }

    struct Summary: Encodable {
        var event = "summary"
        var succeeded: [String]
        var failed: [String]
        var notStarted: [String]
        var spend: String
        var stopped: String?
        var inputTokens: Int?
        var outputTokens: Int?
        var imageOutputTokens: Int?
    }

    /// `--only` matched nothing.
    struct NothingMatched: Encodable {
        var event = "nothing-matched"
        var only: [String]
    }

    struct OverBudget: Encodable {
        var event = "over-budget"
        var estimatedCost: String
        var limit: String
    }

    /// A batch job's progress (`batch-uploading`, `batch-created`, …): the fields its kind has.
    struct BatchProgress: Encodable {
        var event: String
        var requests: Int?
        var bytes: Int?
        var file: String?
        var job: String?
        var state: String?
    }

    /// One compact line (no newline). The records hold only strings, integers and booleans, which
    /// `JSONEncoder` always encodes; should it fail all the same, the line says so instead of being empty.
    static func line(_ record: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(record), as: UTF8.self)
        } catch {
            return #"{"event":"encoding-failed","type":"\#(type(of: record))"}"#
        }
    }
}
