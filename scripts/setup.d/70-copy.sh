# Copy rules (#20): word boundaries by UAX #29 with dictionary segmentation for Thai, Japanese and
# Chinese, and Unicode case folding, through ICU's C API (Sources/CICU, pkg-config icu-uc).
need_apt libicu-dev
