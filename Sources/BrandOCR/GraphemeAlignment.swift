import Foundation

/// The best match of `pattern` anywhere inside `text`, by grapheme edit distance (Sellers'
/// semi-global alignment: free to start and end anywhere in `text`), with the edits that make it.
struct GraphemeAlignment {
    enum Step: Equatable {
        case same(String)
        case substituted(expected: String, read: String)
        /// In the expected text, not read.
        case dropped(String)
        /// Read, not in the expected text.
        case inserted(String)
    }

    let distance: Int
    /// Where the match lies in `text`, in graphemes.
    let range: Range<Int>
    let steps: [Step]

    init(pattern: [String], text: [String]) {
        let m = pattern.count
        let n = text.count
        let width = n + 1
        var cost = [Int](repeating: 0, count: (m + 1) * width)
        for i in 0...m { cost[i * width] = i }
        if m > 0 {
            for i in 1...m {
                for j in stride(from: 1, through: n, by: 1) {
                    let diagonal = cost[(i - 1) * width + j - 1] + (ReadbackTolerance.same(pattern[i - 1], text[j - 1]) ? 0 : 1)
                    let up = cost[(i - 1) * width + j] + 1
                    let left = cost[i * width + j - 1] + 1
                    cost[i * width + j] = min(diagonal, up, left)
                }
            }
        }
        var end = 0
        for j in 0...n where cost[m * width + j] < cost[m * width + end] { end = j }
        var steps: [Step] = []
        var i = m
        var j = end
        while i > 0 {
            let here = cost[i * width + j]
            if j > 0, here == cost[(i - 1) * width + j - 1] + (ReadbackTolerance.same(pattern[i - 1], text[j - 1]) ? 0 : 1) {
                steps.append(ReadbackTolerance.same(pattern[i - 1], text[j - 1]) ? .same(text[j - 1]) : .substituted(expected: pattern[i - 1], read: text[j - 1]))
                i -= 1
                j -= 1
            } else if here == cost[(i - 1) * width + j] + 1 {
                steps.append(.dropped(pattern[i - 1]))
                i -= 1
            } else {
                steps.append(.inserted(text[j - 1]))
                j -= 1
            }
        }
        self.distance = cost[m * width + end]
        self.range = j..<end
        self.steps = steps.reversed()
    }

    /// Edits that touch the expected text: graphemes changed or dropped (insertions left out).
    var expectedEdits: Int {
        steps.reduce(0) { count, step in
            switch step {
            case .substituted, .dropped: count + 1
            case .same, .inserted: count
            }
        }
    }

    /// The expected and the read text, each with its differing graphemes in brackets:
    /// `ゆっ[く]り` / `ゆっ[つ]り`; a dropped grapheme shows as `[く]` / `[]`. The spaces are put back
    /// where each side had them (`patternSpaces[i]`: whitespace before pattern grapheme `i`).
    func marked(patternSpaces: [Bool] = [], textSpaces: [Bool] = []) -> (expected: String, read: String) {
        var expected = ""
        var read = ""
        var i = 0
        var j = range.lowerBound
        func space(_ spaces: [Bool], _ index: Int, _ into: inout String) {
            if spaces.indices.contains(index), spaces[index], !into.isEmpty { into += " " }
        }
        for step in steps {
            switch step {
            case .same(let grapheme):
                space(patternSpaces, i, &expected)
                space(textSpaces, j, &read)
                expected += grapheme
                read += grapheme
                i += 1
                j += 1
            case .substituted(let want, let got):
                space(patternSpaces, i, &expected)
                space(textSpaces, j, &read)
                expected += "[\(want)]"
                read += "[\(got)]"
                i += 1
                j += 1
            case .dropped(let want):
                space(patternSpaces, i, &expected)
                expected += "[\(want)]"
                read += "[]"
                i += 1
            case .inserted(let got):
                space(textSpaces, j, &read)
                expected += "[]"
                read += "[\(got)]"
                j += 1
            }
        }
        return (expected.replacingOccurrences(of: "][", with: ""), read.replacingOccurrences(of: "][", with: ""))
    }
}
