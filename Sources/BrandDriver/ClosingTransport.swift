import BrandNetwork

/// A transport with connections to close when the command is done.
protocol ClosingTransport: Transport {
    func shutdown() async
}

extension HTTPTransport: ClosingTransport {}
extension HTTPBatchTransport: ClosingTransport {}

/// Runs `body` over `transport`, then closes it, whether `body` returns or throws.
func sending<T: ClosingTransport, R>(over transport: T, _ body: (T) async throws -> R) async rethrows -> R {
    do {
        let result = try await body(transport)
        await transport.shutdown()
        return result
    } catch {
        await transport.shutdown()
        throw error
    }
}

/// `given`, or an HTTPS transport made for the call and closed after it.
func sending<R>(over given: (any Transport)?, _ body: (any Transport) async -> R) async -> R {
    if let given { return await body(given) }
    return await sending(over: HTTPTransport(connectTimeout: 10)) { await body($0) }
}
