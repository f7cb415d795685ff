import Foundation

/// Text compared by its UTF-8 bytes (what JSON encodes), with `memcmp`: `String`'s own `==` compares
/// by canonical equivalence, far slower on a 200 KB system instruction compared once per product.
struct SameText: Equatable {
    var text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (a: SameText, b: SameText) -> Bool {
        var x = a.text, y = b.text
        return x.withUTF8 { left in y.withUTF8 { right in equal(UnsafeRawBufferPointer(left), UnsafeRawBufferPointer(right)) } }
    }

    /// Equal bytes; the same buffer (a cached text handed out again) is equal without a comparison.
    static func equal(_ x: UnsafeRawBufferPointer, _ y: UnsafeRawBufferPointer) -> Bool {
        guard x.count == y.count else { return false }
        guard let left = x.baseAddress, let right = y.baseAddress else { return true }
        return left == right || memcmp(left, right, x.count) == 0
    }
}

/// The serialized form of the last few distinct values seen, oldest replaced first. Bounded, so a
/// feed where every product has its own photo keeps memory flat.
struct RecentFragments<Key: Equatable> {
    private var entries: [(key: Key, bytes: [UInt8])] = []
    private var next = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    mutating func fragment(for key: Key, encode: () throws -> [UInt8]) rethrows -> [UInt8] {
        if let hit = entries.first(where: { $0.key == key }) { return hit.bytes }
        let bytes = try encode()
        if entries.count < capacity {
            entries.append((key, bytes))
        } else {
            entries[next] = (key, bytes)
            next = (next + 1) % capacity
        }
        return bytes
    }
}
