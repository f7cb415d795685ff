import BrandDiagnostics

/// A rule that looks at each piece of copy on its own.
protocol CopyRule: CheckRule {
    func check(_ item: CopyItem, _ context: CopyRuleContext, diagnostics: inout DiagnosticSink)
}

/// What a copy rule may need besides the copy: the guide's brand name and the pinpointer.
struct CopyRuleContext {
    let input: CheckInput
    let pinpoint: SourcePinpoint

    /// The location of scalars `offset..<offset+length` of `item`'s text.
    func location(_ item: CopyItem, scalarOffset: Int, length: Int = 1) -> SourceLocation {
        pinpoint.location(in: item.entry.text, scalarOffset: scalarOffset, scalarLength: length)
    }

    /// "in ja headline copy" — how messages name a piece of copy.
    func describe(_ item: CopyItem) -> String {
        "\(item.localeTag) \(item.entry.role.value) copy"
    }
}

extension CopyRule {
    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink) {
        let context = CopyRuleContext(input: input, pinpoint: SourcePinpoint(fileSystem: input.fileSystem))
        for item in input.copyItems { check(item, context, diagnostics: &diagnostics) }
    }
}

extension Unicode.Scalar {
    /// `U+200B ZERO WIDTH SPACE`, for messages.
    var codePointDescription: String {
        let hex = String(value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return "U+\(padded)" + (properties.name.map { " \($0)" } ?? "")
    }
}
