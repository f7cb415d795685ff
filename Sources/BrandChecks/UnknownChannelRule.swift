public import BrandDiagnostics
import BrandModel

extension DiagnosticCode {
    public static let unknownChannel = DiagnosticCode(
        "C004", name: "unknown-channel", summary: "A product or template names a channel the brand does not define.",
        severity: .warning)
}

/// Channels named by products and templates should be defined in the brand guide's `channels`.
struct UnknownChannelRule: CheckRule {
    let code = DiagnosticCode.unknownChannel
    let examples = RuleExamples(
        triggering: ["channels: {pdp: {}}\n=== product\nid: P1\nchannel: ↓pdq"],
        nonTriggering: ["channels: {pdp: {}}\n=== product\nid: P1\nchannel: pdp"])

    func check(_ input: CheckInput, diagnostics: inout DiagnosticSink) {
        guard let guide = input.guide else { return }
        let known = guide.channels.map(\.name.value)
        let named = input.products.compactMap(\.channel) + (input.checksGuide ? input.templates.compactMap(\.channel) : [])
        for channel in named where !known.contains(channel.value) {
            let fix = SpellingSuggestion.closest(to: channel.value, among: known).map {
                FixSuggestion("did you mean '\($0)'?", replacement: TextReplacement(at: channel.location, with: $0))
            }
            diagnostics.report(
                code, "channel '\(channel.value)' is not defined in the brand guide's 'channels'",
                at: channel.location, fix: fix)
        }
    }
}
