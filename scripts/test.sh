#!/usr/bin/env bash
# The test command: set-up, the dependency check, then every test. Shared fixtures are found at
# ../shared or through BRANDC_SHARED; tests that need them say so and skip when neither exists.
# Results go to .build/test-results/ (Swift Testing writes swift-test-swift-testing.xml), and
# scripts/test-skips.sh then fails the run if a test skipped that is not allowed to.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
python3 scripts/check-dependencies.py
swift build --build-tests
mkdir -p .build/test-results
rm -f .build/test-results/swift-test*.xml
status=0
swift test --skip-build --xunit-output .build/test-results/swift-test.xml || status=$?
./scripts/test-skips.sh .build/test-results/swift-test-swift-testing.xml || { [ "$status" -ne 0 ] || status=1; }
exit "$status"
