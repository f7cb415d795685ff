#!/usr/bin/env bash
# Installs what building and testing brandc needs on a fresh Debian machine, and nothing that is
# already there. Safe to run repeatedly.
set -euo pipefail

missing=()
pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
[ -f /usr/share/unicode/Scripts.txt ] || missing+=(unicode-data)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "${BRANDC_SETUP_PYTHON:-1}" = 1 ] && command -v python3 >/dev/null; then
    # Test oracles only: the SARIF schema validator and Google's SentencePiece.
    py_missing=()
    python3 -c 'import jsonschema' 2>/dev/null || py_missing+=(jsonschema)
    python3 -c 'import sentencepiece' 2>/dev/null || py_missing+=(sentencepiece)
    if [ "${#py_missing[@]}" -gt 0 ]; then
        echo "setup: pip installing ${py_missing[*]}" >&2
        python3 -m pip install -q "${py_missing[@]}" || echo "setup: pip install failed; tests that need ${py_missing[*]} will say so" >&2
    fi
    # OpenAI's o200k_base vocabulary, rebuilt from a PyPI wheel and checked by its sha256.
    python3 scripts/tokens/o200k/fetch_vocab.py || echo "setup: could not build o200k_base.tiktoken; the o200k tests will skip" >&2
fi
