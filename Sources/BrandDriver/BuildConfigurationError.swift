import BrandNetwork

/// Requests that cannot be sent as configured (no key, a base URL without scheme, plain HTTP to a
/// remote host): found before the plan, so nothing is sent and nothing is journaled, and the
/// rerun with the configuration fixed sends everything.
public struct BuildConfigurationError: Error, CustomStringConvertible {
    /// Each distinct problem once, in the order the requests were planned.
    public var problems: [String]

    public var description: String {
        "cannot send as configured (nothing sent): " + problems.joined(separator: "; ")
    }

    /// Throws when any planned request's connection cannot be used.
    static func check(_ planned: [PlannedRequest], with submitter: Submitter) throws(BuildConfigurationError) {
        var problems: [String] = []
        var checked: Set<Connection> = []
        for request in planned where checked.insert(request.connection).inserted {
            if let problem = submitter.configurationProblem(for: request.request, over: request.connection),
                !problems.contains(problem) {
                problems.append(problem)
            }
        }
        if !problems.isEmpty { throw BuildConfigurationError(problems: problems) }
    }
}
