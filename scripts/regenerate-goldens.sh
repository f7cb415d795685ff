#!/usr/bin/env bash
# Rewrites the golden files from the current outputs (BRANDC_UPDATE_GOLDENS=1): every golden test
# writes what it produces, prints each file it created, updated (with the changed lines) or removed
# as stale, and the run ends with git's summary of the golden folders. Review the diff before
# committing; the tests never update goldens on their own.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
suites='BrandReportersTests\.GoldenTests|BrandDriverTests\.(BrokenFixtureTests|BudgetReportTests|ExampleCompileTests|TargetGoldenTests)'
log=$(mktemp)
status=0
BRANDC_UPDATE_GOLDENS=1 swift test --skip-build --filter "$suites" > "$log" 2>&1 || status=$?
# The changes the tests printed, then whatever else the run had to say if it failed.
grep '^golden: ' "$log" || echo "golden: no file changed"
if [ "$status" -ne 0 ]; then
    grep -E '✘|error' "$log" || tail -20 "$log"
    echo "the golden suites failed while regenerating (log: $log)" >&2
    exit "$status"
fi
rm -f "$log"
git status --short -- Tests/Fixtures/golden Tests/BrandReportersTests/Golden
