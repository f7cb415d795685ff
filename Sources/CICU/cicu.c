#include "cicu.h"
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

int32_t cicu_word_boundaries(const char *locale, const uint16_t *text, int32_t length,
                             int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *breaker = ubrk_open(UBRK_WORD, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status) || breaker == NULL) return -1;
    int32_t count = 0;
    for (int32_t position = ubrk_first(breaker); position != UBRK_DONE; position = ubrk_next(breaker)) {
        if (count < capacity) boundaries[count] = position;
        count++;
    }
    ubrk_close(breaker);
    return count;
}

int32_t cicu_fold_case(uint16_t *dest, int32_t capacity, const uint16_t *source, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t folded = u_strFoldCase((UChar *)dest, capacity, (const UChar *)source, length, U_FOLD_CASE_DEFAULT, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return folded;
    return U_FAILURE(status) ? -1 : folded;
}
