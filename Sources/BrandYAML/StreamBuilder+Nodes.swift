internal import BrandDiagnostics
internal import CLibYAML

extension StreamBuilder {
    mutating func scalar(_ event: yaml_event_t) {
        let data = event.data.scalar
        guard data.length <= limits.maxScalarBytes else {
            report(
                .yamlScalarTooLarge,
                "this scalar is \(data.length) bytes, more than the limit of \(limits.maxScalarBytes) bytes",
                at: SourceRange(at: position(event.start_mark)),
                fix: FixSuggestion(
                    "shorten the value, or raise the limit with `--max-scalar-bytes N` or `limits.max-scalar-bytes` in brandc.yaml"))
            stopped = true
            return
        }
        let range = range(event)
        let text = data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self) } ?? ""
        let style = YAMLScalar.Style(data.style)
        let tag = optionalString(data.tag).map(ExplicitTag.display)
        let value: YAMLValue
        if let tag, tag != "!" {
            switch ExplicitTag.resolve(text, tag: tag) {
            case .success(let resolved):
                value = resolved
            case .failure(let mismatch):
                report(.yamlInvalidTaggedValue, "'\(text)' is tagged \(tag) but is not \(mismatch.expected)", at: range)
                value = .string(text)
            }
        } else if tag == nil, style == .plain {
            value = CoreSchema.resolvePlain(text)
        } else {
            value = .string(text)
        }
        let node = YAMLNode(.scalar(YAMLScalar(text: text, style: style, loadedValue: value)), range: range, tag: tag)
        if let anchor = optionalString(data.anchor) { define(anchor, node: node, count: 1) }
        attach(node, count: 1)
    }

    mutating func open(
        _ kind: OpenCollection.Kind, event: yaml_event_t,
        tag: UnsafeMutablePointer<yaml_char_t>?, anchor: UnsafeMutablePointer<yaml_char_t>?
    ) {
        let start = position(event.start_mark)
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
        let firstChild = kind == .sequence ? pendingItems.count : pendingPairs.count
        stack.append(
            OpenCollection(
                kind: kind, start: start, tag: optionalString(tag).map(ExplicitTag.display), anchor: anchorName,
                firstChild: firstChild))
    }

    mutating func close(end: SourcePosition) {
        guard let collection = stack.popLast() else { return }
        let range = SourceRange(start: collection.start, end: end)
        let node: YAMLNode
        switch collection.kind {
        case .sequence:
            let items = pendingItems.popArray(from: collection.firstChild)
            node = YAMLNode(.sequence(items), range: range, tag: collection.tag)
        case .mapping:
            var pairs = pendingPairs.popArray(from: collection.firstChild)
            if collection.hasMergeKey { pairs = applyMerges(pairs) }
            node = YAMLNode(.mapping(pairs), range: range, tag: collection.tag)
        }
        if let anchor = collection.anchor {
            openAnchors.remove(anchor)
            define(anchor, node: node, count: collection.nodeCount)
        }
        attach(node, count: collection.nodeCount)
    }

    /// Hands a finished node to the collection that contains it, or makes it the document's root.
    mutating func attach(_ node: consuming YAMLNode, count: Int) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        stack[top].nodeCount += count
        switch stack[top].kind {
        case .sequence:
            pendingItems.push(node)
        case .mapping:
            if let key = stack[top].pendingKey.take() {
                addPair(key: key, value: node, to: top)
            } else {
                stack[top].pendingKey = node
            }
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
