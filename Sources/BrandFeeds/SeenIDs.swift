import BrandDiagnostics

/// The ids handed out so far, to report duplicates without keeping every id's text: per id a
/// 128-bit fingerprint and the start of its first occurrence, 32 bytes in all, plus a 4-byte slot
/// of an open-addressing index — about 40 bytes an id at 1,000,000 ids, where a `Dictionary` of the
/// same entries took about 100 (its slack, and the old and new tables side by side while it grows).
struct SeenIDs {
    private struct Entry {
        let fingerprint: KeyFingerprint
        let offset: Int
        let line: Int32
        let column: Int32
    }

    /// Entries in order of first appearance, in fixed-size chunks: growing never copies them.
    private var chunks: [[Entry]] = []
    /// Open addressing with linear probing: 0 is empty, otherwise the entry's index + 1.
    private var slots = [UInt32](repeating: 0, count: 1024)
    private var count = 0
    private static let chunkSize = 16_384

    /// A diagnostic when `id` was seen before (with a note at the first one); otherwise records it.
    mutating func duplicate(of id: Located<String>) -> Diagnostic? {
        let key = KeyFingerprint(id.value)
        var slot = Self.home(of: key, mask: slots.count - 1)
        while slots[slot] != 0 {
            let earlier = entry(Int(slots[slot]) - 1)
            if earlier.fingerprint == key { return Self.diagnostic(id, earlier: earlier) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let start = id.location.start ?? SourcePosition(offset: 0, line: 0, column: 0)
        append(Entry(fingerprint: key, offset: start.offset, line: Int32(clamping: start.line), column: Int32(clamping: start.column)))
        slots[slot] = UInt32(truncatingIfNeeded: count)
        if count * 4 >= slots.count * 3 { grow() }
        return nil
    }

    private static func diagnostic(_ id: Located<String>, earlier: Entry) -> Diagnostic {
        let position = SourcePosition(offset: earlier.offset, line: Int(earlier.line), column: Int(earlier.column))
        let earlierLocation = SourceLocation(file: id.location.file, range: earlier.line > 0 ? SourceRange(at: position) : nil)
        return Diagnostic(
            .feedDuplicateID, "product id '\(id.value)' appears again; this row is skipped", at: id.location,
            notes: [DiagnosticNote("first used here", at: earlierLocation)])
    }

    private static func home(of key: KeyFingerprint, mask: Int) -> Int {
        Int(truncatingIfNeeded: key.low ^ (key.high >> 7)) & mask
    }

    private func entry(_ index: Int) -> Entry {
        chunks[index / Self.chunkSize][index % Self.chunkSize]
    }

    private mutating func append(_ entry: Entry) {
        if count % Self.chunkSize == 0 {
            var chunk: [Entry] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(entry)
        count += 1
    }

    /// Doubles the index and re-places every entry (indices only; the entries stay where they are).
    private mutating func grow() {
        var larger = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for index in 0..<count {
            var slot = Self.home(of: entry(index).fingerprint, mask: mask)
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = UInt32(truncatingIfNeeded: index + 1)
        }
        slots = larger
    }
}
