/* The PDF backend: pages, text flow, cover, chapters, lists, figures,
 * signature, the lists (daftar isi/tabel/gambar), outline and metadata.
 * Tables are in table.c, hyphenation in hyph.c.
 *
 * Layout runs twice over the same tree with the same Pango context: the
 * first pass only measures and records the page of every anchor; the second
 * draws, printing those page numbers in the lists. The lists' entries do
 * not depend on the numbers' width, so both passes paginate alike (checked:
 * a disagreement is reported as a warning). */
#include "pdf/pdf.h"
#include "pdf/internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cairo-pdf.h>
#include <dlfcn.h>
#include <librsvg/rsvg.h>

#include "chart/chart.h"
#include "chart/fonts.h"
#include "util/num.h"
#include "util/path.h"

/* Margins (cm) as Indonesian government reports set them: binding side
 * wider. Landscape pages keep the binding margin on top (rotated page). */
#define M_TOP 3.0
#define M_BOTTOM 3.0
#define M_LEFT 4.0
#define M_RIGHT 3.0

/* Link annotations (clickable daftar isi, cross-references, web
 * addresses) are not made with cairo tags: cairo 1.16 (Debian 12) writes a
 * damaged file whenever a page holds a CAIRO_TAG_LINK. The layout records
 * the areas and annot.c adds them to the finished file. Named destinations
 * and the outline come from cairo. */

#define BODY_SIZE 12.0
#define BODY_SPACING 1.2
#define PARA_GAP 6.0
#define LIST_INDENT 22.0
#define QUOTE_INDENT 28.0
/* Nested quotes and lists indent until the text is this share of the
 * frame wide; deeper levels stop indenting (ten nested quotes left no
 * width at all). */
#define MIN_TEXT_SHARE 0.6
#define FIG_W (160.0 * 72 / 25.4)
#define FIG_H (90.0 * 72 / 25.4)

static const struct tstyle ST_BODY = {
	.family = FONT_SERIF, .size = BODY_SIZE, .align = PANGO_ALIGN_LEFT,
	.justify = true, .hyphenate = true, .spacing = BODY_SPACING,
};

static void blocks(struct pdf *, const struct doc_node *first, double x,
	double w);
static void block(struct pdf *, const struct doc_node *, double x, double w);
static int outline(struct pdf *, int parent, const char *text, double y);
static void flush_floats(struct pdf *);
static bool landscape_float(const struct pdf *, const struct doc_node *);

/* ------------------------------------------------------------------ */
/* Text layouts                                                        */

static PangoLayout *new_layout(struct pdf *p, const struct tstyle *st,
	double width)
{
	PangoLayout *l = pango_layout_new(p->pctx);
	PangoFontDescription *fd = pango_font_description_new();
	pango_font_description_set_family(fd, st->family ? st->family :
	    FONT_SERIF);
	pango_font_description_set_absolute_size(fd, st->size * PANGO_SCALE);
	if (st->bold)
		pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
	if (st->italic)
		pango_font_description_set_style(fd, PANGO_STYLE_ITALIC);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	if (width > 0)
		pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(l, st->align);
	pango_layout_set_justify(l, st->justify);
	if (st->spacing > 0)
		pango_layout_set_line_spacing(l, (float)st->spacing);
	return l;
}

/* Pango's WORD_CHAR wrapping re-shapes a word that does not fit once per
 * candidate break: quadratic in the word's length (a 150,000-letter cell
 * took 28 s). A text holding a run longer than any real word (a URL, a
 * pasted hash) is wrapped at characters instead, which is linear and
 * breaks that run the same way WORD_CHAR would have. */
#define LONG_RUN 200

static void set_text(PangoLayout *l, const char *s, int len)
{
	size_t n = len < 0 ? strlen(s) : (size_t)len, run = 0;
	bool lng = false;
	for (size_t i = 0; i < n && !lng; i++) {
		run = (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') ? 0 : run + 1;
		lng = run > LONG_RUN;
	}
	if (lng)
		pango_layout_set_wrap(l, PANGO_WRAP_CHAR);
	pango_layout_set_text(l, s, (int)n);
}

/* A line that ends at a soft hyphen: the break shows a hyphen. */
static bool line_hyphenated(const char *text, const PangoLayoutLine *line)
{
	int e = line->start_index + line->length;
	return line->length >= 2 && (unsigned char)text[e - 2] == 0xC2 &&
	    (unsigned char)text[e - 1] == 0xAD;
}

/* A hyphen inside a word ("perundang-undangan", "kegiatan-kegiatan")
 * breaks no line: a PDF reader takes a hyphen ending a line for a
 * hyphenation and joins the halves without it ("perundangundangan"). */
static void keep_hyphenated(PangoAttrList *al, const char *t)
{
	for (size_t i = 1; t[0] != '\0' && t[i] != '\0'; i++)
		if (t[i] == '-' && g_ascii_isalpha(t[i - 1]) &&
		    g_ascii_isalpha(t[i + 1])) {
			PangoAttribute *a = pango_attr_allow_breaks_new(FALSE);
			a->start_index = (guint)(i - 1);
			a->end_index = (guint)(i + 2);
			pango_attr_list_insert(al, a);
		}
}

PangoLayout *pdf_layout_text(struct pdf *p, const char *text,
	const struct tstyle *st, double width)
{
	PangoLayout *l = new_layout(p, st, width);
	bool hy = st->hyphenate && p->hyph;
	if (hy) {
		GString *s = g_string_new(NULL);
		hyph_append(p->hyph, s, text ? text : "");
		set_text(l, s->str, (int)s->len);
		g_string_free(s, TRUE);
	} else {
		set_text(l, text ? text : "", -1);
	}
	if (text != NULL && strchr(text, '-') != NULL) {
		PangoAttrList *al = pango_attr_list_new();
		keep_hyphenated(al, pango_layout_get_text(l));
		pango_layout_set_attributes(l, al);
		pango_attr_list_unref(al);
	}
	if (hy)
		pdf_break_lines(l, width);
	return l;
}

struct inl {
	struct pdf *p;
	GString *s;
	PangoAttrList *attrs;
	GArray *links;
	bool hyph;
};

static void attr_range(struct inl *in, PangoAttribute *a, size_t start)
{
	a->start_index = (guint)start;
	a->end_index = (guint)in->s->len;
	pango_attr_list_insert(in->attrs, a);
}

static void inl_text(struct inl *in, const char *t)
{
	if (t == NULL)
		return;
	if (in->hyph)
		hyph_append(in->p->hyph, in->s, t);
	else
		g_string_append(in->s, t);
}

static void inl_walk(struct inl *in, const struct doc_node *n)
{
	for (const struct doc_node *c = n->first; c; c = c->next) {
		size_t start = in->s->len;
		switch (c->type) {
		case DOC_TEXT:
			inl_text(in, c->as.literal);
			break;
		case DOC_SOFTBREAK:
			g_string_append_c(in->s, ' ');
			break;
		case DOC_LINEBREAK:
			g_string_append(in->s, "\xE2\x80\xA8");
			break;
		case DOC_EMPH:
			inl_walk(in, c);
			attr_range(in, pango_attr_style_new(PANGO_STYLE_ITALIC),
			    start);
			break;
		case DOC_STRONG:
			inl_walk(in, c);
			attr_range(in, pango_attr_weight_new(PANGO_WEIGHT_BOLD),
			    start);
			break;
		case DOC_STRIKE:
			inl_walk(in, c);
			attr_range(in, pango_attr_strikethrough_new(TRUE), start);
			break;
		case DOC_CODE:
			g_string_append(in->s, c->as.literal ? c->as.literal :
			    "");
			attr_range(in, pango_attr_family_new(FONT_SANS), start);
			attr_range(in, pango_attr_scale_new(0.9), start);
			break;
		case DOC_LINK:
			inl_walk(in, c);
			if (c->as.link.url && in->links) {
				struct tlink lk = { (int)start, (int)in->s->len,
					c->as.link.url, NULL };
				g_array_append_val(in->links, lk);
			}
			attr_range(in, pango_attr_foreground_new(0, 0x3333,
			    0x9999), start);
			break;
		case DOC_XREF: {
			const char *target = c->as.xref.target;
			g_string_append(in->s, c->as.xref.label ?
			    c->as.xref.label : (target ? target : ""));
			if (target && in->links &&
			    g_hash_table_contains(in->p->ids, target)) {
				struct tlink lk = { (int)start, (int)in->s->len,
					NULL, target };
				g_array_append_val(in->links, lk);
				/* Its own run (the colour of the text), so
				 * that its element begins and ends with it. */
				attr_range(in, pango_attr_foreground_new(0, 0, 0),
				    start);
			}
			break;
		}
		case DOC_IMAGE:
			g_string_append(in->s, c->as.image.alt ?
			    c->as.image.alt : "");
			break;
		case DOC_DOCUMENT:
		case DOC_COVER:
		case DOC_TOC:
		case DOC_CHAPTER:
		case DOC_SUMMARY:
		case DOC_HEADING:
		case DOC_PARAGRAPH:
		case DOC_LIST:
		case DOC_ITEM:
		case DOC_BLOCKQUOTE:
		case DOC_CODEBLOCK:
		case DOC_RULE:
		case DOC_TABLE:
		case DOC_ROW:
		case DOC_CELL:
		case DOC_FIGURE:
		case DOC_SIGNATURE:
		case DOC_PAGEBREAK:
		case DOC_ANNEX:
		case DOC_TYPE_MAX:
			inl_walk(in, c);
		}
	}
}

/* Pass 1 keeps the layout of every node it sets (paragraphs, table cells)
 * for pass 2, which gets the same node with the same style and width:
 * shaping is most of the run time, and this way a node is shaped once. The
 * layout is kept as pass 1 left it (a table cell with its final width), so
 * pass 2 finds its lines already computed. */
struct lentry {
	struct tstyle st;
	double width;
	PangoLayout *l;
	GArray *links; /* struct tlink */
};

static void lentry_free(gpointer data)
{
	struct lentry *e = data;
	g_object_unref(e->l);
	g_array_free(e->links, TRUE);
	g_free(e);
}

static bool same_style(const struct tstyle *a, const struct tstyle *b)
{
	return a->family == b->family && a->size == b->size &&
	    a->bold == b->bold && a->italic == b->italic &&
	    a->align == b->align && a->justify == b->justify &&
	    a->hyphenate == b->hyphenate && a->spacing == b->spacing;
}

/* The key of a shared layout (a table cell's, pdf_layout_kept's): the
 * change made to it after it was set, the style, the width and the text.
 * Built without printf: one per table cell, and formatting its numbers
 * with %g was 2 % of a report's PDF. Numbers go in as the hex digits of
 * their bits (exact, no NUL byte for g_str_hash). */
static void key_bits(GString *k, const void *v, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *b = v;
	for (size_t i = 0; i < n; i++) {
		g_string_append_c(k, hex[b[i] >> 4]);
		g_string_append_c(k, hex[b[i] & 15]);
	}
	g_string_append_c(k, '|');
}

static char *layout_key(const struct tstyle *st, double width,
	const char *text, size_t len, void (*tweak)(PangoLayout *, int),
	int arg)
{
	GString *k = g_string_sized_new(len + 128);
	key_bits(k, &tweak, sizeof tweak);
	key_bits(k, &arg, sizeof arg);
	g_string_append(k, st->family ? st->family : "");
	g_string_append_c(k, '|');
	key_bits(k, &st->size, sizeof st->size);
	key_bits(k, &st->spacing, sizeof st->spacing);
	key_bits(k, &width, sizeof width);
	int align = (int)st->align;
	key_bits(k, &align, sizeof align);
	g_string_append_c(k, (char)('a' + st->bold + 2 * st->italic +
	    4 * st->justify + 8 * st->hyphenate));
	g_string_append_len(k, text, (gssize)len);
	return g_string_free(k, FALSE);
}

PangoLayout *pdf_layout_kept(struct pdf *p, const char *text,
	const struct tstyle *st, double width, void (*tweak)(PangoLayout *,
	int), int arg)
{
	if (text == NULL)
		text = "";
	char *key = layout_key(st, width, text, strlen(text), tweak, arg);
	PangoLayout *l = g_hash_table_lookup(p->kept, key);
	if (l != NULL) {
		g_free(key);
		return g_object_ref(l);
	}
	l = pdf_layout_text(p, text, st, width);
	if (tweak != NULL)
		tweak(l, arg);
	g_hash_table_insert(p->kept, key, g_object_ref(l));
	return l;
}

void pdf_bold_prefix(PangoLayout *l, int len)
{
	PangoAttrList *al = pango_attr_list_new();
	PangoAttribute *a = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
	a->start_index = 0;
	a->end_index = (guint)len;
	pango_attr_list_insert(al, a);
	pango_layout_set_attributes(l, al);
	pango_attr_list_unref(al);
}

static PangoLayout *layout_inlines(struct pdf *p,
	const struct doc_node *parent, const struct tstyle *st, double width,
	GArray *links, bool share)
{
	struct lentry *e = g_hash_table_lookup(p->lcache, parent);
	if (p->pass == 2 && e != NULL && e->width == width &&
	    same_style(&e->st, st)) {
		PangoLayout *l = g_object_ref(e->l);
		if (links)
			g_array_append_vals(links, e->links->data,
			    e->links->len);
		g_hash_table_remove(p->lcache, parent);
		return l;
	}
	GArray *lk = links;
	if (p->pass == 1)
		lk = g_array_new(FALSE, FALSE, sizeof(struct tlink));
	struct inl in = { p, g_string_new(NULL), pango_attr_list_new(), lk,
		st->hyphenate && p->hyph != NULL };
	inl_walk(&in, parent);
	PangoLayout *l = NULL;
	char *key = NULL;
	if (share && (lk == NULL || lk->len == 0)) {
		/* Plain text: one layout for all cells alike. */
		PangoAttrIterator *ai = pango_attr_list_get_iterator(in.attrs);
		GSList *at = pango_attr_iterator_get_attrs(ai);
		bool plain = at == NULL && !pango_attr_iterator_next(ai);
		g_slist_free_full(at, (GDestroyNotify)pango_attribute_destroy);
		pango_attr_iterator_destroy(ai);
		if (plain) {
			key = layout_key(st, width, in.s->str, in.s->len,
			    NULL, 0);
			l = g_hash_table_lookup(p->shared, key);
			if (l != NULL) {
				g_object_ref(l);
				g_free(key);
				key = NULL;
			}
		}
	}
	if (l == NULL) {
		l = new_layout(p, st, width);
		set_text(l, in.s->str, (int)in.s->len);
		keep_hyphenated(in.attrs, in.s->str);
		pango_layout_set_attributes(l, in.attrs);
		if (in.hyph)
			pdf_break_lines(l, width);
		if (key != NULL) { /* the tables own key and l */
			g_hash_table_insert(p->shared, key, g_object_ref(l));
			g_hash_table_add(p->shared_set, l);
		}
	}
	pango_attr_list_unref(in.attrs);
	g_string_free(in.s, TRUE);
	if (p->pass == 1) {
		e = g_new(struct lentry, 1);
		e->st = *st;
		e->width = width;
		e->l = g_object_ref(l);
		e->links = lk;
		g_hash_table_replace(p->lcache, (gpointer)parent, e);
	}
	return l;
}

PangoLayout *pdf_layout_cell(struct pdf *p, const struct doc_node *cell,
	const struct tstyle *st, GArray *links)
{
	return layout_inlines(p, cell, st, -1, links, true);
}

/* A shared layout at another width: the key of p->wrapped. */
struct wkey {
	PangoLayout *l;
	int width;
};

static guint wkey_hash(gconstpointer k)
{
	const struct wkey *w = k;
	return g_direct_hash(w->l) ^ (guint)w->width * 2654435761u;
}

static gboolean wkey_equal(gconstpointer a, gconstpointer b)
{
	const struct wkey *x = a, *y = b;
	return x->l == y->l && x->width == y->width;
}

PangoLayout *pdf_layout_width(struct pdf *p, const struct doc_node *cell,
	PangoLayout *l, int width)
{
	if (pango_layout_get_width(l) == width)
		return l;
	if (!g_hash_table_contains(p->shared_set, l)) {
		pango_layout_set_width(l, width);
		return l;
	}
	/* Shared, so never changed: the copy at this width is shared in
	 * turn (a column repeating one name wraps it once, not once per
	 * row). */
	struct wkey k = { l, width };
	PangoLayout *w = g_hash_table_lookup(p->wrapped, &k);
	if (w == NULL) {
		w = pango_layout_copy(l);
		pango_layout_set_width(w, width);
		struct wkey *nk = g_new(struct wkey, 1);
		*nk = k;
		g_hash_table_insert(p->wrapped, nk, g_object_ref(w));
		g_hash_table_add(p->shared_set, w);
	} else {
		g_object_ref(w);
	}
	g_object_unref(l);
	struct lentry *e = g_hash_table_lookup(p->lcache, cell);
	if (p->pass == 1 && e != NULL && e->l == l) {
		g_object_unref(e->l);
		e->l = g_object_ref(w);
	}
	return w;
}

double pdf_layout_height(PangoLayout *l)
{
	PangoRectangle r;
	pango_layout_get_extents(l, NULL, &r);
	return (double)r.height / PANGO_SCALE;
}

/* cairo tag attribute strings quote with '; escape ' and \. */
static char *tag_quote(const char *s)
{
	GString *o = g_string_new(NULL);
	for (; *s; s++) {
		if (*s == '\'' || *s == '\\')
			g_string_append_c(o, '\\');
		g_string_append_c(o, *s);
	}
	return g_string_free(o, FALSE);
}

/* Records a link area of the current page (pass 2). Internal links point
 * at the page and position known from pass 1, so they work whether or not
 * the target has a named destination. Only web and mail addresses and
 * "#id" anchors become links: a relative file path means nothing in a
 * PDF. */
static void link_area(struct pdf *p, const char *uri, const char *dest,
	const char *text, double x, double y, double w, double h)
{
	if (p->cr == NULL || w <= 0 || h <= 0)
		return;
	struct pannot a = { .page = p->page, .x = x, .y = y, .w = w, .h = h,
		.elem = p->cur_elem, .cell = p->cur_cell, .text = text,
		.link = p->cur_link };
	if (uri && uri[0] == '#' && dest == NULL) {
		dest = uri + 1;
		uri = NULL;
	}
	if (uri) {
		if (g_ascii_strncasecmp(uri, "http://", 7) != 0 &&
		    g_ascii_strncasecmp(uri, "https://", 8) != 0 &&
		    g_ascii_strncasecmp(uri, "mailto:", 7) != 0)
			return;
		a.uri = uri;
	} else {
		const struct doc_node *n = dest ? g_hash_table_lookup(p->ids,
		    dest) : NULL;
		const struct anchor *an = n ? g_hash_table_lookup(p->anchors,
		    n) : NULL;
		if (an == NULL)
			return;
		a.dest_page = an->page;
		a.dest_x = an->x;
		a.dest_y = an->y;
	}
	g_array_append_val(p->annots, a);
}

/* The text of a link, without soft hyphens and line breaks, kept for
 * its annotation's /Contents. */
static const char *link_text(struct pdf *p, const char *s, int len)
{
	GString *t = g_string_sized_new((gsize)len);
	for (int i = 0; i < len; i++) {
		/* a soft hyphen, or one linebreak.c made no break (U+034F) */
		if (i + 1 < len && (((unsigned char)s[i] == 0xC2 &&
		    (unsigned char)s[i + 1] == 0xAD) ||
		    ((unsigned char)s[i] == 0xCD &&
		    (unsigned char)s[i + 1] == 0x8F))) {
			i++;
			continue;
		}
		g_string_append_c(t, s[i] == '\n' ? ' ' : s[i]);
	}
	g_ptr_array_add(p->texts, t->str);
	return g_string_free(t, FALSE);
}

static void link_tag(struct pdf *p, PangoLayout *l, const struct tlink *lk,
	double x, double y, double w, double h)
{
	if (p->cr == NULL)
		return;
	const char *t = pango_layout_get_text(l);
	link_area(p, lk->uri, lk->dest, link_text(p, t + lk->start,
	    lk->end - lk->start), x, y, w, h);
}


/* One run of a line, with the current point at its baseline start.
 * pango_cairo_show_layout_line would pass cairo every cluster of the
 * text, and cairo 1.16 writes an /ActualText span for each cluster of no
 * glyph (every soft hyphen that did not break its line, the space ending
 * a wrapped line): 5,000 spans in Magetan, each ending a text run, which
 * cost about 3 % of the PDF's time and put U+00AD inside words for a
 * reader. So those clusters' text is left out and their empty glyphs
 * join a neighbouring cluster; cairo then maps every glyph to its text
 * as usual. */
static void show_run(cairo_t *cr, const char *text, PangoGlyphItem *gi)
{
	PangoGlyphString *gs = gi->glyphs;
	const PangoItem *it = gi->item;
	int n = gs->num_glyphs;
	/* Clusters of one printable ASCII character and its glyph, or of
	 * no glyph at all: cairo finds each glyph's character in the font's
	 * cmap, no text needed, and draws nothing for the empty ones. */
	const unsigned char *u = (const unsigned char *)text + it->offset;
	bool plain = true;
	for (int i = 0; i < n && plain;) {
		int j = i;
		bool real = false;
		while (j < n && gs->log_clusters[j] == gs->log_clusters[i]) {
			real |= gs->glyphs[j].glyph != PANGO_GLYPH_EMPTY;
			j++;
		}
		int b0 = gs->log_clusters[i];
		int b1 = j < n ? gs->log_clusters[j] : it->length;
		plain = !real || (j == i + 1 && b1 == b0 + 1 && u[b0] >= 0x20 &&
		    u[b0] < 0x7f &&
		    !(gs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG));
		i = j;
	}
	if (plain) {
		pango_cairo_show_glyph_string(cr, it->analysis.font, gs);
		return;
	}
	bool empty_cluster = false, any = false;
	for (int i = 0; i < n && !empty_cluster;) {
		int j = i;
		bool real = false;
		while (j < n && gs->log_clusters[j] == gs->log_clusters[i]) {
			real |= gs->glyphs[j].glyph != PANGO_GLYPH_EMPTY;
			j++;
		}
		empty_cluster = !real;
		any |= real;
		i = j;
	}
	if (!empty_cluster) {
		pango_cairo_show_glyph_item(cr, text, gi);
		return;
	}
	PangoGlyphString *ng = pango_glyph_string_copy(gs);
	GString *nt = g_string_sized_new((gsize)it->length);
	const char *t = text + it->offset;
	int prev = -1;       /* the last kept cluster's offset in nt */
	int pending = 0;     /* empty glyphs waiting for the next cluster */
	for (int i = 0; i < n;) {
		int j = i;
		bool real = false;
		while (j < n && gs->log_clusters[j] == gs->log_clusters[i]) {
			real |= gs->glyphs[j].glyph != PANGO_GLYPH_EMPTY;
			j++;
		}
		int b0 = gs->log_clusters[i];
		int b1 = j < n ? gs->log_clusters[j] : it->length;
		if (real) {
			int off = (int)nt->len;
			g_string_append_len(nt, t + b0, b1 - b0);
			for (int k = i - pending; k < j; k++) {
				ng->log_clusters[k] = off;
				ng->glyphs[k].attr.is_cluster_start = k == i - pending;
			}
			pending = 0;
			prev = off;
		} else if (prev >= 0) {
			for (int k = i; k < j; k++) {
				ng->log_clusters[k] = prev;
				ng->glyphs[k].attr.is_cluster_start = 0;
			}
		} else {
			pending += j - i;
		}
		i = j;
	}
	if (any) {
		PangoItem ni = *it;
		ni.offset = 0;
		ni.length = (int)nt->len;
		ni.num_chars = (int)g_utf8_strlen(nt->str, (gssize)nt->len);
		PangoGlyphItem ngi = *gi;
		ngi.item = &ni;
		ngi.glyphs = ng;
		/* Empty glyphs left at the end (nothing followed them)
		 * still advance; nothing is drawn for them. */
		for (int k = n - pending; k < n; k++)
			ng->log_clusters[k] = prev;
		pango_cairo_show_glyph_item(cr, nt->str, &ngi);
	}
	g_string_free(nt, TRUE);
	pango_glyph_string_free(ng);
}

/* A run that starts a table cell: drawn with the cell's marker (see
 * cell_mark) as a first cluster of no glyph, in the same call, so the
 * marker costs cairo no operation of its own. False when the run has no
 * glyph to draw (the marker is then drawn on its own). */
static bool show_run_marked(cairo_t *cr, const char *text,
	PangoGlyphItem *gi, const char *mark)
{
	PangoGlyphString *gs = gi->glyphs;
	const PangoItem *it = gi->item;
	int n = gs->num_glyphs;
	cairo_glyph_t *cg = g_new(cairo_glyph_t, (gsize)n + 1);
	cairo_text_cluster_t *cl = g_new(cairo_text_cluster_t, (gsize)n + 1);
	GString *t = g_string_new(mark);
	cl[0].num_bytes = (int)t->len;
	cl[0].num_glyphs = 0;
	int nc = 1, ng = 0, xpos = 0;
	double x0, y0;
	cairo_get_current_point(cr, &x0, &y0);
	const char *u = text + it->offset;
	for (int i = 0; i < n;) {
		int j = i, real = 0;
		while (j < n && gs->log_clusters[j] == gs->log_clusters[i])
			j++;
		int b0 = gs->log_clusters[i];
		int b1 = j < n ? gs->log_clusters[j] : it->length;
		for (int k = i; k < j; k++) {
			const PangoGlyphInfo *g = &gs->glyphs[k];
			if (g->glyph != PANGO_GLYPH_EMPTY &&
			    !(g->glyph & PANGO_GLYPH_UNKNOWN_FLAG)) {
				cg[ng].index = g->glyph;
				cg[ng].x = x0 + (double)(xpos +
				    g->geometry.x_offset) / PANGO_SCALE;
				cg[ng].y = y0 + (double)g->geometry.y_offset /
				    PANGO_SCALE;
				ng++;
				real++;
			}
			xpos += g->geometry.width;
		}
		if (real > 0) {
			g_string_append_len(t, u + b0, b1 - b0);
			cl[nc].num_bytes = b1 - b0;
			cl[nc++].num_glyphs = real;
		}
		i = j;
	}
	if (ng > 0) {
		cairo_set_scaled_font(cr, pango_cairo_font_get_scaled_font(
		    PANGO_CAIRO_FONT(it->analysis.font)));
		cairo_show_text_glyphs(cr, t->str, (int)t->len, cg, ng, cl, nc,
		    0);
	}
	g_string_free(t, TRUE);
	g_free(cg);
	g_free(cl);
	return ng > 0;
}

static bool line_rtl(const PangoLayoutLine *line)
{
	for (const GSList *r = line->runs; r; r = r->next)
		if (((const PangoGlyphItem *)r->data)->item->analysis.level & 1)
			return true;
	return false;
}

/* A line's runs one by one (show_run), with what Pango's renderer would
 * draw for their attributes: colour, underline, strikethrough. Lines
 * holding right-to-left text are left to Pango. */
/* Draws a line. With links (NULL: none), the runs of each link's text
 * are drawn inside a LINK_TAG element of their own, whose number goes to
 * lnum[k] for link k (0 for a link not on this line). */
static void show_line(struct pdf *p, PangoLayoutLine *line, double x,
	double base, const char **mark, const GArray *links, int *lnum)
{
	cairo_t *cr = p->cr;
	if (line_rtl(line)) {
		cairo_move_to(cr, x, base);
		pango_cairo_show_layout_line(cr, line);
		return;
	}
	const char *text = pango_layout_get_text(line->layout);
	int open = -1; /* the link whose element is open */
	for (GSList *r = line->runs; r; r = r->next) {
		PangoGlyphItem *gi = r->data;
		int in = -1;
		for (guint k = 0; links != NULL && k < links->len; k++) {
			const struct tlink *lk = &g_array_index(links,
			    struct tlink, k);
			if (lk->start <= gi->item->offset &&
			    gi->item->offset < lk->end)
				in = (int)k;
		}
		if (in != open) {
			if (open >= 0)
				cairo_tag_end(cr, LINK_TAG);
			if (in >= 0) {
				cairo_tag_begin(cr, LINK_TAG, NULL);
				lnum[in] = ++p->nstruct;
			}
			open = in;
		}
		const PangoColor *fg = NULL;
		int ul = PANGO_UNDERLINE_NONE;
		bool strike = false;
		for (GSList *a = gi->item->analysis.extra_attrs; a; a = a->next) {
			const PangoAttribute *at = a->data;
			if (at->klass->type == PANGO_ATTR_FOREGROUND)
				fg = &((const PangoAttrColor *)at)->color;
			else if (at->klass->type == PANGO_ATTR_UNDERLINE)
				ul = ((const PangoAttrInt *)at)->value;
			else if (at->klass->type == PANGO_ATTR_STRIKETHROUGH)
				strike = ((const PangoAttrInt *)at)->value != 0;
		}
		double w = (double)pango_glyph_string_get_width(gi->glyphs) /
		    PANGO_SCALE;
		if (fg != NULL) {
			cairo_save(cr);
			cairo_set_source_rgb(cr, fg->red / 65535.0,
			    fg->green / 65535.0, fg->blue / 65535.0);
		}
		cairo_move_to(cr, x, base);
		if (*mark != NULL && show_run_marked(cr, text, gi, *mark))
			*mark = NULL;
		else
			show_run(cr, text, gi);
		if (ul != PANGO_UNDERLINE_NONE || strike) {
			PangoFontMetrics *m = pango_font_get_metrics(
			    gi->item->analysis.font, NULL);
			if (ul != PANGO_UNDERLINE_NONE)
				cairo_rectangle(cr, x, base - (double)
				    pango_font_metrics_get_underline_position(m) /
				    PANGO_SCALE, w, (double)
				    pango_font_metrics_get_underline_thickness(m) /
				    PANGO_SCALE);
			if (strike)
				cairo_rectangle(cr, x, base - (double)
				    pango_font_metrics_get_strikethrough_position(
				    m) / PANGO_SCALE, w, (double)
				    pango_font_metrics_get_strikethrough_thickness(
				    m) / PANGO_SCALE);
			cairo_fill(cr);
			pango_font_metrics_unref(m);
		}
		if (fg != NULL)
			cairo_restore(cr);
		x += w;
	}
	if (open >= 0)
		cairo_tag_end(cr, LINK_TAG);
}

/* A table cell's marker: cairo 1.16's structure tags cost about 45,000
 * instructions each (its tag bookkeeping, the text object it ends, the
 * element it writes), 3,000 cells in Magetan. So a cell is no cairo tag:
 * its text starts with a space drawn with a text of one private-use
 * character (U+E001 a TD, U+E002 a TH) and no glyph, which cairo writes
 * as an empty /ActualText span; annot.c turns each span into the TD or
 * TH marked content, up to the next cell or the end of the row's TR,
 * and writes their elements. */
static void cell_mark(struct pdf *p, bool th, double x, double y)
{
	if (p->mark_font == NULL) {
		PangoFontDescription *fd = pango_font_description_new();
		pango_font_description_set_family(fd, FONT_SERIF);
		pango_font_description_set_absolute_size(fd, 10 * PANGO_SCALE);
		PangoFont *f = pango_context_load_font(p->pctx, fd);
		pango_font_description_free(fd);
		p->mark_font = cairo_scaled_font_reference(
		    pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(f)));
		g_object_unref(f);
		cairo_glyph_t *g = NULL;
		int ng = 0;
		if (cairo_scaled_font_text_to_glyphs(p->mark_font, 0, 0, " ",
		    1, &g, &ng, NULL, NULL, NULL) == CAIRO_STATUS_SUCCESS &&
		    ng == 1)
			p->mark_glyph = g[0].index;
		cairo_glyph_free(g);
	}
	const char *t = th ? "\xEE\x80\x82 " : "\xEE\x80\x81 ";
	/* At a half point: cairo drops a glyph whose (empty) ink box,
	 * rounded to whole points, is empty, as it is at whole points. */
	cairo_glyph_t g = { p->mark_glyph, floor(x) + 0.5, floor(y) + 0.5 };
	cairo_text_cluster_t cl[2] = { { 3, 0 }, { 1, 1 } };
	cairo_set_scaled_font(p->cr, p->mark_font);
	cairo_show_text_glyphs(p->cr, t, 4, &g, 1, cl, 2, 0);
}

/* Draws lines [from, to) of l so that line `from` has its top at y; link
 * areas on those lines become link annotations. Returns the height used. */
double pdf_draw_lines(struct pdf *p, PangoLayout *l, double x, double y,
	int from, int to, GArray *links)
{
	PangoLayoutIter *it = pango_layout_get_iter(l);
	double top0 = 0, used = 0;
	int i = 0;
	/* Its own structure element: a paragraph split over pages is one
	 * element per page (the running header between stays outside). */
	const char *role = p->cr != NULL && to > from && !p->artifact ?
	    p->role : NULL;
	int elem = p->cur_elem, cell0 = p->cur_cell;
	p->cur_cell = 0;
	const char *mark = NULL;
	bool cell = false;
	if (role != NULL && role[0] == 'T' && (role[1] == 'D' ||
	    role[1] == 'H') && role[2] == '\0') {
		mark = role[1] == 'H' ? "\xEE\x80\x82" : "\xEE\x80\x81";
		cell = true;
		p->cur_cell = ++p->ncells;
		p->cur_elem = p->tag_num->len > 0 ? g_array_index(p->tag_num,
		    int, p->tag_num->len - 1) : 0;
		role = NULL;
	} else if (role != NULL) {
		cairo_tag_begin(p->cr, role, NULL);
		p->cur_elem = ++p->nstruct;
	} else {
		p->cur_elem = p->tag_num->len > 0 && !p->artifact ?
		    g_array_index(p->tag_num, int, p->tag_num->len - 1) : 0;
	}
	do {
		if (i < from)
			continue;
		if (i >= to)
			break;
		PangoRectangle lr;
		pango_layout_iter_get_line_extents(it, NULL, &lr);
		if (i == from)
			top0 = (double)lr.y / PANGO_SCALE;
		double ly = y + (double)lr.y / PANGO_SCALE - top0;
		used = ly + (double)lr.height / PANGO_SCALE - y;
		if (p->cr == NULL)
			continue;
		PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
		double base = y + (double)pango_layout_iter_get_baseline(it) /
		    PANGO_SCALE - top0;
		if (mark != NULL && line_rtl(line)) {
			cell_mark(p, mark[2] == '\x82', x, y);
			mark = NULL;
		}
		/* A link's text in its own element: not in a table cell
		 * (annot.c makes its TD from markers, not elements), nor
		 * in an artifact. */
		bool own = links != NULL && links->len > 0 && !cell &&
		    !p->artifact && (role != NULL || p->tag_num->len > 0);
		int *lnum = own ? g_new0(int, links->len) : NULL;
		show_line(p, line, x + (double)lr.x / PANGO_SCALE, base,
		    &mark, own ? links : NULL, lnum);
		for (guint k = 0; links && k < links->len; k++) {
			struct tlink *lk = &g_array_index(links, struct tlink,
			    k);
			int a = MAX(lk->start, line->start_index);
			int b = MIN(lk->end, line->start_index + line->length);
			if (a >= b)
				continue;
			int xa, xb;
			pango_layout_line_index_to_x(line, a, 0, &xa);
			pango_layout_line_index_to_x(line, b, 0, &xb);
			if (xb < xa) {
				int t = xa;
				xa = xb;
				xb = t;
			}
			p->cur_link = lnum ? lnum[k] : 0;
			link_tag(p, l, lk, x + (double)(lr.x + xa) / PANGO_SCALE,
			    ly, (double)(xb - xa) / PANGO_SCALE,
			    (double)lr.height / PANGO_SCALE);
			p->cur_link = 0;
		}
		g_free(lnum);
	} while (++i, pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	/* A cell without a glyph: its marker on its own. */
	if (mark != NULL && cell)
		cell_mark(p, mark[2] == '\x82', x, y);
	if (role != NULL)
		cairo_tag_end(p->cr, role);
	p->cur_elem = elem;
	p->cur_cell = cell0;
	return used;
}

/* ------------------------------------------------------------------ */
/* Structure (tagged PDF)                                              */

/* Structure tags are counted in the order they are begun, which is the
 * order of cairo's structure element objects: annot.c finds the element
 * a link is in by that number. */
void pdf_tag_begin(struct pdf *p, const char *name)
{
	if (p->artifact)
		return;
	g_ptr_array_add(p->tags, (gpointer)name);
	int num = 0;
	if (p->cr != NULL) {
		cairo_tag_begin(p->cr, name, NULL);
		num = ++p->nstruct;
	}
	g_array_append_val(p->tag_num, num);
}

void pdf_tag_end(struct pdf *p)
{
	if (p->artifact || p->tags->len == 0)
		return;
	const char *name = g_ptr_array_index(p->tags, p->tags->len - 1);
	g_ptr_array_set_size(p->tags, p->tags->len - 1);
	g_array_set_size(p->tag_num, p->tag_num->len - 1);
	if (p->cr != NULL)
		cairo_tag_end(p->cr, name);
}

void pdf_figure_begin(struct pdf *p, const char *alt)
{
	if (p->cr == NULL)
		return;
	g_ptr_array_add(p->alts, g_strdup(alt ? alt : ""));
	cairo_tag_begin(p->cr, "Figure", NULL);
	p->nstruct++;
}

void pdf_figure_end(struct pdf *p)
{
	if (p->cr != NULL)
		cairo_tag_end(p->cr, "Figure");
}

/* Before a page break: every open element is closed (in reverse)... */
static void tags_close(struct pdf *p)
{
	for (guint i = p->tags->len; p->cr != NULL && i > 0; i--)
		cairo_tag_end(p->cr, g_ptr_array_index(p->tags, i - 1));
}

/* ...and opened again, as new elements, after the running header. */
static void tags_reopen(struct pdf *p)
{
	for (guint i = 0; p->cr != NULL && i < p->tags->len; i++) {
		cairo_tag_begin(p->cr, g_ptr_array_index(p->tags, i), NULL);
		g_array_index(p->tag_num, int, i) = ++p->nstruct;
	}
}

void pdf_draw_layout(struct pdf *p, PangoLayout *l, double x, double y,
	GArray *links)
{
	pdf_draw_lines(p, l, x, y, 0, pango_layout_get_line_count(l), links);
}

/* ------------------------------------------------------------------ */
/* Pages                                                               */

static void page_label(const struct pdf *p, char *out, size_t sz)
{
	switch (p->numstyle) {
	case NUM_ROMAN:
		num_roman(out, sz, p->num, false);
		break;
	case NUM_ARABIC:
		snprintf(out, sz, "%d", p->num);
		break;
	case NUM_NONE:
		out[0] = '\0';
	}
}

/* At most two lines: a long title (shown whole on the cover and the
 * chapter's first page) must not run into the page. */
static void two_lines(PangoLayout *l, int unused)
{
	(void)unused;
	pango_layout_set_height(l, -2);
	pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
}

static void draw_running(struct pdf *p)
{
	char label[16];
	page_label(p, label, sizeof label);
	if (p->cr == NULL || p->numstyle == NUM_NONE)
		return;
	struct tstyle st = { .family = FONT_SANS, .size = 9,
		.align = PANGO_ALIGN_CENTER };
	/* Running header and page number: no structure element (pdf_new_page
	 * has closed the open ones). */
	const char *role = p->role;
	p->role = NULL;
	/* Footer: the page number, centred below the frame. */
	PangoLayout *l = pdf_layout_text(p, label, &st, p->fw);
	pdf_draw_layout(p, l, p->x0, p->ph - (p->landscape ? M_BOTTOM :
	    M_BOTTOM) * PT_PER_CM + 0.8 * PT_PER_CM, NULL);
	g_object_unref(l);
	if (p->opening) {
		p->role = role;
		return;
	}
	/* Header: report title left, chapter right, a rule below. */
	double hy = p->y0 - 1.2 * PT_PER_CM;
	st.italic = true;
	st.align = PANGO_ALIGN_LEFT;
	/* The same two on most pages: made once (pdf_layout_kept). */
	l = pdf_layout_kept(p, p->doc->title, &st, p->fw * 0.55, two_lines,
	    0);
	pdf_draw_layout(p, l, p->x0, hy, NULL);
	double h = pdf_layout_height(l);
	g_object_unref(l);
	st.align = PANGO_ALIGN_RIGHT;
	l = pdf_layout_kept(p, p->running, &st, p->fw * 0.43, two_lines, 0);
	pdf_draw_layout(p, l, p->x0 + p->fw * 0.57, hy, NULL);
	h = MAX(h, pdf_layout_height(l));
	g_object_unref(l);
	cairo_set_line_width(p->cr, 0.5);
	cairo_move_to(p->cr, p->x0, hy + h + 2);
	cairo_line_to(p->cr, p->x0 + p->fw, hy + h + 2);
	cairo_stroke(p->cr);
	p->role = role;
}

void pdf_new_page(struct pdf *p, bool landscape)
{
	/* The repeat is this page's, not that of a float's page. */
	void (*repeat)(struct pdf *, void *) = p->repeat;
	p->repeat = NULL;
	/* A full portrait page: the floats waiting for it come next. When
	 * the last of them is a portrait one, the text goes on on its page
	 * (callers measure the room left from p->y). */
	if (p->page_open && !p->landscape && p->floats->len > 0 &&
	    !p->in_float) {
		flush_floats(p);
		if (!p->landscape && !landscape)
			return;
	}
	if (p->page_open && p->cr != NULL) {
		tags_close(p);
		cairo_show_page(p->cr);
	}
	p->page++;
	p->page_open = true;
	p->num++;
	p->landscape = landscape;
	p->pw = landscape ? A4_H : A4_W;
	p->ph = landscape ? A4_W : A4_H;
	if (landscape) {
		p->x0 = M_TOP * PT_PER_CM;
		p->y0 = M_LEFT * PT_PER_CM;
		p->fw = p->pw - 2 * M_TOP * PT_PER_CM;
		p->y1 = p->ph - M_BOTTOM * PT_PER_CM;
	} else {
		p->x0 = M_LEFT * PT_PER_CM;
		p->y0 = M_TOP * PT_PER_CM;
		p->fw = p->pw - (M_LEFT + M_RIGHT) * PT_PER_CM;
		p->y1 = p->ph - M_BOTTOM * PT_PER_CM;
	}
	p->y = p->y0;
	if (p->cr != NULL) {
		char label[16];
		/* Only when the size changes: cairo 1.16 leaves reserved
		 * objects unwritten (a damaged xref) after redundant
		 * set_size calls. */
		if (p->pw != p->surf_w || p->ph != p->surf_h) {
			cairo_pdf_surface_set_size(p->surf, p->pw, p->ph);
			p->surf_w = p->pw;
			p->surf_h = p->ph;
		}
		g_array_append_val(p->page_h, p->ph);
		page_label(p, label, sizeof label);
		if (label[0])
			cairo_pdf_surface_set_page_label(p->surf, label);
		cairo_set_source_rgb(p->cr, 0, 0, 0);
	}
	draw_running(p);
	if (repeat != NULL) {
		p->artifact = true;
		repeat(p, p->repeat_arg);
		p->artifact = false;
	}
	if (p->page > 1)
		tags_reopen(p);
	p->opening = false;
}

void pdf_ensure_orientation(struct pdf *p, bool landscape)
{
	if (!p->page_open || p->landscape != landscape)
		pdf_new_page(p, landscape);
}

bool pdf_at_top(const struct pdf *p)
{
	return p->y <= p->y0 + 0.01;
}

/* The L element of a list and the LI of its current item: opened when a
 * mark is placed (after the headings waiting above it), the LI closed
 * when its item is done, so a page break between items does not leave an
 * empty LI on the next page. */
struct ltags {
	bool l, li;
};

/* A heading or a list mark waiting for what follows it. */
struct pend {
	const struct doc_node *n; /* the heading; NULL for a mark */
	PangoLayout *l;
	double dx, h; /* offset from the frame's left edge; height */
	struct ltags *list; /* a mark: its list's open elements */
};

#define HEAD_ABOVE 6.0
#define HEAD_BELOW 4.0

static void place_heading(struct pdf *p, const struct pend *e)
{
	if (e->n == NULL) { /* a list mark, beside what follows */
		/* The list item starts here (its element holds the mark and
		 * what follows; the list's element opens with the first). */
		if (e->list != NULL) {
			if (!e->list->l)
				pdf_tag_begin(p, "L");
			e->list->l = true;
			pdf_tag_begin(p, "LI");
			e->list->li = true;
		}
		const char *role = p->role;
		p->role = "Lbl";
		pdf_draw_layout(p, e->l, p->x0 + e->dx, p->y, NULL);
		p->role = role;
		g_object_unref(e->l);
		return;
	}
	if (!pdf_at_top(p))
		p->y += HEAD_ABOVE;
	pdf_anchor(p, e->n, p->y);
	if (e->n->as.heading.level == 2)
		p->outline_h2 = p->outline_h3 = outline(p, p->outline_chapter,
		    pango_layout_get_text(e->l), p->y);
	else if (e->n->as.heading.level == 3)
		outline(p, p->outline_h2 ? p->outline_h2 : p->outline_chapter,
		    pango_layout_get_text(e->l), p->y);
	const char *role = p->role;
	int level = e->n->as.heading.level;
	p->role = level <= 2 ? "H2" : level == 3 ? "H3" : "H4";
	pdf_place_layout(p, e->l, p->x0 + e->dx, NULL);
	p->role = role;
	p->y += HEAD_BELOW;
	g_object_unref(e->l);
}

void pdf_keep(struct pdf *p, double h)
{
	bool heads = !p->in_float && p->pending->len > 0;
	double hh = 0;
	for (guint i = 0; heads && i < p->pending->len; i++) {
		const struct pend *e = &g_array_index(p->pending, struct pend,
		    i);
		if (e->n != NULL)
			hh += HEAD_ABOVE + e->h + HEAD_BELOW;
	}
	/* A loop: the new page may begin with floats (pdf_new_page). */
	while (p->y + hh + h > p->y1 + 0.01 && !pdf_at_top(p))
		pdf_new_page(p, p->landscape);
	if (!heads)
		return;
	/* Taken off the list first: placing one may call pdf_keep. */
	GArray *pend = p->pending;
	p->pending = g_array_new(FALSE, FALSE, sizeof(struct pend));
	for (guint i = 0; i < pend->len; i++)
		place_heading(p, &g_array_index(pend, struct pend, i));
	g_array_free(pend, TRUE);
}

/* Starts a new page unless h more points fit on this one. */
static void need(struct pdf *p, double h)
{
	pdf_keep(p, h);
}

bool pdf_defer_float(struct pdf *p, const struct doc_node *n, bool landscape)
{
	if (p->landscape || p->in_float)
		return false;
	/* A float right under a heading is set now, the heading above it
	 * (on the landscape page): the floats waiting before it first. */
	for (guint i = 0; i < p->pending->len; i++)
		if (g_array_index(p->pending, struct pend, i).n != NULL) {
			flush_floats(p);
			return false;
		}
	/* A portrait float after a waiting one waits too: tables and
	 * figures keep their numbered order. */
	if (p->floats->len == 0 && (!landscape || pdf_at_top(p)))
		return false;
	g_ptr_array_add(p->floats, (gpointer)n);
	return true;
}

static bool landscape_float(const struct pdf *p, const struct doc_node *n)
{
	if (n->type == DOC_TABLE)
		return g_hash_table_contains(p->land, n);
	return n->as.fl != NULL && n->as.fl->landscape;
}

/* A portrait float between landscape ones would stand alone on its
 * portrait page (a chart between two landscape tables): the landscape
 * ones go first, the portrait ones after them, where the text goes on
 * under them. Only when that keeps tables among tables and figures
 * among figures in their numbered order. */
static void landscape_first(struct pdf *p)
{
	GPtrArray *f = p->floats;
	for (guint i = 0; i < f->len; i++)
		for (guint j = i + 1; j < f->len; j++) {
			const struct doc_node *a = g_ptr_array_index(f, i);
			const struct doc_node *b = g_ptr_array_index(f, j);
			if (a->type == b->type && !landscape_float(p, a) &&
			    landscape_float(p, b))
				return;
		}
	GPtrArray *sorted = g_ptr_array_sized_new(f->len);
	for (int land = 1; land >= 0; land--)
		for (guint i = 0; i < f->len; i++) {
			const struct doc_node *n = g_ptr_array_index(f, i);
			if (landscape_float(p, n) == (bool)land)
				g_ptr_array_add(sorted, (gpointer)n);
		}
	for (guint i = 0; i < f->len; i++)
		g_ptr_array_index(f, i) = g_ptr_array_index(sorted, i);
	g_ptr_array_free(sorted, TRUE);
}

/* Sets the waiting floats in their order: the landscape ones on
 * landscape pages, the portrait ones after them on a portrait page. */
static void flush_floats(struct pdf *p)
{
	if (p->floats->len == 0 || p->in_float)
		return;
	p->in_float = true;
	/* The floats are no part of the elements open where the page
	 * filled (a list and its item: an L held a Table): those are closed
	 * and set aside while the floats are drawn, then opened again. */
	tags_close(p);
	GPtrArray *tags = p->tags;
	GArray *tag_num = p->tag_num;
	p->tags = g_ptr_array_new();
	p->tag_num = g_array_new(FALSE, FALSE, sizeof(int));
	landscape_first(p);
	for (guint i = 0; i < p->floats->len; i++) {
		const struct doc_node *n = g_ptr_array_index(p->floats, i);
		if (p->landscape && !landscape_float(p, n))
			pdf_new_page(p, false);
		block(p, n, p->x0, p->fw);
	}
	g_ptr_array_free(p->tags, TRUE);
	g_array_free(p->tag_num, TRUE);
	p->tags = tags;
	p->tag_num = tag_num;
	tags_reopen(p);
	g_ptr_array_set_size(p->floats, 0);
	p->in_float = false;
}

/* Records where an anchored node landed; in pass 2 also makes it a link
 * destination. */
void pdf_anchor(struct pdf *p, const struct doc_node *n, double y)
{
	struct anchor *a = g_new0(struct anchor, 1);
	a->page = p->page;
	a->x = p->x0;
	a->y = MAX(0, y - 6);
	page_label(p, a->label, sizeof a->label);
	g_hash_table_replace(p->pass == 1 ? p->anchors : p->anchors2,
	    (gpointer)n, a);
	if (p->cr == NULL || n->id == NULL ||
	    g_hash_table_contains(p->dests, n->id))
		return;
	g_hash_table_add(p->dests, (gpointer)n->id);
	char *q = tag_quote(n->id);
	char *attr = g_strdup_printf("name='%s' x=%.2f y=%.2f", q, p->x0,
	    MAX(0, y - 6));
	cairo_tag_begin(p->cr, CAIRO_TAG_DEST, attr);
	cairo_tag_end(p->cr, CAIRO_TAG_DEST);
	g_free(attr);
	g_free(q);
}

static int outline(struct pdf *p, int parent, const char *text, double y)
{
	if (p->cr == NULL || text == NULL)
		return 0;
	char *attr = g_strdup_printf("page=%d pos=[%.2f %.2f]", p->page,
	    p->x0, MAX(0, y - 6));
	int id = cairo_pdf_surface_add_outline(p->surf, parent, text, attr,
	    0);
	g_free(attr);
	return id;
}

void pdf_outline_entry(struct pdf *p, const char *text, double y)
{
	outline(p, p->outline_chapter ? p->outline_chapter :
	    CAIRO_PDF_OUTLINE_ROOT, text, y);
}

/* ------------------------------------------------------------------ */
/* Blocks                                                              */

static void flow_layout_keep(struct pdf *p, PangoLayout *l, double x,
	GArray *links, double after);

/* Of the n lines of a text, lines [from, from + k) fit on this page and
 * more follow: how many to set here (0: none, start on the next page). */
static int split_at(int k, int from, int n, const bool *hyph)
{
	if (n - from - k == 1 && k >= 3)
		k--; /* carry one more line: no widow */
	/* No word hyphenated across the page break. */
	while (k > 2 && hyph[from + k - 1])
		k--;
	if (k == 2 && hyph[from + 1] && from == 0)
		k = 0;
	if (k == 1 && n - from > 1)
		k = 0; /* no orphan */
	return k;
}

/* Places a paragraph-like layout, splitting it across pages by lines with
 * no single line left alone at the foot (orphan) or head (widow) and no
 * word hyphenated across the break (split_at). */
static void flow_layout(struct pdf *p, PangoLayout *l, double x, GArray *links)
{
	flow_layout_keep(p, l, x, links, 0);
}

/* flow_layout, where after is the height of what must follow the last
 * line on its page (a signature): when it does not fit, the last two
 * lines go with it. */
static void flow_layout_keep(struct pdf *p, PangoLayout *l, double x,
	GArray *links, double after)
{
	int n = pango_layout_get_line_count(l);
	double *bottom = g_new(double, n + 1);
	bool *hyph = g_new(bool, n + 1);
	const char *text = pango_layout_get_text(l);
	PangoLayoutIter *it = pango_layout_get_iter(l);
	int i = 0;
	do {
		PangoRectangle lr;
		pango_layout_iter_get_line_extents(it, NULL, &lr);
		bottom[i] = (double)(lr.y + lr.height) / PANGO_SCALE;
		hyph[i] = line_hyphenated(text,
		    pango_layout_iter_get_line_readonly(it));
	} while (++i < n && pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);

	/* A heading (or list mark) before the text keeps with the fewest
	 * first lines split_at leaves at a page foot. */
	int m = 1;
	while (m < n && split_at(m, 0, n, hyph) != m)
		m++;
	pdf_keep(p, bottom[m - 1]);
	int from = 0;
	while (from < n) {
		double top = from ? bottom[from - 1] : 0;
		double room = p->y1 - p->y;
		int k = 0;
		while (from + k < n && bottom[from + k] - top <= room + 0.01)
			k++;
		if (from + k == n && after > 0 && bottom[n - 1] - top + after >
		    room + 0.01 && !(pdf_at_top(p) && n - from <= 2))
			k = MAX(0, n - from - 2);
		if (from + k < n) {
			k = split_at(k, from, n, hyph);
			if (k == 0 && pdf_at_top(p))
				k = 1; /* a line taller than a page */
		}
		if (k > 0) {
			p->y += pdf_draw_lines(p, l, x, p->y, from, from + k,
			    links);
			from += k;
		}
		if (from < n)
			pdf_new_page(p, p->landscape);
	}
	g_free(bottom);
	g_free(hyph);
}

void pdf_place_layout(struct pdf *p, PangoLayout *l, double x,
	GArray *links)
{
	double h = pdf_layout_height(l);
	if (p->y + h <= p->y1 + 0.01) {
		pdf_draw_layout(p, l, x, p->y, links);
		p->y += h;
	} else {
		flow_layout(p, l, x, links);
	}
}

static double signature_height(struct pdf *, const struct doc_node *,
	double w);

static void paragraph(struct pdf *p, const struct doc_node *n, double x,
	double w, const struct tstyle *st)
{
	GArray *links = g_array_new(FALSE, FALSE, sizeof(struct tlink));
	PangoLayout *l = layout_inlines(p, n, st, w, links, false);
	/* The closing paragraph keeps its last lines with the signature. */
	double after = n->next && n->next->type == DOC_SIGNATURE ?
	    PARA_GAP + signature_height(p, n->next, w) : 0;
	flow_layout_keep(p, l, x, links, after);
	g_object_unref(l);
	g_array_free(links, TRUE);
	p->y += PARA_GAP;
}

static double heading_size(int level)
{
	return level <= 2 ? 13 : 12;
}

static PangoLayout *heading_layout(struct pdf *p, const struct doc_node *n,
	double w)
{
	const struct doc_heading *h = &n->as.heading;
	struct tstyle st = { .family = FONT_SERIF,
		.size = heading_size(h->level), .bold = h->level <= 3,
		.italic = h->level >= 3, .align = PANGO_ALIGN_LEFT,
		.spacing = BODY_SPACING };
	const char *t = h->title;
	char *free_me = NULL;
	if (t == NULL)
		t = free_me = doc_plain_text((struct doc *)p->doc, n);
	char *s = h->number ?
	    g_strdup_printf("%s %s", h->number, t) : g_strdup(t);
	PangoLayout *l = pdf_layout_kept(p, s, &st, w, NULL, 0);
	g_free(s);
	return l;
}

static void heading(struct pdf *p, const struct doc_node *n, double x,
	double w)
{
	/* Kept with what follows: drawn by the next block's pdf_keep, with
	 * its first two lines (or a table's caption, header and first
	 * rows). */
	struct pend e = { n, heading_layout(p, n, w), x - p->x0, 0, NULL };
	e.h = pdf_layout_height(e.l);
	g_array_append_val(p->pending, e);
}

static void list(struct pdf *p, const struct doc_node *n, double x, double w)
{
	const struct doc_list *l = &n->as.list;
	int no = l->start;
	struct tstyle st = ST_BODY;
	st.justify = false;
	/* Past the narrowest text, a nested list sets its marks where its
	 * parent's text starts and its text below its parent's. */
	if (w - LIST_INDENT < p->fw * MIN_TEXT_SHARE &&
	    x - LIST_INDENT >= p->x0) {
		x -= LIST_INDENT;
		w += LIST_INDENT;
	}
	struct ltags open = { false, false };
	for (const struct doc_node *it = n->first; it; it = it->next, no++) {
		char mark[24];
		if (l->ordered && l->tanda && no >= 1 && no <= 26)
			snprintf(mark, sizeof mark, "%c%c", 'a' + no - 1,
			    l->tanda);
		else if (l->ordered)
			snprintf(mark, sizeof mark, "%d.", no);
		else
			snprintf(mark, sizeof mark, "\xE2\x80\xA2");
		/* The mark waits, as a heading does, for the first lines of
		 * the item, and is set beside them on their page. */
		struct pend e = { NULL, pdf_layout_kept(p, mark, &st,
			LIST_INDENT - 4, NULL, 0), x - p->x0, 0, &open };
		double mh = pdf_layout_height(e.l);
		g_array_append_val(p->pending, e);
		blocks(p, it->first, x + LIST_INDENT, w - LIST_INDENT);
		if (p->pending->len > 0)
			pdf_keep(p, mh); /* an empty item */
		if (open.li) {
			pdf_tag_end(p);
			open.li = false;
		}
		if (l->tight)
			p->y -= PARA_GAP / 2;
	}
	if (open.l)
		pdf_tag_end(p);
	p->y += l->tight ? PARA_GAP / 2 : 0;
}

static void codeblock(struct pdf *p, const struct doc_node *n, double x,
	double w)
{
	struct tstyle st = { .family = FONT_SANS, .size = 9,
		.align = PANGO_ALIGN_LEFT, .spacing = 1.1 };
	PangoLayout *l = pdf_layout_text(p, n->as.literal, &st, w - 12);
	flow_layout(p, l, x + 6, NULL);
	g_object_unref(l);
	p->y += PARA_GAP;
}

/* librsvg is loaded at the first SVG image, not linked: loading its
 * libraries cost every lkjip run about 3 ms of CPU (bench), and most
 * reports have no SVG. The types come from its header. */
struct rsvg_api {
	RsvgHandle *(*new_from_data)(const guint8 *, gsize, GError **);
	gboolean (*render_document)(RsvgHandle *, cairo_t *,
	    const RsvgRectangle *, GError **);
};

static const struct rsvg_api *rsvg_api(void)
{
	static struct rsvg_api api;
	static int state; /* 0 not tried, 1 loaded, -1 missing */
	if (state == 0) {
		void *lib = dlopen("librsvg-2.so.2", RTLD_NOW | RTLD_LOCAL);
		if (lib != NULL) {
			/* POSIX's way to turn dlsym's void * into a
			 * function pointer. */
			*(void **)&api.new_from_data = dlsym(lib,
			    "rsvg_handle_new_from_data");
			*(void **)&api.render_document = dlsym(lib,
			    "rsvg_handle_render_document");
		}
		state = api.new_from_data && api.render_document ? 1 : -1;
	}
	return state == 1 ? &api : NULL;
}

/* A sanitised SVG (doc/image.c: nothing in it reaches outside the file)
 * drawn by librsvg into a recording surface of its size: it stays vector
 * in the PDF. */
static cairo_surface_t *svg_surface(const struct doc_image *im)
{
	const struct rsvg_api *rsvg = rsvg_api();
	RsvgHandle *h = rsvg ? rsvg->new_from_data(im->data, im->len, NULL) :
	    NULL;
	if (h == NULL)
		return NULL;
	cairo_rectangle_t ext = { 0, 0, im->width, im->height };
	cairo_surface_t *s = cairo_recording_surface_create(
	    CAIRO_CONTENT_COLOR_ALPHA, &ext);
	cairo_t *cr = cairo_create(s);
	RsvgRectangle vp = { 0, 0, im->width, im->height };
	gboolean ok = rsvg->render_document(h, cr, &vp, NULL);
	cairo_destroy(cr);
	g_object_unref(h);
	if (!ok) {
		cairo_surface_destroy(s);
		return NULL;
	}
	return s;
}

/* Width and height of an image or recording surface (load_image). */
static void surface_size(cairo_surface_t *s, double *w, double *h)
{
	cairo_rectangle_t r;
	if (cairo_surface_get_type(s) == CAIRO_SURFACE_TYPE_RECORDING &&
	    cairo_recording_surface_get_extents(s, &r)) {
		*w = r.width;
		*h = r.height;
		return;
	}
	*w = cairo_image_surface_get_width(s);
	*h = cairo_image_surface_get_height(s);
}

/* The image's checked bytes (doc/image.c: format and size known, within
 * the limits) as a surface. A JPEG is a blank surface of its size carrying
 * the JPEG data, which the PDF embeds as it is, undecoded. */
static cairo_surface_t *load_image(struct pdf *p, const struct doc_image *im,
    const char *name, const struct doc_node *n)
{
	cairo_surface_t *img = NULL;
	const char *why = NULL;
	switch (im->format) {
	case DOC_IMAGE_PNG:
		img = doc_image_png_surface(im);
		why = "the PNG data is damaged";
		break;
	case DOC_IMAGE_JPEG:
		img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, im->width,
		    im->height);
		if (cairo_surface_status(img) == CAIRO_STATUS_SUCCESS &&
		    cairo_surface_set_mime_data(img, CAIRO_MIME_TYPE_JPEG,
		    im->data, im->len, NULL, NULL) != CAIRO_STATUS_SUCCESS) {
			cairo_surface_destroy(img);
			img = NULL;
		}
		why = "the JPEG data cannot be embedded";
		break;
	case DOC_IMAGE_SVG:
		img = svg_surface(im);
		why = rsvg_api() ? "librsvg cannot draw it" :
		    "librsvg-2.so.2 is not installed";
		break;
	}
	if (img != NULL && cairo_surface_status(img) == CAIRO_STATUS_SUCCESS)
		return img;
	if (img != NULL)
		cairo_surface_destroy(img);
	if (p->pass == 1)
		diag_add(p->diags, DIAG_WARNING, n->pos, "%s image \"%s\" is "
		    "not in the PDF: %s", im->format_name, name ? name : "",
		    why);
	return NULL;
}

cairo_surface_t *pdf_image_surface(struct pdf *p, const struct doc_image *im,
	const char *name, const struct doc_node *n)
{
	return load_image(p, im, name, n);
}

void pdf_surface_size(cairo_surface_t *s, double *w, double *h)
{
	surface_size(s, w, h);
}

static void draw_image(struct pdf *p, cairo_surface_t *img, double x,
	double y, double w, double h)
{
	if (p->cr == NULL)
		return;
	double iw, ih;
	surface_size(img, &iw, &ih);
	cairo_save(p->cr);
	cairo_translate(p->cr, x, y);
	cairo_scale(p->cr, w / iw, h / ih);
	cairo_set_source_surface(p->cr, img, 0, 0);
	cairo_paint(p->cr);
	cairo_restore(p->cr);
}

static PangoLayout *caption_layout(struct pdf *p, const struct doc_float *fl,
	const char *suffix, double w)
{
	struct tstyle st = { .family = FONT_SERIF, .size = 11,
		.align = PANGO_ALIGN_CENTER, .spacing = 1.1 };
	const char *label = fl->label ? fl->label : "";
	char *s = g_strdup_printf("%s%s%s%s", label, suffix ? suffix : "",
	    fl->title && *label ? " " : "", fl->title ? fl->title : "");
	PangoLayout *l = pdf_layout_kept(p, s, &st, w, pdf_bold_prefix,
	    (int)(strlen(label) + (suffix ? strlen(suffix) : 0)));
	g_free(s);
	return l;
}

static PangoLayout *sumber_layout(struct pdf *p, const struct doc_float *fl,
	double w)
{
	if (fl == NULL || fl->sumber == NULL)
		return NULL;
	struct tstyle st = { .family = FONT_SERIF, .size = 10, .italic = true,
		.align = PANGO_ALIGN_LEFT };
	char *s = g_strdup_printf("Sumber: %s", fl->sumber);
	PangoLayout *l = pdf_layout_kept(p, s, &st, w, NULL, 0);
	g_free(s);
	return l;
}

/* A figure: the chart (vector) or image, caption below, kept together. */
static void figure(struct pdf *p, const struct doc_node *n, double x,
	double w)
{
	const struct doc_float *fl = n->as.fl;
	static const struct doc_float none;
	if (fl == NULL)
		fl = &none;
	if (fl->landscape) {
		pdf_ensure_orientation(p, true);
		x = p->x0;
		w = p->fw;
	}
	double fw = fl->width > 0 ? fl->width : FIG_W;
	double fh = fl->height > 0 ? fl->height : FIG_H;
	cairo_surface_t *img = NULL;
	if (fl->chart == NULL && fl->img != NULL) {
		img = load_image(p, fl->img, n->as.fl->url, n);
		if (img != NULL && fl->width <= 0) {
			surface_size(img, &fw, &fh);
		}
	}
	if (fw > w) {
		/* Charts re-lay themselves out at any width; images keep
		 * their proportions. */
		if (fl->chart == NULL)
			fh *= w / fw;
		fw = w;
	}
	double maxh = (p->y1 - p->y0) * 0.75;
	if (fh > maxh) {
		if (fl->chart == NULL)
			fw *= maxh / fh;
		fh = maxh;
	}
	PangoLayout *cap = caption_layout(p, fl, NULL, w);
	PangoLayout *src = sumber_layout(p, fl, w);
	double ch = pdf_layout_height(cap) + (src ? pdf_layout_height(src) : 0);
	need(p, fh + 6 + ch);
	pdf_anchor(p, n, p->y);
	double fx = x + (w - fw) / 2;
	if (p->cr != NULL) {
		/* Its alt text states the chart's data (doc/charts.c). */
		pdf_figure_begin(p, fl->alt ? fl->alt : fl->title);
		if (fl->chart != NULL) {
			cairo_save(p->cr);
			cairo_translate(p->cr, fx, p->y);
			cairo_rectangle(p->cr, 0, 0, fw, fh);
			cairo_clip(p->cr);
			if (chart_draw(fl->chart, p->cr, fw, fh) != 0)
				diag_add(p->diags, DIAG_WARNING, n->pos,
				    "cannot draw the chart");
			cairo_restore(p->cr);
			cairo_set_source_rgb(p->cr, 0, 0, 0);
		} else if (img != NULL) {
			draw_image(p, img, fx, p->y, fw, fh);
		} else {
			cairo_rectangle(p->cr, fx, p->y, fw, fh);
			cairo_set_line_width(p->cr, 0.5);
			cairo_stroke(p->cr);
		}
		pdf_figure_end(p);
	}
	p->y += fh + 6;
	const char *role = p->role;
	p->role = "Caption";
	pdf_place_layout(p, cap, x, NULL);
	p->role = role;
	if (src) {
		pdf_place_layout(p, src, x, NULL);
		g_object_unref(src);
	}
	p->y += 2 * PARA_GAP;
	g_object_unref(cap);
	if (img)
		cairo_surface_destroy(img);
	p->float_drawn++;
}

/* A paragraph holding only an image is a picture, not text. */
static const struct doc_node *lone_image(const struct doc_node *n)
{
	const struct doc_node *img = NULL;
	for (const struct doc_node *c = n->first; c; c = c->next) {
		if (c->type == DOC_IMAGE && img == NULL)
			img = c;
		else if (!(c->type == DOC_TEXT && c->as.literal &&
		    strspn(c->as.literal, " \t") == strlen(c->as.literal)))
			return NULL;
	}
	return img;
}

static void block_image(struct pdf *p, const struct doc_node *img, double x,
	double w)
{
	const struct doc_image_ref *im = &img->as.image;
	cairo_surface_t *s = im->img ? load_image(p, im->img, im->url, img) :
	    NULL;
	if (s == NULL) {
		struct tstyle st = ST_BODY;
		st.italic = true;
		PangoLayout *l = pdf_layout_text(p, im->alt ?
		    im->alt : "", &st, w);
		flow_layout(p, l, x, NULL);
		g_object_unref(l);
		return;
	}
	double iw, ih;
	surface_size(s, &iw, &ih);
	double sc = MIN(1.0, MIN(w / iw, (p->y1 - p->y0) * 0.75 / ih));
	need(p, ih * sc);
	pdf_figure_begin(p, img->as.image.alt);
	draw_image(p, s, x + (w - iw * sc) / 2, p->y, iw * sc, ih * sc);
	pdf_figure_end(p);
	p->y += ih * sc + PARA_GAP;
	cairo_surface_destroy(s);
}

#define SIG_ABOVE 12.0
#define SIG_GAP 60.0 /* room for the signature and stamp */

static double signature_layouts(struct pdf *, const struct doc_signature *,
	double bw, PangoLayout **topp, PangoLayout **namep,
	PangoLayout **botp);

static void signature(struct pdf *p, const struct doc_node *n, double x,
	double w)
{
	const struct doc_signature *sg = n->as.sig;
	if (sg == NULL)
		return;
	double bw = w * 0.5, bx = x + w - bw;
	PangoLayout *top, *name, *bot;
	double h = signature_layouts(p, sg, bw, &top, &name, &bot);
	p->y += SIG_ABOVE;
	need(p, h);
	pdf_place_layout(p, top, bx, NULL);
	p->y += SIG_GAP;
	pdf_place_layout(p, name, bx, NULL);
	pdf_place_layout(p, bot, bx, NULL);
	p->y += PARA_GAP;
	g_object_unref(top);
	g_object_unref(name);
	g_object_unref(bot);
}

static double signature_layouts(struct pdf *p,
	const struct doc_signature *sg, double bw, PangoLayout **topp,
	PangoLayout **namep, PangoLayout **botp)
{
	struct tstyle st = { .family = FONT_SERIF, .size = BODY_SIZE,
		.align = PANGO_ALIGN_CENTER, .spacing = 1.1 };
	PangoLayout *top = pdf_layout_text(p, "", &st, bw);
	char *t = g_strdup_printf("%s%s%s\n%s", sg->ditetapkan ?
	    sg->ditetapkan : "", sg->ditetapkan ? "\n" : "",
	    sg->tempat_tanggal ? sg->tempat_tanggal : "",
	    sg->jabatan ? sg->jabatan : "");
	set_text(top, t, -1);
	g_free(t);
	PangoLayout *name = pdf_layout_text(p, sg->nama ? sg->nama : "", &st,
	    bw);
	PangoAttrList *al = pango_attr_list_new();
	pango_attr_list_insert(al, pango_attr_weight_new(PANGO_WEIGHT_BOLD));
	pango_attr_list_insert(al,
	    pango_attr_underline_new(PANGO_UNDERLINE_SINGLE));
	pango_layout_set_attributes(name, al);
	pango_attr_list_unref(al);
	t = g_strdup_printf("%s%s%s", sg->pangkat ? sg->pangkat : "",
	    sg->pangkat && sg->nip ? "\n" : "", sg->nip ? sg->nip : "");
	PangoLayout *bot = pdf_layout_text(p, t, &st, bw);
	g_free(t);
	*topp = top;
	*namep = name;
	*botp = bot;
	return pdf_layout_height(top) + SIG_GAP + pdf_layout_height(name) +
	    pdf_layout_height(bot);
}

/* The room the signature block takes below the paragraph before it. */
static double signature_height(struct pdf *p, const struct doc_node *n,
	double w)
{
	if (n->as.sig == NULL)
		return 0;
	PangoLayout *top, *name, *bot;
	double h = signature_layouts(p, n->as.sig, w * 0.5, &top, &name, &bot);
	g_object_unref(top);
	g_object_unref(name);
	g_object_unref(bot);
	return SIG_ABOVE + h;
}

static void block(struct pdf *p, const struct doc_node *n, double x, double w)
{
	/* Only a landscape float may sit on a landscape page. */
	bool land_float = (n->type == DOC_TABLE || n->type == DOC_FIGURE ||
	    n->type == DOC_ANNEX); /* an annex picks its pages' own */
	if (p->landscape && !land_float) {
		pdf_new_page(p, false);
		x = p->x0;
		w = p->fw;
	}
	switch (n->type) {
	case DOC_HEADING:
		heading(p, n, x, w);
		break;
	case DOC_PARAGRAPH: {
		const struct doc_node *img = lone_image(n);
		if (img)
			block_image(p, img, x, w);
		else
			paragraph(p, n, x, w, &ST_BODY);
		break;
	}
	case DOC_LIST:
		list(p, n, x, w);
		break;
	case DOC_ITEM:
		blocks(p, n->first, x, w);
		break;
	case DOC_BLOCKQUOTE:
		if (w - 2 * QUOTE_INDENT >= p->fw * MIN_TEXT_SHARE) {
			x += QUOTE_INDENT;
			w -= 2 * QUOTE_INDENT;
		}
		blocks(p, n->first, x, w);
		break;
	case DOC_CODEBLOCK:
		codeblock(p, n, x, w);
		break;
	case DOC_RULE:
		need(p, 12);
		if (p->cr) {
			cairo_set_line_width(p->cr, 0.5);
			cairo_move_to(p->cr, x, p->y + 6);
			cairo_line_to(p->cr, x + w, p->y + 6);
			cairo_stroke(p->cr);
		}
		p->y += 12;
		break;
	case DOC_TABLE:
		/* Pass 2 knows from pass 1 which tables go landscape. */
		if (!(p->pass == 2 && pdf_defer_float(p, n,
		    g_hash_table_contains(p->land, n))))
			pdf_table(p, n, x, w);
		break;
	case DOC_FIGURE:
		if (!pdf_defer_float(p, n, landscape_float(p, n)))
			figure(p, n, x, w);
		break;
	case DOC_SIGNATURE:
		signature(p, n, x, w);
		break;
	case DOC_PAGEBREAK:
		pdf_keep(p, 0);
		if (!pdf_at_top(p))
			pdf_new_page(p, false);
		break;
	case DOC_ANNEX:
		flush_floats(p);
		pdf_annex(p, n);
		break;
	case DOC_DOCUMENT: /* not blocks: layout_doc, table.c, inl_walk */
	case DOC_COVER:
	case DOC_TOC:
	case DOC_CHAPTER:
	case DOC_SUMMARY:
	case DOC_ROW:
	case DOC_CELL:
	case DOC_TEXT:
	case DOC_EMPH:
	case DOC_STRONG:
	case DOC_CODE:
	case DOC_LINK:
	case DOC_IMAGE:
	case DOC_XREF:
	case DOC_SOFTBREAK:
	case DOC_LINEBREAK:
	case DOC_STRIKE:
	case DOC_TYPE_MAX:
		break;
	}
}

static void blocks(struct pdf *p, const struct doc_node *first, double x,
	double w)
{
	for (const struct doc_node *n = first; n; n = n->next)
		block(p, n, x, w);
}

/* ------------------------------------------------------------------ */
/* Cover, chapters, lists of contents                                  */

static PangoLayout *centred_layout(struct pdf *p, const char *text,
	double size, bool bold)
{
	struct tstyle st = { .family = FONT_SERIF, .size = size, .bold = bold,
		.align = PANGO_ALIGN_CENTER, .spacing = 1.15 };
	return pdf_layout_kept(p, text, &st, p->fw, NULL, 0);
}

static double centred(struct pdf *p, const char *text, double size,
	bool bold, double y)
{
	PangoLayout *l = centred_layout(p, text, size, bold);
	double h = text ? pdf_layout_height(l) : 0;
	if (text)
		pdf_draw_layout(p, l, p->x0, y, NULL);
	g_object_unref(l);
	return h;
}

/* Texts set centred on the cover or a chapter's first page: measured
 * first, then drawn at fixed places, or one after the other, flowing over
 * pages, when they are too long for those places. */
struct ctext {
	PangoLayout *l; /* NULL for no text */
	double h, gap;  /* height; space after it */
	double dx;      /* where its box starts, right of the frame's left */
};

static struct ctext ctext(struct pdf *p, const char *text, double size,
	double gap)
{
	struct ctext c = { NULL, 0, gap, 0 };
	if (text != NULL) {
		c.l = centred_layout(p, text, size, true);
		c.h = pdf_layout_height(c.l);
	}
	return c;
}

/* Draws the texts from y on (or, flow, from p->y on, across pages);
 * returns where the last one ends. Frees them. */
static double ctexts(struct pdf *p, struct ctext *t, int n, double y,
	bool flow)
{
	for (int i = 0; i < n; i++) {
		if (flow) {
			if (t[i].l)
				pdf_place_layout(p, t[i].l, p->x0 + t[i].dx,
				    NULL);
			p->y += t[i].gap;
		} else {
			if (t[i].l)
				pdf_draw_layout(p, t[i].l, p->x0 + t[i].dx, y,
				    NULL);
			y += t[i].h + t[i].gap;
		}
		if (t[i].l)
			g_object_unref(t[i].l);
	}
	return flow ? p->y : y;
}

static double ctexts_height(const struct ctext *t, int n)
{
	double h = 0;
	for (int i = 0; i < n; i++)
		h += t[i].h + t[i].gap;
	return h;
}

/* The cover is centred on the page, not on the text frame (whose binding
 * margin is wider): its texts within COVER_SIDE of either edge. */
#define COVER_SIDE (2.5 * PT_PER_CM)
/* The colour band of sampul templat pita (dark blue; white text on it has
 * a contrast of 11:1). */
#define BAND_R 0.09
#define BAND_G 0.20
#define BAND_B 0.36

/* A cover text, centred on the page, its lines balanced: the narrowest
 * width that keeps the line count of the full width, so a long agency
 * name wraps into lines of like length and never leaves one word alone
 * on its last line. */
static struct ctext cover_text(struct pdf *p, const char *text, double size,
	double gap)
{
	struct ctext c = { NULL, 0, gap, 0 };
	if (text == NULL)
		return c;
	double w = p->pw - 2 * COVER_SIDE;
	struct tstyle st = { .family = FONT_SERIF, .size = size, .bold = true,
		.align = PANGO_ALIGN_CENTER, .spacing = 1.15 };
	c.l = pdf_layout_text(p, text, &st, w);
	int n = pango_layout_get_line_count(c.l);
	if (n > 1) {
		double lo = w / n * 0.5, hi = w;
		while (hi - lo > 0.5) {
			double mid = (lo + hi) / 2;
			pango_layout_set_width(c.l, (int)(mid * PANGO_SCALE));
			if (pango_layout_get_line_count(c.l) == n)
				hi = mid;
			else
				lo = mid;
		}
		pango_layout_set_width(c.l, (int)(hi * PANGO_SCALE));
		w = hi;
	}
	c.h = pdf_layout_height(c.l);
	c.dx = (p->pw - w) / 2 - p->x0;
	return c;
}

static void cover(struct pdf *p, const struct doc_node *n)
{
	const struct doc_cover *c = n->as.cover;
	p->numstyle = NUM_NONE;
	pdf_new_page(p, false);
	if (c == NULL)
		return;
	cairo_surface_t *img = c->logo_img ? load_image(p, c->logo_img,
	    c->logo, n) : NULL;
	double lw = 0, lh = 0;
	if (img != NULL) {
		double iw, ih;
		surface_size(img, &iw, &ih);
		lh = 5 * PT_PER_CM;
		lw = iw * lh / ih;
		if (lw > p->pw - 2 * COVER_SIDE) {
			lw = p->pw - 2 * COVER_SIDE;
			lh = ih * lw / iw;
		}
	}
	struct ctext top[] = { cover_text(p, c->judul, 18, 4),
		cover_text(p, c->singkatan, 18, 4),
		cover_text(p, c->tahun, 16, 0) };
	bool kontak = c->alamat || c->telepon || c->email || c->laman;
	struct ctext bottom[] = { cover_text(p, c->instansi, 16, 4),
		cover_text(p, c->pemerintah, 16, c->tahun_terbit ? 10 :
		    kontak ? 6 : 0),
		cover_text(p, c->tahun_terbit, 14, kontak ? 6 : 0),
		cover_text(p, c->alamat, 10, 1), cover_text(p, c->telepon, 10, 1),
		cover_text(p, c->email, 10, 1), cover_text(p, c->laman, 10, 0) };
	double mid = (p->y0 + p->y1) / 2;
	double toph = ctexts_height(top, 3);
	/* Contact lines (alamat, telepon, email, laman) raise the block so
	 * that it ends where the agency's name alone would. */
	double by = p->y1 - 80 - ctexts_height(&bottom[3], 4);
	/* Names too long for the cover's places: one after the other, on as
	 * many pages as they take. */
	bool flow = p->y0 + 20 + toph > mid - lh / 2 - 10 ||
	    by + ctexts_height(bottom, 7) > p->ph - PT_PER_CM;
	bool band = c->pita && !flow && p->cr != NULL;
	if (band) {
		/* From the page's top edge to below the title. */
		cairo_save(p->cr);
		cairo_set_source_rgb(p->cr, BAND_R, BAND_G, BAND_B);
		cairo_rectangle(p->cr, 0, 0, p->pw, p->y0 + 20 + toph + 28);
		cairo_fill(p->cr);
		cairo_restore(p->cr);
		cairo_set_source_rgb(p->cr, 1, 1, 1);
	}
	p->y = p->y0 + 20;
	ctexts(p, top, 3, p->y, flow);
	if (band)
		cairo_set_source_rgb(p->cr, 0, 0, 0);
	if (img != NULL) {
		double iy = mid - lh / 2;
		if (flow) {
			p->y += 20;
			need(p, lh);
			iy = p->y;
			p->y += lh + 20;
		}
		char *alt = g_strdup_printf("Lambang %s", c->pemerintah ?
		    c->pemerintah : "");
		pdf_figure_begin(p, alt);
		g_free(alt);
		draw_image(p, img, (p->pw - lw) / 2, iy, lw, lh);
		pdf_figure_end(p);
		cairo_surface_destroy(img);
	}
	ctexts(p, bottom, 7, by, flow);
}

static void chapter(struct pdf *p, const struct doc_node *n)
{
	const struct doc_chapter *ch = &n->as.chapter;
	if (ch->kind == CHAPTER_FRONT) {
		if (p->numstyle != NUM_ROMAN) {
			p->numstyle = NUM_ROMAN;
			p->num = 0;
		}
	} else if (p->numstyle != NUM_ARABIC) {
		p->numstyle = NUM_ARABIC;
		p->num = 0;
	}
	char *run = ch->number ? g_strdup_printf("%s %s", ch->number,
	    ch->title ? ch->title : "") : g_strdup(ch->title ? ch->title : "");
	p->running = g_intern_string(run);
	p->opening = true;
	pdf_new_page(p, false);
	pdf_anchor(p, n, p->y);
	p->outline_chapter = outline(p, CAIRO_PDF_OUTLINE_ROOT, run, p->y);
	p->outline_h2 = p->outline_h3 = 0;
	g_free(run);
	/* The number and title: a title longer than the page flows on. */
	struct ctext t[] = { ctext(p, ch->number, 14, ch->number ? 2 : 0),
		ctext(p, ch->title, 14, 0) };
	bool flow = ctexts_height(t, 2) > p->y1 - p->y;
	/* One H1 of number and title. */
	pdf_tag_begin(p, "H1");
	const char *role = p->role;
	p->role = NULL;
	p->y = ctexts(p, t, 2, p->y, flow) + 24;
	p->role = role;
	pdf_tag_end(p);
	blocks(p, n->first, p->x0, p->fw);
	/* What waits is set before the next chapter. */
	pdf_keep(p, 0);
	flush_floats(p);
}

/* One entry of a list of contents. */
static const char *TOC_TITLES[] = {
	[TOC_ISI] = "DAFTAR ISI",
	[TOC_TABEL] = "DAFTAR TABEL",
	[TOC_GAMBAR] = "DAFTAR GAMBAR",
	[TOC_LAMPIRAN] = "DAFTAR LAMPIRAN",
};

struct toc_entry {
	const struct doc_node *n;
	char *text;
	int level; /* 0 chapter, 1.. headings */
	bool bold;
	int prefix; /* bytes of the number ("3.1 ", "Tabel 2.1 ") */
};

static void toc_collect(struct pdf *p, enum doc_toc_kind kind, GArray *out)
{
	struct doc_iter it;
	struct doc_node *n;
	enum doc_event ev;
	doc_iter_init(&it, p->doc->root);
	while ((ev = doc_iter_next(&it, &n)) != DOC_DONE) {
		if (ev != DOC_ENTER)
			continue;
		struct toc_entry e = { n, NULL, 0, false, 0 };
		if (kind == TOC_ISI && n->type == DOC_CHAPTER) {
			const struct doc_chapter *ch = &n->as.chapter;
			e.text = ch->number ? g_strdup_printf("%s %s",
			    ch->number, ch->title ? ch->title : "") :
			    g_strdup(ch->title ? ch->title : "");
			e.prefix = ch->number ? (int)strlen(ch->number) + 1 : 0;
			e.bold = ch->kind != CHAPTER_FRONT;
		} else if (kind == TOC_ISI && n->type == DOC_TOC &&
		    n->as.toc.kind != TOC_ISI) {
			e.text = g_strdup(TOC_TITLES[n->as.toc.kind]);
		} else if (kind == TOC_ISI && n->type == DOC_HEADING &&
		    n->as.heading.in_toc) {
			const struct doc_heading *h = &n->as.heading;
			const char *t = h->title ? h->title :
			    doc_plain_text((struct doc *)p->doc, n);
			e.text = h->number ? g_strdup_printf("%s %s",
			    h->number, t) : g_strdup(t);
			e.prefix = h->number ? (int)strlen(h->number) + 1 : 0;
			e.level = h->level - 1;
		} else if ((kind == TOC_ISI || kind == TOC_LAMPIRAN) &&
		    n->type == DOC_ANNEX) {
			/* In the daftar isi under their chapter, as its
			 * sections. */
			const struct doc_annex *x = n->as.annex;
			e.text = g_strdup_printf("%s %s", x->label,
			    x->title ? x->title : "");
			e.prefix = (int)strlen(x->label) + 1;
			e.level = kind == TOC_ISI ? 1 : 0;
		} else if ((kind == TOC_TABEL && n->type == DOC_TABLE) ||
		    (kind == TOC_GAMBAR && n->type == DOC_FIGURE)) {
			if (n->as.fl == NULL || n->as.fl->label == NULL)
				continue;
			e.text = g_strdup_printf("%s %s", n->as.fl->label,
			    n->as.fl->title ? n->as.fl->title : "");
			e.prefix = (int)strlen(n->as.fl->label) + 1;
		} else {
			continue;
		}
		g_array_append_val(out, e);
	}
}

/* A wrapped entry's later lines start under its text, not under its
 * number ("3.1", "Tabel 2.1"): a hanging indent of the number's width. */
static void hang(PangoLayout *l, int prefix)
{
	const char *t = pango_layout_get_text(l);
	if (prefix <= 0) {
		/* A number written in the heading itself: "2.", "A.",
		 * "IV)". */
		size_t n = strspn(t, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ.)");
		if (n > 1 && n <= 8 && (t[n - 1] == '.' || t[n - 1] == ')') &&
		    t[n] == ' ')
			prefix = (int)n + 1;
	}
	if (prefix <= 0 || pango_layout_get_line_count(l) < 2)
		return;
	PangoRectangle a, b;
	pango_layout_index_to_pos(l, 0, &a);
	pango_layout_index_to_pos(l, prefix, &b);
	if (b.y == a.y && b.x > a.x)
		pango_layout_set_indent(l, -(b.x - a.x));
}


static void toc(struct pdf *p, const struct doc_node *n)
{
	if (p->numstyle != NUM_ROMAN) {
		p->numstyle = NUM_ROMAN;
		p->num = 0;
	}
	const char *title = TOC_TITLES[n->as.toc.kind <= TOC_LAMPIRAN ?
	    n->as.toc.kind : TOC_ISI];
	p->running = title;
	p->opening = true;
	pdf_new_page(p, false);
	pdf_anchor(p, n, p->y);
	outline(p, CAIRO_PDF_OUTLINE_ROOT, title, p->y);
	const char *role = p->role;
	p->role = "H1";
	p->y += centred(p, title, 14, true, p->y) + 24;
	p->role = role;

	GArray *es = g_array_new(FALSE, FALSE, sizeof(struct toc_entry));
	toc_collect(p, n->as.toc.kind, es);
	if (es->len == 0) {
		/* As the site says it: an empty page could be a fault. */
		PangoLayout *l = pdf_layout_text(p, "Tidak ada.", &ST_BODY,
		    p->fw);
		pdf_draw_layout(p, l, p->x0, p->y, NULL);
		p->y += pdf_layout_height(l);
		g_object_unref(l);
	}
	const double numw = 36, lead = 14, step = 18;
	struct tstyle st = { .family = FONT_SERIF, .size = 12,
		.align = PANGO_ALIGN_LEFT, .spacing = 1.15 };
	struct tstyle dots = st;
	dots.align = PANGO_ALIGN_RIGHT;
	dots.bold = false;
	struct tstyle num = dots;
	/* A TOC of TOCI elements: entry, leaders and number each. */
	pdf_tag_begin(p, "TOC");
	const char *erole = p->role;
	p->role = NULL;
	for (guint i = 0; i < es->len; i++) {
		struct toc_entry *e = &g_array_index(es, struct toc_entry, i);
		double ind = e->level * step;
		st.bold = e->bold;
		double tw = p->fw - ind - numw - lead;
		/* Made in pass 1, drawn in pass 2 (pdf_layout_kept). */
		PangoLayout *l = pdf_layout_kept(p, e->text, &st, tw, hang,
		    e->prefix);
		double h = pdf_layout_height(l);
		need(p, h + 3);
		pdf_tag_begin(p, "TOCI");
		const struct anchor *a = g_hash_table_lookup(p->anchors, e->n);
		const char *label = a ? a->label : "?";
		if (p->y + h > p->y1 + 0.01) {
			/* An entry longer than a page flows on, its number
			 * after its last line (no leaders, no link). */
			flow_layout(p, l, p->x0 + ind, NULL);
			PangoLayout *nl = pdf_layout_kept(p, label, &num, numw,
			    NULL, 0);
			pdf_draw_layout(p, nl, p->x0 + p->fw - numw, p->y -
			    pdf_layout_height(nl), NULL);
			g_object_unref(nl);
			p->y += 3;
			g_object_unref(l);
			pdf_tag_end(p);
			g_free(e->text);
			continue;
		}
		if (a != NULL) /* the link's element: entry and number */
			pdf_tag_begin(p, LINK_TAG);
		if (p->cr && a != NULL) {
			/* The whole entry, number included, is the link. */
			struct pannot pa = { .page = p->page, .x = p->x0 + ind,
				.y = p->y, .w = p->fw - ind, .h = h,
				.dest_page = a->page, .dest_x = a->x,
				.dest_y = a->y, .elem = g_array_index(p->tag_num,
				int, p->tag_num->len - 2), .text = link_text(p,
				e->text, (int)strlen(e->text)),
				.link = g_array_index(p->tag_num, int,
				p->tag_num->len - 1) };
			g_array_append_val(p->annots, pa);
		}
		pdf_draw_layout(p, l, p->x0 + ind, p->y, NULL);
		if (p->cr != NULL) {
			/* Leaders from the end of the last line to the
			 * number, on the last line's baseline. */
			PangoLayoutIter *it = pango_layout_get_iter(l);
			while (pango_layout_iter_next_line(it))
				;
			/* In layout coordinates: past a hanging indent. */
			PangoRectangle ll;
			pango_layout_iter_get_line_extents(it, NULL, &ll);
			double endx = p->x0 + ind + (double)(ll.x + ll.width) /
			    PANGO_SCALE + 4;
			double ly = p->y + (double)ll.y / PANGO_SCALE;
			pango_layout_iter_free(it);
			double dw = p->x0 + p->fw - numw - 4 - endx;
			if (dw > 6) {
				int count = (int)(dw / 3.0);
				char *d = g_malloc((size_t)count + 1);
				memset(d, '.', (size_t)count);
				d[count] = '\0';
				PangoLayout *dl = pdf_layout_text(p, d, &dots,
				    dw);
				pango_layout_set_wrap(dl, PANGO_WRAP_CHAR);
				pango_layout_set_ellipsize(dl,
				    PANGO_ELLIPSIZE_START);
				pdf_draw_layout(p, dl, endx, ly, NULL);
				g_object_unref(dl);
				g_free(d);
			}
			PangoLayout *nlay = pdf_layout_kept(p, label, &num,
			    numw, NULL, 0);
			pdf_draw_layout(p, nlay, p->x0 + p->fw - numw, ly,
			    NULL);
			g_object_unref(nlay);
		}
		if (a != NULL)
			pdf_tag_end(p);
		p->y += h + 3;
		g_object_unref(l);
		pdf_tag_end(p);
		g_free(e->text);
	}
	p->role = erole;
	pdf_tag_end(p);
	g_array_free(es, TRUE);
}

static void layout_doc(struct pdf *p)
{
	p->page = 0;
	p->page_open = false;
	p->numstyle = NUM_NONE;
	p->num = 0;
	p->running = NULL;
	p->outline_chapter = p->outline_h2 = p->outline_h3 = 0;
	/* Text is a paragraph unless what draws it says otherwise. */
	p->role = "P";
	g_ptr_array_set_size(p->tags, 0);
	g_array_set_size(p->tag_num, 0);

	for (const struct doc_node *n = p->doc->root ? p->doc->root->first :
	    NULL; n; n = n->next) {
		switch (n->type) {
		case DOC_SUMMARY:
			/* The site's answer-first block: the PDF keeps the
			 * formal order, whose Bab IV and ikhtisar state the
			 * same figures. */
			break;
		case DOC_COVER:
			cover(p, n);
			break;
		case DOC_TOC:
			toc(p, n);
			break;
		case DOC_CHAPTER:
			chapter(p, n);
			break;
		case DOC_DOCUMENT:
		case DOC_HEADING:
		case DOC_PARAGRAPH:
		case DOC_LIST:
		case DOC_ITEM:
		case DOC_BLOCKQUOTE:
		case DOC_CODEBLOCK:
		case DOC_RULE:
		case DOC_TABLE:
		case DOC_ROW:
		case DOC_CELL:
		case DOC_FIGURE:
		case DOC_SIGNATURE:
		case DOC_PAGEBREAK:
		case DOC_ANNEX:
		case DOC_TEXT:
		case DOC_EMPH:
		case DOC_STRONG:
		case DOC_CODE:
		case DOC_LINK:
		case DOC_IMAGE:
		case DOC_XREF:
		case DOC_SOFTBREAK:
		case DOC_LINEBREAK:
		case DOC_STRIKE:
		case DOC_TYPE_MAX:
			/* Loose blocks at top level (hand-made docs). */
			if (!p->page_open)
				pdf_new_page(p, false);
			block(p, n, p->x0, p->fw);
		}
	}
	pdf_keep(p, 0);
	flush_floats(p);
	if (!p->page_open)
		pdf_new_page(p, false);
}

/* ------------------------------------------------------------------ */
/* Output                                                              */

static cairo_status_t write_mem(void *closure, const unsigned char *data,
	unsigned int len)
{
	g_byte_array_append(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

static void collect_ids(struct pdf *p)
{
	struct doc_iter it;
	struct doc_node *n;
	doc_iter_init(&it, p->doc->root);
	while (doc_iter_next(&it, &n) != DOC_DONE)
		if (n->id && (n->type == DOC_CHAPTER || n->type == DOC_HEADING
		    || n->type == DOC_TABLE || n->type == DOC_FIGURE ||
		    n->type == DOC_TOC || n->type == DOC_ANNEX))
			g_hash_table_insert(p->ids, (gpointer)n->id, n);
}

static void metadata(struct pdf *p)
{
	const struct doc *d = p->doc;
	/* The Title names the agency (a reader shows it, not the file
	 * name: DisplayDocTitle): "Laporan Kinerja ... Tahun 2024 - Dinas
	 * ... Kabupaten Magetan". */
	if (d->title) {
		char *t = d->author ? g_strdup_printf("%s - %s", d->title,
		    d->author) : g_strdup(d->title);
		cairo_pdf_surface_set_metadata(p->surf,
		    CAIRO_PDF_METADATA_TITLE, t);
		g_free(t);
	}
	if (d->author)
		cairo_pdf_surface_set_metadata(p->surf,
		    CAIRO_PDF_METADATA_AUTHOR, d->author);
	if (d->subject)
		cairo_pdf_surface_set_metadata(p->surf,
		    CAIRO_PDF_METADATA_SUBJECT, d->subject);
	cairo_pdf_surface_set_metadata(p->surf, CAIRO_PDF_METADATA_CREATOR,
	    "lkjip " LKJIP_VERSION);
	if (d->source_date > 0) {
		/* From SOURCE_DATE_EPOCH: the same input gives the same
		 * bytes. */
		time_t t = (time_t)d->source_date;
		struct tm tm;
		char buf[32];
		gmtime_r(&t, &tm);
		strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
		cairo_pdf_surface_set_metadata(p->surf,
		    CAIRO_PDF_METADATA_CREATE_DATE, buf);
		cairo_pdf_surface_set_metadata(p->surf,
		    CAIRO_PDF_METADATA_MOD_DATE, buf);
	}
}

static gboolean anchor_differs(gpointer key, gpointer value, gpointer data)
{
	const struct anchor *a = value;
	const struct anchor *b = g_hash_table_lookup(data, key);
	return b == NULL || a->page != b->page;
}

int pdf_render(const struct doc *d, const char *path, struct diag_list *diags)
{
	struct src_pos nowhere = { path, 0, 0, NULL };
	if (!fonts_init(NULL)) {
		diag_add(diags, DIAG_ERROR, nowhere,
		    "font tidak ditemukan di folder fonts/");
		return -1;
	}
	struct pdf pp = { .doc = d, .diags = diags }, *p = &pp;
	PangoFontMap *fm = pango_cairo_font_map_get_default();
	p->pctx = pango_font_map_create_context(fm);
	pango_cairo_context_set_resolution(p->pctx, 72);
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(p->pctx, fo);
	cairo_font_options_destroy(fo);
	pango_context_set_round_glyph_positions(p->pctx, FALSE);
	pango_context_set_language(p->pctx, pango_language_from_string("id"));
	p->hyph = hyph_open(NULL);
	if (p->hyph == NULL)
		diag_add(diags, DIAG_WARNING, nowhere,
		    "kamus pemenggalan kata %s tidak ada: teks tanpa "
		    "pemenggalan", HYPH_DICT_ID);
	p->anchors = g_hash_table_new_full(NULL, NULL, NULL, g_free);
	p->anchors2 = g_hash_table_new_full(NULL, NULL, NULL, g_free);
	p->ids = g_hash_table_new(g_str_hash, g_str_equal);
	p->dests = g_hash_table_new(g_str_hash, g_str_equal);
	p->cellw = g_hash_table_new_full(NULL, NULL, NULL, g_free);
	p->annots = g_array_new(FALSE, FALSE, sizeof(struct pannot));
	p->page_h = g_array_new(FALSE, FALSE, sizeof(double));
	p->lcache = g_hash_table_new_full(NULL, NULL, NULL, lentry_free);
	p->shared = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_object_unref);
	p->shared_set = g_hash_table_new(NULL, NULL);
	p->wrapped = g_hash_table_new_full(wkey_hash, wkey_equal, g_free,
	    g_object_unref);
	p->kept = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_object_unref);
	p->pending = g_array_new(FALSE, FALSE, sizeof(struct pend));
	p->floats = g_ptr_array_new();
	p->land = g_hash_table_new(NULL, NULL);
	p->tags = g_ptr_array_new();
	p->tag_num = g_array_new(FALSE, FALSE, sizeof(int));
	p->texts = g_ptr_array_new_with_free_func(g_free);
	p->alts = g_ptr_array_new_with_free_func(g_free);
	collect_ids(p);

	/* Pass 1: measure. */
	p->pass = 1;
	layout_doc(p);
	int pages1 = p->page;

	/* Pass 2: draw. */
	GByteArray *buf = g_byte_array_new();
	/* Page contents uncompressed: annot.c marks what no element holds
	 * as Artifact (cairo 1.16 cannot) and compresses them. The variable
	 * is cairo 1.16's only switch for it, read when the surface is
	 * made (its only effect); set for that call alone. */
	char *dbg = g_strdup(g_getenv("CAIRO_DEBUG_PDF"));
	g_setenv("CAIRO_DEBUG_PDF", "1", TRUE);
	p->surf = cairo_pdf_surface_create_for_stream(write_mem, buf, A4_W,
	    A4_H);
	if (dbg != NULL)
		g_setenv("CAIRO_DEBUG_PDF", dbg, TRUE);
	else
		g_unsetenv("CAIRO_DEBUG_PDF");
	g_free(dbg);
	p->surf_w = A4_W;
	p->surf_h = A4_H;
	p->cr = cairo_create(p->surf);
	metadata(p);
	p->pass = 2;
	layout_doc(p);
	if (p->page_open)
		cairo_show_page(p->cr);
	if (p->page != pages1 || g_hash_table_find(p->anchors, anchor_differs,
	    p->anchors2) != NULL)
		diag_add(diags, DIAG_WARNING, nowhere,
		    "nomor halaman di daftar isi mungkin tidak tepat "
		    "(tata letak berubah antara dua tahap)");
	cairo_status_t st = cairo_status(p->cr);
	cairo_destroy(p->cr);
	cairo_surface_finish(p->surf);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(p->surf);
	cairo_surface_destroy(p->surf);

	const char *why = NULL;
	/* Tagged: the language of the text, the Figures' alt texts. */
	struct ptags tg = { "id-ID", (const char *const *)p->alts->pdata,
		p->alts->len, (guint)p->nstruct, (guint)p->ncells };
	if (st == CAIRO_STATUS_SUCCESS && pdf_annots_apply(buf,
	    (const struct pannot *)(void *)p->annots->data, p->annots->len,
	    (const double *)(void *)p->page_h->data, (int)p->page_h->len,
	    &tg, &why) != 0)
		diag_add(diags, DIAG_WARNING, nowhere,
		    "tautan PDF tidak dapat ditambahkan (%s): PDF tanpa "
		    "tautan, tanpa bahasa dan teks alternatif gambar, isi "
		    "halaman tidak dimampatkan", why);

	int rc = 0;
	if (st != CAIRO_STATUS_SUCCESS) {
		diag_add(diags, DIAG_ERROR, nowhere, "Cairo: %s",
		    cairo_status_to_string(st));
		rc = -1;
	} else if (file_write_atomic(path, buf->data, buf->len) != 0) {
		diag_add(diags, DIAG_ERROR, nowhere,
		    "tidak dapat menulis berkas PDF: %m");
		rc = -1;
	}
	g_byte_array_free(buf, TRUE);
	g_hash_table_destroy(p->anchors);
	g_hash_table_destroy(p->anchors2);
	g_hash_table_destroy(p->ids);
	g_hash_table_destroy(p->dests);
	g_hash_table_destroy(p->cellw);
	g_array_free(p->annots, TRUE);
	g_array_free(p->page_h, TRUE);
	g_hash_table_destroy(p->lcache);
	g_hash_table_destroy(p->shared);
	g_hash_table_destroy(p->wrapped);
	g_hash_table_destroy(p->shared_set);
	g_hash_table_destroy(p->kept);
	g_array_free(p->pending, TRUE);
	g_ptr_array_free(p->floats, TRUE);
	g_hash_table_destroy(p->land);
	g_ptr_array_free(p->tags, TRUE);
	g_array_free(p->tag_num, TRUE);
	g_ptr_array_free(p->texts, TRUE);
	if (p->mark_font != NULL)
		cairo_scaled_font_destroy(p->mark_font);
	g_ptr_array_free(p->alts, TRUE);
	hyph_free(p->hyph);
	g_object_unref(p->pctx);
	return rc;
}
