// Tesseract's C API (Debian libtesseract-dev 5.3) and Leptonica's, for brandc's OCR module.
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>
