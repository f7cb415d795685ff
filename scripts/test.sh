#!/usr/bin/env bash
# The test command: set-up, then every test. Shared fixtures are found at ../shared or through
# BRANDC_SHARED; tests that need them say so and skip when neither exists.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift build --build-tests
swift test --skip-build
