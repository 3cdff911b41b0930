/* Tables: column widths from content, header rows with colspan/rowspan
 * repeated on every page the table runs over, a landscape page when the
 * portrait frame is too narrow. Nothing is dropped: a row group (rows
 * joined by a rowspan) taller than a page is split between its rows, a row
 * taller than a page between the lines of its cells, and a table too wide
 * even for a landscape page is set in column panels that repeat its key
 * columns (or, when its width is in a few long words, squeezed: words
 * then break between letters). */
#include "pdf/internal.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "chart/fonts.h"

#define PAD_X 3.5
#define PAD_Y 2.5
#define CELL_SIZE 9.0
#define CELL_SIZE_MIN 7.0
/* A colspan past this is a mistake, not a layout: clamped. */
#define MAX_SPAN 1000
/* A row taller than a page starts on the page it reaches when this much
 * room is left; with less it starts on the next page. */
#define MIN_SLICE 48.0
/* A table of at most this many body rows is not split (unless taller
 * than a page); a split leaves at least KEEP_ROWS rows on each side. */
#define SHORT_TABLE 10
#define KEEP_ROWS 3

struct tcell {
	const struct doc_node *n;
	int r, c, cs, rs;
	PangoLayout *l;
	GArray *links; /* struct tlink: links and cross-references, pass 2 */
	double minw, maxw, h;
	double xoff; /* alignment offset of an unwrapped layout */
	int line;    /* next line to draw of a cell split across pages */
};

/* A cell's widths at each cell size tried (CELL_SIZE_MIN..CELL_SIZE). */
#define NSIZES 3 /* CELL_SIZE - CELL_SIZE_MIN + 1 */
struct cellw {
	bool have[NSIZES];
	double minw[NSIZES], maxw[NSIZES];
};

struct tbl {
	int nrows, ncols, nhead, maxspan;
	int nrep; /* header rows set apart and repeated: nhead, or 0 for a
		   * header too tall to repeat (then set as body rows) */
	struct tcell *cells;
	int ncells;
	double *cw;     /* column widths */
	double *mn;     /* column minimum widths, from widths() */
	double *rh;
	int *group_end; /* last row of the group a row starts; -1 inside */
	const struct doc_node **row; /* the row nodes */
};

/* The columns a build keeps: [0, key) and [from, to), numbered on in that
 * order. The whole table is { 0, 0, INT_MAX }. */
struct colrange {
	int key, from, to;
};

static const struct colrange ALL_COLS = { 0, 0, INT_MAX };

/* The column of the panel a column of the table lands in, or -1. */
static int col_map(const struct colrange *cr, int c)
{
	if (c < cr->key)
		return c;
	if (c >= cr->from && c < cr->to)
		return cr->key + c - cr->from;
	return -1;
}

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
	if (cell->as.cell.numeric)
		st.align = PANGO_ALIGN_RIGHT;
	switch (cell->as.cell.align) {
	case ALIGN_LEFT:
		st.align = PANGO_ALIGN_LEFT;
		break;
	case ALIGN_CENTER:
		st.align = PANGO_ALIGN_CENTER;
		break;
	case ALIGN_RIGHT:
		st.align = PANGO_ALIGN_RIGHT;
		break;
	case ALIGN_DEFAULT:
		break;
	}
	return st;
}

/* Places cells on the grid, honouring spans; keeps those of the columns
 * cr selects; measures min/max widths. */
static void build(struct pdf *p, const struct doc_node *t, struct tbl *tb,
	double size, const struct colrange *cr)
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
	tb->row = g_new0(const struct doc_node *, nrows ? nrows : 1);
	/* busy[c]: the last row a rowspan above holds column c down to. One
	 * entry per column, not a rows x columns grid: any number of columns
	 * (a 70-column table lost 6 to a fixed grid). */
	GArray *busy = g_array_new(FALSE, TRUE, sizeof(int));
	int hr = t->as.fl ? t->as.fl->header_rows : 0, lead_header = 0;
	bool counting = true;
	int ri = 0;
	for (const struct doc_node *r = t->first; r; r = r->next) {
		if (r->type != DOC_ROW)
			continue;
		tb->row[ri] = r;
		bool rhead = r->as.row.header;
		if (counting && rhead)
			lead_header = ri + 1;
		else
			counting = false;
		int c = 0;
		for (const struct doc_node *cn = r->first; cn; cn = cn->next) {
			while (c < (int)busy->len &&
			    g_array_index(busy, int, c) >= ri)
				c++;
			int cs = MAX(1, MIN(cn->as.cell.colspan, MAX_SPAN));
			int rs = MAX(1, MIN(cn->as.cell.rowspan, nrows - ri));
			if ((int)busy->len < c + cs) {
				int old = (int)busy->len;
				g_array_set_size(busy, (guint)(c + cs));
				for (int k = old; k < c + cs; k++)
					g_array_index(busy, int, k) = -1;
			}
			for (int k = c; k < c + cs; k++)
				g_array_index(busy, int, k) = ri + rs - 1;
			/* The part of the cell inside the kept columns. */
			int a = -1, b = -1;
			for (int k = c; k < c + cs; k++) {
				int m = col_map(cr, k);
				if (m < 0)
					continue;
				if (a < 0)
					a = m;
				b = m;
			}
			c += cs;
			if (a < 0)
				continue;
			struct tcell *tc = &tb->cells[tb->ncells++];
			tc->n = cn;
			tc->r = ri;
			tc->c = a;
			tc->cs = b - a + 1;
			tc->rs = rs;
			tb->ncols = MAX(tb->ncols, b + 1);
			tb->maxspan = MAX(tb->maxspan, tc->cs);
		}
		ri++;
	}
	g_array_free(busy, TRUE);
	tb->cw = g_new0(double, tb->ncols ? tb->ncols : 1);
	tb->mn = g_new0(double, tb->ncols ? tb->ncols : 1);
	tb->nhead = hr > 0 ? MIN(hr, nrows) : lead_header;
	/* A header cell spanning into later rows drags them into the
	 * header. */
	for (int i = 0; i < tb->ncells; i++)
		if (tb->cells[i].r < tb->nhead &&
		    tb->cells[i].r + tb->cells[i].rs > tb->nhead)
			tb->nhead = tb->cells[i].r + tb->cells[i].rs;

	for (int i = 0; i < tb->ncells; i++) {
		struct tcell *tc = &tb->cells[i];
		bool head = tc->r < tb->nhead || tc->n->as.cell.header;
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

/* The width between the narrowest layout and the widest, in a long table
 * (over LONG_TABLE body rows), given to the columns whose rows wrap: in
 * proportion to what each lacks of its widest, times the number of its
 * body cells of one row that would wrap at its narrowest; what is left
 * then to the others (cells spanning rows) by what they lack. An
 * indikator column wrapping on 300 rows gets the width before a tujuan
 * cell spanning them (the stress report: its indicators on 2 lines a
 * row, now 1; 35 pages, now 24). A column given its widest gives the
 * rest back. A short table shares the width evenly, by what each column
 * lacks. */
#define LONG_TABLE 40 /* body rows: a shorter table shares the width evenly */

static void share_slack(struct tbl *tb, const double *mn, const double *mx,
	double slack)
{
	const double pad = 2 * PAD_X;
	double *wt = g_new(double, tb->ncols);
	bool *full = g_new0(bool, tb->ncols);
	for (int c = 0; c < tb->ncols; c++)
		wt[c] = 0;
	for (int i = 0; i < tb->ncells; i++) {
		const struct tcell *tc = &tb->cells[i];
		if (tc->cs == 1 && tc->rs == 1 && tc->r >= tb->nhead &&
		    tc->maxw + pad > mn[tc->c] + 0.01)
			wt[tc->c] += 1;
	}
	for (int round = 0; round < tb->ncols && slack > 0.01; round++) {
		double sum = 0;
		for (int c = 0; c < tb->ncols; c++)
			if (!full[c])
				sum += (mx[c] - mn[c]) * wt[c];
		if (sum <= 0) { /* no row wraps but in spanning cells */
			for (int c = 0; c < tb->ncols; c++)
				if (wt[c] == 0 && !full[c] && mx[c] > mn[c])
					wt[c] = 1;
			for (int c = 0; c < tb->ncols; c++)
				if (!full[c])
					sum += (mx[c] - mn[c]) * wt[c];
			if (sum <= 0)
				break;
		}
		bool capped = false;
		for (int c = 0; c < tb->ncols; c++) {
			double g = full[c] ? 0 : slack * (mx[c] - mn[c]) *
			    wt[c] / sum;
			if (!full[c] && tb->cw[c] + g >= mx[c]) {
				slack -= mx[c] - tb->cw[c];
				tb->cw[c] = mx[c];
				full[c] = capped = true;
			}
		}
		if (capped)
			continue;
		for (int c = 0; c < tb->ncols; c++)
			if (!full[c])
				tb->cw[c] += slack * (mx[c] - mn[c]) * wt[c] /
				    sum;
		slack = 0;
	}
	g_free(wt);
	g_free(full);
}

static double widths(struct tbl *tb, double avail, double *summin_out)
{
	double *mn = tb->mn, *mx = g_new0(double, tb->ncols ? tb->ncols : 1);
	const double pad = 2 * PAD_X;
	memset(mn, 0, sizeof(double) * (size_t)tb->ncols);
	for (int span = 1; span <= tb->maxspan; span++) {
		for (int i = 0; i < tb->ncells; i++) {
			struct tcell *tc = &tb->cells[i];
			if (tc->cs != span)
				continue;
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
		else if (summin > avail)
			tb->cw[c] = mn[c] * avail / summin; /* squeezed */
		else if (tb->nrows - tb->nhead <= LONG_TABLE)
			tb->cw[c] = mn[c] + (mx[c] - mn[c]) * (avail - summin) /
			    (summax - summin);
		else
			tb->cw[c] = mn[c];
	}
	if (summin <= avail && summax > avail &&
	    tb->nrows - tb->nhead > LONG_TABLE)
		share_slack(tb, mn, mx, avail - summin);
	g_free(mx);
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

/* The levels of a computed table's rows, by their class (doc/kolom.c,
 * tables_anggaran.c): a row of a level followed by a row of a deeper one
 * heads it (a program over its kegiatan, a kegiatan over its
 * subkegiatan, a sasaran over its indicators). A row without a class is
 * a data row, the deepest; other classes ("total") head nothing. */
static int row_level(const struct doc_node *r)
{
	static const char *const LEVELS[] = { "tujuan", "sasaran", "program",
		"kegiatan", "subkegiatan" };
	const char *c = r != NULL ? r->as.row.css_class : NULL;
	if (c == NULL)
		return (int)G_N_ELEMENTS(LEVELS);
	for (size_t i = 0; i < G_N_ELEMENTS(LEVELS); i++)
		if (strcmp(c, LEVELS[i]) == 0)
			return (int)i;
	return -1;
}

/* A group heading row is never left alone at the foot of a page, nor its
 * first row set on the next page without it: its group and the next are
 * one group (kept together unless taller than a page), from the last so
 * that a program, its first kegiatan and that one's first subkegiatan
 * make one. */
static void keep_headings(struct tbl *tb)
{
	GArray *starts = g_array_new(FALSE, FALSE, sizeof(int));
	for (int r = tb->nhead; r < tb->nrows; r = tb->group_end[r] + 1)
		g_array_append_val(starts, r);
	for (int i = (int)starts->len - 2; i >= 0; i--) {
		int a = g_array_index(starts, int, i);
		int b = g_array_index(starts, int, i + 1);
		int la = row_level(tb->row[b - 1]);
		if (la >= 0 && row_level(tb->row[b]) > la) {
			tb->group_end[a] = tb->group_end[b];
			tb->group_end[b] = -1;
		}
	}
	g_array_free(starts, TRUE);
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
			tc->l = pdf_layout_width(p, tc->n, tc->l, -1);
		} else {
			tc->l = pdf_layout_width(p, tc->n, tc->l,
			    (int)(MAX(w, 1) * PANGO_SCALE));
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
	keep_headings(tb);
}

static double rows_height(const struct tbl *tb, int from, int to)
{
	double h = 0;
	for (int r = from; r <= to; r++)
		h += tb->rh[r];
	return h;
}

/* How many lines of l from line `from` fit in room (at least one when
 * force: a line taller than a page); their height in *h. */
static int lines_fit(PangoLayout *l, int from, double room, bool force,
	double *h)
{
	PangoLayoutIter *it = pango_layout_get_iter(l);
	int i = 0, k = 0;
	double top = 0;
	*h = 0;
	do {
		if (i < from)
			continue;
		PangoRectangle lr;
		pango_layout_iter_get_line_extents(it, NULL, &lr);
		double ly = (double)lr.y / PANGO_SCALE;
		double lb = (double)(lr.y + lr.height) / PANGO_SCALE;
		if (i == from)
			top = ly;
		if (lb - top > room + 0.01 && !(force && k == 0))
			break;
		k++;
		*h = lb - top;
	} while (++i, pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	return k;
}

static double *col_x(const struct tbl *tb, double x)
{
	double *colx = g_new(double, tb->ncols + 1);
	colx[0] = x;
	for (int c = 0; c < tb->ncols; c++)
		colx[c + 1] = colx[c] + tb->cw[c];
	return colx;
}

static bool is_head(const struct tbl *tb, const struct tcell *tc)
{
	return tc->r < tb->nhead || tc->n->as.cell.header;
}

static void cell_box(struct pdf *p, bool head, double x, double y, double w,
	double h)
{
	if (p->cr == NULL)
		return;
	cairo_t *cr = p->cr;
	cairo_set_line_width(cr, 0.5);
	cairo_rectangle(cr, x, y, w, h);
	if (head) {
		cairo_set_source_rgb(cr, 0.88, 0.90, 0.93);
		cairo_fill_preserve(cr);
		cairo_set_source_rgb(cr, 0, 0, 0);
	}
	cairo_stroke(cr);
}

/* Draws the lines of a cell split across pages that fit in a box of
 * height ch, from where its last part stopped. A rowspan already complete
 * is drawn again when it fits, so the rows on the next page still show
 * which group they belong to. */
static void cell_part(struct pdf *p, struct tcell *tc, double cx, double cy,
	double ch, bool force)
{
	int n = pango_layout_get_line_count(tc->l);
	if (tc->line >= n) {
		if (tc->rs == 1 || tc->h > ch + 0.01)
			return;
		tc->line = 0;
	}
	double h;
	int k = lines_fit(tc->l, tc->line, ch - 2 * PAD_Y, force, &h);
	if (k > 0)
		pdf_draw_lines(p, tc->l, cx + PAD_X + tc->xoff, cy + PAD_Y,
		    tc->line, tc->line + k, tc->links);
	tc->line += k;
}

/* The cells of rows [from, to], after those of earlier rows of their group
 * spanning into them (spans: the indices of the group's rowspans, or NULL).
 * The rowspans are listed once per group rather than found by walking the
 * group's rows again on every page (a group of 100,000 rows). */
static GPtrArray *cells_in(struct tbl *tb, int from, int to,
	const GArray *spans)
{
	GPtrArray *out = g_ptr_array_new();
	for (guint k = 0; spans && k < spans->len; k++) {
		struct tcell *tc = &tb->cells[g_array_index(spans, int, k)];
		if (tc->r < from && tc->r + tc->rs > from)
			g_ptr_array_add(out, tc);
	}
	for (int i = first_cell(tb, from); i < tb->ncells &&
	    tb->cells[i].r <= to; i++)
		g_ptr_array_add(out, &tb->cells[i]);
	return out;
}

/* Draws rows [from, to] with their top at y, and the part of the group's
 * rowspans (spans, see cells_in) running through them. */
static void draw_rows(struct pdf *p, struct tbl *tb, double x, double y,
	int from, int to, const GArray *spans)
{
	double *colx = col_x(tb, x);
	GPtrArray *cells = cells_in(tb, from, to, spans);
	/* The boxes first, all in one run: in the tagged PDF they are one
	 * piece of the Table's content, not one between every two cells
	 * (3000 marked pieces in Magetan cost cairo 3 % of the PDF's time);
	 * text over a box, never a box over text. */
	for (guint i = 0; p->cr != NULL && i < cells->len; i++) {
		struct tcell *tc = g_ptr_array_index(cells, i);
		int a = MAX(tc->r, from), b = MIN(tc->r + tc->rs - 1, to);
		double cx = colx[tc->c];
		cell_box(p, is_head(tb, tc), cx, y + rows_height(tb, from,
		    a - 1), colx[tc->c + tc->cs] - cx, rows_height(tb, a, b));
	}
	/* A TR element per row, a TH or TD per cell; a rowspan continued
	 * from an earlier page belongs to the first row here. */
	const char *role = p->role;
	int row = -1;
	for (guint i = 0; i < cells->len; i++) {
		struct tcell *tc = g_ptr_array_index(cells, i);
		int last = tc->r + tc->rs - 1;
		bool whole = tc->r >= from && last <= to;
		if (MAX(tc->r, from) != row) {
			if (row >= 0)
				pdf_tag_end(p);
			pdf_tag_begin(p, "TR");
			row = MAX(tc->r, from);
		}
		p->role = is_head(tb, tc) ? "TH" : "TD";
		if (whole && p->cr == NULL)
			continue; /* measuring: nothing to keep track of */
		int a = MAX(tc->r, from), b = MIN(last, to);
		double cy = y + rows_height(tb, from, a - 1);
		double ch = rows_height(tb, a, b);
		double cx = colx[tc->c];
		bool head = is_head(tb, tc);
		if (!whole) {
			/* The last part of a rowspan takes what is left of
			 * it, even past its box: overlapping beats losing. */
			cell_part(p, tc, cx, cy, last > to ? ch : 1e9,
			    false);
			continue;
		}
		double ty = cy + PAD_Y;
		if (head) /* header text centred vertically */
			ty = cy + (ch - tc->h) / 2 + PAD_Y;
		pdf_draw_layout(p, tc->l, cx + PAD_X + tc->xoff, ty,
		    tc->links);
	}
	if (row >= 0)
		pdf_tag_end(p);
	p->role = role;
	g_ptr_array_free(cells, TRUE);
	g_free(colx);
}

/* Draws the slice of row r (taller than a page) that fits in room: every
 * cell of the row, and every rowspan of its group running through it,
 * goes on from the line its last slice stopped at. Returns the height
 * used; *done once every cell ending in row r is complete. */
static double draw_slice(struct pdf *p, struct tbl *tb, double x, double y,
	int r, const GArray *spans, double room, bool force, bool *done)
{
	double sh = 0;
	bool all = true;
	GPtrArray *cells = cells_in(tb, r, r, spans);
	for (guint i = 0; i < cells->len; i++) {
		struct tcell *tc = g_ptr_array_index(cells, i);
		int n = pango_layout_get_line_count(tc->l);
		if (tc->r + tc->rs - 1 != r || tc->line >= n)
			continue;
		double h;
		int k = lines_fit(tc->l, tc->line, room - 2 * PAD_Y, force,
		    &h);
		if (tc->line + k < n)
			all = false;
		sh = MAX(sh, h + 2 * PAD_Y);
	}
	if (!all)
		sh = room;
	double *colx = col_x(tb, x);
	const char *role = p->role;
	for (guint i = 0; i < cells->len; i++) { /* boxes: see draw_rows */
		struct tcell *tc = g_ptr_array_index(cells, i);
		double cx = colx[tc->c], cw = colx[tc->c + tc->cs] - cx;
		cell_box(p, is_head(tb, tc), cx, y, cw, sh);
	}
	pdf_tag_begin(p, "TR");
	for (guint i = 0; i < cells->len; i++) {
		struct tcell *tc = g_ptr_array_index(cells, i);
		p->role = is_head(tb, tc) ? "TH" : "TD";
		cell_part(p, tc, colx[tc->c], y, sh, force);
	}
	pdf_tag_end(p);
	p->role = role;
	g_free(colx);
	g_ptr_array_free(cells, TRUE);
	*done = all;
	return sh;
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
	g_free(tb->cw);
	g_free(tb->mn);
	g_free(tb->rh);
	g_free(tb->group_end);
	g_free(tb->row);
	memset(tb, 0, sizeof *tb);
}

/* One table (or one column panel of it) set on the pages. */
struct tflow {
	struct pdf *p;
	struct tbl *tb;
	double x, w, tx;
	PangoLayout *cont;   /* the caption of a continuation page */
	double conth, headh;
	bool head_drawn;     /* the header is set once as content */
	bool repeated;
};

/* "(lanjutan)" and the header at the top of a continuation page. */
static void repeat_head(struct pdf *p, void *arg)
{
	struct tflow *f = arg;
	const char *role = p->role;
	p->role = NULL; /* "(lanjutan)": a repeat, not content */
	pdf_draw_layout(p, f->cont, f->x, p->y, NULL);
	p->role = role;
	p->y += f->conth;
	if (f->tb->nrep > 0) {
		draw_rows(p, f->tb, f->tx, p->y, 0, f->tb->nrep - 1, NULL);
		p->y += f->headh;
	}
	f->repeated = true;
}

/* A new page for the rest of the table. The header repeated there is an
 * artifact (pdf_new_page draws it outside every element); a header not
 * set yet (its caption ended the page before) is content, TR and TH. */
static void cont_page(struct tflow *f)
{
	struct pdf *p = f->p;
	f->repeated = false;
	if (f->head_drawn || f->tb->nrep == 0) {
		p->repeat = repeat_head;
		p->repeat_arg = f;
	}
	pdf_new_page(p, p->landscape);
	p->repeat = NULL;
	if (!f->repeated)
		repeat_head(p, f);
	f->head_drawn = true;
}

/* The rows of the group [from, end], taller than a page: as many whole rows
 * as fit on each page, and a row taller than a page in slices. */
static void split_group(struct tflow *f, int from, int end)
{
	struct pdf *p = f->p;
	struct tbl *tb = f->tb;
	double fresh = p->y1 - p->y0 - f->conth - f->headh;
	bool top = false; /* nothing but caption and header on this page */
	GArray *spans = g_array_new(FALSE, FALSE, sizeof(int));
	for (int i = first_cell(tb, from); i < tb->ncells &&
	    tb->cells[i].r <= end; i++)
		if (tb->cells[i].rs > 1)
			g_array_append_val(spans, i);
	int r = from;
	while (r <= end) {
		double room = p->y1 - p->y, h = 0;
		int k = r;
		while (k <= end && h + tb->rh[k] <= room + 0.01)
			h += tb->rh[k++];
		if (k > r) {
			draw_rows(p, tb, f->tx, p->y, r, k - 1, spans);
			p->y += h;
			r = k;
			top = false;
		} else if (tb->rh[r] > fresh + 0.01 &&
		    (room >= MIN_SLICE || top)) {
			bool done;
			p->y += draw_slice(p, tb, f->tx, p->y, r, spans, room,
			    top, &done);
			top = false;
			if (done)
				r++;
			else {
				cont_page(f);
				top = true;
			}
		} else {
			cont_page(f);
			top = true;
		}
	}
	g_array_free(spans, TRUE);
}

/* Lays out the body of the table after its caption and header. */
static void flow_body(struct tflow *f, double srch)
{
	struct pdf *p = f->p;
	struct tbl *tb = f->tb;
	double fresh = p->y1 - p->y0 - f->conth - f->headh;
	/* No orphaned tail: the last three body rows (often two rows and
	 * the total), with their groups, go to a page together rather than
	 * leave one row under a "(lanjutan)" caption. */
	int tail_from = tb->nrows;
	if (tb->nrows - tb->nrep >= 2 * KEEP_ROWS)
		for (int r = tb->nrep; r < tb->nrows;
		    r = tb->group_end[r] + 1)
			if (tb->group_end[r] >= tb->nrows - KEEP_ROWS) {
				tail_from = r;
				break;
			}
	if (tail_from < tb->nrows &&
	    rows_height(tb, tail_from, tb->nrows - 1) + srch > fresh)
		tail_from = tb->nrows; /* a tail taller than a page splits */
	int on_page = 0; /* body groups on this page */
	for (int r = tb->nrep; r < tb->nrows; r = tb->group_end[r] + 1) {
		int end = tb->group_end[r];
		double gh = rows_height(tb, r, end);
		if (gh > fresh + 0.01) {
			/* Split it rather than lose its last rows. */
			split_group(f, r, end);
			on_page++;
			continue;
		}
		/* The last group carries the source line with it. */
		double extra = end == tb->nrows - 1 ? srch : 0;
		double need = r >= tail_from ?
			rows_height(tb, r, tb->nrows - 1) + srch : gh + extra;
		if (p->y + need > p->y1 + 0.01 && on_page > 0) {
			cont_page(f);
			on_page = 0;
		}
		draw_rows(p, tb, f->tx, p->y, r, end, NULL);
		p->y += gh;
		on_page++;
	}
}

static PangoLayout *bold_layout(struct pdf *p, const char *text,
	size_t bold_len, double w)
{
	struct tstyle cst = { .family = FONT_SERIF, .size = 11,
		.align = PANGO_ALIGN_CENTER, .spacing = 1.1 };
	/* The same caption at each size tried and in both passes: made
	 * once. */
	return pdf_layout_kept(p, text, &cst, w, bold_len > 0 ?
	    pdf_bold_prefix : NULL, (int)bold_len);
}

/* Sets tb (built and measured) at x, width w: caption, header, body,
 * source. part/nparts number the column panels of a table too wide for a
 * page (nparts 1: the whole table). */
static void set_table(struct pdf *p, const struct doc_node *t,
	struct tbl *tb, double x, double w, int part, int nparts)
{
	static const struct doc_float none;
	const struct doc_float *fl = t->as.fl ? t->as.fl : &none;
	double tw = 0;
	for (int c = 0; c < tb->ncols; c++)
		tw += tb->cw[c];
	const char *label = fl->label ? fl->label : "Tabel";
	char *pl = nparts > 1 ? g_strdup_printf(" (bagian %d dari %d)", part,
	    nparts) : g_strdup("");
	/* The caption, its label (and panel number) bold; a panel after the
	 * first says only which part it is. */
	char *text;
	size_t bold;
	if (part == 1) {
		text = g_strdup_printf("%s%s%s%s", fl->label ? fl->label : "",
		    fl->label && fl->title ? " " : "",
		    fl->title ? fl->title : "", pl);
		bold = fl->label ? strlen(fl->label) : 0;
	} else {
		text = g_strdup_printf("%s%s", label, pl);
		bold = strlen(text);
	}
	PangoLayout *cap = bold_layout(p, text, bold, w);
	g_free(text);
	text = nparts > 1 ? g_strdup_printf("%s (bagian %d dari %d, "
	    "lanjutan)", label, part, nparts) : g_strdup_printf("%s "
	    "(lanjutan)", label);
	PangoLayout *cont = bold_layout(p, text, strlen(text), w);
	g_free(text);
	g_free(pl);
	PangoLayout *src = NULL;
	if (fl->sumber && part == nparts) {
		struct tstyle sst = { .family = FONT_SERIF, .size = 10,
			.italic = true, .align = PANGO_ALIGN_LEFT };
		text = g_strdup_printf("Sumber: %s", fl->sumber);
		src = pdf_layout_kept(p, text, &sst, w, NULL, 0);
		g_free(text);
	}
	double caph = pdf_layout_height(cap) + 4;
	/* A header taller than a third of the page is not repeated: it
	 * flows (and splits) as the first rows of the body. */
	tb->nrep = tb->nhead;
	if (rows_height(tb, 0, tb->nhead - 1) > (p->y1 - p->y0) / 3)
		tb->nrep = 0;
	struct tflow f = { p, tb, x, w, x + (w - tw) / 2, cont,
		pdf_layout_height(cont) + 4,
		rows_height(tb, 0, tb->nrep - 1), false, false };
	double srch = src ? pdf_layout_height(src) + 2 : 0;

	/* Caption, header and the first three body rows with their groups
	 * stay together (of a group taller than a page, its first quarter
	 * page); a table of at most SHORT_TABLE body rows that fits on a
	 * page is not split at all. */
	int first = tb->nrep < tb->nrows ? tb->nrep : tb->nrows - 1;
	double firsth = 0;
	if (first >= tb->nrep) {
		int end = tb->group_end[first];
		while (end + 1 < tb->nrows && end < first + KEEP_ROWS - 1)
			end = tb->group_end[end + 1];
		firsth = rows_height(tb, first, end) + (end == tb->nrows - 1 ?
		    srch : 0);
		double all = rows_height(tb, first, tb->nrows - 1) + srch;
		if (tb->nrows - tb->nrep <= SHORT_TABLE &&
		    caph + f.headh + all <= p->y1 - p->y0)
			firsth = all;
	}
	if (firsth > p->y1 - p->y0 - f.conth - f.headh)
		firsth = MIN(firsth, (p->y1 - p->y0) / 4);
	pdf_keep(p, 4 + caph + f.headh + firsth);
	if (!pdf_at_top(p))
		p->y += 4;
	if (part == 1)
		pdf_anchor(p, t, p->y);
	/* Opened after pdf_keep has set the headings waiting above it. */
	pdf_tag_begin(p, "Table");
	const char *role = p->role;
	p->role = "Caption";
	pdf_place_layout(p, cap, x, NULL);
	p->role = role;
	p->y += 4;
	if (p->y + f.headh + firsth > p->y1 + 0.01 && !pdf_at_top(p))
		cont_page(&f); /* a caption that ran over pages left no room */
	else if (tb->nrep > 0) {
		draw_rows(p, tb, f.tx, p->y, 0, tb->nrep - 1, NULL);
		p->y += f.headh;
		f.head_drawn = true;
	}
	/* A source line taller than a page is not carried with the last
	 * rows: it flows on its own. */
	flow_body(&f, srch > p->y1 - p->y0 - f.conth - f.headh ? 0 : srch);
	pdf_tag_end(p);
	if (src) {
		p->y += 2;
		pdf_place_layout(p, src, f.tx, NULL);
		g_object_unref(src);
	}
	p->y += 10;
	g_object_unref(cap);
	g_object_unref(cont);
}

/* A cell holding a figure: numeric, or no letter in it ("-", "12 %"). */
static bool is_data(const struct tcell *tc)
{
	if (tc->n->as.cell.numeric)
		return true;
	for (const char *s = pango_layout_get_text(tc->l); *s;
	    s = g_utf8_next_char(s))
		if (g_unichar_isalpha(g_utf8_get_char(s)))
			return false;
	return true;
}

/* The key columns a column panel repeats: those before the first column
 * (after the first) that holds only figures: "No, Nama" or "No, Sasaran,
 * Indikator". */
static int key_columns(const struct tbl *tb)
{
	bool *text = g_new0(bool, tb->ncols);
	for (int i = 0; i < tb->ncells; i++) {
		const struct tcell *tc = &tb->cells[i];
		if (tc->r >= tb->nhead && !is_data(tc))
			for (int c = tc->c; c < tc->c + tc->cs; c++)
				text[c] = true;
	}
	int key = 1;
	while (key < tb->ncols && text[key])
		key++;
	g_free(text);
	return key < tb->ncols ? key : 1;
}

/* Panels from column `from` on, each filled with as many columns as their
 * narrowest widths allow beside the key columns (at least one). */
static void fill_panels(const struct tbl *tb, int from, double keyw,
	double w, GArray *starts)
{
	g_array_set_size(starts, 0);
	for (int c = from; c < tb->ncols; ) {
		g_array_append_val(starts, c);
		double used = keyw + tb->mn[c++];
		while (c < tb->ncols && used + tb->mn[c] <= w + 0.01)
			used += tb->mn[c++];
	}
}

/* The column panels of a table too wide for a page of width w, from the
 * minimum widths in tb->mn: the first column of each panel and, last,
 * ncols; the key columns every panel repeats in *keyp. NULL when panels
 * would not help (most of them one column wide: the width is in a few
 * long words, not in many columns). */
static GArray *plan_panels(const struct tbl *tb, double w, int *keyp)
{
	int key = key_columns(tb), ncols = tb->ncols;
	double keyw = 0;
	for (int c = 0; c < key; c++)
		keyw += tb->mn[c];
	/* Key columns take at most half the page. */
	while (key > 0 && keyw > w / 2)
		keyw -= tb->mn[--key];
	GArray *starts = g_array_new(FALSE, FALSE, sizeof(int));
	fill_panels(tb, key, keyw, w, starts);
	int nparts = (int)starts->len;
	if (ncols - key < 2 * nparts) {
		g_array_free(starts, TRUE);
		return NULL;
	}
	/* As many panels, of even widths: not two full panels and a last
	 * one of three columns. */
	double rest = 0, sum = 0;
	for (int c = key; c < ncols; c++)
		rest += tb->mn[c];
	double share = rest / nparts;
	g_array_set_size(starts, 0);
	for (int c = key; c < ncols; c++) {
		if (c == key || (sum + tb->mn[c] / 2 >
		    share * (int)starts->len && (int)starts->len < nparts))
			g_array_append_val(starts, c);
		sum += tb->mn[c];
	}
	/* Even shares that overfill a panel: fill each panel instead. */
	for (guint i = 0; i < starts->len; i++) {
		int from = g_array_index(starts, int, i);
		int to = i + 1 < starts->len ? g_array_index(starts, int,
		    i + 1) : ncols;
		double used = keyw;
		for (int c = from; c < to; c++)
			used += tb->mn[c];
		if (used > w + 0.01 && to - from > 1) {
			fill_panels(tb, key, keyw, w, starts);
			break;
		}
	}
	g_array_append_val(starts, ncols);
	*keyp = key;
	return starts;
}

/* The table's height at the widths widths() chose, estimated from each
 * cell's unwrapped width (no layout is shaped again): its lines are that
 * width over its column's, its rows as tall as their tallest cell. */
static double est_height(const struct tbl *tb, double size)
{
	double lh = size * 1.05 * 1.15, h = 0, row = 0;
	int r = -1;
	for (int i = 0; i < tb->ncells; i++) {
		const struct tcell *tc = &tb->cells[i];
		if (tc->r != r) {
			h += row;
			row = 0;
			r = tc->r;
		}
		if (tc->rs > 1)
			continue;
		double w = -2 * PAD_X;
		for (int c = tc->c; c < tc->c + tc->cs; c++)
			w += tb->cw[c];
		/* Lines of whole words of the cell's mean width (a
		 * column a word and a half wide holds one a line). */
		double lines = 1;
		if (tc->maxw > w) {
			int words = 1;
			for (const char *t = pango_layout_get_text(tc->l); *t;
			    t++)
				words += *t == ' ';
			double per = floor(MAX(w, 1) / (tc->maxw / words));
			lines = ceil(words / MAX(per, 1));
		}
		row = MAX(row, MAX(lines, 1) * lh + 2 * PAD_Y);
	}
	return h + row;
}

/* Portrait fits the table's narrowest layout, but is it the better page?
 * Not when its long texts (uraian, indikator) are squeezed into columns
 * beside figures that cannot wrap, rows of many lines a word or two
 * wide: a table of more than three quarters of a portrait page that
 * landscape sets at most half as tall goes landscape (Tabel 2.5 of the
 * Dinkes fixture: portrait over three pages, program and indikator
 * columns 80 and 67 pt wide, rows of up to 9 lines; landscape 256 and
 * 118 pt). The portrait frame is A4 less pdf.c's 3 cm margins top and
 * bottom. */
static bool better_landscape(struct tbl *tb, double portrait_w,
	double land_w, double size)
{
	double summin;
	widths(tb, land_w, &summin);
	double hl = est_height(tb, size);
	widths(tb, portrait_w, &summin);
	double hp = est_height(tb, size);
	return hp > 0.75 * (A4_H - 6.0 * PT_PER_CM) && hl <= hp / 2;
}

/* A short table a little too wide for the portrait frame is set there
 * one point smaller when it then fits both the frame and the room left
 * on the page: a landscape page for a few rows leaves the text page
 * before it half empty (Tabel 1 of the Bapenda fixture: 416 pt at 9 pt
 * in a 397 pt frame, 375 pt at 8 pt; Tabel 2.1, one row of twelve
 * columns, 389 pt at 8 pt). Pass 1 decides from where the
 * table falls; pass 2 follows it (tables going landscape are in
 * p->land). */
static bool smaller_portrait(struct pdf *p, const struct doc_node *t,
	double portrait_w, double land_w, double size)
{
	if (p->pass == 2)
		return !g_hash_table_contains(p->land, t);
	if (p->landscape || p->floats->len > 0 || p->in_float)
		return false;
	struct tbl tb = {0};
	double summin;
	build(p, t, &tb, size, &ALL_COLS);
	widths(&tb, portrait_w, &summin);
	bool ok = tb.nrows > 0 && summin <= portrait_w + 0.01 &&
	    !better_landscape(&tb, portrait_w, land_w, size) &&
	    est_height(&tb, size) <= p->y1 - p->y;
	table_free(&tb);
	return ok;
}

void pdf_table(struct pdf *p, const struct doc_node *t, double x, double w)
{
	static const struct doc_float none;
	const struct doc_float *fl = t->as.fl ? t->as.fl : &none;
	struct tbl tb = {0};

	/* Portrait if the portrait frame holds the narrowest layout, else
	 * landscape; a table too wide even there is set in a smaller size,
	 * and in column panels when that is not enough. */
	double summin = 0;
	double portrait_w = MIN(w, A4_W - (4.0 + 3.0) * PT_PER_CM);
	double land_w = A4_H - 2 * 3.0 * PT_PER_CM;
	bool land = fl->landscape, panels = false;
	/* The builder's guess from the number of columns yields to a
	 * portrait frame that holds the table; lanskap=ya does not. */
	if (land && !fl->landscape_asked &&
	    smaller_portrait(p, t, portrait_w, land_w, CELL_SIZE - 1))
		land = false;
	double size;
	for (size = CELL_SIZE; ; size -= 1) {
		table_free(&tb);
		build(p, t, &tb, size, &ALL_COLS);
		if (tb.nrows == 0 || tb.ncols == 0)
			goto out;
		widths(&tb, portrait_w, &summin);
		if (!land && summin <= portrait_w + 0.01 &&
		    !better_landscape(&tb, portrait_w, land_w, size))
			break;
		if (!land && size == CELL_SIZE &&
		    smaller_portrait(p, t, portrait_w, land_w, CELL_SIZE - 1))
			continue;
		land = true;
		widths(&tb, land_w, &summin);
		if (summin <= land_w + 0.01)
			break;
		if (size <= CELL_SIZE_MIN) {
			panels = true;
			break;
		}
	}
	if (land && p->pass == 1)
		g_hash_table_add(p->land, (gpointer)t);
	if (p->pass == 1 && pdf_defer_float(p, t, land))
		goto out; /* set again when the portrait page is full */
	p->float_drawn++;
	if (p->landscape != land || !p->page_open) {
		pdf_ensure_orientation(p, land);
		x = p->x0;
		w = p->fw;
	}
	if (land) {
		x = p->x0;
		w = p->fw;
	}
	int key = 0;
	GArray *starts = panels ? plan_panels(&tb, w, &key) : NULL;
	if (starts == NULL) {
		/* Squeezed below the narrowest widths, words break between
		 * letters: nothing is lost. */
		widths(&tb, land ? w : MIN(w, portrait_w), &summin);
		heights(p, &tb);
		set_table(p, t, &tb, x, w, 1, 1);
		goto out;
	}
	int nparts = (int)starts->len - 1;
	for (int i = 0; i < nparts; i++) {
		struct colrange cr = { key, g_array_index(starts, int, i),
			g_array_index(starts, int, i + 1) };
		table_free(&tb);
		build(p, t, &tb, size, &cr);
		widths(&tb, w, &summin);
		heights(p, &tb);
		set_table(p, t, &tb, x, w, i + 1, nparts);
	}
	g_array_free(starts, TRUE);
out:
	table_free(&tb);
}
