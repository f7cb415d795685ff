# Image decoding for `brandc check` (BrandImages): libpng's simplified API, TurboJPEG and libwebp,
# found through pkg-config (the CImageCodecs system library target).
need_apt libpng-dev libturbojpeg0-dev libwebp-dev pkg-config
