internal import CICU

/// Unicode full case folding (CaseFolding.txt, status C and F) through ICU: `Straße` and `STRASSE`
/// fold alike, as do final and medial sigma, which `lowercased()` keeps apart.
func caseFolded(_ scalars: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
    if scalars.allSatisfy(\.isASCII) {
        return scalars.map { $0.properties.isUppercase ? Unicode.Scalar($0.value + 32) ?? $0 : $0 }
    }
    let source = Array(String(String.UnicodeScalarView(scalars)).utf16)
    var capacity = source.count * 3 + 4
    for _ in 0..<2 {
        var output = [UInt16](repeating: 0, count: capacity)
        let length = Int(output.withUnsafeMutableBufferPointer { out in
            source.withUnsafeBufferPointer { input in
                cicu_fold_case(out.baseAddress, Int32(capacity), input.baseAddress, Int32(input.count))
            }
        })
        guard length >= 0 else { break }
        guard length <= capacity else {
            capacity = length
            continue
        }
        return Array(String(decoding: output[0..<length], as: UTF16.self).unicodeScalars)
    }
    return Array(scalars)
}
