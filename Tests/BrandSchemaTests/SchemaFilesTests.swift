import BrandDiagnostics
import BrandDriver
import BrandModel
import BrandSchema
import BrandTestSupport
import BrandYAML
import Foundation
import Testing

/// The committed `schema/` files are what the declarations generate (regenerate them with
/// `scripts/regenerate-schema.sh`), and every example in the repository is valid against them.
@Suite struct SchemaFilesTests {
    static let root = SharedFolder.packageRoot

    @Test(arguments: SchemaDocument.allCases)
    func committedSchemaIsCurrent(kind: SchemaDocument) throws {
        let url = Self.root.appendingPathComponent("schema").appendingPathComponent(kind.fileName)
        let committed = try String(contentsOf: url, encoding: .utf8)
        let generated = kind.schema(ruleNames: Driver.ruleNames).prettyText()
        #expect(committed == generated, "schema/\(kind.fileName) is stale: run scripts/regenerate-schema.sh")
    }

    @Test func everyExampleIsValid() async throws {
        try #require(JSONSchema2020.isAvailable, "python3 with jsonschema is needed (scripts/setup.sh installs it)")
        let examples = try ExampleFiles.all(under: Self.root)
        #expect(examples.count >= 8, "found only \(examples.map(\.path))")
        var cases: [(schema: URL, name: String, json: String)] = []
        for example in examples {
            let schema = Self.root.appendingPathComponent("schema").appendingPathComponent(example.kind.fileName)
            cases.append((schema, example.path, try example.json()))
        }
        let errors = try await JSONSchema2020.errors(cases)
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func aWrongDocumentIsInvalid() async throws {
        try #require(JSONSchema2020.isAvailable, "python3 with jsonschema is needed (scripts/setup.sh installs it)")
        let schema = Self.root.appendingPathComponent("schema/brand-guide.schema.json")
        let wrong = #"{"identity":{"nmae":"Kumo"},"colors":{"blue":"0A5CFF"},"typography":{"Latin":"Inter"},"locales":{"ja":{"direction":"up"}}}"#
        let errors = try await JSONSchema2020.errors([(schema, "wrong", wrong)])
        #expect(errors.count == 4, "\(errors)")
    }
}

/// The example guides, products and templates in the repository, as JSON the schema can judge.
struct ExampleFiles {
    var path: String
    var kind: SchemaDocument
    var url: URL

    static func all(under root: URL) throws -> [ExampleFiles] {
        let files = FileManager.default.subpaths(atPath: root.path) ?? []
        return files.sorted().compactMap { path in
            guard ["brands/", "products/", "templates/", "docs/", "brandc.yaml"].contains(where: path.hasPrefix),
                !path.contains("/partials/")
            else { return nil }
            let url = root.appendingPathComponent(path)
            let name = url.lastPathComponent
            if name == "brandc.yaml" { return ExampleFiles(path: path, kind: .config, url: url) }
            if name.hasSuffix(".mustache") { return ExampleFiles(path: path, kind: .template, url: url) }
            guard name.hasSuffix(".yaml"), !path.hasPrefix("docs/") else { return nil }
            if path.hasPrefix("brands/") { return ExampleFiles(path: path, kind: .guide, url: url) }
            if path.hasPrefix("products/"), !path.hasPrefix("products/feeds/") {
                return ExampleFiles(path: path, kind: .product, url: url)
            }
            return nil
        }
    }

    /// The file's YAML (a template's front matter) as plain JSON.
    func json() throws -> String {
        var text = try String(contentsOf: url, encoding: .utf8)
        if kind == .template {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let close = lines.dropFirst().firstIndex { $0.trimmingCharacters(in: .whitespaces) == "---" } ?? 1
            text = lines[1..<close].joined(separator: "\n")
        }
        var sink = DiagnosticSink()
        guard let document = YAMLLoader().loadSingle(SourceFile(path: path, text: text), diagnostics: &sink) else {
            throw ExampleError(message: "\(path) does not load: \(sink.diagnostics.map(\.message))")
        }
        return document.jsonText()
    }
}

struct ExampleError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
