internal import BrandDiagnostics

extension JSONWriter {
    mutating func writeMarked(_ node: YAMLNode) {
        output += "{\"kind\":"
        switch node.content {
        case .scalar: output += "\"scalar\""
        case .sequence: output += "\"sequence\""
        case .mapping: output += "\"mapping\""
        }
        output += ","
        writePosition(node.range.start)
        output += ",\"end\":{"
        writePosition(node.range.end)
        output += "}"
        if let tag = node.tag {
            output += ",\"tag\":"
            writeString(tag)
        }
        switch node.content {
        case .scalar(let scalar):
            output += ",\"style\":\"\(scalar.style.rawValue)\",\"value\":"
            writeValue(scalar.value)
        case .sequence(let items):
            output += ",\"items\":["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                writeMarked(item)
            }
            output += "]"
        case .mapping(let pairs):
            output += ",\"pairs\":["
            for (index, pair) in pairs.enumerated() {
                if index > 0 { output += "," }
                output += "{\"key\":"
                writeMarked(pair.key)
                output += ",\"value\":"
                writeMarked(pair.value)
                output += "}"
            }
            output += "]"
        }
        output += "}"
    }

    private mutating func writePosition(_ position: SourcePosition) {
        output += "\"line\":\(position.line),\"column\":\(position.column),\"offset\":\(position.offset)"
    }
}
