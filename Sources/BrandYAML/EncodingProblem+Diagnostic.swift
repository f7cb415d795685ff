internal import BrandDiagnostics

extension EncodingProblem {
    static func diagnostic(_ problem: EncodingProblem, in file: SourceFile) -> Diagnostic {
        switch problem {
        case .unsupportedEncoding(let name):
            return Diagnostic(
                .yamlUnsupportedEncoding, "the file is encoded in \(name); brandc reads UTF-8",
                at: file.location(from: 0, to: 0),
                fix: FixSuggestion("save the file as UTF-8 (for example `iconv -f \(name) -t UTF-8`)"))
        case .invalidUTF8(let offset):
            let byte = String(file.bytes[offset], radix: 16, uppercase: true)
            return Diagnostic(
                .yamlInvalidUTF8, "byte 0x\(byte) is not valid UTF-8",
                at: file.location(from: offset, to: offset + 1),
                fix: FixSuggestion("save the file as UTF-8, or remove the stray byte"))
        case .nulByte(let offset):
            return Diagnostic(
                .yamlNulByte, "the file contains a NUL byte; it may be binary or UTF-16 without a byte order mark",
                at: file.location(from: offset, to: offset + 1),
                fix: FixSuggestion("save the file as UTF-8 text"))
        }
    }
}
