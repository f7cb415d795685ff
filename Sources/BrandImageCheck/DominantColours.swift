import BrandImages
import Foundation

/// The dominant colours of a small RGB thumbnail, found deterministically: k-means in Lab seeded
/// by farthest-point choice from the first pixel, a fixed number of rounds.
enum DominantColours {
    struct Cluster {
        var hex: String
        var lab: LabColor
        var share: Double
    }

    static func clusters(of pixels: [RGB], count k: Int = 6, rounds: Int = 8) -> [Cluster] {
        guard !pixels.isEmpty else { return [] }
        let labs = pixels.map { LabColor(red: $0.red, green: $0.green, blue: $0.blue) }
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
                centres[index] = LabColor(l: sum.0 / Double(sum.3), a: sum.1 / Double(sum.3), b: sum.2 / Double(sum.3))
            }
        }
        var result: [Cluster] = []
        for index in centres.indices {
            let members = assignment.indices.filter { assignment[$0] == index }
            guard !members.isEmpty else { continue }
            var (r, g, b) = (0, 0, 0)
            for member in members {
                r += Int(pixels[member].red)
                g += Int(pixels[member].green)
                b += Int(pixels[member].blue)
            }
            let n = members.count
            let hex = String(format: "#%02X%02X%02X", (r + n / 2) / n, (g + n / 2) / n, (b + n / 2) / n)
            result.append(Cluster(hex: hex, lab: centres[index], share: Double(n) / Double(pixels.count)))
        }
        return result.sorted { ($0.share, $1.hex) > ($1.share, $0.hex) }
    }

    static func squared(_ x: LabColor, _ y: LabColor) -> Double {
        let (dl, da, db) = (x.l - y.l, x.a - y.a, x.b - y.b)
        return dl * dl + da * da + db * db
    }
}
