/* Indonesian hyphenation with libhyphen (the hyphen-id patterns). Breaks are
 * inserted as U+00AD soft hyphens: Pango breaks there and shows a hyphen
 * only when it does. */
#include "pdf/internal.h"
#include "util/xalloc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <hyphen.h>

#define WORD_MIN 5      /* shorter words are never split */
#define WORD_MAX 63
#define LEFT_MIN 2      /* letters kept before a break */
#define RIGHT_MIN 3     /* letters carried after a break */

struct hyph {
	HyphenDict *dict;
};

struct hyph *hyph_open(const char *path)
{
	HyphenDict *d = hnj_hyphen_load(path ? path : HYPH_DICT_ID);
	if (d == NULL)
		return NULL;
	struct hyph *h = xcalloc(1, sizeof *h);
	h->dict = d;
	return h;
}

void hyph_free(struct hyph *h)
{
	if (h == NULL)
		return;
	hnj_hyphen_free(h->dict);
	free(h);
}

static void hyph_word(struct hyph *h, GString *out, const char *w, size_t len)
{
	char low[WORD_MAX + 1], marks[WORD_MAX + 6];
	char **rep = NULL;
	int *pos = NULL, *cut = NULL;

	if (len < WORD_MIN || len > WORD_MAX) {
		g_string_append_len(out, w, len);
		return;
	}
	for (size_t i = 0; i < len; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	low[len] = '\0';
	if (hnj_hyphen_hyphenate2(h->dict, low, (int)len, marks, NULL, &rep,
	    &pos, &cut) != 0) {
		g_string_append_len(out, w, len);
		return;
	}
	for (size_t i = 0; i < len; i++) {
		g_string_append_c(out, w[i]);
		size_t left = i + 1, right = len - left;
		if ((marks[i] & 1) && left >= LEFT_MIN && right >= RIGHT_MIN)
			g_string_append(out, "\xC2\xAD");
	}
	/* Non-standard breaks (rep/pos/cut) do not occur in Indonesian. */
	if (rep != NULL) {
		for (size_t i = 0; i < len; i++)
			free(rep[i]);
		free(rep);
	}
	free(pos);
	free(cut);
}

/* A token (between spaces) that is a number, a URL or an address is left
 * whole: breaking "2.17.02.2.01" or "https://..." would misprint it. */
static bool token_protected(const char *t, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (isdigit((unsigned char)t[i]) || t[i] == '@' || t[i] == '/')
			return true;
		if (i + 4 <= len && strncmp(t + i, "www.", 4) == 0)
			return true;
	}
	return false;
}

void hyph_append(struct hyph *h, GString *out, const char *text)
{
	const char *p = text;
	if (h == NULL) {
		g_string_append(out, text);
		return;
	}
	while (*p) {
		if (isspace((unsigned char)*p)) {
			g_string_append_c(out, *p++);
			continue;
		}
		size_t tl = strcspn(p, " \t\n\r");
		if (token_protected(p, tl)) {
			g_string_append_len(out, p, tl);
			p += tl;
			continue;
		}
		const char *end = p + tl;
		while (p < end) {
			/* Runs of ASCII letters not glued to a non-ASCII byte
			 * (the dictionary is Latin-1; Indonesian words are
			 * ASCII). */
			if (isalpha((unsigned char)*p)) {
				const char *s = p;
				while (p < end && isalpha((unsigned char)*p))
					p++;
				bool glued = (s > text &&
				    (unsigned char)s[-1] >= 0x80) ||
				    (p < end && (unsigned char)*p >= 0x80);
				/* TeX's \uchyph=0: a capitalised word is a
				 * name, a place or an acronym (Magetan,
				 * SAKIP), which a break misprints. */
				if (glued || isupper((unsigned char)*s))
					g_string_append_len(out, s, p - s);
				else
					hyph_word(h, out, s, p - s);
			} else {
				g_string_append_c(out, *p++);
			}
		}
	}
}
