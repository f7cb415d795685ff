public import BrandDiagnostics

/// Loads YAML through the system libyaml's event API into documents of `YAMLNode`s.
///
/// Problems (syntax errors, limits, duplicate keys, undefined aliases, invalid UTF-8) are reported
/// to the sink at their line and column; the loader never crashes or hangs on bad input.
public struct YAMLLoader: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// Every document in `file`. On a fatal error, the documents read before it and a diagnostic.
    public func loadAll(_ file: SourceFile, diagnostics: inout DiagnosticSink) -> [YAMLDocument] {
        loadStream(file, diagnostics: &diagnostics).map(\.document)
    }

    /// The one document `file` must hold; reports an empty stream or more than one document.
    public func loadSingle(_ file: SourceFile, diagnostics: inout DiagnosticSink) -> YAMLDocument? {
        var local = DiagnosticSink()
        let documents = loadStream(file, diagnostics: &local)
        diagnostics.append(contentsOf: local)
        guard let first = documents.first else {
            if !local.hasErrors {
                diagnostics.report(
                    .yamlEmptyDocument, "the file holds no YAML document", at: file.location(from: 0, to: 0),
                    fix: FixSuggestion("write the document's content, or check that the right file was named"))
            }
            return nil
        }
        if documents.count > 1 {
            let second = documents[1]
            diagnostics.report(
                .yamlMultipleDocuments, "the file holds \(documents.count) YAML documents where one is expected",
                at: SourceLocation(file: file.path, range: SourceRange(at: second.start)),
                notes: [DiagnosticNote("the first document starts here", at: SourceLocation(file: file.path, range: SourceRange(at: first.start)))],
                fix: FixSuggestion("remove the `---` separator and the extra documents, or split them into separate files"))
        }
        if let scalar = first.document.root.scalar, scalar.value == .null, scalar.text.isEmpty, first.document.root.tag == nil {
            diagnostics.report(
                .yamlEmptyDocument, "the document is empty",
                at: SourceLocation(file: file.path, range: SourceRange(at: first.start)),
                fix: FixSuggestion("write the document's content"))
        }
        return first.document
    }

    func loadStream(_ file: SourceFile, diagnostics: inout DiagnosticSink) -> [LoadedDocument] {
        // Past 2 GiB the node storage's 32-bit offsets would not reach, whatever the configured limit.
        let maxFileBytes = min(limits.maxFileBytes, NodeArena.maxFileBytes)
        guard file.bytes.count <= maxFileBytes else {
            diagnostics.report(
                .yamlFileTooLarge,
                "the file is \(file.bytes.count) bytes, more than the limit of \(maxFileBytes) bytes",
                at: SourceLocation(file: file.path),
                fix: FixSuggestion(
                    "split the file, or raise the limit with `--max-file-bytes N` or `limits.max-file-bytes` in brandc.yaml"))
            return []
        }
        // The input is copied only when a separation tab needs repairing.
        var input = file.bytes
        var repairs = 0
        while true {
            var attempt = DiagnosticSink()
            let (documents, separationTab) = input.withUnsafeBufferPointer { bytes in
                loadStream(file, bytes: bytes, diagnostics: &attempt)
            }
            guard let separationTab, repairs < SeparationTab.maxRepairs else {
                diagnostics.append(contentsOf: attempt)
                return documents
            }
            // libyaml stopped at a tab YAML allows: this attempt's diagnostics are not the file's.
            SeparationTab.repair(&input, at: separationTab)
            repairs += 1
        }
    }

    /// One pass of libyaml over `bytes` (the file's bytes, or a copy with separation tabs made
    /// spaces); also says where it stopped at a separation tab, if it did.
    private func loadStream(
        _ file: SourceFile, bytes: UnsafeBufferPointer<UInt8>, diagnostics: inout DiagnosticSink
    ) -> ([LoadedDocument], separationTab: Int?) {
        if let name = EncodingProblem.wideEncodingName(bytes) {
            diagnostics.report(EncodingProblem.diagnostic(.unsupportedEncoding(name: name), in: file))
            return ([], nil)
        }
        guard !bytes.isEmpty else { return ([], nil) }
        var builder = StreamBuilder(
            file: file, limits: limits, bytes: bytes, hasUnicodeLineBreak: UnicodeLineBreak.occurs(in: bytes))
        let libyaml = LibYAMLParser(input: bytes)
        builder.run(libyaml)
        // A stream read to its end passed libyaml's own UTF-8 and NUL checks; any other ending
        // may be one of those bytes, which is then the one problem reported, at its exact byte.
        if !builder.reachedStreamEnd, let problem = EncodingProblem.firstProblem(in: bytes) {
            diagnostics.report(EncodingProblem.diagnostic(problem, in: file))
            return ([], nil)
        }
        diagnostics.append(contentsOf: builder.diagnostics)
        let tree = NodeTree(builder.arena)
        let documents = builder.documents.map { root in
            LoadedDocument(document: YAMLDocument(root: YAMLNode(tree: tree, index: root.node), file: file), start: root.start)
        }
        return (documents, builder.separationTab)
    }
}
