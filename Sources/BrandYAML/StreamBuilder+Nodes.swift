internal import BrandDiagnostics
internal import CLibYAML

extension StreamBuilder {
    mutating func scalar(_ event: UnsafePointer<yaml_event_t>) {
        let data = event.pointee.data.scalar
        guard data.length <= limits.maxScalarBytes else {
            report(
                .yamlScalarTooLarge,
                "this scalar is \(data.length) bytes, more than the limit of \(limits.maxScalarBytes) bytes",
                at: SourceRange(at: position(event.pointee.start_mark)),
                fix: FixSuggestion(
                    "shorten the value, or raise the limit with `--max-scalar-bytes N` or `limits.max-scalar-bytes` in brandc.yaml"))
            stopped = true
            return
        }
        let start = position(event.pointee.start_mark)
        let bytes = UnsafeBufferPointer(start: data.value, count: data.value == nil ? 0 : data.length)
        let style = YAMLScalar.Style(data.style)
        var flags: NodeRecord.Flags = data.tag == nil ? [] : .hasTag
        var first = arena.text.count
        var end: SourcePosition?
        if let offset = sourceOffset(of: bytes, style: style, at: start.offset) {
            flags.insert(.textInSource)
            first = offset
            end = asciiEnd(event, start: start, spanning: offset + bytes.count + NodeKind(style).quoteWidth - start.offset)
            if end != nil { flags.insert(.asciiText) }
        } else {
            arena.text.append(contentsOf: bytes)
        }
        let range = SourceRange(start: start, end: end ?? position(event.pointee.end_mark))
        let tag = data.tag == nil ? nil : optionalString(data.tag).map(ExplicitTag.display)
        let value: ValueKind
        if let tag, tag != "!" {
            let text = String(decoding: bytes, as: UTF8.self)
            switch ExplicitTag.resolve(text, tag: tag) {
            case .success(let resolved):
                value = ValueKind(resolved)
            case .failure(let mismatch):
                report(.yamlInvalidTaggedValue, "'\(text)' is tagged \(tag) but is not \(mismatch.expected)", at: range)
                value = .string
            }
        } else if tag == nil, style == .plain {
            value = CoreSchema.plainKind(bytes)
        } else {
            value = .string
        }
        let node = arena.append(
            NewNode(kind: NodeKind(style), value: value, range: range, first: first, count: bytes.count, flags: flags))
        if let tag { arena.tags[node] = tag }
        let anchor = data.anchor == nil ? nil : optionalString(data.anchor)
        if let anchor { define(anchor, node: node, count: 1) }
        if style == .plain { checkLibYAMLReading(plainScalarAt: range, anchor: anchor) }
        attach(node, count: 1)
    }

    mutating func open(
        _ kind: OpenCollection.Kind, event: UnsafePointer<yaml_event_t>,
        tag: UnsafeMutablePointer<yaml_char_t>?, anchor: UnsafeMutablePointer<yaml_char_t>?, isFlow: Bool
    ) {
        let start = position(event.pointee.start_mark)
        guard stack.count < limits.maxDepth else {
            report(
                .yamlDepthLimit,
                "sequences and mappings nest deeper than the limit of \(limits.maxDepth) levels",
                at: SourceRange(at: start),
                fix: FixSuggestion(
                    "flatten the structure, or raise the limit with `--max-depth N` or `limits.max-depth` in brandc.yaml"))
            stopped = true
            return
        }
        let anchorName = optionalString(anchor)
        if let anchorName {
            anchors[anchorName] = nil
            openAnchors.insert(anchorName)
        }
        stack.append(
            OpenCollection(
                kind: kind, start: start, tag: optionalString(tag).map(ExplicitTag.display), anchor: anchorName,
                isFlow: isFlow, firstChild: pending.count))
    }

    mutating func close(end: SourcePosition) {
        guard let collection = stack.popLast() else { return }
        let range = SourceRange(start: collection.start, end: end)
        let first = arena.children.count
        let kind: NodeKind
        switch collection.kind {
        case .sequence:
            kind = .sequence
            arena.children.append(contentsOf: pending[collection.firstChild...])
        case .mapping:
            kind = .mapping
            // libyaml gives every key a value; an odd run would be a key cut short, and is dropped.
            let pairsEnd = collection.firstChild + (pending.count - collection.firstChild) / 2 * 2
            if collection.hasMergeKey {
                arena.children.append(contentsOf: applyMerges(pending[collection.firstChild..<pairsEnd]))
            } else {
                arena.children.append(contentsOf: pending[collection.firstChild..<pairsEnd])
            }
        }
        pending.removeSubrange(collection.firstChild...)
        let count = arena.children.count - first
        let node = arena.append(
            NewNode(
                kind: kind, value: .none, range: range, first: first,
                count: kind == .mapping ? count / 2 : count, flags: collection.tag == nil ? [] : .hasTag))
        if let tag = collection.tag { arena.tags[node] = tag }
        if let anchor = collection.anchor {
            openAnchors.remove(anchor)
            define(anchor, node: node, count: collection.nodeCount)
        }
        attach(node, count: collection.nodeCount)
    }

    /// Where the file itself holds a scalar's text, so it need not be copied: a plain scalar's text is
    /// usually its source, a quoted one's the source inside the quotes (any escape or folded line
    /// makes them differ, and then the bytes are copied). Equal bytes are the same text, whatever
    /// the reason, so this needs no knowledge of YAML's rules.
    func sourceOffset(of bytes: UnsafeBufferPointer<UInt8>, style: YAMLScalar.Style, at start: Int) -> Int? {
        let offset: Int
        switch style {
        case .plain: offset = start
        case .singleQuoted, .doubleQuoted: offset = start + 1
        case .literal, .folded: return nil
        }
        guard let base = bytes.baseAddress, let sourceBase = source.baseAddress, offset + bytes.count <= source.count
        else { return nil }
        return memcmp(sourceBase + offset, base, bytes.count) == 0 ? offset : nil
    }

    /// The end of a scalar whose `length` bytes from `start` (text and quotes) are ASCII: as many
    /// code points as bytes, so libyaml's end index, when it is `length` past the start index, says
    /// exactly where it ends, and the cursor jumps there instead of walking.
    private mutating func asciiEnd(
        _ event: UnsafePointer<yaml_event_t>, start: SourcePosition, spanning length: Int
    ) -> SourcePosition? {
        let startMark = event.pointee.start_mark
        let endMark = event.pointee.end_mark
        guard marksHaveOurLines, let base = source.baseAddress, start.offset + length < source.count,
            endMark.index == startMark.index + length, OffsetCursor.isASCII(base + start.offset, count: length)
        else { return nil }
        cursor.move(toIndex: endMark.index, offset: start.offset + length)
        return SourcePosition(offset: start.offset + length, line: endMark.line + 1, column: endMark.column + 1)
    }

    /// Hands a finished node to the collection that contains it, or makes it the document's root.
    mutating func attach(_ node: Int, count: Int) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        stack[top].nodeCount += count
        if stack[top].kind == .mapping, (pending.count - stack[top].firstChild) & 1 == 1 {
            addPair(value: node, to: top)
        } else {
            pending.append(Int32(truncatingIfNeeded: node))
        }
    }
}

extension YAMLScalar.Style {
    init(_ style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}
