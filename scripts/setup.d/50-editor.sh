# The editor and agent servers' test clients: pytest-lsp (with pygls) drives `brandc lsp`, the
# official MCP Python SDK drives `brandc mcp`; both over stdio. Versions pinned: mcp 2.x renamed
# its result fields to snake_case.
if [ "${BRANDC_SETUP_PYTHON:-1}" = 1 ] && command -v python3 >/dev/null; then
    python3 -c "import pytest_lsp, importlib.metadata as m; assert m.version('pytest-lsp') == '1.0.1'" 2>/dev/null \
        || pip_needed+=("pytest-lsp==1.0.1" "pygls==2.1.1")
    python3 -c "import mcp, importlib.metadata as m; assert m.version('mcp') == '2.3.0'" 2>/dev/null \
        || pip_needed+=("mcp==2.3.0")
fi
