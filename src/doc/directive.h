/* The directive parser, used by the builder and the fuzz harness. */
#ifndef LKJIP_DIRECTIVE_H
#define LKJIP_DIRECTIVE_H

#include <stddef.h>

#include "util/arena.h"

struct directive;

/* Parses the text between "{{" and "}}". Returns 0, or -1 with a message
 * in err and the byte offset of the problem in *at. */
int directive_parse(struct arena *, const char *s, size_t len,
	struct directive *, char *err, size_t errlen, size_t *at);

#endif
