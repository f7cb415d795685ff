#!/usr/bin/env bash
# Measures how well in-image text is read back and compared (BrandOCR over Tesseract), per script,
# on the corpus in Tests/Fixtures/ocr/corpus.tsv rendered by pango-view, and prints the Markdown
# table that docs/ocr-accuracy.md carries; each false alarm and missed defect goes to stderr.
# usage: scripts/ocr/measure-accuracy.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build --build-tests >/dev/null
OMP_THREAD_LIMIT=1 BRANDC_OCR_ACCURACY=1 swift test --skip-build --filter OCRAccuracyMeasurement 2>/dev/null \
    | tee >(grep "^DETAIL|" >&2) | sed -n "s/^ACCURACY|//p"
