import BrandDriver
import BrandNetwork
import Testing

/// The `--json` event lines byte for byte: keys sorted (docs/build.md), absent optionals left out,
/// money as decimal strings, slashes unescaped. Tools downstream read these lines; the schema must not drift.
struct BuildEventJSONTests {
    @Test func eachRequestEventKeepsItsSchema() {
        #expect(BuildRendering.json(.started(key: "sku/1")) == #"{"event":"started","key":"sku/1"}"#)
        #expect(BuildRendering.json(.succeeded(key: "a", files: [.init(name: "a.png", sha256: "h", bytes: 1)], cost: 0.0672, attempts: 2))
            == #"{"attempts":2,"cost":"0.0672","event":"succeeded","files":["a.png"],"key":"a"}"#)
        #expect(BuildRendering.json(.succeeded(key: "a", files: [], cost: nil, attempts: 1))
            == #"{"attempts":1,"event":"succeeded","files":[],"key":"a"}"#)
        #expect(BuildRendering.json(.failed(key: "b", failure: .init(reason: "HTTP 503 \"busy\"", retriable: true), attempts: 5))
            == #"{"attempts":5,"event":"failed","key":"b","reason":"HTTP 503 \"busy\"","retriable":true}"#)
        #expect(BuildRendering.json(.stopping(reason: "stop")) == #"{"event":"stopping","reason":"stop"}"#)
    }

    @Test func theSummaryLeavesOutWhatItDoesNotKnow() {
        var report = BuildReport()
        #expect(BuildRendering.json(report: report) == #"{"event":"summary","failed":[],"notStarted":[],"spend":"0","succeeded":[]}"#)
        report.succeeded = ["b": [], "a": []]
        report.failed = ["c": .init(reason: "x", retriable: false)]
        report.notStarted = ["d"]
        report.stopReason = "closed"
        report.spend = 0.2016
        report.usage = Usage(inputTokens: 10, outputTokens: 1140, imageOutputTokens: 1120)
        #expect(BuildRendering.json(report: report) == #"{"event":"summary","failed":["c"],"imageOutputTokens":1120,"#
            + #""inputTokens":10,"notStarted":["d"],"outputTokens":1140,"spend":"0.2016","stopped":"closed","succeeded":["a","b"]}"#)
    }

    @Test func batchProgressKeepsItsSchema() {
        #expect(BatchRendering.json(.uploading(lines: 3, bytes: 1200)) == #"{"bytes":1200,"event":"batch-uploading","requests":3}"#)
        #expect(BatchRendering.json(.uploaded(file: "files/a")) == #"{"event":"batch-uploaded","file":"files/a"}"#)
        #expect(BatchRendering.json(.created(job: "batches/j", lines: 3)) == #"{"event":"batch-created","job":"batches/j","requests":3}"#)
        #expect(BatchRendering.json(.resumed(job: "batches/j", lines: 2)) == #"{"event":"batch-resumed","job":"batches/j","requests":2}"#)
        #expect(BatchRendering.json(.state(job: "batches/j", state: .running))
            == #"{"event":"batch-state","job":"batches/j","state":"\#(BatchState.running.description)"}"#)
        #expect(BatchRendering.json(.downloading(job: "batches/j")) == #"{"event":"batch-downloading","job":"batches/j"}"#)
    }
}
