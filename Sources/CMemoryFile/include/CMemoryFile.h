#ifndef JAARVERSLAG_CMEMORYFILE_H
#define JAARVERSLAG_CMEMORYFILE_H

/// A new anonymous file that lives in memory only (Linux `memfd_create`), closed on exec.
/// Returns a file descriptor, or -1 with `errno` set.
int jv_memory_file(void);

#endif
