# Reading text back from generated images (brandc check): Tesseract's C API and Debian's language
# data for every script the examples write in, and the text renderer and fonts the tests render with.
need_apt pkg-config libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-osd tesseract-ocr-eng \
    tesseract-ocr-jpn tesseract-ocr-jpn-vert tesseract-ocr-chi-sim tesseract-ocr-chi-sim-vert \
    tesseract-ocr-chi-tra tesseract-ocr-chi-tra-vert tesseract-ocr-kor tesseract-ocr-ara tesseract-ocr-heb \
    tesseract-ocr-hin tesseract-ocr-tha pango1.0-tools fonts-noto-core fonts-noto-cjk
