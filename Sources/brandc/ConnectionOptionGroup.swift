import ArgumentParser

/// How requests reach the provider, overriding the route's connection: one set of options shared
/// by every command that sends (`build`, `edit turn`).
struct ConnectionOptionGroup: ParsableArguments {
    @Option(name: .customLong("base-url"), help: ArgumentHelp("Send to this base URL instead of the route's (also $BRANDC_BASE_URL).", valueName: "url"))
    var baseURL: String?

    @Option(name: .customLong("key-env"), help: ArgumentHelp("Read the API key from this variable instead of the route's (also $BRANDC_KEY_ENV).", valueName: "name"))
    var keyEnvironmentVariable: String?

    @Flag(name: .customLong("allow-http"), help: "Allow plain HTTP to hosts other than loopback (the key travels unencrypted).")
    var allowHTTP = false

    @Option(help: ArgumentHelp("Seconds a request may take in all (default 120; 300 for 2K and 4K images).", valueName: "seconds"))
    var timeout: Double?

    func validate() throws {
        if let timeout, timeout <= 0 { throw ValidationError("--timeout must be positive") }
    }
}
