# brandc check: the test images are rendered with Debian's ImageMagick (called as convert-im6.q16) in the
# DejaVu and Noto fonts and read back with Tesseract's English data. (The OCR and decoder libraries themselves
# are declared by their own setup files.)
need_apt imagemagick-6.q16 fonts-dejavu-core fonts-noto-core tesseract-ocr tesseract-ocr-eng
