import BrandDiagnostics
import BrandModel

/// One text the voice rules read, wherever it is: a brand locale's or a product's copy, a product's
/// title or description, the guide's tagline, or a run of a template's literal text.
struct VoiceText {
    /// How messages name it: `en cta copy`, `product 'P1' title`, `template 'hero' text`.
    var what: String
    /// The BCP 47 tag of its locale, or empty when it has none (ICU picks a dictionary by script).
    var locale: String
    var text: String
    var origin: Origin

    enum Origin {
        /// A YAML or feed value, pinpointed in its file by `SourcePinpoint`.
        case value(Located<String>)
        /// A run of a template body at this byte offset of its file (`nil` when the file could not
        /// be read again), or failing that the body's start.
        case template(SourceFile?, offset: Int, fallback: SourceLocation)
    }

    /// Where scalars `scalarOffset..<scalarOffset+length` of the text are in their file, or `nil` when
    /// the source does not spell the text as is (escapes, folded lines).
    func exactLocation(scalarOffset: Int, length: Int, pinpoint: SourcePinpoint) -> SourceLocation? {
        switch origin {
        case .value(let value):
            return pinpoint.exactLocation(in: value, scalarOffset: scalarOffset, scalarLength: length)
        case .template(let file, let offset, _):
            guard let file else { return nil }
            let scalars = Array(text.unicodeScalars)
            guard scalarOffset + length <= scalars.count else { return nil }
            let prefix = String(String.UnicodeScalarView(scalars[0..<scalarOffset])).utf8.count
            let span = String(String.UnicodeScalarView(scalars[scalarOffset..<scalarOffset + length])).utf8.count
            return file.location(from: offset + prefix, to: offset + prefix + span)
        }
    }

    /// The exact location of the scalars, or failing that the whole text's.
    func location(scalarOffset: Int, length: Int, pinpoint: SourcePinpoint) -> SourceLocation {
        if let exact = exactLocation(scalarOffset: scalarOffset, length: length, pinpoint: pinpoint) { return exact }
        switch origin {
        case .value(let value): return value.location
        case .template(_, _, let fallback): return fallback
        }
    }
}

extension CheckInput {
    /// Every text the voice rules read, in a fixed order: the guide's tagline and copy, then each
    /// product's copy, title and description, then the templates' literal text. The guide's own
    /// texts and the templates only when `checksGuide` (a compile checks them once, not per product).
    var voiceTexts: [VoiceText] {
        var texts: [VoiceText] = []
        if checksGuide, let tagline = guide?.identity.tagline {
            texts.append(VoiceText(what: "the tagline", locale: "", text: tagline.value, origin: .value(tagline)))
        }
        texts += copyItems.map { item in
            VoiceText(
                what: "\(item.localeTag) \(item.entry.role.value) copy", locale: item.localeTag, text: item.text,
                origin: .value(item.entry.text))
        }
        for product in products {
            for (field, value) in [("title", product.title), ("description", product.description)] {
                guard let value else { continue }
                texts.append(VoiceText(
                    what: "product '\(product.id.value)' \(field)", locale: "", text: value.value, origin: .value(value)))
            }
        }
        if checksGuide {
            for template in templates { texts += literalTexts(of: template) }
        }
        return texts
    }

    private func literalTexts(of template: PromptTemplate) -> [VoiceText] {
        let fallback = SourceLocation(
            file: template.file,
            range: SourceRange(at: SourcePosition(offset: template.bodyStartOffset, line: template.bodyStartLine, column: 1)))
        // The body must still be the file's bytes from its offset on, else the positions would lie.
        let file = (try? fileSystem.read(template.file)).map { SourceFile(path: template.file, bytes: $0) }
            .flatMap { file in
                file.bytes.dropFirst(template.bodyStartOffset).starts(with: template.body.utf8) ? file : nil
            }
        let name = template.name?.value ?? template.file
        return TemplateLiteralText.runs(in: template.body).map { run in
            VoiceText(
                what: "template '\(name)' text", locale: "", text: run.text,
                origin: .template(file, offset: template.bodyStartOffset + run.offset, fallback: fallback))
        }
    }
}
