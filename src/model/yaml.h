/* A small YAML document tree on top of libyaml's event parser, with the
 * position of every node (internal to the model loader). */
#ifndef LKJIP_MODEL_YAML_H
#define LKJIP_MODEL_YAML_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/diag.h"
#include "util/num.h"

enum ynode_type {
	YNODE_SCALAR,
	YNODE_MAP,
	YNODE_SEQ,
};

struct ynode {
	enum ynode_type type;
	const char *scalar;        /* YNODE_SCALAR */
	const char **keys;         /* YNODE_MAP: keys[i] -> items[i] */
	struct ynode **items;      /* YNODE_MAP values, YNODE_SEQ items */
	struct src_pos *key_pos;   /* YNODE_MAP: where each key is */
	size_t n;
	struct src_pos pos;
};

/* Parses the file; NULL after reporting a syntax error with its place.
 * An empty file gives an empty map. With root (a content folder), path is
 * root/REL and is opened with path_open_under: no symbolic link, FIFO or
 * device; NULL root is for lkjip's own files. */
struct ynode *yaml_load(struct arena *, const char *root, const char *path,
	struct diag_list *);

/* Map lookup; NULL when absent or not a map. */
struct ynode *ynode_get(const struct ynode *map, const char *key);

/* Reports every key of map not in allowed (NULL-terminated) as an error:
 * unknown keys are typos that would silently drop a setting. */
bool ynode_check_keys(const struct ynode *map, const char *const *allowed,
	struct diag_list *);

/* Typed reads with a diagnostic on a wrong type. Absent: returns def /
 * NULL without a diagnostic, unless required. */
const char *ynode_str(struct arena *, const struct ynode *map,
	const char *key, bool required, struct diag_list *);
bool ynode_int(const struct ynode *map, const char *key, int *out,
	bool required, struct diag_list *);
bool ynode_num(const struct ynode *map, const char *key, double *out,
	struct diag_list *);
bool ynode_bool(const struct ynode *map, const char *key, bool *out,
	struct diag_list *);

#endif
