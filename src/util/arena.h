/* Arena allocator: one per build (or per loaded report). Everything allocated
 * from it lives until arena_free(); no individual frees. */
#ifndef LKJIP_ARENA_H
#define LKJIP_ARENA_H

#include <stdarg.h>
#include <stddef.h>

struct arena;

struct arena *arena_new(void);
void arena_free(struct arena *); /* accepts NULL */

/* Zeroed memory; out of memory is xalloc_oom() (util/xalloc.h). */
void *arena_alloc(struct arena *, size_t);
char *arena_strdup(struct arena *, const char *);       /* NULL -> NULL */
char *arena_strndup(struct arena *, const char *, size_t);
char *arena_printf(struct arena *, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
char *arena_vprintf(struct arena *, const char *fmt, va_list);

/* Growable array of pointers kept in the arena. */
struct ptrvec {
	void **v;
	size_t n, cap;
};
void ptrvec_push(struct arena *, struct ptrvec *, void *);

#endif
