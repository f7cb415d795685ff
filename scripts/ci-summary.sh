#!/usr/bin/env bash
# The GitHub Action's step (action.yml): lint with SARIF for code scanning, then the lint summary,
# the token budget and the cost plan appended to $GITHUB_STEP_SUMMARY. Inputs come as BRANDC_*
# variables (see action.yml); BRANDC is the executable (default: this checkout's release build).
# Every part runs even when an earlier one fails; the exit status is lint's, else the budget's.
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
brandc="${BRANDC:-}"
[ -n "$brandc" ] || brandc="$here/.build/release/brandc"
if [ ! -x "$brandc" ]; then
    echo "::error title=brandc::no brandc executable at $brandc" >&2
    exit 2
fi
work="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/brandc-ci"
mkdir -p "$work"
# Outside Actions the summary is printed at the end instead.
summary="${GITHUB_STEP_SUMMARY:-$work/summary.md}"
[ -n "${GITHUB_STEP_SUMMARY:-}" ] || : > "$summary"
sarif="$work/brandc.sarif"

read -r -a paths <<< "${BRANDC_PATHS:-brands products templates}"
strict=()
[ "${BRANDC_STRICT:-false}" = "true" ] && strict=(--strict)

"$brandc" lint "${paths[@]}" --format sarif --summary "$summary" "${strict[@]}" > "$sarif"
lint_status=$?
[ -n "${GITHUB_OUTPUT:-}" ] && echo "sarif=$sarif" >> "$GITHUB_OUTPUT"

budget_status=0
if [ -n "${BRANDC_BRAND:-}" ] && [ -n "${BRANDC_TEMPLATE:-}" ]; then
    inputs=(--brand "$BRANDC_BRAND" --template "$BRANDC_TEMPLATE")
    read -r -a products <<< "${BRANDC_PRODUCTS:-}"
    for product in "${products[@]}"; do inputs+=(--product "$product"); done
    [ -n "${BRANDC_FEED:-}" ] && inputs+=(--feed "$BRANDC_FEED")
    [ -n "${BRANDC_LOCALE:-}" ] && inputs+=(--locale "$BRANDC_LOCALE")

    { echo; echo "## Token budget"; echo; } >> "$summary"
    "$brandc" budget "${inputs[@]}" --format markdown >> "$summary" 2> "$work/budget.err"
    budget_status=$?
    if [ "$budget_status" -ne 0 ]; then
        { echo; echo '```text'; cat "$work/budget.err"; echo '```'; } >> "$summary"
    fi

    # The plan of a build that sends nothing: what would be sent and what it would cost.
    { echo; echo "## Cost plan"; echo; echo '```text'; } >> "$summary"
    "$brandc" build "${inputs[@]}" --dry-run --out "$work/plan" >> "$summary" 2>&1
    echo '```' >> "$summary"
fi

[ -n "${GITHUB_STEP_SUMMARY:-}" ] || cat "$summary"
[ "$lint_status" -ne 0 ] && exit "$lint_status"
exit "$budget_status"
