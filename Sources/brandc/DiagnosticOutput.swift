import ArgumentParser
import BrandDiagnostics
import BrandDriver
import BrandLowering
import BrandReporters
import Foundation

/// Prints diagnostics in a chosen format and turns them into the exit status.
struct DiagnosticOutput {
    var format: DiagnosticFormat = .human
    var strict = false

    func emit(_ diagnostics: [Diagnostic], to handle: FileHandle) {
        let isTerminal = isatty(handle.fileDescriptor) != 0
        let color = format == .human && isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        StandardStream.write(Driver.render(diagnostics, as: format, useColor: color, toolVersion: Brandc.version), to: handle)
    }

    /// 2 when an input named on the command line could not be read; 1 when there are errors, or
    /// warnings under `--strict`; otherwise 0.
    func exitCode(for diagnostics: [Diagnostic]) -> ExitCode {
        let unreadableInput = diagnostics.contains {
            ($0.code == .fileNotFound || $0.code == .readFailed) && $0.location?.range == nil
        }
        if unreadableInput { return ExitCode(2) }
        let failing = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        return failing ? ExitCode(1) : .success
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

extension LoweringTarget: ExpressibleByArgument {}
