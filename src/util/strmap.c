#include "util/strmap.h"

#include <stdint.h>
#include <string.h>

/* Header-only use: util does not link libxxhash. */
#define XXH_INLINE_ALL
#include <xxhash.h>

struct slot {
	const char *key;
	void *val;
};

struct strmap {
	struct arena *a;
	struct slot *slot;
	size_t cap, n; /* cap a power of two, n < cap / 2 */
};

struct strmap *strmap_new(struct arena *a)
{
	struct strmap *m = arena_alloc(a, sizeof *m);
	m->a = a;
	m->cap = 16;
	m->slot = arena_alloc(a, m->cap * sizeof *m->slot);
	return m;
}

/* Linear probing; the table is never more than half full, so the probe
 * stops at an empty slot. */
static struct slot *find(const struct strmap *m, const char *key)
{
	size_t i = (size_t)XXH3_64bits(key, strlen(key)) & (m->cap - 1);
	while (m->slot[i].key != NULL && strcmp(m->slot[i].key, key) != 0)
		i = (i + 1) & (m->cap - 1);
	return &m->slot[i];
}

void *strmap_get(const struct strmap *m, const char *key)
{
	return m == NULL ? NULL : find(m, key)->val;
}

static void grow(struct strmap *m)
{
	struct slot *old = m->slot;
	size_t oldcap = m->cap;
	/* The old table stays in the arena: at most as much again. */
	m->cap *= 2;
	m->slot = arena_alloc(m->a, m->cap * sizeof *m->slot);
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].key != NULL)
			*find(m, old[i].key) = old[i];
}

void *strmap_put(struct strmap *m, const char *key, void *val)
{
	struct slot *s = find(m, key);
	if (s->key != NULL)
		return s->val;
	s->key = key;
	s->val = val;
	if (++m->n * 2 >= m->cap)
		grow(m);
	return NULL;
}

size_t strmap_count(const struct strmap *m)
{
	return m == NULL ? 0 : m->n;
}
