import Foundation
import BrandDiagnostics
import BrandAssembly
import BrandLowering
import BrandModel
import BrandNetwork

/// What staging a product's request came to.
enum StagingStep {
    case staged(PlannedRequest)
    /// A capability check refused it; its diagnostics are in the sink.
    case refused
    /// Nothing can send it (no lowerer for its endpoint, or an unknown auth style): a build problem.
    case cannotSend(String)
}

/// The requests a build compiled and staged in its output folder, before anything is planned or sent.
struct StagedBuild {
    var folder: URL
    var planned: [PlannedRequest]
    var problems: [BuildProblem]
    var diagnostics: [Diagnostic]
}

extension Driver {
    /// The staging one-by-one and batch builds share: makes and locks the output folder (one build
    /// per folder), removes what a killed run left, records the inputs (not on a dry run), compiles
    /// every product and has `stageEach` check and stage it, then hands what was staged to `send`.
    /// The staged bodies are removed when `send` returns or throws; the lock is released then too.
    func withStagedBuild<Outcome>(
        _ job: BuildJob,
        stageEach: (AssembledPrompt, PromptTemplate, inout DiagnosticSink) throws -> StagingStep,
        send: (StagedBuild) async throws -> Outcome
    ) async throws -> Outcome {
        let out = URL(fileURLWithPath: job.compile.outputDirectory)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let lock = try OutputFolderLock(folder: out)
        defer { lock.release() }
        AtomicFile.removeLeftovers(in: out)
        if !job.dryRun { try BuildInputsRecord.record(job.compile, in: out) }
        var sink = DiagnosticSink()
        var planned: [PlannedRequest] = []
        var problems: [BuildProblem] = []
        assembleEach(job.compile, diagnostics: &sink) { prompt, template, sink in
            do {
                switch try stageEach(prompt, template, &sink) {
                case .staged(let request): planned.append(request)
                case .refused: break
                case .cannotSend(let message): problems.append(BuildProblem(key: prompt.key, message: message))
                }
            } catch {
                problems.append(BuildProblem(key: prompt.key, message: "cannot stage the request: \(error)"))
            }
        }
        let staged = StagedBuild(folder: out, planned: planned, problems: problems, diagnostics: finish(sink))
        defer { for request in planned { try? FileManager.default.removeItem(at: request.bodyFile) } }
        return try await send(staged)
    }

    /// Runs the capability checks for `target`; false when they reported an error.
    func passesCapabilityChecks(
        _ prompt: AssembledPrompt, target: LoweringTarget, targetLocation: SourceLocation?, bodySize: Int?,
        diagnostics sink: inout DiagnosticSink
    ) -> Bool {
        let errors = sink.count(of: .error)
        CapabilityChecker(registry: registry).check(
            prompt, target: target, targetLocation: targetLocation, bodySize: bodySize, diagnostics: &sink)
        return sink.count(of: .error) == errors
    }
}
