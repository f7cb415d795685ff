// The system image codecs (Debian: libpng-dev, libturbojpeg0-dev, libwebp-dev), seen through one header.
// libpng's simplified API (png_image_*), libjpeg-turbo's TurboJPEG API and libwebp's simple decode/encode API.
#ifndef BRANDC_CIMAGECODECS_SHIM_H
#define BRANDC_CIMAGECODECS_SHIM_H

#include <png.h>
#include <turbojpeg.h>
#include <webp/decode.h>
#include <webp/encode.h>

// PNG_FORMAT_RGBA and PNG_IMAGE_VERSION are macro expressions Swift does not import: re-exported as constants.
static const png_uint_32 brandc_png_format_rgba = PNG_FORMAT_RGBA;
static const png_uint_32 brandc_png_image_version = PNG_IMAGE_VERSION;

// libpng's message (a char[64] inside png_image) as a C string, for errors and warnings.
static inline const char *brandc_png_image_message(const png_image *image) {
    return image->message;
}

#endif
