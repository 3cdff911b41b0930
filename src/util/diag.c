#define _GNU_SOURCE
#include "util/diag.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

struct diag_list {
	struct diag *v;
	size_t n, cap;
};

struct diag_list *diag_list_new(void)
{
	struct diag_list *l = xcalloc(1, sizeof *l);
	return l;
}

void diag_list_free(struct diag_list *l)
{
	if (l == NULL)
		return;
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].message);
		free((char *)l->v[i].pos.file);
		free((char *)l->v[i].pos.column_name);
	}
	free(l->v);
	free(l);
}

static char *dup_or_null(const char *s)
{
	if (s == NULL)
		return NULL;
	char *p = xstrdup(s);
	return p;
}

void diag_vadd(struct diag_list *l, enum diag_severity sev, struct src_pos pos,
	const char *fmt, va_list ap)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	struct diag *d = &l->v[l->n++];
	d->severity = sev;
	/* Own copies: the diagnostic outlives the loader's arena. */
	d->pos.file = dup_or_null(pos.file);
	d->pos.line = pos.line;
	d->pos.column = pos.column;
	d->pos.column_name = dup_or_null(pos.column_name);
	d->message = xvasprintf(fmt, ap);
}

void diag_add(struct diag_list *l, enum diag_severity sev, struct src_pos pos,
	const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(l, sev, pos, fmt, ap);
	va_end(ap);
}

size_t diag_count(const struct diag_list *l)
{
	return l->n;
}

static size_t count_sev(const struct diag_list *l, enum diag_severity s)
{
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++)
		n += l->v[i].severity == s;
	return n;
}

size_t diag_errors(const struct diag_list *l)
{
	return count_sev(l, DIAG_ERROR);
}

size_t diag_warnings(const struct diag_list *l)
{
	return count_sev(l, DIAG_WARNING);
}

const struct diag *diag_get(const struct diag_list *l, size_t i)
{
	return i < l->n ? &l->v[i] : NULL;
}

static const char *sev_name(enum diag_severity s)
{
	switch (s) {
	case DIAG_ERROR:
		return "error";
	case DIAG_WARNING:
		return "warning";
	case DIAG_NOTE:
		break;
	}
	return "note";
}

/* A spreadsheet's column letters: 1 -> A, 27 -> AA. */
void diag_column_letters(char out[8], int col)
{
	char tmp[8];
	int n = 0;
	for (; col > 0 && n < 7; col = (col - 1) / 26)
		tmp[n++] = (char)('A' + (col - 1) % 26);
	for (int i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	out[n] = '\0';
}

/* "file: sheet S, cell F12 (name)": the cell as the spreadsheet shows
 * it, so the user can type F12 into the name box. */
static char *format_sheet(const struct diag *d, const char *file,
	const char *sep)
{
	char cell[64] = "";
	if (d->pos.line > 0 && d->pos.column > 0) {
		char col[8];
		diag_column_letters(col, d->pos.column);
		snprintf(cell, sizeof cell, ", cell %s%d", col, d->pos.line);
	} else if (d->pos.line > 0) {
		snprintf(cell, sizeof cell, ", row %d", d->pos.line);
	}
	int n = (int)(sep - file);
	const char *sheet = sep + strlen(DIAG_SHEET);
	if (d->pos.column_name != NULL)
		return xasprintf("%.*s: sheet %s%s (%s): %s: %s", n, file, sheet,
			cell, d->pos.column_name, sev_name(d->severity),
			d->message);
	return xasprintf("%.*s: sheet %s%s: %s: %s", n, file, sheet, cell,
		sev_name(d->severity), d->message);
}

char *diag_format(const struct diag *d)
{
	char where[512];
	const char *file = d->pos.file ? d->pos.file : "lkjip";
	const char *sep = strstr(file, DIAG_SHEET);
	if (sep != NULL)
		return format_sheet(d, file, sep);
	if (d->pos.line > 0 && d->pos.column > 0)
		snprintf(where, sizeof where, "%s:%d:%d", file, d->pos.line,
			d->pos.column);
	else if (d->pos.line > 0)
		snprintf(where, sizeof where, "%s:%d", file, d->pos.line);
	else
		snprintf(where, sizeof where, "%s", file);
	if (d->pos.column_name != NULL)
		return xasprintf("%s: %s: column \"%s\": %s", where,
			sev_name(d->severity), d->pos.column_name, d->message);
	return xasprintf("%s: %s: %s", where, sev_name(d->severity),
		d->message);
}

static int cmp_diag(const void *a, const void *b)
{
	const struct diag *x = a, *y = b;
	const char *fx = x->pos.file ? x->pos.file : "";
	const char *fy = y->pos.file ? y->pos.file : "";
	int c = strcmp(fx, fy);
	if (c != 0)
		return c;
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.column != y->pos.column)
		return x->pos.column < y->pos.column ? -1 : 1;
	/* Stable for equal places: keep insertion order via address. */
	return x < y ? -1 : x > y;
}

void diag_sort(struct diag_list *l)
{
	if (l->n > 1)
		qsort(l->v, l->n, sizeof *l->v, cmp_diag);
}

void diag_print(const struct diag_list *l, FILE *f)
{
	for (size_t i = 0; i < l->n; i++) {
		char *s = diag_format(&l->v[i]);
		fprintf(f, "%s\n", s);
		free(s);
	}
}
