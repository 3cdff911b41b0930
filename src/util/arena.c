#include "util/arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/xalloc.h"

/* Blocks chained newest first; large requests get a block of their own. */
struct block {
	struct block *next;
	size_t used, size;
	max_align_t data[];
};

struct arena {
	struct block *head;
};

#define BLOCK_SIZE (64 * 1024)

struct arena *arena_new(void)
{
	struct arena *a = xmalloc(sizeof *a);
	a->head = NULL;
	return a;
}

void arena_free(struct arena *a)
{
	if (a == NULL)
		return;
	struct block *b = a->head;
	while (b != NULL) {
		struct block *next = b->next;
		free(b);
		b = next;
	}
	free(a);
}

void *arena_alloc(struct arena *a, size_t n)
{
	size_t align = sizeof(max_align_t);
	/* A size no block could hold is out of memory, not a wrap-around. */
	if (n > SIZE_MAX / 2)
		xalloc_oom();
	n = (n + align - 1) / align * align;
	if (n == 0)
		n = align;
	struct block *b = a->head;
	if (b == NULL || b->size - b->used < n) {
		size_t size = n > BLOCK_SIZE / 4 ? n : BLOCK_SIZE;
		struct block *nb = xmalloc(sizeof *nb + size);
		nb->used = 0;
		nb->size = size;
		if (size == n && b != NULL) {
			/* Keep the current block as head: it may still have room. */
			nb->next = b->next;
			b->next = nb;
		} else {
			nb->next = b;
			a->head = nb;
		}
		b = nb;
	}
	void *p = (char *)b->data + b->used;
	b->used += n;
	memset(p, 0, n);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return s == NULL ? NULL : arena_strndup(a, s, strlen(s));
}

char *arena_vprintf(struct arena *a, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		n = 0;
	char *p = arena_alloc(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

void ptrvec_push(struct arena *a, struct ptrvec *pv, void *p)
{
	if (pv->n == pv->cap) {
		size_t cap = pv->cap ? pv->cap * 2 : 8;
		void **v = arena_alloc(a, cap * sizeof *v);
		if (pv->n)
			memcpy(v, pv->v, pv->n * sizeof *v);
		pv->v = v;
		pv->cap = cap;
	}
	pv->v[pv->n++] = p;
}
