/// The UTS #39 "resolved script set" of a run of characters: the scripts every character could
/// belong to. Empty means the characters cannot all be one script: a mixed-script word.
///
/// Common and Inherited characters fit every script and do not narrow the set. Han, Hiragana,
/// Katakana, Hangul and Bopomofo are augmented as UTS #39 §5.1 says, so `漢字かな` (Japanese) and
/// `한국漢` (Korean) resolve but `かな한` does not; the writing systems Jpan, Kore and Hanb are kept
/// as a separate mask because they are not values of the Script property.
struct ResolvedScriptSet {
    private static let japanese: UInt8 = 1
    private static let korean: UInt8 = 2
    private static let chineseWithBopomofo: UInt8 = 4

    private var scripts = ScriptSet()
    private var writingSystems: UInt8 = 0
    private var isAll = true

    /// Narrows the set by one scalar.
    mutating func add(_ scalar: Unicode.Scalar, lookup: UnicodeLookup) {
        if scalar.value < 0x80 {
            addASCII(scalar)
            return
        }
        let extensions = lookup.scriptExtensions(of: scalar)
        if extensions.contains(.common) || extensions.contains(.inherited) { return }
        let systems = Self.writingSystems(of: extensions)
        if isAll {
            scripts = extensions
            writingSystems = systems
            isAll = false
        } else {
            scripts = scripts.intersection(extensions)
            writingSystems &= systems
        }
    }

    /// ASCII letters are Latin only; ASCII digits and the rest are Common.
    private mutating func addASCII(_ scalar: Unicode.Scalar) {
        let lowered = scalar.value | 0x20
        guard lowered >= 0x61 && lowered <= 0x7A else { return }
        if isAll {
            scripts = ScriptSet(.latin)
            writingSystems = 0
            isAll = false
        } else {
            scripts = scripts.intersection(ScriptSet(.latin))
            writingSystems = 0
        }
    }

    /// Whether no script fits all the characters added.
    var isEmpty: Bool { !isAll && scripts.isEmpty && writingSystems == 0 }

    private static func writingSystems(of extensions: ScriptSet) -> UInt8 {
        var systems: UInt8 = 0
        if extensions.contains(.han) { systems |= japanese | korean | chineseWithBopomofo }
        if extensions.contains(.hiragana) || extensions.contains(.katakana) { systems |= japanese }
        if extensions.contains(.hangul) { systems |= korean }
        if extensions.contains(.bopomofo) { systems |= chineseWithBopomofo }
        return systems
    }
}
