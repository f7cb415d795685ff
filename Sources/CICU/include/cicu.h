// brandc's window on the system ICU (Debian: libicu-dev). Only plain C types cross it: Foundation
// carries its own ICU headers (_FoundationICU, a newer ICU), whose enums clash with the system's in
// Swift, so the ICU headers stay inside cicu.c.
#ifndef CICU_H
#define CICU_H
#include <stdint.h>

/// Writes the UAX #29 word boundaries (dictionary segmentation for Thai, Japanese, Chinese…) of the
/// UTF-16 `text` into `boundaries` as UTF-16 offsets, at most `capacity` of them. Returns how many
/// there are (which may exceed `capacity`), or -1 when ICU fails.
int32_t cicu_word_boundaries(const char *locale, const uint16_t *text, int32_t length,
                             int32_t *boundaries, int32_t capacity);

/// Full case folding of the UTF-16 `source` into `dest`. Returns the folded length (which may exceed
/// `capacity`: call again with more room), or -1 when ICU fails otherwise.
int32_t cicu_fold_case(uint16_t *dest, int32_t capacity, const uint16_t *source, int32_t length);

#endif
