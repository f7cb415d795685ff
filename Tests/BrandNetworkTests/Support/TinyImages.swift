import Foundation

/// Small valid images made here, so tests need no binary fixtures.
enum TinyImages {
    /// A `size`×`size` grey PNG: signature, IHDR, one stored-deflate IDAT, IEND, with real CRCs.
    static func png(size: Int = 2, grey: UInt8 = 0x80) -> [UInt8] {
        var raw: [UInt8] = []
        for _ in 0..<size { raw.append(0); raw += [UInt8](repeating: grey, count: size) }
        var zlib: [UInt8] = [0x78, 0x01, 0x01]
        let length = UInt16(raw.count)
        zlib += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
        zlib += raw
        zlib += bigEndian(adler32(raw))
        var ihdr = bigEndian(UInt32(size)) + bigEndian(UInt32(size))
        ihdr += [8, 0, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    /// An 8×8 mid-grey baseline JPEG: one quantisation table, one-code Huffman tables, one block
    /// whose DC difference and AC coefficients are all zero.
    static func jpeg() -> [UInt8] {
        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes += [0xFF, 0xDB, 0x00, 0x43, 0x00] + [UInt8](repeating: 1, count: 64)
        bytes += [0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00]
        let oneCode: [UInt8] = [1] + [UInt8](repeating: 0, count: 15)
        bytes += [0xFF, 0xC4, 0x00, 0x14, 0x00] + oneCode + [0x00]
        bytes += [0xFF, 0xC4, 0x00, 0x14, 0x10] + oneCode + [0x00]
        bytes += [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]
        bytes += [0x3F, 0xFF, 0xD9]
        return bytes
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(crc32(typed))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }
}
