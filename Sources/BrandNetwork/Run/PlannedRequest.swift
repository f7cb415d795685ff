import Foundation
public import BrandLowering
public import BrandModel

/// A request the build may send: its identity and where its outputs go. The body waits on disk
/// (`bodyFile`) until a worker sends it, so a large feed does not sit in memory.
public struct PlannedRequest: Sendable {
    /// The request with an empty body; the bytes are in `bodyFile`.
    public var request: ProviderRequest
    public var bodyFile: URL
    public var hash: String
    /// The file name stem of the outputs (from the product id via `SafeFileName`).
    public var outputName: String
    public var connection: Connection
    public var prices: RoutePrices
    public var imageSize: String?
    /// Output tokens of one image at `imageSize`, for token-priced routes.
    public var imageOutputTokens: Int
    public var estimatedCost: Double?

    public init(request: ProviderRequest, bodyFile: URL, hash: String, outputName: String, connection: Connection,
                prices: RoutePrices, imageSize: String?, imageOutputTokens: Int, estimatedCost: Double?) {
        self.request = request
        self.bodyFile = bodyFile
        self.hash = hash
        self.outputName = outputName
        self.connection = connection
        self.prices = prices
        self.imageSize = imageSize
        self.imageOutputTokens = imageOutputTokens
        self.estimatedCost = estimatedCost
    }

    /// The request's name in the journal and reports: the output file stem, unique per product,
    /// template and locale (a product's id alone would collide across locales).
    public var key: String { outputName }

    /// What the answer cost, from the usage it reported (the estimate when it reported none).
    func cost(of usage: Usage) -> Double? {
        let outputTokens = usage.imageOutputTokens ?? usage.outputTokens ?? imageOutputTokens
        return prices.imagePrice(size: imageSize, outputTokens: outputTokens, inputTokens: usage.inputTokens ?? 0)
            ?? estimatedCost
    }
}

/// Which planned requests to send, given the journal of earlier runs.
public struct BuildPlan: Sendable {
    public var toSend: [PlannedRequest] = []
    /// Succeeded earlier with the same hash.
    public var skipped: [PlannedRequest] = []
    /// Failed earlier with the same hash in a way resending would not fix (blocked, refused).
    public var failedBefore: [(request: PlannedRequest, reason: String)] = []
    /// Succeeded earlier with the same hash, but an output file was since deleted or changed: sent
    /// again (also in `toSend`), with the reason.
    public var outputsChanged: [(request: PlannedRequest, reason: String)] = []
    /// `only` values that name no planned request.
    public var unmatchedOnly: [String] = []

    public var estimatedCost: Double { toSend.compactMap(\.estimatedCost).reduce(0, +) }
    /// Requests whose price the registry does not know.
    public var unpricedCount: Int { toSend.filter { $0.estimatedCost == nil }.count }

    /// `force` resends everything; `only` limits the build to those product ids (or output names).
    /// With `folder`, a request done before is skipped only while the files it wrote are intact
    /// (`OutputVerification`).
    public init(_ planned: [PlannedRequest], journal: [String: JournalRecord], force: Bool = false, only: Set<String> = [],
                folder: URL? = nil) {
        unmatchedOnly = only.filter { name in !planned.contains { $0.key == name || $0.request.key == name } }.sorted()
        for request in planned where only.isEmpty || only.contains(request.key) || only.contains(request.request.key) {
            guard !force, let record = journal[request.key], record.hash == request.hash else {
                toSend.append(request)
                continue
            }
            switch record.state {
            case .succeeded:
                if let folder, let problem = OutputVerification.problem(with: record.files ?? [], in: folder) {
                    toSend.append(request)
                    outputsChanged.append((request, problem))
                } else {
                    skipped.append(request)
                }
            case .failed where record.retriable == false: failedBefore.append((request, record.reason ?? "failed"))
            case .planned, .inFlight, .failed: toSend.append(request)
            }
        }
    }
}
