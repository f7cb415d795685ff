import CLibXML2
import Foundation

/// libxml2's streaming reader (`xmlTextReader`) over a feed's bytes: one node at a time, in
/// document order, with the nodes behind it freed, so memory stays flat for any feed length.
///
/// The reader is safe for untrusted feeds: no network, no DTD loading, entities not substituted
/// (so no "billion laughs"), libxml2's default size limits on names and text nodes kept (no
/// `XML_PARSE_HUGE`). Parse errors never reach stderr: the first is kept in `firstError`.
final class XMLStreamReader {
    /// What the reader stands on after `read()`.
    enum Node: Equatable {
        case elementStart(name: XMLName, isEmpty: Bool)
        case elementEnd
        /// Text or CDATA content.
        case text(String)
        /// Whitespace, comments, processing instructions, entity references: nothing to read.
        case other
    }

    /// The first parse error: libxml2's message, and its line and byte column (1-based; 0 when unknown).
    struct ParseError {
        var message: String
        var line: Int
        var column: Int
    }

    private let input: Input
    private let reader: xmlTextReaderPtr?
    /// Set from libxml2's error callback, which holds an unretained pointer to this box.
    private let errors = ErrorBox()

    init(data: Data, url: String) {
        input = Input(data: data)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let context = Unmanaged.passUnretained(input).toOpaque()
        reader = xmlReaderForIO(Input.read, nil, context, url, nil, options)
        if let reader {
            xmlTextReaderSetStructuredErrorHandler(reader, ErrorBox.record, Unmanaged.passUnretained(errors).toOpaque())
        }
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
    }

    var firstError: ParseError? { errors.first }

    /// Bytes of the input the parser has consumed so far.
    var bytesConsumed: Int {
        guard let reader else { return 0 }
        return max(0, Int(xmlTextReaderByteConsumed(reader)))
    }

    /// Moves to the next node; `nil` at the end of the document or at a parse error (the parser runs
    /// ahead of the reader, so the nodes before an error are still handed out first).
    func read() -> Node? {
        guard let reader, xmlTextReaderRead(reader) == 1 else { return nil }
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue):
            return .elementStart(name: currentName(reader), isEmpty: xmlTextReaderIsEmptyElement(reader) == 1)
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
            return .elementEnd
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
            return .text(Self.string(xmlTextReaderConstValue(reader)) ?? "")
        default:
            return .other
        }
    }

    /// The value of the current element's attribute `name` (unprefixed), if it has one.
    func attribute(_ name: String) -> String? {
        guard let reader, xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return Self.string(xmlTextReaderConstValue(reader))
    }

    private func currentName(_ reader: xmlTextReaderPtr) -> XMLName {
        XMLName(
            local: Self.string(xmlTextReaderConstLocalName(reader)) ?? "",
            prefix: Self.string(xmlTextReaderConstPrefix(reader)),
            namespace: Self.string(xmlTextReaderConstNamespaceUri(reader)))
    }

    private static func string(_ text: UnsafePointer<xmlChar>?) -> String? {
        text.map { String(cString: $0) }
    }

    /// The bytes libxml2 pulls in chunks through `xmlReaderForIO`.
    private final class Input {
        let data: Data
        var offset = 0

        init(data: Data) { self.data = data }

        static let read: xmlInputReadCallback = { context, buffer, length in
            guard let context, let buffer, length > 0 else { return 0 }
            let input = Unmanaged<Input>.fromOpaque(context).takeUnretainedValue()
            let count = min(Int(length), input.data.count - input.offset)
            guard count > 0 else { return 0 }
            let start = input.data.startIndex + input.offset
            input.data.copyBytes(to: UnsafeMutableRawPointer(buffer).assumingMemoryBound(to: UInt8.self), from: start..<(start + count))
            input.offset += count
            return Int32(count)
        }
    }

    private final class ErrorBox {
        var first: ParseError?

        static let record: xmlStructuredErrorFunc = { context, error in
            guard let context, let error else { return }
            let box = Unmanaged<ErrorBox>.fromOpaque(context).takeUnretainedValue()
            // Warnings (level 1) do not stop the reader; only errors are kept.
            guard box.first == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            box.first = ParseError(
                message: message.trimmingCharacters(in: .whitespacesAndNewlines),
                line: Int(error.pointee.line), column: Int(error.pointee.int2))
        }
    }
}

/// An element's name: its local part, the prefix it was written with, and its namespace URI.
struct XMLName: Equatable {
    var local: String
    var prefix: String?
    var namespace: String?

    /// `g:price` as written, or `price` without a prefix.
    var qualified: String { prefix.map { "\($0):\(local)" } ?? local }
}
