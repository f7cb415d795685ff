/// Splits `text` into runs of one script each, in the manner of UAX #24's script runs:
///
/// - an Inherited character (a combining mark) takes the script of the character before it;
/// - a Common character (space, punctuation, digit, emoji) joins the run it follows, and Common
///   characters at the start join the first specific script after them;
/// - but a Common character whose Script_Extensions name specific scripts other than the current
///   run's joins the next run when that run's script is among them: in `Hello।नमस्ते` the danda
///   (used with Devanagari and other Indic scripts) starts the Devanagari run, and in
///   `Acme، مرحبا` the Arabic comma starts the Arabic one;
/// - a closing bracket takes the script of its matching opening bracket, so in
///   `مرحبا (Acme)` both parentheses belong to the Arabic run and only `Acme` is Latin;
/// - Unknown (code points unassigned in UCD 15.0, such as emoji added later) is treated like Common.
///
/// O(n) in the scalars, no allocation per scalar.
public func scriptRuns(in text: String) -> [ScriptRun] {
    var builder = ScriptRunBuilder(text: text)
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var offset = 0
    while index != scalars.endIndex {
        builder.add(scalars[index], at: index, offset: offset)
        scalars.formIndex(after: &index)
        offset += 1
    }
    return builder.finish(endIndex: scalars.endIndex, endOffset: offset)
}

/// The state of `scriptRuns(in:)`: the open run and the stack of unclosed brackets.
private struct ScriptRunBuilder {
    /// Brackets deeper than this are not tracked; a closing bracket then joins the current run.
    static let maximumBracketDepth = 64

    let lookup = UnicodeLookup()
    var runs: [ScriptRun] = []
    var runScript = UnicodeScript.common
    var runStart: String.Index
    var runStartOffset = 0
    /// Unclosed opening brackets: the closing partner expected, and the run script at the opening.
    var brackets: [(closer: UInt32, script: UnicodeScript)] = []
    /// Where shared characters that belong with another script than the run's began, and the
    /// scripts all of them are used with: the next run starts there if its script is one of them.
    var pending: (index: String.Index, offset: Int, scripts: ScriptSet)?

    init(text: String) {
        runStart = text.unicodeScalars.startIndex
    }

    mutating func add(_ scalar: Unicode.Scalar, at index: String.Index, offset: Int) {
        let scalarScript = lookup.script(of: scalar)
        switch scalarScript {
        case .inherited:
            return
        case .common, .unknown:
            addShared(scalar, at: index, offset: offset)
        default:
            if runScript == .common {
                resolveOpenRun(to: scalarScript)
            } else if runScript != scalarScript {
                if let shared = pending, shared.scripts.contains(scalarScript) {
                    startRun(scalarScript, at: shared.index, offset: shared.offset)
                } else {
                    startRun(scalarScript, at: index, offset: offset)
                }
            }
            pending = nil
        }
    }

    /// Notes a shared character that is used with specific scripts, none of them the run's.
    private mutating func notePending(_ scalar: Unicode.Scalar, at index: String.Index, offset: Int) {
        guard runScript != .common, scalar.value >= 0x80 else { return }
        let extensions = lookup.scriptExtensions(of: scalar)
        guard !extensions.contains(.common), !extensions.contains(.unknown), !extensions.contains(runScript) else {
            return
        }
        if let shared = pending, !shared.scripts.intersection(extensions).isEmpty {
            pending = (shared.index, shared.offset, shared.scripts.intersection(extensions))
        } else {
            pending = (index, offset, extensions)
        }
    }

    private mutating func addShared(_ scalar: Unicode.Scalar, at index: String.Index, offset: Int) {
        guard let bracket = PairedBracket(scalar) else {
            notePending(scalar, at: index, offset: offset)
            return
        }
        if bracket.isOpening {
            if brackets.count < Self.maximumBracketDepth {
                brackets.append((closer: bracket.partner, script: runScript))
            }
            return
        }
        guard let match = brackets.lastIndex(where: { $0.closer == scalar.value }) else { return }
        let openerScript = brackets[match].script
        brackets.removeSubrange(match...)
        if openerScript != runScript && openerScript != .common {
            startRun(openerScript, at: index, offset: offset)
            pending = nil
        }
    }

    /// The open run had only shared characters so far; it and its brackets now get `script`.
    private mutating func resolveOpenRun(to script: UnicodeScript) {
        runScript = script
        for position in brackets.indices where brackets[position].script == .common {
            brackets[position].script = script
        }
    }

    private mutating func startRun(_ script: UnicodeScript, at index: String.Index, offset: Int) {
        if offset > runStartOffset {
            runs.append(ScriptRun(script: runScript, scalarOffsets: runStartOffset..<offset, range: runStart..<index))
        }
        runScript = script
        runStart = index
        runStartOffset = offset
    }

    mutating func finish(endIndex: String.Index, endOffset: Int) -> [ScriptRun] {
        if endOffset > runStartOffset {
            runs.append(ScriptRun(script: runScript, scalarOffsets: runStartOffset..<endOffset,
                                  range: runStart..<endIndex))
        }
        return runs
    }
}
