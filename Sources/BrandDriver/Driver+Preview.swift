import Foundation
public import BrandDiagnostics
import BrandAssembly
import BrandLowering
import BrandModel
public import BrandPreview
import BrandReport

/// One recompile for `brandc watch`: the prompts and request bodies, the diagnostics, and every
/// file the compile read (the files a save of which must recompile).
public struct PreviewCompile: Sendable {
    public var prompts: [PreviewPrompt]
    public var diagnostics: [Diagnostic]
    /// Absolute paths: the guide and its parents, the template, its partials, the products, the
    /// referenced images, the feed.
    public var readFiles: [String]
    /// Folders where a new file changes the result (the template's `partials/`).
    public var folders: [String]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

extension Driver {
    /// Assembles the job's prompts through `assembleEach` (the path `compile` takes), lowers each to
    /// the body `compile` would write, and records what was read, through a file system that
    /// notes every path.
    public func preview(_ job: CompileJob) -> PreviewCompile {
        let recorder = RecordingFileSystem(base: fileSystem)
        var driver = self
        driver.fileSystem = recorder
        var sink = DiagnosticSink()
        var prompts: [PreviewPrompt] = []
        driver.assembleEach(job, diagnostics: &sink) { prompt, template, sink in
            let target = job.target ?? LoweringTarget.default(for: prompt.route.endpoint)
            let errors = sink.count(of: .error)
            CapabilityChecker(registry: registry).check(prompt, target: target, targetLocation: nil, bodySize: nil, diagnostics: &sink)
            guard sink.count(of: .error) == errors else { return }
            let body: String
            do {
                body = String(decoding: try Lowering.prettyBody(prompt, target: target), as: UTF8.self)
            } catch {
                body = "cannot lower: \(error)"
            }
            var gathered = GatheredCard(ReportCard(name: "", product: prompt.key, status: .compiled))
            gathered.fill(from: prompt)
            prompts.append(PreviewPrompt(
                name: Self.outputName(prompt, template: template), locale: prompt.locale, route: prompt.route.name,
                model: prompt.model.id, prompt: prompt.prompt, systemInstruction: prompt.systemInstruction,
                textBlocks: gathered.card.textBlocks, budget: gathered.card.budget, request: body))
        }
        var read = recorder.paths
        read.insert(job.brand)
        read.insert(job.template)
        if let feed = job.feed { read.insert(feed) }
        read.formUnion(job.products)
        let absolute = Set(read.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        let partials = URL(fileURLWithPath: FilePath.directory(of: job.template) + "/partials").standardizedFileURL.path
        return PreviewCompile(prompts: prompts, diagnostics: driver.finish(sink), readFiles: absolute.sorted(), folders: [partials])
    }

    /// Diagnostics as the watch page lists them.
    public static func previewDiagnostics(_ diagnostics: [Diagnostic]) -> [PreviewDiagnostic] {
        diagnostics.map { diagnostic in
            let location = diagnostic.location.map { location in
                location.file + (location.start.map { ":\($0.line):\($0.column)" } ?? "")
            }
            return PreviewDiagnostic(severity: diagnostic.severity.rawValue, code: diagnostic.code.id,
                                     message: diagnostic.message, location: location)
        }
    }
}

/// A file system that passes every call through and remembers each path asked for.
final class RecordingFileSystem: FileSystem, @unchecked Sendable {
    let base: any FileSystem
    private let lock = NSLock()
    private var recorded: Set<String> = []

    init(base: any FileSystem) {
        self.base = base
    }

    var paths: Set<String> { lock.withLock { recorded } }

    func read(_ path: String) throws -> [UInt8] {
        lock.withLock { _ = recorded.insert(path) }
        return try base.read(path)
    }

    func fileExists(_ path: String) -> Bool {
        lock.withLock { _ = recorded.insert(path) }
        return base.fileExists(path)
    }
}
