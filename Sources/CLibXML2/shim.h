#ifndef JAARVERSLAG_CLIBXML2_SHIM_H
#define JAARVERSLAG_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its encoding.h then pulls in the system ICU headers,
// which clash with Foundation's own copy of ICU. We never use libxml2's ICU encoders, so the
// flag is switched off before any other libxml2 header is seen (see shared/NOTES-xml.md).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/relaxng.h>
#include <libxml/xmlIO.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>

/// `xmlFree` is a global function pointer; Swift 6 refuses to touch mutable globals.
static inline void jv_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
