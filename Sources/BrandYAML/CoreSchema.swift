/// YAML 1.2 core-schema resolution of plain scalars (spec §10.3.2), written as byte tests rather
/// than regular expressions because it runs once per scalar.
enum CoreSchema {
    static func resolvePlain(_ text: String) -> YAMLValue {
        var utf8 = text
        return utf8.withUTF8 { resolvePlainBytes($0) } ?? .string(text)
    }

    /// The value of a plain scalar's bytes, or `nil` when it is a string.
    static func resolvePlainBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLValue? {
        guard let first = bytes.first else { return .null }
        // Most scalars are words: one look at the first byte sends them straight to `.string`.
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return number(bytes)
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isNull(bytes) ? .null : nil
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return bool(bytes).map(YAMLValue.bool)
        default:
            return nil
        }
    }

    static func isNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.isEmpty || equals(bytes, "~") || equals(bytes, "null") || equals(bytes, "Null") || equals(bytes, "NULL")
    }

    static func bool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if equals(bytes, "true") || equals(bytes, "True") || equals(bytes, "TRUE") { return true }
        if equals(bytes, "false") || equals(bytes, "False") || equals(bytes, "FALSE") { return false }
        return nil
    }

    /// An int or float per the core schema; a decimal int too large for `Int` becomes a float.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLValue? {
        if let int = integer(bytes) { return .int(int) }
        if isDecimalInteger(bytes), let double = Double(String(decoding: bytes, as: UTF8.self)) {
            return .float(double)
        }
        return float(bytes).map(YAMLValue.float)
    }

    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let text = String(decoding: bytes[2...], as: UTF8.self)
            if bytes[1] == UInt8(ascii: "o") { return digits(bytes[2...], allowed: isOctal).flatMap { _ in Int(text, radix: 8) } }
            if bytes[1] == UInt8(ascii: "x") { return digits(bytes[2...], allowed: isHex).flatMap { _ in Int(text, radix: 16) } }
        }
        guard isDecimalInteger(bytes) else { return nil }
        return Int(String(decoding: bytes, as: UTF8.self))
    }

    /// `[-+]?[0-9]+`
    static func isDecimalInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = bytes[...]
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy(isDecimal)
    }

    /// What a plain scalar resolves to, without computing a number: the loader stores only this, and
    /// `resolvePlainBytes` gives the value when it is asked for.
    static func plainKind(_ bytes: UnsafeBufferPointer<UInt8>) -> ValueKind {
        guard let first = bytes.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            if integer(bytes) != nil { return .int }
            // A decimal integer too large for `Int` is a float, as in `number`.
            return isDecimalInteger(bytes) || floatForm(bytes) != nil ? .float : .string
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isNull(bytes) ? .null : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return bool(bytes).map { $0 ? .true : .false } ?? .string
        default:
            return .string
        }
    }

    static func float(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        switch floatForm(bytes) {
        case .infinity(let negative): negative ? -.infinity : .infinity
        case .nan: .nan
        case .decimal: Double(String(decoding: bytes, as: UTF8.self))
        case nil: nil
        }
    }

    enum FloatForm { case infinity(negative: Bool), nan, decimal }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`, `\.(nan|NaN|NAN)`
    static func floatForm(_ bytes: UnsafeBufferPointer<UInt8>) -> FloatForm? {
        var rest = bytes[...]
        var negative = false
        if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            rest = rest.dropFirst()
        }
        if equals(rest, ".inf") || equals(rest, ".Inf") || equals(rest, ".INF") {
            return .infinity(negative: negative)
        }
        if rest.count == bytes.count, equals(rest, ".nan") || equals(rest, ".NaN") || equals(rest, ".NAN") {
            return .nan
        }
        let integerDigits = rest.prefix(while: isDecimal).count
        rest = rest.dropFirst(integerDigits)
        var fractionDigits = 0
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            fractionDigits = rest.prefix(while: isDecimal).count
            rest = rest.dropFirst(fractionDigits)
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        if let e = rest.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            rest = rest.dropFirst()
            if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { rest = rest.dropFirst() }
            guard !rest.isEmpty, rest.allSatisfy(isDecimal) else { return nil }
            rest = rest[rest.endIndex...]
        }
        guard rest.isEmpty else { return nil }
        return .decimal
    }

    private static func digits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, allowed: (UInt8) -> Bool) -> Void? {
        !bytes.isEmpty && bytes.allSatisfy(allowed) ? () : nil
    }

    private static func isDecimal(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isOctal(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "7") }
    private static func isHex(_ byte: UInt8) -> Bool {
        isDecimal(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        equals(bytes[...], word)
    }

    private static func equals(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { bytes.elementsEqual($0) }
    }
}
