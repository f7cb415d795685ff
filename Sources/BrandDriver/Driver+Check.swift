import Foundation
public import BrandDiagnostics
import BrandAssembly
public import BrandImageCheck
import BrandModel
import BrandNetwork

/// What `brandc check` found: each image's findings, and every diagnostic (the inputs' errors,
/// then the findings) with the project's levels applied.
public struct CheckReport: Sendable {
    public var images: [CheckedImage] = []
    public var diagnostics: [Diagnostic] = []

    public init() {}
}

extension Driver {
    /// Checks every image a build folder holds: the inputs listed in `build-inputs.json` are
    /// compiled again through the same path as `build`, and each request the journal records as
    /// succeeded has its primary image checked against that request's text blocks, palette and shape.
    /// The findings also go to `check.json` in the folder.
    public func checkFolder(_ folder: String, workers: Int? = nil) async -> CheckReport {
        var sink = DiagnosticSink()
        let items = checkItems(inFolder: folder, diagnostics: &sink)
        var report = await check(items, inputs: sink, workers: workers)
        if !items.isEmpty {
            do {
                try CheckFindingsFile.write(report.images, in: URL(fileURLWithPath: folder))
            } catch {
                report.diagnostics.append(Diagnostic(
                    .writeFailed, "cannot write \(CheckFindingsFile.fileName): \(error.localizedDescription)",
                    at: SourceLocation(file: folder + "/" + CheckFindingsFile.fileName)))
            }
        }
        return report
    }

    /// Checks one image file against the request `job` compiles to (its first product).
    public func checkImage(_ path: String, job: CompileJob) async -> CheckReport {
        var sink = DiagnosticSink()
        var items: [ImageCheckItem] = []
        eachExpectation(job, diagnostics: &sink) { name, expectations, _ in
            if items.isEmpty { items.append(ImageCheckItem(key: name, imagePath: path, expectations: expectations)) }
        }
        return await check(items, inputs: sink, workers: 1)
    }

    /// `workers` images at once; by default one per processor.
    func check(_ items: [ImageCheckItem], inputs: DiagnosticSink, workers: Int?) async -> CheckReport {
        var report = CheckReport()
        let pool = ImageCheckPool(
            workers: workers ?? ProcessInfo.processInfo.activeProcessorCount, thresholds: config.imageChecks)
        report.images = await pool.checkAll(items).map { image in
            var applied = image
            applied.diagnostics = config.apply(to: image.diagnostics)
            return applied
        }
        let inputErrors = finish(inputs).filter { $0.severity == .error }
        report.diagnostics = inputErrors + report.images.flatMap(\.diagnostics)
        return report
    }

    /// The images of a build folder with their expectations; what cannot be checked is reported.
    func checkItems(inFolder folder: String, diagnostics sink: inout DiagnosticSink) -> [ImageCheckItem] {
        let url = URL(fileURLWithPath: folder)
        let records = BuildInputsRecord.read(in: url)
        guard !records.isEmpty else {
            sink.report(
                .fileNotFound,
                "'\(folder)' has no \(BuildInputsRecord.fileName): it is not a folder 'brandc build' wrote to "
                    + "(or was built by an older brandc); check one image with --brand, --template and --product",
                at: SourceLocation(file: folder + "/" + BuildInputsRecord.fileName))
            return []
        }
        let journal = SubmissionJournal.latest(in: url)
        var items: [ImageCheckItem] = []
        var seen = Set<String>()
        for record in records {
            eachExpectation(record.compileJob(outputDirectory: folder), diagnostics: &sink) { name, expectations, sink in
                guard let entry = journal[name], entry.state == .succeeded, seen.insert(name).inserted else { return }
                guard let file = Self.primaryImage(of: entry, named: name) else { return }
                let path = url.appendingPathComponent(file.name).path
                guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: path)) else {
                    sink.report(.imageMissing, "the build recorded this image for '\(name)', but it is missing", at: SourceLocation(file: path))
                    return
                }
                if RequestHash.sha256(bytes) != file.sha256 {
                    sink.report(Diagnostic(
                        .imageMissing, "this image has changed since the build recorded it for '\(name)' (SHA-256 differs); checking it anyway",
                        at: SourceLocation(file: path), severity: .warning))
                }
                items.append(ImageCheckItem(key: name, imagePath: path, expectations: expectations))
            }
        }
        return items.sorted { $0.key < $1.key }
    }

    /// Compiles `job` and hands over each request's output name and image expectations.
    func eachExpectation(
        _ job: CompileJob, diagnostics sink: inout DiagnosticSink,
        _ body: (String, ImageExpectations, inout DiagnosticSink) -> Void
    ) {
        var guideProblems = DiagnosticSink()
        guard let guide = guides.load(job.brand, diagnostics: &guideProblems) else {
            sink.append(contentsOf: guideProblems)
            return
        }
        assembleEach(job, diagnostics: &sink) { prompt, template, sink in
            body(Self.outputName(prompt, template: template), ImageExpectations(prompt: prompt, template: template, guide: guide), &sink)
        }
    }

    /// The output file stem `build` gives a request: `product.template.locale`, each part made safe.
    static func outputName(_ prompt: AssembledPrompt, template: PromptTemplate) -> String {
        [SafeFileName.make(prompt.key), template.name.map { SafeFileName.make($0.value) }, prompt.locale]
            .compactMap { $0 }.joined(separator: ".")
    }

    /// The final image of a succeeded request: `NAME.png`/`.jpg`/`.webp` (not `NAME-1.png`).
    static func primaryImage(of record: JournalRecord, named name: String) -> OutputFile? {
        record.files?.first { file in
            ["png", "jpg", "webp"].contains { file.name == name + "." + $0 }
        }
    }
}

extension Driver {
    /// The longer text `brandc explain` prints after a code's summary, where its stage has one.
    public static func explanation(of code: DiagnosticCode) -> String? {
        ImageCheckDiagnostics.explanation(of: code)
    }
}
