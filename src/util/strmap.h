/* A string-keyed hash table in an arena: lookups that would otherwise
 * scan a list (a kode among 100,000 indicators, a key among a YAML map's
 * keys) in constant time. Keys are not copied: they must live as long as
 * the map. */
#ifndef LKJIP_STRMAP_H
#define LKJIP_STRMAP_H

#include <stddef.h>

#include "util/arena.h"

struct strmap;

struct strmap *strmap_new(struct arena *);
/* The value stored under key, or NULL (also for a NULL map). */
void *strmap_get(const struct strmap *, const char *key);
/* Stores key -> val (val not NULL) unless key is there already; returns
 * the value already stored, or NULL when it stored val. */
void *strmap_put(struct strmap *, const char *key, void *val);
size_t strmap_count(const struct strmap *);

#endif
