import BrandDiagnostics
import Foundation
import Testing

@testable import BrandYAML

@Suite struct JSONViewTests {
    @Test func plainViewKeepsSourceOrderAndResolvedTypes() {
        let text = "z: 1\na: [true, ~, 2.5, -.inf, .nan, \"x\"]\n3: key\n? [k]\n: complex\n'q\"\\': \"tab\\tnl\\n\\u0001\"\n"
        let documents = load(text).documents
        #expect(YAMLJSON.lines(documents) == #"{"z":1,"a":[true,null,2.5,"-.inf",".nan","x"],"3":"key","[\"k\"]":"complex","q\"\\":"tab\tnl\n\u0001"}"# + "\n")
    }

    @Test(arguments: [0.1, 1e-7, 123456.789, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, -0.0, 100.0, 1e21])
    func floatsRoundTrip(value: Double) throws {
        let document = try #require(load("v: \(value)\n").root)
        #expect(document["v"]?.value == .float(value))
        let json = try #require(load("v: \(value)\n").documents.first?.jsonText())
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Double])
        #expect(parsed["v"]?.bitPattern == value.bitPattern)
    }

    @Test func everyDocumentIsOneLine() {
        let output = YAMLJSON.lines(load("--- a\n--- {b: [1]}\n---\n").documents)
        #expect(output == "\"a\"\n{\"b\":[1]}\nnull\n")
    }

    @Test func outputIsValidJSONAndDeterministic() throws {
        let documents = load("a: {b: [1, {c: \"ü\\u2028\"}]}\n").documents
        let first = YAMLJSON.lines(documents, marks: true)
        #expect(first == YAMLJSON.lines(documents, marks: true))
        for line in first.split(separator: "\n") + YAMLJSON.lines(documents).split(separator: "\n") {
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(line.utf8)) }
        }
    }

    @Test func markedViewSaysWhereEachNodeIs() throws {
        let json = try #require(load("k: [1, \"s\"]\n").documents.first?.jsonText(marks: true))
        let expected = #"{"kind":"mapping","line":1,"column":1,"offset":0,"end":{"line":2,"column":1,"offset":12},"pairs":[{"key":{"kind":"scalar","line":1,"column":1,"offset":0,"end":{"line":1,"column":2,"offset":1},"style":"plain","value":"k"},"value":{"kind":"sequence","line":1,"column":4,"offset":3,"end":{"line":1,"column":12,"offset":11},"items":[{"kind":"scalar","line":1,"column":5,"offset":4,"end":{"line":1,"column":6,"offset":5},"style":"plain","value":1},{"kind":"scalar","line":1,"column":8,"offset":7,"end":{"line":1,"column":11,"offset":10},"style":"doubleQuoted","value":"s"}]}}]}"#
        #expect(json == expected)
    }

    @Test func markedViewShowsTags() throws {
        let json = try #require(load("!!str 5\n").documents.first?.jsonText(marks: true))
        #expect(json.contains(#""tag":"!!str","style":"plain","value":"5""#))
    }
}
