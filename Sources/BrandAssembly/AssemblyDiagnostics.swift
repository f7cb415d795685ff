public import BrandDiagnostics

extension DiagnosticCode {
    public static let missingCopy = DiagnosticCode(
        "A001", name: "missing-copy", summary: "A template's required text block has no copy for the locale.",
        severity: .error)
    public static let unknownLocale = DiagnosticCode(
        "A002", name: "unknown-locale", summary: "The requested locale is not one of the brand's locales.",
        severity: .error)
    public static let unsupportedImageFormat = DiagnosticCode(
        "A003", name: "unsupported-image-format",
        summary: "A reference image is not PNG, JPEG, WebP, HEIC or HEIF (judged by its bytes).", severity: .error)
    public static let tooManyReferences = DiagnosticCode(
        "A004", name: "too-many-references", summary: "More reference images than the target model takes.",
        severity: .error)
    public static let routeChosen = DiagnosticCode(
        "A005", name: "route-chosen", summary: "`route: auto` chose a route for the template's workload.",
        severity: .note)
    public static let notAnImageWorkload = DiagnosticCode(
        "A006", name: "not-an-image-workload",
        summary: "The workload is not work an image model does (audio, video, live interaction).", severity: .error)
    public static let remoteImage = DiagnosticCode(
        "A007", name: "remote-image",
        summary: "A reference image given by URL is not fetched; only local images go inline into a request.",
        severity: .note)
    public static let channelSizeReplaced = DiagnosticCode(
        "A008", name: "channel-size-replaced",
        summary: "A channel's default image size exists for other models but not this one; the model's default is used.",
        severity: .note)
    public static let brandOnly = DiagnosticCode(
        "A009", name: "brand-only",
        summary: "No product or feed was given: the one request carries the brand alone, with no product section.",
        severity: .note)
}

/// The diagnostic codes the assembly layer reports.
public enum AssemblyDiagnostics {
    public static let all: [DiagnosticCode] = [
        .missingCopy, .unknownLocale, .unsupportedImageFormat, .tooManyReferences, .routeChosen, .notAnImageWorkload,
        .remoteImage, .channelSizeReplaced, .brandOnly,
    ]
}
