/* Document tree -> HTML fragment. Output is XHTML-compatible markup (void
 * elements closed with " />", only the five XML entities), so every page can
 * be checked with a strict XML parser. Every value from the tree goes
 * through escape.c: nothing is copied verbatim (raw HTML of a chapter is
 * text in the tree). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart/chart.h"
#include "html/internal.h"
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
	/* The image's checked bytes (doc/image.c) are written next to the
	 * page so out/ is self-contained: the path stays the same relative
	 * to the page (url is it as a URL, img->name as a file name), with
	 * the extension of its format. */
	if (n->img != NULL && path_is_contained(n->img->name)) {
		char *to = arena_printf(c->arena, "%s/%s", c->report_out,
			n->img->name);
		if (html_write(to, n->img->data, n->img->len, c->diags) != 0)
			c->errors++;
	}
	hbuf_puts(b, "<img src=\"");
	hesc_url(b, n->url);
	hbuf_puts(b, "\" alt=\"");
	hesc_attr(b, n->literal ? n->literal : "");
	hbuf_puts(b, "\" />");
}

/* Inline children of a node. */
static void html_inlines(struct html_ctx *, struct hbuf *,
	const struct doc_node *);

static void inline_node(struct html_ctx *c, struct hbuf *b,
	const struct doc_node *n)
{
	switch (n->type) {
	case DOC_TEXT:
		hesc_text(b, n->literal);
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
		hesc_text(b, n->literal);
		hbuf_puts(b, "</code>");
		break;
	case DOC_LINK:
		hbuf_puts(b, "<a href=\"");
		hesc_url(b, n->url);
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
			n->target ? n->target : ""));
		hbuf_puts(b, "\">");
		hesc_text(b, n->literal);
		hbuf_puts(b, "</a>");
		break;
	case DOC_SOFTBREAK:
		hbuf_putc(b, '\n');
		break;
	case DOC_LINEBREAK:
		hbuf_puts(b, "<br />\n");
		break;
	default:
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
	int hr = table->fl ? table->fl->header_rows : 0;
	return index < hr || row->header;
}

static void cell_classes(struct hbuf *b, const struct doc_node *cell)
{
	struct hbuf cls = {0};
	if (cell->numeric)
		hbuf_puts(&cls, " angka");
	else if (cell->align == ALIGN_RIGHT)
		hbuf_puts(&cls, " rata-kanan");
	else if (cell->align == ALIGN_CENTER)
		hbuf_puts(&cls, " rata-tengah");
	if (cell->css_class && *cell->css_class) {
		hbuf_putc(&cls, ' ');
		hesc_class(&cls, cell->css_class);
	}
	if (cls.len > 0) {
		hbuf_puts(b, " class=\"");
		hbuf_puts(b, hbuf_str(&cls) + 1);
		hbuf_putc(b, '"');
	}
	hbuf_free(&cls);
}

static void table_cell(struct html_ctx *c, struct hbuf *b,
	const struct doc_node *cell, bool in_head)
{
	const char *tag = in_head || cell->header ? "th" : "td";
	hbuf_putc(b, '<');
	hbuf_puts(b, tag);
	if (in_head)
		hbuf_puts(b, cell->colspan > 1 ? " scope=\"colgroup\""
			: " scope=\"col\"");
	else if (cell->header)
		hbuf_puts(b, cell->rowspan > 1 ? " scope=\"rowgroup\""
			: " scope=\"row\"");
	if (cell->colspan > 1) {
		hbuf_puts(b, " colspan=\"");
		hbuf_int(b, cell->colspan);
		hbuf_putc(b, '"');
	}
	if (cell->rowspan > 1) {
		hbuf_puts(b, " rowspan=\"");
		hbuf_int(b, cell->rowspan);
		hbuf_putc(b, '"');
	}
	cell_classes(b, cell);
	hbuf_putc(b, '>');
	html_inlines(c, b, cell);
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
	const struct doc_float *fl = t->fl;
	hbuf_puts(b, fl && fl->landscape ? "<div class=\"tabel lanskap\">\n"
		: "<div class=\"tabel\">\n");
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
		if (r->css_class && *r->css_class) {
			hbuf_puts(b, "<tr class=\"");
			hesc_class(b, r->css_class);
			hbuf_puts(b, "\">");
		} else {
			hbuf_puts(b, "<tr>");
		}
		for (const struct doc_node *cell = r->first; cell;
		     cell = cell->next)
			if (cell->type == DOC_CELL)
				table_cell(c, b, cell, head);
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
	const char *label = f->fl ? f->fl->label : NULL;
	char *slug = label ? html_slug(c->arena, label) : NULL;
	if (slug && strncmp(slug, "gambar-", 7) == 0 && slug[7] != '\0')
		return slug;
	if (slug && *slug)
		return arena_printf(c->arena, "gambar-%s", slug);
	return arena_printf(c->arena, "gambar-%d", ++c->figures);
}

static void figure(struct html_ctx *c, struct hbuf *b, const struct doc_node *f)
{
	const struct doc_float *fl = f->fl;
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
	if (fl->chart != NULL) {
		size_t len = 0;
		unsigned char *svg = chart_svg(fl->chart, w, h, &len);
		file = arena_printf(c->arena, "%s.svg", stem);
		if (svg == NULL) {
			error(c, f, "cannot draw chart ", fl->label);
		} else {
			char *to = arena_printf(c->arena, "%s/%s", c->report_out,
				file);
			if (html_write(to, svg, len, c->diags) != 0)
				c->errors++;
			free(svg);
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
		hbuf_puts(b, "<img src=\"");
		hesc_url(b, file);
		hbuf_puts(b, "\" alt=\"");
		hesc_attr(b, alt);
		/* Points to CSS pixels; CSS scales it down on narrow screens. */
		hbuf_puts(b, "\" width=\"");
		hbuf_int(b, (long)(w * 4.0 / 3.0 + 0.5));
		hbuf_puts(b, "\" height=\"");
		hbuf_int(b, (long)(h * 4.0 / 3.0 + 0.5));
		hbuf_puts(b, "\" />\n");
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
	const struct doc_cover *cv = n->cover;
	hbuf_puts(b, "<section class=\"sampul\" id=\"");
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
	}
	hbuf_puts(b, "</section>\n");
}

static void signature(struct hbuf *b, const struct doc_node *n)
{
	const struct doc_signature *s = n->sig;
	if (s == NULL)
		return;
	hbuf_puts(b, "<div class=\"ttd\">\n");
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
	if (n->title)
		return n->title;
	switch (n->toc_kind) {
	case TOC_TABEL: return "DAFTAR TABEL";
	case TOC_GAMBAR: return "DAFTAR GAMBAR";
	default: return "DAFTAR ISI";
	}
}

static const char *toc_id(const struct doc_node *n)
{
	if (n->id)
		return n->id;
	switch (n->toc_kind) {
	case TOC_TABEL: return "daftar-tabel";
	case TOC_GAMBAR: return "daftar-gambar";
	default: return "daftar-isi";
	}
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
	for (const struct doc_node *h = ch->first; h; h = h->next) {
		if (h->type != DOC_HEADING || !h->in_toc || h->level > maxlevel)
			continue;
		/* Levels are made consecutive so a skipped level cannot
		 * unbalance the lists. */
		int L = h->level < 2 ? 2 : h->level;
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
		toc_link(c, b, h->id, h->heading_number, h->title, h);
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
			toc_link(c, b, n->id, n->number, n->title, NULL);
			toc_headings(c, b, n, maxlevel);
			hbuf_puts(b, "</li>");
			break;
		default:
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
		if (it.ev != DOC_ENTER || n->type != want || n->fl == NULL)
			continue;
		hbuf_puts(&items, "\n<li>");
		toc_link(c, &items, n->id, n->fl->label, n->fl->title, NULL);
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
	if (n->toc_kind == TOC_TABEL)
		float_list(c, b, DOC_TABLE);
	else if (n->toc_kind == TOC_GAMBAR)
		float_list(c, b, DOC_FIGURE);
	else
		html_toc(c, b, 3, false);
	hbuf_puts(b, "</section>\n");
}

/* ---- Blocks ---- */

static void chapter(struct html_ctx *c, struct hbuf *b, const struct doc_node *n)
{
	static const char *const KIND[] = {
		[CHAPTER_FRONT] = "depan", [CHAPTER_BAB] = "bab",
		[CHAPTER_LAMPIRAN] = "lampiran",
	};
	hbuf_puts(b, "<section class=\"");
	hbuf_puts(b, n->chapter_kind <= CHAPTER_LAMPIRAN ? KIND[n->chapter_kind]
		: "bab");
	hbuf_putc(b, '"');
	if (n->id) {
		hbuf_puts(b, " id=\"");
		hesc_attr(b, n->id);
		hbuf_putc(b, '"');
	}
	hbuf_puts(b, ">\n<h2>");
	if (n->number && *n->number) {
		hbuf_puts(b, "<span class=\"nomor\">");
		hesc_text(b, n->number);
		hbuf_puts(b, "</span> ");
	}
	hesc_text(b, n->title);
	hbuf_puts(b, "</h2>\n");
	html_blocks(c, b, n);
	hbuf_puts(b, "</section>\n");
}

static void heading(struct html_ctx *c, struct hbuf *b, const struct doc_node *n)
{
	/* h1 is the report title (cover), h2 a chapter; levels 2..4 inside a
	 * chapter become h3..h5. */
	int lv = n->level < 2 ? 2 : n->level > 4 ? 4 : n->level;
	char tag[3] = {'h', (char)('1' + lv), '\0'};
	open_tag(b, tag, n->id);
	if (n->heading_number && *n->heading_number) {
		hbuf_puts(b, "<span class=\"nomor\">");
		hesc_text(b, n->heading_number);
		hbuf_puts(b, "</span> ");
	}
	if (n->first)
		html_inlines(c, b, n);
	else
		hesc_text(b, n->title);
	hbuf_puts(b, "</");
	hbuf_puts(b, tag);
	hbuf_puts(b, ">\n");
}

static void list(struct html_ctx *c, struct hbuf *b, const struct doc_node *n)
{
	if (n->ordered) {
		hbuf_puts(b, "<ol");
		if (n->start != 1) {
			hbuf_puts(b, " start=\"");
			hbuf_int(b, n->start);
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
			if (n->tight && k->type == DOC_PARAGRAPH)
				html_inlines(c, b, k);
			else
				block(c, b, k);
		}
		hbuf_puts(b, "</li>\n");
	}
	hbuf_puts(b, n->ordered ? "</ol>\n" : "</ul>\n");
}

static void block(struct html_ctx *c, struct hbuf *b, const struct doc_node *n)
{
	switch (n->type) {
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
		hesc_text(b, n->literal);
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
	default:
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
