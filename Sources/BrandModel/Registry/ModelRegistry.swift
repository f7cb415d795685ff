import BrandDiagnostics
import BrandYAML

/// The models and routes brandc knows: the built-in registry, optionally overlaid by a user's file.
public struct ModelRegistry: Sendable {
    public var models: [TargetModel] = []
    public var routes: [Route] = []
    public var workloads: [Workload] = []

    public init(models: [TargetModel] = [], routes: [Route] = [], workloads: [Workload] = []) {
        self.models = models
        self.routes = routes
        self.workloads = workloads
    }

    public func workload(named name: String) -> Workload? {
        workloads.first { $0.name == name }
    }

    /// Whether `route` takes Batch API jobs: its own say, else Gemini-native routes whose model does.
    public func supportsBatch(_ route: Route) -> Bool {
        route.batch ?? (route.endpoint == .gemini && model(named: route.model)?.batch == true)
    }

    /// The model with this id or alias.
    public func model(named name: String) -> TargetModel? {
        models.first { $0.names.contains(name) }
    }

    public func route(named name: String) -> Route? {
        routes.first { $0.name == name }
    }

    /// The first route in registry order that serves `model`.
    public func defaultRoute(for model: TargetModel) -> Route? {
        routes.first { $0.model == model.id }
    }

    public var modelNames: [String] { models.flatMap(\.names) }

    /// `other`'s models and routes replace this registry's ones of the same name; new ones are added.
    public func overlaid(by other: ModelRegistry) -> ModelRegistry {
        var result = self
        for model in other.models {
            if let index = result.models.firstIndex(where: { $0.id == model.id }) {
                result.models[index] = model
            } else {
                result.models.append(model)
            }
        }
        for workload in other.workloads {
            if let index = result.workloads.firstIndex(where: { $0.name == workload.name }) {
                result.workloads[index] = workload
            } else {
                result.workloads.append(workload)
            }
        }
        for route in other.routes {
            if let index = result.routes.firstIndex(where: { $0.name == route.name }) {
                result.routes[index] = route
            } else {
                result.routes.append(route)
            }
        }
        return result
    }

    /// The registry shipped with brandc (`registry/models.yaml`, embedded at build time).
    public static let builtIn: ModelRegistry = {
        var sink = DiagnosticSink()
        let file = SourceFile(path: "<built-in registry>", text: DefaultRegistryText.yaml)
        guard let document = YAMLLoader().loadSingle(file, diagnostics: &sink) else { return ModelRegistry() }
        return decode(document, diagnostics: &sink)
    }()
}
