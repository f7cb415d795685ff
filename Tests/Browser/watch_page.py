"""Drives `brandc watch`'s page in headless Chromium while files are saved.

usage: watch_page.py URL PRODUCT.yaml
Checks the first preview, an editor-style atomic save (write a temporary file, rename it over the
product) seen on the page without a reload, a broken save that shows diagnostics and keeps the last
good preview, and the repair.
"""
import os
import sys
import time
from browser import Checks, launch, require_browser

require_browser()
from playwright.sync_api import sync_playwright  # noqa: E402

url, product = sys.argv[1], sys.argv[2]
checks = Checks()


def atomic_save(path, text):
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".swp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, path)


with sync_playwright() as p:
    browser = launch(p)
    page = browser.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    page.wait_for_function("() => Number(document.body.dataset.version) >= 1", timeout=10000)
    version = int(page.evaluate("() => document.body.dataset.version"))
    prompt = page.text_content("pre.rendered") or ""
    checks.expect("First Flush Sencha" in prompt, "first preview shows the product in the rendered prompt")
    blocks = page.eval_on_selector_all("ul.blocks li .text", "ls => ls.map(l => l.textContent)")
    checks.expect(any("静岡" in b for b in blocks), f"the Japanese text block is shown ({blocks})")
    checks.expect(page.is_visible("table") and page.is_visible("meter"), "budget table and bar are shown")
    page.evaluate("() => { window.__sameDocument = true; }")

    original = open(product, encoding="utf-8").read()
    started = time.monotonic()
    atomic_save(product, original.replace("First Flush Sencha", "Second Flush Sencha"))
    page.wait_for_function(f"() => Number(document.body.dataset.version) > {version}", timeout=10000)
    page.wait_for_function("() => document.querySelector('pre.rendered').textContent.includes('Second Flush Sencha')", timeout=10000)
    seen = time.monotonic() - started
    checks.expect(page.evaluate("() => window.__sameDocument === true"), "the page updated without a reload")
    print(f"save to page: {seen * 1000:.0f} ms")
    version = int(page.evaluate("() => document.body.dataset.version"))

    atomic_save(product, original.replace("title: First Flush Sencha, 100 g tin", "title: [unclosed"))
    page.wait_for_function(f"() => Number(document.body.dataset.version) > {version}", timeout=10000)
    status = page.text_content("#status") or ""
    errors = page.eval_on_selector_all("#diagnostics li.error", "ls => ls.map(l => l.textContent)")
    kept = page.text_content("pre.rendered") or ""
    checks.expect("last good preview" in status, f"a broken save says it keeps the last good preview ({status})")
    checks.expect(len(errors) >= 1 and any("sencha-tin.yaml" in e for e in errors), f"its diagnostics name the file ({errors[:1]})")
    checks.expect("Second Flush Sencha" in kept and page.is_visible("section.prompt.stale"), "the last good preview stays, marked stale")
    version = int(page.evaluate("() => document.body.dataset.version"))

    atomic_save(product, original)
    page.wait_for_function(f"() => Number(document.body.dataset.version) > {version}", timeout=10000)
    checks.expect("First Flush Sencha" in (page.text_content("pre.rendered") or "") and page.is_hidden("section.prompt.stale"),
                  "the repaired save is previewed again")
    external = [u for u in requests if not u.startswith(url.rstrip("/"))]
    checks.expect(not external, f"no request leaves 127.0.0.1 ({external[:3]})")
    browser.close()
checks.finish()
