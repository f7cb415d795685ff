internal import CLibYAML

/// U+0085, U+2028 and U+2029: libyaml starts a new line at each, brandc's line table (and editors)
/// do not. A file without them can take its lines and columns from libyaml's marks.
enum UnicodeLineBreak {
    /// Whether `bytes` hold one, found with `memchr` on their lead bytes (C2 85, E2 80 A8, E2 80 A9).
    static func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        follows(0xC2, by: [0x85], in: bytes) || follows(0xE2, by: [0x80, 0xA8], in: bytes)
            || follows(0xE2, by: [0x80, 0xA9], in: bytes)
    }

    private static func follows(_ lead: UInt8, by rest: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset < bytes.count {
            guard let found = memchr(base + offset, Int32(lead), bytes.count - offset) else { return false }
            let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            if index + rest.count < bytes.count,
                rest.indices.allSatisfy({ base[index + 1 + $0] == rest[$0] })
            {
                return true
            }
            offset = index + 1
        }
        return false
    }
}
