// The system libxml2 (Debian: libxml2-dev), seen through its streaming reader's header.
//
// Debian builds libxml2 with ICU, and <libxml/encoding.h> then includes ICU's headers, which clash
// with the ICU copy inside Swift's Foundation (`_FoundationICU`) when both are imported. Nothing here
// touches libxml2's ICU converters (only a field of a struct we never read), so the headers are
// read as if libxml2 had been built without ICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
