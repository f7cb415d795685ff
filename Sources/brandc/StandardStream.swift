import Foundation

/// Writes to standard output or error without trapping when the reader has gone (`brandc … | head`):
/// `FileHandle.write(_: Data)` traps on EPIPE, `write(contentsOf:)` throws, and that is reported.
enum StandardStream {
    /// Exit status of a run cut short because standard output was closed, as a shell reports a
    /// process ended by SIGPIPE (128 + 13).
    static let closedOutputStatus: Int32 = 141

    /// Writes `text`; `false` when the stream is closed or the write fails.
    @discardableResult
    static func write(_ text: String, to handle: FileHandle) -> Bool {
        do {
            try handle.write(contentsOf: Data(text.utf8))
            return true
        } catch {
            return false
        }
    }
}
