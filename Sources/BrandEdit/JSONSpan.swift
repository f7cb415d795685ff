/// Finds where a value sits in JSON text without decoding it, so a part of a provider's answer can
/// be sent back exactly as it came: Gemini's `candidates[0].content`, whose `thoughtSignature`s
/// must be echoed byte for byte (api-surface §3.9). Re-encoding through a JSON library could
/// change escapes (`\/`), number forms or key order; slicing cannot.
enum JSONSpan {
    enum Step: Equatable {
        case key(String)
        case index(Int)
    }

    /// The byte range of the value at `path` in `bytes`, or `nil` when the text is not JSON or the path is absent.
    static func range(of path: [Step], in bytes: [UInt8]) -> Range<Int>? {
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpace()
        for step in path {
            guard scanner.enter(step) else { return nil }
        }
        let start = scanner.position
        guard scanner.skipValue() else { return nil }
        return start..<scanner.position
    }

    struct Scanner {
        let bytes: [UInt8]
        var position = 0

        mutating func skipSpace() {
            while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        }

        /// Moves to the start of the member `step` names inside the value at `position`.
        mutating func enter(_ step: Step) -> Bool {
            skipSpace()
            switch step {
            case .key(let wanted):
                guard position < bytes.count, bytes[position] == UInt8(ascii: "{") else { return false }
                position += 1
                while true {
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return false }
                    let keyStart = position
                    guard skipString() else { return false }
                    let key = decodeKey(bytes[keyStart..<position])
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
                    position += 1
                    skipSpace()
                    if key == wanted { return true }
                    guard skipValue() else { return false }
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: ",") else { return false }
                    position += 1
                }
            case .index(let wanted):
                guard position < bytes.count, bytes[position] == UInt8(ascii: "[") else { return false }
                position += 1
                var index = 0
                while true {
                    skipSpace()
                    guard position < bytes.count, bytes[position] != UInt8(ascii: "]") else { return false }
                    if index == wanted { return true }
                    guard skipValue() else { return false }
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: ",") else { return false }
                    position += 1
                    index += 1
                }
            }
        }

        /// Keys brandc looks for are plain ASCII; escapes are kept as written, so an escaped key never matches.
        private func decodeKey(_ quoted: ArraySlice<UInt8>) -> String {
            String(decoding: quoted.dropFirst().dropLast(), as: UTF8.self)
        }

        mutating func skipString() -> Bool {
            position += 1
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\\"): position += 2
                case UInt8(ascii: "\""):
                    position += 1
                    return true
                default: position += 1
                }
            }
            return false
        }

        /// Skips one value of any kind; false when the text ends first.
        mutating func skipValue() -> Bool {
            skipSpace()
            guard position < bytes.count else { return false }
            switch bytes[position] {
            case UInt8(ascii: "\""): return skipString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while position < bytes.count {
                    switch bytes[position] {
                    case UInt8(ascii: "\""):
                        guard skipString() else { return false }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 {
                            position += 1
                            return true
                        }
                    default: break
                    }
                    position += 1
                }
                return false
            default:
                let start = position
                while position < bytes.count, !Self.ends.contains(bytes[position]) { position += 1 }
                return position > start
            }
        }

        static let ends: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09]
    }
}
