public import BrandDiagnostics

/// One image to check: which request it answers, where it is, and what it must be.
public struct ImageCheckItem: Sendable {
    /// The request's key (the output name stem, `product.template.locale`).
    public var key: String
    public var imagePath: String
    public var expectations: ImageExpectations

    public init(key: String, imagePath: String, expectations: ImageExpectations) {
        self.key = key
        self.imagePath = imagePath
        self.expectations = expectations
    }
}

/// The findings on one image.
public struct CheckedImage: Sendable {
    public var key: String
    public var imagePath: String
    /// In source order; their severities before the project's levels are applied.
    public var diagnostics: [Diagnostic]
    /// Seconds the decoding, colour analysis and OCR took.
    public var seconds: Double

    public init(key: String, imagePath: String, diagnostics: [Diagnostic], seconds: Double) {
        self.key = key
        self.imagePath = imagePath
        self.diagnostics = diagnostics
        self.seconds = seconds
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
