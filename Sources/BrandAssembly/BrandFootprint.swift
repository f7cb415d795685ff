public import BrandModel
public import BrandTokens

/// How many tokens a brand guide's rules take in every request, before any template or product.
public enum BrandFootprint {
    public static func tokens(of guide: BrandGuide, counter: any TokenCounter) -> Int {
        counter.count(SystemInstruction.text(SystemInstruction.sections(for: guide).filter { $0.name != "locale-copy" }))
    }
}
