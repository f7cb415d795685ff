#!/usr/bin/env bash
# Measures BrandText's scans on 1M synthetic product titles (≈68 MB), optimised build.
# BrandText has no dependencies, so its sources compile with swiftc alone into a throw-away binary.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# Top-level code must sit in a file named main.swift.
cp scripts/unicode/benchmark-main.swift "$out/main.swift"
swiftc -O -module-name BrandText "$out/main.swift" $(find Sources/BrandText -name '*.swift') -o "$out/brandtext-bench"
"$out/brandtext-bench"
