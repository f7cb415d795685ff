import BrandDiagnostics
import Foundation

/// The source lines diagnostics point into, read from disk once per file however many diagnostics
/// point there: the first lookup streams the file to find where its lines start, and each line
/// shown later is read alone. A feed of a gigabyte with a note on every row is read once, not once
/// per note, and never held in memory.
final class SourceLineCache: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: IndexedSourceFile?] = [:]

    /// The lines of the file at `path`, or `nil` when it cannot be read.
    func lines(_ path: String) -> IndexedSourceFile? {
        lock.lock()
        defer { lock.unlock() }
        if let known = files[path] { return known }
        let indexed = IndexedSourceFile(path: path)
        files[path] = indexed
        return indexed
    }
}

/// A file on disk with the table of where its lines start; lines are read on demand.
struct IndexedSourceFile: SourceLines {
    let path: String
    let lineStarts: [Int]
    let size: Int

    private static let chunkSize = 1 << 20

    /// Scans the file at `path` once; `nil` when it is not a readable regular file.
    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var scanner = LineStartScanner()
        do {
            while let chunk = try handle.read(upToCount: IndexedSourceFile.chunkSize), !chunk.isEmpty {
                chunk.withUnsafeBytes { scanner.scan($0.bindMemory(to: UInt8.self)) }
            }
        } catch {
            return nil
        }
        scanner.finish()
        self.path = path
        self.lineStarts = scanner.lineStarts
        self.size = scanner.offset
    }

    func line(_ number: Int) -> SourceLine? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? lineStarts[number] : size
        guard end > start else { return SourceLine(startOffset: start, bytes: []) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: UInt64(start))) != nil,
            let data = try? handle.read(upToCount: end - start)
        else { return nil }
        var bytes = [UInt8](data)
        while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }
        return SourceLine(startOffset: start, bytes: bytes[...])
    }
}
