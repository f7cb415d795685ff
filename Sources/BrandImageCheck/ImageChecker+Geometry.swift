import BrandDiagnostics
import Foundation

extension ImageChecker {
    /// Width over height may differ this much (relative) from the asked ratio: providers round each
    /// side to a multiple of 16 or 64 (Gemini's 21:9 at 1K is 1584 x 672, 1 % off).
    static let aspectTolerance = 0.03
    /// The geometric mean side may differ this much from the asked size's nominal side.
    static let sizeTolerance = 0.15

    func checkGeometry(
        _ observation: ImageObservation, _ expectations: ImageExpectations, image: SourceLocation,
        diagnostics: inout DiagnosticSink
    ) {
        guard observation.width > 0, observation.height > 0 else { return }
        let size = "\(observation.width)x\(observation.height)"
        if let asked = expectations.aspectRatio, let ratio = Self.ratio(asked.value) {
            let actual = Double(observation.width) / Double(observation.height)
            if abs(actual / ratio - 1) > Self.aspectTolerance {
                diagnostics.report(
                    .aspectRatioMismatch,
                    "the image is \(size) (\(Self.formatted(actual)):1), the template asks for \(asked.value)",
                    at: image, from: asked.location, because: "aspect-ratio asked here")
            }
        }
        if let asked = expectations.imageSize, let side = Self.nominalSide(asked.value) {
            let mean = (Double(observation.width) * Double(observation.height)).squareRoot()
            if abs(mean / Double(side) - 1) > Self.sizeTolerance {
                diagnostics.report(
                    .imageSizeMismatch,
                    "the image is \(size) (about \(Int(mean.rounded())) px a side), image-size \(asked.value) asks for about \(side)",
                    at: image, from: asked.location, because: "image-size asked here")
            }
        }
    }

    /// `"21:9"` → 2.333…; `nil` for anything else.
    static func ratio(_ text: String) -> Double? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let width = Double(parts[0]), let height = Double(parts[1]), width > 0, height > 0 else {
            return nil
        }
        return width / height
    }

    /// The side of a square image of the asked size: `512`, `1K` = 1024, `2K` = 2048, `4K` = 4096.
    static func nominalSide(_ size: String) -> Int? {
        switch size.uppercased() {
        case "1K": 1024
        case "2K": 2048
        case "4K": 4096
        default: Int(size).flatMap { $0 > 0 ? $0 : nil }
        }
    }

    static func formatted(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
