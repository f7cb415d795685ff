import BrandDiagnostics
import Foundation

/// Reads a Google Merchant Center XML feed — RSS 2.0 (`<rss><channel><item>`) or Atom
/// (`<feed><entry>`), with the `g:` namespace — one item at a time through libxml2's streaming
/// reader.
///
/// Each child element of an item is a column, named as in the CSV dialect (`g:image_link` is
/// `image_link`; RSS's own `title`, `link` and `description` too), so the same aliases and `feed:`
/// mapping apply. A repeated element (`g:additional_image_link`) gives several values. An element
/// with children is a structure, read as dotted columns: `<g:shipping><g:price>` is
/// `shipping.price`, never the item's own `price`. Atom's `<link href="…"/>` reads its `href`.
struct XMLFeedSource {
    static let googleNamespace = "http://base.google.com/ns/1.0"
    static let atomNamespace = "http://www.w3.org/2005/Atom"

    let file: String
    private let reader: XMLStreamReader
    private var locator: XMLTagLocator
    private var builder: NodeRowBuilder
    private var sawRoot = false
    private var finished = false
    /// The item being read, when the reader is inside one.
    private var item: ItemInProgress?

    init(file: String, data: Data, resolver: ColumnResolver) {
        self.file = file
        reader = XMLStreamReader(data: data, url: file)
        locator = XMLTagLocator(data: data)
        builder = NodeRowBuilder(resolver: resolver)
    }

    /// Nothing before this offset is read again.
    var readOffset: Int { locator.cursor.offset }

    mutating func next() -> SourceOutput? {
        guard !finished else { return nil }
        while let node = reader.read() {
            switch node {
            case .elementStart(let name, let isEmpty):
                if let output = open(name, isEmpty: isEmpty) { return output }
            case .elementEnd:
                if let output = close() { return output }
            case .text(let text):
                item?.append(text)
            case .other:
                break
            }
        }
        finished = true
        return ending()
    }

    private mutating func open(_ name: XMLName, isEmpty: Bool) -> SourceOutput? {
        let found = locator.nextStartTag(name.qualified)
        let location = (found?.tag ?? locator.cursor).location(in: file)
        guard sawRoot else {
            sawRoot = true
            guard let refusal = Self.refusal(root: name) else { return nil }
            finished = true
            return .fileDiagnostics([Diagnostic(
                .feedNotAFeed, refusal, at: location,
                fix: FixSuggestion("give brandc the Merchant Center feed itself (RSS 2.0 or Atom with the g: namespace)"))])
        }
        guard var current = item else {
            guard name.local == "item" || name.local == "entry" else { return nil }
            let started = ItemInProgress(location: location)
            guard isEmpty else {
                item = started
                return nil
            }
            return .rows([started.row], notes: [])
        }
        current.open(
            column: Self.column(name), tag: location, content: (found?.content ?? locator.cursor).location(in: file),
            href: name.local == "link" ? reader.attribute("href") : nil)
        if isEmpty { current.close(into: &builder) }
        item = current
        return nil
    }

    private mutating func close() -> SourceOutput? {
        guard var current = item else { return nil }
        guard current.isOpen else {
            item = nil
            defer { builder.diagnostics = [] }
            return .rows([current.row], notes: builder.diagnostics)
        }
        current.close(into: &builder)
        item = current
        return nil
    }

    /// After the last node: a parse error, reported where libxml2 found it.
    private mutating func ending() -> SourceOutput? {
        guard let error = reader.firstError else { return nil }
        let position = locator.position(line: error.line, byteColumn: error.column)
        let inItem = item != nil
        item = nil
        let message = "the feed is not well-formed XML (\(error.message))"
            + (inItem ? "; this item and the rest of the feed are not read" : "; the rest of the feed is not read")
        let diagnostic = Diagnostic(.feedBadRow, message, at: position.location(in: file))
        return inItem ? .unreadable(diagnostic, rowCount: 1) : .fileDiagnostics([diagnostic])
    }

    /// Why a document with this root element is not a product feed, or `nil` when it is one.
    static func refusal(root: XMLName) -> String? {
        switch root.local.lowercased() {
        case "rss", "feed", "rdf": nil
        case "html": "the file is an HTML page, not a product feed"
        default: "the file is an XML document whose root is <\(root.qualified)>, not an RSS 2.0 or Atom product feed"
        }
    }

    /// The column an element names: its local name in the Merchant Center, Atom and RSS
    /// vocabularies, the name as written (`c:color`) in any other namespace.
    static func column(_ name: XMLName) -> String {
        switch name.namespace {
        case nil, "", googleNamespace, atomNamespace: name.local
        default: name.qualified
        }
    }
}

/// The elements of one item read so far: finished cells, and the open elements inside it.
private struct ItemInProgress {
    struct OpenElement {
        var column: String
        var tag: SourceLocation
        var content: SourceLocation
        var href: String?
        var text = ""
        var hasChildren = false
    }

    let location: SourceLocation
    var cells: [FeedCell] = []
    var stack: [OpenElement] = []

    init(location: SourceLocation) { self.location = location }

    var isOpen: Bool { !stack.isEmpty }
    var row: FeedRow { FeedRow(location: location, cells: cells) }

    mutating func open(column: String, tag: SourceLocation, content: SourceLocation, href: String?) {
        if !stack.isEmpty { stack[stack.count - 1].hasChildren = true }
        let path = stack.last.map { "\($0.column).\(column)" } ?? column
        stack.append(OpenElement(column: path, tag: tag, content: content, href: href))
    }

    mutating func append(_ text: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += text
    }

    /// Ends the innermost open element; a leaf becomes a cell.
    mutating func close(into builder: inout NodeRowBuilder) {
        guard let element = stack.popLast(), !element.hasChildren else { return }
        let blank = element.text.allSatisfy(\.isWhitespace)
        let value = blank ? (element.href ?? "") : element.text
        let column = Located(element.column, at: element.tag)
        cells.append(FeedCell(column: column, meaning: builder.meaning(column), value: Located(value, at: element.content)))
    }
}
