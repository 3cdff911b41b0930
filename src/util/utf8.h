/* Strict UTF-8: the one check every text input (CSV, chapter, YAML) goes
 * through at load time, so that nothing Pango, Cairo or libxml2 would
 * refuse at render time gets past `lkjip check`. */
#ifndef LKJIP_UTF8_H
#define LKJIP_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* Where and why a text is not UTF-8. */
struct utf8_error {
	size_t offset;      /* byte offset of the bad sequence */
	int line;           /* 1-based */
	int column;         /* 1-based, in characters */
	const char *why;    /* English, e.g. "an encoded UTF-16 surrogate" */
	char bytes[16];     /* the offending bytes in hex, "ed a0 80" */
	/* A byte that starts no sequence or a sequence cut short: what a
	 * Latin-1 / Windows-1252 file looks like. */
	bool legacy;
};

/* True when s[0..n) is UTF-8 as RFC 3629 defines it: no overlong forms,
 * no encoded surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no
 * sequence cut short. Otherwise false, with the first bad sequence in *e
 * (e may be NULL). NUL bytes are valid here; callers that mind refuse
 * them themselves. */
bool utf8_valid(const char *s, size_t n, struct utf8_error *e);

/* The characters of the NUL-terminated UTF-8 s (its bytes that are not
 * continuation bytes): the unit of the limits on one value. */
size_t utf8_chars(const char *s);

#endif
