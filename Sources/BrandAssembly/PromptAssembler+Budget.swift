import BrandDiagnostics
import BrandModel

extension PromptAssembler {
    /// Fits the brand sections, the prompt and the reference images into the route's budget and
    /// reports what did not fit; `nil` when the required sections alone are over.
    func fitBudget(
        prompt: String, references: [ReferenceImage], imageSize: String?, diagnostics: inout DiagnosticSink
    ) -> BudgetResult? {
        let promptSection = PromptSection(name: "prompt", title: nil, items: [prompt], placement: .prompt)
        let promptTokens = counter.count(prompt)
        var promptPolicy = SectionPolicy.of("prompt", in: template)
        promptPolicy.required = true
        let images = PromptSection(
            name: "reference-images", title: nil, items: references.map(\.path), placement: .images)
        var sections = systemSections + [
            CountedSection(section: promptSection, policy: promptPolicy, headerTokens: 0, itemTokens: [promptTokens])
        ]
        if !references.isEmpty {
            sections.append(CountedSection(
                images: images, policy: SectionPolicy.of("reference-images", in: template),
                tokensPerImage: model.referenceImageTokens))
        }
        let budget = TokenBudget(
            inputLimit: route.inputTokenLimit,
            outputReserve: model.outputTokens(forSize: imageSize) + budgetOptions.textAndThinkingReserve,
            margin: budgetOptions.margin)
        let fullCount = systemSections.filter(\.policy.included).count
        let result = BudgetFitter(budget: budget, method: counter.method).fit(sections) { final in
            let system = final.filter { $0.placement == .systemInstruction }
            // The fitter only ever removes items, so the same count of sections, items and all, is the full set.
            let untouched = system.count == fullCount
                && zip(system, systemSections.filter(\.policy.included)).allSatisfy { $0.items.count == $1.section.items.count }
            let systemCount = untouched ? systemTokens : counter.count(SystemInstruction.text(system))
            let imageCount = final.first { $0.placement == .images }?.items.count ?? 0
            return systemCount + promptTokens + imageCount * model.referenceImageTokens
        }
        let location = template.route?.location ?? template.target?.location ?? SourceLocation(file: template.file)
        if result.requiredOverflow {
            let largest = result.outcomes.filter(\.required).sorted { $0.tokens > $1.tokens }
                .map { "\($0.name) \($0.tokens)" }.joined(separator: ", ")
            diagnostics.report(
                .budgetOverflow,
                "the required sections take \(result.total) tokens, \(result.total - budget.available) over the \(budget.available) available on \(route.name) (largest: \(largest))",
                at: location,
                fix: FixSuggestion("shorten the largest required section, mark it not required in the template's 'sections', or use a route with a larger window (brandc models)"))
            return nil
        }
        for outcome in result.outcomes {
            let what: String
            switch outcome.state {
            case .dropped: what = "dropped section '\(outcome.name)' (\(outcome.fullTokens) tokens, priority \(outcome.priority))"
            case .shrunk(let kept, let of): what = "shrank section '\(outcome.name)' to \(kept) of \(of) items (\(outcome.fullTokens) -> \(outcome.tokens) tokens)"
            case .kept, .excluded: continue
            }
            diagnostics.report(Diagnostic(
                .sectionTrimmed, "\(what) to fit \(route.name)'s budget of \(budget.available) tokens",
                at: location, severity: budgetOptions.noTrim ? .error : nil))
        }
        return result
    }
}
