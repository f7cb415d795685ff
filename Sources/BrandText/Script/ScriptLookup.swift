/// The Unicode `Script` property of a scalar (UCD 15.0; code points unassigned in 15.0 are
/// `.unknown`).
public func script(of scalar: Unicode.Scalar) -> UnicodeScript {
    let value = scalar.value
    // Fast path: letters of ASCII are Latin, the rest of ASCII is Common.
    if value < 0x80 {
        let isLetter = (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
        return isLetter ? .latin : .common
    }
    let raw = UnicodeTables.script.value(value)
    return UnicodeScript(rawValue: raw) ?? .unknown
}

/// The Unicode `Script_Extensions` property of a scalar: the scripts it is used with.
///
/// For a scalar that ScriptExtensions.txt does not list, this is its `Script` alone. For example
/// U+0964 DEVANAGARI DANDA (Script Common) extends to Devanagari, Bengali and other Indic scripts.
public func scriptExtensions(of scalar: Unicode.Scalar) -> ScriptSet {
    let setIndex = scalar.value < 0x80 ? 0 : UnicodeTables.scriptExtensions.value(scalar.value)
    if setIndex == 0 {
        return ScriptSet(script(of: scalar))
    }
    return ScriptSet.extensionSets[Int(setIndex) - 1]
}

extension ScriptSet {
    /// The generated Script_Extensions sets, built once.
    static let extensionSets: [ScriptSet] = ScriptTables.scriptExtensionSets.map { rawValues in
        var set = ScriptSet()
        for raw in rawValues {
            if let script = UnicodeScript(rawValue: raw) { set.insert(script) }
        }
        return set
    }
}
