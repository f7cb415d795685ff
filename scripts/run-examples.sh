#!/usr/bin/env bash
# The main job on the bundled examples: set-up, build, lint every example, then compile every
# example brand x template x product into Gemini requests under out/examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
BRANDC_SETUP_PYTHON=0 ./scripts/setup.sh
swift build -c release --product brandc
brandc=".build/release/brandc"
# Exact Gemini token counts when the shared vocabulary is beside the checkout (see docs/tokens.md).
vocabulary="../shared/reference/tokenizers/gemini-gemma3-262k.spm.model"
if [ -z "${BRANDC_TOKENIZER:-}" ] && [ -f "$vocabulary" ]; then export BRANDC_TOKENIZER="$vocabulary"; fi
out="${1:-out/examples}"
rm -rf "$out" && mkdir -p "$out"

echo "== lint"
"$brandc" lint brands products templates

compile() { # brand template locale product...
    local brand=$1 template=$2 locale=$3; shift 3
    local args=()
    for product in "$@"; do args+=(--product "$product"); done
    "$brandc" compile --brand "$brand" --template "$template" --locale "$locale" --out "$out" "${args[@]}"
}

echo "== compile"
for locale in en ja zh-Hans ko ar he hi; do
    compile brands/kumo/brand.yaml templates/campaign-hero.mustache "$locale"
done
for locale in ja ar he hi en; do
    compile brands/kumo/brand.yaml templates/campaign-hero.mustache "$locale" products/kumo/sencha-tin.yaml
done
compile brands/kumo/brand.yaml templates/product-on-white.mustache en products/kumo/sencha-tin.yaml
compile brands/kumo/brand.yaml templates/tall-banner.mustache ja
compile brands/kumo-sparkling/brand.yaml templates/campaign-hero.mustache ja
compile brands/kumo-sparkling/brand.yaml templates/tall-banner.mustache en
compile brands/northwind/brand.yaml templates/product-on-white.mustache en products/northwind/*.yaml
compile brands/northwind/brand.yaml templates/tall-banner.mustache de products/northwind/merino-beanie.yaml

echo "== product feeds"
for locale in en de; do
    "$brandc" compile --brand brands/northwind/brand.yaml --template templates/product-on-white.mustache \
        --feed products/feeds/northwind-merchant-center.csv --locale "$locale" --out "$out/feeds/merchant-center"
done
"$brandc" compile --brand brands/northwind/brand.yaml --template templates/studio-shot.mustache \
    --feed products/feeds/northwind-shopify.csv --locale en --out "$out/feeds/shopify"
"$brandc" compile --brand brands/kumo/brand.yaml --template templates/campaign-hero.mustache \
    --feed products/feeds/kumo-products.jsonl --locale ja --target gemini-batch --out "$out/feeds/kumo-batch"

echo "== every target, from the same inputs"
for route in google/nano-banana-2 openai/gpt-image-1.5 wisgate/nano-banana-pro-chat wisgate/nano-banana-2-claude; do
    "$brandc" compile --brand brands/kumo/brand.yaml --template templates/studio-shot.mustache \
        --product products/kumo/sencha-tin.yaml --locale en --route "$route" --emit curl \
        --out "$out/targets/${route//\//_}"
done
"$brandc" compile --brand brands/northwind/brand.yaml --template templates/studio-shot.mustache \
    --product products/northwind/merino-beanie.yaml --product products/northwind/trail-jacket.yaml \
    --locale en --target gemini-batch --out "$out/batch"

echo "== token budget"
"$brandc" budget --brand brands/kumo/brand.yaml --template templates/campaign-hero.mustache \
    --product products/kumo/sencha-tin.yaml --locale ja --format markdown > "$out/budget.md"
cat "$out/budget.md"

echo "== wrote $(find "$out" -type f | wc -l) files to $out"
