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

    /// The size the template (or else its channel) asks for must exist: M007 is an error wherever the
    /// size comes from (a channel's `3K` is no quiet `1K`). Only a channel default that other models
    /// do have (`2K` for a model sized in pixels) gives way to this model's default, said by A008.
    func imageSize(diagnostics: inout DiagnosticSink) -> String? {
        guard let value = template.imageSize ?? channel?.imageSize else { return nil }
        guard model.supports(imageSize: value.value) else {
            let fromChannel = template.imageSize == nil
            if fromChannel, registry.models.contains(where: { $0.supports(imageSize: value.value) }) {
                diagnostics.report(
                    .channelSizeReplaced,
                    "\(model.displayName) (\(model.id)) has no image size \(value.value), the channel's default; using its own default, \(model.defaultImageSize ?? "auto")",
                    at: value.location,
                    fix: FixSuggestion("set 'image-size' in the template to choose another of \(model.imageSizes.joined(separator: ", "))"))
                return model.defaultImageSize
            }
            let fix = fromChannel
                ? FixSuggestion("set 'image-size' in the template to one of \(model.imageSizes.joined(separator: ", ")) to override the channel's")
                : alternative(for: value.value, { $0.supports(imageSize: value.value) })
            diagnostics.report(
                .unsupportedImageOption,
                "\(model.displayName) (\(model.id)) has no image size \(value.value); it supports \(model.imageSizes.joined(separator: ", "))",
                at: value.location, fix: fix)
            return nil
        }
        return model.wireSize(value.value)
    }

    private func alternative(for value: String, _ supports: (TargetModel) -> Bool) -> FixSuggestion? {
        registry.models.first { $0 != model && supports($0) }.map {
            FixSuggestion("\($0.displayName) (target: \($0.id)) supports \(value)")
        }
    }
}
