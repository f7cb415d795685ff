"""Shared set-up of the browser tests: Debian's Chromium driven by Playwright, no browser download.

Exit status 77 means "cannot run here" (no Playwright, no Chromium); the Swift test that spawns
these scripts reports it as a visible skip. Any other non-zero status is a failure.
"""
import os
import sys

CHROMIUM = os.environ.get("BRANDC_CHROMIUM", "/usr/lib/chromium/chromium")
SKIP = 77


def launch(playwright):
    return playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])


def require_browser():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        print("SKIP: Playwright is not installed (pip install playwright==1.65.3; scripts/setup.sh does it)")
        sys.exit(SKIP)
    if not os.access(CHROMIUM, os.X_OK):
        print(f"SKIP: no Chromium at {CHROMIUM} (apt-get install chromium; scripts/setup.sh does it)")
        sys.exit(SKIP)


class Checks:
    """Collects failed expectations so one run reports all of them."""

    def __init__(self):
        self.failures = []

    def expect(self, condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            self.failures.append(message)

    def finish(self):
        if self.failures:
            print(f"{len(self.failures)} check(s) failed")
            sys.exit(1)
        print("all browser checks passed")
