import BrandDiagnostics
import BrandModel
import Foundation

/// Reads a Shopify product export, whose products span several rows (the first with `Title`,
/// then variant rows and image-only rows repeating the `Handle`) that are **not always adjacent**.
///
/// Two passes over the memory-mapped file keep memory bounded: the first scans record boundaries
/// only and indexes, per handle, the byte offset and line of each of its rows (a 128-bit
/// fingerprint of the handle and a list of positions: offsets, not text); the second visits the
/// handles in order of first appearance and reads each one's rows by seeking to those offsets, so
/// one product's rows are in memory at a time. Rows without a handle are products of their own
/// (and are reported as missing an id).
struct ShopifySource {
    private let rows: DelimitedSource
    private let groups: [[FeedPosition]]
    private let handleColumn: Int
    private let shard: Shard
    private var nextGroup = 0
    private var headerReported = false

    init(rows: DelimitedSource, handleColumn: Int, shard: Shard) {
        self.rows = rows
        self.handleColumn = handleColumn
        self.shard = shard
        groups = Self.index(rows, handleColumn: handleColumn)
    }

    /// The number of handles (groups) the index holds.
    var groupCount: Int { groups.count }

    /// Where the next handle's first row starts: handles are visited in order of first appearance,
    /// and each one's other rows come after its first, so nothing before it is read again.
    var readOffset: Int? {
        nextGroup < groups.count ? groups[nextGroup].first?.offset : nil
    }

    mutating func next() -> SourceOutput? {
        if !headerReported {
            headerReported = true
            if let header = rows.header, !header.diagnostics.isEmpty { return .fileDiagnostics(header.diagnostics) }
        }
        guard nextGroup < groups.count, rows.header?.isFatal == false else { return nil }
        let group = groups[nextGroup]
        nextGroup += 1
        var read: [FeedRow] = []
        for position in group {
            guard let (output, _) = rows.read(at: position) else { continue }
            switch output {
            case .rows(let found, _):
                if read.isEmpty, shard.count > 1, let handle = handle(of: found), !shard.contains(id: handle) {
                    return .otherShard(rowCount: group.count)
                }
                read += found
            case .unreadable(let diagnostic, _): return .unreadable(diagnostic, rowCount: group.count)
            default: continue
            }
        }
        if let handle = handle(of: read), isImageOnly(read) {
            let diagnostic = Diagnostic(
                .feedEmptyTitle, "handle '\(handle)' has only image rows and no title; it is skipped",
                at: read[0].location)
            return .skipped(diagnostic, rowCount: group.count)
        }
        return .rows(read, notes: [])
    }

    /// Rows that carry nothing but images (a handle whose product rows were deleted).
    private func isImageOnly(_ rows: [FeedRow]) -> Bool {
        let imageFields: [ProductField] = [.id, .image, .imagePosition]
        return rows.allSatisfy { row in
            row.cells.allSatisfy { cell in
                guard case .field(let field) = cell.meaning else { return true }
                return imageFields.contains(field) || isBlank(cell.value.value)
            }
        }
    }

    private func handle(of rows: [FeedRow]) -> String? {
        rows.first?.cells.first { $0.meaning == .field(.id) }.map { $0.value.value.trimmingWhitespace }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Pass one: per handle, in order of first appearance, the positions of its rows.
    private static func index(_ source: DelimitedSource, handleColumn: Int) -> [[FeedPosition]] {
        var groups: [[FeedPosition]] = []
        var groupOf: [KeyFingerprint: Int] = [:]
        var position = source.position
        source.data.withUnsafeBytes { bytes in
            while let record = source.scanner.record(in: bytes, at: position) {
                let handle = rawField(handleColumn, of: record, in: bytes, quoting: source.scanner.quoting)
                if handle.isEmpty {
                    groups.append([record.start])
                } else if let group = groupOf[KeyFingerprint(handle)] {
                    groups[group].append(record.start)
                } else {
                    groupOf[KeyFingerprint(handle)] = groups.count
                    groups.append([record.start])
                }
                position = record.next
            }
        }
        return groups
    }

    /// One field's value, trimmed, without decoding the rest of the record.
    static func rawField(_ index: Int, of record: ScannedRecord, in bytes: UnsafeRawBufferPointer, quoting: Bool) -> String {
        guard index < record.fields.count else { return "" }
        return record.fields[index].value(in: bytes, quoting: quoting).trimmingWhitespace
    }
}
