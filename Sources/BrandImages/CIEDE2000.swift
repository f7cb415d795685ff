import Foundation

/// The CIEDE2000 colour difference ΔE00 between two Lab colours, with kL = kC = kH = 1, as in Sharma, Wu and
/// Dalal, "The CIEDE2000 Color-Difference Formula: Implementation Notes…" (2005). Symmetric in its arguments.
public func ciede2000(_ first: LabColor, _ second: LabColor) -> Double {
    let pow25to7 = 6_103_515_625.0  // 25^7
    let meanC = (hypot(first.a, first.b) + hypot(second.a, second.b)) / 2
    let meanC7 = pow(meanC, 7)
    let g = 0.5 * (1 - (meanC7 / (meanC7 + pow25to7)).squareRoot())
    let a1 = (1 + g) * first.a
    let a2 = (1 + g) * second.a
    let c1 = hypot(a1, first.b)
    let c2 = hypot(a2, second.b)
    let h1 = hueDegrees(a1, first.b)
    let h2 = hueDegrees(a2, second.b)

    let deltaL = second.l - first.l
    let deltaC = c2 - c1
    var deltaHue = 0.0
    if c1 * c2 != 0 {
        deltaHue = h2 - h1
        if deltaHue > 180 { deltaHue -= 360 } else if deltaHue < -180 { deltaHue += 360 }
    }
    let deltaH = 2 * (c1 * c2).squareRoot() * sin(radians(deltaHue / 2))

    let meanL = (first.l + second.l) / 2
    let meanCPrime = (c1 + c2) / 2
    var meanH = h1 + h2
    if c1 * c2 != 0 {
        if abs(h1 - h2) <= 180 {
            meanH = (h1 + h2) / 2
        } else if h1 + h2 < 360 {
            meanH = (h1 + h2 + 360) / 2
        } else {
            meanH = (h1 + h2 - 360) / 2
        }
    }
    let t = 1 - 0.17 * cos(radians(meanH - 30)) + 0.24 * cos(radians(2 * meanH))
        + 0.32 * cos(radians(3 * meanH + 6)) - 0.20 * cos(radians(4 * meanH - 63))
    let deltaTheta = 30 * exp(-((meanH - 275) / 25) * ((meanH - 275) / 25))
    let meanC7Prime = pow(meanCPrime, 7)
    let rC = 2 * (meanC7Prime / (meanC7Prime + pow25to7)).squareRoot()
    let lOffset = (meanL - 50) * (meanL - 50)
    let sL = 1 + 0.015 * lOffset / (20 + lOffset).squareRoot()
    let sC = 1 + 0.045 * meanCPrime
    let sH = 1 + 0.015 * meanCPrime * t
    let rT = -sin(radians(2 * deltaTheta)) * rC

    let l = deltaL / sL
    let c = deltaC / sC
    let h = deltaH / sH
    return (l * l + c * c + h * h + rT * c * h).squareRoot()
}

private func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }

/// The hue angle in degrees, 0…360; 0 for a neutral colour.
private func hueDegrees(_ a: Double, _ b: Double) -> Double {
    if a == 0, b == 0 { return 0 }
    let degrees = atan2(b, a) * 180 / .pi
    return degrees < 0 ? degrees + 360 : degrees
}
