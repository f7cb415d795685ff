# The browser tests of the report and the watch page: Debian's Chromium, driven by Playwright from PyPI (no browser download: the tests
# launch /usr/lib/chromium/chromium), with Noto fonts so CJK, Arabic and Hebrew lay out.
need_apt chromium fonts-noto-core fonts-noto-cjk
if [ "${BRANDC_SETUP_PYTHON:-1}" = 1 ] && command -v python3 >/dev/null; then
    need_pip playwright playwright==1.65.3
fi
