import BrandDriver
import BrandMCP
import BrandTestSupport
import Foundation
import Testing

/// The working folder's fence, the secret scrubber, and tool argument checks, without a client.
@Suite struct WorkspaceTests {
    static let root = SharedFolder.packageRoot.path

    @Test func pathsInsideResolveAndPathsOutsideAreRefused() throws {
        let workspace = Workspace(root: Self.root)
        #expect(try workspace.resolve("brands/kumo/brand.yaml") == workspace.root + "/brands/kumo/brand.yaml")
        #expect(try workspace.resolve("brands/../brands/kumo") == workspace.root + "/brands/kumo")
        #expect(throws: Workspace.OutsideError.self) { try workspace.resolve("../outside.yaml") }
        #expect(throws: Workspace.OutsideError.self) { try workspace.resolve("/etc/passwd") }
        #expect(workspace.relative(workspace.root + "/brands/kumo/brand.yaml") == "brands/kumo/brand.yaml")
    }

    @Test func aSymbolicLinkOutOfTheFolderIsRefused() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("brandc-ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createSymbolicLink(atPath: scratch.appendingPathComponent("escape").path, withDestinationPath: "/etc")
        let workspace = Workspace(root: scratch.path)
        #expect(throws: Workspace.OutsideError.self) { try workspace.resolve("escape/passwd") }
    }

    @Test func secretsFromTheEnvironmentAreRedacted() {
        let scrubber = SecretScrubber(environment: ["GEMINI_API_KEY": "sk-0123456789", "HOME": "/root", "SHORT_KEY": "abc"])
        #expect(scrubber.scrub("key=sk-0123456789 home=/root abc") == "key=[redacted] home=/root abc")
    }

    @Test func toolsCheckTheirArguments() async {
        let tools = BrandTools(driver: Driver(), workspace: Workspace(root: Self.root))
        #expect(await tools.call("lint", ["paths": .int(3)]).isError)
        #expect(await tools.call("lint", ["path": .string("x")]).text.contains("unknown argument 'path'"))
        #expect(await tools.call("compile", ["brand": .string("brands/kumo/brand.yaml")]).text.contains("'template' is required"))
        #expect(await tools.call("explain", ["code": .string("nope")]).isError)
        #expect(await tools.call("lint", ["paths": .array([.string("../x")])]).text.contains("outside the working folder"))
        let clean = await tools.call("lint", ["paths": .array([.string("brands/kumo/brand.yaml")])])
        #expect(!clean.isError)
        #expect(clean.structured.objectValue?["errors"] == .int(0))
    }

    @Test func theCheckToolChecksOneImageThroughTheDriver() async throws {
        let tools = BrandTools(driver: Driver(), workspace: Workspace(root: Self.root))
        let neither = await tools.call("check", [:])
        #expect(neither.isError && neither.text.contains("either 'folder'"))
        // A YAML file given as the image: the request compiles, the "image" is not one.
        let result = await tools.call("check", [
            "image": .string("products/kumo/sencha-tin.yaml"), "brand": .string("brands/kumo/brand.yaml"),
            "template": .string("templates/product-on-white.mustache"), "products": .array([.string("products/kumo/sencha-tin.yaml")]),
        ])
        let diagnostics = try #require(result.structured.objectValue?["diagnostics"]?.arrayValue)
        let codes = diagnostics.compactMap { $0.objectValue?["code"]?.stringValue }
        #expect(codes == ["V001"], "\(result.text)")
        let images = try #require(result.structured.objectValue?["images"]?.arrayValue)
        #expect(images.first?.objectValue?["image"] == .string("products/kumo/sencha-tin.yaml"))
        #expect(result.text.contains("checked 1 image(s), 1 with errors"))
        let outside = await tools.call("check", ["folder": .string("../elsewhere")])
        #expect(outside.isError && outside.text.contains("outside the working folder"))
    }
}
