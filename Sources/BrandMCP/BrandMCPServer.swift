import Foundation
import BrandDriver
public import MCP

/// `brandc mcp`: brandc's tools, the working folder's files and an on-brand prompt for agents,
/// over the Model Context Protocol (modelcontextprotocol/swift-sdk).
public enum BrandMCPServer {
    public static let promptName = "on-brand-request"

    /// A server with every handler registered, not yet started.
    public static func make(tools: BrandTools) async -> Server {
        let server = Server(
            name: "brandc", version: "0.1.0",
            instructions: "brandc compiles YAML brand guides, products and Mustache templates into image-generation requests. Lint before compiling; every diagnostic has a code that `explain` describes.",
            capabilities: .init(prompts: .init(listChanged: false), resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        let resources = WorkspaceResources(workspace: tools.workspace)
        await server.withMethodHandler(ListTools.self) { _ in .init(tools: ToolCatalog.tools) }
        await server.withMethodHandler(CallTool.self) { params in
            let output = await tools.call(params.name, params.arguments)
            return try .init(content: [.text(text: output.text, annotations: nil, _meta: nil)],
                         structuredContent: Optional(output.structured), isError: output.isError)
        }
        await server.withMethodHandler(ListResources.self) { _ in .init(resources: resources.list(), nextCursor: nil) }
        await server.withMethodHandler(ReadResource.self) { params in .init(contents: [try resources.read(params.uri)]) }
        await server.withMethodHandler(ListPrompts.self) { _ in
            .init(prompts: [Prompt(
                name: promptName, description: "Make an on-brand image request for a product: lint, compile, check the budget.",
                arguments: [
                    .init(name: "product", description: "The product file, relative to the working folder", required: true),
                    .init(name: "brand", description: "The brand guide", required: true),
                    .init(name: "template", description: "The .mustache template", required: true),
                    .init(name: "locale", description: "A BCP 47 locale of the guide"),
                ])], nextCursor: nil)
        }
        await server.withMethodHandler(GetPrompt.self) { params in
            guard params.name == promptName else { throw MCPError.invalidParams("no prompt '\(params.name)'") }
            let value = { (name: String) in params.arguments?[name] ?? "" }
            for name in ["product", "brand", "template"] where value(name).isEmpty {
                throw MCPError.invalidParams("the prompt needs '\(name)'")
            }
            let locale = value("locale")
            let brandText = (try? resources.read(WorkspaceResources.scheme + value("brand")).text).flatMap { $0 } ?? "(cannot read the guide)"
            let productText = (try? resources.read(WorkspaceResources.scheme + value("product")).text).flatMap { $0 } ?? "(cannot read the product)"
            let text = """
                Make an on-brand image-generation request for the product \(value("product")) with the brand guide \(value("brand")) and the template \(value("template"))\(locale.isEmpty ? "" : " in the locale \(locale)").
                1. Call `lint` with paths [\(value("brand")), \(value("product")), \(value("template"))] and brand \(value("brand")); fix every error (each has a code; `explain` says more) before going on.
                2. Call `budget` to see that the request fits its model's window; if sections are dropped, say which.
                3. Call `compile` and return the request. Never invent colours, fonts or copy the guide does not have.

                The brand guide:
                ```yaml
                \(brandText)
                ```

                The product:
                ```yaml
                \(productText)
                ```
                """
            return .init(description: "An on-brand request for \(value("product"))", messages: [.user(.text(text: text))])
        }
        return server
    }

    /// Serves on standard input and output until the client disconnects.
    public static func runStdio(tools: BrandTools) async throws {
        let server = await make(tools: tools)
        try await server.start(transport: LineStdioTransport())
        await server.waitUntilCompleted()
    }
}
