/// A point in a source file.
///
/// `offset` is a 0-based UTF-8 byte offset. `line` and `column` are 1-based, as editors show them;
/// `column` counts Unicode scalars (code points) from the start of the line, the unit libyaml
/// reports and SARIF calls `unicodeCodePoints`.
public struct SourcePosition: Hashable, Sendable, Comparable, Codable {
    public var offset: Int
    public var line: Int
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.offset < rhs.offset
    }
}

/// A half-open span `[start, end)` within one source file.
public struct SourceRange: Hashable, Sendable, Codable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// An empty range at `position`.
    public init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }
}

/// Where something came from: a file path and a range in it.
///
/// A location without a range points at the file as a whole (a missing file, a file too large to read).
public struct SourceLocation: Hashable, Sendable, Codable {
    public var file: String
    public var range: SourceRange?

    public init(file: String, range: SourceRange? = nil) {
        self.file = file
        self.range = range
    }

    public var start: SourcePosition? { range?.start }
}

/// A value together with the location it was read from.
public struct Located<Value> {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    public func map<T>(_ transform: (Value) throws -> T) rethrows -> Located<T> {
        Located<T>(try transform(value), at: location)
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
