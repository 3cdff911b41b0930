#include "model/csv.h"

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/path.h"
#include "util/strmap.h"
#include "util/suggest.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* Collects fields and records from libcsv's callbacks. */
struct collect {
	struct arena *a;
	struct ptrvec fields; /* of the record being read */
	struct ptrvec records; /* each a struct rec * */
	int last_end; /* the character that ended the last record */
};

struct rec {
	const char **f;
	const char **num; /* a workbook's numeric cells, or NULL */
	size_t n;
};

static void on_field(void *s, size_t len, void *data)
{
	struct collect *c = data;
	ptrvec_push(c->a, &c->fields, arena_strndup(c->a, s ? s : "", s ? len : 0));
}

/* With CSV_REPALL_NL libcsv reports an empty line as an empty record, so
 * record i is spreadsheet row i + 1 even after blank lines; the "\n" of a
 * CRLF is reported on its own and is not a row. */
static void on_record(int ch, void *data)
{
	struct collect *c = data;
	int last = c->last_end;
	c->last_end = ch;
	if (c->fields.n == 0 && ch == '\n' && last == '\r')
		return;
	struct rec *r = arena_alloc(c->a, sizeof *r);
	r->n = c->fields.n;
	r->f = arena_alloc(c->a, (r->n ? r->n : 1) * sizeof *r->f);
	for (size_t i = 0; i < r->n; i++)
		r->f[i] = c->fields.v[i];
	c->fields.n = 0;
	ptrvec_push(c->a, &c->records, r);
}

/* A comment row ('#' at the start of a line outside a quoted field) is
 * text, not CSV: libcsv would split it at the separator and read a quote
 * in it as the start of a quoted field, which then swallows the rows
 * after it ('# unit ("A", "B")' once dropped a staff row silently). Each
 * comment row is rewritten as one quoted field holding the line as
 * written, its quotes doubled and Excel's padding of separators dropped.
 * Lines stay where they were, so positions keep their line numbers. */
static char *comments_quoted(const char *text, size_t len, unsigned char sep,
	size_t *outlen)
{
	/* A comment line of n bytes becomes at most 2n + 2 (every byte a
	 * doubled quote, plus the two quotes around): "#\"" is 2 bytes and
	 * 6 with its NUL, which 2 * len + 1 overflowed (fuzz_csv). */
	size_t lines = 1;
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	char *out = xmalloc(2 * len + 2 * lines + 1);
	size_t o = 0;
	bool q = false;
	for (size_t i = 0; i < len;) {
		bool line_start = i == 0 || text[i - 1] == '\n';
		if (line_start && !q && text[i] == '#') {
			size_t e = i;
			while (e < len && text[e] != '\n')
				e++;
			size_t n = e;
			while (n > i && (text[n - 1] == '\r' || text[n - 1] == ' ' ||
					text[n - 1] == '\t' ||
					text[n - 1] == (char)sep))
				n--;
			out[o++] = '"';
			for (size_t k = i; k < n; k++) {
				if (text[k] == '"')
					out[o++] = '"';
				out[o++] = text[k];
			}
			out[o++] = '"';
			if (e > i && text[e - 1] == '\r')
				out[o++] = '\r';
			i = e;
			continue;
		}
		if (text[i] == '"')
			q = !q;
		out[o++] = text[i++];
	}
	out[o] = '\0';
	*outlen = o;
	return out;
}

/* The spreadsheet row and column of byte off of text (the file after a
 * BOM and a "sep=" line): line ends and separators outside quotes. */
static struct src_pos locate(const char *path, const char *text, size_t off,
	unsigned char sep)
{
	struct src_pos p = {path, 1, 1, NULL};
	bool q = false;
	for (size_t i = 0; i < off; i++) {
		if (text[i] == '"') {
			q = !q;
		} else if (!q && text[i] == '\n') {
			p.line++;
			p.column = 1;
		} else if (!q && (unsigned char)text[i] == sep) {
			p.column++;
		}
	}
	return p;
}

static bool row_empty(const struct rec *r)
{
	for (size_t i = 0; i < r->n; i++)
		if (strspn(r->f[i], " \t") != strlen(r->f[i]))
			return false;
	return true;
}

static char *trim(struct arena *a, const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	return arena_strndup(a, s, n);
}

static struct csv_table *build_table(struct arena *, const char *path,
	const char *sheet, struct rec *const *, size_t nrec,
	const char *const *raw, size_t nraw, unsigned char sep,
	struct diag_list *);

/* Parses buf (len bytes, NUL-terminated, malloc'd; freed here). */
static struct csv_table *load_buf(struct arena *a, const char *path,
	char *buf, size_t len, struct diag_list *dl)
{
	struct src_pos fpos = {path, 0, 0, NULL};
	const unsigned char *u = (const unsigned char *)buf;
	if (len >= 2 && ((u[0] == 0xff && u[1] == 0xfe) ||
			(u[0] == 0xfe && u[1] == 0xff))) {
		diag_add(dl, DIAG_ERROR, fpos, "the file is UTF-16 (Excel "
			"\"Unicode text\"); save it as \"CSV UTF-8\"");
		free(buf);
		return NULL;
	}
	size_t off = 0;
	if (len >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf)
		off = 3;
	/* Excel writes a first line "sep=;" when saving with a chosen
	 * separator, and hides it when opening the file: it sets the
	 * separator, and the header after it is row 1, as Excel shows. */
	unsigned char sep = 0;
	if (strncasecmp(buf + off, "sep=", 4) == 0) {
		const char *v = buf + off + 4;
		size_t n = strcspn(v, "\r\n");
		if (n != 1 || (v[0] != ',' && v[0] != ';')) {
			diag_add(dl, DIAG_ERROR, (struct src_pos){path, 1, 0, NULL},
				"\"sep=\" line: the separator must be ',' or ';', "
				"found \"%.*s\"", (int)(n > 20 ? 20 : n), v);
			free(buf);
			return NULL;
		}
		sep = (unsigned char)v[0];
		off += 4 + n;
		if (buf[off] == '\r')
			off++;
		if (buf[off] == '\n')
			off++;
	}

	/* Separator: whichever of ';' and ',' the first non-comment line
	 * uses more, outside quotes. */
	if (sep == 0) {
		sep = ',';
		const char *p = buf + off;
		while (*p == '#') {
			const char *nl = strchr(p, '\n');
			if (nl == NULL)
				break;
			p = nl + 1;
		}
		int commas = 0, semis = 0;
		bool q = false;
		for (; *p && *p != '\n'; p++) {
			if (*p == '"')
				q = !q;
			else if (!q && *p == ',')
				commas++;
			else if (!q && *p == ';')
				semis++;
		}
		if (semis > commas)
			sep = ';';
	}

	const char *nul = memchr(buf + off, '\0', len - off);
	if (nul != NULL) {
		diag_add(dl, DIAG_ERROR, locate(path, buf + off,
			(size_t)(nul - (buf + off)), sep), "a NUL byte: the file is "
			"not a CSV text file");
		free(buf);
		return NULL;
	}
	struct utf8_error ue;
	if (!utf8_valid(buf + off, len - off, &ue)) {
		struct src_pos p = locate(path, buf + off, ue.offset, sep);
		if (ue.legacy)
			diag_add(dl, DIAG_ERROR, p, "the file is not UTF-8 (byte "
				"0x%02x; Latin-1/Windows-1252?); save it as "
				"\"CSV UTF-8\"", u[off + ue.offset]);
		else
			diag_add(dl, DIAG_ERROR, p, "the file is not valid "
				"UTF-8: %s (bytes %s); save it as \"CSV UTF-8\"",
				ue.why, ue.bytes);
		free(buf);
		return NULL;
	}

	/* The comment rows at the top, as written: libcsv would split them at
	 * the separator and drop the spaces around each piece ("Program,
	 * Kegiatan" -> "Program,Kegiatan"). NULL for a quoted comment cell,
	 * which libcsv reads whole. */
	enum { MAX_RAW = 32 };
	const char *raw[MAX_RAW];
	size_t nraw = 0;
	for (const char *p = buf + off; *p && nraw < MAX_RAW;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		if (p[0] == '#') {
			/* Excel pads the row with separators up to the table's
			 * width. */
			while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' ' ||
					p[n - 1] == '\t' || p[n - 1] == (char)sep))
				n--;
			raw[nraw++] = arena_strndup(a, p, n);
		} else if (p[0] == '"' && p[1] == '#') {
			raw[nraw++] = NULL;
		} else if (strspn(p, " \t\r,;") < n) {
			break; /* the header */
		}
		if (nl == NULL)
			break;
		p = nl + 1;
	}

	struct csv_parser parser;
	if (csv_init(&parser, CSV_APPEND_NULL | CSV_REPALL_NL) != 0) {
		free(buf);
		diag_add(dl, DIAG_ERROR, fpos, "cannot start the CSV parser");
		return NULL;
	}
	csv_set_delim(&parser, sep);
	/* Out of memory is util/xalloc.h's, not a parse error. */
	csv_set_realloc_func(&parser, xrealloc);
	csv_set_free_func(&parser, free);
	/* libcsv grows its field buffer by blk_size (default 128 bytes) at a
	 * time: a 10 MB cell would take 80,000 reallocs, quadratic wherever
	 * realloc copies. No field is longer than the file. */
	csv_set_blk_size(&parser, len - off + 1);
	/* libcsv's fields and records go to a scratch arena: the table
	 * keeps trimmed copies only (for 100,000 rows, half the memory). */
	struct arena *scratch = arena_new();
	struct collect c = {.a = scratch};
	size_t tlen;
	char *text = comments_quoted(buf + off, len - off, sep, &tlen);
	size_t done = csv_parse(&parser, text, tlen, on_field, on_record, &c);
	if (done != tlen) {
		diag_add(dl, DIAG_ERROR, locate(path, text, done, sep),
			"malformed CSV: %s",
			csv_strerror(csv_error(&parser)));
		csv_free(&parser);
		free(text);
		free(buf);
		arena_free(scratch);
		return NULL;
	}
	/* CSV_STRICT is off: an unterminated quote at the end of the file is
	 * the sign of a truncated file. */
	int fin = csv_fini(&parser, on_field, on_record, &c);
	bool unterminated = false;
	{
		bool q = false;
		for (size_t i = 0; i < tlen; i++)
			if (text[i] == '"')
				q = !q;
		unterminated = q;
	}
	csv_free(&parser);
	free(text);
	free(buf);
	if (fin != 0 || unterminated) {
		struct src_pos p = {path, (int)c.records.n, 0, NULL};
		diag_add(dl, DIAG_ERROR, p, "the file ends inside a quoted field "
			"(truncated file, or a stray '\"')");
		arena_free(scratch);
		return NULL;
	}

	struct csv_table *t = build_table(a, path, NULL,
		(struct rec *const *)c.records.v, c.records.n, raw, nraw, sep, dl);
	arena_free(scratch);
	return t;
}

/* The table from its records (record i is spreadsheet row i + 1). raw:
 * the comment rows as written (CSV), NULL entries where unknown; a sheet
 * (sheet != NULL) has its comment whole in the first cell. */
static struct csv_table *build_table(struct arena *a, const char *path,
	const char *sheet, struct rec *const *recs, size_t nrec,
	const char *const *raw, size_t nraw, unsigned char sep,
	struct diag_list *dl)
{
	struct csv_table *t = arena_alloc(a, sizeof *t);
	t->path = arena_strdup(a, path);
	t->sheet = sheet ? arena_strdup(a, sheet) : NULL;
	t->file = sheet ? arena_printf(a, "%s" DIAG_SHEET "%s", path, sheet) :
		t->path;
	t->diags = dl;
	struct src_pos fpos = csv_at(t, 0, 0, NULL);
	size_t i = 0, ci = 0, ncom = 0;
	/* Every cell within the limit, the header and comments too (an
	 * unknown column name is quoted in its message). */
	bool over = false;
	for (size_t j = 0; j < nrec; j++) {
		for (size_t k = 0; k < recs[j]->n; k++) {
			size_t chars = utf8_chars(recs[j]->f[k]);
			if (chars <= CSV_MAX_CELL)
				continue;
			diag_add(dl, DIAG_ERROR, csv_at(t, (int)j + 1, (int)k + 1,
				NULL), "a cell of %zu characters: the limit is %d "
				"(Excel's own)", chars, CSV_MAX_CELL);
			over = true;
		}
	}
	if (over)
		return NULL;
	/* Comment rows before the header: all of them are kept (a ninth
	 * once dropped a "# angka:" silently, misreading every number). */
	for (; i < nrec; i++) {
		struct rec *r = recs[i];
		if (r->n == 0 || r->f[0][0] != '#') {
			if (r->n > 0 && !row_empty(r))
				break;
			continue;
		}
		ncom++;
	}
	t->comment_key = arena_alloc(a, (ncom + 1) * sizeof *t->comment_key);
	t->comment_val = arena_alloc(a, (ncom + 1) * sizeof *t->comment_val);
	t->comment_row = arena_alloc(a, (ncom + 1) * sizeof *t->comment_row);
	for (i = 0; i < nrec; i++) {
		struct rec *r = recs[i];
		if (r->n == 0 || r->f[0][0] != '#') {
			if (r->n > 0 && !row_empty(r))
				break;
			continue;
		}
		const char *rawline = sheet ? r->f[0] : ci < nraw ? raw[ci] :
			NULL;
		ci++;
		const char *txt = (rawline ? rawline : r->f[0]) + 1;
		const char *colon = strchr(txt, ':');
		if (colon != NULL) {
			char *val = trim(a, colon + 1);
			/* No raw line (should not happen): join the pieces. */
			for (size_t k = 1; rawline == NULL && k < r->n; k++)
				if (r->f[k][0] != '\0')
					val = arena_printf(a, "%s%c%s", val, sep,
						r->f[k]);
			t->comment_key[t->ncomment] = trim(a,
				arena_strndup(a, txt, (size_t)(colon - txt)));
			t->comment_val[t->ncomment] = trim(a, val);
			t->comment_row[t->ncomment] = (int)i + 1;
			/* A key lkjip reads, given twice: which one is meant? */
			const char *k = t->comment_key[t->ncomment];
			if ((!strcmp(k, "judul") || !strcmp(k, "sumber") ||
					!strcmp(k, "angka")) && csv_comment(t, k)) {
				struct src_pos p = csv_at(t, (int)i + 1, 1, NULL);
				diag_add(dl, DIAG_ERROR, p, "\"# %s:\" is given "
					"twice (first at row %d)", k,
					csv_comment_pos(t, k).line);
			}
			t->ncomment++;
		}
	}
	if (i == nrec) {
		diag_add(dl, DIAG_ERROR, fpos, "the %s has no header row",
			sheet ? "sheet" : "file");
		return NULL;
	}
	struct rec *h = recs[i];
	t->header_row = (int)i + 1;
	size_t ncol = h->n;
	while (ncol > 0 && h->f[ncol - 1][0] == '\0')
		ncol--; /* trailing empty columns */
	/* A title typed above the header ("Data Kinerja 2024" alone in A1,
	 * the columns below it): every column would be unknown and every
	 * row's cells "in a column with no header". Say what it is. */
	if (ncol == 1) {
		size_t j = i + 1;
		while (j < nrec && (row_empty(recs[j]) || recs[j]->f[0][0] == '#'))
			j++;
		size_t filled = 0;
		for (size_t k = 0; j < nrec && k < recs[j]->n; k++)
			filled += recs[j]->f[k][0] != '\0';
		if (filled >= 2) {
			struct src_pos p = csv_at(t, (int)i + 1, 1, NULL);
			diag_add(dl, DIAG_ERROR, p, "row %zu holds only \"%s\" and "
				"row %zu the columns: the header must be the first "
				"row; write a title as a comment row, \"# judul: %s\", "
				"or delete it", i + 1, trim(a, h->f[0]), j + 1,
				trim(a, h->f[0]));
			return NULL;
		}
	}
	if (ncol > CSV_MAX_COLUMNS) {
		/* No report table is that wide, and the PDF sets a wide table
		 * in panels at a cost of panels x cells: 100,000 columns ran
		 * for many minutes. */
		struct src_pos p = csv_at(t, (int)i + 1, CSV_MAX_COLUMNS + 1,
			NULL);
		diag_add(dl, DIAG_ERROR, p, "the header has %zu columns: the "
			"limit is %d", ncol, CSV_MAX_COLUMNS);
		return NULL;
	}
	t->ncol = ncol;
	t->header = arena_alloc(a, (ncol ? ncol : 1) * sizeof *t->header);
	for (size_t k = 0; k < ncol; k++)
		t->header[k] = trim(a, h->f[k]);
	/* Data rows; trailing empty rows dropped, inner empty rows skipped. */
	t->rows = arena_alloc(a, (nrec - i) * sizeof *t->rows);
	for (size_t j = i + 1; j < nrec; j++) {
		struct rec *r = recs[j];
		if (row_empty(r) || r->f[0][0] == '#')
			continue;
		struct csv_row *row = &t->rows[t->nrows++];
		row->rownum = (int)j + 1;
		row->cell = arena_alloc(a, (ncol ? ncol : 1) * sizeof *row->cell);
		for (size_t k = 0; k < ncol; k++)
			row->cell[k] = k < r->n ? trim(a, r->f[k]) : "";
		if (r->num != NULL) {
			const char **num = arena_alloc(a, (ncol ? ncol : 1) *
				sizeof *num);
			for (size_t k = 0; k < ncol && k < r->n; k++)
				num[k] = r->num[k] ? arena_strdup(a, r->num[k]) :
					NULL;
			row->numeric = num;
		}
		for (size_t k = ncol; k < r->n; k++) {
			if (r->f[k][0] != '\0') {
				struct src_pos p = csv_at(t, row->rownum,
					(int)k + 1, NULL);
				diag_add(dl, DIAG_ERROR, p, "value \"%s\" in a column "
					"with no header", r->f[k]);
				break;
			}
		}
	}
	return t;
}

struct csv_table *csv_load(struct arena *a, const char *path,
	struct diag_list *dl)
{
	size_t len;
	char *buf = file_read(path, &len);
	if (buf == NULL) {
		struct src_pos fpos = {path, 0, 0, NULL};
		diag_add(dl, DIAG_ERROR, fpos, "cannot read the file: %s",
			strerror(errno));
		return NULL;
	}
	return load_buf(a, path, buf, len, dl);
}

struct csv_table *csv_load_mem(struct arena *a, const char *name,
	const void *data, size_t len, struct diag_list *dl)
{
	char *buf = xmalloc(len + 1);
	if (len > 0)
		memcpy(buf, data, len);
	buf[len] = '\0';
	return load_buf(a, name, buf, len, dl);
}

struct csv_table *csv_from_cells(struct arena *a, const char *path,
	const char *sheet, const struct csv_cells *rows, size_t nrows,
	struct diag_list *dl)
{
	struct arena *scratch = arena_new();
	struct rec **recs = arena_alloc(scratch, (nrows ? nrows : 1) *
		sizeof *recs);
	for (size_t i = 0; i < nrows; i++) {
		struct rec *r = arena_alloc(scratch, sizeof *r);
		r->f = rows[i].f;
		r->num = rows[i].num;
		r->n = rows[i].n;
		recs[i] = r;
	}
	struct csv_table *t = build_table(a, path, sheet, recs, nrows, NULL, 0,
		',', dl);
	arena_free(scratch);
	return t;
}

struct src_pos csv_at(const struct csv_table *t, int row, int column,
	const char *column_name)
{
	return (struct src_pos){t->file, row, column, column_name};
}

int csv_col(const struct csv_table *t, const char *name)
{
	for (size_t k = 0; k < t->ncol; k++)
		if (strcmp(t->header[k], name) == 0)
			return (int)k;
	return -1;
}

static bool in_list(const char *const *l, const char *s)
{
	for (; l && *l; l++)
		if (strcmp(*l, s) == 0)
			return true;
	return false;
}

bool csv_check_header(struct csv_table *t, const char *const *required,
	const char *const *optional)
{
	bool ok = true;
	/* name -> its column number (k + 1 as a pointer value): a hostile
	 * header of 100,000 names made the pairwise comparison quadratic. */
	struct arena *tmp = arena_new();
	struct strmap *seen = strmap_new(tmp);
	for (size_t k = 0; k < t->ncol; k++) {
		struct src_pos p = csv_at(t, t->header_row, (int)k + 1, NULL);
		if (t->header[k][0] == '\0') {
			diag_add(t->diags, DIAG_ERROR, p, "empty column name");
			ok = false;
			continue;
		}
		if (!in_list(required, t->header[k]) &&
				!in_list(optional, t->header[k])) {
			/* A typo ("realisai", "Realisasi") would drop the
			 * column's data: name the column meant. */
			const char *cands[64];
			size_t nc = 0;
			for (const char *const *r = required; r && *r && nc < 64;
					r++)
				cands[nc++] = *r;
			for (const char *const *o = optional; o && *o && nc < 64;
					o++)
				cands[nc++] = *o;
			const char *near = NULL;
			for (size_t c = 0; c < nc && near == NULL; c++)
				if (strcasecmp(cands[c], t->header[k]) == 0)
					near = cands[c];
			if (near != NULL)
				diag_add(t->diags, DIAG_ERROR, p, "unknown column "
					"\"%s\": column names are lower case, \"%s\"",
					t->header[k], near);
			else if ((near = suggest_nearest(t->header[k], cands,
					nc)) != NULL)
				diag_add(t->diags, DIAG_ERROR, p, "unknown column "
					"\"%s\" (did you mean \"%s\"?)", t->header[k],
					near);
			else
				diag_add(t->diags, DIAG_ERROR, p, "unknown column "
					"\"%s\"", t->header[k]);
			ok = false;
		}
		uintptr_t first = (uintptr_t)strmap_put(seen, t->header[k],
			(void *)(uintptr_t)(k + 1));
		if (first != 0) {
			diag_add(t->diags, DIAG_ERROR, p, "column \"%s\" appears "
				"twice (also column %zu)", t->header[k],
				(size_t)first);
			ok = false;
		}
	}
	arena_free(tmp);
	for (const char *const *r = required; r && *r; r++)
		if (csv_col(t, *r) < 0) {
			struct src_pos p = csv_at(t, t->header_row, 0, NULL);
			diag_add(t->diags, DIAG_ERROR, p, "missing column \"%s\"",
				*r);
			ok = false;
		}
	return ok;
}

const char *csv_get(const struct csv_table *t, const struct csv_row *r,
	const char *name)
{
	int k = csv_col(t, name);
	return k < 0 ? "" : r->cell[k];
}

struct src_pos csv_pos(const struct csv_table *t, const struct csv_row *r,
	const char *name)
{
	int k = csv_col(t, name);
	struct src_pos p = csv_at(t, r->rownum, k + 1, k < 0 ? NULL :
		t->header[k]);
	return p;
}

const char *csv_comment(const struct csv_table *t, const char *key)
{
	for (size_t i = 0; i < t->ncomment; i++)
		if (strcmp(t->comment_key[i], key) == 0)
			return t->comment_val[i];
	return NULL;
}

struct src_pos csv_comment_pos(const struct csv_table *t, const char *key)
{
	for (size_t i = 0; i < t->ncomment; i++)
		if (strcmp(t->comment_key[i], key) == 0)
			return csv_at(t, t->comment_row[i], 1, NULL);
	return csv_at(t, 0, 0, NULL);
}

void csv_settle_convention(struct csv_table *t, enum num_convention declared,
	const char *const *numeric_cols)
{
	const char *c = csv_comment(t, "angka");
	if (c != NULL) {
		if (strcmp(c, "internasional") == 0)
			t->conv = NUM_EN;
		else if (strcmp(c, "indonesia") == 0)
			t->conv = NUM_ID;
		else {
			diag_add(t->diags, DIAG_ERROR, csv_comment_pos(t, "angka"),
				"\"# angka:\" must be "
				"indonesia or internasional, found \"%s\"", c);
		}
		return;
	}
	if (declared != NUM_UNDECIDED) {
		t->conv = declared;
		return;
	}
	/* Evidence from the cells: the first that only one convention
	 * reads settles it; a later one proving the other is a conflict. */
	const struct csv_row *first_row = NULL;
	const char *first_col = NULL;
	enum num_convention seen = NUM_UNDECIDED;
	for (size_t i = 0; i < t->nrows; i++) {
		for (const char *const *col = numeric_cols; col && *col; col++) {
			int k = csv_col(t, *col);
			/* A workbook's numeric cell is no evidence: its dot is
			 * the workbook's own, not the user's typing. */
			if (k < 0 || (t->rows[i].numeric &&
					t->rows[i].numeric[k]))
				continue;
			enum num_convention h = num_hint(t->rows[i].cell[k]);
			if (h == NUM_UNDECIDED)
				continue;
			if (seen == NUM_UNDECIDED) {
				seen = h;
				first_row = &t->rows[i];
				first_col = *col;
			} else if (h != seen) {
				struct src_pos p = csv_pos(t, &t->rows[i], *col);
				struct src_pos f = csv_pos(t, first_row, first_col);
				diag_add(t->diags, DIAG_ERROR, p, "\"%s\" is written "
					"the %s way, but the cell at row %d, column "
					"\"%s\" is written the %s way; declare the "
					"convention with a first row \"# angka: "
					"indonesia\" or \"# angka: internasional\"",
					t->rows[i].cell[k],
					h == NUM_ID ? "Indonesian" : "international",
					f.line, first_col,
					seen == NUM_ID ? "Indonesian" : "international");
				t->conv = seen;
				t->conflict_cell = t->rows[i].cell[k];
				return;
			}
		}
	}
	t->conv = seen;
}

bool csv_is_date(const char *s)
{
	static const char pat[] = "dddd-dd-dd";
	static const char tim[] = " dd:dd:dd";
	for (size_t i = 0; i < 10; i++)
		if (pat[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != '-')
			return false;
	if (s[10] == '\0')
		return true;
	for (size_t i = 0; i < 9; i++)
		if (tim[i] == 'd' ? !(s[10 + i] >= '0' && s[10 + i] <= '9') :
				s[10 + i] != tim[i])
			return false;
	return s[19] == '\0';
}

/* A grade written as a word, as accreditations and evaluations publish
 * them ("Paripurna", "Sangat Baik", "Utama (86,5)"): num_parse knows only
 * short capital codes ("BB"). Letters, blanks, '+' and '-', then
 * optionally the score in brackets; nilai_kualitatif scores the word. */
static bool word_grade(struct arena *a, const char *s, enum num_convention conv,
	struct nilai *n)
{
	while (*s == ' ' || *s == '\t')
		s++;
	const char *open = strchr(s, '(');
	size_t len = open ? (size_t)(open - s) : strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
			s[len - 1] == '\r'))
		len--;
	if (len == 0 || len > 64 || !((s[0] >= 'A' && s[0] <= 'Z') ||
			(s[0] >= 'a' && s[0] <= 'z')))
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
				c == ' ' || c == '-' || c == '+' || c >= 0x80))
			return false;
	}
	n->d = DEC_NONE;
	n->v = NAN;
	if (open != NULL) {
		const char *close = strchr(open, ')');
		if (close == NULL || close[1 + strspn(close + 1, " \t\r")] != '\0')
			return false;
		char buf[64];
		size_t sl = (size_t)(close - open - 1);
		if (sl >= sizeof buf)
			return false;
		memcpy(buf, open + 1, sl);
		buf[sl] = '\0';
		struct num_value v;
		char err[256];
		if (num_parse(buf, conv, &v, err, sizeof err) < 0 ||
				v.kind != NUM_VALUE || v.percent || v.unit[0])
			return false;
		n->v = v.value;
		n->d = v.exact;
	}
	n->ada = true;
	n->grade = arena_strndup(a, s, len);
	return true;
}

struct nilai csv_nilai(struct arena *a, const struct csv_table *t,
	const struct csv_row *r, const char *name, bool allow_grade)
{
	struct nilai n = {0};
	n.d = n.d_atas = DEC_NONE;
	n.pos = csv_pos(t, r, name);
	const char *s = csv_get(t, r, name);
	struct num_value v;
	char err[256];
	if (s == t->conflict_cell)
		return n; /* already reported once */
	int k = csv_col(t, name);
	const char *dot = k >= 0 && r->numeric ? r->numeric[k] : NULL;
	if (num_parse(dot ? dot : s, dot ? NUM_EN : t->conv, &v, err,
			sizeof err) < 0) {
		if (allow_grade && dot == NULL &&
				word_grade(a, s, t->conv, &n)) {
			n.teks = s;
			return n;
		}
		if (dot == NULL && csv_is_date(s)) {
			/* Read as a range ("1900-03-12") it made no sense. */
			diag_add(t->diags, DIAG_ERROR, n.pos, "expected a number, "
				"found the date \"%s\" (a cell formatted as a date): "
				"format it as a number", s);
			return n;
		}
		/* A space the message cannot show ("1 000" pasted from a
		 * French or Word document): named, or the error looks
		 * wrong. */
		if (strstr(s, "\xc2\xa0") || strstr(s, "\xe2\x80\xaf") ||
				strstr(s, "\xe2\x80\x89") ||
				strstr(s, "\xe2\x80\x87"))
			diag_add(t->diags, DIAG_ERROR, n.pos, "%s: it holds a "
				"non-breaking or thin space (U+00A0, U+2007, "
				"U+2009 or U+202F); group thousands with '.', or "
				"not at all", err);
		else
			diag_add(t->diags, DIAG_ERROR, n.pos, "%s", err);
		return n;
	}
	/* The cell itself: the table lives in the same arena as the model
	 * (a copy per cell cost memory on 100,000 rows). */
	n.teks = s[0] ? s : NULL;
	switch (v.kind) {
	case NUM_EMPTY:
		break;
	case NUM_VALUE:
		if (v.percent && dot == NULL && t->conv == NUM_ID &&
				strchr(s, '.') != NULL &&
				strchr(s, '.') == strrchr(s, '.')) {
			/* "96.400 %" is 96400 percent to the Indonesian reading:
			 * a decimal typed with a point, never a real share.
			 * ("27.700.000 %" is money with a wrong unit: the unit
			 * check says so.) */
			char as_read[256], meant[256];
			size_t k = 0, m = 0;
			for (const char *c = s; *c && m + 1 < sizeof meant; c++) {
				meant[m++] = *c == '.' ? ',' : *c;
				if (*c != '.')
					as_read[k++] = *c;
			}
			as_read[k] = meant[m] = '\0';
			diag_add(t->diags, DIAG_ERROR, n.pos, "\"%s\" reads as "
				"\"%s\" (a point groups thousands in the Indonesian "
				"convention): write the decimal with a comma, \"%s\"",
				s, as_read, meant);
			return n;
		}
		n.ada = true;
		n.v = v.value;
		n.d = v.exact;
		if (v.percent || v.unit[0])
			n.unit = arena_printf(a, "%s%s%s", v.percent ? "%" : "",
				v.percent && v.unit[0] ? " " : "", v.unit);
		break;
	case NUM_RANGE:
		n.ada = true;
		n.is_rentang = true;
		n.v = v.value;
		n.v_atas = v.upper;
		n.d = v.exact;
		n.d_atas = v.exact_upper;
		break;
	case NUM_GRADE:
		if (!allow_grade) {
			diag_add(t->diags, DIAG_ERROR, n.pos, "expected a number, "
				"found \"%s\"", s);
			break;
		}
		n.ada = true;
		n.grade = arena_strdup(a, v.grade);
		n.v = v.has_score ? v.value : NAN;
		n.d = v.has_score ? v.exact : DEC_NONE;
		break;
	}
	return n;
}
