import BrandDiagnostics

extension ImageChecker {
    func checkText(
        _ observation: ImageObservation, _ expectations: ImageExpectations, image: SourceLocation,
        diagnostics: inout DiagnosticSink
    ) {
        for missing in Set(observation.missingLanguages).sorted(by: { $0.package < $1.package }) {
            diagnostics.report(
                .ocrLanguageMissing,
                "OCR data for \(missing.language) is not installed, so its text was not checked; install \(missing.package)",
                at: image, fix: FixSuggestion("apt-get install \(missing.package)"))
        }
        for reading in observation.texts {
            guard expectations.textBlocks.indices.contains(reading.block) else { continue }
            let block = expectations.textBlocks[reading.block]
            let name = "text block '\(block.role)'"
            let origin = "the \(block.role) copy is written here"
            switch reading.outcome {
            case .exact, .languageMissing:
                break
            case .missing:
                diagnostics.report(
                    .textMissing, "\(name) (\(Self.quoted(block.text))) was not found in the image",
                    at: image, from: block.source, because: origin)
            case .differs(let expected, let read):
                diagnostics.report(
                    .textDiffers, "\(name) differs: expected \(Self.quoted(expected)), read \(Self.quoted(read))",
                    at: image, from: block.source, because: origin)
            case .lowConfidence(let confidence, let read):
                diagnostics.report(
                    .textLowConfidence,
                    "\(name) read with low confidence (\(Int(confidence.rounded())) < \(Int(thresholds.ocrConfidence.rounded()))): \(Self.quoted(read))",
                    at: image, from: block.source, because: origin)
            case .unverifiable(let reason):
                diagnostics.report(
                    .textUnverifiable, "\(name) cannot be verified: \(reason)", at: image, from: block.source, because: origin)
            }
            if let caveat = reading.caveat {
                diagnostics.report(
                    .textUnverifiable, "part of \(name) cannot be verified: \(caveat)", at: image, from: block.source,
                    because: origin)
            }
        }
        if !expectations.allowsOtherText, !observation.unexpectedText.isEmpty {
            let words = observation.unexpectedText.map(Self.quoted).joined(separator: ", ")
            diagnostics.report(.textUnexpected, "the image carries text that was not asked for: \(words)", at: image)
        }
    }

    /// Text in double quotes, with control characters and line breaks shown escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\"": result += "\\\""
            case _ where scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format:
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
