public import BrandDiagnostics
public import BrandModel

/// Judges one image's observation against its expectations: each broken expectation becomes a
/// diagnostic whose primary location is the image file and whose note points at the line the
/// expectation came from.
public struct ImageChecker: Sendable {
    public var thresholds: ImageCheckThresholds

    public init(thresholds: ImageCheckThresholds = ImageCheckThresholds()) {
        self.thresholds = thresholds
    }

    public func check(
        _ observation: ImageObservation, against expectations: ImageExpectations, imagePath: String,
        diagnostics: inout DiagnosticSink
    ) {
        let image = SourceLocation(file: imagePath)
        if let reason = observation.undecodable {
            diagnostics.report(.imageUndecodable, "cannot decode the image: \(reason)", at: image)
            return
        }
        checkType(observation, image: image, diagnostics: &diagnostics)
        checkGeometry(observation, expectations, image: image, diagnostics: &diagnostics)
        checkText(observation, expectations, image: image, diagnostics: &diagnostics)
        if let colours = observation.colours {
            checkColours(colours, expectations, image: image, diagnostics: &diagnostics)
        }
    }

    func checkType(_ observation: ImageObservation, image: SourceLocation, diagnostics: inout DiagnosticSink) {
        guard let sniffed = observation.sniffedType, let named = observation.extensionType, sniffed != named else { return }
        diagnostics.report(
            .imageTypeMismatch, "the bytes are \(sniffed.uppercased()), the file name says \(named.uppercased())", at: image,
            fix: FixSuggestion("rename the file to end in .\(sniffed == "jpeg" ? "jpg" : sniffed)"))
    }
}

extension DiagnosticSink {
    /// Reports at the image with one note at the expectation's own line.
    mutating func report(
        _ code: DiagnosticCode, _ message: String, at image: SourceLocation, from source: SourceLocation?,
        because note: String, fix: FixSuggestion? = nil
    ) {
        report(Diagnostic(code, message, at: image, notes: source.map { [DiagnosticNote(note, at: $0)] } ?? [], fix: fix))
    }
}
