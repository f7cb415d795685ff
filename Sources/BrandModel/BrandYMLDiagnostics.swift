public import BrandDiagnostics

extension DiagnosticCode {
    public static let brandYMLAlphaDropped = DiagnosticCode(
        "B001", name: "brand-yml-alpha-dropped",
        summary: "A brand.yml colour has an alpha channel; brandc keeps its RGB, as image prompts have no transparency.",
        severity: .note)
}

/// The codes only the brand.yml import reports (it also reports model codes: M002, M008, M010…).
public enum BrandYMLDiagnostics {
    public static let all: [DiagnosticCode] = [.brandYMLAlphaDropped]
}
