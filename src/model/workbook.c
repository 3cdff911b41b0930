/* data.xlsx and data.ods: a zip of XML parts, read with libzip from memory
 * and libxml2's streaming reader (no DTD, no entities, no network). Each
 * sheet becomes a grid of cell texts, then a struct csv_table
 * (csv_from_cells), so every check of the CSV loader applies.
 *
 * A numeric cell becomes the decimal the user sees: its double read back
 * to 15 significant digits (dec_from_double), so 0.1 + 0.2 stored as
 * 0.30000000000000004 is 0.3. A formula cell gives its cached value and
 * is never evaluated. A date becomes YYYY-MM-DD. A merged range gives
 * its top-left value to every cell of the range. */
#define _GNU_SOURCE /* memmem */
#include "model/workbook.h"

#include <libxml/xmlreader.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zip.h>

#include "util/date.h"
#include "util/num.h"
#include "util/xalloc.h"

/* One sheet being read: rows of cells, grown as cells arrive. */
struct grid_row {
	const char **f;   /* the text shown */
	const char **num; /* a number's dot-decimal, or NULL */
	size_t n, cap;
};

struct merge {
	int r1, c1, r2, c2;
};

struct grid {
	struct grid_row *row; /* row[i] is spreadsheet row i + 1 */
	size_t nrow, cap;
	struct merge *merge;
	size_t nmerge, mcap;
};

struct rd {
	struct arena *a;       /* the tables' arena */
	struct arena *tmp;     /* the workbook's parts and shared strings */
	struct arena *cells;   /* one sheet's part and cells, or NULL */
	const char *path;
	struct diag_list *dl;
	zip_t *zip;
	size_t total;          /* uncompressed bytes read so far */
	size_t filled;         /* non-empty cells so far */
	size_t rows;           /* rows of the sheets' tables so far */
	size_t copies;         /* cells filled by repeats and merges */
	size_t merge_seen;     /* cells under merged ranges looked at */
	size_t slots;          /* cells of the grids' rows, empty or not */
	bool failed;
	const char *sheet;     /* being read, for diagnostics */
	/* xlsx */
	const char **sst;
	size_t nsst;
	bool *xf_date, *xf_pct, *xf_group; /* per cellXfs index */
	size_t nxf;
	bool date1904;
	/* the first message libxml2 gave its generic error channel */
	char generic[200];
};

/* Where a sheet's text goes while it is read: freed once its table is
 * made (the table copies what it keeps). */
static struct arena *scratch(struct rd *R)
{
	return R->cells ? R->cells : R->tmp;
}

/* The file of a diagnostic: the workbook, or one of its sheets. */
static const char *sheet_file(struct rd *R, const char *sheet)
{
	if (sheet == NULL)
		return R->path;
	return arena_printf(R->tmp ? R->tmp : R->a, "%s" DIAG_SHEET "%s",
		R->path, sheet);
}

static void err(struct rd *R, int row, int col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void err(struct rd *R, int row, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(R->dl, DIAG_ERROR, (struct src_pos){sheet_file(R, R->sheet),
		row, col, NULL}, fmt, ap);
	va_end(ap);
	R->failed = true;
}

/* ---- zip ---- */

/* The part name, uncompressed, NUL-terminated, in R->tmp; NULL when it is
 * absent (*absent set) or after reporting. Sizes are checked before
 * inflating and again while reading: a zip's header can lie. */
static char *read_part(struct rd *R, const char *name, size_t *len,
	bool *absent)
{
	*absent = false;
	zip_int64_t idx = zip_name_locate(R->zip, name, 0);
	if (idx < 0) {
		*absent = true;
		return NULL;
	}
	zip_stat_t st;
	zip_stat_init(&st);
	if (zip_stat_index(R->zip, (zip_uint64_t)idx, 0, &st) != 0 ||
			!(st.valid & ZIP_STAT_SIZE)) {
		err(R, 0, 0, "part %s: the zip is damaged (%s)", name,
			zip_strerror(R->zip));
		return NULL;
	}
	if (st.size > WB_MAX_PART || R->total + st.size > WB_MAX_TOTAL) {
		err(R, 0, 0, "part %s unpacks to %llu bytes: the limit is %u "
			"MiB a part and %u MiB in all (a zip bomb?)", name,
			(unsigned long long)st.size, WB_MAX_PART >> 20,
			WB_MAX_TOTAL >> 20);
		return NULL;
	}
	if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > WB_RATIO_FROM &&
			st.size / (st.comp_size ? st.comp_size : 1) > WB_MAX_RATIO) {
		err(R, 0, 0, "part %s unpacks %llu bytes into %llu: more than "
			"%d times (a zip bomb?)", name,
			(unsigned long long)st.comp_size,
			(unsigned long long)st.size, WB_MAX_RATIO);
		return NULL;
	}
	zip_file_t *zf = zip_fopen_index(R->zip, (zip_uint64_t)idx, 0);
	if (zf == NULL) {
		err(R, 0, 0, "part %s cannot be opened: %s", name,
			zip_strerror(R->zip));
		return NULL;
	}
	size_t want = (size_t)st.size;
	/* The buffer grows with what really comes out: a header declaring
	 * 128 MiB for a few bytes costs nothing. */
	size_t cap = want + 2 < (64u << 10) ? want + 2 : 64u << 10;
	char *tmp = xmalloc(cap);
	size_t got = 0;
	bool ok = true;
	for (;;) {
		if (got + 1 >= cap) {
			cap = cap * 2 > want + 2 ? want + 2 : cap * 2;
			tmp = xrealloc(tmp, cap);
		}
		/* One byte more than declared: more is a lying header. */
		zip_int64_t n = zip_fread(zf, tmp + got, cap - 1 - got);
		if (n < 0) {
			err(R, 0, 0, "part %s is damaged: %s", name,
				zip_file_strerror(zf));
			ok = false;
			break;
		}
		if (n == 0)
			break;
		got += (size_t)n;
		if (got > want) {
			err(R, 0, 0, "part %s is longer than its zip header "
				"says (a damaged or forged zip)", name);
			ok = false;
			break;
		}
	}
	zip_fclose(zf);
	if (ok && got != want) {
		err(R, 0, 0, "part %s is shorter than its zip header says "
			"(a damaged zip)", name);
		ok = false;
	}
	char *buf = NULL;
	if (ok) {
		buf = arena_alloc(scratch(R), got + 1);
		memcpy(buf, tmp, got);
	}
	free(tmp);
	if (!ok)
		return NULL;
	buf[got] = '\0';
	R->total += got;
	*len = got;
	return buf;
}

/* ---- XML ---- */

struct xml_err {
	char msg[200];
	int line;
	bool set;
};

static void on_xml_error(void *arg, xmlErrorPtr e)
{
	struct xml_err *x = arg;
	if (x->set || e == NULL)
		return;
	x->set = true;
	x->line = e->line;
	snprintf(x->msg, sizeof x->msg, "%s", e->message ? e->message : "?");
	size_t n = strlen(x->msg);
	while (n > 0 && (x->msg[n - 1] == '\n' || x->msg[n - 1] == ' '))
		x->msg[--n] = '\0';
}

struct xml {
	xmlTextReaderPtr r;
	struct xml_err e;
	const char *part;
};

/* No XML_PARSE_NOENT (entities are not substituted), no DTD loaded, no
 * network; a document type declaration is refused outright (no office
 * program writes one: it is how entity bombs and external entities
 * come in). */
static bool xml_open(struct rd *R, struct xml *x, const char *part,
	const char *buf, size_t len)
{
	memset(x, 0, sizeof *x);
	x->part = part;
	/* Before parsing: libxml2 reads a document type's declarations
	 * (and would report an entity loop) before the reader sees it. In
	 * XML text "<!" can only be markup. */
	if (memmem(buf, len, "<!DOCTYPE", 9) != NULL) {
		err(R, 0, 0, "part %s declares a document type (<!DOCTYPE>): "
			"refused, office programs never write one (it is how "
			"entity bombs and external entities come in)", part);
		return false;
	}
	if (len > INT32_MAX) {
		err(R, 0, 0, "part %s is too large", part);
		return false;
	}
	x->r = xmlReaderForMemory(buf, (int)len, NULL, NULL, XML_PARSE_NONET |
		XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	if (x->r == NULL) {
		err(R, 0, 0, "part %s: cannot start the XML reader", part);
		return false;
	}
	xmlTextReaderSetStructuredErrorHandler(x->r, on_xml_error, &x->e);
	return true;
}

/* The next node: 1, 0 at the end, -1 after reporting. */
static int xml_next(struct rd *R, struct xml *x)
{
	int rc = xmlTextReaderRead(x->r);
	if (rc == 1 && xmlTextReaderNodeType(x->r) ==
			XML_READER_TYPE_DOCUMENT_TYPE) {
		err(R, 0, 0, "part %s declares a document type: refused",
			x->part);
		return -1;
	}
	if (rc == 1 && xmlTextReaderNodeType(x->r) ==
			XML_READER_TYPE_ENTITY_REFERENCE) {
		err(R, 0, 0, "part %s uses an entity reference: refused",
			x->part);
		return -1;
	}
	if (rc < 0 || x->e.set) {
		const char *why = x->e.set ? x->e.msg : R->generic[0] ?
			R->generic : "the XML reader stopped";
		if (x->e.set && x->e.line > 0)
			err(R, 0, 0, "part %s, line %d: malformed XML: %s",
				x->part, x->e.line, why);
		else
			err(R, 0, 0, "part %s: malformed XML: %s", x->part, why);
		return -1;
	}
	return rc;
}

static void xml_close(struct xml *x)
{
	if (x->r)
		xmlFreeTextReader(x->r);
	x->r = NULL;
}

/* An xlsx name ("row") is matched on the local name: writers built on
 * Microsoft's OpenXML SDK (finance systems' exports) prefix every
 * element ("x:row"). An ODS name is given with its usual prefix
 * ("table:table-row"), which every ODS writer uses. */
static bool name_is(struct xml *x, const char *name)
{
	const xmlChar *n = strchr(name, ':') ? xmlTextReaderConstName(x->r) :
		xmlTextReaderConstLocalName(x->r);
	return n != NULL && strcmp((const char *)n, name) == 0;
}

static bool is_elem(struct xml *x, const char *name)
{
	return xmlTextReaderNodeType(x->r) == XML_READER_TYPE_ELEMENT &&
		name_is(x, name);
}

static bool is_end(struct xml *x, const char *name)
{
	return xmlTextReaderNodeType(x->r) == XML_READER_TYPE_END_ELEMENT &&
		name_is(x, name);
}

static bool is_text(struct xml *x)
{
	int t = xmlTextReaderNodeType(x->r);
	return t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA ||
		t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
		t == XML_READER_TYPE_WHITESPACE;
}

/* An attribute (by qualified name) copied into tmp, or NULL. */
static char *attr(struct rd *R, struct xml *x, const char *name)
{
	xmlChar *v = xmlTextReaderGetAttribute(x->r, (const xmlChar *)name);
	if (v == NULL)
		return NULL;
	char *s = arena_strdup(scratch(R), (const char *)v);
	xmlFree(v);
	return s;
}

/* Text being collected, with the per-cell cap. */
struct text {
	char *s;
	size_t n, cap;
	bool over;
};

static void text_add(struct text *t, const char *s, size_t n)
{
	if (t->over)
		return;
	if (t->n + n > (size_t)WB_MAX_TEXT * 4) { /* UTF-8: up to 4 bytes */
		t->over = true;
		return;
	}
	if (t->n + n + 1 > t->cap) {
		size_t c = t->cap ? t->cap * 2 : 64;
		while (c < t->n + n + 1)
			c *= 2;
		t->s = xrealloc(t->s, c);
		t->cap = c;
	}
	memcpy(t->s + t->n, s, n);
	t->n += n;
	t->s[t->n] = '\0';
}

static void text_reset(struct text *t)
{
	t->n = 0;
	t->over = false;
	if (t->s)
		t->s[0] = '\0';
}

/* ---- the grid ---- */

static struct grid_row *grid_row(struct grid *g, int row)
{
	size_t i = (size_t)row - 1;
	if (i >= g->cap) {
		size_t c = g->cap ? g->cap * 2 : 64;
		while (c <= i)
			c *= 2;
		struct grid_row *p = xreallocarray(g->row, c, sizeof *p);
		memset(p + g->cap, 0, (c - g->cap) * sizeof *p);
		g->row = p;
		g->cap = c;
	}
	if (i + 1 > g->nrow)
		g->nrow = i + 1;
	return &g->row[i];
}

/* Puts a non-empty cell; false after reporting (limits). */
static bool grid_put(struct rd *R, struct grid *g, int row, int col,
	const char *s, const char *num)
{
	if (row < 1 || row > WB_MAX_ROW || col < 1 || col > WB_MAX_COL) {
		err(R, row, 0, "a cell beyond the last row (%d) or column "
			"(XFD)", WB_MAX_ROW);
		return false;
	}
	if (++R->filled > WB_MAX_CELLS) {
		err(R, row, col, "more than %d filled cells in the workbook: "
			"the limit", WB_MAX_CELLS);
		return false;
	}
	struct grid_row *r = grid_row(g, row);
	size_t k = (size_t)col - 1;
	if (k >= r->cap) {
		size_t c = r->cap ? r->cap * 2 : 16;
		while (c <= k)
			c *= 2;
		/* A row holds every cell up to its last filled one: a cell
		 * in column XFD on many rows would take gigabytes. */
		R->slots += c - r->cap;
		if (R->slots > WB_MAX_SLOTS) {
			err(R, row, col, "the filled cells spread over more than "
				"%d cells (counting the empty ones to the left of "
				"each row's last filled cell): the limit",
				WB_MAX_SLOTS);
			return false;
		}
		r->f = xreallocarray(r->f, c, sizeof *r->f);
		r->num = xreallocarray(r->num, c, sizeof *r->num);
		for (size_t j = r->cap; j < c; j++) {
			r->f[j] = "";
			r->num[j] = NULL;
		}
		r->cap = c;
	}
	if (k + 1 > r->n)
		r->n = k + 1;
	r->f[k] = s;
	r->num[k] = num;
	return true;
}

static const char *grid_get(const struct grid *g, int row, int col,
	const char **num)
{
	*num = NULL;
	if (row < 1 || (size_t)row > g->nrow)
		return "";
	const struct grid_row *r = &g->row[row - 1];
	if (col < 1 || (size_t)col > r->n)
		return "";
	*num = r->num[col - 1];
	return r->f[col - 1];
}

static void grid_merge(struct grid *g, int r1, int c1, int r2, int c2)
{
	if (g->nmerge == g->mcap) {
		g->mcap = g->mcap ? g->mcap * 2 : 8;
		g->merge = xreallocarray(g->merge, g->mcap, sizeof *g->merge);
	}
	g->merge[g->nmerge++] = (struct merge){r1, c1, r2, c2};
}

/* One more cell filled by a repeat or a merge; false after reporting. */
static bool copy_ok(struct rd *R, int row, int col)
{
	if (++R->copies <= WB_MAX_COPIES)
		return true;
	err(R, row, col, "more than %d cells filled by repeated or merged "
		"cells: the limit", WB_MAX_COPIES);
	return false;
}

/* A value under a merged range: the spreadsheet shows the range's
 * top-left value there (LibreOffice keeps hidden cells' contents when
 * asked to; a program can write anything), so what lkjip would read is
 * not what the user sees, nor what the cell holds. */
static void hidden_by_merge(struct rd *R, int row, int col,
	const char *hidden, const char *shown, const struct merge *mg)
{
	char c1[8], c2[8];
	diag_column_letters(c1, mg->c1);
	diag_column_letters(c2, mg->c2);
	err(R, row, col, "holds \"%.40s\", hidden under the merged range "
		"%s%d:%s%d, which shows %s%d's value%s: unmerge the range or "
		"clear the cell", hidden, c1, mg->r1, c2, mg->r2, c1, mg->r1,
		*shown ? "" : " (empty)");
}

/* Every merged range takes its top-left value, within the filled part
 * of the sheet (a range over a whole column adds nothing). */
static bool grid_apply_merges(struct rd *R, struct grid *g)
{
	size_t maxc = 0;
	for (size_t i = 0; i < g->nrow; i++)
		if (g->row[i].n > maxc)
			maxc = g->row[i].n;
	for (size_t m = 0; m < g->nmerge; m++) {
		struct merge mg = g->merge[m];
		const char *num;
		const char *v = grid_get(g, mg.r1, mg.c1, &num);
		int r2 = mg.r2 > (int)g->nrow ? (int)g->nrow : mg.r2;
		int c2 = mg.c2 > (int)maxc ? (int)maxc : mg.c2;
		for (int r = mg.r1; r <= r2; r++) {
			/* Only the row's own cells can hide a value: what
			 * is looked at is bounded by the cells the sheet
			 * holds (WB_MAX_SLOTS), once for every range. */
			int last = (int)g->row[r - 1].n;
			int cl = *v != '\0' || c2 < last ? c2 : last;
			if (cl >= mg.c1 && (R->merge_seen += (size_t)(cl -
					mg.c1 + 1)) > WB_MAX_SLOTS) {
				err(R, r, mg.c1, "merged ranges over more than %d "
					"cells: the limit", WB_MAX_SLOTS);
				return false;
			}
			for (int c = mg.c1; c <= cl; c++) {
				if (r == mg.r1 && c == mg.c1)
					continue;
				const char *hnum;
				const char *hidden = grid_get(g, r, c, &hnum);
				if (*hidden != '\0') {
					hidden_by_merge(R, r, c, hidden, v, &mg);
					return false;
				}
				if (*v != '\0' && (!copy_ok(R, r, c) ||
						!grid_put(R, g, r, c, v, num)))
					return false;
			}
		}
	}
	return true;
}

/* The header above a cell (the first row that is not empty or a "#"
 * comment), so that a cell's error names its column as the CSV loader's
 * do; NULL when there is none yet. */
static const char *header_of(struct rd *R, const struct grid *g, int row,
	int col)
{
	for (int i = 1; i < row && (size_t)i <= g->nrow; i++) {
		const struct grid_row *r = &g->row[i - 1];
		if (r->n == 0 || r->f[0] == NULL || r->f[0][0] == '\0' ||
				r->f[0][0] == '#')
			continue;
		if (col < 1 || (size_t)col > r->n || r->f[col - 1] == NULL ||
				r->f[col - 1][0] == '\0')
			return NULL;
		return arena_strdup(R->tmp ? R->tmp : R->a, r->f[col - 1]);
	}
	return NULL;
}

static void err_formula(struct rd *R, const struct grid *g, int row,
	int col, const char *program)
{
	diag_add(R->dl, DIAG_ERROR, (struct src_pos){sheet_file(R, R->sheet),
		row, col, header_of(R, g, row, col)}, "a formula without a "
		"cached value: lkjip never computes formulas; open the workbook "
		"in %s and save it", program);
	R->failed = true;
}

static void grid_free(struct grid *g)
{
	for (size_t i = 0; i < g->cap; i++) {
		free(g->row[i].f);
		free(g->row[i].num);
	}
	free(g->row);
	free(g->merge);
	memset(g, 0, sizeof *g);
}

/* A sheet with no cell filled (a spreadsheet's default "Sheet2", a table
 * cleared to be kept as its CSV file) holds no table: it is left out,
 * with a note, like a hidden one. */
static bool grid_empty(const struct grid *g)
{
	for (size_t i = 0; i < g->nrow; i++)
		for (size_t k = 0; k < g->row[i].n; k++)
			if (g->row[i].f[k] != NULL && g->row[i].f[k][0] != '\0')
				return false;
	return true;
}

static void note_empty(struct rd *R)
{
	diag_add(R->dl, DIAG_NOTE, (struct src_pos){sheet_file(R, R->sheet), 0,
		0, NULL}, "the sheet is empty: lkjip ignores it");
}

static struct csv_table *grid_table(struct rd *R, struct grid *g)
{
	/* Empty rows cost little in the grid but a row each in the table:
	 * 256 sheets with one cell on their last row would be 268 million
	 * rows. */
	R->rows += g->nrow;
	if (R->rows > WB_MAX_ROWS) {
		err(R, (int)g->nrow, 0, "the sheets reach down %zu rows in all "
			"(counting empty rows above the last filled one): the "
			"limit is %d", R->rows, WB_MAX_ROWS);
		return NULL;
	}
	struct csv_cells *rows = arena_alloc(R->tmp, (g->nrow ? g->nrow : 1) *
		sizeof *rows);
	for (size_t i = 0; i < g->nrow; i++)
		rows[i] = (struct csv_cells){g->row[i].f, g->row[i].num,
			g->row[i].n};
	return csv_from_cells(R->a, R->path, R->sheet, rows, g->nrow, R->dl);
}

/* ---- values ---- */

/* The plain decimal a number cell shows: "83.05", "0.3", "2992759325";
 * NULL when it is not a finite number of at most 36 digits. */
static const char *number_text(struct rd *R, const char *v, double scale)
{
	char *end;
	double d = strtod(v, &end);
	while (*end == ' ')
		end++;
	if (end == v || *end != '\0' || !isfinite(d))
		return NULL;
	struct dec x = dec_from_double(d);
	if (!dec_ok(x))
		return NULL;
	if (scale != 1)
		x = dec_mul(x, dec_int((long long)scale));
	char buf[64];
	return arena_strdup(scratch(R), dec_str(buf, sizeof buf, dec_trim(x)));
}

/* A number as the spreadsheet shows it to an Indonesian reader: a
 * decimal comma, and the '.' grouping when the cell's format groups
 * ("2.992.759.325", "83,05"); dot is number_text's, pct adds " %". */
static const char *number_shown(struct rd *R, const char *dot, bool group,
	bool pct)
{
	struct num_value v;
	char buf[96];
	if (num_parse(dot, NUM_EN, &v, NULL, 0) != 0 || v.kind != NUM_VALUE)
		return dot;
	if (group) {
		/* The sign as the spreadsheet shows it and a CSV has it
		 * ("-1.234"): the cell is text shown as written, not a
		 * figure set by the report (whose minus is U+2212). */
		bool neg = dec_sign(v.exact) < 0;
		char *p = buf;
		if (neg)
			*p++ = '-';
		num_format_dec(p, sizeof buf - 1, neg ? dec_neg(v.exact) :
			v.exact, (struct num_style){v.exact.scale, ROUND_HALF_UP,
			false});
	} else {
		dec_str(buf, sizeof buf, v.exact);
		char *p = strchr(buf, '.');
		if (p != NULL)
			*p = ',';
	}
	return arena_printf(scratch(R), "%s%s", buf, pct ? " %" : "");
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian). */
static long days_from_civil(long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = (long)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

/* An Excel date serial as "YYYY-MM-DD" ("YYYY-MM-DD HH:MM:SS" with a
 * time). The 1900 system counts a 29 February 1900 that never was
 * (Lotus's bug, kept by Excel): serial 60; days after it are one off. */
static const char *date_text(struct rd *R, const char *v, int row, int col)
{
	char *end;
	double d = strtod(v, &end);
	if (end == v || *end != '\0' || !isfinite(d) || d < 0 || d > 2958465) {
		err(R, row, col, "a date cell holding \"%.40s\", not a date "
			"serial", v);
		return NULL;
	}
	long day = (long)floor(d);
	long secs = lround((d - (double)day) * 86400.0);
	if (secs == 86400) {
		day++;
		secs = 0;
	}
	long base;
	if (R->date1904) {
		base = days_from_civil(1904, 1, 1);
	} else {
		if (day == 60)
			return "1900-02-29"; /* as Excel shows it */
		if (day == 0) {
			err(R, row, col, "date serial 0 (\"1900-01-00\" in "
				"Excel) is not a date");
			return NULL;
		}
		base = days_from_civil(1899, 12, day < 60 ? 31 : 30);
	}
	int y, m, dd;
	civil_from_days(base + day, &y, &m, &dd);
	if (secs == 0)
		return arena_printf(scratch(R), "%04d-%02d-%02d", y, m, dd);
	return arena_printf(scratch(R), "%04d-%02d-%02d %02ld:%02ld:%02ld", y, m, dd,
		secs / 3600, secs / 60 % 60, secs % 60);
}

/* A custom number format shows a date when it has d or y outside
 * quotes, brackets ([Red], [$-421]) and escapes; a percent when it has
 * '%'. */
static void classify_format(const char *f, bool *date, bool *pct,
	bool *group)
{
	*date = *pct = *group = false;
	for (const char *p = f; *p; p++) {
		if (*p == '"') {
			const char *q = strchr(p + 1, '"');
			if (q == NULL)
				return;
			p = q;
		} else if (*p == '[') {
			const char *q = strchr(p + 1, ']');
			if (q == NULL)
				return;
			p = q;
		} else if (*p == '\\' || *p == '_' || *p == '*') {
			if (p[1] == '\0')
				return;
			p++;
		} else if (*p == 'd' || *p == 'D' || *p == 'y' || *p == 'Y') {
			*date = true;
		} else if (*p == '%') {
			*pct = true;
		} else if (*p == ',' && p > f && (p[-1] == '#' || p[-1] == '0') &&
				(p[1] == '#' || p[1] == '0')) {
			*group = true; /* "#,##0": thousands */
		}
	}
}

/* Cell reference "F12" -> row 12, column 6; false when malformed. */
static bool parse_ref(const char *s, int *row, int *col)
{
	int c = 0, r = 0, nl = 0, nd = 0;
	for (; *s >= 'A' && *s <= 'Z'; s++, nl++) {
		if (nl == 3)
			return false;
		c = c * 26 + (*s - 'A' + 1);
	}
	if (*s == '$')
		s++;
	for (; *s >= '0' && *s <= '9'; s++, nd++) {
		if (nd == 7)
			return false;
		r = r * 10 + (*s - '0');
	}
	if (*s != '\0' || (nl == 0 && nd == 0))
		return false;
	*row = nd ? r : 0;
	*col = nl ? c : 0;
	return true;
}

/* ---- xlsx ---- */

static bool xlsx_strings(struct rd *R, const char *part)
{
	size_t len;
	bool absent;
	char *buf = read_part(R, part, &len, &absent);
	if (buf == NULL)
		return absent; /* a workbook without text has none */
	struct xml x;
	if (!xml_open(R, &x, part, buf, len))
		return false;
	struct ptrvec v = {0};
	struct text t = {0};
	int in_si = 0, in_t = 0, in_rph = 0, rc;
	bool ok = true;
	while ((rc = xml_next(R, &x)) == 1) {
		if (is_elem(&x, "si")) {
			in_si = 1;
			text_reset(&t);
			if (xmlTextReaderIsEmptyElement(x.r)) {
				in_si = 0;
				goto push;
			}
		} else if (is_end(&x, "si")) {
			in_si = 0;
			goto push;
		} else if (in_si && is_elem(&x, "rPh")) {
			in_rph = !xmlTextReaderIsEmptyElement(x.r);
		} else if (is_end(&x, "rPh")) {
			in_rph = 0;
		} else if (in_si && is_elem(&x, "t")) {
			in_t = !xmlTextReaderIsEmptyElement(x.r);
		} else if (is_end(&x, "t")) {
			in_t = 0;
		} else if (in_si && in_t && !in_rph && is_text(&x)) {
			const char *s = (const char *)xmlTextReaderConstValue(x.r);
			text_add(&t, s, strlen(s));
		}
		continue;
push:
		if (v.n >= WB_MAX_STRINGS) {
			err(R, 0, 0, "part %s holds more than %d shared "
				"strings: the limit", part, WB_MAX_STRINGS);
			ok = false;
			break;
		}
		if (t.over) {
			err(R, 0, 0, "part %s: shared string %zu is longer than "
				"%d characters", part, v.n, WB_MAX_TEXT);
			ok = false;
			break;
		}
		ptrvec_push(R->tmp, &v, arena_strdup(R->tmp, t.s ? t.s : ""));
	}
	xml_close(&x);
	free(t.s);
	R->sst = (const char **)v.v;
	R->nsst = v.n;
	return ok && rc == 0;
}

static bool xlsx_styles(struct rd *R, const char *part)
{
	size_t len;
	bool absent;
	char *buf = read_part(R, part, &len, &absent);
	if (buf == NULL)
		return absent;
	struct xml x;
	if (!xml_open(R, &x, part, buf, len))
		return false;
	/* custom formats by id (ids are below 65536: Excel's own start at
	 * 164): what each shows */
	enum { NFMT = 65536 };
	unsigned char *fmt = arena_alloc(R->tmp, NFMT); /* 0: none */
	struct ptrvec xf = {0};
	int in_xfs = 0, rc;
	while ((rc = xml_next(R, &x)) == 1) {
		if (is_elem(&x, "numFmt")) {
			char *id = attr(R, &x, "numFmtId");
			char *code = attr(R, &x, "formatCode");
			bool d, p, gr;
			classify_format(code ? code : "", &d, &p, &gr);
			long n = id ? strtol(id, NULL, 10) : -1;
			if (n >= 0 && n < NFMT)
				fmt[n] = (unsigned char)(1 | d << 1 | p << 2 |
					gr << 3);
		} else if (is_elem(&x, "cellXfs")) {
			in_xfs = !xmlTextReaderIsEmptyElement(x.r);
		} else if (is_end(&x, "cellXfs")) {
			in_xfs = 0;
		} else if (in_xfs && is_elem(&x, "xf")) {
			if (xf.n >= 65536) {
				err(R, 0, 0, "part %s: more than 65536 cell "
					"styles", part);
				xml_close(&x);
				return false;
			}
			char *id = attr(R, &x, "numFmtId");
			ptrvec_push(R->tmp, &xf, (void *)(intptr_t)(id ? atoi(id)
				: 0));
		}
	}
	xml_close(&x);
	R->nxf = xf.n;
	R->xf_date = arena_alloc(R->tmp, (xf.n ? xf.n : 1) * sizeof *R->xf_date);
	R->xf_pct = arena_alloc(R->tmp, (xf.n ? xf.n : 1) * sizeof *R->xf_pct);
	R->xf_group = arena_alloc(R->tmp, (xf.n ? xf.n : 1) *
		sizeof *R->xf_group);
	for (size_t i = 0; i < xf.n; i++) {
		int id = (int)(intptr_t)xf.v[i];
		/* Built-in: 14-22 dates and times, 45-47 times; 9, 10 percent. */
		bool d = (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
		bool p = id == 9 || id == 10;
		bool gr = id == 3 || id == 4 || (id >= 37 && id <= 40);
		if (id >= 0 && id < NFMT && fmt[id]) {
			d = fmt[id] & 2;
			p = fmt[id] & 4;
			gr = fmt[id] & 8;
		}
		R->xf_date[i] = d;
		R->xf_pct[i] = p;
		R->xf_group[i] = gr;
	}
	return rc == 0;
}

/* One finished cell of a worksheet. */
static bool xlsx_cell(struct rd *R, struct grid *g, int row, int col,
	const char *type, int style, bool no_value, struct text *v,
	struct text *is)
{
	const char *val = v->s && v->n ? v->s : NULL;
	const char *out = NULL, *num = NULL;
	if (v->over || is->over) {
		err(R, row, col, "a cell of more than %d characters",
			WB_MAX_TEXT);
		return false;
	}
	if (strcmp(type, "inlineStr") == 0) {
		out = arena_strdup(scratch(R), is->s ? is->s : "");
	} else if (val == NULL) {
		if (no_value) {
			err_formula(R, g, row, col, "Excel or LibreOffice");
			return false;
		}
		return true; /* an empty, formatted cell */
	} else if (strcmp(type, "s") == 0) {
		char *end;
		unsigned long i = strtoul(val, &end, 10);
		if (*end != '\0' || i >= R->nsst) {
			err(R, row, col, "shared string %.20s does not exist "
				"(the workbook has %zu)", val, R->nsst);
			return false;
		}
		out = R->sst[i];
	} else if (strcmp(type, "str") == 0) {
		out = arena_strdup(scratch(R), val);
	} else if (strcmp(type, "b") == 0) {
		out = strcmp(val, "1") == 0 ? "TRUE" : "FALSE";
	} else if (strcmp(type, "e") == 0) {
		err(R, row, col, "the cell holds the error %.40s", val);
		return false;
	} else if (strcmp(type, "d") == 0) {
		/* ISO 8601 as written; the date part when there is no time */
		size_t n = strlen(val);
		if (n > 10 && strcmp(val + 10, "T00:00:00") == 0)
			n = 10;
		out = arena_strndup(scratch(R), val, n);
	} else if (strcmp(type, "n") == 0) {
		bool date = style >= 0 && (size_t)style < R->nxf &&
			R->xf_date[style];
		bool pct = style >= 0 && (size_t)style < R->nxf &&
			R->xf_pct[style];
		bool group = style >= 0 && (size_t)style < R->nxf &&
			R->xf_group[style];
		if (date) {
			out = date_text(R, val, row, col);
			if (out == NULL)
				return false;
		} else {
			const char *dot = number_text(R, val, pct ? 100 : 1);
			if (dot == NULL) {
				err(R, row, col, "the number \"%.40s\" is not "
					"finite or has more than 36 digits", val);
				return false;
			}
			out = number_shown(R, dot, group, pct);
			num = pct ? arena_printf(scratch(R), "%s %%", dot) : dot;
		}
	} else {
		err(R, row, col, "unknown cell type t=\"%.20s\"", type);
		return false;
	}
	if (*out == '\0')
		return true;
	return grid_put(R, g, row, col, out, num);
}

static bool xlsx_sheet(struct rd *R, const char *part, struct grid *g)
{
	size_t len;
	bool absent;
	char *buf = read_part(R, part, &len, &absent);
	if (buf == NULL) {
		if (absent)
			err(R, 0, 0, "the part %s is missing from the workbook",
				part);
		return false;
	}
	struct xml x;
	if (!xml_open(R, &x, part, buf, len))
		return false;
	int row = 0, col = 0, rc;
	/* the cell being read */
	/* has_v: a <v> was there, even empty (a formula giving "") */
	bool in_c = false, has_f = false, has_v = false;
	int in_v = 0, in_is_t = 0, in_is = 0, in_rph = 0;
	const char *type = "n";
	int style = -1;
	struct text v = {0}, is = {0};
	bool ok = true;
	while (ok && (rc = xml_next(R, &x)) == 1) {
		if (is_elem(&x, "row")) {
			char *r = attr(R, &x, "r");
			int rr = row + 1;
			if (r != NULL) {
				char *end;
				long n = strtol(r, &end, 10);
				if (*end != '\0' || n < 1 || n > WB_MAX_ROW ||
						n <= row) {
					err(R, row + 1, 0, "row number r=\"%.20s\" "
						"is not after row %d", r, row);
					ok = false;
					break;
				}
				rr = (int)n;
			}
			row = rr;
			col = 0;
		} else if (is_elem(&x, "c")) {
			char *r = attr(R, &x, "r");
			int cr = row, cc = col + 1;
			if (r != NULL && (!parse_ref(r, &cr, &cc) || cr != row ||
					cc <= col)) {
				err(R, row, col + 1, "cell reference r=\"%.20s\" "
					"out of place (row %d, after column %d)", r,
					row, col);
				ok = false;
				break;
			}
			if (row < 1) {
				err(R, 0, 0, "a cell outside a row");
				ok = false;
				break;
			}
			col = cc;
			char *t = attr(R, &x, "t");
			type = t ? t : "n";
			char *s = attr(R, &x, "s");
			style = s ? atoi(s) : -1;
			has_f = has_v = false;
			text_reset(&v);
			text_reset(&is);
			in_c = !xmlTextReaderIsEmptyElement(x.r);
			if (!in_c && strcmp(type, "inlineStr") == 0)
				ok = xlsx_cell(R, g, row, col, type, style, false,
					&v, &is);
		} else if (in_c && is_end(&x, "c")) {
			in_c = false;
			/* An empty <v> is a formula giving "" only in a text
			 * cell (t="str"); a numeric one with an empty <v> was
			 * written by a program and never computed (openpyxl
			 * writes <f>..</f><v></v>): it read as an empty cell. */
			bool empty_v = !(v.s && v.n);
			ok = xlsx_cell(R, g, row, col, type, style, has_f &&
				(!has_v || (empty_v && strcmp(type, "n") == 0)),
				&v, &is);
		} else if (in_c && is_elem(&x, "f")) {
			has_f = true;
		} else if (in_c && is_elem(&x, "v")) {
			has_v = true;
			in_v = !xmlTextReaderIsEmptyElement(x.r);
		} else if (is_end(&x, "v")) {
			in_v = 0;
		} else if (in_c && is_elem(&x, "is")) {
			in_is = !xmlTextReaderIsEmptyElement(x.r);
		} else if (is_end(&x, "is")) {
			in_is = 0;
		} else if (in_is && is_elem(&x, "rPh")) {
			in_rph = !xmlTextReaderIsEmptyElement(x.r);
		} else if (is_end(&x, "rPh")) {
			in_rph = 0;
		} else if (in_is && is_elem(&x, "t")) {
			in_is_t = !xmlTextReaderIsEmptyElement(x.r);
		} else if (is_end(&x, "t")) {
			in_is_t = 0;
		} else if (is_text(&x) && in_c && (in_v || (in_is_t &&
				!in_rph))) {
			const char *s = (const char *)xmlTextReaderConstValue(x.r);
			text_add(in_v ? &v : &is, s, strlen(s));
		} else if (is_elem(&x, "mergeCell")) {
			char *ref = attr(R, &x, "ref");
			char *colon = ref ? strchr(ref, ':') : NULL;
			int r1, c1, r2, c2;
			if (colon != NULL)
				*colon = '\0';
			if (colon == NULL || !parse_ref(ref, &r1, &c1) ||
					!parse_ref(colon + 1, &r2, &c2) || r1 < 1 ||
					c1 < 1 || r2 < r1 || c2 < c1) {
				err(R, 0, 0, "a merged range \"%.40s\" that is not "
					"a range of cells", ref ? ref : "");
				ok = false;
				break;
			}
			grid_merge(g, r1, c1, r2, c2);
		}
	}
	free(v.s);
	free(is.s);
	xml_close(&x);
	return ok && rc == 0;
}

/* A relationship target, relative to xl/ or absolute, as a part name. */
static const char *rel_part(struct rd *R, const char *target)
{
	if (target == NULL || strstr(target, "..") || strstr(target, "://"))
		return NULL;
	if (target[0] == '/')
		return arena_strdup(R->tmp, target + 1);
	return arena_printf(R->tmp, "xl/%s", target);
}

struct xlsx_sheet_ref {
	const char *name, *rid;
	bool hidden;
};

static bool xlsx_read(struct rd *R, struct ptrvec *out)
{
	size_t len;
	bool absent;
	char *buf = read_part(R, "xl/workbook.xml", &len, &absent);
	if (buf == NULL) {
		if (absent)
			err(R, 0, 0, "not an Excel workbook: the part "
				"xl/workbook.xml is missing");
		return false;
	}
	struct xml x;
	if (!xml_open(R, &x, "xl/workbook.xml", buf, len))
		return false;
	struct ptrvec refs = {0};
	int rc;
	while ((rc = xml_next(R, &x)) == 1) {
		if (is_elem(&x, "workbookPr")) {
			char *d = attr(R, &x, "date1904");
			R->date1904 = d && (!strcmp(d, "1") || !strcmp(d, "true"));
		} else if (is_elem(&x, "sheet")) {
			if (refs.n >= WB_MAX_SHEETS) {
				err(R, 0, 0, "more than %d sheets: the limit",
					WB_MAX_SHEETS);
				xml_close(&x);
				return false;
			}
			struct xlsx_sheet_ref *s = arena_alloc(R->tmp, sizeof *s);
			s->name = attr(R, &x, "name");
			s->rid = attr(R, &x, "r:id");
			if (s->rid == NULL) { /* another prefix */
				xmlChar *v = xmlTextReaderGetAttributeNs(x.r,
					(const xmlChar *)"id", (const xmlChar *)
					"http://schemas.openxmlformats.org/"
					"officeDocument/2006/relationships");
				if (v != NULL) {
					s->rid = arena_strdup(R->tmp,
						(const char *)v);
					xmlFree(v);
				}
			}
			char *st = attr(R, &x, "state");
			s->hidden = st && strcmp(st, "visible") != 0;
			if (s->name == NULL || s->rid == NULL) {
				err(R, 0, 0, "xl/workbook.xml: a sheet without a "
					"name or r:id");
				xml_close(&x);
				return false;
			}
			ptrvec_push(R->tmp, &refs, s);
		}
	}
	xml_close(&x);
	if (rc != 0)
		return false;

	buf = read_part(R, "xl/_rels/workbook.xml.rels", &len, &absent);
	if (buf == NULL) {
		if (absent)
			err(R, 0, 0, "the part xl/_rels/workbook.xml.rels is "
				"missing: the sheets cannot be found");
		return false;
	}
	if (!xml_open(R, &x, "xl/_rels/workbook.xml.rels", buf, len))
		return false;
	struct ptrvec rid = {0}, tgt = {0};
	const char *sst = "xl/sharedStrings.xml", *styles = "xl/styles.xml";
	while ((rc = xml_next(R, &x)) == 1) {
		if (!is_elem(&x, "Relationship"))
			continue;
		char *id = attr(R, &x, "Id"), *type = attr(R, &x, "Type");
		const char *t = rel_part(R, attr(R, &x, "Target"));
		if (id == NULL || t == NULL || rid.n > 4 * WB_MAX_SHEETS)
			continue;
		size_t tl = type ? strlen(type) : 0;
		if (tl >= 14 && !strcmp(type + tl - 14, "/sharedStrings"))
			sst = t;
		else if (tl >= 7 && !strcmp(type + tl - 7, "/styles"))
			styles = t;
		ptrvec_push(R->tmp, &rid, id);
		ptrvec_push(R->tmp, &tgt, (void *)t);
	}
	xml_close(&x);
	if (rc != 0)
		return false;
	if (!xlsx_strings(R, sst) || !xlsx_styles(R, styles))
		return false;
	for (size_t i = 0; i < refs.n; i++) {
		struct xlsx_sheet_ref *s = refs.v[i];
		R->sheet = s->name;
		if (s->hidden) {
			diag_add(R->dl, DIAG_NOTE, (struct src_pos){
				sheet_file(R, s->name), 0, 0, NULL}, "the sheet is hidden: lkjip "
				"ignores it");
			continue;
		}
		const char *part = NULL;
		for (size_t k = 0; k < rid.n && part == NULL; k++)
			if (!strcmp(rid.v[k], s->rid))
				part = tgt.v[k];
		if (part == NULL) {
			err(R, 0, 0, "the sheet's part (relationship %s) is not "
				"named in xl/_rels/workbook.xml.rels", s->rid);
			continue;
		}
		struct grid g = {0};
		struct csv_table *t = NULL;
		R->cells = arena_new();
		bool read = xlsx_sheet(R, part, &g) && grid_apply_merges(R, &g);
		bool empty = read && grid_empty(&g);
		if (read && !empty)
			t = grid_table(R, &g);
		grid_free(&g);
		arena_free(R->cells);
		R->cells = NULL;
		if (empty) {
			note_empty(R);
			continue;
		}
		if (t == NULL) {
			R->failed = true;
			continue;
		}
		struct wb_sheet *ws = arena_alloc(R->tmp, sizeof *ws);
		ws->name = arena_strdup(R->a, s->name);
		ws->t = t;
		ptrvec_push(R->tmp, out, ws);
	}
	R->sheet = NULL;
	return !R->failed;
}

/* ---- ods ---- */

/* A cell of content.xml being read. */
struct ods_cell {
	const char *type;     /* office:value-type, or NULL */
	const char *value;    /* office:value / date-value / boolean-value */
	bool formula, group;
	long rep, rspan, cspan;
	bool covered;
	int pdepth;           /* number of text:p seen */
};

static long ods_count(struct rd *R, struct xml *x, const char *name)
{
	char *s = attr(R, x, name);
	if (s == NULL)
		return 1;
	char *end;
	long n = strtol(s, &end, 10);
	if (*end != '\0' || n < 1)
		return -1;
	/* More than any sheet holds (16,384 x 1,048,576 cells), and small
	 * enough that row + count cannot overflow (fuzz_workbook). */
	return n > (1L << 24) ? 1L << 24 : n;
}

/* The finished cell's text, or NULL for an empty one; num set for a
 * number. Reports (and returns "") on a formula with no value. */
static const char *ods_value(struct rd *R, const struct grid *g,
	struct ods_cell *c, struct text *t, int row, int col, const char **num)
{
	*num = NULL;
	if (t->over) {
		err(R, row, col, "a cell of more than %d characters",
			WB_MAX_TEXT);
		return NULL;
	}
	const char *ty = c->type;
	if (ty == NULL) {
		/* LibreOffice writes a formula giving "" with an empty
		 * text:p: only no paragraph at all is no value. */
		if (c->formula && c->pdepth == 0) {
			err_formula(R, g, row, col, "LibreOffice");
			return NULL;
		}
		return t->n ? arena_strdup(scratch(R), t->s) : "";
	}
	if (!strcmp(ty, "float") || !strcmp(ty, "percentage") ||
			!strcmp(ty, "currency")) {
		bool pct = !strcmp(ty, "percentage");
		const char *s = c->value ? number_text(R, c->value, pct ? 100 :
			1) : NULL;
		if (s == NULL) {
			err(R, row, col, "the number \"%.40s\" is not finite or "
				"has more than 36 digits", c->value ? c->value :
				"");
			return NULL;
		}
		*num = pct ? arena_printf(scratch(R), "%s %%", s) : s;
		return number_shown(R, s, c->group, pct);
	}
	if (!strcmp(ty, "date") && c->value != NULL) {
		size_t n = strlen(c->value);
		int y, m, d;
		char day[11];
		snprintf(day, sizeof day, "%.10s", c->value);
		if (!date_parse_iso(day, &y, &m, &d)) {
			err(R, row, col, "a date cell holding \"%.40s\"",
				c->value);
			return NULL;
		}
		if (n == 10 || (n == 19 && !strcmp(c->value + 10, "T00:00:00")))
			return arena_strdup(scratch(R), day);
		char *s = arena_strdup(scratch(R), c->value);
		if (n > 10 && s[10] == 'T')
			s[10] = ' ';
		return s;
	}
	/* string, boolean, time: as shown */
	return t->n ? arena_strdup(scratch(R), t->s) : "";
}

/* What the styles say: which table styles hide a sheet, which number
 * styles group thousands, which data style each cell style uses (looked
 * up when a cell asks: styles.xml and content.xml give them in any
 * order). Names live in R->tmp. */
struct ods_styles {
	struct ptrvec hidden, group_num, cell_name, cell_data;
	const char *style_name, *num_style;
};

/* A style node of styles.xml or content.xml: true when it was one. */
static bool ods_style_node(struct rd *R, struct xml *x, struct ods_styles *S)
{
	if (is_elem(x, "style:style")) {
		S->style_name = attr(R, x, "style:name");
		char *ds = attr(R, x, "style:data-style-name");
		if (S->style_name && ds) {
			ptrvec_push(R->tmp, &S->cell_name, (void *)S->style_name);
			ptrvec_push(R->tmp, &S->cell_data, ds);
		}
	} else if (is_elem(x, "number:number-style") ||
			is_elem(x, "number:percentage-style") ||
			is_elem(x, "number:currency-style")) {
		S->num_style = attr(R, x, "style:name");
	} else if (is_elem(x, "number:number")) {
		char *gr = attr(R, x, "number:grouping");
		if (gr && !strcmp(gr, "true") && S->num_style)
			ptrvec_push(R->tmp, &S->group_num, (void *)S->num_style);
	} else if (is_elem(x, "style:table-properties")) {
		char *d = attr(R, x, "table:display");
		if (d && !strcmp(d, "false") && S->style_name)
			ptrvec_push(R->tmp, &S->hidden, (void *)S->style_name);
	} else {
		return false;
	}
	return true;
}

static bool in_names(const struct ptrvec *v, const char *name)
{
	for (size_t i = 0; name && i < v->n; i++)
		if (!strcmp(v->v[i], name))
			return true;
	return false;
}

/* Whether a cell style's number format groups thousands. */
static bool ods_grouped(const struct ods_styles *S, const char *cell_style)
{
	for (size_t i = 0; cell_style && i < S->cell_name.n; i++)
		if (!strcmp(S->cell_name.v[i], cell_style))
			return in_names(&S->group_num, S->cell_data.v[i]);
	return false;
}

/* styles.xml (optional): the named cell styles and the data styles that
 * LibreOffice keeps there. */
static bool ods_read_styles(struct rd *R, struct ods_styles *S)
{
	size_t len;
	bool absent;
	char *buf = read_part(R, "styles.xml", &len, &absent);
	if (buf == NULL)
		return absent;
	struct xml x;
	if (!xml_open(R, &x, "styles.xml", buf, len))
		return false;
	int rc;
	while ((rc = xml_next(R, &x)) == 1)
		ods_style_node(R, &x, S);
	xml_close(&x);
	return rc == 0;
}

static bool ods_read(struct rd *R, struct ptrvec *out)
{
	struct ods_styles S = {0};
	if (!ods_read_styles(R, &S))
		return false;
	size_t len;
	bool absent;
	char *buf = read_part(R, "content.xml", &len, &absent);
	if (buf == NULL) {
		if (absent)
			err(R, 0, 0, "not an OpenDocument spreadsheet: the part "
				"content.xml is missing");
		return false;
	}
	struct xml x;
	if (!xml_open(R, &x, "content.xml", buf, len))
		return false;
	/* default cell styles of the table's columns, and of the row */
	const char **col_style = NULL;
	int ncol_style = 0;
	const char *row_style = NULL;
	struct grid g = {0};
	bool in_table = false, table_hidden = false, ok = true, merged = false;
	/* the row being read: its cells in a growing buffer */
	struct grid rowg = {0};
	long row_rep = 1;
	int row = 0, col = 0, rc;
	struct ods_cell c = {0};
	bool in_cell = false;
	struct text t = {0};
	int in_p = 0;
	bool collapse = true;
	int note_depth = -1; /* inside a cell's comment */
	while (ok && (rc = xml_next(R, &x)) == 1) {
		/* A comment on a cell (office:annotation, its own text:p
		 * inside) is not the cell's text. */
		if (note_depth >= 0) {
			if (is_end(&x, "office:annotation") &&
					xmlTextReaderDepth(x.r) == note_depth)
				note_depth = -1;
			continue;
		}
		if (in_cell && is_elem(&x, "office:annotation")) {
			if (!xmlTextReaderIsEmptyElement(x.r))
				note_depth = xmlTextReaderDepth(x.r);
			continue;
		}
		/* Styles come before the tables (in a table, their names
		 * would live in the sheet's scratch arena). */
		if (!in_table && ods_style_node(R, &x, &S)) {
			continue;
		} else if (in_table && (is_elem(&x, "style:style") ||
				is_elem(&x, "number:number-style") ||
				is_elem(&x, "number:number") ||
				is_elem(&x, "style:table-properties"))) {
			continue;
		} else if (in_table && is_elem(&x, "table:table-column")) {
			/* LibreOffice gives a column's common cell style to
			 * the column, not to each cell. */
			long n = ods_count(R, &x, "table:number-columns-repeated");
			char *cs = attr(R, &x, "table:default-cell-style-name");
			for (long k = 0; n > 0 && k < n && ncol_style < WB_MAX_COL;
					k++)
				col_style[ncol_style++] = cs;
		} else if (is_elem(&x, "table:table")) {
			if (in_table) {
				err(R, 0, 0, "content.xml: a table inside a "
					"table");
				ok = false;
				break;
			}
			if (out->n >= WB_MAX_SHEETS) {
				err(R, 0, 0, "more than %d sheets: the limit",
					WB_MAX_SHEETS);
				ok = false;
				break;
			}
			R->cells = arena_new();
			char *name = attr(R, &x, "table:name");
			char *st = attr(R, &x, "table:style-name");
			R->sheet = name ? name : "?";
			table_hidden = in_names(&S.hidden, st);
			col_style = arena_alloc(R->cells, (WB_MAX_COL + 1) *
				sizeof *col_style);
			ncol_style = 0;
			in_table = !xmlTextReaderIsEmptyElement(x.r);
			row = 0;
			memset(&g, 0, sizeof g);
			if (!in_table)
				goto table_end;
		} else if (in_table && is_end(&x, "table:table")) {
			in_table = false;
table_end:
			merged = false;
			if (table_hidden) {
				diag_add(R->dl, DIAG_NOTE, (struct src_pos){
					sheet_file(R, R->sheet), 0, 0, NULL}, "the sheet is hidden: "
					"lkjip ignores it");
			} else if ((merged = grid_apply_merges(R, &g)) &&
					grid_empty(&g)) {
				note_empty(R);
			} else {
				struct csv_table *tb = NULL;
				if (merged)
					tb = grid_table(R, &g);
				if (tb == NULL) {
					R->failed = true;
				} else {
					struct wb_sheet *ws = arena_alloc(R->tmp,
						sizeof *ws);
					ws->name = arena_strdup(R->a, R->sheet);
					ws->t = tb;
					ptrvec_push(R->tmp, out, ws);
				}
			}
			grid_free(&g);
			R->sheet = NULL;
			arena_free(R->cells);
			R->cells = NULL;
		} else if (in_table && is_elem(&x, "table:table-row")) {
			row_rep = ods_count(R, &x, "table:number-rows-repeated");
			if (row_rep < 0) {
				err(R, row + 1, 0, "a bad number-rows-repeated");
				ok = false;
				break;
			}
			row++;
			col = 0;
			row_style = attr(R, &x, "table:default-cell-style-name");
			grid_free(&rowg);
			if (xmlTextReaderIsEmptyElement(x.r)) {
				row += (int)(row_rep > WB_MAX_ROW ? WB_MAX_ROW :
					row_rep) - 1;
				if (row > WB_MAX_ROW)
					row = WB_MAX_ROW;
			}
		} else if (in_table && is_end(&x, "table:table-row")) {
			/* Copies of a row: an empty row repeated is only a
			 * count (LibreOffice writes 1,048,000 of them). */
			struct grid_row *rr = rowg.nrow ? &rowg.row[0] : NULL;
			/* Only the filled cells are walked, so that each
			 * step of a copy is counted (a row of 16,384 cells,
			 * one filled, repeated 2^24 times took minutes). */
			size_t nfull = 0;
			size_t *full = rr && rr->n ? arena_alloc(R->cells,
				rr->n * sizeof *full) : NULL;
			for (size_t j = 0; full && j < rr->n; j++)
				if (rr->f[j][0] != '\0')
					full[nfull++] = j;
			long copies = nfull ? row_rep : 0;
			for (long k = 0; ok && k < copies; k++) {
				for (size_t i = 0; ok && i < nfull; i++) {
					size_t j = full[i];
					ok = (k == 0 || copy_ok(R, row + (int)k,
						(int)j + 1)) && grid_put(R, &g,
						row + (int)k, (int)j + 1, rr->f[j],
						rr->num[j]);
				}
			}
			long adv = row_rep - 1;
			if (row + adv > WB_MAX_ROW)
				adv = WB_MAX_ROW - row;
			row += (int)adv;
			grid_free(&rowg);
		} else if (in_table && (is_elem(&x, "table:table-cell") ||
				is_elem(&x, "table:covered-table-cell"))) {
			memset(&c, 0, sizeof c);
			c.covered = is_elem(&x, "table:covered-table-cell");
			c.rep = ods_count(R, &x, "table:number-columns-repeated");
			c.rspan = ods_count(R, &x, "table:number-rows-spanned");
			c.cspan = ods_count(R, &x,
				"table:number-columns-spanned");
			if (c.rep < 0 || c.rspan < 0 || c.cspan < 0) {
				err(R, row, col + 1, "a bad repeat or span count");
				ok = false;
				break;
			}
			c.type = attr(R, &x, "office:value-type");
			c.value = attr(R, &x, "office:value");
			if (c.value == NULL)
				c.value = attr(R, &x, "office:date-value");
			char *f = attr(R, &x, "table:formula");
			c.formula = f != NULL;
			/* the cell's style, else the row's, else the column's */
			const char *cs = attr(R, &x, "table:style-name");
			if (cs == NULL)
				cs = row_style;
			if (cs == NULL && col < ncol_style)
				cs = col_style[col];
			c.group = ods_grouped(&S, cs);
			text_reset(&t);
			in_cell = !xmlTextReaderIsEmptyElement(x.r);
			if (!in_cell)
				goto cell_end;
		} else if (in_cell && (is_end(&x, "table:table-cell") ||
				is_end(&x, "table:covered-table-cell"))) {
			in_cell = false;
cell_end:;
			const char *num = NULL;
			const char *v = ods_value(R, &g, &c, &t, row, col + 1, &num);
			if (v == NULL) {
				ok = false;
				break;
			}
			/* A covered cell's content is hidden by the range
			 * over it (LibreOffice's "keep the contents of the
			 * hidden cells"). */
			if (c.covered && *v != '\0') {
				err(R, row, col + 1, "holds \"%.40s\", hidden "
					"under a merged range, which shows its "
					"first cell's value: unmerge the range or "
					"clear the cell", v);
				ok = false;
				break;
			}
			if (c.covered)
				v = "";
			if (*v != '\0') {
				for (long k = 0; ok && k < c.rep; k++) {
					if (col + 1 + k > WB_MAX_COL) {
						err(R, row, WB_MAX_COL, "a filled cell "
							"beyond the last column (XFD)");
						ok = false;
						break;
					}
					ok = (k == 0 || copy_ok(R, row, col + 1 +
						(int)k)) && grid_put(R, &rowg, 1,
						col + 1 + (int)k, v, num);
				}
				if (c.rspan > 1 || c.cspan > 1)
					grid_merge(&g, row, col + 1, row +
						(int)(c.rspan > WB_MAX_ROW ? WB_MAX_ROW :
						c.rspan) - 1, col + (int)(c.cspan >
						WB_MAX_COL ? WB_MAX_COL : c.cspan));
			}
			long adv = c.rep;
			if (col + adv > WB_MAX_COL)
				adv = WB_MAX_COL - col;
			col += (int)adv;
		} else if (in_cell && is_elem(&x, "text:p")) {
			if (c.pdepth++ > 0)
				text_add(&t, "\n", 1);
			in_p = !xmlTextReaderIsEmptyElement(x.r);
			collapse = true;
		} else if (is_end(&x, "text:p")) {
			in_p = 0;
		} else if (in_p && is_elem(&x, "text:s")) {
			collapse = false;
			long n = ods_count(R, &x, "text:c");
			for (long k = 0; k < n && k < WB_MAX_TEXT && !t.over; k++)
				text_add(&t, " ", 1);
		} else if (in_p && is_elem(&x, "text:tab")) {
			text_add(&t, "\t", 1);
			collapse = false;
		} else if (in_p && is_elem(&x, "text:line-break")) {
			text_add(&t, "\n", 1);
			collapse = true;
		} else if (in_p && is_text(&x)) {
			/* ODF collapses white space in a paragraph (a run is
			 * one space, none at its start); kept spaces are
			 * text:s. */
			const char *s = (const char *)xmlTextReaderConstValue(x.r);
			for (; *s; s++) {
				bool ws = *s == ' ' || *s == '\t' || *s == '\n' ||
					*s == '\r';
				if (ws && collapse)
					continue;
				text_add(&t, ws ? " " : s, 1);
				collapse = ws;
			}
		}
	}
	free(t.s);
	grid_free(&rowg);
	grid_free(&g);
	xml_close(&x);
	R->sheet = NULL;
	arena_free(R->cells);
	R->cells = NULL;
	return ok && rc == 0 && !R->failed;
}

/* ---- the workbook ---- */

/* Keeps libxml2's first generic message (ctx: the struct rd). */
static void generic_error(void *ctx, const char *msg, ...)
{
	struct rd *R = ctx;
	if (R == NULL || R->generic[0] != '\0')
		return;
	va_list ap;
	va_start(ap, msg);
	vsnprintf(R->generic, sizeof R->generic, msg, ap);
	va_end(ap);
	size_t n = strlen(R->generic);
	while (n > 0 && (R->generic[n - 1] == '\n' || R->generic[n - 1] == ' '))
		R->generic[--n] = '\0';
}

struct workbook *workbook_load(struct arena *a, const char *path, bool ods,
	const void *data, size_t len, struct diag_list *dl)
{
	struct rd R = {.a = a, .path = path, .dl = dl};
	if (len > WB_MAX_FILE) {
		err(&R, 0, 0, "the workbook is %zu bytes: the limit is %u MiB",
			len, WB_MAX_FILE >> 20);
		return NULL;
	}
	/* An OLE2 compound file: Excel 97-2003 (.xls renamed) or a workbook
	 * saved with a password (encrypted inside such a file). */
	if (len >= 8 && memcmp(data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0) {
		err(&R, 0, 0, "an old Excel .xls file or a workbook with a "
			"password, not an .xlsx: save it as an Excel Workbook "
			"(.xlsx) without a password");
		return NULL;
	}
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
	if (src == NULL) {
		err(&R, 0, 0, "cannot read the workbook: %s",
			zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return NULL;
	}
	R.zip = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
	if (R.zip == NULL) {
		/* libzip's "File already exists" says what it could not
		 * do, not what is wrong with the file. */
		const char *why = zip_error_code_zip(&ze) == ZIP_ER_EXISTS ?
			"it holds two parts of one name (which one is the "
			"data?)" : zip_error_strerror(&ze);
		err(&R, 0, 0, "not a readable %s workbook (a zip): %s; save it "
			"again from %s", ods ? "OpenDocument" : "Excel", why,
			ods ? "LibreOffice" : "Excel or LibreOffice");
		zip_source_free(src);
		zip_error_fini(&ze);
		return NULL;
	}
	zip_error_fini(&ze);
	R.tmp = arena_new();
	struct ptrvec sheets = {0};
	/* Some libxml2 errors (an encoding that fails to convert) bypass the
	 * reader's handler and go to the generic one, which prints: taken
	 * while reading, for the message of the reader's failure. */
	xmlGenericErrorFunc old = xmlGenericError;
	void *old_ctx = xmlGenericErrorContext;
	xmlSetGenericErrorFunc(&R, generic_error);
	bool ok = ods ? ods_read(&R, &sheets) : xlsx_read(&R, &sheets);
	xmlSetGenericErrorFunc(old_ctx, old);
	zip_discard(R.zip);
	struct workbook *wb = NULL;
	if (ok && !R.failed) {
		wb = arena_alloc(a, sizeof *wb);
		wb->path = arena_strdup(a, path);
		wb->sheet = arena_alloc(a, (sheets.n + 1) * sizeof *wb->sheet);
		for (size_t i = 0; i < sheets.n; i++) {
			struct wb_sheet *s = sheets.v[i];
			for (size_t k = 0; k < wb->nsheet; k++)
				if (!strcmp(wb->sheet[k].name, s->name)) {
					diag_add(dl, DIAG_ERROR, (struct src_pos){
						arena_printf(a, "%s" DIAG_SHEET "%s",
						path, s->name), 0, 0, NULL}, "two "
						"sheets have this name");
					ok = false;
				}
			wb->sheet[wb->nsheet++] = *s;
		}
		if (!ok)
			wb = NULL;
	}
	arena_free(R.tmp);
	return wb;
}

struct wb_sheet *workbook_sheet(struct workbook *wb, const char *name)
{
	for (size_t i = 0; wb && i < wb->nsheet; i++)
		if (strcmp(wb->sheet[i].name, name) == 0)
			return &wb->sheet[i];
	return NULL;
}
