import BrandDiagnostics
import Foundation

extension ImageChecker {
    func checkColours(
        _ colours: ColourObservation, _ expectations: ImageExpectations, image: SourceLocation,
        diagnostics: inout DiagnosticSink
    ) {
        guard !expectations.colours.isEmpty else { return }
        let limit = Self.number(thresholds.deltaE)
        for colour in colours.dominant
        where colour.share >= thresholds.foreignColourShare && colour.distance > thresholds.deltaE {
            let nearest = colour.nearest.flatMap { expectations.colours.indices.contains($0) ? expectations.colours[$0] : nil }
            var message = "\(colour.hex) covers \(Self.percent(colour.share)) of the image, ΔE00 \(Self.number(colour.distance))"
            message += nearest.map { " from the nearest brand colour '\($0.name)' (\($0.hex))" } ?? " from every brand colour"
            message += " (more than \(limit))"
            diagnostics.report(
                .foreignDominantColour, message, at: image, from: nearest?.source,
                because: "the nearest brand colour is defined here")
        }
        if colours.paletteShare < thresholds.paletteShare {
            diagnostics.report(
                .paletteShareLow,
                "\(Self.percent(colours.paletteShare)) of the image is within ΔE00 \(limit) of the palette "
                    + "(at least \(Self.percent(thresholds.paletteShare)) expected)",
                at: image, from: expectations.colours.first?.source, because: "the palette starts here")
        }
        if let role = expectations.background, let background = colours.background, background.distance > thresholds.deltaE {
            diagnostics.report(
                .backgroundOffRole,
                "the background is \(background.hex), ΔE00 \(Self.number(background.distance)) from '\(role.name)' "
                    + "(\(role.hex), role background; more than \(limit))",
                at: image, from: role.source, because: "the background colour is defined here")
        }
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

    /// One decimal, and none when it is whole (`10`, `61.2`).
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }
}
