#!/usr/bin/env bash
# Prints how many tests were skipped and which, from Swift Testing's xunit file, and fails when a
# skipped test is not in scripts/ci-allowed-skips.txt (one `Module.Suite/test()` a line; `#` starts
# a comment saying why that test may skip here). A test CI is meant to run must not skip silently.
#   scripts/test-skips.sh [results.xml]   (default .build/test-results/swift-test-swift-testing.xml)
set -euo pipefail
cd "$(dirname "$0")/.."
results=${1:-.build/test-results/swift-test-swift-testing.xml}
[ -f "$results" ] || { echo "test-skips: no results file $results" >&2; exit 2; }
# Without the shared fixtures (BRANDC_SHARED or ../shared) the tests that need them skip by design,
# saying so; the skips are then listed but do not fail the run.
shared=present
if [ ! -d "${BRANDC_SHARED:-../shared}" ]; then shared=missing; fi
python3 - "$results" scripts/ci-allowed-skips.txt "$shared" <<'PY'
import sys
import xml.etree.ElementTree as ET

results, allowed_file = sys.argv[1], sys.argv[2]
allowed = set()
with open(allowed_file, encoding="utf-8") as handle:
    for line in handle:
        name = line.split("#", 1)[0].strip()
        if name:
            allowed.add(name)
cases = ET.parse(results).getroot().iter("testcase")
skipped = sorted(f'{case.get("classname")}/{case.get("name")}' for case in cases if case.find("skipped") is not None)
print(f"skipped tests: {len(skipped)}")
for name in skipped:
    print(f"  {name}{'' if name in allowed else '   <- not allowed to skip'}")
unexpected = [name for name in skipped if name not in allowed]
if unexpected and sys.argv[3] == "missing":
    print(f"test-skips: {len(unexpected)} skipped test(s) not in {allowed_file}, allowed because the shared fixtures are missing (set BRANDC_SHARED)", file=sys.stderr)
elif unexpected:
    print(f"test-skips: {len(unexpected)} skipped test(s) not in {allowed_file}", file=sys.stderr)
    sys.exit(1)
PY
