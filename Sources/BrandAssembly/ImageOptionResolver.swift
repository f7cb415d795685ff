import BrandDiagnostics
import BrandModel

/// Picks the aspect ratio and image size (template first, then the channel's defaults in the brand
/// guide) and checks them against what the target model supports.
struct ImageOptionResolver {
    let guide: BrandGuide
    let template: PromptTemplate
    let product: ProductRecord?
    let model: TargetModel
    let registry: ModelRegistry

    private var channel: ChannelDefaults? {
        (template.channel ?? product?.channel).flatMap { guide.channel($0.value) }
    }

    func aspectRatio(diagnostics: inout DiagnosticSink) -> String? {
        guard let value = template.aspectRatio ?? channel?.aspectRatio else { return nil }
        guard model.aspectRatios.contains(value.value) else {
            diagnostics.report(
                .unsupportedImageOption,
                "\(model.displayName) (\(model.id)) has no aspect ratio \(value.value); it supports \(model.aspectRatios.joined(separator: ", "))",
                at: value.location, fix: alternative(for: value.value, { $0.aspectRatios.contains(value.value) }))
            return nil
        }
        return value.value
    }

    /// A size the template asks for must exist; a channel's default size that this model lacks
    /// (`2K` for a model sized in pixels) gives way to the model's default, with a note.
    func imageSize(diagnostics: inout DiagnosticSink) -> String? {
        guard let value = template.imageSize ?? channel?.imageSize else { return nil }
        guard model.supports(imageSize: value.value) else {
            let fromChannel = template.imageSize == nil
            diagnostics.report(Diagnostic(
                .unsupportedImageOption,
                "\(model.displayName) (\(model.id)) has no image size \(value.value); it supports \(model.imageSizes.joined(separator: ", "))"
                    + (fromChannel ? "; using its default, \(model.defaultImageSize ?? "auto"), instead of the channel's" : ""),
                at: value.location, severity: fromChannel ? .note : nil,
                fix: fromChannel ? nil : alternative(for: value.value, { $0.supports(imageSize: value.value) })))
            return fromChannel ? model.defaultImageSize : nil
        }
        return model.wireSize(value.value)
    }

    private func alternative(for value: String, _ supports: (TargetModel) -> Bool) -> FixSuggestion? {
        registry.models.first { $0 != model && supports($0) }.map {
            FixSuggestion("\($0.displayName) (target: \($0.id)) supports \(value)")
        }
    }
}
