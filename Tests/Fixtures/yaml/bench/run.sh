#!/bin/sh
# Release-mode timing of the YAML loader against a bare C loop over libyaml events, run by hand:
#   sh Tests/Fixtures/yaml/bench/run.sh [SIZE_MB]
# from the package root. Inputs and binaries go to a temporary folder.
set -eu
here=$(dirname "$0")
work=$(mktemp -d)
python3 "$here/generate.py" "$work" "${1:-50}"
gcc -O2 "$here/event_loop.c" -lyaml -o "$work/event_loop"
swift build -c release --target BrandYAML >/dev/null
bin=$(swift build -c release --show-bin-path)
swiftc -O -module-name yaml_bench "$here/main.swift" -o "$work/yaml_bench" \
    -I "$bin/Modules" -I "$bin" -I Sources/CLibYAML \
    "$bin"/BrandYAML.build/*.o "$bin"/BrandDiagnostics.build/*.o -lyaml
for input in products guide; do
    echo "== $input.yaml ($(du -m "$work/$input.yaml" | cut -f1) MB)"
    "$work/event_loop" "$work/$input.yaml"
    "$work/yaml_bench" "$work/$input.yaml"
done
[ -n "${KEEP:-}" ] && echo "kept $work" || rm -rf "$work"
