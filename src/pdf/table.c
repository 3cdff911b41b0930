/* Tables: column widths from content, header rows with colspan/rowspan
 * repeated on every page the table runs over, rows never cut, a landscape
 * page when the portrait frame is too narrow. */
#include "pdf/internal.h"

#include <stdlib.h>
#include <string.h>

#include "chart/fonts.h"

#define PAD_X 3.5
#define PAD_Y 2.5
#define CELL_SIZE 9.0
#define CELL_SIZE_MIN 7.0
#define MAX_COLS 64

struct tcell {
	const struct doc_node *n;
	int r, c, cs, rs;
	PangoLayout *l;
	GArray *links; /* struct tlink: links and cross-references, pass 2 */
	double minw, maxw, h;
	double xoff; /* alignment offset of an unwrapped layout */
};

/* A cell's widths at each cell size tried (CELL_SIZE_MIN..CELL_SIZE). */
#define NSIZES 3 /* CELL_SIZE - CELL_SIZE_MIN + 1 */
struct cellw {
	bool have[NSIZES];
	double minw[NSIZES], maxw[NSIZES];
};

struct tbl {
	int nrows, ncols, nhead;
	struct tcell *cells;
	int ncells;
	double cw[MAX_COLS];
	double *rh;
	int *group_end; /* last row of the group a row starts; -1 inside */
};

static double max_line_width(PangoLayout *l)
{
	double w = 0;
	PangoLayoutIter *it = pango_layout_get_iter(l);
	do {
		PangoRectangle r;
		pango_layout_iter_get_line_extents(it, NULL, &r);
		PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
		pango_layout_line_get_extents(line, NULL, &r);
		if ((double)r.width / PANGO_SCALE > w)
			w = (double)r.width / PANGO_SCALE;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	return w;
}

/* The narrowest width the text can take when wrapped at word breaks: its
 * widest unbreakable segment, measured on the unwrapped layout. What a
 * layout at width 1 with PANGO_WRAP_WORD gives, without shaping the text
 * again (a new width means a new layout). */
static double min_width(PangoLayout *l)
{
	int n;
	const PangoLogAttr *la = pango_layout_get_log_attrs_readonly(l, &n);
	const char *text = pango_layout_get_text(l), *tp = text;
	PangoLayoutIter *it = pango_layout_get_iter(l);
	PangoLayoutLine *line = NULL;
	int ci = 0, x0 = 0, x1 = 0, best = 0;
	bool open = false;
	do {
		PangoLayoutLine *cur = pango_layout_iter_get_line_readonly(it);
		int idx = pango_layout_iter_get_index(it);
		while (*tp && tp < text + idx) {
			tp = g_utf8_next_char(tp);
			ci++;
		}
		if (cur != line || (ci < n && la[ci].is_line_break) ||
		    pango_layout_iter_get_run_readonly(it) == NULL) {
			if (open && x1 - x0 > best)
				best = x1 - x0;
			open = false;
			line = cur;
		}
		if (pango_layout_iter_get_run_readonly(it) == NULL)
			continue; /* end of a line */
		PangoRectangle r;
		pango_layout_iter_get_cluster_extents(it, NULL, &r);
		if (!open) {
			open = true;
			x0 = x1 = r.x;
		}
		if (ci >= n || !la[ci].is_white)
			x1 = r.x + r.width;
	} while (pango_layout_iter_next_cluster(it));
	if (open && x1 - x0 > best)
		best = x1 - x0;
	pango_layout_iter_free(it);
	return (double)best / PANGO_SCALE;
}

static struct tstyle cell_style(const struct doc_node *row,
	const struct doc_node *cell, bool head, double size)
{
	struct tstyle st = { .family = FONT_SANS, .size = size,
		.align = PANGO_ALIGN_LEFT, .spacing = 1.05 };
	(void)row;
	if (head) {
		st.bold = true;
		st.align = PANGO_ALIGN_CENTER;
	}
	if (cell->numeric)
		st.align = PANGO_ALIGN_RIGHT;
	switch (cell->align) {
	case ALIGN_LEFT:
		st.align = PANGO_ALIGN_LEFT;
		break;
	case ALIGN_CENTER:
		st.align = PANGO_ALIGN_CENTER;
		break;
	case ALIGN_RIGHT:
		st.align = PANGO_ALIGN_RIGHT;
		break;
	default:
		break;
	}
	return st;
}

/* Places cells on the grid, honouring spans; measures min/max widths. */
static void build(struct pdf *p, const struct doc_node *t, struct tbl *tb,
	double size)
{
	int nrows = 0, ncells = 0;
	for (const struct doc_node *r = t->first; r; r = r->next)
		if (r->type == DOC_ROW) {
			nrows++;
			for (const struct doc_node *c = r->first; c; c = c->next)
				ncells++;
		}
	tb->nrows = nrows;
	tb->cells = g_new0(struct tcell, ncells ? ncells : 1);
	tb->rh = g_new0(double, nrows ? nrows : 1);
	tb->group_end = g_new0(int, nrows ? nrows : 1);
	unsigned char *occ = g_malloc0((size_t)(nrows ? nrows : 1) * MAX_COLS);
	int hr = t->fl ? t->fl->header_rows : 0, lead_header = 0;
	bool counting = true;
	int ri = 0;
	for (const struct doc_node *r = t->first; r; r = r->next) {
		if (r->type != DOC_ROW)
			continue;
		bool rhead = r->header;
		if (counting && rhead)
			lead_header = ri + 1;
		else
			counting = false;
		int c = 0;
		for (const struct doc_node *cn = r->first; cn; cn = cn->next) {
			while (c < MAX_COLS && occ[ri * MAX_COLS + c])
				c++;
			if (c >= MAX_COLS)
				break;
			struct tcell *tc = &tb->cells[tb->ncells++];
			tc->n = cn;
			tc->r = ri;
			tc->c = c;
			tc->cs = MAX(1, MIN(cn->colspan, MAX_COLS - c));
			tc->rs = MAX(1, MIN(cn->rowspan, nrows - ri));
			for (int y = ri; y < ri + tc->rs; y++)
				for (int x = c; x < c + tc->cs; x++)
					occ[y * MAX_COLS + x] = 1;
			c += tc->cs;
			if (c > tb->ncols)
				tb->ncols = c;
		}
		ri++;
	}
	g_free(occ);
	tb->nhead = hr > 0 ? MIN(hr, nrows) : lead_header;
	/* A header cell spanning into later rows drags them into the
	 * header. */
	for (int i = 0; i < tb->ncells; i++)
		if (tb->cells[i].r < tb->nhead &&
		    tb->cells[i].r + tb->cells[i].rs > tb->nhead)
			tb->nhead = tb->cells[i].r + tb->cells[i].rs;

	for (int i = 0; i < tb->ncells; i++) {
		struct tcell *tc = &tb->cells[i];
		bool head = tc->r < tb->nhead || tc->n->header;
		struct tstyle st = cell_style(tc->n->parent, tc->n, head,
		    size);
		if (p->cr != NULL)
			tc->links = g_array_new(FALSE, FALSE,
			    sizeof(struct tlink));
		tc->l = pdf_layout_cell(p, tc->n, &st, tc->links);
		/* Shaping dominates the run time: pass 2 reuses the widths
		 * measured in pass 1 instead of measuring each cell again. */
		int si = (int)(size - CELL_SIZE_MIN);
		struct cellw *cw = g_hash_table_lookup(p->cellw, tc->n);
		if (cw != NULL && cw->have[si]) {
			tc->minw = cw->minw[si];
			tc->maxw = cw->maxw[si];
			continue;
		}
		tc->maxw = max_line_width(tc->l);
		tc->minw = min_width(tc->l);
		if (cw == NULL) {
			cw = g_new0(struct cellw, 1);
			g_hash_table_insert(p->cellw, (gpointer)tc->n, cw);
		}
		cw->have[si] = true;
		cw->minw[si] = tc->minw;
		cw->maxw[si] = tc->maxw;
	}
}

static double widths(struct tbl *tb, double avail, double *summin_out)
{
	double mn[MAX_COLS] = {0}, mx[MAX_COLS] = {0};
	const double pad = 2 * PAD_X;
	for (int span = 1; span <= MAX_COLS; span++) {
		bool any = false;
		for (int i = 0; i < tb->ncells; i++) {
			struct tcell *tc = &tb->cells[i];
			if (tc->cs != span)
				continue;
			any = true;
			double smn = 0, smx = 0;
			for (int c = tc->c; c < tc->c + span; c++) {
				smn += mn[c];
				smx += mx[c];
			}
			/* Spanning cells spread what they lack evenly. */
			if (tc->minw + pad > smn)
				for (int c = tc->c; c < tc->c + span; c++)
					mn[c] += (tc->minw + pad - smn) / span;
			if (tc->maxw + pad > smx)
				for (int c = tc->c; c < tc->c + span; c++)
					mx[c] += (tc->maxw + pad - smx) / span;
		}
		if (!any && span > tb->ncols)
			break;
	}
	double summin = 0, summax = 0;
	for (int c = 0; c < tb->ncols; c++) {
		mx[c] = MAX(mx[c], mn[c]);
		summin += mn[c];
		summax += mx[c];
	}
	*summin_out = summin;
	for (int c = 0; c < tb->ncols; c++) {
		if (summax <= avail)
			tb->cw[c] = mx[c] * avail / summax; /* full width */
		else if (summin <= avail)
			tb->cw[c] = mn[c] + (mx[c] - mn[c]) * (avail - summin) /
			    (summax - summin);
		else
			tb->cw[c] = mn[c] * avail / summin; /* squeezed */
	}
	return summax;
}

/* build() appends the cells row by row, so they are sorted by row: the
 * first cell of row r (or ncells) by binary search. Scanning every cell
 * per row made a 20,000-row table quadratic (5 s). */
static int first_cell(const struct tbl *tb, int r)
{
	int lo = 0, hi = tb->ncells;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (tb->cells[mid].r < r)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void heights(struct pdf *p, struct tbl *tb)
{
	for (int i = 0; i < tb->ncells; i++) {
		struct tcell *tc = &tb->cells[i];
		double w = -2 * PAD_X;
		for (int c = tc->c; c < tc->c + tc->cs; c++)
			w += tb->cw[c];
		/* Text that fits unwrapped keeps its measured layout (a new
		 * width would shape it again); draw_rows aligns it. */
		tc->xoff = 0;
		if (w >= tc->maxw) {
			PangoAlignment al = pango_layout_get_alignment(tc->l);
			if (al == PANGO_ALIGN_CENTER)
				tc->xoff = (w - tc->maxw) / 2;
			else if (al == PANGO_ALIGN_RIGHT)
				tc->xoff = w - tc->maxw;
			pango_layout_set_width(tc->l, -1);
		} else {
			tc->l = pdf_layout_own(p, tc->n, tc->l);
			pango_layout_set_width(tc->l, (int)(MAX(w, 1) *
			    PANGO_SCALE));
		}
		tc->h = pdf_layout_height(tc->l) + 2 * PAD_Y;
		if (tc->rs == 1 && tc->h > tb->rh[tc->r])
			tb->rh[tc->r] = tc->h;
	}
	for (int i = 0; i < tb->ncells; i++) {
		struct tcell *tc = &tb->cells[i];
		if (tc->rs == 1)
			continue;
		double s = 0;
		for (int r = tc->r; r < tc->r + tc->rs; r++)
			s += tb->rh[r];
		if (tc->h > s)
			tb->rh[tc->r + tc->rs - 1] += tc->h - s;
	}
	/* Rows joined by a rowspan form a group that is never split. */
	int r = 0;
	while (r < tb->nrows) {
		int end = r;
		for (int k = r; k <= end; k++)
			for (int i = first_cell(tb, k);
			    i < tb->ncells && tb->cells[i].r == k; i++)
				end = MAX(end, k + tb->cells[i].rs - 1);
		tb->group_end[r] = end;
		for (int k = r + 1; k <= end; k++)
			tb->group_end[k] = -1;
		r = end + 1;
	}
}

static double rows_height(const struct tbl *tb, int from, int to)
{
	double h = 0;
	for (int r = from; r <= to; r++)
		h += tb->rh[r];
	return h;
}

/* Draws rows [from, to] with their top at y. */
static void draw_rows(struct pdf *p, struct tbl *tb, double x, double y,
	int from, int to)
{
	if (p->cr == NULL)
		return;
	double colx[MAX_COLS + 1];
	colx[0] = x;
	for (int c = 0; c < tb->ncols; c++)
		colx[c + 1] = colx[c] + tb->cw[c];
	cairo_t *cr = p->cr;
	cairo_set_line_width(cr, 0.5);
	for (int i = first_cell(tb, from); i < tb->ncells; i++) {
		struct tcell *tc = &tb->cells[i];
		if (tc->r > to)
			break;
		double cy = y + rows_height(tb, from, tc->r) - tb->rh[tc->r];
		double ch = rows_height(tb, tc->r, tc->r + tc->rs - 1);
		double cx = colx[tc->c], cw = colx[tc->c + tc->cs] - cx;
		bool head = tc->r < tb->nhead || tc->n->header;
		cairo_rectangle(cr, cx, cy, cw, ch);
		if (head) {
			cairo_set_source_rgb(cr, 0.88, 0.90, 0.93);
			cairo_fill_preserve(cr);
			cairo_set_source_rgb(cr, 0, 0, 0);
		}
		cairo_stroke(cr);
		double ty = cy + PAD_Y;
		if (head) /* header text centred vertically */
			ty = cy + (ch - tc->h) / 2 + PAD_Y;
		pdf_draw_layout(p, tc->l, cx + PAD_X + tc->xoff, ty,
		    tc->links);
	}
}

static void table_free(struct tbl *tb)
{
	for (int i = 0; i < tb->ncells; i++) {
		if (tb->cells[i].l)
			g_object_unref(tb->cells[i].l);
		if (tb->cells[i].links)
			g_array_free(tb->cells[i].links, TRUE);
	}
	g_free(tb->cells);
	g_free(tb->rh);
	g_free(tb->group_end);
	memset(tb, 0, sizeof *tb);
}

void pdf_table(struct pdf *p, const struct doc_node *t, double x, double w)
{
	static const struct doc_float none;
	const struct doc_float *fl = t->fl ? t->fl : &none;
	struct tbl tb = {0};

	/* Portrait if the portrait frame holds the narrowest layout, else
	 * landscape; a table too wide even there is set in a smaller size. */
	double summin = 0;
	double portrait_w = MIN(w, A4_W - (4.0 + 3.0) * PT_PER_CM);
	double land_w = A4_H - 2 * 3.0 * PT_PER_CM;
	bool land = fl->landscape;
	for (double size = CELL_SIZE; ; size -= 1) {
		table_free(&tb);
		build(p, t, &tb, size);
		if (tb.nrows == 0 || tb.ncols == 0)
			goto out;
		widths(&tb, portrait_w, &summin);
		if (!land && summin <= portrait_w + 0.01)
			break;
		land = true;
		widths(&tb, land_w, &summin);
		if (summin <= land_w + 0.01)
			break;
		if (size <= CELL_SIZE_MIN) {
			if (p->pass == 1)
				diag_add(p->diags, DIAG_WARNING, t->pos,
				    "tabel %s terlalu lebar untuk halaman "
				    "lanskap", fl->label ? fl->label : "");
			break;
		}
	}
	if (p->landscape != land || !p->page_open) {
		pdf_ensure_orientation(p, land);
		x = p->x0;
		w = p->fw;
	}
	if (land) {
		x = p->x0;
		w = p->fw;
	}
	widths(&tb, land ? w : MIN(w, portrait_w), &summin);
	heights(p, &tb);

	double tw = 0;
	for (int c = 0; c < tb.ncols; c++)
		tw += tb.cw[c];
	struct tstyle cst = { .family = FONT_SERIF, .size = 11,
		.align = PANGO_ALIGN_CENTER, .spacing = 1.1 };
	char *text = g_strdup_printf("%s%s%s", fl->label ? fl->label : "",
	    fl->label && fl->title ? " " : "", fl->title ? fl->title : "");
	PangoLayout *cap = pdf_layout_text(p, text, &cst, w);
	g_free(text);
	text = g_strdup_printf("%s (lanjutan)", fl->label ? fl->label :
	    "Tabel");
	PangoLayout *cont = pdf_layout_text(p, text, &cst, w);
	g_free(text);
	PangoLayout *src = NULL;
	if (fl->sumber) {
		struct tstyle sst = { .family = FONT_SERIF, .size = 10,
			.italic = true, .align = PANGO_ALIGN_LEFT };
		text = g_strdup_printf("Sumber: %s", fl->sumber);
		src = pdf_layout_text(p, text, &sst, w);
		g_free(text);
	}
	/* The label in the caption is bold; all of "(lanjutan)" line is. */
	if (fl->label) {
		PangoAttrList *al = pango_attr_list_new();
		PangoAttribute *a = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
		a->start_index = 0;
		a->end_index = (guint)strlen(fl->label);
		pango_attr_list_insert(al, a);
		pango_layout_set_attributes(cap, al);
		pango_attr_list_unref(al);
	}
	PangoAttrList *cl = pango_attr_list_new();
	pango_attr_list_insert(cl, pango_attr_weight_new(PANGO_WEIGHT_BOLD));
	pango_layout_set_attributes(cont, cl);
	pango_attr_list_unref(cl);
	double caph = pdf_layout_height(cap) + 4;
	double conth = pdf_layout_height(cont) + 4;
	double headh = rows_height(&tb, 0, tb.nhead - 1);
	double srch = src ? pdf_layout_height(src) + 2 : 0;

	/* Caption, header and the first group of body rows stay together. */
	int first = tb.nhead < tb.nrows ? tb.nhead : tb.nrows - 1;
	double firsth = first >= tb.nhead ? rows_height(&tb, first,
	    tb.group_end[first]) : 0;
	if (!pdf_at_top(p))
		p->y += 4;
	if (p->y + caph + headh + firsth > p->y1 && !pdf_at_top(p))
		pdf_new_page(p, p->landscape);
	pdf_anchor(p, t, p->y);
	double tx = x + (w - tw) / 2;
	pdf_draw_layout(p, cap, x, p->y, NULL);
	p->y += caph;
	if (tb.nhead > 0) {
		draw_rows(p, &tb, tx, p->y, 0, tb.nhead - 1);
		p->y += headh;
	}
	/* No orphaned tail: in a table long enough to split, the last three
	 * body groups (often two rows and the total) go to a page together
	 * rather than leave one row under a "(lanjutan)" caption. */
	int ngroups = 0, tail_from = tb.nrows;
	for (int r = tb.nhead; r < tb.nrows; r = tb.group_end[r] + 1)
		ngroups++;
	if (ngroups >= 6) {
		int g = 0;
		for (int r = tb.nhead; r < tb.nrows; r = tb.group_end[r] + 1)
			if (++g == ngroups - 2)
				tail_from = r;
	}
	int on_page = 0; /* body groups on this page */
	for (int r = tb.nhead; r < tb.nrows; r = tb.group_end[r] + 1) {
		int end = tb.group_end[r];
		double gh = rows_height(&tb, r, end);
		/* The last group carries the source line with it. */
		double extra = end == tb.nrows - 1 ? srch : 0;
		double need = r >= tail_from ?
			rows_height(&tb, r, tb.nrows - 1) + srch : gh + extra;
		if (p->y + need > p->y1 + 0.01 && on_page > 0) {
			pdf_new_page(p, p->landscape);
			pdf_draw_layout(p, cont, x, p->y, NULL);
			p->y += conth;
			if (tb.nhead > 0) {
				draw_rows(p, &tb, tx, p->y, 0, tb.nhead - 1);
				p->y += headh;
			}
			on_page = 0;
		}
		draw_rows(p, &tb, tx, p->y, r, end);
		p->y += gh;
		on_page++;
	}
	if (src) {
		p->y += 2;
		pdf_draw_layout(p, src, tx, p->y, NULL);
		p->y += srch;
		g_object_unref(src);
	}
	p->y += 10;
	g_object_unref(cap);
	g_object_unref(cont);
out:
	table_free(&tb);
}
