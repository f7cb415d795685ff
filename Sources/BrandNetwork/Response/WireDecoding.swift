import Foundation

/// Typed reading of provider JSON: `Decodable` structs keyed as each API sends them, unknown
/// fields ignored (`JSONDecoder` skips keys a type does not declare), and a value of the wrong
/// type reported with where it was (`candidates[0].content.parts[1].thought: expected Bool`).
enum WireJSON {
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(WireShapeError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw WireShapeError(error)
        } catch {
            throw WireShapeError(path: "", problem: "not JSON")
        }
    }
}

/// Why a body did not have the shape its API promises, and where.
struct WireShapeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Dotted path from the root, array indices in brackets; empty at the root.
    var path: String
    var problem: String

    init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    init(_ error: DecodingError) {
        switch error {
        case .typeMismatch(let type, let context):
            self.init(path: Self.path(context.codingPath), problem: "expected \(Self.name(of: type))")
        case .valueNotFound(let type, let context):
            self.init(path: Self.path(context.codingPath), problem: "null where \(Self.name(of: type)) is required")
        case .keyNotFound(let key, let context):
            self.init(path: Self.path(context.codingPath + [key]), problem: "missing")
        case .dataCorrupted(let context):
            self.init(path: Self.path(context.codingPath), problem: context.codingPath.isEmpty ? "not JSON" : context.debugDescription)
        @unknown default:
            self.init(path: "", problem: "not JSON")
        }
    }

    /// True when the body as a whole is not a JSON object (cut short, not JSON, or another value).
    var isAtRoot: Bool { path.isEmpty }

    var description: String {
        isAtRoot ? "the body is not a JSON object (cut short or not JSON)" : "\(path): \(problem)"
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Double.Type: "a number"
        default: String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}

/// An integer as Google's JSON mapping of protobuf writes it: a number for 32-bit fields, a
/// decimal string for 64-bit ones (`batchStats.requestCount: "3"`).
struct WireInt: Decodable, Sendable, Hashable {
    var value: Int

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            value = number
        } else if let number = try? container.decode(Double.self), let whole = Int(exactly: number.rounded(.towardZero)) {
            value = whole
        } else if let text = try? container.decode(String.self), let number = Int(text) {
            value = number
        } else {
            throw DecodingError.typeMismatch(Int.self, DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "expected an integer (a number or a decimal string)"))
        }
    }
}
