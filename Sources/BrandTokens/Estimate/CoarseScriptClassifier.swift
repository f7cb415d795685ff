/// Sorts Unicode scalars into the estimator's coarse classes by code-point ranges.
///
/// Deliberately small and self-contained: the ranges are generated together with their costs by
/// `scripts/tokens/calibrate_estimator.py`, so class boundaries and calibration cannot drift apart.
/// (BrandText's full script tables answer a different question, the Unicode Script property; the
/// estimator needs token-cost classes such as "Arabic harakat" or "accented Latin letter".)
enum CoarseScriptClassifier {
    /// The class of `scalar`, or `nil` when no class covers it (it then costs its UTF-8 length).
    static func classify(_ scalar: Unicode.Scalar) -> EstimateClass? {
        let value = scalar.value
        var low = 0
        var high = estimateClassRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = estimateClassRanges[middle]
            if value < range.first {
                high = middle - 1
            } else if value > range.last {
                low = middle + 1
            } else {
                return range.estimateClass
            }
        }
        return nil
    }
}
