#!/usr/bin/env bash
# Installs what building and testing brandc needs on a fresh Debian machine, and nothing that is
# already there. Safe to run repeatedly.
#
# Each capability that needs something of its own declares it in scripts/setup.d/NAME.sh, which is
# sourced here and may append to `apt_needed` (Debian packages not yet installed) and `pip_needed`
# (PyPI requirement specifiers not yet importable), or define a `post_install_NAME` step. One
# apt-get update, one apt-get install and one pip install serve them all.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_needed=()
pip_needed=()
post_install=()

# Adds a Debian package to the install list unless dpkg already has it.
need_apt() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || apt_needed+=("$pkg")
    done
}

# Adds a PyPI requirement unless `python3 -c "import MODULE"` already works: need_pip MODULE SPEC.
need_pip() {
    python3 -c "import $1" 2>/dev/null || pip_needed+=("$2")
}

for part in scripts/setup.d/*.sh; do
    # shellcheck source=/dev/null
    source "$part"
done

if [ "${#apt_needed[@]}" -gt 0 ]; then
    echo "setup: installing ${apt_needed[*]}" >&2
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_needed[@]}" >/dev/null
fi

if [ "${BRANDC_SETUP_PYTHON:-1}" = 1 ] && command -v python3 >/dev/null && [ "${#pip_needed[@]}" -gt 0 ]; then
    echo "setup: pip installing ${pip_needed[*]}" >&2
    python3 -m pip install -q "${pip_needed[@]}" || echo "setup: pip install failed; tests that need ${pip_needed[*]} will say so" >&2
fi

for step in "${post_install[@]}"; do
    "$step"
done
