public import BrandDiagnostics

/// One of `count` disjoint parts of a feed, picked by a stable hash of each product's id, so that
/// N machines given `1/N` … `N/N` split a feed with no product read twice or missed.
public struct Shard: Hashable, Sendable {
    /// 1-based.
    public let index: Int
    public let count: Int

    /// The whole feed (`1/1`).
    public static let whole = Shard(validIndex: 1, count: 1)

    private init(validIndex: Int, count: Int) {
        self.index = validIndex
        self.count = count
    }

    /// A shard; throws a diagnostic when `index` is not within `1...count`.
    public init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1 else { throw ShardError("the shard count must be at least 1, not \(count)") }
        guard (1...count).contains(index) else {
            throw ShardError("shard \(index)/\(count) is out of range: shards are numbered 1 to \(count)")
        }
        self.init(validIndex: index, count: count)
    }

    /// Parses `I/N` as written after `--shard`.
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ShardError("'\(text)' is not a shard; write I/N, such as 2/4 for the second of four parts")
        }
        try self.init(index: index, count: count)
    }

    /// Whether the product with this id belongs to this shard.
    public func contains(id: String) -> Bool {
        count == 1 || Int(StableHash.id(id) % UInt64(count)) == index - 1
    }

    /// Problems that belong to no product (a row without an id) are reported by the first shard only,
    /// so N machines do not report them N times.
    var reportsRowsWithoutID: Bool { index == 1 }
}

/// A malformed or out-of-range `--shard` value.
public struct ShardError: Error, Sendable {
    public let message: String

    init(_ message: String) { self.message = message }

    /// The problem as a diagnostic with no file location (it comes from the command line).
    public var diagnostic: Diagnostic {
        Diagnostic(.feedBadShard, message, at: nil, fix: FixSuggestion("write --shard I/N with 1 ≤ I ≤ N, e.g. --shard 1/4"))
    }
}
