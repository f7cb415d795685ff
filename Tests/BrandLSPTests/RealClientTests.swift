import BrandTestSupport
import Testing

/// `brandc lsp` driven over stdio by pytest-lsp 1.0.1 (pygls 2.1.1) from PyPI, with VS Code's
/// client capabilities: Tests/editor-clients/test_lsp.py.
@Suite struct RealClientTests {
    @Test func pytestLSPDrivesTheServer() async throws {
        try #require(BrandcExecutable.isAvailable, "build brandc first: swift build --build-tests")
        try #require(PythonClientSuite.hasModules(["pytest_lsp", "lsprotocol"]),
                     "pytest-lsp is missing: scripts/setup.sh installs it (scripts/setup.d/50-editor.sh)")
        let outcome = try await PythonClientSuite.run("test_lsp.py")
        #expect(outcome.passed, "\(outcome.output)")
    }
}
