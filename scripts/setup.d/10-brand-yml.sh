# The brand.yml interop oracle: Posit's own brand_yml package, and webcolors for CSS colour names
# (also what scripts/css-colors/generate.py reads).
if [ "${BRANDC_SETUP_PYTHON:-1}" = 1 ] && command -v python3 >/dev/null; then
    need_pip brand_yml brand_yml==0.2.0
    need_pip webcolors webcolors
fi
