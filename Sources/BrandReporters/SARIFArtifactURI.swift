/// Turns a path as brandc spells it into a SARIF `artifactLocation`.
///
/// A relative path stays relative, against `%SRCROOT%` (the directory brandc ran in); an absolute one
/// becomes a `file://` URI. Every byte other than an RFC 3986 unreserved character and `/` is
/// percent-encoded, so spaces, non-ASCII letters, `%`, `#`, `?` and a `:` that could pass for a scheme
/// survive the round trip.
enum SARIFArtifactURI {
    static let sourceRootBaseID = "%SRCROOT%"

    static func artifactLocation(forPath path: String) -> SARIFArtifactLocation {
        if path.hasPrefix("/") {
            return SARIFArtifactLocation(uri: "file://" + percentEncoded(path))
        }
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return SARIFArtifactLocation(uri: percentEncoded(relative), uriBaseId: sourceRootBaseID)
    }

    static func percentEncoded<S: StringProtocol>(_ path: S) -> String {
        var encoded = ""
        for byte in path.utf8 {
            if isUnreserved(byte) || byte == UInt8(ascii: "/") {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + hexDigits[Int(byte >> 4)] + hexDigits[Int(byte & 0x0F)]
            }
        }
        return encoded
    }

    private static let hexDigits = "0123456789ABCDEF".map(String.init)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
