/// Parses a template body into a `TemplateSyntaxTree`. It follows swift-mustache's parser
/// (`Template+Parser.swift`) step by step, as that parser sees a body after brandc's text pragma,
/// so the text it keeps or drops around tags, and the bodies it refuses, are the same; the
/// differential tests hold the two together. It works on `Character`s, as swift-mustache does,
/// and keeps each one's byte offset for positions.
struct TemplateParser {
    let characters: [Character]
    /// `offsets[i]` is the byte offset of `characters[i]`; one more entry for the end.
    let offsets: [Int]
    var index = 0
    var tags: [TemplateTag] = []
    var referenceOnlyFeature: String?

    init(_ body: String) {
        var characters: [Character] = []
        var offsets: [Int] = []
        var offset = 0
        for character in body {
            characters.append(character)
            offsets.append(offset)
            offset += character.utf8.count
        }
        offsets.append(offset)
        self.characters = characters
        self.offsets = offsets
    }

    /// A failure at a character index.
    struct Failure: Error {
        var kind: TemplateSyntaxError.Kind
        var index: Int
    }

    mutating func parse() -> TemplateSyntaxTree {
        // The text pragma brandc puts before every body stands alone when the body's first line is
        // blank, which removes that line; otherwise the first line does not start a new line.
        var frame = Frame(kind: .root, state: State(newLine: lineFinished()))
        var parents: [Frame] = []
        var tagStart = 0
        do {
            try run(&frame, parents: &parents, tagStart: &tagStart)
        } catch {
            let failure = error as? Failure ?? Failure(kind: .endsInsideTag, index: index)
            let open: TemplateTag? = switch failure.kind {
            case .sectionNeverClosed: frame.opener
            default: nil
            }
            // The partial tree: what parsed before the error, open sections closed where it stopped.
            while let parent = parents.popLast() {
                let child = frame
                frame = parent
                frame.nodes.append(child.node(close: nil))
            }
            let stopped = failure.kind == .sectionNeverClosed ? offsets[characters.count] : offsets[tagStart]
            return TemplateSyntaxTree(
                nodes: frame.nodes, tags: tags,
                error: TemplateSyntaxError(kind: failure.kind, offset: offsets[min(failure.index, characters.count)],
                                           openSection: open),
                referenceOnlyFeature: referenceOnlyFeature, parsedLength: stopped)
        }
        return TemplateSyntaxTree(
            nodes: frame.nodes, tags: tags, error: nil, referenceOnlyFeature: referenceOnlyFeature,
            parsedLength: offsets[characters.count])
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private mutating func run(_ frame: inout Frame, parents: inout [Frame], tagStart: inout Int) throws {
        while !atEnd {
            if frame.state.newLine { frame.whitespace = read { $0 == " " || $0 == "\t" } }
            let text = try readTextLine(frame.state)
            if current.isNewline {
                frame.nodes.append(.text(frame.whitespace + text + String(current)))
                frame.state.newLine = true
                index += 1
                continue
            }
            if !text.isEmpty {
                frame.nodes.append(.text(frame.whitespace + text))
                frame.whitespace = ""
                frame.state.newLine = false
            }
            if atEnd { break }
            tagStart = index - frame.state.opener.count
            var standalone = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                index += 1
                let name = try readName(frame.state)
                let tag = record(inverted ? .invertedSection : .section, name, from: tagStart)
                standalone = isStandalone(frame.state)
                if !standalone { frame.flushWhitespace() }
                var state = frame.state.inSection()
                if !standalone { state.newLine = false }
                parents.append(frame)
                frame = Frame(kind: .section(name.text, name.transforms, inverted: inverted, TemplateName(name)),
                              state: state, opener: tag, openStandalone: standalone)
                continue
            case "/":
                index += 1
                let afterSlash = index
                let name = try readName(frame.state)
                let tag = record(.close, name, from: tagStart)
                guard frame.closes(name) else { throw Failure(kind: .closingTagMismatch, index: afterSlash) }
                if !isStandalone(frame.state) { frame.flushWhitespace() }
                let child = frame
                guard let parent = parents.popLast() else { throw Failure(kind: .closingTagMismatch, index: afterSlash) }
                frame = parent
                if case .inheritance = child.kind, !child.nodes.allSatisfy(\.isTextOrBlockDefinition) {
                    throw Failure(kind: .textOrTagInsideInheritance, index: index)
                }
                frame.nodes.append(child.node(close: tag))
                if child.clearsParentWhitespace { frame.whitespace = "" }
                frame.state.newLine = child.openStandalone
                continue
            case "!":
                index += 1
                try skipComment(frame.state)
                _ = record(.comment, nil, from: tagStart)
                standalone = isStandalone(frame.state)
            case "{":
                frame.flushWhitespace()
                index += 1
                let name = try readName(frame.state)
                guard try read("}") else { throw Failure(kind: .unfinishedTag(closer: frame.state.closerText + "}"), index: index) }
                let tag = record(.variable, name, from: tagStart)
                frame.nodes.append(variable(name, tag: tag))
            case "&":
                frame.flushWhitespace()
                index += 1
                let name = try readName(frame.state)
                frame.nodes.append(variable(name, tag: record(.variable, name, from: tagStart)))
            case ">":
                index += 1
                skipWhitespace()
                let dynamic = current == "*"
                if dynamic { index += 1 }
                let name = try readPartialName(frame.state)
                let tag = record(.partial, name, from: tagStart)
                if !frame.whitespace.isEmpty { frame.nodes.append(.text(frame.whitespace)) }
                standalone = isStandalone(frame.state)
                if dynamic {
                    frame.nodes.append(referenceOnly("a dynamic partial ({{>*name}})", tag: tag, body: []))
                } else {
                    frame.nodes.append(.partial(name.text, indentation: standalone ? frame.whitespace : nil, tag: tag))
                }
                frame.whitespace = ""
            case "<":
                index += 1
                skipWhitespace()
                let name = try readPartialName(frame.state)
                let tag = record(.inheritance, name, from: tagStart)
                if referenceOnlyFeature == nil { referenceOnlyFeature = "a partial with inheritance ({{<name}})" }
                if !frame.whitespace.isEmpty { frame.nodes.append(.text(frame.whitespace)) }
                standalone = isStandalone(frame.state)
                var state = frame.state.inSection()
                state.newLine = true
                state.inheritanceTopLevel = true
                parents.append(frame)
                frame = Frame(kind: .inheritance(name.text), state: state, opener: tag, openStandalone: standalone,
                              clearsParentWhitespace: true)
                continue
            case "$":
                index += 1
                let name = try readName(frame.state)
                guard name.transforms.isEmpty else { throw Failure(kind: .transformOnBlock, index: index) }
                let tag = record(.block, name, from: tagStart)
                if referenceOnlyFeature == nil { referenceOnlyFeature = "a block ({{$name}})" }
                let definition = frame.state.inheritanceTopLevel
                if !definition, !frame.whitespace.isEmpty { frame.nodes.append(.text(frame.whitespace)) }
                standalone = isStandalone(frame.state)
                var state = frame.state.inSection()
                if !standalone { state.newLine = false }
                parents.append(frame)
                frame = Frame(kind: .block(name.text, definition: definition), state: state, opener: tag,
                              openStandalone: standalone, clearsParentWhitespace: !definition)
                continue
            case "=":
                index += 1
                frame.state = try readDelimiters(frame.state)
                _ = record(.delimiters, nil, from: tagStart)
                standalone = isStandalone(frame.state)
            case "%":
                index += 1
                let contentType = try readPragma(frame.state)
                let tag = record(.pragma, nil, from: tagStart)
                // Text is what brandc renders anyway; HTML escaping is left to swift-mustache.
                if contentType != "TEXT" { frame.nodes.append(referenceOnly("an HTML content type", tag: tag, body: [])) }
                standalone = isStandalone(frame.state)
            default:
                frame.flushWhitespace()
                let name = try readName(frame.state)
                frame.nodes.append(variable(name, tag: record(.variable, name, from: tagStart)))
            }
            frame.state.newLine = standalone
        }
        tagStart = characters.count
        guard parents.isEmpty else { throw Failure(kind: .sectionNeverClosed, index: characters.count) }
    }

    private mutating func variable(_ name: ParsedName, tag: TemplateTag) -> TemplateNode {
        if !name.transforms.isEmpty, referenceOnlyFeature == nil { referenceOnlyFeature = "a transform (\(name.text))" }
        return .variable(TemplateName(name), tag: tag)
    }

    private mutating func referenceOnly(_ feature: String, tag: TemplateTag, body: [TemplateNode]) -> TemplateNode {
        if referenceOnlyFeature == nil { referenceOnlyFeature = feature }
        return .referenceOnly(feature: feature, tag: tag, body: body)
    }

    /// Records a tag that started at character `start` and ends here.
    private mutating func record(_ kind: TemplateTag.Kind, _ name: ParsedName?, from start: Int) -> TemplateTag {
        let nameRange = name.map { offsets[$0.start]..<offsets[$0.end] } ?? offsets[index]..<offsets[index]
        let tag = TemplateTag(kind: kind, name: name?.text ?? "", range: offsets[start]..<offsets[index], nameRange: nameRange)
        tags.append(tag)
        return tag
    }
}

extension TemplateNode {
    fileprivate var isTextOrBlockDefinition: Bool {
        switch self {
        case .text: true
        case .referenceOnly(_, let tag, _): tag.kind == .block
        default: false
        }
    }
}
