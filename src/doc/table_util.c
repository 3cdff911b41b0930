/* Construction helpers for computed tables and chart figures: every table
 * of tables*.c and every chart of charts.c is built through these, so the
 * shape rules (header rows counted, numeric cells right-aligned, header
 * cells centred) live in one place. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "doc/internal.h"
#include "util/arena.h"

struct doc_node *tbl_new(struct build_ctx *c, const char *default_title,
	const char *default_sumber)
{
	struct doc_node *t = doc_node_new(c->doc, DOC_TABLE);
	t->as.fl = arena_alloc(c->doc->arena, sizeof *t->as.fl);
	t->as.fl->title = arena_strdup(c->doc->arena, default_title);
	t->as.fl->sumber = arena_strdup(c->doc->arena, default_sumber);
	return t;
}

struct doc_node *tbl_row(struct build_ctx *c, struct doc_node *table,
	bool header)
{
	struct doc_node *r = doc_node_new(c->doc, DOC_ROW);
	r->as.row.header = header;
	/* Only the leading run of header rows is the table head (repeated on
	 * each page of a long table); a header-styled row further down is
	 * just emphasis. */
	if (header && table->as.fl != NULL) {
		int n = 0;
		for (const struct doc_node *p = table->first; p; p = p->next)
			n++;
		if (n == table->as.fl->header_rows)
			table->as.fl->header_rows++;
	}
	doc_append(table, r);
	return r;
}

static struct doc_node *cell(struct build_ctx *c, struct doc_node *row,
	const char *text)
{
	struct doc_node *n = doc_node_new(c->doc, DOC_CELL);
	if (text != NULL && *text != '\0')
		doc_append(n, doc_text(c->doc, text));
	doc_append(row, n);
	return n;
}

struct doc_node *tbl_cell(struct build_ctx *c, struct doc_node *row,
	const char *text, bool numeric)
{
	struct doc_node *n = cell(c, row, text);
	n->as.cell.header = row->as.row.header;
	n->as.cell.numeric = numeric;
	n->as.cell.align = numeric ? ALIGN_RIGHT : ALIGN_DEFAULT;
	return n;
}

struct doc_node *tbl_hcell(struct build_ctx *c, struct doc_node *row,
	const char *text, int colspan, int rowspan)
{
	struct doc_node *n = cell(c, row, text);
	n->as.cell.header = true;
	n->as.cell.colspan = colspan > 1 ? colspan : 1;
	n->as.cell.rowspan = rowspan > 1 ? rowspan : 1;
	n->as.cell.align = ALIGN_CENTER;
	return n;
}

struct doc_node *tbl_center(struct doc_node *cell)
{
	cell->as.cell.align = ALIGN_CENTER;
	return cell;
}

struct doc_node *fig_new_chart(struct build_ctx *c, struct chart *ch,
	const char *alt, double width_pt, double height_pt)
{
	struct doc_node *f = doc_node_new(c->doc, DOC_FIGURE);
	f->as.fl = arena_alloc(c->doc->arena, sizeof *f->as.fl);
	f->as.fl->title = ch->title;
	f->as.fl->chart = ch;
	f->as.fl->alt = arena_strdup(c->doc->arena, alt);
	f->as.fl->width = width_pt;
	f->as.fl->height = height_pt;
	return f;
}

struct doc_node *cell_fig(struct build_ctx *c, struct doc_node *cell,
	const char *fmt, ...)
{
	char key[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(key, sizeof key, fmt, ap);
	va_end(ap);
	const struct figure *f = metrics_figure(c->metrics, key);
	/* A "-" has nothing to trace; no cell (no predicate column in a
	 * report without a scale), nothing to mark. */
	if (cell != NULL && f != NULL && f->ada && cell->first != NULL &&
			strcmp(cell->first->as.literal ? cell->first->as.literal :
				"", "-") != 0)
		cell->fig = f;
	return cell;
}

struct doc_node *tbl_cell_fig(struct build_ctx *c, struct doc_node *row,
	bool satuan, const char *fmt, ...)
{
	char key[512], b[128];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(key, sizeof key, fmt, ap);
	va_end(ap);
	const struct figure *f = metrics_figure(c->metrics, key);
	const char *s = f == NULL || !f->ada ? "-" : satuan ? fmt_figure(c, f) :
		arena_strdup(c->doc->arena, figure_teks(b, sizeof b,
			&c->report->meta, f));
	struct doc_node *n = tbl_cell(c, row, s, true);
	if (f != NULL && f->ada)
		n->fig = f;
	return n;
}
