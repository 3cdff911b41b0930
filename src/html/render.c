/* Document tree -> HTML fragment. Output is XHTML-compatible markup (void
 * elements closed with " />", only the five XML entities), so every page can
 * be checked with a strict XML parser. Every value from the tree goes
 * through escape.c: nothing is copied verbatim (raw HTML of a chapter is
 * text in the tree). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart/chart.h"
#include "html/internal.h"
#include "metrics/metrics.h"
#include "util/path.h"

static void open_tag(struct hbuf *b, const char *tag, const char *id)
{
	hbuf_putc(b, '<');
	hbuf_puts(b, tag);
	if (id != NULL) {
		hbuf_puts(b, " id=\"");
		hesc_attr(b, id);
		hbuf_putc(b, '"');
	}
	hbuf_putc(b, '>');
}

static void error(struct html_ctx *c, const struct doc_node *n,
	const char *msg, const char *arg)
{
	diag_add(c->diags, DIAG_ERROR, n->pos, "%s%s", msg, arg ? arg : "");
	c->errors++;
}

static void block(struct html_ctx *, struct hbuf *, const struct doc_node *);

/* ---- Inlines ---- */

static void image_inline(struct html_ctx *c, struct hbuf *b,
	const struct doc_node *n)
{
	const struct doc_image *img = n->as.image.img;
	/* The image's checked bytes (doc/image.c) are written next to the
	 * page so out/ is self-contained: the path stays the same relative
	 * to the page (url is it as a URL, img->name as a file name), with
	 * the extension of its format. */
	if (img != NULL && path_is_contained(img->name)) {
		char *to = arena_printf(c->arena, "%s/%s", c->report_out,
			img->name);
		if (html_write(to, img->data, img->len, c->diags) != 0)
			c->errors++;
	}
	hbuf_puts(b, "<img src=\"");
	hesc_url(b, n->as.image.url);
	hbuf_puts(b, "\" alt=\"");
	hesc_attr(b, n->as.image.alt ? n->as.image.alt : "");
	hbuf_puts(b, "\" />");
}

/* Inline children of a node. */
static void html_inlines(struct html_ctx *, struct hbuf *,
	const struct doc_node *);

/* ---- A figure's provenance ----
 *
 * A figure of the metrics' table (a text node or a table cell holding
 * one) is wrapped in a focusable span; its tooltip, shown by CSS alone on
 * hover, keyboard focus and tap (lkjip.css .jejak), says how it is
 * computed and links each cell it was read from to that row of the data
 * file's page. */
static void angka_buka(struct html_ctx *c, struct hbuf *b)
{
	c->asal++;
	hbuf_puts(b, "<span class=\"jejak\" tabindex=\"0\" "
		"aria-describedby=\"asal-");
	hbuf_int(b, c->asal);
	hbuf_puts(b, "\">");
}

static void angka_tutup(struct html_ctx *c, struct hbuf *b,
	const struct figure *f)
{
	const struct report *r = c->doc->report;
	char buf[2048];
	hbuf_puts(b, "<span class=\"jejak-asal\" role=\"tooltip\" id=\"asal-");
	hbuf_int(b, c->asal);
	hbuf_puts(b, "\">");
	hesc_text(b, figure_derivasi(buf, sizeof buf, &r->meta, f));
	const struct src_pos *sel[16];
	size_t n = figure_sumber(f, sel, 16);
	size_t dl = r->dir ? strlen(r->dir) : 0;
	for (size_t i = 0; i < n; i++) {
		hbuf_puts(b, i == 0 ? " · " : "; ");
		const char *file = sel[i]->file ? sel[i]->file : "";
		const char *view = NULL;
		if (dl > 0 && strncmp(file, r->dir, dl) == 0 && file[dl] == '/')
			view = html_data_view(c, file + dl + 1);
		if (view != NULL) {
			/* The page's name is a checked relative URL (report.c):
			 * the anchor is appended, not printed into a copy. */
			hbuf_puts(b, "<a href=\"");
			hesc_url(b, view);
			hbuf_puts(b, "#baris-");
			hbuf_int(b, sel[i]->line);
			hbuf_puts(b, "\">");
		}
		hesc_text(b, figure_sel_teks(buf, sizeof buf, sel[i]));
		if (view != NULL)
			hbuf_puts(b, "</a>");
	}
	hbuf_puts(b, "</span></span>");
}

static void inline_node(struct html_ctx *c, struct hbuf *b,
	const struct doc_node *n)
{
	switch (n->type) {
	case DOC_TEXT:
		if (n->fig != NULL)
			angka_buka(c, b);
		hesc_text(b, n->as.literal);
		if (n->fig != NULL)
			angka_tutup(c, b, n->fig);
		break;
	case DOC_EMPH:
		hbuf_puts(b, "<em>");
		html_inlines(c, b, n);
		hbuf_puts(b, "</em>");
		break;
	case DOC_STRONG:
		hbuf_puts(b, "<strong>");
		html_inlines(c, b, n);
		hbuf_puts(b, "</strong>");
		break;
	case DOC_STRIKE:
		hbuf_puts(b, "<del>");
		html_inlines(c, b, n);
		hbuf_puts(b, "</del>");
		break;
	case DOC_CODE:
		hbuf_puts(b, "<code>");
		hesc_text(b, n->as.literal);
		hbuf_puts(b, "</code>");
		break;
	case DOC_LINK:
		hbuf_puts(b, "<a href=\"");
		hesc_url(b, n->as.link.url);
		hbuf_puts(b, "\">");
		html_inlines(c, b, n);
		hbuf_puts(b, "</a>");
		break;
	case DOC_IMAGE:
		image_inline(c, b, n);
		break;
	case DOC_XREF:
		hbuf_puts(b, "<a class=\"rujukan\" href=\"");
		hesc_url(b, arena_printf(c->arena, "#%s",
			n->as.xref.target ? n->as.xref.target : ""));
		hbuf_puts(b, "\">");
		hesc_text(b, n->as.xref.label);
		hbuf_puts(b, "</a>");
		break;
	case DOC_SOFTBREAK:
		hbuf_putc(b, '\n');
		break;
	case DOC_LINEBREAK:
		hbuf_puts(b, "<br />\n");
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
		/* A block where an inline was expected: render its text so
		 * nothing is lost. */
		html_inlines(c, b, n);
	}
}

static void html_inlines(struct html_ctx *c, struct hbuf *b,
	const struct doc_node *n)
{
	for (const struct doc_node *k = n->first; k; k = k->next)
		inline_node(c, b, k);
}

/* ---- Tables ---- */

static bool is_header_row(const struct doc_node *table,
	const struct doc_node *row, int index)
{
	/* Leading rows only: the caller stops asking once the body began. */
	int hr = table->as.fl ? table->as.fl->header_rows : 0;
	return index < hr || row->as.row.header;
}

static void cell_classes(struct hbuf *b, const struct doc_node *cell)
{
	const struct doc_cell *cl = &cell->as.cell;
	/* Written in place (no buffer per cell): the alignment class, then
	 * the cell's own, space-separated. */
	const char *align = cl->numeric ? "angka" : cl->align == ALIGN_RIGHT ?
		"rata-kanan" : cl->align == ALIGN_CENTER ? "rata-tengah" : NULL;
	bool own = cl->css_class && *cl->css_class;
	if (align == NULL && !own)
		return;
	hbuf_puts(b, " class=\"");
	if (align != NULL)
		hbuf_puts(b, align);
	if (own) {
		if (align != NULL)
			hbuf_putc(b, ' ');
		hesc_class(b, cl->css_class);
	}
	hbuf_putc(b, '"');
}

/* Plain text of a cell's inlines, for its column's label. */
static void cell_text(struct hbuf *b, const struct doc_node *n)
{
	for (const struct doc_node *k = n->first; k; k = k->next) {
		const char *text = k->type == DOC_TEXT ||
			k->type == DOC_CODE ? k->as.literal :
			k->type == DOC_XREF ? k->as.xref.label : NULL;
		if (text)
			hbuf_puts(b, text);
		else if (k->type == DOC_SOFTBREAK || k->type == DOC_LINEBREAK)
			hbuf_putc(b, ' ');
		else
			cell_text(b, k);
	}
}

/* Which columns of a row are still covered by a rowspan from above:
 * busy[col] counts the rows left. */
struct span_grid {
	int busy[HTML_MAX_COLS];
};

/* The column a row's next cell starts in, or -1 past the last one. */
static int grid_next(const struct span_grid *g, int col)
{
	while (col < HTML_MAX_COLS && g->busy[col] > 0)
		col++;
	return col < HTML_MAX_COLS ? col : -1;
}

static void grid_take(struct span_grid *g, int col, const struct doc_node *cell)
{
	const struct doc_cell *cl = &cell->as.cell;
	int span = cl->colspan > 1 ? cl->colspan : 1;
	for (int k = col; k < col + span && k < HTML_MAX_COLS; k++)
		g->busy[k] = cl->rowspan > 1 ? cl->rowspan : 1;
}

static void grid_end_row(struct span_grid *g)
{
	for (int k = 0; k < HTML_MAX_COLS; k++)
		if (g->busy[k] > 0)
			g->busy[k]--;
}

/* The label of every column from the header rows: a two-level header
 * gives "Tahun 2024 – Capaian (%)". Returns the number of columns (0
 * when the table has no header or more than HTML_MAX_COLS columns); the
 * labels are arena strings, "" for an empty header cell. */
static int column_labels(struct html_ctx *c, const struct doc_node *t,
	const char **label)
{
	struct span_grid g = {0};
	struct hbuf lab[HTML_MAX_COLS];
	memset(lab, 0, sizeof lab);
	int ncols = 0, i = 0, ok = 1;
	for (const struct doc_node *r = t->first; r && ok; r = r->next, i++) {
		if (r->type != DOC_ROW)
			continue;
		if (!is_header_row(t, r, i))
			break;
		int col = 0;
		for (const struct doc_node *cell = r->first; cell;
		     cell = cell->next) {
			if (cell->type != DOC_CELL)
				continue;
			col = grid_next(&g, col);
			int cs = cell->as.cell.colspan;
			int span = cs > 1 ? cs : 1;
			if (col < 0 || col + span > HTML_MAX_COLS) {
				ok = 0;
				break;
			}
			struct hbuf txt = {0};
			cell_text(&txt, cell);
			for (int k = col; k < col + span && txt.len > 0; k++) {
				if (lab[k].len > 0)
					hbuf_puts(&lab[k], " \xe2\x80\x93 ");
				hbuf_puts(&lab[k], hbuf_str(&txt));
			}
			hbuf_free(&txt);
			grid_take(&g, col, cell);
			col += span;
			if (col > ncols)
				ncols = col;
		}
		grid_end_row(&g);
	}
	for (int k = 0; k < HTML_MAX_COLS; k++) {
		if (k < ncols)
			label[k] = arena_strdup(c->arena, lab[k].len ?
				hbuf_str(&lab[k]) : "");
		hbuf_free(&lab[k]);
	}
	return ok ? ncols : 0;
}

static void table_cell(struct html_ctx *c, struct hbuf *b,
	const struct doc_node *cell, bool in_head, const char *label)
{
	const struct doc_cell *cl = &cell->as.cell;
	const char *tag = in_head || cl->header ? "th" : "td";
	hbuf_putc(b, '<');
	hbuf_puts(b, tag);
	if (in_head)
		hbuf_puts(b, cl->colspan > 1 ? " scope=\"colgroup\""
			: " scope=\"col\"");
	else if (cl->header)
		hbuf_puts(b, cl->rowspan > 1 ? " scope=\"rowgroup\""
			: " scope=\"row\"");
	if (cl->colspan > 1) {
		hbuf_puts(b, " colspan=\"");
		hbuf_int(b, cl->colspan);
		hbuf_putc(b, '"');
	}
	if (cl->rowspan > 1) {
		hbuf_puts(b, " rowspan=\"");
		hbuf_int(b, cl->rowspan);
		hbuf_putc(b, '"');
	}
	cell_classes(b, cell);
	if (label && *label) {
		/* Shown before the value when the table is stacked into
		 * cards on a phone (lkjip.css). */
		hbuf_puts(b, " data-label=\"");
		hesc_attr(b, label);
		hbuf_putc(b, '"');
	}
	hbuf_putc(b, '>');
	if (cell->fig != NULL)
		angka_buka(c, b);
	html_inlines(c, b, cell);
	if (cell->fig != NULL)
		angka_tutup(c, b, cell->fig);
	hbuf_puts(b, "</");
	hbuf_puts(b, tag);
	hbuf_puts(b, ">");
}

static void caption_label(struct hbuf *b, const struct doc_float *fl)
{
	if (fl->label && *fl->label) {
		hbuf_puts(b, "<span class=\"label\">");
		hesc_text(b, fl->label);
		hbuf_puts(b, "</span> ");
	}
	hesc_text(b, fl->title);
}

static void table(struct html_ctx *c, struct hbuf *b, const struct doc_node *t)
{
	const struct doc_float *fl = t->as.fl;
	const char *label[HTML_MAX_COLS];
	int ncols = column_labels(c, t, label);
	/* Wide tables (the capaian and budget tables among them) become a
	 * card per row on a phone, each value after its column's label, so
	 * Capaian and Kategori are never off screen. */
	bool stack = ncols >= HTML_STACK_COLS;
	hbuf_puts(b, "<div class=\"tabel");
	if (fl && fl->landscape)
		hbuf_puts(b, " lanskap");
	if (stack)
		hbuf_puts(b, " bertumpuk");
	hbuf_puts(b, "\">\n");
	/* The scroll wrapper is focusable so keyboard users can scroll a
	 * wide table; labelled by the caption for screen readers. */
	hbuf_puts(b, "<div class=\"gulir\" tabindex=\"0\" role=\"region\"");
	if (fl && fl->label) {
		hbuf_puts(b, " aria-label=\"");
		hesc_attr(b, fl->label);
		hbuf_putc(b, '"');
	}
	hbuf_puts(b, ">\n");
	open_tag(b, "table", t->id);
	hbuf_putc(b, '\n');
	if (fl && (fl->label || fl->title)) {
		hbuf_puts(b, "<caption>");
		caption_label(b, fl);
		hbuf_puts(b, "</caption>\n");
	}
	int i = 0;
	bool head_open = false, body_open = false;
	struct span_grid g = {0};
	for (const struct doc_node *r = t->first; r; r = r->next, i++) {
		if (r->type != DOC_ROW)
			continue;
		bool head = !body_open && is_header_row(t, r, i);
		if (head && !head_open) {
			hbuf_puts(b, "<thead>\n");
			head_open = true;
		} else if (!head && !body_open) {
			if (head_open)
				hbuf_puts(b, "</thead>\n");
			hbuf_puts(b, "<tbody>\n");
			body_open = true;
		}
		/* A row under a cell spanning rows continues that cell's
		 * card group on a phone. */
		bool lanjut = false;
		for (int k = 0; !head && stack && k < ncols; k++)
			lanjut = lanjut || g.busy[k] > 0;
		const char *cls = r->as.row.css_class;
		if ((cls && *cls) || lanjut) {
			hbuf_puts(b, "<tr class=\"");
			if (cls && *cls)
				hesc_class(b, cls);
			if (lanjut)
				hbuf_puts(b, cls && *cls ? " lanjut" :
					"lanjut");
			hbuf_puts(b, "\">");
		} else {
			hbuf_puts(b, "<tr>");
		}
		int col = 0;
		for (const struct doc_node *cell = r->first; cell;
		     cell = cell->next) {
			if (cell->type != DOC_CELL)
				continue;
			/* A body cell is labelled by its column; one spanning
			 * columns ("Jumlah") labels its row itself. */
			const char *lab = NULL;
			int cs = cell->as.cell.colspan;
			if (!head && stack && col >= 0) {
				col = grid_next(&g, col);
				if (col >= 0 && col < ncols && cs <= 1)
					lab = label[col];
				if (col >= 0) {
					grid_take(&g, col, cell);
					col += cs > 1 ? cs : 1;
				}
			}
			table_cell(c, b, cell, head, lab);
		}
		if (!head)
			grid_end_row(&g);
		hbuf_puts(b, "</tr>\n");
	}
	if (body_open)
		hbuf_puts(b, "</tbody>\n");
	else if (head_open)
		hbuf_puts(b, "</thead>\n");
	hbuf_puts(b, "</table>\n</div>\n");
	if (fl && fl->sumber && *fl->sumber) {
		hbuf_puts(b, "<p class=\"sumber\">Sumber: ");
		hesc_text(b, fl->sumber);
		hbuf_puts(b, "</p>\n");
	}
	hbuf_puts(b, "</div>\n");
}

/* ---- Figures ---- */

/* "Gambar 3.1" -> "gambar-3-1"; unlabelled figures are numbered. */
static const char *figure_stem(struct html_ctx *c, const struct doc_node *f)
{
	const char *label = f->as.fl ? f->as.fl->label : NULL;
	char *slug = label ? html_slug(c->arena, label) : NULL;
	if (slug && strncmp(slug, "gambar-", 7) == 0 && slug[7] != '\0')
		return slug;
	if (slug && *slug)
		return arena_printf(c->arena, "gambar-%s", slug);
	return arena_printf(c->arena, "gambar-%d", ++c->figures);
}

/* The phone variant of a chart: the same data drawn narrow, so that on a
 * 390 px screen (358 px of content, CSS stretches it to the width) a
 * point is 358 / HTML_PHONE_W = 1,6 px and the chart's smallest type
 * (HTML_PHONE_MIN_PT) about 12 px, where the desktop drawing shrinks it
 * to 6 px.
 * Grouped vertical bars turn horizontal: long category names get whole
 * lines instead of a slot a few points wide. The height gives every
 * category room for three lines of its name or its bars, whichever is
 * more, so no type is shrunk to fit. */
struct chart html_phone_chart(const struct chart *ch, double *w, double *h)
{
	struct chart p = *ch;
	size_t ns = p.nseries ? p.nseries : 1;
	*w = HTML_PHONE_W;
	if (p.npanels > 0) {
		/* Small multiples: one panel to a row, each as tall as a
		 * phone chart of its own bars. */
		p.columns = 1;
		size_t pn = p.panels[0].nseries ? p.panels[0].nseries : 1;
		*h = 14.0 * (double)pn + 150.0 * (double)p.npanels;
		return p;
	}
	if (p.kind == CHART_BAR)
		p.kind = CHART_BAR_H;
	double legend = p.nseries > 1 ? 14.0 * (double)ns : 0;
	if (p.kind == CHART_BAR_H) {
		double slot = fmax(34.0, 11.0 * (double)ns + 12.0);
		*h = 44.0 + legend + slot * (double)p.ncategories;
	} else {
		*h = 190.0 + legend;
	}
	return p;
}

/* Writes one drawing of a chart; false after an error. */
static bool chart_file(struct html_ctx *c, const struct doc_node *f,
	const struct chart *ch, double w, double h, const char *file)
{
	size_t len = 0;
	unsigned char *svg = chart_svg(ch, w, h, &len);
	if (svg == NULL) {
		error(c, f, "cannot draw chart ", f->as.fl->label);
		return false;
	}
	char *to = arena_printf(c->arena, "%s/%s", c->report_out, file);
	bool ok = html_write(to, svg, len, c->diags) == 0;
	if (!ok)
		c->errors++;
	free(svg);
	return ok;
}

static void size_attrs(struct hbuf *b, double w, double h)
{
	/* Points to CSS pixels; CSS scales it to narrow screens. */
	hbuf_puts(b, " width=\"");
	hbuf_int(b, (long)(w * 4.0 / 3.0 + 0.5));
	hbuf_puts(b, "\" height=\"");
	hbuf_int(b, (long)(h * 4.0 / 3.0 + 0.5));
	hbuf_putc(b, '"');
}

static void figure(struct html_ctx *c, struct hbuf *b, const struct doc_node *f)
{
	const struct doc_float *fl = f->as.fl;
	if (fl == NULL) {
		error(c, f, "figure without caption data", NULL);
		return;
	}
	const char *stem = figure_stem(c, f);
	const char *file = NULL;
	double w = fl->width > 0 ? fl->width : HTML_CHART_W;
	double h = fl->height > 0 ? fl->height : HTML_CHART_H;
	const char *alt = fl->alt;
	if (alt == NULL || *alt == '\0') {
		diag_add(c->diags, DIAG_WARNING, f->pos,
			"%s has no alternative text; using its title",
			fl->label ? fl->label : "figure");
		alt = fl->title ? fl->title : "";
	}
	const char *phone = NULL;
	double pw = 0, ph = 0;
	if (fl->chart != NULL) {
		file = arena_printf(c->arena, "%s.svg", stem);
		if (chart_file(c, f, fl->chart, w, h, file)) {
			struct chart p = html_phone_chart(fl->chart, &pw,
				&ph);
			phone = arena_printf(c->arena, "%s-ponsel.svg", stem);
			if (!chart_file(c, f, &p, pw, ph, phone))
				phone = NULL;
		}
	} else if (fl->img != NULL) {
		/* Named by its format, never by the file's own extension. */
		file = arena_printf(c->arena, "%s%s", stem, fl->img->ext);
		char *to = arena_printf(c->arena, "%s/%s", c->report_out, file);
		if (html_write(to, fl->img->data, fl->img->len, c->diags) != 0)
			c->errors++;
	} else {
		error(c, f, "figure with neither chart nor image", NULL);
	}
	open_tag(b, "figure", f->id);
	hbuf_putc(b, '\n');
	if (file != NULL) {
		/* The browser picks the drawing; the alt text is the one
		 * of both. Breakpoint as the stacked tables (lkjip.css). */
		if (phone != NULL) {
			hbuf_puts(b, "<picture>\n<source media=\"(max-width: "
				"600px)\" srcset=\"");
			hesc_url(b, phone);
			hbuf_putc(b, '"');
			size_attrs(b, pw, ph);
			hbuf_puts(b, " />\n");
		}
		hbuf_puts(b, "<img src=\"");
		hesc_url(b, file);
		hbuf_puts(b, "\" alt=\"");
		hesc_attr(b, alt);
		hbuf_putc(b, '"');
		size_attrs(b, w, h);
		hbuf_puts(b, " />\n");
		if (phone != NULL)
			hbuf_puts(b, "</picture>\n");
	}
	hbuf_puts(b, "<figcaption>");
	caption_label(b, fl);
	if (fl->sumber && *fl->sumber) {
		hbuf_puts(b, " <span class=\"sumber\">Sumber: ");
		hesc_text(b, fl->sumber);
		hbuf_puts(b, "</span>");
	}
	hbuf_puts(b, "</figcaption>\n</figure>\n");
}

/* ---- Cover, signature ---- */

static void line(struct hbuf *b, const char *cls, const char *text)
{
	if (text == NULL || *text == '\0')
		return;
	hbuf_puts(b, "<span class=\"");
	hbuf_puts(b, cls);
	hbuf_puts(b, "\">");
	hesc_text(b, text);
	hbuf_puts(b, "</span>\n");
}

static void para(struct hbuf *b, const char *cls, const char *text)
{
	if (text == NULL || *text == '\0')
		return;
	hbuf_puts(b, "<p class=\"");
	hbuf_puts(b, cls);
	hbuf_puts(b, "\">");
	hesc_text(b, text);
	hbuf_puts(b, "</p>\n");
}

static void cover(struct html_ctx *c, struct hbuf *b, const struct doc_node *n)
{
	const struct doc_cover *cv = n->as.cover;
	hbuf_puts(b, cv && cv->pita ? "<section class=\"sampul pita\" id=\"" :
		"<section class=\"sampul\" id=\"");
	hesc_attr(b, n->id ? n->id : "sampul");
	hbuf_puts(b, "\">\n<h1>\n");
	if (cv) {
		line(b, "judul", cv->judul);
		line(b, "singkatan", cv->singkatan);
		line(b, "tahun", cv->tahun);
	}
	hbuf_puts(b, "</h1>\n");
	if (cv && cv->logo_img) {
		const char *file = arena_printf(c->arena, "logo%s",
			cv->logo_img->ext);
		char *to = arena_printf(c->arena, "%s/%s", c->report_out, file);
		if (html_write(to, cv->logo_img->data, cv->logo_img->len,
				c->diags) != 0)
			c->errors++;
		hbuf_puts(b, "<img class=\"logo\" src=\"");
		hesc_url(b, file);
		hbuf_puts(b, "\" alt=\"Logo ");
		hesc_attr(b, cv->pemerintah);
		hbuf_puts(b, "\" />\n");
	}
	if (cv) {
		para(b, "instansi", cv->instansi);
		para(b, "pemerintah", cv->pemerintah);
		para(b, "terbit", cv->tahun_terbit);
		para(b, "alamat", cv->alamat);
		para(b, "kontak", cv->telepon);
		para(b, "kontak", cv->email);
		para(b, "kontak", cv->laman);
	}
	hbuf_puts(b, "</section>\n");
}

static void signature(struct hbuf *b, const struct doc_node *n)
{
	const struct doc_signature *s = n->as.sig;
	if (s == NULL)
		return;
	hbuf_puts(b, "<div class=\"ttd\">\n");
	para(b, "tempat", s->ditetapkan);
	para(b, "tempat", s->tempat_tanggal);
	para(b, "jabatan", s->jabatan);
	para(b, "nama", s->nama);
	para(b, "pangkat", s->pangkat);
	para(b, "nip", s->nip);
	hbuf_puts(b, "</div>\n");
}

/* ---- Table of contents ---- */

static const char *toc_title(const struct doc_node *n)
{
	if (n->as.toc.title)
		return n->as.toc.title;
	switch (n->as.toc.kind) {
	case TOC_TABEL: return "DAFTAR TABEL";
	case TOC_GAMBAR: return "DAFTAR GAMBAR";
	case TOC_LAMPIRAN: return "DAFTAR LAMPIRAN";
	case TOC_ISI: break;
	}
	return "DAFTAR ISI";
}

static const char *toc_id(const struct doc_node *n)
{
	if (n->id)
		return n->id;
	switch (n->as.toc.kind) {
	case TOC_TABEL: return "daftar-tabel";
	case TOC_GAMBAR: return "daftar-gambar";
	case TOC_LAMPIRAN: return "daftar-lampiran";
	case TOC_ISI: break;
	}
	return "daftar-isi";
}

static void toc_link(struct html_ctx *c, struct hbuf *b, const char *id,
	const char *number, const char *title, const struct doc_node *inl)
{
	if (id) {
		hbuf_puts(b, "<a href=\"");
		hesc_url(b, arena_printf(c->arena, "#%s", id));
		hbuf_puts(b, "\">");
	}
	if (number && *number) {
		hbuf_puts(b, "<span class=\"nomor\">");
		hesc_text(b, number);
		hbuf_puts(b, "</span> ");
	}
	if (title)
		hesc_text(b, title);
	else if (inl)
		html_inlines(c, b, inl);
	if (id)
		hbuf_puts(b, "</a>");
}

static void toc_headings(struct html_ctx *c, struct hbuf *b,
	const struct doc_node *ch, int maxlevel)
{
	int lvl[8], depth = 0;
	for (const struct doc_node *n = ch->first; n; n = n->next) {
		/* An annex is a section of its chapter. */
		bool annex = n->type == DOC_ANNEX;
		if (n->type != DOC_HEADING && !annex)
			continue;
		const struct doc_heading *h = annex ? NULL : &n->as.heading;
		if (h != NULL && (!h->in_toc || h->level > maxlevel))
			continue;
		/* Levels are made consecutive so a skipped level cannot
		 * unbalance the lists. An annex is a section of its
		 * chapter. */
		int L = annex || h->level < 2 ? 2 : h->level;
		int top = depth > 0 ? lvl[depth - 1] : 0;
		if (depth > 0 && L > top + 1)
			L = top + 1;
		if (depth == 0 || L > top) {
			if (depth == 8)
				continue;
			hbuf_puts(b, "\n<ol>");
			lvl[depth++] = L;
		} else {
			hbuf_puts(b, "</li>");
			while (depth > 1 && L < lvl[depth - 1]) {
				hbuf_puts(b, "</ol></li>");
				depth--;
			}
		}
		hbuf_puts(b, "\n<li>");
		if (annex)
			toc_link(c, b, n->id, n->as.annex->label,
				n->as.annex->title, NULL);
		else
			toc_link(c, b, n->id, h->number, h->title, n);
	}
	while (depth > 0) {
		hbuf_puts(b, "</li></ol>");
		depth--;
	}
}

void html_toc(struct html_ctx *c, struct hbuf *b, int maxlevel, bool sidebar)
{
	hbuf_puts(b, "<ol class=\"toc\">");
	for (const struct doc_node *n = c->doc->root->first; n; n = n->next) {
		switch (n->type) {
		case DOC_COVER:
			if (!sidebar)
				break;
			hbuf_puts(b, "\n<li>");
			toc_link(c, b, n->id ? n->id : "sampul", NULL, "Sampul",
				NULL);
			hbuf_puts(b, "</li>");
			break;
		case DOC_TOC:
			hbuf_puts(b, "\n<li>");
			toc_link(c, b, toc_id(n), NULL, toc_title(n), NULL);
			hbuf_puts(b, "</li>");
			break;
		case DOC_CHAPTER:
			hbuf_puts(b, "\n<li>");
			toc_link(c, b, n->id, n->as.chapter.number,
				n->as.chapter.title, NULL);
			toc_headings(c, b, n, maxlevel);
			hbuf_puts(b, "</li>");
			break;
		case DOC_DOCUMENT:
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
	if (sidebar) {
		hbuf_puts(b, "\n<li><a href=\"#unduh\">Unduh</a></li>");
	}
	hbuf_puts(b, "\n</ol>\n");
}

static void float_list(struct html_ctx *c, struct hbuf *b,
	enum doc_type want)
{
	struct doc_iter it;
	struct doc_node *n;
	struct hbuf items = {0};
	doc_iter_init(&it, c->doc->root);
	while (doc_iter_next(&it, &n) != DOC_DONE) {
		if (it.ev != DOC_ENTER || n->type != want)
			continue;
		const char *label, *title;
		if (n->type == DOC_ANNEX) {
			label = n->as.annex->label;
			title = n->as.annex->title;
		} else if (n->as.fl != NULL && n->as.fl->label != NULL) {
			/* Unnumbered ones (nomor=tidak) are not listed, as in
			 * the PDF. */
			label = n->as.fl->label;
			title = n->as.fl->title;
		} else {
			continue;
		}
		hbuf_puts(&items, "\n<li>");
		toc_link(c, &items, n->id, label, title, NULL);
		hbuf_puts(&items, "</li>");
	}
	if (items.len == 0) {
		hbuf_puts(b, "<p class=\"kosong\">Tidak ada.</p>\n");
	} else {
		hbuf_puts(b, "<ol class=\"daftar-float\">");
		hbuf_puts(b, hbuf_str(&items));
		hbuf_puts(b, "\n</ol>\n");
	}
	hbuf_free(&items);
}

static void toc_block(struct html_ctx *c, struct hbuf *b,
	const struct doc_node *n)
{
	hbuf_puts(b, "<section class=\"daftar\" id=\"");
	hesc_attr(b, toc_id(n));
	hbuf_puts(b, "\">\n<h2>");
	hesc_text(b, toc_title(n));
	hbuf_puts(b, "</h2>\n");
	if (n->as.toc.kind == TOC_TABEL)
		float_list(c, b, DOC_TABLE);
	else if (n->as.toc.kind == TOC_GAMBAR)
		float_list(c, b, DOC_FIGURE);
	else if (n->as.toc.kind == TOC_LAMPIRAN)
		float_list(c, b, DOC_ANNEX);
	else
		html_toc(c, b, 3, false);
	hbuf_puts(b, "</section>\n");
}

/* ---- Blocks ---- */

static void chapter(struct html_ctx *c, struct hbuf *b, const struct doc_node *n)
{
	const struct doc_chapter *ch = &n->as.chapter;
	static const char *const KIND[] = {
		[CHAPTER_FRONT] = "depan", [CHAPTER_BAB] = "bab",
		[CHAPTER_LAMPIRAN] = "lampiran",
	};
	hbuf_puts(b, "<section class=\"");
	hbuf_puts(b, ch->kind <= CHAPTER_LAMPIRAN ? KIND[ch->kind] : "bab");
	hbuf_putc(b, '"');
	if (n->id) {
		hbuf_puts(b, " id=\"");
		hesc_attr(b, n->id);
		hbuf_putc(b, '"');
	}
	hbuf_puts(b, ">\n<h2>");
	if (ch->number && *ch->number) {
		hbuf_puts(b, "<span class=\"nomor\">");
		hesc_text(b, ch->number);
		hbuf_puts(b, "</span> ");
	}
	hesc_text(b, ch->title);
	hbuf_puts(b, "</h2>\n");
	html_blocks(c, b, n);
	hbuf_puts(b, "</section>\n");
}

/* An attached document: its own download (the checked bytes, published
 * under the name laporan.yaml gives them, as images are), an image also
 * shown. */
static void annex(struct html_ctx *c, struct hbuf *b, const struct doc_node *n)
{
	const struct doc_annex *x = n->as.annex;
	if (x == NULL)
		return;
	if (path_is_contained(x->name)) {
		char *to = arena_printf(c->arena, "%s/%s", c->report_out,
			x->name);
		if (html_write(to, x->data, x->len, c->diags) != 0)
			c->errors++;
	}
	open_tag(b, "section class=\"lampiran-berkas\"", n->id);
	hbuf_puts(b, "\n<h3><span class=\"nomor\">");
	hesc_text(b, x->label);
	hbuf_puts(b, "</span> ");
	hesc_text(b, x->title);
	hbuf_puts(b, "</h3>\n");
	if (x->img != NULL) {
		hbuf_puts(b, "<p><img src=\"");
		hesc_path_url(b, x->name);
		hbuf_puts(b, "\" alt=\"");
		hesc_attr(b, x->title);
		hbuf_puts(b, "\" /></p>\n");
	}
	char size[64];
	html_size_text(size, sizeof size, (off_t)x->len);
	hbuf_puts(b, "<p class=\"unduh-lampiran\"><a href=\"");
	hesc_path_url(b, x->name);
	hbuf_puts(b, "\" download=\"\">");
	/* Pages at most ANNEX_MAX_PAGES: no thousands to group. */
	hesc_text(b, x->img ? arena_printf(c->arena, "Unduh %s (%s, %s)",
		x->label, x->img->format_name, size) : arena_printf(c->arena,
		"Unduh %s (PDF, %d halaman, %s)", x->label, x->pages, size));
	hbuf_puts(b, "</a></p>\n</section>\n");
}

static void heading(struct html_ctx *c, struct hbuf *b, const struct doc_node *n)
{
	const struct doc_heading *h = &n->as.heading;
	/* h1 is the report title (cover), h2 a chapter; levels 2..4 inside a
	 * chapter become h3..h5. */
	int lv = h->level < 2 ? 2 : h->level > 4 ? 4 : h->level;
	char tag[3] = {'h', (char)('1' + lv), '\0'};
	open_tag(b, tag, n->id);
	if (h->number && *h->number) {
		hbuf_puts(b, "<span class=\"nomor\">");
		hesc_text(b, h->number);
		hbuf_puts(b, "</span> ");
	}
	if (n->first)
		html_inlines(c, b, n);
	else
		hesc_text(b, h->title);
	hbuf_puts(b, "</");
	hbuf_puts(b, tag);
	hbuf_puts(b, ">\n");
}

static void list(struct html_ctx *c, struct hbuf *b, const struct doc_node *n)
{
	const struct doc_list *l = &n->as.list;
	if (l->ordered) {
		hbuf_puts(b, "<ol");
		if (l->tanda)
			hbuf_puts(b, " type=\"a\"");
		if (l->start != 1) {
			hbuf_puts(b, " start=\"");
			hbuf_int(b, l->start);
			hbuf_putc(b, '"');
		}
		hbuf_puts(b, ">\n");
	} else {
		hbuf_puts(b, "<ul>\n");
	}
	for (const struct doc_node *it = n->first; it; it = it->next) {
		hbuf_puts(b, "<li>");
		/* Tight lists: paragraphs inside items lose their <p>. */
		for (const struct doc_node *k = it->first; k; k = k->next) {
			if (l->tight && k->type == DOC_PARAGRAPH)
				html_inlines(c, b, k);
			else
				block(c, b, k);
		}
		hbuf_puts(b, "</li>\n");
	}
	hbuf_puts(b, l->ordered ? "</ol>\n" : "</ul>\n");
}

static void block(struct html_ctx *c, struct hbuf *b, const struct doc_node *n)
{
	switch (n->type) {
	case DOC_SUMMARY:
		html_summary(c, b, n);
		break;
	case DOC_COVER:
		cover(c, b, n);
		break;
	case DOC_TOC:
		toc_block(c, b, n);
		break;
	case DOC_CHAPTER:
		chapter(c, b, n);
		break;
	case DOC_HEADING:
		heading(c, b, n);
		break;
	case DOC_PARAGRAPH:
		hbuf_puts(b, "<p>");
		html_inlines(c, b, n);
		hbuf_puts(b, "</p>\n");
		break;
	case DOC_LIST:
		list(c, b, n);
		break;
	case DOC_ITEM: /* outside a list: treat as a container */
		html_blocks(c, b, n);
		break;
	case DOC_BLOCKQUOTE:
		hbuf_puts(b, "<blockquote>\n");
		html_blocks(c, b, n);
		hbuf_puts(b, "</blockquote>\n");
		break;
	case DOC_CODEBLOCK:
		hbuf_puts(b, "<pre><code>");
		hesc_text(b, n->as.literal);
		hbuf_puts(b, "</code></pre>\n");
		break;
	case DOC_RULE:
		hbuf_puts(b, "<hr />\n");
		break;
	case DOC_TABLE:
		table(c, b, n);
		break;
	case DOC_FIGURE:
		figure(c, b, n);
		break;
	case DOC_SIGNATURE:
		signature(b, n);
		break;
	case DOC_PAGEBREAK:
		break;
	case DOC_ANNEX:
		annex(c, b, n);
		break;
	case DOC_DOCUMENT:
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
		/* An inline at block level: wrap it in a paragraph. */
		hbuf_puts(b, "<p>");
		inline_node(c, b, n);
		hbuf_puts(b, "</p>\n");
	}
}

void html_blocks(struct html_ctx *c, struct hbuf *b, const struct doc_node *n)
{
	for (const struct doc_node *k = n->first; k; k = k->next)
		block(c, b, k);
}
