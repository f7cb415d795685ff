/// Turns libyaml's code-point index of a mark into a UTF-8 byte offset, for files where libyaml's own
/// line and column already agree with brandc's (see `UnicodeLineBreak`).
///
/// Marks come in almost increasing order, so a cursor walks forward over the bytes once, 32 or eight
/// at a time, counting the code points that start in each word; the rare step back walks backward.
/// Without lines to track, the walk never stops at a line end, which is what makes it cheaper than
/// `MarkConverter`. A UTF-8 byte order mark is not counted: libyaml's index starts after it.
struct OffsetCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let start: Int
    private var byteOffset: Int
    private var codePointIndex = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        start = MarkConverter.byteOrderMarkLength(bytes)
        byteOffset = start
    }

    /// The byte offset of the code point at `index` (clamped to the end of the file).
    mutating func offset(atIndex index: Int) -> Int {
        if index >= codePointIndex { advance(to: index) } else { retreat(to: index) }
        return byteOffset
    }

    /// Places the cursor where the caller knows code point `index` to be (at byte `offset`).
    mutating func move(toIndex index: Int, offset: Int) {
        codePointIndex = index
        byteOffset = offset
    }

    /// Whether `count` bytes from `start` are all ASCII, eight at a time.
    static func isASCII(_ start: UnsafePointer<UInt8>, count: Int) -> Bool {
        var index = 0
        while index + 8 <= count {
            if UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < count {
            if start[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    private mutating func advance(to index: Int) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var remaining = index - codePointIndex
        var moved = 0
        // Long stretches (block scalars) go 32 bytes a step: each holds at most 32 code points.
        while remaining - moved >= 32, byteOffset + 32 <= count {
            let raw = UnsafeRawPointer(base + byteOffset)
            var continuationBytes = 0
            for word in 0..<4 {
                let bits = raw.loadUnaligned(fromByteOffset: 8 * word, as: UInt64.self)
                continuationBytes += (bits & ~(bits << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            }
            moved += 32 - continuationBytes
            byteOffset += 32
        }
        while remaining - moved >= 8, byteOffset + 8 <= count {
            let word = UnsafeRawPointer(base + byteOffset).loadUnaligned(as: UInt64.self)
            // A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
            let continuationBytes = word & ~(word << 1) & 0x8080_8080_8080_8080
            moved += 8 - continuationBytes.nonzeroBitCount
            byteOffset += 8
        }
        if moved > 0 {
            // Finish the character whose first byte was counted in the last word.
            while byteOffset < count, base[byteOffset] & 0xC0 == 0x80 { byteOffset += 1 }
            codePointIndex += moved
            remaining -= moved
        }
        while remaining > 0, byteOffset < count {
            byteOffset += 1
            while byteOffset < count, base[byteOffset] & 0xC0 == 0x80 { byteOffset += 1 }
            codePointIndex += 1
            remaining -= 1
        }
    }

    private mutating func retreat(to index: Int) {
        while codePointIndex > index, byteOffset > start {
            byteOffset -= 1
            while byteOffset > start, bytes[byteOffset] & 0xC0 == 0x80 { byteOffset -= 1 }
            codePointIndex -= 1
        }
    }
}
