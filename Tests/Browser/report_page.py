"""Opens a brandc report in headless Chromium and checks it as a reader would use it.

usage: report_page.py REPORT.html SCREENSHOT.png
The report must hold 130 cards: locales cycling en, ja, ar (ar cards with findings), card 0 with a
product named <script>…, an Arabic and a vertical Japanese text block (see BrowserTests.swift).
"""
import sys
from browser import Checks, launch, require_browser

require_browser()
from playwright.sync_api import sync_playwright  # noqa: E402

report, screenshot = sys.argv[1], sys.argv[2]
checks = Checks()
with sync_playwright() as p:
    browser = launch(p)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto("file://" + report)
    page.wait_for_load_state("load")

    visible = lambda: page.eval_on_selector_all("article.card:not([hidden])", "cs => cs.map(c => c.id)")
    total = page.eval_on_selector_all("article.card", "cs => cs.length")
    checks.expect(total == 130, f"130 cards in the page (found {total})")
    checks.expect(len(visible()) == 60, f"60 cards on the first page (found {len(visible())})")
    checks.expect(page.text_content("#shown") == "130 of 130 requests, page 1 of 3", "pager reads 130 of 130, page 1 of 3")
    first_page = visible()
    page.click("#next")
    second_page = visible()
    checks.expect(len(second_page) == 60 and not set(first_page) & set(second_page), "next page shows 60 other cards")
    page.click("#next")
    checks.expect(len(visible()) == 10 and page.is_disabled("#next"), "last page: 10 cards, next disabled")

    page.select_option("#f-locale", "ar")
    ar = visible()
    locales = page.eval_on_selector_all("article.card:not([hidden])", "cs => [...new Set(cs.map(c => c.dataset.locale))]")
    checks.expect(len(ar) == 43 and locales == ["ar"], f"locale filter ar: 43 Arabic cards (found {len(ar)}, {locales})")
    page.select_option("#f-locale", "")
    page.select_option("#f-finding", "with")
    with_findings = page.eval_on_selector_all("article.card:not([hidden])", "cs => cs.every(c => c.dataset.findings !== '')")
    checks.expect(with_findings and len(visible()) == 43, "finding filter: only the 43 cards with findings")
    page.select_option("#f-finding", "")
    page.select_option("#f-group", "locale")
    groups = page.eval_on_selector_all("h2.group", "hs => hs.map(h => h.textContent)")
    checks.expect(groups[:1] == ["ar"] and len(groups) >= 1, f"group by locale puts headings in order (first: {groups[:3]})")
    page.select_option("#f-group", "")

    # Hostile input stays text.
    pwned = page.evaluate("() => window.__pwned === undefined")
    title = page.text_content("article.card:not([hidden]) h3") or ""
    checks.expect(pwned, "a product named <script> does not run")
    checks.expect("<script>" in "".join(page.eval_on_selector_all("article.card h3", "hs => hs.map(h => h.textContent)")),
                  "the <script> product name is shown as text")

    # Right-to-left text really runs right to left: the first letter sits right of the last.
    rtl = page.evaluate("""() => {
        const span = document.querySelector('article.card:not([hidden]) li[dir=rtl] .text');
        const text = span.firstChild, range = document.createRange();
        range.setStart(text, 0); range.setEnd(text, 1); const first = range.getBoundingClientRect();
        range.setStart(text, text.length - 1); range.setEnd(text, text.length); const last = range.getBoundingClientRect();
        return {dir: getComputedStyle(span).direction, first: first.left, last: last.left};
    }""")
    checks.expect(rtl["dir"] == "rtl" and rtl["first"] > rtl["last"], f"Arabic block laid out right to left ({rtl})")
    vertical = page.evaluate("""() => {
        const span = document.querySelector('article.card:not([hidden]) li.vertical .text'), box = span.getBoundingClientRect();
        return {mode: getComputedStyle(span).writingMode, width: box.width, height: box.height};
    }""")
    checks.expect(vertical["mode"] == "vertical-rl" and vertical["height"] > vertical["width"],
                  f"vertical Japanese block is taller than wide ({vertical})")
    cjk = page.evaluate("""() => { const s = document.querySelector('article.card:not([hidden]) li[lang=ja] .text'); return s.getBoundingClientRect().width; }""")
    checks.expect(cjk > 10, f"Japanese text has width (glyphs drawn: {cjk:.0f}px)")
    font = page.evaluate("() => document.querySelector('li[dir=rtl]').style.fontFamily")
    checks.expect("Noto Naskh Arabic" in font, f"Arabic block asks for the brand font ({font})")

    # Layout: the first row of the grid holds several cards side by side.
    tops = page.eval_on_selector_all("article.card:not([hidden])", "cs => cs.slice(0, 4).map(c => Math.round(c.getBoundingClientRect().top))")
    checks.expect(len(set(tops[:3])) == 1, f"cards share the first grid row at 1280 px ({tops})")
    images = page.eval_on_selector_all("article.card:not([hidden]) img", "is => is.slice(0, 3).map(i => i.complete && i.naturalWidth)")
    page.eval_on_selector_all("article.card:not([hidden]) img", "is => is.slice(0, 3).forEach(i => i.loading = 'eager')")
    page.wait_for_timeout(300)
    loaded = page.eval_on_selector_all("article.card:not([hidden]) img", "is => is.slice(0, 3).map(i => i.naturalWidth)")
    checks.expect(all(w and w > 0 for w in loaded), f"thumbnails load from the folder ({loaded})")
    page.screenshot(path=screenshot, full_page=False)

    external = [url for url in requests if not url.startswith("file://") and not url.startswith("data:")]
    checks.expect(not external, f"no request leaves the folder ({external[:3]})")
    checks.expect(not errors, f"no script errors ({errors[:2]})")
    browser.close()
checks.finish()
