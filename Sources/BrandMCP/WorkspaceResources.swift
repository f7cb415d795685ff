import Foundation
import BrandDriver
import BrandSchema
public import MCP

/// The working folder's guides, templates and products, and brandc's schemas, as MCP resources.
public struct WorkspaceResources: Sendable {
    public let workspace: Workspace
    public static let scheme = "brandc:///"
    public static let schemaScheme = "brandc://schema/"

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func list() -> [Resource] {
        var resources: [Resource] = []
        for path in workspace.files(withExtensions: ["yaml", "yml", "mustache"]) {
            let kind: String
            if path.hasSuffix(".mustache") {
                kind = path.contains("/partials/") ? "template partial" : "prompt template"
            } else if path.hasPrefix("brands/") || path.hasSuffix("brand.yaml") {
                kind = "brand guide"
            } else if path.hasPrefix("products/") {
                kind = "product"
            } else {
                kind = "brandc file"
            }
            resources.append(Resource(
                name: path, uri: Self.scheme + path, description: "A \(kind) of the working folder",
                mimeType: path.hasSuffix(".mustache") ? "text/x-mustache" : "application/yaml"))
        }
        for document in SchemaDocument.allCases {
            resources.append(Resource(
                name: document.fileName, uri: Self.schemaScheme + document.fileName, description: document.summary,
                mimeType: "application/schema+json"))
        }
        return resources
    }

    public func read(_ uri: String) throws -> Resource.Content {
        if uri.hasPrefix(Self.schemaScheme) {
            let name = String(uri.dropFirst(Self.schemaScheme.count))
            guard let document = SchemaDocument.allCases.first(where: { $0.fileName == name }) else {
                throw MCPError.invalidParams("no schema '\(name)'")
            }
            return .text(document.schema(ruleNames: Driver.ruleNames).prettyText(), uri: uri, mimeType: "application/schema+json")
        }
        guard uri.hasPrefix(Self.scheme) else { throw MCPError.invalidParams("unknown resource '\(uri)'") }
        let relative = String(uri.dropFirst(Self.scheme.count)).removingPercentEncoding ?? ""
        let path: String
        do { path = try workspace.resolve(relative) } catch { throw MCPError.invalidParams(String(describing: error)) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw MCPError.invalidParams("cannot read '\(relative)'")
        }
        return .text(text, uri: uri, mimeType: path.hasSuffix(".mustache") ? "text/x-mustache" : "application/yaml")
    }
}
