import Foundation

/// A JSON response split while it streams from disk: long string values (base64 images) go to
/// side files, unescaped, and are replaced in a small skeleton by a placeholder. The skeleton is
/// parsed normally; the side files are decoded in pieces. Memory stays bounded by the chunk size
/// and the threshold, whatever the body's size.
struct SpilledJSON {
    var skeleton: [UInt8]
    /// Side files holding the unescaped text of each long string, by placeholder index.
    var blobs: [URL]
    /// The most bytes held in buffers at once while splitting (for the memory tests).
    var peakBufferedBytes = 0

    static let placeholderPrefix = "\u{0}blob:"

    static func split(file: URL, blobFolder: URL, threshold: Int = 8192, chunkSize: Int = 64 * 1024) throws -> SpilledJSON {
        guard let input = FileHandle(forReadingAtPath: file.path) else { throw NetworkError.io("cannot read \(file.path)") }
        defer { try? input.close() }
        var splitter = Splitter(blobFolder: blobFolder, threshold: threshold)
        while let chunk = try input.read(upToCount: chunkSize), !chunk.isEmpty {
            try chunk.withUnsafeBytes { raw in try splitter.consume(raw.bindMemory(to: UInt8.self)) }
            splitter.peak = max(splitter.peak, chunk.count + splitter.bufferedBytes)
        }
        try splitter.closeBlob()
        return SpilledJSON(skeleton: splitter.skeleton, blobs: splitter.blobs, peakBufferedBytes: splitter.peak)
    }

    /// The skeleton decoded as `T` (spilled strings are placeholders `blob(for:)` resolves).
    func decode<T: Decodable>(_ type: T.Type) throws(WireShapeError) -> T {
        try WireJSON.decode(T.self, from: skeleton)
    }

    /// The blob a placeholder string names.
    func blob(for string: String) -> URL? {
        guard string.hasPrefix(Self.placeholderPrefix), let index = Int(string.dropFirst(Self.placeholderPrefix.count)),
            blobs.indices.contains(index)
        else { return nil }
        return blobs[index]
    }
}
