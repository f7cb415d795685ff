# brandc check: until the pixels and ocr modules land, images are measured with Debian's ImageMagick
# (identify-im6.q16 / convert-im6.q16) and read with the tesseract command (English and Japanese data here;
# the OCR setup file adds the other scripts). The tests render their images with the same ImageMagick in
# the DejaVu and Noto CJK fonts.
need_apt imagemagick-6.q16 fonts-dejavu-core fonts-noto-cjk tesseract-ocr tesseract-ocr-eng tesseract-ocr-jpn
