import Foundation
public import BrandDiagnostics
import BrandModel
import BrandTokens

/// One input's token count, as `brandc tokens` prints it.
public struct TokenCountRow: Sendable, Encodable {
    public var input: String
    public var tokens: Int
    /// User-perceived characters (grapheme clusters).
    public var characters: Int
    public var bytes: Int
    public var method: String
}

extension Driver {
    /// Counts each text with the counter of `route`'s (or `model`'s) family; `nil` model and route
    /// mean the registry's first route.
    public func countTokens(
        _ inputs: [(name: String, text: String)], route routeName: String?, model modelName: String?
    ) -> (rows: [TokenCountRow], diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink()
        let model: TargetModel?
        if let routeName {
            model = registry.route(named: routeName).flatMap { registry.model(named: $0.model) }
            if model == nil { sink.report(.badValue, "no route '\(routeName)' in the model registry", at: nil) }
        } else if let modelName {
            model = registry.model(named: modelName)
            if model == nil { sink.report(.badValue, "no model '\(modelName)' in the model registry", at: nil) }
        } else {
            model = registry.routes.first.flatMap { registry.model(named: $0.model) }
        }
        guard let model else { return ([], finish(sink)) }
        let counter = tokenizer.counter(for: model, sink: &sink)
        guard !sink.hasErrors else { return ([], finish(sink)) }
        let rows = inputs.map { input in
            TokenCountRow(
                input: input.name, tokens: counter.count(input.text), characters: input.text.count,
                bytes: input.text.utf8.count, method: counter.method.rawValue)
        }
        return (rows, finish(sink))
    }
}

/// `brandc tokens` output: a table with a total, or JSON.
public enum TokenCountReport {
    public static func text(_ rows: [TokenCountRow]) -> String {
        let total = TokenCountRow(
            input: "total", tokens: rows.reduce(0) { $0 + $1.tokens }, characters: rows.reduce(0) { $0 + $1.characters },
            bytes: rows.reduce(0) { $0 + $1.bytes }, method: rows.first?.method ?? "")
        let table = [["INPUT", "TOKENS", "CHARACTERS", "BYTES", "METHOD"]]
            + (rows + (rows.count > 1 ? [total] : [])).map { ["\($0.input)", "\($0.tokens)", "\($0.characters)", "\($0.bytes)", $0.method] }
        return ColumnTable.lines(table, rightAligned: [1, 2, 3]).joined(separator: "\n") + "\n"
    }

    /// The rows as JSON; throws only if encoding fails, so a failure is reported instead of an empty output.
    public static func json(_ rows: [TokenCountRow]) throws -> String {
        struct Output: Encodable {
            var inputs: [TokenCountRow]
            var total: Int
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(Output(inputs: rows, total: rows.reduce(0) { $0 + $1.tokens }))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
