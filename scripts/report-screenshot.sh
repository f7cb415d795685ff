#!/usr/bin/env bash
# The README's screenshot of `brandc report`: the bundled Kumo example (campaign hero, the sencha
# tin, in seven locales) compiled but not sent, so the folder needs no key and no network. Writes
# docs/images/report.png with Debian's headless Chromium.
# usage: scripts/report-screenshot.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
shot="${1:-docs/images/report.png}"
brandc="${BRANDC:-.build/debug/brandc}"
[ -x "$brandc" ] || swift build --product brandc
chromium="${BRANDC_CHROMIUM:-/usr/lib/chromium/chromium}"
[ -x "$chromium" ] || { echo "no Chromium at $chromium (apt-get install chromium)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
locales=()
for locale in en ja zh-Hans ko ar he hi; do locales+=(--locale "$locale"); done
mkdir -p "$work/out"
"$brandc" report "$work/out" --title "brandc report: Kumo campaign hero (compiled, not sent)" \
    --brand brands/kumo/brand.yaml --template templates/campaign-hero.mustache \
    --product products/kumo/sencha-tin.yaml "${locales[@]}" > /dev/null
mkdir -p "$(dirname "$shot")"
"$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --window-size=1280,1000 --screenshot="$PWD/$shot" "file://$work/out/report/index.html" 2>/dev/null
echo "$shot"
