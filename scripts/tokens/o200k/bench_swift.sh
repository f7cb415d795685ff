#!/usr/bin/env bash
# O200kEncoder's speed, to compare with bench_tiktoken.py (same input: the corpus lines repeated
# to 4 MB; one thread; best of 3; MB = 10^6 bytes of UTF-8). Builds a throw-away release package
# in a temporary folder whose targets link to this checkout's BrandDiagnostics, BrandText and
# BrandTokens sources, so Package.swift needs no benchmark target.
# Usage: scripts/tokens/o200k/bench_swift.sh   (vocabulary: $BRANDC_O200K, else the user cache)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="${TMPDIR:-/tmp}/brandc-o200k-bench"
mkdir -p "$work/Sources/Bench"
for module in BrandDiagnostics BrandText BrandTokens; do ln -sfn "$root/Sources/$module" "$work/Sources/$module"; done
cat > "$work/Package.swift" <<'EOF'
// swift-tools-version: 6.0
import PackageDescription
let package = Package(name: "bench", targets: [
    .target(name: "BrandDiagnostics"), .target(name: "BrandText"),
    .target(name: "BrandTokens", dependencies: ["BrandText", "BrandDiagnostics"]),
    .executableTarget(name: "Bench", dependencies: ["BrandTokens", "BrandDiagnostics"]),
])
EOF
cat > "$work/Sources/Bench/main.swift" <<'EOF'
import BrandDiagnostics
import BrandTokens
import Foundation

let corpus = CommandLine.arguments[1]
var sink = DiagnosticSink()
var start = Date()
let counter = O200kVocabularyLocator().o200kCounter(explicitPath: nil, sink: &sink)
guard counter.method == .exactO200k else { print(sink.diagnostics.map(\.message)); exit(1) }
print("load: \(Int(Date().timeIntervalSince(start) * 1000)) ms")
var lines: [String] = []
for name in try FileManager.default.contentsOfDirectory(atPath: corpus).sorted() where name.hasSuffix(".txt") {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: corpus + "/" + name))
    lines += Array(bytes).split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
}
var batch: [String] = []
var size = 0
while size < 4_000_000 { for line in lines { batch.append(line); size += line.utf8.count } }
let joined = batch.joined(separator: "\n")
let runs: [(String, () -> Int, Double)] = [
    ("lines", { batch.reduce(0) { $0 + counter.count($1) } }, Double(size) / 1e6),
    ("one string", { counter.count(joined) }, Double(joined.utf8.count) / 1e6),
]
for (label, run, megabytes) in runs {
    var best = Double.infinity
    var tokens = 0
    for _ in 0..<3 {
        start = Date()
        tokens = run()
        best = min(best, Date().timeIntervalSince(start))
    }
    print("O200kEncoder \(label): \(String(format: "%.1f", megabytes / best)) MB/s (\(tokens) tokens)")
}
EOF
swift build -c release --package-path "$work" 2>&1 | grep -E "error|warning" || true
"$work/.build/release/Bench" "$root/Tests/Fixtures/tokens/corpus"
