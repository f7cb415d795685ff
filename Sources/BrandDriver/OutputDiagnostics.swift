public import BrandDiagnostics

extension DiagnosticCode {
    /// An output file could not be written (a full disk, a folder without permission): reported as
    /// what it is, not as a read failure.
    public static let writeFailed = DiagnosticCode(
        "O001", name: "write-failed", summary: "An output file could not be written.", severity: .error)
}
