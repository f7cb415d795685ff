import BrandTestSupport
import Testing

/// `brandc mcp` driven over stdio by the official MCP Python SDK 2.3.0 from PyPI:
/// Tests/editor-clients/test_mcp.py.
@Suite struct RealClientTests {
    @Test func theMCPPythonSDKDrivesTheServer() async throws {
        try #require(BrandcExecutable.isAvailable, "build brandc first: swift build --build-tests")
        try #require(PythonClientSuite.hasModules(["mcp", "pytest_asyncio"]),
                     "the mcp package is missing: scripts/setup.sh installs it (scripts/setup.d/50-editor.sh)")
        let outcome = try await PythonClientSuite.run("test_mcp.py")
        #expect(outcome.passed, "\(outcome.output)")
    }
}
