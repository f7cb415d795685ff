/// Which writing systems a text uses, ignoring Common, Inherited and Unknown characters.
public struct ScriptSummary: Hashable, Sendable {
    /// Every specific script of the text's scalars.
    public var scripts: ScriptSet
    /// The specific script with the most scalars (on a tie, the one that reached that count
    /// first); nil when the text has no specific script, e.g. `"100%"` or `"🎉"`.
    public var dominant: UnicodeScript?
    /// The number of scalars with a specific script.
    public var specificScalarCount: Int

    public init(scripts: ScriptSet, dominant: UnicodeScript?, specificScalarCount: Int) {
        self.scripts = scripts
        self.dominant = dominant
        self.specificScalarCount = specificScalarCount
    }

    /// Summarises `text` in one pass, without heap allocation.
    public init(of text: String) {
        var scripts = ScriptSet()
        var dominant: UnicodeScript?
        var total = 0
        let slots = 256
        withUnsafeTemporaryAllocation(of: Int.self, capacity: slots) { counts in
            counts.initialize(repeating: 0)
            var best = 0
            let table = UnicodeTables.script
            for scalar in text.unicodeScalars {
                let scalarScript = script(of: scalar, using: table)
                guard scalarScript.isSpecific else { continue }
                scripts.insert(scalarScript)
                total += 1
                let slot = Int(scalarScript.rawValue)
                counts[slot] += 1
                // Strictly greater: on a tie the script that reached the count first stays.
                if counts[slot] > best {
                    best = counts[slot]
                    dominant = scalarScript
                }
            }
        }
        self.init(scripts: scripts, dominant: dominant, specificScalarCount: total)
    }
}
