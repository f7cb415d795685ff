import Foundation

/// FNV-1a over UTF-8: the same value on every run, machine and Swift version (unlike `Hasher`,
/// which is seeded per process). Shards and long output file names use it.
public enum StableHash {
    public static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    public static func fnv1a(_ bytes: some Sequence<UInt8>, basis: UInt64 = offsetBasis) -> UInt64 {
        var hash = basis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }

    /// The hash of a product id: its NFC form, so a decomposed and a composed spelling agree.
    static func id(_ id: String) -> UInt64 {
        fnv1a(id.precomposedStringWithCanonicalMapping.utf8)
    }
}

/// A 128-bit fingerprint of a key (a handle, an id) kept instead of the key itself, so indexes
/// over a large feed hold numbers, not strings.
struct KeyFingerprint: Hashable, Sendable {
    let low: UInt64
    let high: UInt64

    init(_ key: String) {
        let bytes = Array(key.precomposedStringWithCanonicalMapping.utf8)
        low = StableHash.fnv1a(bytes)
        high = StableHash.fnv1a(bytes.reversed(), basis: 0x6C62_272E_07BB_0142) ^ UInt64(bytes.count)
    }
}
