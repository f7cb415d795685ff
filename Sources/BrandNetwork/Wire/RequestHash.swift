import Crypto
public import BrandLowering

/// The identity of a request for the journal: a change to anything that is sent (route, model,
/// method, path or a single body byte) gives a new hash, so the request is sent again.
public enum RequestHash {
    /// Lowercase hex SHA-256 over the fields, each length-prefixed so no two field lists collide.
    public static func of(_ request: ProviderRequest, model: String) -> String {
        var hasher = SHA256()
        for field in [Array(request.route.utf8), Array(model.utf8), Array(request.method.utf8), Array(request.path.utf8)] {
            feed(field, into: &hasher)
        }
        feed(request.body, into: &hasher)
        return hex(hasher.finalize())
    }

    /// Lowercase hex SHA-256 of `bytes`.
    public static func sha256(_ bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(bytes))
        return hex(hasher.finalize())
    }

    static func feed(_ bytes: [UInt8], into hasher: inout SHA256) {
        var length = UInt64(bytes.count).bigEndian
        withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
        hasher.update(data: bytes)
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
