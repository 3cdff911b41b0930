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
 * Creates missing parent folders. Returns 0 or -1 (errno set).
 * When the file already holds exactly these bytes it is left alone (not
 * rewritten), so it keeps its mtime: incremental builds rely on this to
 * leave every unchanged output untouched. */
int file_write_atomic(const char *path, const void *data, size_t len);

/* Optional observer of file_write_atomic, for incremental builds: called
 * after every successful call with the path and whether the bytes on disk
 * changed. One observer per process; NULL removes it. */
typedef void file_write_observer(const char *path, bool changed, void *ctx);
void file_write_observe(file_write_observer *, void *ctx);

/* True when the file at path holds exactly len bytes equal to data. */
bool file_same_bytes(const char *path, const void *data, size_t len);

/* Removes the temp files ("NAME.tmp.PID") that file_write_atomic left
 * under dir when a build was killed mid-write (SIGKILL gives no chance to
 * clean up), skipping those of a process still running. Only that exact
 * pattern is touched. Returns how many were removed. */
int file_sweep_temps(const char *dir);

/* mkdir -p. Returns 0 or -1. */
int mkdir_p(const char *path);

/* True when rel is a relative path that stays inside its folder: no "..",
 * no leading "/", no empty component. */
bool path_is_contained(const char *rel);

/* Opens root/rel for reading when rel stays inside root (path_is_contained)
 * and every component of it is a real folder or, last, a regular file: no
 * symbolic link below root is followed, and a FIFO or device is refused
 * without blocking. Root itself may be a link. Returns the fd, or -1 with
 * errno: ELOOP (a link), EXDEV (rel leaves root), ENOENT, ENOTDIR, EISDIR,
 * ENODEV (FIFO, socket or device), or what open() says. Every file read
 * from the content folder goes through here. */
int path_open_in(const char *root, const char *rel);

/* path is root + "/" + rel (as built by joining them): rel, else NULL. */
const char *path_rel_to(const char *root, const char *path);

/* path_open_in(root, path_rel_to(root, path)); EXDEV when path is not
 * below root. */
int path_open_under(const char *root, const char *path);

/* The largest text file lkjip reads (a chapter, a CSV table, a YAML
 * file): a report's largest is under 100 KB, and a 10 MB chapter took a
 * gigabyte to lay out. Over it, reading stops with EFBIG (path_refusal). */
#define FILE_MAX_TEXT (4u << 20)

/* path_open_in + read to the end, at most FILE_MAX_TEXT bytes: a malloc'd
 * NUL-terminated buffer, or NULL with errno as path_open_in (EFBIG when
 * longer). */
char *file_read_in(const char *root, const char *rel, size_t *len);

/* Reads fd to its end (NUL-terminated, malloc'd), or NULL with errno. */
char *file_read_fd(int fd, size_t *len);

/* The same, refusing (EFBIG, nothing kept) a file of more than max bytes:
 * by its size before reading (a sparse file of terabytes costs nothing to
 * make), and again while reading (a file that grows). */
char *file_read_fd_max(int fd, size_t max, size_t *len);

/* Whether a folder entry is a CSV file lkjip reads and publishes: a name
 * ending in ".csv", not hidden (macOS's "._x.csv" and other dot files are
 * not the user's tables). One rule for the loader and the site. */
bool path_is_csv_name(const char *name);

/* Why path_open_in refused, in words, for an errno it set. */
const char *path_refusal(int err);

#endif
