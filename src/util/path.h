/* Where lkjip finds its own files (templates/, fonts/) and small file
 * helpers shared by loaders and backends. */
#ifndef LKJIP_PATH_H
#define LKJIP_PATH_H

#include <stdbool.h>
#include <stddef.h>

/* $LKJIP_DATA_DIR if set, else the source tree the binary was built from. */
const char *lkjip_data_dir(void);

/* Reads a whole file into a malloc'd NUL-terminated buffer. NULL on error
 * (errno set). */
char *file_read(const char *path, size_t *len);

/* Writes atomically: temp file in the same folder, fsync-free rename.
 * Creates missing parent folders. Returns 0 or -1 (errno set). */
int file_write_atomic(const char *path, const void *data, size_t len);

/* mkdir -p. Returns 0 or -1. */
int mkdir_p(const char *path);

/* True when rel is a relative path that stays inside its folder: no "..",
 * no leading "/", no empty component. */
bool path_is_contained(const char *rel);

#endif
