import BrandModel

/// Files held in memory, for tests.
struct MemoryFileSystem: FileSystem {
    var files: [String: String]

    struct Missing: Error {}

    func read(_ path: String) throws -> [UInt8] {
        guard let text = files[path] else { throw Missing() }
        return Array(text.utf8)
    }

    func fileExists(_ path: String) -> Bool { files[path] != nil }
}

/// Where the first occurrence of `needle` is, as 1-based line:column, to keep expectations readable.
func position(of needle: String, in text: String) -> String {
    guard let range = text.range(of: needle) else { return "not found" }
    let before = text[..<range.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let column = before.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.unicodeScalars.count + 1 } ?? 1
    return "\(line):\(column)"
}
