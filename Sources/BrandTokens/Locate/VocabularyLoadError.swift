public import BrandDiagnostics
import Foundation

/// What every vocabulary's load error shares: the same reasons a file cannot be read, the same
/// diagnostic shape (its code, its message, the file, a fix), so each vocabulary only says what is
/// its own (its cases, their wording, its fix).
public protocol VocabularyLoadError: Error, CustomStringConvertible {
    /// The file could not be read (missing, a directory, no permission).
    static func unreadable(path: String, reason: String) -> Self
    /// The diagnostic code this error is reported under.
    var code: DiagnosticCode { get }
    /// A one-line explanation for the user.
    var message: String { get }
    /// What the user can do about a file that does not load.
    static var fix: String { get }
}

extension VocabularyLoadError {
    /// The bytes of the vocabulary file at `path`, or why they cannot be had.
    static func contents(of path: String) throws(Self) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or I/O error")
        }
        return [UInt8](data)
    }

    /// The error as a diagnostic about the vocabulary file at `path`.
    public func diagnostic(file path: String?) -> Diagnostic {
        Diagnostic(code, message, at: path.map { SourceLocation(file: $0) }, fix: FixSuggestion(Self.fix))
    }

    public var description: String { message }
}
