public import BrandAssembly
public import BrandModel
import BrandDiagnostics

extension ImageExpectations {
    /// The expectations of the image a compiled request asks for: its text blocks (with the
    /// copy's lines), the guide's palette (with each colour's line) and the template's shape.
    /// Other text is allowed only where the template declares no text blocks.
    public init(prompt: AssembledPrompt, template: PromptTemplate, guide: BrandGuide) {
        self.init()
        textBlocks = prompt.textBlocks.map { block in
            ExpectedText(
                role: block.role, text: block.text, script: block.script, isRightToLeft: block.direction == .rightToLeft,
                isVertical: block.layout == "vertical", language: block.language, source: block.source)
        }
        colours = guide.colors.map { colour in
            ExpectedColour(
                name: colour.name?.value ?? colour.key.value, hex: colour.hex.value, role: colour.role?.value,
                source: colour.hex.location)
        }
        let templateFile = SourceLocation(file: template.file)
        aspectRatio = prompt.aspectRatio.map { value in
            Located(value, at: template.aspectRatio?.value == value ? template.aspectRatio?.location ?? templateFile : templateFile)
        }
        imageSize = prompt.imageSize.map { value in
            Located(value, at: template.imageSize?.value == value ? template.imageSize?.location ?? templateFile : templateFile)
        }
        allowsOtherText = template.textBlocks.isEmpty
    }
}
