import Foundation
import Testing
@testable import BrandNetwork

/// Job resources in the shapes Google's samples disagree on (reference §7.4), read defensively.
struct BatchJobStatusTests {
    @Test(arguments: [
        ("BATCH_STATE_PENDING", BatchState.pending), ("JOB_STATE_PENDING", .pending), ("BATCH_STATE_RUNNING", .running),
        ("JOB_STATE_RUNNING", .running), ("BATCH_STATE_SUCCEEDED", .succeeded), ("JOB_STATE_SUCCEEDED", .succeeded),
        ("BATCH_STATE_FAILED", .failed), ("JOB_STATE_FAILED", .failed), ("BATCH_STATE_CANCELLED", .cancelled),
        ("JOB_STATE_CANCELLED", .cancelled), ("BATCH_STATE_EXPIRED", .expired), ("JOB_STATE_EXPIRED", .expired),
        ("BATCH_STATE_UNSPECIFIED", .unspecified), ("BATCH_STATE_PAUSED", .unknown("BATCH_STATE_PAUSED")),
    ])
    func bothStatePrefixesAreRead(_ wire: String, _ expected: BatchState) {
        #expect(BatchState(wire: wire) == expected)
    }

    @Test func onlyEndingStatesAreFinal() {
        let final = [BatchState.succeeded, .failed, .cancelled, .expired].filter { $0.isFinal }
        let waiting = [BatchState.pending, .running, .unspecified, .unknown("X")].filter { $0.isFinal }
        #expect(final.count == 4)
        #expect(waiting.isEmpty)
    }

    @Test func theRESTShapeWithMetadataAndResponse() throws {
        let json = #"{"name":"batches/abc","metadata":{"state":"BATCH_STATE_SUCCEEDED","batchStats":{"requestCount":"3","#
            + #""successfulRequestCount":"2","failedRequestCount":"1"}},"done":true,"response":{"responsesFile":"files/batch-out-xyz"}}"#
        let status = try #require(BatchJobStatus(json: Array(json.utf8)))
        #expect(status.name == "batches/abc")
        #expect(status.state == .succeeded)
        #expect(status.responsesFile == "files/batch-out-xyz")
        #expect(status.requestCount == 3 && status.succeededCount == 2 && status.failedCount == 1)
    }

    @Test func theImageGuideShapeWithTopLevelStateAndDest() throws {
        let json = #"{"name":"batches/abc","state":"JOB_STATE_SUCCEEDED","dest":{"fileName":"files/out-1"}}"#
        let status = try #require(BatchJobStatus(json: Array(json.utf8)))
        #expect(status.state == .succeeded)
        #expect(status.responsesFile == "files/out-1")
    }

    /// Names go into URL paths: anything that could climb or add a query is refused.
    @Test(arguments: ["batches/../models/x", "batches/a?alt=media", "batches/a/b", "files/x", "batches/", "batches/%2e%2e"])
    func unsafeOrWrongNamesAreRefused(_ name: String) {
        #expect(BatchJobStatus(json: Array(#"{"name":"\#(name)","state":"BATCH_STATE_RUNNING"}"#.utf8)) == nil)
    }

    @Test func anUnsafeResponsesFileIsDropped() throws {
        let json = #"{"name":"batches/a","metadata":{"state":"BATCH_STATE_SUCCEEDED","output":{"responsesFile":"files/../../v1beta/x"}}}"#
        #expect(try #require(BatchJobStatus(json: Array(json.utf8))).responsesFile == nil)
    }

    /// The §7.4 resource with the responses file in `metadata.output`, a failed job's root
    /// `error`, and snake_case keys, which the REST API does not send and which are not read.
    @Test func theResourceSampleAndAFailedJob() throws {
        let json = #"{"name":"batches/abc","metadata":{"@type":"type.googleapis.com/x.GenerateContentBatch","displayName":"d","#
            + #""model":"models/m","state":"BATCH_STATE_SUCCEEDED","createTime":"t","output":{"responsesFile":"files/batch-out-xyz"}},"done":true}"#
        #expect(try #require(BatchJobStatus(json: Array(json.utf8))).responsesFile == "files/batch-out-xyz")
        let failed = try #require(BatchJobStatus(json: Array(#"{"name":"batches/f","done":true,"error":{"code":13,"message":"boom"}}"#.utf8)))
        #expect(failed.state == .failed && failed.errorMessage == "boom")
        let snake = try #require(BatchJobStatus(json: Array(#"{"name":"batches/s","state":"BATCH_STATE_SUCCEEDED","dest":{"file_name":"files/o"}}"#.utf8)))
        #expect(snake.responsesFile == nil)
    }

    /// A job resource of the wrong shape is no status at all (the caller reports the body).
    @Test func aMisshapenResourceIsNoStatus() {
        #expect(BatchJobStatus(json: Array(#"{"name":"batches/a","metadata":{"state":3}}"#.utf8)) == nil)
        #expect(BatchJobStatus(json: Array("[1]".utf8)) == nil)
    }
}
