import CSV
import Foundation

/// The values of one scanned record.
///
/// Quoted CSV and TSV go through CSV.swift, which undoes RFC 4180 quoting; plain TSV splits at
/// tabs, keeping bare `"` (as in `26" monitor`), and only unwraps a field quoted whole the way Excel
/// writes one (`"26"" monitor"`).
enum DelimitedValues {
    static func values(
        of record: ScannedRecord, in bytes: UnsafeRawBufferPointer, scanner: DelimitedScanner
    ) -> [String] {
        let fields = zip(record.fieldStarts, record.fieldEnds).lazy.map { start, end in
            String(decoding: bytes[start.offset..<end], as: UTF8.self)
        }
        guard scanner.quoting else { return fields.map(unwrapExcelQuoting) }
        // Without a quote anywhere in the record, its fields are exactly the scanner's; most rows of a
        // real feed are like that, and they skip a parser built for each record.
        guard bytes[record.start.offset..<record.end].contains(quote) else { return Array(fields) }
        let text = String(decoding: bytes[record.start.offset..<record.end], as: UTF8.self)
        let reader = try? CSVReader(string: text, delimiter: Unicode.Scalar(scanner.delimiter))
        return reader?.next() ?? []
    }

    private static let quote = UInt8(ascii: "\"")

    static func unwrapExcelQuoting(_ field: String) -> String {
        guard field.utf8.count >= 2, field.utf8.first == quote, field.utf8.last == quote else { return field }
        let inner = field.dropFirst().dropLast()
        // Every quote inside must be doubled, or the outer quotes belong to the text (`"Big" sofa 26"`).
        var quotes = 0
        for character in inner {
            if character == "\"" {
                quotes += 1
            } else if quotes % 2 == 1 {
                return field
            }
        }
        guard quotes % 2 == 0 else { return field }
        return inner.replacingOccurrences(of: "\"\"", with: "\"")
    }
}
