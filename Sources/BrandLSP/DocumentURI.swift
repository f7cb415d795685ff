import Foundation

/// `file://` URIs and the absolute paths the driver works with.
public enum DocumentURI {
    /// The normalized path of a `file://` URI (percent escapes decoded), or `nil` for other schemes.
    public static func path(_ uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.standardizedFileURL.path
    }

    public static func uri(_ path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }
}
