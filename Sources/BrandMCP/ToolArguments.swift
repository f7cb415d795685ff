public import MCP

/// A tool call's arguments, read like CLI flags: each wrong or missing one is a clear error.
public struct ToolArguments: Sendable {
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    let values: [String: Value]
    let known: Set<String>

    public init(_ values: [String: Value]?, known: [String]) throws {
        self.values = values ?? [:]
        self.known = Set(known)
        if let stray = self.values.keys.sorted().first(where: { !self.known.contains($0) }) {
            throw Problem(description: "unknown argument '\(stray)'; this tool takes \(known.sorted().joined(separator: ", "))")
        }
    }

    /// The largest text an argument may carry (a document to lint in memory).
    static let maxTextBytes = 4 << 20

    func string(_ name: String) throws -> String? {
        guard let value = values[name], !value.isNull else { return nil }
        guard let text = value.stringValue else { throw Problem(description: "'\(name)' must be a string") }
        guard text.utf8.count <= Self.maxTextBytes else {
            throw Problem(description: "'\(name)' is \(text.utf8.count) bytes; the limit is \(Self.maxTextBytes)")
        }
        return text
    }

    func requiredString(_ name: String) throws -> String {
        guard let text = try string(name), !text.isEmpty else { throw Problem(description: "'\(name)' is required") }
        return text
    }

    func strings(_ name: String) throws -> [String] {
        guard let value = values[name], !value.isNull else { return [] }
        if let single = value.stringValue { return [single] }
        guard let items = value.arrayValue else { throw Problem(description: "'\(name)' must be a list of strings") }
        return try items.map { item in
            guard let text = item.stringValue else { throw Problem(description: "every item of '\(name)' must be a string") }
            return text
        }
    }
}
