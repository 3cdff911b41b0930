/* Parsing "{{name arg key=value key="quoted"}}" inside Markdown text, and
 * the option helpers the table and chart builders use. */
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "doc/directive.h"
#include "doc/internal.h"
#include "util/arena.h"
#include "util/num.h"

const char *directive_opt(const struct directive *d, const char *key)
{
	for (size_t i = 0; i < d->nopt; i++)
		if (strcmp(d->opt[i].key, key) == 0)
			return d->opt[i].value;
	return NULL;
}

void directive_error(struct build_ctx *c, const struct directive *d,
	const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(c->diags, DIAG_ERROR, d->pos, fmt, ap);
	va_end(ap);
}

int directive_opt_years(struct build_ctx *c, const struct directive *d,
	const char *key, int *years, int max)
{
	const char *v = directive_opt(d, key);
	if (v == NULL)
		return 0;
	int n = 0;
	const char *p = v;
	while (*p) {
		char *end;
		long y = strtol(p, &end, 10);
		if (end == p || y < 1900 || y > 2200) {
			directive_error(c, d, "option %s: expected years such as "
				"2022,2023,2024, found \"%s\"", key, v);
			return -1;
		}
		p = end;
		/* A range, 2020-2024 (or with an en dash): every year of
		 * it, as the tables print it. */
		long to = y;
		const char *q = p;
		if (*q == '-')
			q++;
		else if (strncmp(q, "\xe2\x80\x93", 3) == 0)
			q += 3;
		if (q != p) {
			to = strtol(q, &end, 10);
			if (end == q || to < y || to > 2200) {
				directive_error(c, d, "option %s: expected a "
					"range such as 2020-2024, found \"%s\"",
					key, v);
				return -1;
			}
			p = end;
		}
		for (long k = y; k <= to; k++) {
			if (n == max) {
				directive_error(c, d, "option %s: at most %d "
					"years", key, max);
				return -1;
			}
			years[n++] = (int)k;
		}
		while (*p == ' ')
			p++;
		if (*p == ',')
			p++;
		while (*p == ' ')
			p++;
	}
	return n;
}

char *directive_list_next(struct build_ctx *c, const char **p)
{
	const char *q = *p;
	while (*q == ' ' || *q == ',')
		q++;
	size_t n = strcspn(q, ", ");
	*p = q + n;
	return n ? arena_strndup(c->doc->arena, q, n) : NULL;
}

bool directive_opt_mm(struct build_ctx *c, const struct directive *d,
	const char *key, double def_mm, double *out_pt)
{
	const char *s = directive_opt(d, key);
	*out_pt = def_mm * 72.0 / 25.4;
	if (s == NULL)
		return true;
	struct num_value v;
	if (num_parse(s, NUM_ID, &v, NULL, 0) != 0 || v.kind != NUM_VALUE ||
		v.percent || !(v.value >= 10 && v.value <= 1000) ||
		(v.unit[0] != '\0' && strcmp(v.unit, "mm") != 0)) {
		directive_error(c, d, "invalid %s \"%s\": expected millimetres "
			"such as 160", key, s);
		return false;
	}
	*out_pt = v.value * 72.0 / 25.4;
	return true;
}

static bool is_word_char(char ch)
{
	/* ',': a list as one word ({{tabel seri a,b}}). */
	return isalnum((unsigned char)ch) || ch == '-' || ch == '_' ||
		ch == '.' || ch == '/' || ch == ',' || (unsigned char)ch >= 0x80;
}

/* Parses the inside of one directive (between "{{" and "}}"). Returns 0, or
 * -1 with a message in err and the byte offset of the problem in *at. */
int directive_parse(struct arena *a, const char *s, size_t len,
	struct directive *d, char *err, size_t errlen, size_t *at)
{
	memset(d, 0, sizeof *d);
	size_t i = 0;
	int bare = 0;
	while (i < len) {
		while (i < len && isspace((unsigned char)s[i]))
			i++;
		if (i >= len)
			break;
		size_t w0 = i;
		while (i < len && is_word_char(s[i]))
			i++;
		if (i == w0) {
			/* '"' in double quotes read as """: name it plainly. */
			if (s[i] == '"')
				snprintf(err, errlen, "unexpected double quote in "
					"directive (quotes go around a value after "
					"\"=\"; inside one, write \u201C \u201D or ')");
			else
				snprintf(err, errlen, "unexpected \"%c\" in "
					"directive", s[i]);
			*at = i;
			return -1;
		}
		const char *word = arena_strndup(a, s + w0, i - w0);
		if (i < len && s[i] == '=') {
			i++;
			const char *val;
			if (i < len && s[i] == '"') {
				size_t v0 = ++i;
				while (i < len && s[i] != '"')
					i++;
				if (i >= len) {
					/* judul="Lihat {{ref x}}": the inner "}}"
					 * ended the directive. */
					if (memmem(s + v0, len - v0, "{{", 2))
						snprintf(err, errlen, "the value of "
							"option \"%s\" holds another "
							"directive: directives do not nest",
							word);
					else
						snprintf(err, errlen, "unterminated "
							"quoted value for option \"%s\"",
							word);
					*at = v0 - 1;
					return -1;
				}
				val = arena_strndup(a, s + v0, i - v0);
				i++;
			} else {
				size_t v0 = i;
				while (i < len && !isspace((unsigned char)s[i]))
					i++;
				val = arena_strndup(a, s + v0, i - v0);
			}
			if (val[0] == '\0') {
				/* "sasaran=" would silently mean "no filter". */
				snprintf(err, errlen, "option \"%s\" has no value",
					word);
				*at = w0;
				return -1;
			}
			if (d->name == NULL) {
				snprintf(err, errlen, "a directive starts with its "
					"name, found option \"%s\"", word);
				*at = w0;
				return -1;
			}
			if (directive_opt(d, word) != NULL) {
				snprintf(err, errlen, "option \"%s\" given twice",
					word);
				*at = w0;
				return -1;
			}
			if (d->nopt == DIRECTIVE_MAX_OPTS) {
				snprintf(err, errlen, "too many options");
				*at = w0;
				return -1;
			}
			d->opt[d->nopt].key = word;
			d->opt[d->nopt].value = val;
			d->nopt++;
		} else if (d->name == NULL) {
			d->name = word;
		} else if (bare == 0) {
			d->arg = word;
			bare++;
		} else if (bare == 1) {
			d->arg2 = word;
			bare++;
		} else {
			snprintf(err, errlen, "unexpected \"%s\": options are "
				"written key=value", word);
			*at = w0;
			return -1;
		}
	}
	if (d->name == NULL) {
		snprintf(err, errlen, "empty directive");
		*at = 0;
		return -1;
	}
	return 0;
}
