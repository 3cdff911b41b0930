#include "util/utf8.h"

#include <stdio.h>

/* Length of the valid sequence at s[0..n), or 0 with *why set. */
static size_t sequence(const unsigned char *s, size_t n, const char **why,
	bool *legacy)
{
	unsigned char c = s[0];
	size_t k;
	unsigned long cp;
	*legacy = false;
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		k = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		k = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		k = 4;
		cp = c & 0x07;
	} else if (n < 2 || (s[1] & 0xc0) != 0x80) {
		/* A lone high byte, as Latin-1 / Windows-1252 text has them
		 * ("K\xf6p"), whatever UTF-8 would make of it as a lead byte. */
		*why = "a byte that starts no character";
		*legacy = true;
		return 0;
	} else if (c == 0xc0 || c == 0xc1) {
		*why = "an overlong encoding";
		return 0;
	} else if (c >= 0xf5 && c <= 0xf7) {
		*why = "a code point above U+10FFFF";
		return 0;
	} else {
		*why = "a byte that starts no character";
		*legacy = true;
		return 0;
	}
	for (size_t j = 1; j < k; j++) {
		if (j >= n || (s[j] & 0xc0) != 0x80) {
			*why = "a character cut short";
			*legacy = true;
			return 0;
		}
		cp = cp << 6 | (s[j] & 0x3f);
	}
	if ((k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000)) {
		*why = "an overlong encoding";
		return 0;
	}
	if (cp >= 0xd800 && cp <= 0xdfff) {
		*why = "an encoded UTF-16 surrogate";
		return 0;
	}
	if (cp > 0x10ffff) {
		*why = "a code point above U+10FFFF";
		return 0;
	}
	return k;
}

/* Line and column (in characters) of byte offset off: only counted when
 * an error is reported, so the common valid case costs one pass. */
static void locate(const unsigned char *s, size_t off, int *line, int *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < off; i++) {
		if (s[i] == '\n') {
			++*line;
			*col = 1;
		} else if ((s[i] & 0xc0) != 0x80) {
			++*col;
		}
	}
}

bool utf8_valid(const char *str, size_t n, struct utf8_error *e)
{
	const unsigned char *s = (const unsigned char *)str;
	for (size_t i = 0; i < n;) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		const char *why = NULL;
		bool legacy;
		size_t k = sequence(s + i, n - i, &why, &legacy);
		if (k > 0) {
			i += k;
			continue;
		}
		if (e != NULL) {
			e->offset = i;
			locate(s, i, &e->line, &e->column);
			e->why = why;
			e->legacy = legacy;
			/* Up to 4 bytes, as far as they look like one sequence. */
			int w = snprintf(e->bytes, sizeof e->bytes, "%02x", s[i]);
			for (size_t j = 1; j < 4 && i + j < n &&
					(s[i + j] & 0xc0) == 0x80; j++)
				w += snprintf(e->bytes + w,
					sizeof e->bytes - (size_t)w, " %02x",
					s[i + j]);
		}
		return false;
	}
	return true;
}

size_t utf8_chars(const char *s)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		n += (*p & 0xc0) != 0x80;
	return n;
}
