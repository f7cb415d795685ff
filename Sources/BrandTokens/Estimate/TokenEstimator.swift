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

    /// The unrounded estimate, summed in text order.
    func cost(of text: String) -> Double {
        var total = 0.0
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let scalarClass = CoarseScriptClassifier.classify(scalar)
            if pendingSpace {
                total += (scalarClass?.joinsPrecedingSpace ?? false)
                    ? EstimateClass.spaceBeforeWord.cost : EstimateClass.space.cost
                pendingSpace = false
            }
            if scalar == " " {
                pendingSpace = true
            } else if let scalarClass {
                total += scalarClass.cost
            } else {
                total += Double(UTF8.width(scalar))
            }
        }
        if pendingSpace { total += EstimateClass.space.cost }
        return total
    }
}
