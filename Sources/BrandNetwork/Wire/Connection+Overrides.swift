import BrandModel

extension Connection {
    /// The route's connection with a run's overrides applied, the same for `build` and `edit`:
    /// the base URL from the option, else `$BRANDC_BASE_URL`, else the route's; the key variable
    /// likewise (`$BRANDC_KEY_ENV`); timeouts suited to the image size unless `timeout` says.
    /// `nil` when the route cannot be reached over HTTP at all.
    public static func overriding(
        _ route: Route, baseURL: String?, keyEnvironmentVariable: String?, allowsPlainHTTP: Bool, timeout: Double?,
        imageSize: String?, highThinking: Bool, environment: [String: String]
    ) -> Connection? {
        guard var connection = Connection(route: route) else { return nil }
        if let base = baseURL ?? environment["BRANDC_BASE_URL"] { connection.baseURL = base }
        if let variable = keyEnvironmentVariable ?? environment["BRANDC_KEY_ENV"] { connection.keyEnvironmentVariable = variable }
        connection.allowsPlainHTTP = allowsPlainHTTP
        connection.timeouts = Connection.Timeouts.suited(imageSize: imageSize, highThinking: highThinking)
        if let timeout { connection.timeouts.total = timeout }
        return connection
    }
}
