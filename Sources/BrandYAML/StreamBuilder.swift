internal import BrandDiagnostics
internal import CLibYAML

/// Builds a stream's nodes into one `NodeArena` from libyaml events, one document at a time, with
/// an explicit stack.
///
/// Lives only inside the loader's `withUnsafeBufferPointer` closure (its mark converter reads the bytes).
struct StreamBuilder {
    let file: SourceFile
    let limits: YAMLLimits
    var converter: MarkConverter
    /// With no U+0085, U+2028 or U+2029 in the file, libyaml's lines and columns are brandc's, and
    /// only the byte offset is computed (by `cursor`); otherwise `converter` computes all three.
    let marksHaveOurLines: Bool
    var cursor: OffsetCursor
    /// The file's bytes, which outlive the builder.
    let source: UnsafeBufferPointer<UInt8>
    var diagnostics = DiagnosticSink()
    var arena: NodeArena
    /// Each finished document's root node and where the document started.
    var documents: [LoadedRoot] = []
    var stack: [OpenCollection] = []
    /// Children of every open collection, innermost last: node indices (a mapping's keys and
    /// values in turn). A closing collection moves its run into `arena.children`.
    var pending: [Int32] = []
    var root: Int?
    var documentStart = SourcePosition(offset: 0, line: 1, column: 1)
    /// Completed anchored nodes of the current document, with their node counts.
    var anchors: [String: (node: Int, count: Int)] = [:]
    /// Anchors of collections still open: an alias to one of them would contain itself.
    var openAnchors: Set<String> = []
    /// Nodes added by alias expansion in the current document.
    var expandedNodes = 0
    /// Set by a problem after which the rest of the stream cannot be trusted.
    var stopped = false
    /// Set when libyaml delivered the end of the stream: it has then read and checked every byte.
    var reachedStreamEnd = false
    /// The position of the end of the file, computed at most once.
    var endOfFile: SourcePosition?
    /// Where libyaml stopped at a tab that YAML allows as separation whitespace, if it did.
    var separationTab: Int?

    init(file: SourceFile, limits: YAMLLimits, bytes: UnsafeBufferPointer<UInt8>, hasUnicodeLineBreak: Bool) {
        self.file = file
        self.limits = limits
        self.converter = MarkConverter(bytes: bytes, lineStarts: file.lineStarts)
        self.marksHaveOurLines = !hasUnicodeLineBreak
        self.cursor = OffsetCursor(bytes: bytes)
        self.source = bytes
        self.arena = NodeArena(source: file.bytes, lineStarts: file.lineStarts)
        arena.reserve(forFileBytes: bytes.count)
    }

    /// Reads events until the stream ends, libyaml fails, or a fatal problem stops the load.
    mutating func run(_ libyaml: borrowing LibYAMLParser) {
        guard libyaml.isInitialized else {
            report(.yamlSyntax, "libyaml could not be initialized (out of memory)", at: nil)
            return
        }
        while !stopped {
            guard libyaml.parseNext() else {
                reportLibYAMLError(libyaml.parser.pointee)
                return
            }
            defer { libyaml.deleteEvent() }
            if libyaml.event.pointee.type == YAML_STREAM_END_EVENT {
                reachedStreamEnd = true
                return
            }
            handle(libyaml.event)
        }
    }

    private mutating func handle(_ event: UnsafePointer<yaml_event_t>) {
        switch event.pointee.type {
        case YAML_DOCUMENT_START_EVENT:
            anchors.removeAll(keepingCapacity: true)
            openAnchors.removeAll(keepingCapacity: true)
            expandedNodes = 0
            root = nil
            documentStart = position(event.pointee.start_mark)
        case YAML_DOCUMENT_END_EVENT:
            if let root { documents.append(LoadedRoot(node: root, start: documentStart)) }
            root = nil
        case YAML_SCALAR_EVENT:
            scalar(event)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.pointee.data.sequence_start
            open(.sequence, event: event, tag: data.tag, anchor: data.anchor, isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE)
        case YAML_MAPPING_START_EVENT:
            let data = event.pointee.data.mapping_start
            open(.mapping, event: event, tag: data.tag, anchor: data.anchor, isFlow: data.style == YAML_FLOW_MAPPING_STYLE)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close(end: position(event.pointee.end_mark))
        case YAML_ALIAS_EVENT:
            alias(event)
        default:
            break
        }
    }

    mutating func position(_ mark: yaml_mark_t) -> SourcePosition {
        guard marksHaveOurLines else { return converter.position(atIndex: mark.index) }
        let offset = cursor.offset(atIndex: mark.index)
        // At the end of a file without a final line break, libyaml counts one line more than there is.
        guard offset < source.count else { return endOfFilePosition() }
        return SourcePosition(offset: offset, line: mark.line + 1, column: mark.column + 1)
    }

    /// Where the file ends, from the line table, with a byte order mark invisible as in `MarkConverter`.
    private mutating func endOfFilePosition() -> SourcePosition {
        if let endOfFile { return endOfFile }
        var position = file.position(atOffset: source.count)
        if position.line == 1, MarkConverter.byteOrderMarkLength(source) > 0 { position.column -= 1 }
        endOfFile = position
        return position
    }

    mutating func range(_ event: UnsafePointer<yaml_event_t>) -> SourceRange {
        let start = position(event.pointee.start_mark)
        return SourceRange(start: start, end: position(event.pointee.end_mark))
    }

    func location(_ range: SourceRange) -> SourceLocation {
        SourceLocation(file: file.path, range: range)
    }

    mutating func report(
        _ code: DiagnosticCode, _ message: String, at range: SourceRange?,
        notes: [DiagnosticNote] = [], fix: FixSuggestion? = nil
    ) {
        let location = range.map(location) ?? SourceLocation(file: file.path)
        diagnostics.report(code, message, at: location, notes: notes, fix: fix)
    }
}

/// A document's root node and where the document started (`---` or its first node).
struct LoadedRoot {
    let node: Int
    let start: SourcePosition
}

/// A document and where it started in its stream.
struct LoadedDocument {
    let document: YAMLDocument
    let start: SourcePosition
}

/// The text of a C string libyaml owns, or `nil` for a null pointer.
func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
}
