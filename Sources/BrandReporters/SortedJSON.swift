import Foundation

enum SortedJSON {
    /// Pretty-printed JSON with sorted keys and unescaped slashes, ending in a newline.
    ///
    /// The report types hold only strings, integers and arrays of them, which always encode; should
    /// encoding fail anyway, the output is still a JSON object naming the failure rather than a crash.
    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            return "{\"encodingError\": \"\(type(of: value))\"}\n"
        }
    }
}
