#define _GNU_SOURCE
#include "util/xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void (*oom_hook)(void);

void xalloc_set_oom(void (*hook)(void))
{
	oom_hook = hook;
}

noreturn void xalloc_oom(void)
{
	if (oom_hook != NULL)
		oom_hook();
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (p == NULL)
		xalloc_oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	/* calloc checks n * size too; checked here so that an overflow is
	 * the same out of memory on every libc. */
	if (size != 0 && n > SIZE_MAX / size)
		xalloc_oom();
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (p == NULL)
		xalloc_oom();
	return p;
}

void *xrealloc(void *old, size_t n)
{
	void *p = realloc(old, n ? n : 1);
	if (p == NULL)
		xalloc_oom();
	return p;
}

void *xreallocarray(void *old, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		xalloc_oom();
	return xrealloc(old, n * size);
}

char *xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *xstrdup(const char *s)
{
	return s == NULL ? NULL : xstrndup(s, strlen(s));
}

char *xvasprintf(const char *fmt, va_list ap)
{
	char *p = NULL;
	/* vasprintf fails only for lack of memory (or a length past
	 * INT_MAX, which no message of ours has). */
	if (vasprintf(&p, fmt, ap) < 0)
		xalloc_oom();
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

FILE *xopen_memstream(char **buf, size_t *len)
{
	FILE *f = open_memstream(buf, len);
	if (f == NULL)
		xalloc_oom();
	return f;
}
