/// The generated tables fetched once, for scans that look up every scalar of a text.
///
/// Each `UnicodeTables` member is a lazily built static, and reaching one costs a
/// one-time-initialisation check; a scan makes a `UnicodeLookup` up front and pays that once per
/// text instead of once per scalar. The public per-scalar functions give the same answers.
struct UnicodeLookup {
    let scripts = UnicodeTables.script
    let scriptExtensionIndex = UnicodeTables.scriptExtensions
    let scriptExtensionSets = ScriptSet.extensionSets
    let generalCategories = UnicodeTables.generalCategory
    let eastAsianWidths = UnicodeTables.eastAsianWidth
    let defaultIgnorables = UnicodeTables.defaultIgnorable

    @inline(__always)
    func script(of scalar: Unicode.Scalar) -> UnicodeScript {
        BrandText.script(of: scalar, using: scripts)
    }

    @inline(__always)
    func scriptExtensions(of scalar: Unicode.Scalar) -> ScriptSet {
        let setIndex = scalar.value < 0x80 ? 0 : scriptExtensionIndex.value(scalar.value)
        return setIndex == 0 ? ScriptSet(script(of: scalar)) : scriptExtensionSets[Int(setIndex) - 1]
    }

    @inline(__always)
    func generalCategory(of scalar: Unicode.Scalar) -> GeneralCategory {
        GeneralCategory(rawValue: generalCategories.value(scalar.value)) ?? .unassigned
    }

    @inline(__always)
    func eastAsianWidth(of scalar: Unicode.Scalar) -> EastAsianWidth {
        BrandText.eastAsianWidth(of: scalar, using: eastAsianWidths)
    }

    @inline(__always)
    func isDefaultIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        BrandText.isDefaultIgnorable(scalar, using: defaultIgnorables)
    }
}
