import CSV
import Foundation
@testable import BrandFeeds

/// brandc's delimited parser beside CSV.swift, the parser it replaced, which the tests keep as an oracle.
enum DelimitedOracle {
    /// One record as brandc's parser reads it.
    struct Parsed {
        var record: ScannedRecord
        var values: [String]
        var trusted: Bool { !record.malformedQuoting && record.unclosedQuote == nil }
    }

    static let quote = UInt8(ascii: "\"")

    /// Where the parser starts: after a UTF-8 byte order mark.
    static func start(of bytes: [UInt8]) -> FeedPosition {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? FeedPosition(offset: 3, line: 1, column: 2) : .start
    }

    /// Every record of `bytes`, read the way `DelimitedSource` reads them (an unclosed quote skips to the next line).
    static func parse(_ bytes: [UInt8], delimiter: UInt8, quoting: Bool = true) -> [Parsed] {
        let scanner = DelimitedScanner(delimiter: delimiter, quoting: quoting)
        return bytes.withUnsafeBytes { buffer in
            var records: [Parsed] = []
            var position = start(of: bytes)
            while let record = scanner.record(in: buffer, at: position) {
                records.append(Parsed(record: record, values: record.values(in: buffer, quoting: quoting)))
                position = record.unclosedQuote == nil ? record.next : scanner.lineAfter(record.start, in: buffer)
            }
            return records
        }
    }

    /// CSV.swift's rows for the whole text after any BOM, without the `[""]` it gives for a blank line.
    static func oracleRows(_ bytes: [UInt8], delimiter: UInt8) throws -> [[String]] {
        let text = String(decoding: bytes[start(of: bytes).offset...], as: UTF8.self)
        let reader = try CSVReader(string: text, delimiter: Unicode.Scalar(delimiter))
        var rows: [[String]] = []
        while let row = reader.next() {
            if row != [""] { rows.append(row) }
        }
        return rows
    }

    /// CSV.swift's values for one piece of text read as a single record.
    static func oracleRecord(_ bytes: ArraySlice<UInt8>, delimiter: UInt8) -> [String] {
        let reader = try? CSVReader(string: String(decoding: bytes, as: UTF8.self), delimiter: Unicode.Scalar(delimiter))
        return reader?.next() ?? [""]
    }

    /// The physical line and code-point column of every offset of `bytes`, counted here apart from
    /// the parser: lines end at CR LF, LF or CR.
    static func positions(_ bytes: [UInt8]) -> [FeedPosition] {
        var table: [FeedPosition] = []
        table.reserveCapacity(bytes.count + 1)
        var line = 1
        var column = 1
        for (offset, byte) in bytes.enumerated() {
            table.append(FeedPosition(offset: offset, line: line, column: column))
            if byte == 0x0A || (byte == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte != 0x0D, byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        table.append(FeedPosition(offset: bytes.count, line: line, column: column))
        return table
    }
}
