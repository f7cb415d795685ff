/// A kind of work and the route that suits it, with the reason; a workload without a route is
/// work no image model does (audio, video, live interaction).
public struct Workload: Sendable, Hashable {
    public var name: String
    public var route: String?
    public var alternatives: [String]
    public var why: String

    public init(name: String, route: String?, alternatives: [String] = [], why: String) {
        self.name = name
        self.route = route
        self.alternatives = alternatives
        self.why = why
    }
}
