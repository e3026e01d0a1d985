#ifndef JAARVERSLAG_CCMARK_SHIM_H
#define JAARVERSLAG_CCMARK_SHIM_H
#include <cmark.h>
#endif
