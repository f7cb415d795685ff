import Foundation

/// A colour in CIELAB (D65), the space the palette checks measure distances in.
///
/// Interim: the pixels branch (BrandImages) owns the shared colour science; this stage uses its
/// own small copy until that module lands, and switches to it then.
struct LabColour: Sendable, Hashable {
    var l: Double
    var a: Double
    var b: Double

    /// From 8-bit sRGB.
    init(red: UInt8, green: UInt8, blue: UInt8) {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        let (r, g, b) = (linear(red), linear(green), linear(blue))
        let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
        let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389.0 ? cbrt(t) : (24389.0 / 27.0 * t + 16) / 116 }
        let (fx, fy, fz) = (f(x), f(y), f(z))
        self.init(l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz))
    }

    init(l: Double, a: Double, b: Double) {
        self.l = l
        self.a = a
        self.b = b
    }

    /// `#RRGGBB`, or `nil` when malformed.
    init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// CIEDE2000 (Sharma, Wu and Dalal 2005), with kL = kC = kH = 1.
    func distance(to other: LabColour) -> Double {
        func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }
        func hue(_ x: Double, _ y: Double) -> Double {
            if x == 0, y == 0 { return 0 }
            let degrees = atan2(y, x) * 180 / .pi
            return degrees < 0 ? degrees + 360 : degrees
        }
        let pow25to7: Double = 6_103_515_625  // 25^7
        let meanC = (hypot(a, b) + hypot(other.a, other.b)) / 2
        let g = 0.5 * (1 - sqrt(pow(meanC, 7.0) / (pow(meanC, 7.0) + pow25to7)))
        let (a1, a2) = ((1 + g) * a, (1 + g) * other.a)
        let (c1, c2) = (hypot(a1, b), hypot(a2, other.b))
        let (h1, h2) = (hue(a1, b), hue(a2, other.b))
        let deltaL = other.l - l
        let deltaC = c2 - c1
        var deltaHue = 0.0
        if c1 * c2 != 0 {
            deltaHue = h2 - h1
            if deltaHue > 180 { deltaHue -= 360 } else if deltaHue < -180 { deltaHue += 360 }
        }
        let deltaH = 2 * sqrt(c1 * c2) * sin(radians(deltaHue / 2))
        let meanL = (l + other.l) / 2
        let meanCPrime = (c1 + c2) / 2
        var meanH = h1 + h2
        if c1 * c2 != 0 {
            if abs(h1 - h2) <= 180 {
                meanH = (h1 + h2) / 2
            } else {
                meanH = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2
            }
        }
        let t = 1 - 0.17 * cos(radians(meanH - 30)) + 0.24 * cos(radians(2 * meanH))
            + 0.32 * cos(radians(3 * meanH + 6)) - 0.20 * cos(radians(4 * meanH - 63))
        let deltaTheta = 30 * exp(-pow((meanH - 275) / 25, 2.0))
        let rc = 2 * sqrt(pow(meanCPrime, 7.0) / (pow(meanCPrime, 7.0) + pow25to7))
        let sl = 1 + 0.015 * pow(meanL - 50, 2.0) / sqrt(20 + pow(meanL - 50, 2.0))
        let sc = 1 + 0.045 * meanCPrime
        let sh = 1 + 0.015 * meanCPrime * t
        let rt = -sin(radians(2 * deltaTheta)) * rc
        let (dl, dc, dh) = (deltaL / sl, deltaC / sc, deltaH / sh)
        return sqrt(dl * dl + dc * dc + dh * dh + rt * dc * dh)
    }
}

/// The dominant colours of a small RGB thumbnail, found deterministically: k-means in Lab seeded
/// by farthest-point choice from the first pixel, a fixed number of rounds.
enum DominantColours {
    struct Cluster {
        var hex: String
        var lab: LabColour
        var share: Double
    }

    static func clusters(of pixels: [(UInt8, UInt8, UInt8)], count k: Int = 6, rounds: Int = 8) -> [Cluster] {
        guard !pixels.isEmpty else { return [] }
        let labs = pixels.map { LabColour(red: $0.0, green: $0.1, blue: $0.2) }
        var centres = [labs[0]]
        while centres.count < k {
            var farthest = 0
            var distance = -1.0
            for (index, lab) in labs.enumerated() {
                let nearest = centres.map { squared(lab, $0) }.min() ?? 0
                if nearest > distance { (farthest, distance) = (index, nearest) }
            }
            guard distance > 1 else { break }
            centres.append(labs[farthest])
        }
        var assignment = [Int](repeating: 0, count: labs.count)
        for _ in 0..<rounds {
            for (index, lab) in labs.enumerated() {
                assignment[index] = centres.indices.min { squared(lab, centres[$0]) < squared(lab, centres[$1]) } ?? 0
            }
            var sums = [(Double, Double, Double, Int)](repeating: (0, 0, 0, 0), count: centres.count)
            for (index, lab) in labs.enumerated() {
                let cluster = assignment[index]
                sums[cluster] = (sums[cluster].0 + lab.l, sums[cluster].1 + lab.a, sums[cluster].2 + lab.b, sums[cluster].3 + 1)
            }
            for (index, sum) in sums.enumerated() where sum.3 > 0 {
                centres[index] = LabColour(l: sum.0 / Double(sum.3), a: sum.1 / Double(sum.3), b: sum.2 / Double(sum.3))
            }
        }
        var result: [Cluster] = []
        for index in centres.indices {
            let members = assignment.indices.filter { assignment[$0] == index }
            guard !members.isEmpty else { continue }
            var (r, g, b) = (0, 0, 0)
            for member in members {
                r += Int(pixels[member].0)
                g += Int(pixels[member].1)
                b += Int(pixels[member].2)
            }
            let n = members.count
            let hex = String(format: "#%02X%02X%02X", (r + n / 2) / n, (g + n / 2) / n, (b + n / 2) / n)
            result.append(Cluster(hex: hex, lab: centres[index], share: Double(n) / Double(pixels.count)))
        }
        return result.sorted { ($0.share, $1.hex) > ($1.share, $0.hex) }
    }

    static func squared(_ x: LabColour, _ y: LabColour) -> Double {
        let (dl, da, db) = (x.l - y.l, x.a - y.a, x.b - y.b)
        return dl * dl + da * da + db * db
    }
}
