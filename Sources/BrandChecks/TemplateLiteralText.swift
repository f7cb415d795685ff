/// The literal text of a Mustache template body: what the template says in its own words, between
/// its tags. Voice rules read it as they read copy, since it reaches the prompt as written.
enum TemplateLiteralText {
    /// The runs of text between tags, each with its byte offset in the body; runs of only
    /// whitespace are left out. Stops at a delimiter change (`{{=<% %>=}}`), which brandc's checks
    /// do not follow, and at a tag that is never closed.
    static func runs(in body: String) -> [(offset: Int, text: String)] {
        let bytes = Array(body.utf8)
        var runs: [(offset: Int, text: String)] = []
        func add(_ range: Range<Int>) {
            guard bytes[range].contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return }
            runs.append((range.lowerBound, String(decoding: bytes[range], as: UTF8.self)))
        }
        var runStart = 0
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == openBrace, bytes[index + 1] == openBrace else {
                index += 1
                continue
            }
            add(runStart..<index)
            let triple = index + 2 < bytes.count && bytes[index + 2] == openBrace
            if !triple, index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: "=") { return runs }
            let closer = triple ? 3 : 2
            guard let close = closing(bytes, count: closer, from: index + closer) else { return runs }
            index = close + closer
            runStart = index
        }
        add(runStart..<bytes.count)
        return runs
    }

    private static let openBrace = UInt8(ascii: "{")

    /// The offset of the next run of `count` closing braces.
    private static func closing(_ bytes: [UInt8], count: Int, from start: Int) -> Int? {
        var index = start
        while index + count <= bytes.count {
            if bytes[index..<index + count].allSatisfy({ $0 == UInt8(ascii: "}") }) { return index }
            index += 1
        }
        return nil
    }
}
