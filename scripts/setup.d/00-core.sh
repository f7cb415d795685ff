# The compiler core: libyaml and libxml2 (Merchant Center XML feeds) through pkg-config, and the Unicode data the text tables are checked against.
command -v pkg-config >/dev/null || apt_needed+=(pkg-config)
pkg-config --exists yaml-0.1 2>/dev/null || apt_needed+=(libyaml-dev)
pkg-config --exists libxml-2.0 2>/dev/null || apt_needed+=(libxml2-dev)
[ -f /usr/share/unicode/Scripts.txt ] || apt_needed+=(unicode-data)

# Test oracles: the SARIF schema validator and Google's SentencePiece.
if [ "${BRANDC_SETUP_PYTHON:-1}" = 1 ] && command -v python3 >/dev/null; then
    need_pip jsonschema jsonschema
    need_pip sentencepiece sentencepiece
fi

# OpenAI's o200k_base vocabulary, rebuilt from a PyPI wheel and checked by its sha256.
post_install_o200k() {
    [ "${BRANDC_SETUP_PYTHON:-1}" = 1 ] && command -v python3 >/dev/null || return 0
    python3 scripts/tokens/o200k/fetch_vocab.py || echo "setup: could not build o200k_base.tiktoken; the o200k tests will skip" >&2
}
post_install+=(post_install_o200k)
