@testable import BrandFeeds
import Testing

/// HTML character references are decoded exactly once; HTML bodies become plain text.
struct FeedTextTests {
    @Test(arguments: [
        ("M&amp;M", "M&M"),
        ("M&amp;amp;M", "M&amp;M"),
        ("Caf&eacute; &reg; &#174; &#xAE;", "Café ® ® ®"),
        ("&#x1F600; &#128512;", "😀 😀"),
        ("AT&T &unknown; & &;", "AT&T &unknown; & &;"),
        ("26\"  TV\u{3000}🎉", "26\"  TV\u{3000}🎉"),
        ("&lt;b&gt;", "<b>"),
        ("Cafe\u{301}", "Caf\u{E9}"),
    ])
    func plainText(input: String, expected: String) {
        #expect(FeedText.plain(input) == expected)
        #expect(FeedText.plain(input).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test func htmlBodyBecomesLines() {
        let html = "<h2>Care</h2>\n<p>Wash   cold,\r\n  dry flat.</p><script>var x = '<p>';</script><ul><li>A&amp;B</li><li>C<br>D</li></ul>"
        #expect(FeedText.plainFromHTML(html) == "Care\nWash cold, dry flat.\nA&B\nC\nD")
    }
}
