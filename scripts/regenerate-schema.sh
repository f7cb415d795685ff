#!/usr/bin/env bash
# Regenerates the committed JSON Schemas under schema/ from the model's key declarations
# (Sources/BrandModel/DeclaredKeys.swift). SchemaFilesTests fails until this has been run after a change.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product brandc
"$(swift build --show-bin-path)/brandc" schema --write schema
