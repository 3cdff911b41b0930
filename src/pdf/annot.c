/* The finishing pass over cairo's PDF: link annotations, the tagged
 * PDF's missing pieces, Artifact marking and compression.
 *
 * cairo 1.16 (Debian 12) damages the file whenever a page holds a
 * CAIRO_TAG_LINK: it writes /Annots and a /StructParents entry naming a
 * structure tree root it never writes (qpdf: "object N 0 not found"). So
 * the layout records every link area itself, and this file writes the
 * file again from cairo's finished output: one Link annotation object per
 * area, a new version of each page that holds links (its dictionary with
 * /Annots added), the edits below, a new xref and cairo's trailer.
 *
 * cairo's output is regular: a classic xref table with one subsection, a
 * flat /Pages tree, page dictionaries without streams, objects one after
 * another. This reads exactly that and refuses anything else (the caller
 * then keeps cairo's PDF without links), so an unexpected cairo can never
 * yield a broken file.
 *
 * Page contents: pdf.c has cairo write them uncompressed, and
 * content_edit marks what no structure element holds as /Artifact (cairo
 * has no way to) before compress_streams compresses them.
 *
 * The tagged PDF. cairo 1.16 writes a sound
 * structure tree from the structure tags pdf.c begins and ends (H1, P,
 * Table, TR, TH, TD, L, LI, Figure...; checked with qpdf and poppler), but
 * ignores every attribute of a structure tag and has no document
 * language, and may leave /MarkInfo out. So the catalog gets /Lang,
 * /ViewerPreferences << /DisplayDocTitle true >> and, if missing,
 * /MarkInfo << /Marked true >>; a Document element is put between the
 * structure tree root and its children (pdf.c cannot open one: spanning
 * the pages, it would hold the running headers, which stay outside the
 * tree); each Figure element its /Alt (the alt texts
 * in drawing order: cairo numbers the elements in tree order, which is
 * drawing order) and each TH element /A << /O /Table /Scope /Column >>.
 * Each link annotation becomes the content of a Link structure element
 * (an OBJR; the annotation's /StructParent is its key in the parent
 * tree, its /Contents the link's text): pdf.c draws a link's text in an
 * element of its own (LINK_TAG), which is renamed Link and given the
 * OBJR after its text (PDF/UA 7.18.5: Link /K [MCID, OBJR]); a link in
 * a table cell (whose TD is made from markers, below) gets a Link of the
 * OBJR alone, put last in the cell. pdf.c numbers its structure tags as
 * it begins them, which is the order of cairo's element objects, and
 * gives each link the numbers of its tag and of the tag it is drawn in.
 * Pages with links get /Tabs /S. */
#define _GNU_SOURCE /* memmem */
#include "pdf/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

struct pdfsrc {
	const char *b;
	size_t len;
	size_t xref;      /* offset of "xref" */
	long size;        /* trailer /Size */
	size_t trailer, trailer_end; /* the trailer dictionary "<<".. ">>" */
	size_t ent;       /* offset of the first xref entry */
};

static const char *find(const char *b, size_t from, size_t to,
	const char *needle)
{
	if (from >= to)
		return NULL;
	return memmem(b + from, to - from, needle, strlen(needle));
}

/* A non-negative decimal integer at *i (after optional white space). */
static bool read_long(const char *b, size_t len, size_t *i, long *out)
{
	while (*i < len && (b[*i] == ' ' || b[*i] == '\n' || b[*i] == '\r'))
		(*i)++;
	if (*i >= len || b[*i] < '0' || b[*i] > '9')
		return false;
	long v = 0;
	while (*i < len && b[*i] >= '0' && b[*i] <= '9') {
		if (v > 100000000000L)
			return false;
		v = v * 10 + (b[*i] - '0');
		(*i)++;
	}
	*out = v;
	return true;
}

/* Offset of object num from the xref table, checked to start "num 0 obj". */
static bool obj_offset(const struct pdfsrc *s, long num, size_t *off)
{
	if (num <= 0 || num >= s->size)
		return false;
	const char *e = s->b + s->ent + (size_t)num * 20;
	if (e[17] != 'n')
		return false;
	size_t i = 0;
	long o;
	if (!read_long(e, 10, &i, &o) || i != 10 || (size_t)o >= s->len)
		return false;
	char head[32];
	int hl = snprintf(head, sizeof head, "%ld 0 obj", num);
	if ((size_t)o + (size_t)hl > s->len ||
	    memcmp(s->b + o, head, (size_t)hl) != 0)
		return false;
	*off = (size_t)o + (size_t)hl;
	return true;
}

/* The dictionary of an object without a stream: [*from, *to) spans
 * "<< ... >>". */
static bool obj_dict(const struct pdfsrc *s, long num, size_t *from,
	size_t *to)
{
	size_t o;
	if (!obj_offset(s, num, &o))
		return false;
	const char *end = find(s->b, o, s->len, "endobj");
	if (end == NULL)
		return false;
	size_t a = o, z = (size_t)(end - s->b);
	while (a < z && (s->b[a] == ' ' || s->b[a] == '\n' || s->b[a] == '\r'))
		a++;
	while (z > a && (s->b[z - 1] == ' ' || s->b[z - 1] == '\n' ||
	    s->b[z - 1] == '\r'))
		z--;
	if (z - a < 4 || memcmp(s->b + a, "<<", 2) != 0 ||
	    memcmp(s->b + z - 2, ">>", 2) != 0 ||
	    find(s->b, a, z, "stream") != NULL)
		return false;
	*from = a;
	*to = z;
	return true;
}

/* The reference "/Key N 0 R" inside [from, to). */
static bool dict_ref(const struct pdfsrc *s, size_t from, size_t to,
	const char *key, long *num)
{
	const char *k = find(s->b, from, to, key);
	if (k == NULL)
		return false;
	size_t i = (size_t)(k - s->b) + strlen(key);
	long gen;
	if (!read_long(s->b, to, &i, num) || !read_long(s->b, to, &i, &gen) ||
	    gen != 0)
		return false;
	while (i < to && s->b[i] == ' ')
		i++;
	return i < to && s->b[i] == 'R';
}

static bool parse_src(struct pdfsrc *s, const char **why)
{
	/* startxref N %%EOF at the very end. */
	size_t tail = s->len > 64 ? s->len - 64 : 0;
	const char *sx = NULL;
	for (const char *f = find(s->b, tail, s->len, "startxref"); f;
	    f = find(s->b, (size_t)(f - s->b) + 1, s->len, "startxref"))
		sx = f;
	if (sx == NULL || find(s->b, (size_t)(sx - s->b), s->len, "%%EOF") ==
	    NULL) {
		*why = "no startxref";
		return false;
	}
	size_t i = (size_t)(sx - s->b) + 9;
	long xref;
	if (!read_long(s->b, s->len, &i, &xref) || (size_t)xref + 5 > s->len ||
	    memcmp(s->b + xref, "xref\n", 5) != 0) {
		*why = "no classic xref table";
		return false;
	}
	s->xref = (size_t)xref;
	i = s->xref + 5;
	long first, count;
	if (!read_long(s->b, s->len, &i, &first) ||
	    !read_long(s->b, s->len, &i, &count) || first != 0 || count < 2 ||
	    i >= s->len || s->b[i] != '\n') {
		*why = "unexpected xref subsection";
		return false;
	}
	s->ent = i + 1;
	size_t after = s->ent + (size_t)count * 20;
	if (after + 7 > s->len || memcmp(s->b + after, "trailer", 7) != 0) {
		*why = "xref is not one subsection of 20-byte entries";
		return false;
	}
	const char *t0 = find(s->b, after, s->len, "<<");
	const char *t1 = t0 ? find(s->b, (size_t)(t0 - s->b), s->len,
	    "startxref") : NULL;
	if (t0 == NULL || t1 == NULL) {
		*why = "no trailer dictionary";
		return false;
	}
	size_t z = (size_t)(t1 - s->b);
	while (z > 0 && (s->b[z - 1] == ' ' || s->b[z - 1] == '\n' ||
	    s->b[z - 1] == '\r'))
		z--;
	if (z < 2 || memcmp(s->b + z - 2, ">>", 2) != 0) {
		*why = "trailer dictionary not closed";
		return false;
	}
	s->trailer = (size_t)(t0 - s->b);
	s->trailer_end = z;
	const char *sz = find(s->b, s->trailer, z, "/Size");
	size_t k = sz ? (size_t)(sz - s->b) + 5 : 0;
	if (sz == NULL || !read_long(s->b, z, &k, &s->size) ||
	    s->size != count || find(s->b, s->trailer, z, "/Prev") != NULL ||
	    find(s->b, s->trailer, z, "/Encrypt") != NULL) {
		*why = "unexpected trailer";
		return false;
	}
	return true;
}

/* The page objects in order, from the catalog's flat /Pages tree. */
static bool page_objects(const struct pdfsrc *s, long *pages, int npages,
	const char **why)
{
	long root, pg;
	size_t a, z;
	if (!dict_ref(s, s->trailer, s->trailer_end, "/Root", &root) ||
	    !obj_dict(s, root, &a, &z) ||
	    !dict_ref(s, a, z, "/Pages", &pg) || !obj_dict(s, pg, &a, &z)) {
		*why = "no page tree";
		return false;
	}
	const char *kids = find(s->b, a, z, "/Kids");
	size_t i = kids ? (size_t)(kids - s->b) + 5 : z;
	while (i < z && s->b[i] == ' ')
		i++;
	if (i >= z || s->b[i] != '[') {
		*why = "no /Kids";
		return false;
	}
	i++;
	int n = 0;
	for (;;) {
		while (i < z && (s->b[i] == ' ' || s->b[i] == '\n'))
			i++;
		if (i < z && s->b[i] == ']')
			break;
		long num, gen;
		if (n >= npages || !read_long(s->b, z, &i, &num) ||
		    !read_long(s->b, z, &i, &gen) || gen != 0) {
			*why = "page count differs";
			return false;
		}
		while (i < z && s->b[i] == ' ')
			i++;
		if (i >= z || s->b[i] != 'R') {
			*why = "bad /Kids entry";
			return false;
		}
		i++;
		/* A leaf page, not a nested /Pages node; no annotations
		 * yet. */
		size_t pa, pz;
		const char *ty;
		if (!obj_dict(s, num, &pa, &pz) ||
		    (ty = find(s->b, pa, pz, "/Type /Page")) == NULL ||
		    ty[11] == 's' || find(s->b, pa, pz, "/Annots") != NULL) {
			*why = "unexpected page object";
			return false;
		}
		pages[n++] = num;
	}
	if (n != npages) {
		*why = "page count differs";
		return false;
	}
	return true;
}

static void num(GString *o, double v)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	g_string_append(o, g_ascii_formatd(buf, sizeof buf, "%.2f", v));
}

/* A PDF literal string: ( ) \ escaped, bytes outside printable ASCII as
 * octal. */
/* Appends the decimal text of v: printf's %ld, without printf, whose
 * cost (about 1,500 instructions a call) counted with five numbers
 * written per table cell (MCID, element, references). */
static void app_num(GString *o, long v)
{
	char tmp[24];
	int t = 0;
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
	do {
		tmp[t++] = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (v < 0)
		g_string_append_c(o, '-');
	while (t > 0)
		g_string_append_c(o, tmp[--t]);
}

static void pdf_string(GString *o, const char *s)
{
	g_string_append_c(o, '(');
	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		if (*c == '(' || *c == ')' || *c == '\\')
			g_string_append_printf(o, "\\%c", *c);
		else if (*c < 0x20 || *c >= 0x7f)
			g_string_append_printf(o, "\\%03o", *c);
		else
			g_string_append_c(o, (char)*c);
	}
	g_string_append_c(o, ')');
}

struct xent {
	long num;
	size_t off;
};

/* Text as a PDF text string: printable ASCII as it is, anything else
 * UTF-16BE with its byte order mark, in hex (alt texts hold any
 * character). */
static void pdf_text_string(GString *o, const char *s)
{
	bool ascii = true;
	for (const char *c = s ? s : ""; *c && ascii; c++)
		ascii = (unsigned char)*c >= 0x20 && (unsigned char)*c < 0x7f;
	if (ascii) { /* the same bytes in PDFDocEncoding */
		pdf_string(o, s ? s : "");
		return;
	}
	glong n = 0;
	gunichar2 *u = g_utf8_to_utf16(s ? s : "", -1, NULL, &n, NULL);
	g_string_append(o, "<FEFF");
	static const char hex[] = "0123456789ABCDEF";
	for (glong i = 0; u && i < n; i++)
		for (int k = 12; k >= 0; k -= 4)
			g_string_append_c(o, hex[(u[i] >> k) & 15]);
	g_string_append_c(o, '>');
	g_free(u);
}

/* The Figure and TH structure elements, in object number order. cairo
 * writes "<< /Type /StructElem" first in such an object: an object that
 * does not start so (a page's content stream) is not read further. */
static void struct_elems(const struct pdfsrc *s, GArray *figs, GArray *ths,
	GArray *all)
{
	static const char head[] = "<< /Type /StructElem";
	for (long num = 1; num < s->size; num++) {
		size_t o, a, z;
		if (!obj_offset(s, num, &o))
			continue;
		while (o < s->len && (s->b[o] == '\n' || s->b[o] == ' '))
			o++;
		if (o + sizeof head > s->len ||
		    memcmp(s->b + o, head, sizeof head - 1) != 0 ||
		    !obj_dict(s, num, &a, &z))
			continue;
		const char *r = find(s->b, a, z, "/S /");
		if (r == NULL)
			continue;
		g_array_append_val(all, num);
		r += 4;
		size_t rl = strcspn(r, " \n\r/>");
		if (rl == 6 && memcmp(r, "Figure", 6) == 0)
			g_array_append_val(figs, num);
		else if (rl == 2 && memcmp(r, "TH", 2) == 0)
			g_array_append_val(ths, num);
	}
}

/* A new version of object num: its dictionary with more entries, and
 * the bytes [cut, cut_end) of the file (inside it) replaced by put. */
static void rewrite_cut(const struct pdfsrc *s, GString *o, size_t base,
	GArray *xe, long num, const char *more, size_t cut, size_t cut_end,
	const char *put)
{
	size_t a, z;
	if (!obj_dict(s, num, &a, &z))
		return;
	struct xent x = { num, base + o->len };
	g_array_append_val(xe, x);
	g_string_append_printf(o, "%ld 0 obj\n", num);
	if (cut > a && cut_end <= z - 2 && cut <= cut_end) {
		g_string_append_len(o, s->b + a, (gssize)(cut - a));
		g_string_append(o, put);
		g_string_append_len(o, s->b + cut_end,
		    (gssize)(z - 2 - cut_end));
	} else {
		g_string_append_len(o, s->b + a, (gssize)(z - 2 - a));
	}
	g_string_append(o, more);
	g_string_append(o, "\n>>\nendobj\n");
}

static void rewrite(const struct pdfsrc *s, GString *o, size_t base,
	GArray *xe, long num, const char *more)
{
	rewrite_cut(s, o, base, xe, num, more, 0, 0, NULL);
}

/* The children of the structure tree root: its /K, one reference or an
 * array of them; [*k0, *k1) spans the value. */
static bool root_kids(const struct pdfsrc *s, long sroot, GArray *kids,
	size_t *k0, size_t *k1)
{
	size_t a, z;
	if (!obj_dict(s, sroot, &a, &z))
		return false;
	const char *k = find(s->b, a, z, "/K ");
	if (k == NULL)
		return false;
	size_t i = (size_t)(k - s->b) + 3;
	*k0 = i;
	bool arr = i < z && s->b[i] == '[';
	if (arr)
		i++;
	for (;;) {
		while (i < z && (s->b[i] == ' ' || s->b[i] == '\n'))
			i++;
		if (arr && i < z && s->b[i] == ']') {
			*k1 = i + 1;
			return kids->len > 0;
		}
		long num, gen;
		if (!read_long(s->b, z, &i, &num) || !read_long(s->b, z, &i,
		    &gen) || gen != 0)
			return false;
		while (i < z && s->b[i] == ' ')
			i++;
		if (i >= z || s->b[i] != 'R')
			return false;
		i++;
		g_array_append_val(kids, num);
		if (!arr) {
			*k1 = i;
			return true;
		}
	}
}


/* ---- The rewrite: compressed, Artifact-marked page contents ---- */

/* zlib's level for the streams cairo leaves uncompressed. */
#define DEFLATE_LEVEL 3

struct objr {
	size_t off;
	long num;
};

static int objr_cmp(const void *a, const void *b)
{
	size_t x = ((const struct objr *)a)->off, y = ((const struct objr *)b)->off;
	return (x > y) - (x < y);
}

/* Every object in use, in file order, with the offset where the next one
 * (or the xref) starts: cairo writes them one after another. */
static struct objr *objects_in_order(const struct pdfsrc *s, guint *n)
{
	struct objr *v = g_new(struct objr, (gsize)s->size + 1);
	guint k = 0;
	for (long num = 1; num < s->size; num++) {
		const char *e = s->b + s->ent + (size_t)num * 20;
		size_t i = 0;
		long o;
		if (e[17] != 'n' || !read_long(e, 10, &i, &o) ||
		    (size_t)o >= s->xref)
			continue;
		v[k].off = (size_t)o;
		v[k++].num = num;
	}
	qsort(v, k, sizeof *v, objr_cmp);
	v[k].off = s->xref; /* the end of the last object */
	v[k].num = 0;
	*n = k;
	return v;
}

/* A stream object cairo wrote without /Filter, in [o, e): its dictionary
 * entries other than /Length ([*d0, *d1)), its data ([*s0, *s0 + *len)). */
static bool plain_stream(const struct pdfsrc *s, size_t o, size_t e,
	size_t *d0, size_t *d1, size_t *s0, size_t *len)
{
	const char *st = find(s->b, o, e, "stream\n");
	const char *dict = find(s->b, o, e, "<<");
	if (st == NULL || dict == NULL || dict > st)
		return false;
	size_t z = (size_t)(st - s->b);
	while (z > o && (s->b[z - 1] == '\n' || s->b[z - 1] == ' '))
		z--;
	size_t a = (size_t)(dict - s->b) + 2;
	if (z < a + 2 || memcmp(s->b + z - 2, ">>", 2) != 0 ||
	    find(s->b, a, z, "/Filter") != NULL)
		return false;
	const char *lk = find(s->b, a, z, "/Length ");
	if (lk == NULL)
		return false;
	size_t i = (size_t)(lk - s->b) + 8;
	long v, gen = -1;
	if (!read_long(s->b, z, &i, &v))
		return false;
	size_t after = i;
	if (read_long(s->b, z, &after, &gen) && gen == 0) {
		while (after < z && s->b[after] == ' ')
			after++;
		size_t lo, j;
		if (after >= z || s->b[after] != 'R' ||
		    !obj_offset(s, v, &lo))
			return false;
		j = lo;
		if (!read_long(s->b, s->len, &j, &v))
			return false;
		i = after + 1;
	}
	*s0 = (size_t)(st - s->b) + 7;
	if (v < 0 || *s0 + (size_t)v > e)
		return false;
	*len = (size_t)v;
	/* The entries before and after /Length. */
	*d0 = a;
	*d1 = z - 2;
	(void)i;
	return true;
}

static bool blank(const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (b[i] != ' ' && b[i] != '\n' && b[i] != '\r')
			return false;
	return true;
}

/* The table cells found in the page contents (pdf.c's cell markers). */
struct cellrec {
	int page;       /* 0-based */
	long tr;        /* its TR element */
	bool th;
	guint m0, nm;   /* its MCIDs: cells.mc[m0 .. m0 + nm) */
};

struct cells {
	GArray *recs;   /* struct cellrec, in drawing order */
	GArray *mc;     /* int */
	/* Per page: the parent tree's array (MCID -> element; a cell's
	 * MCID holds -1 - its index in recs until its element has a
	 * number), its object (0: the page has none) and whether it
	 * changed. */
	GArray **parr;
	long *parr_obj;
	int page;       /* the page being edited */
};

static bool line_is(const char *l, size_t ll, const char *op)
{
	size_t n = strlen(op);
	return ll >= n && memcmp(l + ll - n, op, n) == 0 &&
	    (ll == n || l[ll - n - 1] == ' ');
}

/* A page's content, as cairo 1.16 wrote it, made fit for PDF/UA:
 * - what no structure element holds (running headers, page numbers, the
 *   table rules, the cover's band) becomes /Artifact marked content:
 *   cairo cannot write it (its tag names are a fixed list without
 *   Artifact) and leaves it outside every element;
 * - the empty /ActualText spans cairo writes for a soft hyphen that did
 *   not break a line go;
 * - with cx: each table cell marker (an empty /ActualText span of
 *   U+E001 or U+E002, see cell_mark in pdf.c) inside a TR's marked
 *   content starts the TD or TH marked content of its cell, which ends
 *   at the next cell or the TR's end; the TR's own marked content goes
 *   (it is no leaf any more), its MCID the first cell's. A cell's
 *   marked content stops at the end of a text object and goes on, with
 *   another MCID, in the next one, as BT/ET and BDC/EMC must nest.
 * cairo writes one operator per line, a marked-content operator on its
 * own or after the operands of a colour ("0 0 0 rg /P << /MCID 3 >>
 * BDC"), and escapes every byte below 32 in strings, so lines can be
 * read without parsing the content. */
static void content_edit(const char *b, size_t n, GString *out,
	struct cells *cx)
{
	static const char shy[] = "/Span << /ActualText <feff00ad> >> BDC\nEMC\n";
	/* The open marked content: S a structure element's, A a span, R a
	 * TR's (dropped), T a cell's. */
	char stack[64];
	int depth = 0, marked = 0;
	bool art = false, drop_emc = false, suspended = false;
	long tr = 0;          /* the TR open, or 0 */
	int tr_mcid = -1;     /* its MCID, not yet given to a cell */
	GArray *parr = cx ? cx->parr[cx->page] : NULL;
	size_t i = 0;
	while (i < n) {
		const char *nl = memchr(b + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - b) + 1 : n;
		size_t ll = (nl ? e - 1 : e) - i; /* without the newline */
		const char *l = b + i;
		if (ll == sizeof shy - 6 && i + sizeof shy - 1 <= n &&
		    memcmp(l, shy, sizeof shy - 1) == 0) {
			i += sizeof shy - 1;
			continue;
		}
		/* The operator of the line and where its operands start. */
		size_t op = ll;
		int dd = 0;
		char kind = 0;
		const char *q = NULL;
		if (line_is(l, ll, "BDC") || line_is(l, ll, "BMC")) {
			q = find(l, 0, ll, " << /");
			size_t k = q ? (size_t)(q - l) : ll - 4;
			while (k > 0 && l[k] != '/')
				k--;
			op = k;
			dd = 1;
			kind = find(l, op, ll, "<< /MCID ") != NULL ? 'S' : 'A';
		} else if (line_is(l, ll, "EMC")) {
			op = ll - 3;
			dd = -1;
		}
		bool bt = dd == 0 && line_is(l, ll, "BT");
		bool et = dd == 0 && line_is(l, ll, "ET");
		/* A cell marker, a TR. */
		bool mark = false, th = false;
		long mcid = -1;
		if (kind == 'A' && cx && ll - op >= 34 &&
		    memcmp(l + op, "/Span << /ActualText <feffe00", 29) == 0 &&
		    (l[op + 29] == '1' || l[op + 29] == '2') &&
		    l[op + 30] == '>') {
			mark = true;
			th = l[op + 29] == '2';
		}
		if (kind == 'S' && cx && memcmp(l + op, "/TR ", 4) == 0) {
			size_t k = (size_t)(find(l, op, ll, "/MCID ") - l) + 6;
			long v;
			if (read_long(l, ll, &k, &v) && v >= 0 &&
			    (guint)v < parr->len) {
				kind = 'R';
				mcid = v;
			}
		}
		if (art && (bt || et)) {
			g_string_append(out, "EMC\n");
			art = false;
		}
		if (et && depth > 0 && stack[depth - 1] == 'T') {
			g_string_append(out, "EMC\n");
			depth--;
			marked--;
			suspended = true;
		}
		/* Operands of something else first (the colour). */
		bool content = op > 0 && !blank(l, op) && !bt && !et;
		if (content && marked == 0 && !art) {
			g_string_append(out, "/Artifact BMC\n");
			art = true;
		}
		if (dd == 0) {
			g_string_append_len(out, l, (gssize)(e - i));
			if (bt && suspended && tr != 0) {
				/* The cell goes on in this text object. */
				struct cellrec *c = &g_array_index(cx->recs,
				    struct cellrec, cx->recs->len - 1);
				int m = (int)parr->len;
				long ph = -1 - (long)(cx->recs->len - 1);
				g_array_append_val(parr, ph);
				g_array_append_val(cx->mc, m);
				c->nm++;
				g_string_append(out, c->th ? "/TH << /MCID " :
				    "/TD << /MCID ");
				app_num(out, m);
				g_string_append(out, " >> BDC\n");
				stack[depth++] = 'T';
				marked++;
				suspended = false;
			}
			i = e;
			continue;
		}
		if (op > 0) {
			g_string_append_len(out, l, (gssize)op);
			g_string_append_c(out, '\n');
		}
		if (art && ((dd > 0 && (kind == 'S' || kind == 'R')) || mark)) {
			g_string_append(out, "EMC\n");
			art = false;
		}
		if (dd < 0) {
			if (drop_emc) {
				drop_emc = false;
			} else if (depth > 0 && stack[depth - 1] == 'R') {
				depth--;
				tr = 0;
				suspended = false;
			} else if (depth > 0 && stack[depth - 1] == 'T' &&
			    depth > 1 && stack[depth - 2] == 'R') {
				/* The TR ends with its last cell open. */
				g_string_append(out, "EMC\n");
				depth -= 2;
				marked--;
				tr = 0;
				suspended = false;
			} else if (depth > 0) {
				if (stack[depth - 1] != 'A')
					marked--;
				depth--;
				g_string_append_len(out, l + op,
				    (gssize)(e - i - op));
			} else {
				g_string_append_len(out, l + op,
				    (gssize)(e - i - op));
			}
			i = e;
			continue;
		}
		if (mark && tr != 0) {
			/* A cell: the one before ends here. */
			if (depth > 0 && stack[depth - 1] == 'T') {
				g_string_append(out, "EMC\n");
				depth--;
				marked--;
			}
			int m;
			if (tr_mcid >= 0) {
				m = tr_mcid;
				tr_mcid = -1;
			} else {
				m = (int)parr->len;
				long ph0 = 0;
				g_array_append_val(parr, ph0);
			}
			g_array_index(parr, long, m) = -1 - (long)cx->recs->len;
			struct cellrec c = { cx->page, tr, th, cx->mc->len, 1 };
			g_array_append_val(cx->mc, m);
			g_array_append_val(cx->recs, c);
			g_string_append(out, th ? "/TH << /MCID " :
			    "/TD << /MCID ");
			app_num(out, m);
			g_string_append(out, " >> BDC\n");
			if (depth < (int)sizeof stack) {
				stack[depth++] = 'T';
				marked++;
			}
			suspended = false;
			drop_emc = true; /* the marker's own EMC */
			i = e;
			continue;
		}
		if (mark) { /* outside a TR: dropped */
			drop_emc = true;
			i = e;
			continue;
		}
		if (kind == 'R') {
			tr = g_array_index(parr, long, mcid);
			tr_mcid = (int)mcid;
			if (depth < (int)sizeof stack)
				stack[depth++] = 'R';
			i = e;
			continue;
		}
		if (marked == 0 && kind == 'A' && !art) {
			g_string_append(out, "/Artifact BMC\n");
			art = true;
		}
		g_string_append_len(out, l + op, (gssize)(e - i - op));
		if (depth < (int)sizeof stack) {
			stack[depth++] = kind;
			if (kind == 'S')
				marked++;
		}
		i = e;
	}
	if (art)
		g_string_append(out, "\nEMC\n");
}

/* A new version of the stream object num: its dictionary with the
 * length of data compressed here. */
static bool deflate_stream(const struct pdfsrc *s, GString *o, size_t base,
	GArray *xe, long num, size_t d0, size_t d1, const char *data,
	size_t len, GString *tmp)
{
	uLongf cl = compressBound((uLong)len);
	g_string_set_size(tmp, (gsize)cl);
	if (compress2((Bytef *)tmp->str, &cl, (const Bytef *)data, (uLong)len,
	    DEFLATE_LEVEL) != Z_OK)
		return false;
	struct xent x = { num, base + o->len };
	g_array_append_val(xe, x);
	g_string_append_printf(o, "%ld 0 obj\n<< /Length %lu\n   /Filter "
	    "/FlateDecode", num, (unsigned long)cl);
	/* cairo's entries, less its /Length. */
	const char *lk = find(s->b, d0, d1, "/Length ");
	size_t a = lk ? (size_t)(lk - s->b) : d1;
	size_t i = lk ? a + 8 : d1;
	long v, gen;
	if (lk) {
		read_long(s->b, d1, &i, &v);
		size_t j = i;
		if (read_long(s->b, d1, &j, &gen)) {
			while (j < d1 && s->b[j] == ' ')
				j++;
			if (j < d1 && s->b[j] == 'R')
				i = j + 1;
		}
	}
	g_string_append_len(o, s->b + d0, (gssize)(a - d0));
	g_string_append_len(o, s->b + i, (gssize)(d1 - i));
	g_string_append(o, "\n>>\nstream\n");
	g_string_append_len(o, tmp->str, (gssize)cl);
	g_string_append(o, "\nendstream\nendobj\n");
	return true;
}

/* Compresses every stream cairo left uncompressed, the page contents
 * (contents: their object numbers) edited first by content_edit. */
static void compress_streams(const struct pdfsrc *s, const struct objr *ord,
	guint nord, GHashTable *contents, struct cells *cx, GString *o,
	size_t base, GArray *xe)
{
	GString *tmp = g_string_new(NULL), *ed = g_string_new(NULL);
	for (guint k = 0; k < nord; k++) {
		size_t d0, d1, s0, len;
		if (!plain_stream(s, ord[k].off, ord[k + 1].off, &d0, &d1, &s0,
		    &len))
			continue;
		const char *data = s->b + s0;
		gpointer pg = g_hash_table_lookup(contents,
		    GSIZE_TO_POINTER((gsize)ord[k].num));
		if (pg != NULL) {
			g_string_truncate(ed, 0);
			struct cells *c = NULL;
			if (cx != NULL && cx->parr_obj[GPOINTER_TO_INT(pg) - 1]) {
				c = cx;
				c->page = GPOINTER_TO_INT(pg) - 1;
			}
			content_edit(data, len, ed, c);
			data = ed->str;
			len = ed->len;
		}
		deflate_stream(s, o, base, xe, ord[k].num, d0, d1, data, len,
		    tmp);
	}
	g_string_free(tmp, TRUE);
	g_string_free(ed, TRUE);
}

/* The edits of one structure element, made in one new version. */
struct sedit {
	long newp;     /* its new parent (the Document), or 0 */
	GString *kx;   /* references appended to its /K, or NULL */
	bool kreplace; /* kx replaces /K */
	GString *more; /* entries added, or NULL */
	bool link;     /* a LINK_TAG element: named Link */
};

static struct sedit *sedit_of(GHashTable *h, long num)
{
	struct sedit *e = g_hash_table_lookup(h, GSIZE_TO_POINTER((gsize)num));
	if (e == NULL) {
		e = g_new0(struct sedit, 1);
		g_hash_table_insert(h, GSIZE_TO_POINTER((gsize)num), e);
	}
	return e;
}

static void sedit_free(gpointer v)
{
	struct sedit *e = v;
	if (e->kx)
		g_string_free(e->kx, TRUE);
	if (e->more)
		g_string_free(e->more, TRUE);
	g_free(e);
}

/* The value of /K in [a, z): [*v0, *v1), and [*i0, *i1) its items
 * (without the brackets of an array). */
static bool k_value(const struct pdfsrc *s, size_t a, size_t z, size_t *v0,
	size_t *v1, size_t *i0, size_t *i1)
{
	const char *k = find(s->b, a, z, "/K ");
	if (k == NULL)
		return false;
	size_t i = (size_t)(k - s->b) + 3;
	*v0 = i;
	if (i < z && s->b[i] == '[') {
		const char *e = find(s->b, i, z, "]");
		if (e == NULL)
			return false;
		*i0 = i + 1;
		*i1 = (size_t)(e - s->b);
		*v1 = *i1 + 1;
		return true;
	}
	long v, gen;
	if (!read_long(s->b, z, &i, &v))
		return false;
	size_t j = i;
	if (read_long(s->b, z, &j, &gen) && gen == 0) {
		while (j < z && s->b[j] == ' ')
			j++;
		if (j < z && s->b[j] == 'R')
			i = j + 1;
	}
	*i0 = *v0;
	*i1 = *v1 = i;
	return true;
}

/* The new version of structure element num with the edits of e. */
static void edit_elem(const struct pdfsrc *s, GString *o, size_t base,
	GArray *xe, long num, long sroot, const struct sedit *e)
{
	size_t a, z;
	if (!obj_dict(s, num, &a, &z))
		return;
	z -= 2; /* before ">>" */
	size_t p0 = 0, p1 = 0, v0 = 0, v1 = 0, i0 = 0, i1 = 0;
	char key[40];
	if (e->newp) {
		snprintf(key, sizeof key, "/P %ld 0 R", sroot);
		const char *p = find(s->b, a, z, key);
		if (p != NULL) {
			p0 = (size_t)(p - s->b);
			p1 = p0 + strlen(key);
		}
	}
	bool k = e->kx != NULL && k_value(s, a, z, &v0, &v1, &i0, &i1);
	struct xent x = { num, base + o->len };
	g_array_append_val(xe, x);
	g_string_append_printf(o, "%ld 0 obj\n", num);
	size_t at = a;
	for (int pass = 0; pass < 2; pass++) {
		/* The two cuts in file order. */
		bool pfirst = p1 > 0 && (!k || p0 < v0);
		bool dop = pass == 0 ? pfirst : (p1 > 0 && !pfirst);
		bool dok = pass == 0 ? (k && !pfirst) : (k && pfirst);
		if (dop) {
			g_string_append_len(o, s->b + at, (gssize)(p0 - at));
			g_string_append_printf(o, "/P %ld 0 R", e->newp);
			at = p1;
		} else if (dok) {
			g_string_append_len(o, s->b + at, (gssize)(v0 - at));
			g_string_append(o, "[ ");
			if (!e->kreplace)
				g_string_append_len(o, s->b + i0,
				    (gssize)(i1 - i0));
			g_string_append(o, e->kx->str);
			g_string_append(o, " ]");
			at = v1;
		}
	}
	g_string_append_len(o, s->b + at, (gssize)(z - at));
	if (e->more)
		g_string_append(o, e->more->str);
	g_string_append(o, "\n>>\nendobj\n");
	if (e->link) {
		/* cairo writes the type first: "/S /" LINK_TAG. */
		char *t = strstr(o->str + x.off - base, "/S /" LINK_TAG);
		if (t != NULL) {
			gsize at2 = (gsize)(t - o->str) + 4;
			g_string_erase(o, (gssize)at2, strlen(LINK_TAG));
			g_string_insert(o, (gssize)at2, "Link");
		}
	}
}

/* The structure tree's parent tree: the last key of its /Nums and where
 * its closing bracket is. */
static bool parent_tree(const struct pdfsrc *s, long sroot, long *pt,
	long *last, size_t *close)
{
	size_t a, z;
	if (!obj_dict(s, sroot, &a, &z) ||
	    !dict_ref(s, a, z, "/ParentTree", pt) || !obj_dict(s, *pt, &a, &z))
		return false;
	const char *n = find(s->b, a, z, "/Nums [");
	if (n == NULL)
		return false;
	size_t i = (size_t)(n - s->b) + 7;
	*last = -1;
	for (;;) {
		long key, num, gen;
		if (!read_long(s->b, z, &i, &key))
			break;
		if (!read_long(s->b, z, &i, &num) ||
		    !read_long(s->b, z, &i, &gen))
			return false;
		while (i < z && s->b[i] == ' ')
			i++;
		if (i >= z || s->b[i] != 'R')
			return false;
		i++;
		*last = key;
	}
	while (i < z && (s->b[i] == ' ' || s->b[i] == '\n'))
		i++;
	if (i >= z || s->b[i] != ']')
		return false;
	*close = i;
	return true;
}

static void cells_free(struct cells *cx, int npages)
{
	if (cx->recs)
		g_array_free(cx->recs, TRUE);
	if (cx->mc)
		g_array_free(cx->mc, TRUE);
	for (int pg = 0; cx->parr && pg < npages; pg++)
		if (cx->parr[pg])
			g_array_free(cx->parr[pg], TRUE);
	g_free(cx->parr);
	g_free(cx->parr_obj);
}

/* An array object of references: their numbers. */
static bool ref_array(const struct pdfsrc *s, long num, GArray *out)
{
	size_t o;
	if (!obj_offset(s, num, &o))
		return false;
	const char *end = find(s->b, o, s->len, "endobj");
	const char *a = find(s->b, o, end ? (size_t)(end - s->b) : o, "[");
	if (end == NULL || a == NULL)
		return false;
	size_t i = (size_t)(a - s->b) + 1, z = (size_t)(end - s->b);
	for (;;) {
		long v, gen;
		if (!read_long(s->b, z, &i, &v))
			break;
		if (!read_long(s->b, z, &i, &gen) || gen != 0)
			return false;
		while (i < z && s->b[i] == ' ')
			i++;
		if (i >= z || s->b[i] != 'R')
			return false;
		i++;
		g_array_append_val(out, v);
	}
	while (i < z && (s->b[i] == ' ' || s->b[i] == '\n'))
		i++;
	return i < z && s->b[i] == ']';
}

/* Each page's array of the parent tree (MCID -> element), for the
 * cells content_edit finds. */
static bool page_arrays(const struct pdfsrc *s, const long *pages,
	int npages, long pt, struct cells *cx)
{
	size_t a, z;
	if (!obj_dict(s, pt, &a, &z))
		return false;
	const char *nm = find(s->b, a, z, "/Nums [");
	if (nm == NULL)
		return false;
	GHashTable *keys = g_hash_table_new(NULL, NULL);
	size_t i = (size_t)(nm - s->b) + 7;
	for (;;) {
		long key, num, gen;
		if (!read_long(s->b, z, &i, &key) ||
		    !read_long(s->b, z, &i, &num) ||
		    !read_long(s->b, z, &i, &gen))
			break;
		while (i < z && s->b[i] == ' ')
			i++;
		i++; /* R */
		g_hash_table_insert(keys, GSIZE_TO_POINTER((gsize)key + 1),
		    GSIZE_TO_POINTER((gsize)num));
	}
	bool ok = true;
	for (int pg = 0; pg < npages && ok; pg++) {
		cx->parr[pg] = g_array_new(FALSE, FALSE, sizeof(long));
		size_t pa, pz;
		const char *sp;
		long key, arr;
		if (!obj_dict(s, pages[pg], &pa, &pz) ||
		    (sp = find(s->b, pa, pz, "/StructParents ")) == NULL)
			continue;
		size_t k = (size_t)(sp - s->b) + 15;
		if (!read_long(s->b, pz, &k, &key))
			continue;
		arr = (long)GPOINTER_TO_SIZE(g_hash_table_lookup(keys,
		    GSIZE_TO_POINTER((gsize)key + 1)));
		if (arr == 0 || !ref_array(s, arr, cx->parr[pg]))
			ok = false;
		cx->parr_obj[pg] = arr;
	}
	g_hash_table_destroy(keys);
	return ok;
}

int pdf_annots_apply(GByteArray *pdf, const struct pannot *an, guint n,
	const double *page_h, int npages, const struct ptags *tg,
	const char **why)
{
	bool tagged = tg != NULL && tg->lang != NULL;
	*why = NULL;
	struct pdfsrc s = { (const char *)pdf->data, pdf->len, 0, 0, 0, 0, 0 };
	if (npages <= 0 || !parse_src(&s, why))
		return -1;
	long *pages = g_new(long, npages);
	if (!page_objects(&s, pages, npages, why)) {
		g_free(pages);
		return -1;
	}
	for (guint k = 0; k < n; k++)
		if (an[k].page < 1 || an[k].page > npages ||
		    (an[k].uri == NULL && (an[k].dest_page < 1 ||
		    an[k].dest_page > npages))) {
			*why = "link outside the document";
			g_free(pages);
			return -1;
		}
	long root = 0, sroot = 0, pt = 0, ptlast = -1;
	size_t ra, rz, k0 = 0, k1 = 0, ptclose = 0;
	GArray *figs = g_array_new(FALSE, FALSE, sizeof(long));
	GArray *ths = g_array_new(FALSE, FALSE, sizeof(long));
	GArray *kids = g_array_new(FALSE, FALSE, sizeof(long));
	GArray *all = g_array_new(FALSE, FALSE, sizeof(long));
	bool linktree = false; /* links get Link elements */
	struct cells cx = { NULL, NULL, NULL, NULL, 0 };
	if (tagged) {
		if (!dict_ref(&s, s.trailer, s.trailer_end, "/Root", &root) ||
		    !obj_dict(&s, root, &ra, &rz) ||
		    !dict_ref(&s, ra, rz, "/StructTreeRoot", &sroot) ||
		    find(s.b, ra, rz, "/Lang") != NULL ||
		    find(s.b, ra, rz, "/ViewerPreferences") != NULL)
			*why = "a catalog without a structure tree";
		else if (!root_kids(&s, sroot, kids, &k0, &k1))
			*why = "a structure tree root without children";
		else {
			struct_elems(&s, figs, ths, all);
			if (figs->len != tg->nalts)
				*why = "Figure elements and alt texts differ";
			else if (all->len != tg->nstruct)
				*why = "structure elements and tags differ";
			bool ptree = parent_tree(&s, sroot, &pt, &ptlast,
			    &ptclose);
			linktree = n > 0 && ptree;
			cx.recs = g_array_new(FALSE, FALSE,
			    sizeof(struct cellrec));
			cx.mc = g_array_new(FALSE, FALSE, sizeof(int));
			cx.parr = g_new0(GArray *, npages);
			cx.parr_obj = g_new0(long, npages);
			if (tg->ncells > 0 && (!ptree ||
			    !page_arrays(&s, pages, npages, pt, &cx)))
				*why = "table cells without a parent tree";
		}
		if (*why != NULL) {
			g_array_free(figs, TRUE);
			g_array_free(ths, TRUE);
			g_array_free(kids, TRUE);
			g_array_free(all, TRUE);
			cells_free(&cx, npages);
			g_free(pages);
			return -1;
		}
	}

	GString *o = g_string_new(NULL);
	size_t base = pdf->len;
	if (base == 0 || s.b[base - 1] != '\n')
		g_string_append_c(o, '\n');
	GArray *xe = g_array_new(FALSE, FALSE, sizeof(struct xent));
	long next = s.size;
	/* The page contents, edited and compressed here. */
	guint nord;
	struct objr *ord = objects_in_order(&s, &nord);
	GHashTable *contents = g_hash_table_new(NULL, NULL);
	for (int pg = 0; pg < npages; pg++) {
		size_t pa, pz;
		long c;
		if (obj_dict(&s, pages[pg], &pa, &pz) &&
		    dict_ref(&s, pa, pz, "/Contents", &c))
			g_hash_table_insert(contents, GSIZE_TO_POINTER((gsize)c),
			    GINT_TO_POINTER(pg + 1));
	}
	compress_streams(&s, ord, nord, contents, tagged ? &cx : NULL, o,
	    base, xe);
	g_hash_table_destroy(contents);
	if (tagged && cx.recs->len != tg->ncells) {
		*why = "table cells and their markers differ";
		g_string_free(o, TRUE);
		g_array_free(xe, TRUE);
		g_free(ord);
		g_array_free(figs, TRUE);
		g_array_free(ths, TRUE);
		g_array_free(kids, TRUE);
		g_array_free(all, TRUE);
		cells_free(&cx, npages);
		g_free(pages);
		return -1;
	}
	/* Annotations, page by page, each page's in drawing order; with a
	 * structure tree, each is the content of a Link element (numbered
	 * n after it) and names its parent tree key. */
	long *first = g_new(long, npages);
	int *count = g_new0(int, npages);
	guint *order = g_new(guint, n + 1); /* annotation number - s.size -> k */
	guint na = 0;
	for (int pg = 0; pg < npages; pg++) {
		first[pg] = next;
		for (guint k = 0; k < n; k++) {
			const struct pannot *a = &an[k];
			if (a->page != pg + 1)
				continue;
			double h = page_h[pg];
			struct xent x = { next, base + o->len };
			g_array_append_val(xe, x);
			order[na] = k;
			g_string_append_printf(o, "%ld 0 obj\n<< /Type /Annot "
			    "/Subtype /Link\n   /Rect [ ", next++);
			num(o, a->x);
			g_string_append_c(o, ' ');
			num(o, h - (a->y + a->h));
			g_string_append_c(o, ' ');
			num(o, a->x + a->w);
			g_string_append_c(o, ' ');
			num(o, h - a->y);
			g_string_append_printf(o, " ]\n   /Border [ 0 0 0 ] /F 4 "
			    "/P %ld 0 R\n", pages[pg]);
			if (linktree)
				g_string_append_printf(o, "   /StructParent %ld\n",
				    ptlast + 1 + (long)na);
			if (a->text != NULL) {
				g_string_append(o, "   /Contents ");
				pdf_text_string(o, a->text);
				g_string_append_c(o, '\n');
			}
			na++;
			if (a->uri) {
				g_string_append(o, "   /A << /S /URI /URI ");
				pdf_string(o, a->uri);
				g_string_append(o, " >>\n");
			} else {
				g_string_append_printf(o, "   /Dest [ %ld 0 R "
				    "/XYZ ", pages[a->dest_page - 1]);
				num(o, a->dest_x);
				g_string_append_c(o, ' ');
				num(o, page_h[a->dest_page - 1] - a->dest_y);
				g_string_append(o, " null ]\n");
			}
			g_string_append(o, ">>\nendobj\n");
			count[pg]++;
		}
	}
	/* New versions of the pages that hold links. */
	for (int pg = 0; pg < npages; pg++) {
		if (count[pg] == 0)
			continue;
		GString *more = g_string_new("   /Annots [");
		for (int k = 0; k < count[pg]; k++)
			g_string_append_printf(more, " %ld 0 R", first[pg] + k);
		g_string_append(more, " ]");
		if (linktree)
			g_string_append(more, "\n   /Tabs /S");
		rewrite(&s, o, base, xe, pages[pg], more->str);
		g_string_free(more, TRUE);
	}
	if (tagged) {
		GString *more = g_string_new("   /Lang ");
		pdf_string(more, tg->lang);
		g_string_append(more, "\n   /ViewerPreferences << "
		    "/DisplayDocTitle true >>");
		/* cairo 1.16 leaves it out of some documents that hold a
		 * structure tree (seen when the last page was set with
		 * cairo_pdf_surface_set_size). */
		if (find(s.b, ra, rz, "/MarkInfo") == NULL)
			g_string_append(more, "\n   /MarkInfo << /Marked true >>");
		rewrite(&s, o, base, xe, root, more->str);
		g_string_free(more, TRUE);
		/* One Document element under the root holds what cairo put
		 * there (the running headers, drawn outside every element,
		 * stay out of the tree); the root's children name it their
		 * parent. */
		long doc = next++;
		/* The Link element of annotation i: the element pdf.c drew
		 * its text in (a LINK_TAG), or a new one holding it alone. */
		long *lobj = g_new0(long, na + 1);
		for (guint i = 0; linktree && i < na; i++) {
			const struct pannot *a = &an[order[i]];
			if (a->link >= 1 && (guint)a->link <= all->len)
				lobj[i] = g_array_index(all, long, a->link - 1);
			else
				lobj[i] = next++;
		}
		/* The table cells' TD and TH elements: td0 + their index. */
		long td0 = next;
		guint nc = cx.recs->len;
		next += nc;
		GString **tdkx = g_new0(GString *, nc + 1);
		GHashTable *ed = g_hash_table_new_full(NULL, NULL, NULL,
		    sedit_free);
		for (guint k = 0; k < kids->len; k++)
			sedit_of(ed, g_array_index(kids, long, k))->newp = doc;
		for (guint k = 0; k < figs->len; k++) {
			struct sedit *e = sedit_of(ed, g_array_index(figs, long,
			    k));
			e->more = g_string_new("\n   /Alt ");
			pdf_text_string(e->more, tg->alts[k]);
		}
		for (guint k = 0; k < ths->len; k++) {
			struct sedit *e = sedit_of(ed, g_array_index(ths, long,
			    k));
			if (e->more == NULL)
				e->more = g_string_new(NULL);
			g_string_append(e->more,
			    "\n   /A << /O /Table /Scope /Column >>");
		}
		/* Each link: a Link element in the element its text is in
		 * (the Document for text in none), holding the annotation
		 * (PDF/UA 7.18.5). */
		GString *dockx = g_string_new(NULL);
		for (guint i = 0; linktree && i < na; i++) {
			const struct pannot *a = &an[order[i]];
			long pg = pages[a->page - 1];
			if (a->link >= 1 && (guint)a->link <= all->len) {
				/* Its text is there: the annotation joins it. */
				struct sedit *e = sedit_of(ed, lobj[i]);
				if (e->kx == NULL)
					e->kx = g_string_new(NULL);
				e->link = true;
				g_string_append_printf(e->kx, " << /Type /OBJR "
				    "/Obj %ld 0 R /Pg %ld 0 R >>",
				    s.size + (long)i, pg);
				continue;
			}
			long parent = a->elem >= 1 && (guint)a->elem <= all->len ?
			    g_array_index(all, long, a->elem - 1) : doc;
			GString *kx = dockx;
			if (a->cell >= 1 && (guint)a->cell <= nc) {
				parent = td0 + a->cell - 1;
				if (tdkx[a->cell - 1] == NULL)
					tdkx[a->cell - 1] = g_string_new(NULL);
				kx = tdkx[a->cell - 1];
			} else if (parent != doc) {
				struct sedit *e = sedit_of(ed, parent);
				if (e->kx == NULL)
					e->kx = g_string_new(NULL);
				kx = e->kx;
			}
			g_string_append_printf(kx, " %ld 0 R", lobj[i]);
			struct xent x = { lobj[i], base + o->len };
			g_array_append_val(xe, x);
			g_string_append_printf(o, "%ld 0 obj\n<< /Type "
			    "/StructElem\n   /S /Link\n   /P %ld 0 R\n   /Pg %ld "
			    "0 R\n   /K [ << /Type /OBJR /Obj %ld 0 R /Pg %ld 0 R "
			    ">> ]\n>>\nendobj\n", lobj[i], parent, pg,
			    s.size + (long)i, pg);
		}
		struct xent x = { doc, base + o->len };
		g_array_append_val(xe, x);
		g_string_append_printf(o, "%ld 0 obj\n<< /Type /StructElem\n"
		    "   /S /Document\n   /P %ld 0 R\n   /K [", doc, sroot);
		for (guint k = 0; k < kids->len; k++)
			g_string_append_printf(o, " %ld 0 R",
			    g_array_index(kids, long, k));
		g_string_append(o, dockx->str);
		g_string_append(o, " ]\n>>\nendobj\n");
		g_string_free(dockx, TRUE);
		char put[48], nk[48] = "";
		snprintf(put, sizeof put, "[ %ld 0 R ]", doc);
		if (linktree)
			snprintf(nk, sizeof nk, "\n   /ParentTreeNextKey %ld",
			    ptlast + 1 + (long)na);
		rewrite_cut(&s, o, base, xe, sroot, nk, k0, k1, put);
		if (linktree) {
			GString *add = g_string_new(NULL);
			for (guint i = 0; i < na; i++)
				g_string_append_printf(add, "   %ld %ld 0 R\n",
				    ptlast + 1 + (long)i, lobj[i]);
			rewrite_cut(&s, o, base, xe, pt, "", ptclose, ptclose,
			    add->str);
			g_string_free(add, TRUE);
		}
		/* The cells: each TR holds its cells' elements; each page's
		 * parent tree array names them at their MCIDs. */
		for (guint c = 0; c < nc; c++) {
			const struct cellrec *r = &g_array_index(cx.recs,
			    struct cellrec, c);
			struct sedit *e = sedit_of(ed, r->tr);
			if (e->kx == NULL)
				e->kx = g_string_new(NULL);
			e->kreplace = true;
			g_string_append_c(e->kx, ' ');
			app_num(e->kx, td0 + (long)c);
			g_string_append(e->kx, " 0 R");
			long pg = pages[r->page];
			struct xent tx = { td0 + (long)c, base + o->len };
			g_array_append_val(xe, tx);
			app_num(o, td0 + (long)c);
			g_string_append(o, r->th ? " 0 obj\n<< /Type "
			    "/StructElem\n   /S /TH\n   /P " : " 0 obj\n<< "
			    "/Type /StructElem\n   /S /TD\n   /P ");
			app_num(o, r->tr);
			g_string_append(o, " 0 R\n   /Pg ");
			app_num(o, pg);
			g_string_append(o, " 0 R\n   /K [");
			for (guint k = 0; k < r->nm; k++) {
				g_string_append_c(o, ' ');
				app_num(o, g_array_index(cx.mc, int,
				    r->m0 + k));
			}
			if (tdkx[c] != NULL)
				g_string_append(o, tdkx[c]->str);
			g_string_append(o, " ]\n");
			if (r->th)
				g_string_append(o, "   /A << /O /Table /Scope "
				    "/Column >>\n");
			g_string_append(o, ">>\nendobj\n");
		}
		for (int pg = 0; nc > 0 && pg < npages; pg++) {
			GArray *pa = cx.parr[pg];
			bool changed = false;
			for (guint k = 0; pa && k < pa->len; k++)
				changed |= g_array_index(pa, long, k) < 0;
			if (!changed)
				continue;
			struct xent px = { cx.parr_obj[pg], base + o->len };
			g_array_append_val(xe, px);
			g_string_append_printf(o, "%ld 0 obj\n[\n",
			    cx.parr_obj[pg]);
			for (guint k = 0; k < pa->len; k++) {
				long v = g_array_index(pa, long, k);
				g_string_append(o, "  ");
				app_num(o, v < 0 ? td0 + (-1 - v) : v);
				g_string_append(o, " 0 R\n");
			}
			g_string_append(o, "]\nendobj\n");
		}
		for (guint c = 0; c < nc; c++)
			if (tdkx[c] != NULL)
				g_string_free(tdkx[c], TRUE);
		g_free(tdkx);
		/* In object order, so that the bytes do not depend on the
		 * hash table. */
		for (guint k = 0; k < all->len; k++) {
			long e = g_array_index(all, long, k);
			struct sedit *se = g_hash_table_lookup(ed,
			    GSIZE_TO_POINTER((gsize)e));
			if (se != NULL)
				edit_elem(&s, o, base, xe, e, sroot, se);
		}
		g_hash_table_destroy(ed);
		g_free(lobj);
	}
	/* The file again: cairo's objects in their order, less those that
	 * have a new version, then the new versions and the new objects
	 * (their offsets in xe count from base, the end of cairo's file),
	 * one xref and cairo's trailer with the new /Size. */
	size_t *noff = g_new0(size_t, (gsize)next);
	GString *f = g_string_sized_new(s.len + o->len / 2);
	struct xent *xv = (struct xent *)(void *)xe->data;
	guint nx = xe->len;
	GHashTable *renewed = g_hash_table_new(NULL, NULL);
	for (guint i = 0; i < nx; i++)
		g_hash_table_add(renewed, GSIZE_TO_POINTER((gsize)xv[i].num));
	g_string_append_len(f, s.b, (gssize)(nord > 0 ? ord[0].off : s.xref));
	for (guint i = 0; i < nord; i++) {
		if (g_hash_table_contains(renewed,
		    GSIZE_TO_POINTER((gsize)ord[i].num)))
			continue;
		noff[ord[i].num] = f->len;
		g_string_append_len(f, s.b + ord[i].off,
		    (gssize)(ord[i + 1].off - ord[i].off));
	}
	g_hash_table_destroy(renewed);
	size_t body = f->len;
	for (guint i = 0; i < nx; i++)
		noff[xv[i].num] = body + (xv[i].off - base);
	g_string_append_len(f, o->str, (gssize)o->len);
	size_t xref = f->len;
	g_string_append_printf(f, "xref\n0 %ld\n0000000000 65535 f \n", next);
	for (long num = 1; num < next; num++) {
		if (noff[num] == 0) {
			g_string_append(f, "0000000000 00000 f \n");
			continue;
		}
		char e[32];
		snprintf(e, sizeof e, "%010zu 00000 n \n", noff[num]);
		g_string_append_len(f, e, 20);
	}
	/* The trailer: cairo's, with the new /Size. */
	const char *sz = find(s.b, s.trailer, s.trailer_end, "/Size");
	size_t k = (size_t)(sz - s.b) + 5;
	long old;
	read_long(s.b, s.trailer_end, &k, &old);
	g_string_append(f, "trailer\n");
	g_string_append_len(f, s.b + s.trailer, (gssize)(sz - s.b - s.trailer));
	g_string_append_printf(f, "/Size %ld", next);
	g_string_append_len(f, s.b + k, (gssize)(s.trailer_end - k));
	g_string_append_printf(f, "\nstartxref\n%zu\n%%%%EOF\n", xref);

	g_byte_array_set_size(pdf, 0);
	g_byte_array_append(pdf, (const guint8 *)f->str, (guint)f->len);
	g_string_free(f, TRUE);
	g_free(noff);
	g_free(ord);
	g_string_free(o, TRUE);
	g_array_free(xe, TRUE);
	g_array_free(figs, TRUE);
	g_array_free(ths, TRUE);
	g_array_free(kids, TRUE);
	g_array_free(all, TRUE);
	cells_free(&cx, npages);
	g_free(order);
	g_free(first);
	g_free(count);
	g_free(pages);
	return 0;
}
