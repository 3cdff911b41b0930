/* "Did you mean": the known name closest to a typo. */
#ifndef LKJIP_SUGGEST_H
#define LKJIP_SUGGEST_H

#include <stddef.h>

/* The candidate nearest to word by edit distance (insert, delete, replace
 * one byte), if it is close enough to be a typo: at most 2 edits, and
 * fewer edits than half the word's length. NULL when none is. */
const char *suggest_nearest(const char *word, const char *const *cands,
	size_t n);

#endif
