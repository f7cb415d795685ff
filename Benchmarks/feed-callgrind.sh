#!/usr/bin/env bash
# Instructions (callgrind's Ir, all threads) that `brandc lint FEED` executes on the feed inputs:
# a figure that does not move with the machine's load, for before/after comparisons of the feed reader.
#   Benchmarks/feed-callgrind.sh BRANDC [FOLDER]   # FOLDER defaults to $BENCH_WORK/feeds
# Writes the feeds with generate.py when FOLDER lacks them; prints one `feed instructions` line each.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
brandc=${1:?usage: feed-callgrind.sh BRANDC [FOLDER]}
folder=${2:-${BENCH_WORK:-/tmp/brandc-bench}/feeds}
mkdir -p "$folder"
if [ ! -f "$folder/feed-100000.csv" ] || [ ! -f "$folder/shopify-10000.csv" ]; then
    python3 -c "import sys; sys.path.insert(0, '$here'); import generate as g
g.write_feed('$folder', 10000); g.write_feed('$folder', 100000); g.write_shopify_feed('$folder', 10000)"
fi
# Valgrind 3.19 gives up on the debug info of a Swift 6 binary; a stripped copy runs the same instructions.
stripped=$(mktemp)
trap 'rm -f "$stripped"' EXIT
strip -o "$stripped" "$brandc"
chmod +x "$stripped"
for feed in "$here/../products/feeds/northwind-merchant-center.csv" "$here/../products/feeds/northwind-shopify.csv" \
    "$folder/feed-10000.csv" "$folder/shopify-10000.csv" "$folder/feed-100000.csv"; do
    ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$stripped" lint "$feed" 2>&1 >/dev/null \
        | awk '/Collected :/ {print $NF}')
    echo "$(basename "$feed") $ir"
done
