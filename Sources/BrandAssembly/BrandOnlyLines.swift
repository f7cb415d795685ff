/// Finds the runs of whole lines of a template body whose output depends on the brand guide alone,
/// so they can be rendered once per run instead of once per product.
///
/// A line is brand-only when every tag on it (and in the partials it includes) names something
/// under `brand`, or a member of a brand-only section's item, and every section open around it is
/// brand-only too. A run is whole lines with its sections balanced: Mustache decides whether a tag
/// stands alone on its line (and so removes the line) from that line alone, so a run of whole lines
/// renders to the same text on its own as inside the template.
enum BrandOnlyLines {
    /// Byte ranges of `body`, each a run of whole lines holding at least one tag.
    static func runs(in body: String, partials: [String: String]) -> [Range<Int>] {
        // A delimiter change is not followed by the tag scanner: fold nothing.
        guard !body.contains("{{=") else { return [] }
        let lineStarts = lineStarts(of: body)
        let lineCount = lineStarts.count
        var foldable = Array(repeating: true, count: lineCount)
        var hasTag = Array(repeating: false, count: lineCount)
        var depthAfter = Array(repeating: 0, count: lineCount)
        var scopes: [Bool] = []  // whether each open section is brand-only
        let classifier = Classifier(partials: partials)
        var line = 0
        func advance(to offset: Int) {
            while line + 1 < lineCount, lineStarts[line + 1] <= offset {
                depthAfter[line] = scopes.count
                line += 1
                if scopes.contains(false) { foldable[line] = false }
            }
        }
        for tag in TemplateTagScanner.tags(in: body) {
            advance(to: tag.openOffset)
            let firstLine = line
            hasTag[line] = true
            if !classifier.tagIsBrandOnly(tag, scopes: &scopes) { foldable[line] = false }
            advance(to: tag.endOffset - 1)
            // A tag spread over lines (a long comment) keeps those lines where they are.
            if line != firstLine { for spanned in firstLine...line { foldable[spanned] = false } }
        }
        advance(to: Int.max)
        depthAfter[lineCount - 1] = scopes.count
        return balancedRuns(foldable: foldable, hasTag: hasTag, depthAfter: depthAfter, lineStarts: lineStarts,
                            end: body.utf8.count)
    }

    /// Maximal stretches of foldable lines, cut where no section is open, that hold a tag.
    private static func balancedRuns(
        foldable: [Bool], hasTag: [Bool], depthAfter: [Int], lineStarts: [Int], end: Int
    ) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        var lastClosed: Int?
        func flush() {
            if let first = start, let last = lastClosed, hasTag[first...last].contains(true) {
                runs.append(lineStarts[first]..<(last + 1 < lineStarts.count ? lineStarts[last + 1] : end))
            }
            start = nil
            lastClosed = nil
        }
        for line in foldable.indices {
            let depthBefore = line == 0 ? 0 : depthAfter[line - 1]
            guard foldable[line] else {
                flush()
                continue
            }
            if start == nil {
                guard depthBefore == 0 else { continue }
                start = line
            }
            if depthAfter[line] == 0 { lastClosed = line }
        }
        flush()
        return runs
    }

    private static func lineStarts(of body: String) -> [Int] {
        var starts = [0]
        for (offset, byte) in body.utf8.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        if starts.count > 1, starts[starts.count - 1] == body.utf8.count { starts.removeLast() }
        return starts
    }

    /// Decides whether a tag's output depends on the brand alone.
    private struct Classifier {
        let partials: [String: String]
        /// The context's roots other than `brand`: a name starting with one of them reaches per-request data,
        /// even from inside a brand section (Mustache looks a name up through every enclosing scope).
        static let requestRoots: Set<String> = {
            guard case .map(let roots) = ContextShape.prompt else { return [] }
            return Set(roots.keys).subtracting(["brand"])
        }()

        func tagIsBrandOnly(_ tag: TemplateTag, scopes: inout [Bool], partialDepth: Int = 0) -> Bool {
            switch tag.kind {
            case .comment:
                return true
            case .other:
                return false
            case .variable:
                return nameIsBrandOnly(tag.name, inSection: !scopes.isEmpty)
            case .section, .invertedSection:
                let brandOnly = nameIsBrandOnly(tag.name, inSection: !scopes.isEmpty)
                scopes.append(brandOnly)
                return brandOnly
            case .close:
                return scopes.popLast() ?? false
            case .partial:
                return partialIsBrandOnly(tag.name, inSection: !scopes.isEmpty, depth: partialDepth)
            }
        }

        private func nameIsBrandOnly(_ name: String, inSection: Bool) -> Bool {
            if name == "." { return inSection }
            let root = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
            return !Self.requestRoots.contains(root) && (inSection || root == "brand")
        }

        /// A partial is brand-only when all its tags are, with its sections balanced; recursion is cut short.
        private func partialIsBrandOnly(_ name: String, inSection: Bool, depth: Int) -> Bool {
            guard depth < 8, let source = partials[name], !source.contains("{{=") else { return false }
            var scopes: [Bool] = inSection ? [true] : []
            let outer = scopes.count
            for tag in TemplateTagScanner.tags(in: source)
            where !tagIsBrandOnly(tag, scopes: &scopes, partialDepth: depth + 1) || scopes.count < outer {
                return false
            }
            return scopes.count == outer
        }
    }
}
