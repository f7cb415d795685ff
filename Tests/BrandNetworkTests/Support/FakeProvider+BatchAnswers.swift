import Foundation

extension FakeBatchService {
    func startUpload(_ request: FakeProvider.Received) -> FakeProvider.Reply {
        guard request.headers["x-goog-upload-protocol"] == "resumable", request.headers["x-goog-upload-command"] == "start",
            let size = request.headers["x-goog-upload-header-content-length"].flatMap(Int.init)
        else { return .json(#"{"error":{"code":400,"message":"bad upload start","status":"INVALID_ARGUMENT"}}"#, status: 400) }
        let id = "u\(announcedSizes.update { sizes in sizes["u\(sizes.count + 1)"] = size; return sizes.count })"
        var reply = FakeProvider.Reply.json("{}")
        reply.headers.append(("x-goog-upload-url", base.value + "/upload/v1beta/files?upload_id=" + id))
        return reply
    }

    func finishUpload(_ request: FakeProvider.Received) -> FakeProvider.Reply {
        let id = String(request.path.split(separator: "=").last ?? "")
        guard request.headers["x-goog-upload-command"] == "upload, finalize", request.headers["x-goog-upload-offset"] == "0",
            announcedSizes.value[id] == request.body.count
        else { return .json(#"{"error":{"code":400,"message":"bad upload","status":"INVALID_ARGUMENT"}}"#, status: 400) }
        let name = "files/input-\(id)"
        files.update { $0[name] = request.body }
        return .json(#"{"file":{"name":"\#(name)","mimeType":"jsonl","sizeBytes":"\#(request.body.count)","state":"ACTIVE"}}"#)
    }

    func create(_ request: FakeProvider.Received) -> FakeProvider.Reply {
        let root = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any]
        let batch = root?["batch"] as? [String: Any]
        guard let file = (batch?["input_config"] as? [String: Any])?["file_name"] as? String, files.value[file] != nil else {
            return .json(#"{"error":{"code":400,"message":"no such input file","status":"INVALID_ARGUMENT"}}"#, status: 400)
        }
        let name = jobs.update { jobs in
            let name = "batches/job-\(jobs.count + 1)"
            jobs[name] = Job(inputFile: file, remaining: Array(script.dropFirst()), state: script.first ?? "BATCH_STATE_PENDING")
            return name
        }
        return .json(status(name))
    }

    func poll(_ name: String) -> FakeProvider.Reply {
        guard jobs.value[name] != nil else { return Self.notFound }
        let holding = holding.value
        jobs.update { jobs in
            guard var job = jobs[name], !job.state.hasSuffix("CANCELLED") else { return }
            if holding {
                job.state = "BATCH_STATE_RUNNING"
            } else if !job.remaining.isEmpty {
                job.state = job.remaining.removeFirst()
            }
            jobs[name] = job
        }
        return .json(status(name))
    }

    /// The job resource (§7.4), with its responses file once it succeeded.
    func status(_ name: String) -> String {
        guard let job = jobs.value[name] else { return "{}" }
        let succeeded = job.state.hasSuffix("SUCCEEDED")
        var output = ""
        if succeeded {
            let file = "files/responses-" + (name.split(separator: "/").last.map(String.init) ?? "")
            if files.value[file] == nil {
                let made = responses(for: job.inputFile)
                files.update { $0[file] = made }
            }
            output = sdkShape ? #","dest":{"fileName":"\#(file)"}"# : #","output":{"responsesFile":"\#(file)"}"#
        }
        if sdkShape {
            let state = job.state.replacingOccurrences(of: "BATCH_STATE_", with: "JOB_STATE_")
            return #"{"name":"\#(name)","state":"\#(state)"\#(output)}"#
        }
        let done = job.state.hasSuffix("SUCCEEDED") || job.state.hasSuffix("FAILED") || job.state.hasSuffix("EXPIRED")
            || job.state.hasSuffix("CANCELLED")
        let error = job.state.hasSuffix("FAILED") ? #","error":{"code":13,"message":"fake internal failure"}"# : ""
        return #"{"name":"\#(name)","metadata":{"@type":"type.googleapis.com/fake.GenerateContentBatch","state":"\#(job.state)""#
            + output + #"},"done":\#(done)\#(error)}"#
    }

    /// One answer line per input line, by the test's `result` for its key.
    func responses(for inputFile: String) -> [UInt8] {
        var lines: [String] = []
        for line in (files.value[inputFile] ?? []).split(separator: 0x0A) {
            guard let root = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any], let key = root["key"] as? String
            else { continue }
            let quoted = String(decoding: (try? JSONSerialization.data(withJSONObject: key, options: .fragmentsAllowed)) ?? Data(), as: UTF8.self)
            switch result(key) {
            case .image: lines.append(#"{"key":\#(quoted),"response":\#(WireBodies.geminiImage())}"#)
            case .blocked: lines.append(#"{"key":\#(quoted),"response":\#(WireBodies.blocked)}"#)
            case .error: lines.append(#"{"key":\#(quoted),"error":{"code":400,"message":"fake bad request","status":"INVALID_ARGUMENT"}}"#)
            case .missing: continue
            }
        }
        return Array(lines.map { $0 + "\n" }.joined().utf8)
    }
}
