public import BrandDiagnostics
public import BrandModel
public import BrandNetwork
public import Foundation

/// Edit sessions: start one from an image, send turns through the build's submission engine
/// (`BuildRunner`: journal, retries, atomic outputs), fork one. Never prints; returns records and
/// diagnostics, or throws an `EditFailure`.
public struct EditSessions: Sendable {
    public var registry: ModelRegistry
    public var transport: any Transport
    public var sleeper: any Sleeper = SystemSleeper()
    public var network = EditNetworkOptions()

    public init(registry: ModelRegistry = .builtIn, transport: any Transport) {
        self.registry = registry
        self.transport = transport
    }

    /// The workload whose route `edit start` takes when none is given.
    public static let workloadName = "edit"

    /// Where a session starts from.
    public enum Source: Sendable {
        case file(URL)
        /// A `brandc build` output folder and a key of its journal (an output name such as `mug.product-on-white.en`).
        case buildOutput(folder: URL, key: String)
    }

    /// What `edit start` records besides the source and route.
    public struct StartOptions: Sendable {
        public var brand: String?
        public var aspectRatio: String?
        public var imageSize: String?
        public var openAI = OpenAIEditOptions()

        public init(brand: String? = nil, aspectRatio: String? = nil, imageSize: String? = nil) {
            self.brand = brand
            self.aspectRatio = aspectRatio
            self.imageSize = imageSize
        }
    }

    /// Creates the session folder `folder` (which must not hold a session yet).
    public func start(_ folder: URL, source: Source, route routeName: String?, options: StartOptions = StartOptions(),
                      diagnostics: inout DiagnosticSink) throws -> EditSessionManifest {
        let session = EditSessionFolder(folder)
        guard !session.exists else {
            throw EditFailure(.badSession, "\(folder.path) already holds an edit session", fix: "pick another name, or 'brandc edit fork' it")
        }
        let route = try editRoute(routeName ?? registry.workload(named: Self.workloadName)?.route, at: folder.path)
        if let problem = options.openAI.invalidOption() {
            throw EditFailure(.badEditInput, "\(problem.name) '\(problem.value)' is not one the edits endpoint documents; use one of \(problem.allowed.joined(separator: ", "))")
        }
        let (bytes, origin) = try Self.read(source)
        guard let kind = ImageKind.sniff(bytes), kind != .gif else {
            throw EditFailure(.badEditInput, "\(origin) is not a PNG, JPEG or WebP image")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sourceName = "source." + kind.fileExtension
        try session.write(bytes, as: sourceName)
        var manifest = EditSessionManifest(
            name: folder.lastPathComponent, route: route.name,
            source: .init(file: sourceName, sha256: RequestHash.sha256(bytes), origin: origin))
        manifest.brand = options.brand.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        manifest.aspectRatio = options.aspectRatio
        manifest.imageSize = options.imageSize
        manifest.openAI = options.openAI
        try session.write(manifest, as: EditSessionManifest.fileName)
        noteBetterRoutes(for: route, at: folder.path, diagnostics: &diagnostics)
        return manifest
    }

    /// A new session at `folder` whose source is `turn`'s image of the session at `from` (its last
    /// turn when `nil`, its source for 0): the fix when a conversation outgrows its window.
    public func fork(_ from: URL, into folder: URL, turn: Int? = nil) throws -> EditSessionManifest {
        let origin = EditSessionFolder(from)
        var manifest = try origin.manifest()
        let turns = try origin.turns()
        let number = turn ?? turns.count
        guard number >= 0, number <= turns.count else {
            throw EditFailure(.badSession, "\(from.path) has \(turns.count) finished turns; there is no turn \(number)")
        }
        let image = number == 0 ? manifest.source.file : (turns[number - 1].image ?? "")
        guard let bytes = origin.bytes(image) else { throw EditFailure(.badSession, "\(from.path)/\(image) is missing") }
        let session = EditSessionFolder(folder)
        guard !session.exists else { throw EditFailure(.badSession, "\(folder.path) already holds an edit session") }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sourceName = "source." + (ImageKind.sniff(bytes)?.fileExtension ?? "png")
        try session.write(bytes, as: sourceName)
        manifest.name = folder.lastPathComponent
        manifest.source = .init(file: sourceName, sha256: RequestHash.sha256(bytes), origin: "\(from.path) turn \(number)")
        manifest.forkedFrom = .init(session: from.path, turn: number)
        if number > 0 { manifest.route = turns[number - 1].route }
        try session.write(manifest, as: EditSessionManifest.fileName)
        return manifest
    }

    /// The route named `name`, if its endpoint can carry an edit.
    func editRoute(_ name: String?, at file: String) throws -> Route {
        guard let name else {
            throw EditFailure(.routeCannotEdit, "no --route given and the registry has no '\(Self.workloadName)' workload", fix: "pass --route")
        }
        guard let route = registry.route(named: name) else {
            throw EditFailure(.routeCannotEdit, "the registry has no route '\(name)'", fix: "see 'brandc models' for the routes")
        }
        guard route.endpoint == .gemini || route.endpoint == .openAIImages else {
            throw EditFailure(.routeCannotEdit,
                "route '\(name)' uses the \(route.endpoint.rawValue) endpoint, which cannot carry an image edit",
                fix: "use a Gemini-native route (multi-turn with signatures) or an OpenAI images route (images/edits)")
        }
        return route
    }

    /// An edit asked of a model that ranks low at editing gets a note naming the routes that edit better.
    func noteBetterRoutes(for route: Route, at file: String, diagnostics: inout DiagnosticSink) {
        guard route.model == "gemini-3.1-flash-image", let workload = registry.workload(named: Self.workloadName) else { return }
        let better = ([workload.route].compactMap { $0 } + workload.alternatives).filter {
            $0 != route.name && registry.route(named: $0)?.model != route.model
        }
        guard !better.isEmpty else { return }
        diagnostics.report(
            .betterEditRoutes,
            "route '\(route.name)' (Nano Banana 2) ranks 17th at image editing; \(better.joined(separator: " and ")) edit better (\(workload.why))",
            at: SourceLocation(file: file), fix: FixSuggestion("pass --route \(better[0]) for hard edits"))
    }

    static func read(_ source: Source) throws -> (bytes: [UInt8], origin: String) {
        switch source {
        case .file(let url):
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw EditFailure(.badEditInput, "cannot read \(url.path)")
            }
            return (Array(data), url.path)
        case .buildOutput(let folder, let key):
            guard let record = SubmissionJournal.latest(in: folder)[key] else {
                throw EditFailure(.badEditInput, "\(folder.path)/journal.jsonl has no request '\(key)'",
                                  fix: "the keys are the output names, e.g. the image file name without its extension")
            }
            guard record.state == .succeeded,
                  let file = record.files?.first(where: { file in
                      ["png", "jpg", "webp"].map { key + "." + $0 }.contains(file.name)
                  })
            else { throw EditFailure(.badEditInput, "build request '\(key)' in \(folder.path) has no image (state \(record.state.rawValue))") }
            let url = folder.appendingPathComponent(file.name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw EditFailure(.badEditInput, "cannot read \(url.path)")
            }
            return (Array(data), "build \(folder.path) key \(key)")
        }
    }
}

/// How turns travel: overrides of the route's connection, the retry policy, and the environment
/// the key is read from at send time (never stored).
public struct EditNetworkOptions: Sendable {
    public var baseURL: String?
    public var keyEnvironmentVariable: String?
    public var allowsPlainHTTP = false
    public var timeout: Double?
    public var retryPolicy = RetryPolicy()
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    /// Send nothing when a turn's estimated cost exceeds this many US dollars.
    public var maxCost: Double?

    public init() {}

    func connection(for route: Route, imageSize: String?) -> Connection? {
        Connection.overriding(
            route, baseURL: baseURL, keyEnvironmentVariable: keyEnvironmentVariable, allowsPlainHTTP: allowsPlainHTTP,
            timeout: timeout, imageSize: imageSize, highThinking: false, environment: environment)
    }
}
