import Foundation

/// Reads a feed on a thread of its own, a few batches of items ahead of the consumer, so parsing
/// rows and compiling products run side by side on two cores. The items arrive in feed order, the
/// same as `FeedReader`'s iterator; memory stays flat (at most `batchSize × capacity` items wait).
///
/// ```swift
/// let items = FeedPrefetcher(FeedReader(path: "feed.csv"))
/// while let item = items.next() { … }
/// items.summary  // once `next()` has returned nil
/// ```
public final class FeedPrefetcher: Sendable {
    private let channel: BatchChannel

    public init(_ reader: FeedReader, batchSize: Int = 64, capacity: Int = 4) {
        let channel = BatchChannel(capacity: capacity)
        self.channel = channel
        let thread = Thread {
            var items = reader.makeIterator()
            var batch: [FeedItem] = []
            batch.reserveCapacity(batchSize)
            while let item = items.next() {
                batch.append(item)
                guard batch.count == batchSize else { continue }
                guard channel.put(batch) else { return }
                batch.removeAll(keepingCapacity: true)
            }
            if !batch.isEmpty { _ = channel.put(batch) }
            channel.finish(items.summary)
        }
        thread.name = "brandc feed reader"
        thread.start()
    }

    /// The next item in feed order, or `nil` at the end of the feed.
    public func next() -> FeedItem? {
        channel.next()
    }

    /// The reader's counts; complete once `next()` has returned `nil`.
    public var summary: FeedSummary {
        channel.summary
    }

    /// A consumer that stops early lets the reading thread end instead of waiting for room.
    deinit {
        channel.cancel()
    }
}

/// Batches of items handed from the reading thread to the consumer, at most `capacity` waiting.
/// Every stored property is guarded by `condition`.
private final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var waiting: [[FeedItem]] = []
    private var current: IndexingIterator<[FeedItem]> = [].makeIterator()
    private var finalSummary: FeedSummary?
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Waits for room; `false` once the consumer has gone.
    func put(_ batch: [FeedItem]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        waiting.append(batch)
        condition.broadcast()
        return true
    }

    func finish(_ summary: FeedSummary) {
        condition.lock()
        finalSummary = summary
        condition.broadcast()
        condition.unlock()
    }

    func next() -> FeedItem? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let item = current.next() { return item }
            if !waiting.isEmpty {
                current = waiting.removeFirst().makeIterator()
                condition.broadcast()
                continue
            }
            if finalSummary != nil { return nil }
            condition.wait()
        }
    }

    var summary: FeedSummary {
        condition.lock()
        defer { condition.unlock() }
        return finalSummary ?? FeedSummary()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
