# brandc check's end-to-end tests and Benchmarks/check.sh render their images with Debian's ImageMagick
# (convert-im6.q16) in the DejaVu and Noto CJK fonts; brandc itself decodes with BrandImages and reads
# with BrandOCR (20-images.sh, 30-ocr.sh).
need_apt imagemagick-6.q16 fonts-dejavu-core fonts-noto-cjk
