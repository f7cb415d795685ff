import BrandDiagnostics
import BrandYAML

extension ModelRegistry {
    /// Decodes a registry document, reporting bad entries like any other YAML problem.
    public static func decode(_ document: YAMLDocument, diagnostics: inout DiagnosticSink) -> ModelRegistry {
        var reader = NodeReader(document: document)
        var registry = ModelRegistry()
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let fields = reader.fields(
            of: document.root, in: "a model registry", known: ["registry", "models", "routes", "workloads"])
        else { return registry }
        if let node = fields["registry"], let version = reader.int(node, "the registry version"), version.value != 1 {
            reader.report(.unsupportedVersion, "registry version \(version.value) is not supported; this brandc reads 1", at: node)
        }
        if let node = fields["models"] {
            registry.models = reader.entries(node, "'models'").compactMap { TargetModel.decode($0.key, $0.value, &reader) }
        }
        if let node = fields["routes"] {
            registry.routes = reader.entries(node, "'routes'").compactMap { Route.decode($0.key, $0.value, &reader) }
        }
        if let node = fields["workloads"] {
            registry.workloads = reader.entries(node, "'workloads'").compactMap { name, value in
                guard let parts = reader.fields(
                    of: value, in: "workload '\(name.value)'", known: ["route", "alternatives", "why"], required: ["why"]),
                    let why = parts["why"].flatMap({ reader.string($0, "the reason") })
                else { return nil }
                return Workload(
                    name: name.value, route: parts["route"].flatMap { reader.string($0, "the route") }?.value,
                    alternatives: parts["alternatives"].map { reader.stringList($0, "'alternatives'").map(\.value) } ?? [],
                    why: why.value)
            }
        }
        return registry
    }

    /// Reports routes whose model is in neither this registry nor `base`.
    public func checkReferences(against base: ModelRegistry? = nil, diagnostics: inout DiagnosticSink, routeLocations: [String: SourceLocation] = [:]) {
        let known = modelNames + (base?.modelNames ?? [])
        for route in routes where !known.contains(route.model) {
            diagnostics.report(
                .badReference, "route '\(route.name)' names model '\(route.model)', which the registry does not define",
                at: routeLocations[route.name],
                fix: SpellingSuggestion.closest(to: route.model, among: known).map { FixSuggestion("did you mean '\($0)'?") })
        }
    }
}

extension TargetModel {
    static let keys = [
        "display-name", "aliases", "family", "outputs", "aspect-ratios", "image-sizes", "default-image-size",
        "max-reference-images", "reference-image-tokens", "thinking-levels", "grounding", "batch",
    ]

    static func decode(_ id: Located<String>, _ node: YAMLNode, _ reader: inout NodeReader) -> TargetModel? {
        guard let fields = reader.fields(
            of: node, in: "model '\(id.value)'", known: keys, required: ["display-name", "family", "image-sizes"])
        else { return nil }
        // Every field is read, so one run reports all of an entry's problems.
        let name = fields["display-name"].flatMap { reader.string($0, "the display name") }
        let family = fields["family"].flatMap { reader.choice($0, "model family", allowed: ["gemini", "openai-image"]) }
        var model = TargetModel(id: id.value, displayName: name?.value ?? id.value, family: family?.value ?? "")
        model.aliases = fields["aliases"].map { reader.stringList($0, "'aliases'").map(\.value) } ?? []
        model.outputs = fields["outputs"].map { reader.stringList($0, "'outputs'").map(\.value) } ?? model.outputs
        model.aspectRatios = fields["aspect-ratios"].map { reader.stringList($0, "'aspect-ratios'").map(\.value) } ?? []
        for entry in fields["image-sizes"].map({ reader.entries($0, "'image-sizes'") }) ?? [] {
            guard let tokens = reader.int(entry.value, "the output tokens of size \(entry.key.value)") else { continue }
            model.imageSizes.append(entry.key.value)
            model.outputTokens[entry.key.value] = tokens.value
        }
        model.defaultImageSize = fields["default-image-size"].flatMap { reader.string($0, "the default size") }?.value
        model.maxReferenceImages = fields["max-reference-images"].flatMap { reader.int($0, "'max-reference-images'") }?.value ?? 0
        model.referenceImageTokens =
            fields["reference-image-tokens"].flatMap { reader.int($0, "'reference-image-tokens'") }?.value ?? 0
        model.thinkingLevels = fields["thinking-levels"].map { reader.stringList($0, "'thinking-levels'").map(\.value) } ?? []
        if let grounding = fields["grounding"],
            let parts = reader.fields(of: grounding, in: "'grounding'", known: ["web", "image-search"])
        {
            model.webGrounding = parts["web"].flatMap { reader.bool($0, "'grounding.web'") }?.value ?? false
            model.imageSearch = parts["image-search"].flatMap { reader.bool($0, "'grounding.image-search'") }?.value ?? false
        }
        model.batch = fields["batch"].flatMap { reader.bool($0, "'batch'") }?.value ?? false
        return name == nil || family == nil ? nil : model
    }
}

extension Route {
    static let keys = [
        "model", "endpoint", "base-url", "auth", "input-token-limit", "output-token-limit", "limit-source", "prices",
        "batch",
    ]

    static func decode(_ name: Located<String>, _ node: YAMLNode, _ reader: inout NodeReader) -> Route? {
        let required = ["model", "endpoint", "base-url", "auth", "input-token-limit", "limit-source"]
        guard let fields = reader.fields(of: node, in: "route '\(name.value)'", known: keys, required: required),
            let model = fields["model"].flatMap({ reader.string($0, "the route's model") }),
            let endpointText = fields["endpoint"].flatMap({
                reader.choice($0, "endpoint", allowed: Endpoint.allCases.map(\.rawValue))
            }),
            let endpoint = Endpoint(rawValue: endpointText.value),
            let baseURL = fields["base-url"].flatMap({ reader.string($0, "the base URL") }),
            let limit = fields["input-token-limit"].flatMap({ reader.int($0, "'input-token-limit'") }),
            let source = fields["limit-source"].flatMap({ reader.string($0, "'limit-source'") }),
            let authNode = fields["auth"],
            let auth = reader.fields(of: authNode, in: "'auth'", known: ["header", "key-env"], required: ["header", "key-env"]),
            let header = auth["header"].flatMap({
                reader.choice($0, "auth header", allowed: ["x-goog-api-key", "authorization-bearer", "x-api-key"])
            }),
            let keyEnv = auth["key-env"].flatMap({ reader.string($0, "the key's environment variable") })
        else { return nil }
        var route = Route(
            name: name.value, model: model.value, endpoint: endpoint, baseURL: baseURL.value, authHeader: header.value,
            keyEnvironmentVariable: keyEnv.value, inputTokenLimit: limit.value, limitSource: source.value)
        route.outputTokenLimit = fields["output-token-limit"].flatMap { reader.int($0, "'output-token-limit'") }?.value
        if let prices = fields["prices"] { route.prices = RoutePrices.decode(prices, &reader) }
        route.batch = fields["batch"].flatMap { reader.bool($0, "'batch'") }?.value
        return route
    }
}

extension RoutePrices {
    static func decode(_ node: YAMLNode, _ reader: inout NodeReader) -> RoutePrices {
        var prices = RoutePrices()
        let keys = ["per-request", "per-image", "image-output-per-million", "input-per-million", "batch-discount"]
        guard let fields = reader.fields(of: node, in: "'prices'", known: keys) else { return prices }
        prices.perRequest = fields["per-request"].flatMap { reader.number($0, "'per-request'") }
        prices.imageOutputPerMillion = fields["image-output-per-million"].flatMap { reader.number($0, "the image price") }
        prices.inputPerMillion = fields["input-per-million"].flatMap { reader.number($0, "the input price") }
        prices.batchDiscount = fields["batch-discount"].flatMap { reader.number($0, "'batch-discount'") }
        for entry in fields["per-image"].map({ reader.entries($0, "'per-image'") }) ?? [] {
            prices.perImage[entry.key.value] = reader.number(entry.value, "the price of size \(entry.key.value)")
        }
        return prices
    }
}
