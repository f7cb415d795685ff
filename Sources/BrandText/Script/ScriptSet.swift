/// A set of `UnicodeScript` values stored as a 256-bit mask: no allocation, cheap to copy.
public struct ScriptSet: Hashable, Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The empty set.
    public init() {}

    /// A set holding one script.
    public init(_ script: UnicodeScript) {
        insert(script)
    }

    /// A set holding the given scripts.
    public init<S: Sequence>(_ scripts: S) where S.Element == UnicodeScript {
        for script in scripts { insert(script) }
    }

    public static func == (lhs: ScriptSet, rhs: ScriptSet) -> Bool {
        lhs.words == rhs.words
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }

    /// Whether the set holds no script.
    public var isEmpty: Bool { words == (0, 0, 0, 0) }

    /// The number of scripts in the set.
    public var count: Int {
        words.0.nonzeroBitCount + words.1.nonzeroBitCount + words.2.nonzeroBitCount + words.3.nonzeroBitCount
    }

    /// Whether the set holds `script`.
    public func contains(_ script: UnicodeScript) -> Bool {
        let bit = UInt64(1) << UInt64(script.rawValue & 63)
        switch script.rawValue >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    /// Adds `script` to the set.
    public mutating func insert(_ script: UnicodeScript) {
        let bit = UInt64(1) << UInt64(script.rawValue & 63)
        switch script.rawValue >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    /// The scripts in both sets.
    public func intersection(_ other: ScriptSet) -> ScriptSet {
        var result = ScriptSet()
        result.words = (words.0 & other.words.0, words.1 & other.words.1,
                        words.2 & other.words.2, words.3 & other.words.3)
        return result
    }

    /// The scripts in either set.
    public func union(_ other: ScriptSet) -> ScriptSet {
        var result = ScriptSet()
        result.words = (words.0 | other.words.0, words.1 | other.words.1,
                        words.2 | other.words.2, words.3 | other.words.3)
        return result
    }

    /// The scripts in this set that are not in `other`, e.g. the scripts a text uses that its
    /// locale does not expect.
    public func subtracting(_ other: ScriptSet) -> ScriptSet {
        var result = ScriptSet()
        result.words = (words.0 & ~other.words.0, words.1 & ~other.words.1,
                        words.2 & ~other.words.2, words.3 & ~other.words.3)
        return result
    }

    /// Whether every script of this set is in `other`.
    public func isSubset(of other: ScriptSet) -> Bool {
        subtracting(other).isEmpty
    }

    /// The scripts in the set, in raw-value (long name) order.
    public var scripts: [UnicodeScript] {
        UnicodeScript.allCases.filter { contains($0) }
    }
}

extension ScriptSet: CustomStringConvertible {
    public var description: String {
        "[" + scripts.map(\.isoCode).joined(separator: ", ") + "]"
    }
}
