#!/usr/bin/env bash
# brandc's benchmark harness: builds release, generates inputs, runs every measurement beside its
# baselines in the same run, prints a table and writes Benchmarks/RESULTS.md. Not part of the tests.
#
#   Benchmarks/run.sh                 # from the package root; inputs go to $BENCH_WORK (default /tmp/brandc-bench)
#   BENCH_FEEDS=10000 Benchmarks/run.sh   # fewer feed sizes; BENCH_YAML_MB=10 for a smaller loader file
#   BENCH_BRANDC=path Benchmarks/run.sh   # time another brandc binary (e.g. a "before" build) on the same inputs
#
# Compilation is timed into /dev/null (and once into a pipe), never into a file, or it would measure
# the disk. Peak memory is wait4's rusage of the brandc process alone (Benchmarks/baselines/maxrss.c).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
here="$root/Benchmarks"
work=${BENCH_WORK:-/tmp/brandc-bench}
feeds=${BENCH_FEEDS:-10000,100000}
results="$work/results.txt"
mkdir -p "$work/bin" "$work/out"
: > "$results"
record() { echo "$1 $2" >> "$results"; }

# --- Tools and builds --------------------------------------------------------------------------
python3 -c 'import yaml, jinja2, orjson, sentencepiece' 2>/dev/null \
    || pip install --quiet pyyaml jinja2 orjson sentencepiece
python3 -c 'import tiktoken' 2>/dev/null || pip install --quiet tiktoken 2>/dev/null || true
gcc -O2 "$here/baselines/event_loop.c" -lyaml -o "$work/bin/event_loop"
gcc -O2 "$here/baselines/maxrss.c" -o "$work/bin/maxrss"
(cd "$root" && swift build -c release --product brandc >/dev/null && swift build -c release --product brandc-bench >/dev/null)
bin=$(cd "$root" && swift build -c release --show-bin-path)
brandc=${BENCH_BRANDC:-$bin/brandc}
maxrss="$work/bin/maxrss"
spm="${BRANDC_SHARED:-$root/../shared}/reference/tokenizers/gemini-gemma3-262k.spm.model"
o200k="$HOME/.cache/brandc/tokenizers/o200k_base.tiktoken"

# --- Inputs ------------------------------------------------------------------------------------
python3 "$here/generate.py" "$work/in" --yaml-mb "${BENCH_YAML_MB:-50}" --feeds "10,200,400,800,$feeds"
compile_args=(compile --brand "$work/in/compile/brand/brand.yaml" --template "$root/templates/product-on-white.mustache"
              --target gemini-batch)

best_of() { sort -n | head -1; }

# --- 1. Loader ---------------------------------------------------------------------------------
for shape in guide products; do
    file="$work/in/yaml/$shape.yaml"
    record "yaml.$shape.mb" "$(du -m "$file" | cut -f1)"
    record "loader.$shape.c" "$(for _ in 1 2 3; do "$work/bin/event_loop" "$file" | awk '{print $(NF-1)}'; done | sort -rn | head -1)"
    record "loader.$shape.swift" "$(for _ in 1 2 3; do "$bin/brandc-bench" loader "$file" | awk '{print $2}'; done | sort -rn | head -1)"
    "$maxrss" "$bin/brandc-bench" loader "$file" > /dev/null 2> "$work/stderr.txt"
    record "loader.$shape.rss_kb" "$(awk '/^maxrss_kb/ {print $2}' "$work/stderr.txt")"
    record "loader.$shape.pyyaml" "$(python3 "$here/baselines/pyyaml_load.py" "$file" | awk '{print $2}')"
done

# --- 2 and 3. Compile a feed; peak memory ----------------------------------------------------------
# The stream must equal what compile writes into a folder (the same bytes as before --out -).
"$brandc" "${compile_args[@]}" --feed "$work/in/compile/feed-10.csv" --out "$work/out/check" >/dev/null 2>&1 || true
"$brandc" "${compile_args[@]}" --feed "$work/in/compile/feed-10.csv" --out - 2>/dev/null > "$work/out/check.jsonl" || true
cmp "$work/out/check.jsonl" "$work/out/check/product-on-white.en.batch.jsonl" && record "compile.stdout_matches_file" yes
# Each command is timed writing into /dev/null (what `cat` is timed into: the bytes are produced,
# not copied again), best of three; then once into a pipe to `wc -c`, which counts the bytes and
# shows what a consumer reading them adds. Two guides: ~50,000 tokens (lines of ~180 KB, almost all
# the shared system instruction) and ~5,000 tokens.
timed() {  # timed KEY COMMAND...: best wall seconds, its CPU seconds and peak RSS into /dev/null
    local key=$1; shift
    read -r seconds cpu rss <<< "$(for _ in 1 2 3; do
        "$maxrss" "$@" 2>&1 >/dev/null | awk '/^maxrss_kb/ {print $4, $6, $2}'; done | sort -n | head -1)"
    record "$key.seconds" "$seconds"; record "$key.cpu" "$cpu"; record "$key.rss_kb" "$rss"
    "$maxrss" "$@" 2> "$work/stderr.txt" | wc -c > "$work/bytes.txt"
    record "$key.bytes" "$(cat "$work/bytes.txt")"
    record "$key.pipe_seconds" "$(awk '/^maxrss_kb/ {print $4}' "$work/stderr.txt")"
}
for guide in large small; do
    brand="$work/in/compile/$( [ $guide = large ] && echo brand || echo brand-small )/brand.yaml"
    for count in ${feeds//,/ }; do
        feed="$work/in/compile/feed-$count.csv"
        timed "compile.$guide.$count" "$brandc" compile --brand "$brand" --template "$root/templates/product-on-white.mustache" \
            --target gemini-batch --feed "$feed" --out -
        timed "python.$guide.$count" python3 "$here/baselines/pipeline.py" "$brand" "$feed"
        # cat of the same number of bytes, from the page cache into /dev/null: whole copies of a
        # block of brandc's output (report.py scales the time to exactly brandc's bytes).
        "$brandc" compile --brand "$brand" --template "$root/templates/product-on-white.mustache" --target gemini-batch \
            --feed "$work/in/compile/feed-${feeds%%,*}.csv" --out - 2>/dev/null > "$work/out/cat-source.jsonl"
        block=$(stat -c %s "$work/out/cat-source.jsonl")
        bytes=$(awk -v k="compile.$guide.$count.bytes" '$1 == k {print $2}' "$results")
        repeats=$(( (bytes + block - 1) / block ))
        files=(); for _ in $(seq "$repeats"); do files+=("$work/out/cat-source.jsonl"); done
        cat "${files[@]}" > /dev/null
        record "cat.$guide.$count.seconds" "$(for _ in 1 2 3; do "$maxrss" cat "${files[@]}" 2>&1 >/dev/null | awk '{print $4}'; done | best_of)"
        record "cat.$guide.$count.bytes" "$(( repeats * block ))"
        rm -f "$work/out/cat-source.jsonl"
    done
done
# Remote image links: a note on every row, rendered once each; 4x the rows must take ~4x the time.
for count in 2000 8000; do
    record "remote.$count.seconds" "$(for _ in 1 2 3; do "$maxrss" "$brandc" "${compile_args[@]}" \
        --feed "$work/in/compile/feed-remote-$count.csv" --out - 2>&1 >/dev/null | awk '/^maxrss_kb/ {print $4}'; done | best_of)"
done
# 1,000,000 ids through the feed reader's duplicate-id table (lint reads the feed, keeps no product).
"$maxrss" "$brandc" lint "$work/in/compile/ids-1000000.csv" > /dev/null 2> "$work/stderr.txt" || true
record "ids.1000000.rss_kb" "$(awk '/^maxrss_kb/ {print $2}' "$work/stderr.txt")"
record "ids.1000000.seconds" "$(awk '/^maxrss_kb/ {print $4}' "$work/stderr.txt")"
"$maxrss" "$brandc" lint "$work/in/compile/feed-10.csv" > /dev/null 2> "$work/stderr.txt" || true
record "ids.10.rss_kb" "$(awk '/^maxrss_kb/ {print $2}' "$work/stderr.txt")"

# --- 4. Token counting -------------------------------------------------------------------------
text="$work/in/tokens/multilingual.txt"
record "tokens.mb" "$(awk '{s += length($0) + 1} END {print s / 1e6}' "$text")"
"$bin/brandc-bench" tokens "$text" "$spm" $( [ -f "$o200k" ] && echo "$o200k" ) | while read -r name speed _; do
    record "tokens.swift.$name" "$speed"; done
python3 "$here/baselines/tokens.py" "$text" "$spm" "$o200k" | while read -r name speed _; do
    record "tokens.python.$name" "$speed"; done

# --- 5. Submission overhead --------------------------------------------------------------------
# 50 waves of requests at each concurrency, so the last partial wave does not weigh on the ratio.
latency=0.25; port=${BENCH_PORT:-18765}
for concurrency in 4 8 16; do
    products=$(( concurrency * 50 ))
    out="$work/out/build-$concurrency"; rm -rf "$out"
    build_args=(build --brand "$work/in/compile/brand/brand.yaml" --template "$root/templates/product-on-white.mustache"
                --feed "$work/in/compile/feed-$products.csv" --out "$out" --concurrency "$concurrency"
                --base-url "http://127.0.0.1:$port" --key-env BENCH_FAKE_KEY)
    dry=$(BENCH_FAKE_KEY=dummy "$maxrss" "$brandc" "${build_args[@]}" --dry-run 2>&1 >/dev/null | awk '/^maxrss_kb/ {print $4}')
    python3 "$here/baselines/fake_provider.py" "$port" "$latency" "$products" 20 > "$work/provider.txt" &
    provider=$!
    until grep -q ready "$work/provider.txt" 2>/dev/null; do sleep 0.1; done
    total=$(BENCH_FAKE_KEY=dummy "$maxrss" "$brandc" "${build_args[@]}" 2>&1 >/dev/null | awk '/^maxrss_kb/ {print $4}')
    wait "$provider"
    record "submit.$concurrency.seconds" "$(awk -v t="$total" -v d="$dry" 'BEGIN {print t - d}')"
    record "submit.$concurrency.answered" "$(awk '/^answered/ {print $2}' "$work/provider.txt")"
    record "submit.$concurrency.bound" "$(awk -v c="$concurrency" -v l="$latency" 'BEGIN {print c / l}')"
    record "submit.$concurrency.products" "$products"
done

python3 "$here/report.py" "$results" "$here/RESULTS.md"
