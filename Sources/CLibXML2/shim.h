#ifndef REGLINT_CLIBXML2_SHIM_H
#define REGLINT_CLIBXML2_SHIM_H

// libxml2 built with ICU pulls the system ICU headers in through encoding.h; they clash with
// Foundation's own ICU copy ("'UErrorCode' has different definitions in different modules").
// reglint never hands libxml2 an ICU converter, so switch that part of the API off first.
#include <libxml/xmlversion.h>
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>

#endif
