/// A conservative offline estimate of Gemini token counts, for when the vocabulary file is not at hand.
///
/// Each scalar costs the calibrated tokens-per-scalar of its coarse class (Latin, accented Latin,
/// Cyrillic, Arabic letters, Arabic harakat, Hebrew niqqud, Han, kana, emoji…); digits cost one
/// token each, as the Gemma vocabulary splits every digit; a scalar in no class costs its UTF-8
/// length, the byte-fallback worst case. A space costs less before a letter of a spaced script,
/// since it usually joins that word's piece. The total is rounded up.
///
/// The costs are calibrated by `scripts/tokens/calibrate_estimator.py` so that no file of the test
/// corpus is undercounted (see docs/tokens.md for the error per script). Short strings can still
/// be undercounted by a token or two; use `SentencePieceEncoder` for exact counts.
public struct TokenEstimator: TokenCounter {
    /// Multiplies every estimate: 1 for Gemini (what the table was calibrated for), more for a
    /// vocabulary that splits text finer (see `forO200k`).
    public var scale: Double

    public init(scale: Double = 1) {
        self.scale = scale
    }

    /// The estimate for OpenAI's `o200k_base` when its file is missing. The table is calibrated on
    /// Gemini's vocabulary; o200k needs up to 1.17 times as many tokens on the corpus (Japanese),
    /// so 1.2 keeps the estimate above the exact count on every corpus file.
    public static let forO200k = TokenEstimator(scale: 1.2)

    public var method: TokenCountMethod { .estimate }

    public func count(_ text: String) -> Int {
        Int((cost(of: text) * scale - 1e-9).rounded(.up))
    }

    /// The unrounded estimate, summed in text order. The text is walked as UTF-8 and ASCII (most
    /// of a prompt) takes its class from a table instead of the range search.
    func cost(of text: String) -> Double {
        var sum = CostSum()
        var text = text
        let asciiClasses = Self.asciiClasses
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    sum.add(asciiClasses[Int(lead)], isSpace: lead == 0x20, width: 1)
                    index += 1
                    continue
                }
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (0xFF >> (width + 1))
                for offset in 1..<width where index + offset < bytes.count {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                let scalarClass = Unicode.Scalar(value).flatMap(CoarseScriptClassifier.classify)
                sum.add(scalarClass, isSpace: false, width: width)
                index += width
            }
        }
        return sum.finished
    }

    /// The running sum: each scalar's cost, a space's cost decided by the scalar after it.
    private struct CostSum {
        var total = 0.0
        var pendingSpace = false

        @inline(__always)
        mutating func add(_ scalarClass: EstimateClass?, isSpace: Bool, width: Int) {
            if pendingSpace {
                total += (scalarClass?.joinsPrecedingSpace ?? false)
                    ? EstimateClass.spaceBeforeWord.cost : EstimateClass.space.cost
                pendingSpace = false
            }
            if isSpace {
                pendingSpace = true
            } else if let scalarClass {
                total += scalarClass.cost
            } else {
                total += Double(width)
            }
        }

        var finished: Double {
            pendingSpace ? total + EstimateClass.space.cost : total
        }
    }

    private static let asciiClasses: [EstimateClass?] = (0..<128).map {
        CoarseScriptClassifier.classify(Unicode.Scalar(UInt8($0)))
    }
}
