/// Width functions for tests, independent of the renderer's default.
enum TestWidth {
    /// A small East-Asian-Width stand-in: CJK and Hangul ranges are 2 columns, non-spacing and
    /// enclosing marks 0, everything else 1 — enough for the fixtures, not a full table.
    static let eastAsian: @Sendable (Substring) -> Int = { text in
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        default: break
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return 2
        default:
            return 1
        }
    }
}
