#!/usr/bin/env bash
# Images checked per second by `brandc check OUT_DIR` (OCR + colours + shape), at 1K and 2K, on a
# build folder made here: N rendered Kumo headlines, build-inputs.json and a journal as `brandc build`
# writes them. Not part of the tests.
#
# Then the parts apart, in-process on the same images (brandc-bench images): decode, colours, OCR.
#
#   Benchmarks/check.sh                 # from the package root; BENCH_IMAGES=8, BENCH_CONFIG=debug|release
#                                       # (default release), BENCH_BRANDC=path to time another binary
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_WORK:-/tmp/brandc-bench-check}
count=${BENCH_IMAGES:-8}
config=${BENCH_CONFIG:-release}
brandc=${BENCH_BRANDC:-$root/.build/$config/brandc}
bench=$root/.build/$config/brandc-bench
(cd "$root" && swift build -c "$config" --product brandc >/dev/null && swift build -c "$config" --product brandc-bench >/dev/null)
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
rm -rf "$work" && mkdir -p "$work"
cat > "$work/hero.mustache" <<'TEMPLATE'
---
name: hero
target: gemini-3.1-flash-image
aspect-ratio: "16:9"
image-size: SIZE
response: [image]
text-blocks:
  - role: headline
---
A calm hero image for {{brand.name}} showing "{{product.title}}".
{{#text_blocks}}
{{{block}}}
{{/text_blocks}}
TEMPLATE
for size in 1K 2K; do
    out="$work/out-$size" && mkdir -p "$out"
    sed "s/SIZE/$size/" "$work/hero.mustache" > "$work/hero-$size.mustache"
    [ "$size" = 1K ] && dims=1376x768 point=72 || dims=2752x1536 point=144
    products=() && : > "$out/journal.jsonl"
    for i in $(seq 1 "$count"); do
        printf 'id: p%s\ntitle: Product %s\nbrand: Kumo Tea Co.\n' "$i" "$i" > "$work/p$i.yaml"
        products+=("\"$work/p$i.yaml\"")
        name="p$i.hero.en"
        convert-im6.q16 -size "$dims" "xc:#F7F3EA" -font "$font" -pointsize "$point" -fill "#1B1B1F" -gravity center \
            -annotate +0+0 "Tea, the slow way." "$out/$name.png"
        sum=$(sha256sum "$out/$name.png" | cut -d' ' -f1)
        bytes=$(stat -c %s "$out/$name.png")
        echo "{\"files\":[{\"bytes\":$bytes,\"name\":\"$name.png\",\"sha256\":\"$sum\"}],\"hash\":\"h$i\",\"key\":\"$name\",\"state\":\"succeeded\"}" >> "$out/journal.jsonl"
    done
    "$bench" images "$size" "Tea, the slow way." "$out"/*.png
    # Baseline in the same run: the tesseract command on the same files (what a shell pipeline would do).
    start=$(date +%s.%N)
    for png in "$out"/*.png; do OMP_THREAD_LIMIT=1 tesseract "$png" - --psm 11 -l eng >/dev/null 2>&1; done
    end=$(date +%s.%N)
    python3 -c "print(f'image.$size.ocr.baseline {($end-$start)/$count:.4f} s/image (tesseract command, psm 11)')"
    list=$(IFS=,; echo "${products[*]}")
    echo "[{\"brand\":\"$root/brands/kumo/brand.yaml\",\"locale\":\"en\",\"products\":[$list],\"template\":\"$work/hero-$size.mustache\",\"workingDirectory\":\"$root\"}]" \
        > "$out/build-inputs.json"
    for jobs in 1 2; do
        start=$(date +%s.%N)
        "$brandc" check "$out" --jobs "$jobs" > /dev/null 2>&1 || true
        end=$(date +%s.%N)
        errors=$(python3 -c "import json; print(json.load(open('$out/check.json'))['summary']['errors'])")
        python3 -c "print(f'$size  jobs $jobs: $count images in {$end-$start:.2f} s = {$count/($end-$start):.2f} images/s ($errors errors)')"
    done
done
