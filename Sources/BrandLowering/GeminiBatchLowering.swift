public import BrandAssembly

public enum GeminiBatchLowering {
    /// The batch key of a request: the product id, the template and the locale, so one file can hold
    /// several templates and locales and still join back.
    public static func key(for prompt: AssembledPrompt) -> String {
        [prompt.key, prompt.templateName, prompt.locale].compactMap { $0 }.joined(separator: "/")
    }

    /// The compact JSON line of one prompt, newline included. For many prompts of one guide, keep
    /// one `GeminiBatchLineEncoder`: it reuses what the prompts share.
    public static func line(_ prompt: AssembledPrompt) -> [UInt8] {
        var encoder = GeminiBatchLineEncoder()
        return encoder.line(prompt).bytes
    }
}
