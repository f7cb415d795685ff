import Foundation
public import BrandDiagnostics
import BrandAssembly
import BrandModel
import BrandLowering
import BrandNetwork
public import BrandReport

/// What `brandc report` reads and where it writes.
public struct ReportJob: Sendable {
    /// The build folder (`brandc build --out`): journal, images, captions, answers.
    public var buildFolder: String
    /// The report's HTML file (default `BUILD/report/index.html`); thumbnails and request files go
    /// in `thumbs/` and `requests/` beside it.
    public var reportFile: String
    /// The compile inputs the build was made from (one job per locale): with them each card also
    /// shows its prompt, text blocks and budget, and links its request. Without them, only what the
    /// folder records.
    public var compiles: [CompileJob]
    public var thumbnailer: (any Thumbnailer)?
    public var title: String?

    public init(buildFolder: String, reportFile: String? = nil, compiles: [CompileJob] = [],
                thumbnailer: (any Thumbnailer)? = ImageThumbnailer()) {
        self.buildFolder = buildFolder
        self.reportFile = reportFile ?? buildFolder + "/report/index.html"
        self.compiles = compiles
        self.thumbnailer = thumbnailer
    }
}

/// What a report run did.
public struct ReportOutcome: Sendable {
    public var file: String
    public var document: ReportDocument
    /// Things the report could not show (a thumbnail that failed, an unreadable `check.json`).
    public var problems: [String]
    public var diagnostics: [Diagnostic]
}

extension Driver {
    /// Reads the build folder (and, with compile inputs, assembles the same prompts again through
    /// `assembleEach`, the path `compile` and `build` take), then writes the HTML report atomically.
    public func report(_ job: ReportJob) throws -> ReportOutcome {
        let build = URL(fileURLWithPath: job.buildFolder).standardizedFileURL
        let reportURL = URL(fileURLWithPath: job.reportFile).standardizedFileURL
        let reportFolder = reportURL.deletingLastPathComponent()
        let toBuild = ReportPaths.relative(from: reportFolder, to: build)
        var problems: [String] = []
        var sink = DiagnosticSink()
        var cards: [String: GatheredCard] = [:]
        var rules: [String: Int] = [:]
        if !job.compiles.isEmpty {
            try FileManager.default.createDirectory(at: reportFolder.appendingPathComponent("requests"), withIntermediateDirectories: true)
        }
        for compile in job.compiles {
            assembleEach(compile, diagnostics: &sink) { prompt, template, _ in
                let name = Self.outputName(prompt, template: template)
                var card = GatheredCard(ReportCard(name: name, product: prompt.key, status: .compiled))
                card.fill(from: prompt)
                if !prompt.systemInstruction.isEmpty {
                    if let index = rules[prompt.systemInstruction] {
                        card.card.brandRulesIndex = index
                    } else {
                        card.card.brandRulesIndex = rules.count
                        rules[prompt.systemInstruction] = rules.count
                    }
                }
                do {
                    let body = try Lowering.prettyBody(prompt, target: .default(for: prompt.route.endpoint))
                    try AtomicFile.write(body, to: reportFolder.appendingPathComponent("requests/\(name).json"), synchronizingFolder: false)
                    card.card.requestFile = "requests/\(name).json"
                } catch {
                    problems.append("\(name): cannot write the request file: \(error)")
                }
                cards[name] = card
            }
        }
        for (key, record) in SubmissionJournal.latest(in: build) {
            var card = cards[key] ?? GatheredCard(key: key)
            card.fill(from: record, buildFolder: build, toBuild: toBuild)
            cards[key] = card
        }
        let (findings, findingsProblem) = CheckFindingsReader().findings(in: build)
        if let findingsProblem { problems.append(findingsProblem) }
        let thumbnails = ThumbnailCache(folder: reportFolder.appendingPathComponent("thumbs"), thumbnailer: job.thumbnailer)
        var ordered = cards.values.sorted { $0.card.name < $1.card.name }
        for index in ordered.indices {
            guard let image = ordered[index].imageFile else { continue }
            ordered[index].card.findings = findings?[image.name] ?? []
            let made = thumbnails.thumbnail(of: build.appendingPathComponent(image.name), sha256: image.sha256)
            if let name = made.name { ordered[index].card.thumbnail = "thumbs/" + name }
            if let problem = made.problem { problems.append(problem) }
        }
        var notes: [String] = []
        if job.compiles.isEmpty {
            notes.append("Prompts, text blocks and budgets are shown when the compile inputs are given too (brandc report OUT --brand … --template … --product …).")
        }
        if cards.isEmpty { notes.append("No requests: the folder has no build journal and no compile inputs were given.") }
        let document = ReportDocument(
            title: job.title ?? "brandc report: \(build.lastPathComponent)", cards: ordered.map(\.card),
            brandRules: rules.sorted { $0.value < $1.value }.map(\.key), checksRan: findings != nil, notes: notes)
        let html = ReportHTMLWriter().html(document)
        try FileManager.default.createDirectory(at: reportFolder, withIntermediateDirectories: true)
        try AtomicFile.write(Array(html.utf8), to: reportURL)
        return ReportOutcome(file: reportURL.path, document: document, problems: problems, diagnostics: finish(sink))
    }
}
