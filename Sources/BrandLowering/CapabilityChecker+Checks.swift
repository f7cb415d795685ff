import BrandDiagnostics
import BrandModel
import BrandAssembly

extension CapabilityChecker {
    func checkGrounding(_ prompt: AssembledPrompt, target: LoweringTarget, diagnostics: inout DiagnosticSink) {
        let options = prompt.options
        let model = prompt.model
        for asked in [options.webSearch, options.imageSearch].compactMap({ $0 }) where asked.value {
            if target.endpoint != .gemini || !model.webGrounding {
                diagnostics.report(
                    .groundingUnsupported,
                    "search grounding needs a Gemini-native route to a model that has it; \(prompt.route.name) (\(target.rawValue)) cannot carry it",
                    at: asked.location, fix: alternative { $0.endpoint == .gemini && $1.webGrounding })
                return
            }
        }
        if let imageSearch = options.imageSearch, imageSearch.value, !model.imageSearch {
            diagnostics.report(
                .imageSearchUnsupported, "\(model.displayName) has no image search grounding (Nano Banana 2 only)",
                at: imageSearch.location, fix: alternative { $0.endpoint == .gemini && $1.imageSearch })
        }
    }

    func checkThinking(_ prompt: AssembledPrompt, target: LoweringTarget, diagnostics: inout DiagnosticSink) {
        guard let thinking = prompt.options.thinking else { return }
        let model = prompt.model
        if target.endpoint != .gemini {
            diagnostics.report(
                .thinkingUnsupported, "the \(target.rawValue) endpoint has no thinking control",
                at: thinking.location, fix: alternative { $0.endpoint == .gemini && $1.thinkingLevels.contains(thinking.value) })
        } else if !model.thinkingLevels.contains(thinking.value) {
            let levels = model.thinkingLevels.isEmpty ? "no thinking levels (its thinking is always on)"
                : "thinking levels \(model.thinkingLevels.joined(separator: ", "))"
            diagnostics.report(
                .thinkingUnsupported, "\(model.displayName) has \(levels)", at: thinking.location,
                fix: alternative { $0.endpoint == .gemini && $1.thinkingLevels.contains(thinking.value) })
        }
    }

    func checkProviderOptions(_ prompt: AssembledPrompt, target: LoweringTarget, diagnostics: inout DiagnosticSink) {
        let options = prompt.options
        let openAIOnly = [("quality", options.quality), ("output-format", options.outputFormat),
                          ("input-fidelity", options.inputFidelity)]
        if target != .openAIImages {
            for case let (name, value?) in openAIOnly {
                diagnostics.report(
                    .optionNotApplicable, "'\(name)' is an OpenAI Images option; the \(target.rawValue) request leaves it out",
                    at: value.location)
            }
            if let background = options.background, background.value == "transparent" {
                diagnostics.report(
                    .optionConflict, "\(prompt.model.displayName) cannot generate a transparent background",
                    at: background.location, fix: alternative { route, model in route.endpoint == .openAIImages })
            }
        } else {
            if let background = options.background, background.value == "transparent",
                options.outputFormat?.value == "jpeg"
            {
                diagnostics.report(
                    .optionConflict, "a transparent background needs png or webp output, not jpeg", at: background.location)
            }
            if !prompt.options.safety.isEmpty, let first = prompt.options.safety.first {
                diagnostics.report(
                    .optionNotApplicable, "safety settings are a Gemini option; the OpenAI request leaves them out",
                    at: first.category.location)
            }
        }
    }

    func checkTarget(
        _ prompt: AssembledPrompt, target: LoweringTarget, at location: SourceLocation?, bodySize: Int?,
        diagnostics: inout DiagnosticSink
    ) {
        let route = prompt.route
        if target == .geminiBatch, !registry.supportsBatch(route) {
            diagnostics.report(
                .batchUnsupported, "route '\(route.name)' has no documented Batch API",
                at: location, fix: alternative { route, _ in registry.supportsBatch(route) })
        }
        if target == .claude {
            diagnostics.report(
                .weakImageRoute,
                "the Messages API has no image output block: a gateway can only return the image inside text, if at all",
                at: location, fix: alternative { route, model in route.endpoint == .gemini && route.model == prompt.model.id })
            for image in prompt.references where !ClaudeLowering.acceptedMediaTypes.contains(image.format.mimeType) {
                diagnostics.report(
                    .referenceTypeUnsupported, "'\(image.path)' is \(image.format.rawValue.uppercased()); the Messages API takes JPEG, PNG, GIF or WebP",
                    at: location)
            }
        }
        if target == .openAIImages {
            let length = OpenAIImagesLowering.promptText(prompt).count
            if length > Self.openAIPromptLimit {
                diagnostics.report(
                    .promptTooLong, "the prompt is \(length) characters; the Images API takes at most \(Self.openAIPromptLimit)",
                    at: location, fix: FixSuggestion("lower the priority of long sections in the template so the budget trims them"))
            }
        }
        if let bodySize, bodySize > Self.inlineRequestLimit, target != .geminiBatch {
            diagnostics.report(
                .requestTooLarge,
                "the request is \(bodySize / (1024 * 1024)) MB, over the 20 MB a request with inline images may be",
                at: location, fix: FixSuggestion("use fewer or smaller reference images (2048 px JPEG or WebP is plenty)"))
        }
    }
}
