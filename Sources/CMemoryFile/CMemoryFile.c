#define _GNU_SOURCE
#include <sys/mman.h>

#include "CMemoryFile.h"

int jv_memory_file(void) {
    return memfd_create("jaarverslag-docx", MFD_CLOEXEC);
}
