/* The one allocation policy of lkjip. Memory that lives as long as a build
 * (a loaded report, a document tree) comes from an arena (util/arena.h);
 * everything else from this family, which never returns NULL. Out of
 * memory is not a state any caller can do better in, so there is one
 * behaviour for it, here: xalloc_oom() calls the hook the program set
 * (the CLI's prints "lkjip: out of memory" and exits with 4, EXIT_NOMEM
 * in src/cli/cli.h) and aborts if there is none or it returns. The
 * library itself never prints. Arenas, cmark and libcsv allocate through
 * the same path. The other libraries keep their own allocators: GLib (the
 * PDF backend) aborts on its own, as it always does; Cairo, Pango,
 * libxml2 and libyaml return an error, which the caller reports. A raw
 * malloc, calloc, realloc, strdup or asprintf outside this file fails
 * tests/util/alloc_policy.sh. */
#ifndef LKJIP_XALLOC_H
#define LKJIP_XALLOC_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdnoreturn.h>

void *xmalloc(size_t);
void *xcalloc(size_t n, size_t size);          /* zeroed; n * size checked */
void *xrealloc(void *, size_t);
void *xreallocarray(void *, size_t n, size_t size); /* n * size checked */
char *xstrdup(const char *);                     /* NULL -> NULL */
char *xstrndup(const char *, size_t);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list);
/* open_memstream(3) that never returns NULL; *buf is malloc'd (free it). */
FILE *xopen_memstream(char **buf, size_t *len);

/* What out of memory does: set once, by the program (src/cli/main.c);
 * the hook should not return. NULL restores the default (abort). */
void xalloc_set_oom(void (*hook)(void));
noreturn void xalloc_oom(void);

#endif
