/// Product photos read lately, by `ReferenceLoader.key` (the path as written and the file that
/// named it), so a feed whose products share photos reads, resolves and identifies each once.
/// Bounded, oldest replaced first, so a feed where every product has its own photo keeps memory flat.
struct RecentImages: Sendable {
    struct Entry: Sendable {
        var key: String
        var format: ImageFormat
        var bytes: [UInt8]
    }

    private var entries: [Entry] = []
    private var next = 0
    let capacity: Int

    init(capacity: Int = 16) {
        self.capacity = capacity
    }

    func image(_ key: String) -> Entry? {
        entries.first { $0.key == key }
    }

    mutating func remember(_ entry: Entry) {
        if entries.count < capacity {
            entries.append(entry)
        } else {
            entries[next] = entry
            next = (next + 1) % capacity
        }
    }
}
