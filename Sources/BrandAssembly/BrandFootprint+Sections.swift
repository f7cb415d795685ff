public import BrandModel
public import BrandTokens

extension BrandFootprint {
    /// The tokens each section of the guide's rules takes in the system instruction, in request
    /// order (identity, voice, palette…), for an editor's hover over a guide's top-level key.
    public static func sectionTokens(of guide: BrandGuide, counter: any TokenCounter) -> [(section: String, tokens: Int)] {
        SystemInstruction.sections(for: guide).filter { $0.name != "locale-copy" }.map { section in
            (section.name, counter.count(SystemInstruction.text([section])))
        }
    }
}
