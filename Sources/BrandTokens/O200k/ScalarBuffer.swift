/// A text decoded once into what the pre-tokenizer and the byte-pair merger read: its UTF-8
/// bytes, its scalars with their pattern classes, and the byte offset where each scalar starts.
struct ScalarBuffer {
    private var bytes: [UInt8]
    private var scalars: [UInt32] = []
    private var classes: [ScalarClass] = []
    /// One more entry than `scalars`: the last is the byte count.
    private var byteOffsets: [Int32] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        scalars.reserveCapacity(bytes.count)
        classes.reserveCapacity(bytes.count)
        byteOffsets.reserveCapacity(bytes.count + 1)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar.value)
            classes.append(ScalarClass(scalar))
            byteOffsets.append(offset)
            offset += Int32(UTF8.width(scalar))
        }
        byteOffsets.append(offset)
    }

    func withPreTokenizer(
        _ body: (UnsafeBufferPointer<UInt8>, O200kPreTokenizer, UnsafeBufferPointer<Int32>) -> Void
    ) {
        bytes.withUnsafeBufferPointer { bytes in
            scalars.withUnsafeBufferPointer { scalars in
                classes.withUnsafeBufferPointer { classes in
                    byteOffsets.withUnsafeBufferPointer { offsets in
                        body(bytes, O200kPreTokenizer(scalars: scalars, classes: classes), offsets)
                    }
                }
            }
        }
    }
}
