#if canImport(Glibc)
internal import Glibc
#endif

extension NodeArena {
    /// Asks Linux to back the reserved arrays with 2 MB pages: a large file's records, children and
    /// text are written once, front to back, and 4 KB pages cost one page fault each (tens of
    /// thousands for a 50 MB file). Only a hint; elsewhere, or if the kernel declines, nothing changes.
    mutating func adviseHugePages() {
        Self.adviseHugePages(&nodes)
        Self.adviseHugePages(&extents)
        Self.adviseHugePages(&children)
        Self.adviseHugePages(&text)
    }

    private static func adviseHugePages<Element>(_ array: inout [Element]) {
        #if os(Linux)
        let byteCount = array.capacity * MemoryLayout<Element>.stride
        array.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let hugePage = 2 << 20
            let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
            let end = (Int(bitPattern: base) + byteCount) & ~(hugePage - 1)
            guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(pointer, end - start, MADV_HUGEPAGE)
        }
        #endif
    }
}
