import ArgumentParser
import BrandDriver

/// `--exact` and where to send it: shared by `tokens` and `budget`, which both can ask the route's
/// own countTokens endpoint.
struct ProviderCountOptions: ParsableArguments {
    @Flag(help: "Ask the route's countTokens endpoint (Gemini-native routes; needs the route's key in the environment).")
    var exact = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("With --exact: send to this base URL instead of the route's.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .customLong("allow-http"), help: "With --exact: allow plain HTTP to a host other than this machine.")
    var allowHTTP = false

    /// The network options `--exact` sends with.
    var network: NetworkOptions {
        var network = NetworkOptions()
        network.baseURL = baseURL
        network.allowsPlainHTTP = allowHTTP
        return network
    }
}
