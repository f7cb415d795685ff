import BrandLSP
import Testing

/// The cursor's key path from indentation, including lists, flow mappings and half-typed lines.
@Suite struct YAMLOutlineTests {
    static let lines: [Substring] = [
        "identity:",
        "  name: Kumo",
        "colors:",
        "  primary: { hex: \"#0A5CFF\", name: Blue }",
        "text-blocks:",
        "  - role: headline",
        "    max-graphemes: 40",
        "  -",
        "    role: cta",
        "locales:",
        "  ja:",
        "    copy:",
        "      headline: x",
        "      ",
    ]

    func at(_ line: Int, _ column: Int) -> YAMLOutline {
        let lines = Self.lines
        return YAMLOutline(lines: lines, line: line, cursor: lines[line].index(lines[line].startIndex, offsetBy: column))
    }

    @Test func aKeyUnderAMapping() {
        let outline = at(1, 3)
        #expect(outline.parents == ["identity"])
        #expect(outline.key == "name")
        #expect(outline.onKey)
    }

    @Test func aValueAfterTheColon() {
        let outline = at(1, 10)
        #expect(outline.path == ["identity", "name"])
        #expect(!outline.onKey)
        #expect(outline.valuePrefix == "Ku")
    }

    @Test func aKeyInsideAFlowMapping() {
        let outline = at(3, 36)
        #expect(outline.parents == ["colors", "primary"])
        #expect(outline.key == "name")
        #expect(outline.valuePrefix == "B")
    }

    @Test func listItems() {
        #expect(at(5, 7).path == ["text-blocks", "-", "role"])
        #expect(at(6, 6).path == ["text-blocks", "-", "max-graphemes"])
        #expect(at(8, 5).path == ["text-blocks", "-", "role"])
    }

    @Test func aBlankLineTakesTheCursorsIndentation() {
        let outline = at(13, 6)
        #expect(outline.parents == ["locales", "ja", "copy"])
        #expect(outline.key == nil)
        #expect(outline.onKey)
    }
}
