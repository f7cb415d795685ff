/// The Unicode `Script` property of a scalar (UCD 15.0; code points unassigned in 15.0 are
/// `.unknown`).
public func script(of scalar: Unicode.Scalar) -> UnicodeScript {
    script(of: scalar, using: UnicodeTables.script)
}

/// `script(of:)` with the table fetched by the caller, once per scan rather than once per scalar.
@inline(__always)
func script(of scalar: Unicode.Scalar, using table: RangeTable) -> UnicodeScript {
    let value = scalar.value
    // Fast path: letters of ASCII are Latin, the rest of ASCII is Common.
    if value < 0x80 {
        let isLetter = (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
        return isLetter ? .latin : .common
    }
    let raw = table.value(value)
    return UnicodeScript(rawValue: raw) ?? .unknown
}

/// The Unicode `Script_Extensions` property of a scalar: the scripts it is used with.
///
/// For a scalar that ScriptExtensions.txt does not list, this is its `Script` alone. For example
/// U+0964 DEVANAGARI DANDA (Script Common) extends to Devanagari, Bengali and other Indic scripts.
public func scriptExtensions(of scalar: Unicode.Scalar) -> ScriptSet {
    UnicodeLookup().scriptExtensions(of: scalar)
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
