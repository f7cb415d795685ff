import Foundation
public import BrandAssembly
public import BrandLowering
public import BrandModel
public import BrandNetwork

/// What `brandc build` does: compile like `compile`, then submit what changed.
public struct BuildJob: Sendable {
    /// The inputs and the output folder (images, captions, metadata and the journal go there).
    public var compile: CompileJob
    public var network = NetworkOptions()
    /// Stop before sending anything when the estimate exceeds this many US dollars.
    public var maxCost: Double?
    /// Resend requests that succeeded before.
    public var force = false
    /// Build only these product keys (all when empty).
    public var only: Set<String> = []
    /// Print the plan; send nothing.
    public var dryRun = false
    /// How a `gemini-batch` build (`compile.target`) waits for its jobs.
    public var batch = BatchOptions()
    /// Set from outside to send nothing more (standard output closed); in-flight requests finish.
    public var stop = RunStop()
    /// One lowerer per endpoint style (each route's own style, as `compile` without `--target`);
    /// endpoints without one are reported per product.
    public var lowerers: [Route.Endpoint: @Sendable (AssembledPrompt) throws -> ProviderRequest] =
        Dictionary(uniqueKeysWithValues: Route.Endpoint.allCases.map { endpoint in
            (endpoint, { @Sendable prompt in try Lowering.providerRequest(prompt, target: .default(for: endpoint)) })
        })

    public init(compile: CompileJob) {
        self.compile = compile
    }
}

/// How requests travel: overrides of the route's connection, limits, and the environment the key
/// is read from at send time.
public struct NetworkOptions: Sendable {
    /// `--base-url`, else `$BRANDC_BASE_URL`, else the route's.
    public var baseURL: String?
    /// `--key-env`, else `$BRANDC_KEY_ENV`, else the route's.
    public var keyEnvironmentVariable: String?
    public var allowsPlainHTTP = false
    /// Total seconds per request; by default 120, or 300 for 2K/4K images.
    public var timeout: Double?
    public var concurrency = 4
    public var requestsPerMinute: Int?
    public var retryPolicy = RetryPolicy()
    public var environment: [String: String] = ProcessInfo.processInfo.environment

    public init() {}

    /// The connection for a route and image size, with every override applied.
    func connection(for route: Route, imageSize: String?, highThinking: Bool = false) -> Connection? {
        Connection.overriding(
            route, baseURL: baseURL, keyEnvironmentVariable: keyEnvironmentVariable, allowsPlainHTTP: allowsPlainHTTP,
            timeout: timeout, imageSize: imageSize, highThinking: highThinking, environment: environment)
    }
}

/// How `brandc build --target gemini-batch` waits for its Batch API jobs, and who hears about them.
public struct BatchOptions: Sendable {
    /// Seconds before the first poll; later waits grow to eight times this.
    public var pollInterval = 30.0
    /// Stop waiting after this many seconds; the jobs run on and a rerun resumes them.
    public var maxWait: Double?
    /// Cancel the recorded jobs that hold the plan's requests instead of submitting or waiting.
    public var cancel = false
    /// Hears uploads, job creation and state changes (the per-request events go to `events`).
    public var progress: @Sendable (BatchProgress) -> Void = { _ in }

    public init() {}
}

/// How a build ended before or after sending.
public enum BuildOutcome: Sendable {
    /// The inputs did not compile into any request.
    case nothingToSend
    /// `--dry-run`: the plan only.
    case planned(BuildPlan)
    /// No `--only` value names a product or output of these inputs: nothing was sent.
    case nothingMatched(BuildPlan)
    /// `--max-cost` would be exceeded: nothing was sent.
    case overBudget(BuildPlan, limit: Double)
    case ran(BuildPlan, BuildReport)
}

/// A product that compiled but could not become a request (no lowerer for its endpoint, bad auth style).
public struct BuildProblem: Sendable, Hashable {
    public var key: String
    public var message: String
}
