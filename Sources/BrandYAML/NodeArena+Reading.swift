internal import BrandDiagnostics

/// Reading nodes back: what views and the builder ask of the storage.
extension NodeArena {
    func kind(_ index: Int) -> NodeKind { nodes[index].kind }

    /// A scalar's first byte in its text, or a collection's first entry in `children`.
    func first(_ index: Int) -> Int {
        let record = nodes[index]
        guard record.flags.contains(.compact) else { return Int(extents[Int(record.payload)].first) }
        return Int(record.startOffset) + record.kind.quoteWidth
    }

    /// A scalar's length in bytes, a sequence's items, or a mapping's pairs.
    func count(_ index: Int) -> Int {
        let record = nodes[index]
        return record.flags.contains(.compact) ? Int(record.payload) : Int(extents[Int(record.payload)].count)
    }

    func range(_ index: Int) -> SourceRange {
        let record = nodes[index]
        if record.flags.contains(.explicitRange), let range = explicitRanges[index] { return range }
        let start = Int(record.startOffset)
        let endOffset: Int
        let endColumn: Int
        if record.flags.contains(.compact) {
            endOffset = start + Int(record.payload) + 2 * record.kind.quoteWidth
            // On one line, the end column is the start column plus the code points in between.
            let codePoints = source[start..<endOffset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            endColumn = Int(record.startColumn) + codePoints
        } else {
            let extent = extents[Int(record.payload)]
            endOffset = Int(extent.endOffset)
            endColumn = Int(extent.endColumn)
        }
        return SourceRange(
            start: position(offset: start, column: Int(record.startColumn)),
            end: position(offset: endOffset, column: endColumn))
    }

    private func position(offset: Int, column: Int) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourcePosition(offset: offset, line: low + 1, column: column)
    }

    func tag(_ index: Int) -> String? { nodes[index].flags.contains(.hasTag) ? tags[index] : nil }

    /// The child at `position` of the collection at `index` (a mapping counts keys and values).
    func child(_ index: Int, _ position: Int) -> Int {
        Int(children[first(index) + position])
    }

    /// A scalar's text as a `String`: made on request, never stored.
    func string(_ index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Runs `body` over a scalar's UTF-8 bytes in place.
    func withBytes<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let bytes = nodes[index].flags.contains(.textInSource) ? source : text
        let start = first(index)
        let count = count(index)
        return bytes.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[start..<start + count]))
        }
    }

    /// The core-schema value of the scalar at `index`, as the loader resolved it.
    func value(_ index: Int) -> YAMLValue {
        switch nodes[index].value {
        case .null, .none: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .string: return .string(string(index))
        case .explicit: return explicitValues[index] ?? .null
        case .int, .float:
            if let tag = tag(index), case .success(let value) = ExplicitTag.resolve(string(index), tag: tag) {
                return value
            }
            return withBytes(index) { CoreSchema.resolvePlainBytes($0) } ?? .string(string(index))
        }
    }

    func kindDescription(_ index: Int) -> String {
        switch (nodes[index].kind, nodes[index].value) {
        case (.sequence, _): "a sequence"
        case (.mapping, _): "a mapping"
        case (_, .null), (_, .none): YAMLValue.null.kindDescription
        case (_, .false), (_, .true): YAMLValue.bool(true).kindDescription
        case (_, .int): YAMLValue.int(0).kindDescription
        case (_, .float): YAMLValue.float(0).kindDescription
        case (_, .string): YAMLValue.string("").kindDescription
        case (_, .explicit): value(index).kindDescription
        }
    }
}
