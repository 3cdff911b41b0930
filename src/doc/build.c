/* doc_build(): the skeleton (templates/kerangka.yaml), the Markdown
 * chapters (cmark-gfm) and the directives become one document tree. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include "doc/build.h"
#include "doc/directive.h"
#include "doc/internal.h"
#include "util/arena.h"
#include "util/num.h"
#include "util/path.h"
#include "util/strmap.h"
#include "util/suggest.h"
#include "util/utf8.h"
#include "util/xalloc.h"

/* ---- skeleton ---- */

enum part_kind {
	PART_SAMPUL,
	PART_DEPAN,
	PART_DAFTAR_ISI,
	PART_DAFTAR_TABEL,
	PART_DAFTAR_GAMBAR,
	PART_BAB,
	PART_LAMPIRAN,
	PART_DAFTAR_LAMPIRAN,
};

/* Caption template: "{tahun}" etc. filled from the report. */
static const char *fill_vars(struct build_ctx *c, const char *s)
{
	if (s == NULL)
		return NULL;
	const struct report_meta *m = &c->report->meta;
	struct { const char *k, *v; } vars[] = {
		{"{tahun}", arena_printf(c->doc->arena, "%d", m->tahun)},
		{"{tahun-lalu}", arena_printf(c->doc->arena, "%d", m->tahun - 1)},
		{"{tahun-depan}", arena_printf(c->doc->arena, "%d", m->tahun + 1)},
		{"{instansi}", m->instansi},
		{"{pemerintah}", m->pemerintah},
		{"{renstra}", fmt_tahun(c, m->renstra_awal, m->renstra_akhir)},
	};
	const char *out = s;
	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *p;
		while ((p = strstr(out, vars[i].k)) != NULL)
			out = arena_printf(c->doc->arena, "%.*s%s%s", (int)(p - out),
				out, vars[i].v ? vars[i].v : "", p + strlen(vars[i].k));
	}
	return out;
}

const char *skeleton_caption(struct build_ctx *c, const char *key,
	const char **sumber)
{
	struct build_state *st = c->state;
	*sumber = NULL;
	struct ynode *k = ynode_get(st->skeleton, "keterangan");
	struct ynode *e = ynode_get(k, key);
	if (e == NULL)
		return NULL;
	const char *j = ynode_str(c->doc->arena, e, "judul", false, c->diags);
	*sumber = fill_vars(c, ynode_str(c->doc->arena, e, "sumber", false,
		c->diags));
	return fill_vars(c, j);
}

/* ---- ids ---- */

/* Ids in use, hashed: a chapter of 2,000 headings "## h" made unique_id
 * scan every id for every suffix tried (cubic, 20 s). next is the suffix
 * to try first when the id is asked for again as a base. */
struct id_slot {
	const char *id;
	int next;
	struct doc_node *node; /* what carries it, filled by resolve_xrefs */
};

static struct id_slot *id_slot(struct build_state *st, const char *id)
{
	size_t h = 2166136261u;
	for (const unsigned char *p = (const unsigned char *)id; *p; p++)
		h = (h ^ *p) * 16777619u;
	for (size_t i = h & (st->idcap - 1);; i = (i + 1) & (st->idcap - 1))
		if (st->idtab[i].id == NULL || !strcmp(st->idtab[i].id, id))
			return &st->idtab[i];
}

static void id_grow(struct build_ctx *c)
{
	struct build_state *st = c->state;
	if (st->idcap != 0 && st->ids.n * 2 < st->idcap)
		return;
	size_t cap = st->idcap ? st->idcap * 2 : 64;
	struct id_slot *old = st->idtab;
	size_t oldcap = st->idcap;
	st->idtab = arena_alloc(c->doc->arena, cap * sizeof *st->idtab);
	memset(st->idtab, 0, cap * sizeof *st->idtab);
	st->idcap = cap;
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].id != NULL)
			*id_slot(st, old[i].id) = old[i];
}

const char *unique_id(struct build_ctx *c, const char *base)
{
	struct build_state *st = c->state;
	char *slug = arena_alloc(c->doc->arena, strlen(base) + 1);
	size_t n = 0;
	bool dash = false;
	for (const unsigned char *p = (const unsigned char *)base; *p; p++) {
		if (isalnum(*p)) {
			if (dash && n > 0)
				slug[n++] = '-';
			slug[n++] = (char)tolower(*p);
			dash = false;
		} else
			dash = true;
		if (n > 60)
			break;
	}
	slug[n] = '\0';
	if (n == 0)
		slug = "bagian";
	id_grow(c);
	const char *id = slug;
	struct id_slot *s = id_slot(st, slug);
	if (s->id != NULL) {
		struct id_slot *base_slot = s;
		int k = s->next > 2 ? s->next : 2;
		for (;; k++) {
			id = arena_printf(c->doc->arena, "%s-%d", slug, k);
			s = id_slot(st, id);
			if (s->id == NULL)
				break;
		}
		base_slot->next = k + 1;
	}
	s->id = id;
	s->next = 0;
	ptrvec_push(c->doc->arena, &st->ids, (void *)id);
	return id;
}

/* ---- Markdown ---- */

static struct src_pos md_pos(struct build_ctx *c, cmark_node *n, int offset)
{
	struct build_state *st = c->state;
	int line = cmark_node_get_start_line(n);
	int col = cmark_node_get_start_column(n);
	cmark_node *p = n;
	while (line == 0 && (p = cmark_node_parent(p)) != NULL) {
		line = cmark_node_get_start_line(p);
		col = cmark_node_get_start_column(p);
	}
	return (struct src_pos){st->file, line, col + offset, NULL};
}

#define INLINES "emphasis, links and images"

/* One list of directive names: the registry's (values.c). */
static bool is_block_directive(const char *name)
{
	const struct directive_def *def = directive_find(name);
	return def != NULL && def->kind == DIREKTIF_BLOK;
}

/* Whether the text of n or of its descendants holds "}}" (walked with
 * cmark's iterator: n may be nested deep). */
static bool holds_close(cmark_node *n)
{
	cmark_iter *it = cmark_iter_new(n);
	bool found = false;
	cmark_event_type ev;
	while (!found && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		const char *lit = cmark_node_get_literal(cmark_iter_get_node(it));
		found = ev == CMARK_EVENT_ENTER && lit != NULL &&
			strstr(lit, "}}") != NULL;
	}
	cmark_iter_free(it);
	return found;
}

/* What Markdown made of marks inside a directive, and how to write the
 * mark itself. */
static const char *markup_name(cmark_node *n, const char **hint)
{
	cmark_node_type t = cmark_node_get_type(n);
	const char *type = cmark_node_get_type_string(n);
	*hint = "";
	if (t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG) {
		*hint = " (write \\* or \\_ for the mark itself)";
		return "Markdown emphasis";
	}
	if (t == CMARK_NODE_LINK) {
		/* An autolink shows its address (or its end: www.x for
		 * http://www.x); no backslash undoes it. */
		const char *u = cmark_node_get_url(n);
		cmark_node *c = cmark_node_first_child(n);
		const char *lit = c ? cmark_node_get_literal(c) : NULL;
		if (lit && strlen(u) >= strlen(lit) &&
				!strcmp(u + strlen(u) - strlen(lit), lit))
			return "a web address, which Markdown makes a link";
		*hint = " (write \\[ for the bracket itself)";
		return "a Markdown link";
	}
	if (t == CMARK_NODE_IMAGE) {
		*hint = " (write \\! for the mark itself)";
		return "a Markdown image";
	}
	if (t == CMARK_NODE_CODE) {
		*hint = " (write \\` for the backtick itself)";
		return "a Markdown code span";
	}
	if (t == CMARK_NODE_HTML_INLINE) {
		*hint = " (write \\< for the bracket itself)";
		return "HTML";
	}
	if (type && !strcmp(type, "strikethrough")) {
		*hint = " (write \\~ for the mark itself)";
		return "Markdown strikethrough";
	}
	return NULL;
}

/* A "{{" whose "}}" is in a later node of the same line: Markdown read
 * marks inside the directive (sasaran=*S1*) as emphasis, a link, code...
 * Says so at the markup, not "without }}". false when it is not that. */
static bool markup_in_directive(struct build_ctx *c, cmark_node *n,
	const char *open)
{
	cmark_node *m = NULL, *s;
	for (s = cmark_node_next(n); s; s = cmark_node_next(s)) {
		cmark_node_type t = cmark_node_get_type(s);
		if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK)
			return false; /* the directive really is cut */
		if (t == CMARK_NODE_TEXT) {
			const char *lit = cmark_node_get_literal(s);
			const char *o = strstr(lit, "{{"), *cl = strstr(lit, "}}");
			if (cl == NULL && o != NULL)
				return false;
			if (cl != NULL && (o == NULL || cl < o)) {
				if (m == NULL)
					return false;
				break;
			}
			continue;
		}
		if (m == NULL)
			m = s;
		if (holds_close(s))
			break;
	}
	const char *hint;
	const char *what = s && m ? markup_name(m, &hint) : NULL;
	if (what == NULL)
		return false;
	/* The option whose value the markup is in: the word being written
	 * where the text stops, up to its "=" (quotes may hold spaces). */
	const char *body = open + 2, *word = NULL, *eq = NULL;
	bool quoted = false;
	for (const char *p = body; *p; p++) {
		if (*p == '"')
			quoted = !quoted;
		if (!quoted && isspace((unsigned char)*p))
			word = eq = NULL;
		else if (word == NULL)
			word = p;
		else if (*p == '=' && eq == NULL && !quoted)
			eq = p;
	}
	/* Autolinks carry no position, a code span that of its text (after
	 * the backticks): say just after the text before them. */
	struct src_pos pos = md_pos(c, m, 0);
	cmark_node *prev = cmark_node_previous(m);
	if ((cmark_node_get_start_line(m) == 0 ||
			cmark_node_get_type(m) == CMARK_NODE_CODE) &&
			cmark_node_get_type(prev) == CMARK_NODE_TEXT)
		pos = md_pos(c, prev, (int)strlen(cmark_node_get_literal(prev)));
	int nlen = (int)strcspn(body, " \t");
	const char *name = nlen > 0 ? arena_printf(c->doc->arena, "{{%.*s}}",
		nlen, body) : "this directive";
	if (eq != NULL && word < body + nlen)
		eq = NULL; /* "{{x=*y*}}": no name, so no option either */
	if (eq != NULL)
		diag_add(c->diags, DIAG_ERROR, pos, "%s: the value of \"%.*s=\" "
			"holds %s; options are plain text%s", name,
			(int)(eq - word), word, what, hint);
	else
		diag_add(c->diags, DIAG_ERROR, pos, "%s holds %s; directives are "
			"plain text%s", name, what, hint);
	return true;
}

/* Splits a text literal at "{{...}}" into text and value nodes. */
static void convert_text(struct build_ctx *c, struct doc_node *parent,
	cmark_node *n, const char *s)
{
	const char *p = s;
	/* "x" at the end of the line above and "100 %" starting this one:
	 * one formula, broken by the line end. */
	cmark_node *br = cmark_node_previous(n);
	cmark_node *above = br ? cmark_node_previous(br) : NULL;
	bool after_times = br != NULL && above != NULL &&
		(cmark_node_get_type(br) == CMARK_NODE_SOFTBREAK ||
		 cmark_node_get_type(br) == CMARK_NODE_LINEBREAK) &&
		cmark_node_get_type(above) == CMARK_NODE_TEXT &&
		typed_ends_with_times(cmark_node_get_literal(above));
	for (;;) {
		const char *open = strstr(p, "{{");
		size_t seg = open ? (size_t)(open - p) : strlen(p);
		if (seg > 0)
			typed_figures_check(c, md_pos(c, n, (int)(p - s)), p, seg,
				p == s && after_times);
		if (open == NULL) {
			if (*p)
				doc_append(parent, doc_text(c->doc, p));
			return;
		}
		if (open > p)
			doc_append(parent, doc_text(c->doc, arena_strndup(c->doc->arena,
				p, (size_t)(open - p))));
		struct src_pos pos = md_pos(c, n, (int)(open - s));
		const char *close = strstr(open + 2, "}}");
		if (close == NULL) {
			if (!markup_in_directive(c, n, open))
				diag_add(c->diags, DIAG_ERROR, pos, "\"{{\" without "
					"\"}}\" on the same line");
			return;
		}
		struct directive d;
		char err[256];
		size_t at;
		if (directive_parse(c->doc->arena, open + 2,
				(size_t)(close - open - 2), &d, err, sizeof err,
				&at) < 0) {
			pos.column += 2 + (int)at;
			diag_add(c->diags, DIAG_ERROR, pos, "%s", err);
		} else {
			d.pos = pos;
			if (is_block_directive(d.name))
				diag_add(c->diags, DIAG_ERROR, pos, "{{%s}} must stand "
					"alone in its own paragraph", d.name);
			else {
				struct doc_node *v = inline_value(c, &d);
				if (v != NULL)
					doc_append(parent, v);
			}
		}
		p = close + 2;
	}
}

static int hex_digit(char ch)
{
	return ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ?
		ch - 'a' + 10 : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
}

/* The file path a relative URL names: %XX decoded (never to NUL). */
static const char *url_path(struct doc *d, const char *url)
{
	char *out = arena_strdup(d->arena, url), *o = out;
	for (const char *p = url; *p; p++) {
		int hi, lo;
		if (p[0] == '%' && (hi = hex_digit(p[1])) >= 0 &&
				(lo = hex_digit(p[2])) >= 0 && (hi | lo) != 0) {
			*o++ = (char)(hi * 16 + lo);
			p += 2;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
	return out;
}

/* url with spaces, controls, backslashes and non-ASCII bytes %-encoded,
 * as cmark leaves <foto kantor.png> as it is. */
static const char *url_encoded(struct doc *d, const char *url)
{
	char *out = arena_alloc(d->arena, 3 * strlen(url) + 1), *o = out;
	for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
		if (*p <= 0x20 || *p >= 0x7f || *p == '\\' || *p == '"') {
			sprintf(o, "%%%02X", *p);
			o += 3;
		} else {
			*o++ = (char)*p;
		}
	}
	*o = '\0';
	return out;
}

static void convert_inlines(struct build_ctx *c, struct doc_node *parent,
	cmark_node *first, int depth);

/* Nesting deeper than the documented limits (doc.h) is refused here, so
 * every later walk of the tree (html, pdf, export) recurses a bounded
 * number of levels: a chapter of 50,000 "> " or "*" overflowed the stack.
 * One error per too-deep subtree, at its first node; it is not converted. */
static bool nesting_ok(struct build_ctx *c, cmark_node *n, int depth,
	int max, const char *what)
{
	if (depth <= max)
		return true;
	diag_add(c->diags, DIAG_ERROR, md_pos(c, n, 0), "%s nested deeper "
		"than %d levels (the limit)", what, max);
	return false;
}

/* depth: how many emphasis, link, image or strikethrough nodes enclose n. */
static void convert_inline(struct build_ctx *c, struct doc_node *parent,
	cmark_node *n, int depth)
{
	struct doc *d = c->doc;
	struct doc_node *x = NULL;
	const char *type = cmark_node_get_type_string(n);
	/* (int): another library's enum, whose every value we need not
	 * name (-Wswitch-enum is for ours). */
	switch ((int)cmark_node_get_type(n)) {
	case CMARK_NODE_TEXT:
		convert_text(c, parent, n, cmark_node_get_literal(n));
		return;
	case CMARK_NODE_SOFTBREAK:
		x = doc_node_new(d, DOC_SOFTBREAK);
		break;
	case CMARK_NODE_LINEBREAK:
		x = doc_node_new(d, DOC_LINEBREAK);
		break;
	case CMARK_NODE_CODE:
		x = doc_node_new(d, DOC_CODE);
		x->as.literal = arena_strdup(d->arena,
			cmark_node_get_literal(n));
		break;
	case CMARK_NODE_HTML_INLINE:
		/* A comment is a note to the authors: it vanishes, as it does
		 * in a browser (cmark gives it as one node, closed). */
		if (!strncmp(cmark_node_get_literal(n), "<!--", 4))
			return;
		/* Shown as the text it is, never as markup. */
		x = doc_text(d, cmark_node_get_literal(n));
		break;
	case CMARK_NODE_EMPH:
		x = doc_node_new(d, DOC_EMPH);
		break;
	case CMARK_NODE_STRONG:
		x = doc_node_new(d, DOC_STRONG);
		break;
	case CMARK_NODE_LINK:
		x = doc_node_new(d, DOC_LINK);
		x->as.link.url = arena_strdup(d->arena, cmark_node_get_url(n));
		break;
	case CMARK_NODE_IMAGE: {
		if (!nesting_ok(c, n, depth + 1, DOC_MAX_INLINE_NESTING, INLINES))
			return;
		const char *url = cmark_node_get_url(n);
		x = doc_node_new(d, DOC_IMAGE);
		x->pos = md_pos(c, n, 0);
		/* cmark gives a URL ("foto%20kantor.png" for <foto kantor.png>):
		 * the file is its decoded path; the page's src stays the URL,
		 * relative, with the extension the published file gets. */
		const char *file = url_path(d, url);
		const struct doc_image *img = image_load(c, file, x->pos);
		if (img == NULL)
			return;
		x->as.image.img = img;
		/* name is file, or file + the format's extension. */
		x->as.image.url = arena_printf(d->arena, "%s%s",
			url_encoded(d, url), img->name + strlen(file));
		struct doc_node tmp = {0};
		convert_inlines(c, &tmp, cmark_node_first_child(n), depth + 1);
		x->as.image.alt = doc_plain_text(d, &tmp);
		doc_append(parent, x);
		return;
	}
	default:
		/* Struck text is kept struck in every output: as plain
		 * text, "pagu ~~100~~ 120" read as two valid figures. */
		if (type && !strcmp(type, "strikethrough")) {
			x = doc_node_new(d, DOC_STRIKE);
			break;
		}
		x = doc_text(d, "");
		break;
	}
	if ((x->type == DOC_EMPH || x->type == DOC_STRONG ||
			x->type == DOC_LINK || x->type == DOC_STRIKE) &&
			!nesting_ok(c, n, depth + 1,
			DOC_MAX_INLINE_NESTING, INLINES))
		return;
	x->pos = md_pos(c, n, 0);
	doc_append(parent, x);
	if (x->type == DOC_EMPH || x->type == DOC_STRONG ||
			x->type == DOC_LINK || x->type == DOC_STRIKE)
		convert_inlines(c, x, cmark_node_first_child(n), depth + 1);
}

static void convert_inlines(struct build_ctx *c, struct doc_node *parent,
	cmark_node *first, int depth)
{
	for (cmark_node *n = first; n != NULL; n = cmark_node_next(n))
		convert_inline(c, parent, n, depth);
}

static void convert_blocks(struct build_ctx *c, struct doc_node *parent,
	cmark_node *first, int depth);

/* A paragraph that is exactly one "{{...}}": a block directive. */
static bool try_block_directive(struct build_ctx *c, struct doc_node *parent,
	cmark_node *para)
{
	cmark_node *t = cmark_node_first_child(para);
	if (t == NULL || cmark_node_next(t) != NULL ||
			cmark_node_get_type(t) != CMARK_NODE_TEXT)
		return false;
	const char *s = cmark_node_get_literal(t);
	size_t n = strlen(s);
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	if (n < 4 || strncmp(s, "{{", 2) != 0 || strncmp(s + n - 2, "}}", 2) != 0)
		return false;
	if (strstr(s + 2, "{{") != NULL && strstr(s + 2, "{{") < s + n - 2)
		return false;
	struct directive d;
	char err[256];
	size_t at;
	struct src_pos pos = md_pos(c, t, 0);
	if (directive_parse(c->doc->arena, s + 2, n - 4, &d, err, sizeof err,
			&at) < 0)
		return false; /* reported by the inline path */
	if (!is_block_directive(d.name))
		return false;
	d.pos = pos;
	struct doc_node *b = block_directive(c, &d);
	if (b != NULL)
		doc_append(parent, b);
	return true;
}

static void convert_table(struct build_ctx *c, struct doc_node *parent,
	cmark_node *n)
{
	struct doc *d = c->doc;
	uint8_t *align = cmark_gfm_extensions_get_table_alignments(n);
	uint16_t ncol = cmark_gfm_extensions_get_table_columns(n);
	/* As for a CSV table: the PDF's column panels cost panels x cells
	 * (20,000 columns: half a minute). */
	if (ncol > DOC_MAX_TABLE_COLUMNS) {
		diag_add(c->diags, DIAG_ERROR, md_pos(c, n, 0), "the table has "
			"%u columns: the limit is %d", (unsigned)ncol,
			DOC_MAX_TABLE_COLUMNS);
		return;
	}
	struct doc_node *t = doc_node_new(d, DOC_TABLE);
	t->pos = md_pos(c, n, 0);
	t->as.fl = arena_alloc(d->arena, sizeof *t->as.fl);
	for (cmark_node *row = cmark_node_first_child(n); row;
			row = cmark_node_next(row)) {
		struct doc_node *rw = doc_node_new(d, DOC_ROW);
		rw->as.row.header =
			cmark_gfm_extensions_get_table_row_is_header(row);
		if (rw->as.row.header)
			t->as.fl->header_rows++;
		int col = 0;
		for (cmark_node *cell = cmark_node_first_child(row); cell;
				cell = cmark_node_next(cell), col++) {
			struct doc_node *cl = doc_node_new(d, DOC_CELL);
			struct doc_cell *cp = &cl->as.cell;
			cp->header = rw->as.row.header;
			if (align && col < ncol)
				cp->align = align[col] == 'l' ? ALIGN_LEFT :
					align[col] == 'c' ? ALIGN_CENTER :
					align[col] == 'r' ? ALIGN_RIGHT : ALIGN_DEFAULT;
			convert_inlines(c, cl, cmark_node_first_child(cell), 0);
			cp->numeric = cp->align == ALIGN_RIGHT;
			doc_append(rw, cl);
		}
		doc_append(t, rw);
	}
	/* A Markdown table gets a number and an id like any other; it has no
	 * caption text (there is no directive to give one). */
	number_float(c, t, NULL);
	doc_append(parent, t);
}

/* A fence ("```") never closed runs to the end of its container in
 * CommonMark, so the chapter's text after it, directives too, became
 * code without a word. Its content then fills every line of the block,
 * where a closed one leaves the closing fence's line out. */
static bool fence_unclosed(cmark_node *n)
{
	int flen, foff;
	char fch;
	if (!cmark_node_get_fenced(n, &flen, &foff, &fch))
		return false;
	const char *lit = cmark_node_get_literal(n);
	int lines = 0;
	for (const char *p = lit ? lit : ""; *p; p++)
		lines += *p == '\n';
	return lines >= cmark_node_get_end_line(n) -
		cmark_node_get_start_line(n);
}

/* An HTML block without its comments (notes to the authors, which vanish
 * from every output as they do in a browser), or NULL when nothing but
 * space is left. An unclosed "<!--" runs to the end of its container in
 * CommonMark and would silently swallow the text after it: an error. */
static const char *strip_comments(struct build_ctx *c, cmark_node *n)
{
	const char *s = cmark_node_get_literal(n);
	char *out = arena_alloc(c->doc->arena, strlen(s) + 1);
	size_t len = 0;
	bool blank = true;
	for (const char *p = s; *p;) {
		if (strncmp(p, "<!--", 4) != 0) {
			blank = blank && isspace((unsigned char)*p);
			out[len++] = *p++;
			continue;
		}
		/* From p + 2: "<!-->" and "<!--->" are empty comments (HTML). */
		const char *end = strstr(p + 2, "-->");
		if (end == NULL) {
			/* Place of the "<!--": every line of the literal starts
			 * at the block's column (inside the same containers). */
			struct src_pos pos = md_pos(c, n, 0);
			const char *line = s;
			for (const char *q = s; q < p; q++)
				if (*q == '\n') {
					pos.line++;
					line = q + 1;
				}
			pos.column += (int)(p - line);
			diag_add(c->diags, DIAG_ERROR, pos, "HTML comment \"<!--\" "
				"without \"-->\": the text after it would vanish");
			return NULL;
		}
		p = end + 3;
	}
	out[len] = '\0';
	return blank ? NULL : out;
}

/* The section number a title was typed with: "A. " for ##, "1. " for
 * ### (its length, spaces included), or 0. */
static size_t typed_number(const char *s, int level)
{
	size_t n = 0;
	if (level == 2 && s[0] >= 'A' && s[0] <= 'Z')
		n = 1;
	else if (level == 3)
		while (s[n] >= '0' && s[n] <= '9' && n < 4)
			n++;
	if (n == 0 || s[n] != '.' || s[n + 1] != ' ')
		return 0;
	n += 2;
	while (s[n] == ' ')
		n++;
	return n;
}

/* Sections of a BAB are lettered from the kerangka (A., B., ... for ##,
 * 1., 2., ... for ### under each): a title typed without its number gets
 * it; one typed with another number is a warning and gets the kerangka's,
 * so a section moved or added never leaves a gap or a repeat. */
static void number_section(struct build_ctx *c, struct doc_node *h)
{
	int lv = h->as.heading.level;
	if (!c->nomor_subbab || lv > 3)
		return;
	char want[16];
	if (lv == 2) {
		c->subsubbab = 0;
		if (++c->subbab > 26)
			return;
		snprintf(want, sizeof want, "%c. ", 'A' + c->subbab - 1);
	} else {
		snprintf(want, sizeof want, "%d. ", ++c->subsubbab);
	}
	struct doc_node *t = h->first;
	size_t n = t && t->type == DOC_TEXT && t->as.literal ?
		typed_number(t->as.literal, lv) : 0;
	if (n > 0) {
		size_t k = strlen(want) - 1;
		if (strncmp(t->as.literal, want, k) == 0 && t->as.literal[k] ==
				' ')
			return;
		diag_add(c->diags, DIAG_WARNING, h->pos, "section typed \"%.*s\" "
			"is \"%.*s\" in its chapter's order; it is printed so",
			(int)(n - 1), t->as.literal, (int)k, want);
		t->as.literal = arena_printf(c->doc->arena, "%s%s", want,
			t->as.literal + n);
		return;
	}
	if (t && t->type == DOC_TEXT && t->as.literal && t->fig == NULL) {
		t->as.literal = arena_printf(c->doc->arena, "%s%s", want,
			t->as.literal);
		return;
	}
	struct doc_node *p = doc_text(c->doc, want);
	p->parent = h;
	p->next = h->first;
	if (h->first)
		h->first->prev = p;
	else
		h->last = p;
	h->first = p;
}

/* The letter of a line starting "a. " or "a) " (the mark and the spaces
 * after it are *len bytes), or 0. */
static char letter_mark(const struct doc_node *first, char *tanda, size_t *len)
{
	if (first == NULL || first->type != DOC_TEXT || first->as.literal == NULL)
		return 0;
	const char *s = first->as.literal;
	if (s[0] < 'a' || s[0] > 'z' || (s[1] != '.' && s[1] != ')') ||
			s[2] != ' ')
		return 0;
	size_t n = 2;
	while (s[n] == ' ')
		n++;
	if (s[n] == '\0' && first->next == NULL)
		return 0; /* "a. " alone on a line */
	*tanda = s[1];
	*len = n;
	return s[0];
}

/* Lettered lists, which cmark-gfm does not parse (CommonMark has only
 * numbers): a paragraph whose lines start "a. ", "b. ", ... (or "a) ",
 * "b) ", ...) becomes an ordered list of letters; a line without the next
 * letter continues the item above. A paragraph starting with the letter
 * after a lettered list just before it (items parted by blank lines)
 * joins that list, which becomes loose. Returns false (p untouched) when
 * p is not such a list. */
static bool lettered_list(struct build_ctx *c, struct doc_node *parent,
	struct doc_node *p)
{
	char tanda = 0;
	size_t len;
	char first = letter_mark(p->first, &tanda, &len);
	struct doc_node *l = parent->last;
	int nitem = 0;
	if (l != NULL && l->type == DOC_LIST)
		for (const struct doc_node *k = l->first; k; k = k->next)
			nitem++;
	bool join = first != 0 && l != NULL && l->type == DOC_LIST &&
		l->as.list.tanda == tanda && first == 'a' + nitem;
	if (first != 'a' && !join)
		return false;
	if (join) {
		l->as.list.tight = false;
	} else {
		l = doc_node_new(c->doc, DOC_LIST);
		l->pos = p->pos;
		l->as.list.ordered = true;
		l->as.list.start = 1;
		l->as.list.tight = true;
		l->as.list.tanda = tanda;
		doc_append(parent, l);
	}
	char next = first;
	struct doc_node *para = NULL;
	int line = 0;
	bool bol = true;
	for (struct doc_node *k = p->first, *nx; k != NULL; k = nx) {
		nx = k->next;
		char t2 = 0;
		if (bol && letter_mark(k, &t2, &len) == next && t2 == tanda) {
			struct doc_node *it = doc_node_new(c->doc, DOC_ITEM);
			it->pos = p->pos;
			it->pos.line += line;
			doc_append(l, it);
			para = doc_node_new(c->doc, DOC_PARAGRAPH);
			para->pos = it->pos;
			doc_append(it, para);
			next++;
			k->as.literal += len;
			bol = false;
			if (*k->as.literal == '\0')
				continue;
		} else if (bol && para->last != NULL) {
			doc_append(para, doc_node_new(c->doc, DOC_SOFTBREAK));
		}
		bol = false;
		if (k->type == DOC_SOFTBREAK || k->type == DOC_LINEBREAK) {
			bol = true;
			line++;
			continue;
		}
		doc_append(para, k);
	}
	return true;
}

/* depth: how many lists and block quotes enclose n. */
static void convert_block(struct build_ctx *c, struct doc_node *parent,
	cmark_node *n, int depth)
{
	struct doc *d = c->doc;
	struct doc_node *x = NULL;
	const char *type = cmark_node_get_type_string(n);
	/* (int): another library's enum, whose every value we need not
	 * name (-Wswitch-enum is for ours). */
	switch ((int)cmark_node_get_type(n)) {
	case CMARK_NODE_PARAGRAPH:
		if (try_block_directive(c, parent, n))
			return;
		x = doc_node_new(d, DOC_PARAGRAPH);
		x->pos = md_pos(c, n, 0);
		c->in_paragraph = true;
		c->catatan = NULL;
		convert_inlines(c, x, cmark_node_first_child(n), 0);
		c->in_paragraph = false;
		if (!lettered_list(c, parent, x))
			doc_append(parent, x);
		if (c->catatan != NULL) {
			/* What the marks of its figures mean ("*) realisasi
			 * diketik ..."), right after it, as a table has it
			 * after its source line. */
			struct doc_node *p = doc_node_new(d, DOC_PARAGRAPH);
			struct doc_node *e = doc_node_new(d, DOC_EMPH);
			p->pos = e->pos = x->pos;
			doc_append(e, doc_text(d, c->catatan));
			doc_append(p, e);
			doc_append(parent, p);
			c->catatan = NULL;
		}
		return;
	case CMARK_NODE_HEADING: {
		x = doc_node_new(d, DOC_HEADING);
		x->pos = md_pos(c, n, 0);
		int lv = cmark_node_get_heading_level(n);
		x->as.heading.level = lv < 2 ? 2 : lv > 4 ? 4 : lv;
		convert_inlines(c, x, cmark_node_first_child(n), 0);
		number_section(c, x);
		x->as.heading.title = doc_plain_text(d, x);
		x->id = unique_id(c, x->as.heading.title);
		x->as.heading.in_toc = x->as.heading.level <= 3;
		doc_append(parent, x);
		return;
	}
	case CMARK_NODE_LIST:
		x = doc_node_new(d, DOC_LIST);
		x->as.list.ordered =
			cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
		x->as.list.start = cmark_node_get_list_start(n);
		x->as.list.tight = cmark_node_get_list_tight(n);
		break;
	case CMARK_NODE_ITEM:
		x = doc_node_new(d, DOC_ITEM);
		break;
	case CMARK_NODE_BLOCK_QUOTE:
		x = doc_node_new(d, DOC_BLOCKQUOTE);
		break;
	case CMARK_NODE_CODE_BLOCK:
		if (fence_unclosed(n)) {
			int flen = 0, foff = 0;
			char fch = '`';
			cmark_node_get_fenced(n, &flen, &foff, &fch);
			diag_add(c->diags, DIAG_ERROR, md_pos(c, n, 0), "code "
				"fence \"%.*s\" without its closing fence: the "
				"text after it would be shown as code", flen > 10 ?
				10 : flen, fch == '~' ? "~~~~~~~~~~" : "``````````");
			return;
		}
		x = doc_node_new(d, DOC_CODEBLOCK);
		x->as.literal = arena_strdup(d->arena,
			cmark_node_get_literal(n));
		x->pos = md_pos(c, n, 0);
		doc_append(parent, x);
		return;
	case CMARK_NODE_HTML_BLOCK: {
		const char *html = strip_comments(c, n);
		if (html == NULL)
			return;
		x = doc_node_new(d, DOC_CODEBLOCK); /* text, never markup */
		x->as.literal = html;
		x->pos = md_pos(c, n, 0);
		doc_append(parent, x);
		return;
	}
	case CMARK_NODE_THEMATIC_BREAK:
		x = doc_node_new(d, DOC_RULE);
		doc_append(parent, x);
		return;
	default:
		if (type && !strcmp(type, "table")) {
			convert_table(c, parent, n);
			return;
		}
		return;
	}
	/* An item is its list's level, not one of its own. */
	if (x->type != DOC_ITEM && !nesting_ok(c, n, ++depth,
			DOC_MAX_BLOCK_NESTING, "lists and block quotes"))
		return;
	x->pos = md_pos(c, n, 0);
	doc_append(parent, x);
	convert_blocks(c, x, cmark_node_first_child(n), depth);
}

static void convert_blocks(struct build_ctx *c, struct doc_node *parent,
	cmark_node *first, int depth)
{
	for (cmark_node *n = first; n != NULL; n = cmark_node_next(n))
		convert_block(c, parent, n, depth);
}

static void parse_markdown(struct build_ctx *c, struct doc_node *chapter,
	const char *path, const char *text, size_t len)
{
	/* Pango and Cairo refuse invalid UTF-8 when the PDF is drawn: refuse
	 * it here, where check sees it too. */
	struct utf8_error ue;
	if (!utf8_valid(text, len, &ue)) {
		diag_add(c->diags, DIAG_ERROR, (struct src_pos){path, ue.line,
			ue.column, NULL}, "the chapter is not valid UTF-8: %s "
			"(bytes %s); save it as UTF-8", ue.why, ue.bytes);
		return;
	}
	/* cmark-gfm's table extension appends each cell to a list walked
	 * from its head: a line of 70,000 "|" took 30 s before any table
	 * exists to refuse. Such a line is refused before parsing. A NUL
	 * (cmark would show U+FFFD) means the file is not text, as in a
	 * CSV file: often UTF-16 without a BOM. */
	int line = 1, pipes = 0;
	const char *bol = text;
	for (size_t i = 0; i < len; i++) {
		if (text[i] == '\n') {
			line++, pipes = 0, bol = text + i + 1;
		} else if (text[i] == '\0') {
			int col = 1;
			for (const char *q = bol; q < text + i; q++)
				col += ((unsigned char)*q & 0xC0) != 0x80;
			diag_add(c->diags, DIAG_ERROR, (struct src_pos){path, line,
				col, NULL}, "a NUL byte: the chapter is not text (a "
				"file saved as UTF-16?); save it as UTF-8");
			return;
		} else if (text[i] == '|' && (i == 0 || text[i - 1] != '\\') &&
				++pipes > DOC_MAX_TABLE_COLUMNS + 1) {
			diag_add(c->diags, DIAG_ERROR, (struct src_pos){path, line,
				1, NULL}, "a line with more than %d \"|\": a table "
				"of more than %d columns (the limit)",
				DOC_MAX_TABLE_COLUMNS + 1, DOC_MAX_TABLE_COLUMNS);
			return;
		}
	}
	cmark_gfm_core_extensions_ensure_registered();
	/* cmark's own allocator prints and aborts: ours is the one policy
	 * (util/xalloc.h). */
	static cmark_mem mem = { xcalloc, xrealloc, free };
	cmark_parser *p = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, &mem);
	static const char *const ext[] = {"table", "autolink", "strikethrough"};
	for (size_t i = 0; i < 3; i++) {
		cmark_syntax_extension *e = cmark_find_syntax_extension(ext[i]);
		if (e)
			cmark_parser_attach_syntax_extension(p, e);
	}
	cmark_parser_feed(p, text, len);
	cmark_node *root = cmark_parser_finish(p);
	cmark_consolidate_text_nodes(root);
	c->state->file = path;
	convert_blocks(c, chapter, cmark_node_first_child(root), 0);
	cmark_node_free(root);
	cmark_parser_free(p);
}

/* ---- the parts ---- */

/* Cover and signature lines are set in capitals (ASCII names). */
static const char *upper(struct doc *d, const char *s)
{
	if (s == NULL)
		return NULL;
	char *u = arena_strdup(d->arena, s);
	for (char *p = u; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	return u;
}

static struct doc_node *make_cover(struct build_ctx *c)
{
	struct doc *d = c->doc;
	const struct report_meta *m = &c->report->meta;
	struct doc_node *n = doc_node_new(d, DOC_COVER);
	struct doc_cover *cv = arena_alloc(d->arena, sizeof *cv);
	cv->judul = upper(d, m->judul);
	/* singkatan: "" says the report has none: no "()". */
	cv->singkatan = m->singkatan_laporan[strspn(m->singkatan_laporan,
		" ")] ? arena_printf(d->arena, "(%s)", m->singkatan_laporan) :
		NULL;
	cv->tahun = arena_printf(d->arena, "TAHUN %d", m->tahun);
	cv->instansi = upper(d, m->instansi);
	cv->pemerintah = upper(d, m->pemerintah);
	if (m->tahun_terbit > 0)
		cv->tahun_terbit = arena_printf(d->arena, "%d", m->tahun_terbit);
	cv->pita = m->sampul_templat == SAMPUL_PITA;
	cv->alamat = m->alamat;
	if (m->telepon)
		cv->telepon = arena_printf(d->arena, "Telepon %s", m->telepon);
	if (m->email)
		cv->email = arena_printf(d->arena, "Email %s", m->email);
	if (m->laman)
		cv->laman = arena_printf(d->arena, "Laman %s", m->laman);
	if (m->logo) {
		cv->logo_img = image_load(c, m->logo, m->pos_logo);
		if (cv->logo_img != NULL)
			cv->logo = arena_printf(d->arena, "%s/%s", c->report->dir,
				m->logo);
	}
	n->as.cover = cv;
	n->id = unique_id(c, "sampul");
	return n;
}

struct doc_node *make_signature(struct build_ctx *c)
{
	struct doc *d = c->doc;
	const struct report_meta *m = &c->report->meta;
	struct doc_node *n = doc_node_new(d, DOC_SIGNATURE);
	struct doc_signature *s = arena_alloc(d->arena, sizeof *s);
	if (m->ditetapkan) {
		s->ditetapkan = arena_printf(d->arena, "Ditetapkan di %s",
			m->tempat ? m->tempat : "");
		s->tempat_tanggal = arena_printf(d->arena, "Pada tanggal %s",
			fmt_tanggal(c, m->tanggal));
	} else {
		s->tempat_tanggal = arena_printf(d->arena, "%s, %s",
			m->tempat ? m->tempat : "", fmt_tanggal(c, m->tanggal));
	}
	s->jabatan = upper(d, m->kepala_jabatan);
	if (m->kepala_status != NULL) /* "Plt. KEPALA DINAS ..." */
		s->jabatan = arena_printf(d->arena, "%s %s", m->kepala_status,
			s->jabatan);
	s->nama = m->kepala_nama;
	if (m->kepala_pangkat && m->kepala_golongan)
		s->pangkat = arena_printf(d->arena, "%s (%s)", m->kepala_pangkat,
			m->kepala_golongan);
	else
		s->pangkat = m->kepala_pangkat ? m->kepala_pangkat :
			m->kepala_golongan;
	if (m->kepala_nip)
		s->nip = arena_printf(d->arena, "NIP. %s", fmt_nip(c, m->kepala_nip));
	n->as.sig = s;
	return n;
}

/* *from: where laporan.yaml's bab: names the file, or NULL for the
 * skeleton's own berkas. */
static const char *part_file(struct build_ctx *c, const char *id,
	const char *def, const struct src_pos **from)
{
	const struct report_meta *m = &c->report->meta;
	*from = NULL;
	for (size_t i = 0; i < m->nbab_file; i++)
		if (id && !strcmp(m->bab_bagian[i], id)) {
			*from = &m->bab_pos[i];
			return m->bab_file[i];
		}
	return def;
}

/* Every part id under laporan.yaml's bab: must name a part of the
 * skeleton that takes a file: a typo would silently leave the default
 * chapter in place. */
static void check_bab_ids(struct build_ctx *c, const char *const *ids,
	size_t nids)
{
	const struct report_meta *m = &c->report->meta;
	for (size_t i = 0; i < m->nbab_file; i++) {
		bool found = false;
		for (size_t j = 0; j < nids && !found; j++)
			found = !strcmp(ids[j], m->bab_bagian[i]);
		if (found)
			continue;
		const char *near = suggest_nearest(m->bab_bagian[i], ids, nids);
		const char *hint = near ? arena_printf(c->doc->arena,
			"did you mean \"%s\"?", near) : "its ids:";
		for (size_t j = 0; j < nids && j < 20 && !near; j++)
			hint = arena_printf(c->doc->arena, "%s %s%s", hint, ids[j],
				j + 1 == nids ? "" : j == 19 ? " ..." : ",");
		diag_add(c->diags, DIAG_ERROR, m->bab_pos[i], "bab: the skeleton "
			"has no part with the id \"%s\" (%s)", m->bab_bagian[i], hint);
	}
}

static bool load_skeleton(struct build_ctx *c)
{
	const struct report *r = c->report;
	const char *path = r->meta.kerangka ?
		arena_printf(c->doc->arena, "%s/%s", r->dir, r->meta.kerangka) :
		arena_printf(c->doc->arena, "%s/templates/kerangka.yaml",
			lkjip_data_dir());
	c->state->skeleton = yaml_load(c->doc->arena, r->meta.kerangka ?
		r->dir : NULL, path, c->diags);
	if (c->state->skeleton == NULL)
		return false;
	static const char *const top[] = {"bagian", "keterangan", NULL};
	if (!ynode_check_keys(c->state->skeleton, top, c->diags))
		return false;
	struct ynode *b = ynode_get(c->state->skeleton, "bagian");
	if (b == NULL || b->type != YNODE_SEQ) {
		diag_add(c->diags, DIAG_ERROR, c->state->skeleton->pos,
			"the skeleton needs a \"bagian\" list");
		return false;
	}
	return true;
}

/* A chapter file under bab/ that no part names is published nowhere: a
 * file renamed or added without its skeleton entry vanished silently. */
static void check_unused_chapters(struct build_ctx *c, struct strmap *used)
{
	const char *dir = arena_printf(c->doc->arena, "%s/bab", c->report->dir);
	DIR *dp = opendir(dir);
	if (dp == NULL)
		return;
	struct dirent *e;
	while ((e = readdir(dp)) != NULL) {
		size_t n = strlen(e->d_name);
		if (n <= 3 || e->d_name[0] == '.' ||
				strcmp(e->d_name + n - 3, ".md") != 0)
			continue;
		if (strmap_get(used, arena_printf(c->doc->arena, "bab/%s",
				e->d_name)) != NULL)
			continue;
		diag_add(c->diags, DIAG_WARNING, (struct src_pos){
			arena_printf(c->doc->arena, "%s/%s", dir, e->d_name), 0, 0,
			NULL}, "no part of the skeleton names this file: it is "
			"not published (name it under bab: in laporan.yaml or "
			"in the report's kerangka, or move it out of bab/)");
	}
	closedir(dp);
}

static void build_parts(struct build_ctx *c)
{
	struct doc *d = c->doc;
	struct ynode *parts = ynode_get(c->state->skeleton, "bagian");
	static const char *const kinds[] = {"sampul", "bab-depan", "daftar-isi",
		"daftar-tabel", "daftar-gambar", "bab", "lampiran",
		"daftar-lampiran", NULL};
	static const char *const keys[] = {"jenis", "id", "judul", "berkas",
		"wajib", "tanda_tangan", "nomor_subbab", NULL};
	int nbab = 0, nlampiran = 0;
	/* The chapter the annexes of laporan.yaml go into: the first
	 * lampiran part. */
	struct doc_node *annex_chapter = NULL;
	size_t nannex = c->report->meta.nlampiran;
	size_t errors = diag_errors(c->diags);
	struct strmap *used = strmap_new(d->arena);
	/* The ids of the parts that take a file, for laporan.yaml's bab:. */
	const char **ids = arena_alloc(d->arena, (parts->n ? parts->n : 1) *
		sizeof *ids);
	size_t nids = 0;
	for (size_t i = 0; i < parts->n; i++) {
		struct ynode *p = parts->items[i];
		if (!ynode_check_keys(p, keys, c->diags))
			continue;
		const char *jenis = ynode_str(d->arena, p, "jenis", true, c->diags);
		int kind = -1;
		for (int k = 0; jenis && kinds[k]; k++)
			if (!strcmp(jenis, kinds[k]))
				kind = k;
		if (kind < 0) {
			if (jenis)
				diag_add(c->diags, DIAG_ERROR, p->pos, "unknown jenis "
					"\"%s\"", jenis);
			continue;
		}
		const char *id = ynode_str(d->arena, p, "id", false, c->diags);
		const char *judul = ynode_str(d->arena, p, "judul", false, c->diags);
		const char *berkas = ynode_str(d->arena, p, "berkas", false,
			c->diags);
		bool wajib = true, ttd = false;
		ynode_bool(p, "wajib", &wajib, c->diags);
		ynode_bool(p, "tanda_tangan", &ttd, c->diags);
		/* Sections are lettered in a BAB unless the kerangka says no. */
		c->nomor_subbab = kind == PART_BAB;
		ynode_bool(p, "nomor_subbab", &c->nomor_subbab, c->diags);
		c->subbab = c->subsubbab = 0;
		struct doc_node *n = NULL;
		switch ((enum part_kind)kind) {
		case PART_SAMPUL:
			doc_append(d->root, make_cover(c));
			continue;
		case PART_DAFTAR_ISI:
		case PART_DAFTAR_TABEL:
		case PART_DAFTAR_GAMBAR:
			n = doc_node_new(d, DOC_TOC);
			n->as.toc.kind = kind == PART_DAFTAR_ISI ? TOC_ISI :
				kind == PART_DAFTAR_TABEL ? TOC_TABEL : TOC_GAMBAR;
			n->as.toc.title = judul ? judul :
				kind == PART_DAFTAR_ISI ? "DAFTAR ISI" :
				kind == PART_DAFTAR_TABEL ? "DAFTAR TABEL" :
				"DAFTAR GAMBAR";
			n->id = unique_id(c, n->as.toc.title);
			doc_append(d->root, n);
			continue;
		case PART_DAFTAR_LAMPIRAN:
			/* Lists the attached documents: none, no page. */
			if (nannex == 0)
				continue;
			n = doc_node_new(d, DOC_TOC);
			n->as.toc.kind = TOC_LAMPIRAN;
			n->as.toc.title = judul ? judul : "DAFTAR LAMPIRAN";
			n->id = unique_id(c, n->as.toc.title);
			doc_append(d->root, n);
			continue;
		case PART_BAB:
		case PART_DEPAN:
		case PART_LAMPIRAN:
			break;
		}
		if (id != NULL)
			ids[nids++] = id;
		const struct src_pos *from;
		berkas = part_file(c, id, berkas, &from);
		if (berkas == NULL) {
			diag_add(c->diags, DIAG_ERROR, p->pos, "a %s part needs "
				"\"berkas\"", jenis);
			continue;
		}
		strmap_put(used, berkas + (strncmp(berkas, "./", 2) ? 0 : 2),
			(void *)berkas);
		const char *path = arena_printf(d->arena, "%s/%s", c->report->dir,
			berkas);
		/* Read here, through path_open_in: a link (which may
		 * point outside the content folder), a FIFO or a device is
		 * refused, and what was checked is what is parsed. */
		size_t len;
		char *text = file_read_in(c->report->dir, berkas, &len);
		/* An optional lampiran without its file still holds the
		 * annexes (a report may attach documents and write nothing
		 * about them). */
		if (text == NULL && errno == ENOENT && kind == PART_LAMPIRAN &&
				!wajib && !from && nannex > 0 &&
				annex_chapter == NULL) {
			text = xcalloc(1, 1);
			len = 0;
		}
		if (text == NULL) {
			int e = errno;
			/* A file named under bab: is reported where it is
			 * named, with its name, and must exist even for an
			 * optional part (it was located at the file, with no
			 * line, and an optional one was dropped silently). */
			struct src_pos at = from ? *from :
				(struct src_pos){path, 0, 0, NULL};
			const char *named = from ? arena_printf(d->arena,
				"chapter \"%s\": ", berkas) : "";
			if (e != ENOENT && e != EXDEV)
				diag_add(c->diags, DIAG_ERROR, at, "%s%s", named,
					path_refusal(e));
			else if (wajib || from)
				diag_add(c->diags, DIAG_ERROR, at,
					"%smissing chapter file for \"%s\"", named,
					judul ? judul : jenis);
			continue;
		}
		n = doc_node_new(d, DOC_CHAPTER);
		n->as.chapter.title = judul ? judul : "";
		if (kind == PART_DEPAN) {
			n->as.chapter.kind = CHAPTER_FRONT;
			c->chapter_no = 0;
			c->chapter_label = "";
		} else if (kind == PART_BAB) {
			n->as.chapter.kind = CHAPTER_BAB;
			c->chapter_no = ++nbab;
			char rn[16];
			if (num_roman(rn, sizeof rn, nbab, true) < 0) {
				diag_add(c->diags, DIAG_ERROR, p->pos, "more than "
					"3999 chapters (jenis: bab)");
				continue;
			}
			n->as.chapter.number = arena_printf(d->arena, "BAB %s",
				rn);
			c->chapter_label = arena_printf(d->arena, "%d", nbab);
		} else {
			n->as.chapter.kind = CHAPTER_LAMPIRAN;
			nlampiran++;
			c->chapter_no = 0;
			n->as.chapter.number = nlampiran < 2 ? NULL :
				arena_printf(d->arena, "LAMPIRAN %d",
				nlampiran);
			c->chapter_label = "L";
		}
		c->table_no = c->figure_no = 0;
		n->id = unique_id(c, id ? id : n->as.chapter.title);
		n->pos = (struct src_pos){path, 1, 1, NULL};
		doc_append(d->root, n);
		parse_markdown(c, n, path, text, len);
		free(text);
		if (ttd)
			doc_append(n, make_signature(c));
		if (kind == PART_LAMPIRAN && annex_chapter == NULL) {
			annex_chapter = n;
			annexes_append(c, n);
		}
	}
	if (nannex > 0 && annex_chapter == NULL)
		diag_add(c->diags, DIAG_ERROR, c->report->meta.pos_lampiran,
			"lampiran: the skeleton has no part of jenis lampiran to "
			"attach the documents to");
	check_bab_ids(c, ids, nids);
	/* A part refused above names no file: no guess about the rest. */
	if (diag_errors(c->diags) == errors)
		check_unused_chapters(c, used);
}

/* Every {{ref}} resolved to the label of what it names: one walk notes
 * which node carries each id (in the id table), a second fills the refs. */
static void resolve_xrefs(struct build_ctx *c)
{
	struct build_state *st = c->state;
	struct doc_iter it;
	struct doc_node *n;
	enum doc_event ev;
	doc_iter_init(&it, c->doc->root);
	while (st->idcap > 0 && (ev = doc_iter_next(&it, &n)) != DOC_DONE) {
		if (ev != DOC_ENTER || n->id == NULL)
			continue;
		struct id_slot *s = id_slot(st, n->id);
		if (s->id != NULL && s->node == NULL)
			s->node = n;
	}
	doc_iter_init(&it, c->doc->root);
	while ((ev = doc_iter_next(&it, &n)) != DOC_DONE) {
		if (ev != DOC_ENTER || n->type != DOC_XREF)
			continue;
		const char *target = n->as.xref.target;
		struct id_slot *s = st->idcap > 0 ? id_slot(st, target) : NULL;
		const struct doc_node *m = s && s->id != NULL ? s->node : NULL;
		const char *label = NULL;
		if (m == NULL)
			;
		else if (m->type == DOC_TABLE || m->type == DOC_FIGURE)
			/* An unnumbered one is named by its title. */
			label = m->as.fl ? m->as.fl->label ? m->as.fl->label :
				m->as.fl->title : NULL;
		else if (m->type == DOC_CHAPTER) {
			const struct doc_chapter *ch = &m->as.chapter;
			label = ch->number ? arena_printf(c->doc->arena,
				"%s %s", ch->number, ch->title) : ch->title;
		}
		else if (m->type == DOC_HEADING)
			label = m->as.heading.title;
		else if (m->type == DOC_TOC)
			label = m->as.toc.title;
		else if (m->type == DOC_ANNEX)
			label = m->as.annex->label;
		bool gagal = false;
		for (size_t k = 0; label == NULL && k < c->annex_gagal.n; k++)
			gagal = gagal || !strcmp(c->annex_gagal.v[k], target);
		if (label == NULL && gagal)
			n->as.xref.label = target;      /* the build fails anyway */
		else if (label == NULL)
			diag_add(c->diags, DIAG_ERROR, n->pos, "{{ref %s}}: no table, "
				"figure or section has the id \"%s\"", target,
				target);
		else
			n->as.xref.label = label;
	}
}

struct doc *doc_build(const struct report *r, struct diag_list *dl)
{
	/* Metrics findings are the validator's business (lkjip check); the
	 * builder only needs the figures. */
	struct diag_list *mdl = diag_list_new();
	struct metrics *fig = metrics_compute(r, mdl);
	diag_list_free(mdl);
	return doc_build_from(r, fig, dl);
}

struct doc *doc_build_from(const struct report *r, struct metrics *fig,
	struct diag_list *dl)
{
	size_t before = diag_errors(dl);
	struct doc *d = xcalloc(1, sizeof *d);
	d->arena = arena_new();
	d->report = r;
	d->lang = "id";
	d->root = doc_node_new(d, DOC_DOCUMENT);
	const struct report_meta *m = &r->meta;
	d->title = arena_printf(d->arena, "%s Tahun %d", m->judul, m->tahun);
	d->author = arena_printf(d->arena, "%s %s", m->instansi, m->pemerintah);
	d->subject = arena_printf(d->arena, "%s %s %s Tahun %d",
		m->singkatan_laporan, m->instansi, m->pemerintah, m->tahun);
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	if (sde != NULL)
		d->source_date = strtoll(sde, NULL, 10);

	struct build_state st = {0};
	struct build_ctx c = {
		.doc = d,
		.report = r,
		.diags = dl,
		.chapter_label = "",
		.state = &st,
	};
	st.metrics = fig;
	c.metrics = st.metrics;
	if (load_skeleton(&c)) {
		build_parts(&c);
		/* Made after the parts so their anchor ids stay what they
		 * were; placed first, it is what a reader meets first. */
		struct doc_node *sum = make_summary(&c);
		sum->parent = d->root;
		sum->next = d->root->first;
		if (d->root->first)
			d->root->first->prev = sum;
		else
			d->root->last = sum;
		d->root->first = sum;
		resolve_xrefs(&c);
		check_glyphs(&c);
#ifndef NDEBUG
		/* A fault here is lkjip's bug, not the author's: found where
		 * the tree is made, before a backend trips over it. */
		if (diag_errors(dl) == before)
			doc_node_check(d->root, dl);
#endif
	}
	d->metrics = st.metrics;
	if (diag_errors(dl) != before) {
		doc_free(d);
		return NULL;
	}
	return d;
}

void doc_free(struct doc *d)
{
	if (d == NULL)
		return;
	metrics_free((struct metrics *)d->metrics);
	arena_free(d->arena);
	free(d);
}
