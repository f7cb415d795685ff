import ArgumentParser
import BrandDiagnostics
import BrandDriver
import BrandModel
import BrandReporters
import BrandText
import Foundation

/// Prints diagnostics in a chosen format and turns them into the exit status.
struct DiagnosticOutput {
    var format: DiagnosticFormat = .human
    var strict = false

    func emit(_ diagnostics: [Diagnostic], to handle: FileHandle) {
        let isTerminal = isatty(handle.fileDescriptor) != 0
        let color = format == .human && isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let fileSystem = LocalFileSystem()
        let context = RenderContext(
            sourceFile: { path in (try? fileSystem.read(path)).map { SourceFile(path: path, bytes: $0) } },
            catalog: Driver.allCodes, tool: ToolInfo(version: Brandc.version),
            options: RenderOptions(useColor: color, columnWidth: { displayWidth(of: String($0)) }))
        var text = format.renderer.render(diagnostics, context: context)
        if format == .human, !diagnostics.isEmpty {
            text += HumanRenderer.summaryLine(for: diagnostics, useColor: color) + "\n"
        }
        handle.write(Data(text.utf8))
    }

    /// 1 when there are errors, or warnings under `--strict`; otherwise 0.
    func exitCode(for diagnostics: [Diagnostic]) -> ExitCode {
        let failing = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        return failing ? ExitCode(1) : .success
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
