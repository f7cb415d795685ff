public import BrandDiagnostics

extension DiagnosticCode {
    public static let budgetOverflow = DiagnosticCode(
        "K001", name: "budget-overflow",
        summary: "The required sections alone do not fit the route's input budget.", severity: .error)
    public static let sectionTrimmed = DiagnosticCode(
        "K002", name: "section-trimmed",
        summary: "A section was shrunk or dropped to fit the budget (an error with --no-trim).", severity: .note)
    public static let guideTooLarge = DiagnosticCode(
        "K003", name: "guide-too-large",
        summary: "The brand guide alone takes a large share of the smallest window it is compiled for (an error when it exceeds the window).",
        severity: .warning)
}

/// The diagnostic codes of the token budget.
public enum BudgetDiagnostics {
    public static let all: [DiagnosticCode] = [.budgetOverflow, .sectionTrimmed, .guideTooLarge]
}
