import Foundation

/// A colour in CIELAB under D65, the space brandc measures colour distances in.
public struct LabColor: Sendable, Hashable {
    public var l: Double
    public var a: Double
    public var b: Double

    public init(l: Double, a: Double, b: Double) {
        self.l = l
        self.a = a
        self.b = b
    }

    /// From 8-bit sRGB: sRGB -> linear (IEC 61966-2-1) -> XYZ (D65) -> CIELAB.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.init(linearRed: SRGB.linear[Int(red)], green: SRGB.linear[Int(green)], blue: SRGB.linear[Int(blue)])
    }

    /// From `#RRGGBB` (or `RRGGBB`); `nil` when malformed.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// From linear-light sRGB components (0…1).
    init(linearRed r: Double, green g: Double, blue b: Double) {
        let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / SRGB.whiteX
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
        let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / SRGB.whiteZ
        let (fx, fy, fz) = (Self.f(x), Self.f(y), Self.f(z))
        self.init(l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz))
    }

    /// The nearest 8-bit sRGB colour (out-of-gamut components clamped).
    public var rgb: (red: UInt8, green: UInt8, blue: UInt8) {
        let fy = (l + 16) / 116
        let fx = fy + a / 500
        let fz = fy - b / 200
        let x = Self.inverseF(fx) * SRGB.whiteX
        let y = Self.inverseF(fy)
        let z = Self.inverseF(fz) * SRGB.whiteZ
        let r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z
        let g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z
        let bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z
        return (SRGB.encode(r), SRGB.encode(g), SRGB.encode(bl))
    }

    /// `#RRGGBB`, upper case, of the nearest 8-bit sRGB colour.
    public var hex: String {
        let (r, g, b) = rgb
        return "#" + [r, g, b].map { SRGB.hexDigits[Int($0)] }.joined()
    }

    private static let epsilon = 216.0 / 24389.0
    private static let kappa = 24389.0 / 27.0

    private static func f(_ t: Double) -> Double { t > epsilon ? cbrt(t) : (kappa * t + 16) / 116 }

    private static func inverseF(_ t: Double) -> Double {
        let cube = t * t * t
        return cube > epsilon ? cube : (116 * t - 16) / kappa
    }
}

/// sRGB transfer functions and tables.
enum SRGB {
    static let whiteX = 0.95047
    static let whiteZ = 1.08883

    /// Linear light of each 8-bit sRGB value.
    static let linear: [Double] = (0..<256).map { value in
        let v = Double(value) / 255
        return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
    }

    static let hexDigits: [String] = (0..<256).map { value in
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    /// Linear light (0…1, clamped) to the nearest 8-bit sRGB value.
    static func encode(_ linear: Double) -> UInt8 {
        let clamped = min(max(linear, 0), 1)
        let v = clamped <= 0.0031308 ? 12.92 * clamped : 1.055 * pow(clamped, 1 / 2.4) - 0.055
        return UInt8((v * 255).rounded())
    }
}
