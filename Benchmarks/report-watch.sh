#!/usr/bin/env bash
# Figures for `brandc report` and `brandc watch` (docs/report.md): the report of a 10,000-request
# build folder (journal, images, captions; with and without the compile inputs, thumbnails made
# and then cached), and the recompile of one example guide as `watch` does it on every save.
# usage: Benchmarks/report-watch.sh   (BRANDC=path to time another binary; BENCH_WORK=scratch folder)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
brandc="${BRANDC:-$root/.build/release/brandc}"
[ -x "$brandc" ] || { echo "no brandc at $brandc (swift build -c release --product brandc)" >&2; exit 2; }
work="${BENCH_WORK:-/tmp/brandc-bench-report}"
count="${BENCH_CARDS:-10000}"
rm -rf "$work" && mkdir -p "$work"

# Inputs: the benchmark guide and a feed of $count products (Benchmarks/generate.py), and a build
# folder as `brandc build` leaves it: one succeeded journal record, image, caption and answer each.
python3 - "$root" "$work" "$count" <<'PY'
import hashlib, json, os, shutil, sys
root, work, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, os.path.join(root, "Benchmarks"))
import generate
generate.write_brand(work + "/in", "brand-small", scale=1)
generate.write_feed(work + "/in", count)
out = work + "/out"
os.makedirs(out)
image = open(work + "/in/photos/p0.png", "rb").read()
digest = hashlib.sha256(image).hexdigest()
with open(out + "/journal.jsonl", "w") as journal:
    for i in range(count):
        name = f"BM-{i:07d}.product-on-white.en"
        with open(f"{out}/{name}.png", "wb") as f: f.write(image)
        with open(f"{out}/{name}.txt", "w") as f: f.write(f"A jacket, number {i}, on white.\n")
        with open(f"{out}/{name}.response.json", "w") as f: f.write("{}\n")
        files = [{"bytes": len(image), "name": name + ".png", "sha256": digest},
                 {"bytes": 1, "name": name + ".txt", "sha256": "0"}, {"bytes": 3, "name": name + ".response.json", "sha256": "0"}]
        journal.write(json.dumps({"attempts": 1 + (i % 7 == 0), "cost": 0.0672, "files": files, "hash": f"{i:064x}", "key": name,
                                  "state": "succeeded", "usage": {"inputTokens": 700, "outputTokens": 1290}}, sort_keys=True) + "\n")
PY

seconds() { # command… : wall seconds of one run
    local start end
    start=$(date +%s.%N); "$@" > /dev/null 2>"$work/last.err"; end=$(date +%s.%N)
    echo "$end - $start" | bc
}
inputs=(--brand "$work/in/brand-small/brand.yaml" --template "$root/templates/product-on-white.mustache" --feed "$work/in/feed-$count.csv" --locale en)

echo "| measurement | seconds |"
echo "|---|---:|"
echo "| report of $count cards, journal only, no thumbnails | $(seconds "$brandc" report "$work/out" --no-thumbnails) |"
echo "| report of $count cards with their prompts (assembles $count prompts, writes $count request files) | $(seconds "$brandc" report "$work/out" --no-thumbnails "${inputs[@]}") |"
echo "| report of $count cards, thumbnails made (first run, all the same image) | $(seconds "$brandc" report "$work/out") |"
echo "| report of $count cards, thumbnails cached (second run) | $(seconds "$brandc" report "$work/out") |"
cmp <("$brandc" report "$work/out" --out "$work/a.html" >/dev/null && cat "$work/a.html") \
    <("$brandc" report "$work/out" --out "$work/b.html" >/dev/null && cat "$work/b.html") && echo "(two runs: byte-identical)"
ls -l "$work/out/report/index.html" | awk '{print "(report size: " $5 " bytes)"}'
echo
echo "watch recompile of one example guide (brands/kumo, campaign-hero, sencha-tin, ja):"
(cd "$root" && "$brandc" watch --brand brands/kumo/brand.yaml --template templates/campaign-hero.mustache \
    --product products/kumo/sencha-tin.yaml --locale ja --measure 50)
