/* Small multiples: one small chart per panel in a grid that wraps, each
 * with its own value axis and its title (the indicator and its unit)
 * above it, so figures in %, UM, an index and a score are never read on
 * one axis. The legend is the first panel's, drawn once above the grid. */
#include <math.h>

#include "chart/fonts.h"
#include "chart/internal.h"

#define PAD 4.0
#define GAP_X 10.0
#define GAP_Y 8.0
#define TITLE_PT 8.0
#define TITLE_LINES 3
/* The narrowest panel still readable: a 160 mm A4 figure holds three,
 * the site's phone drawing (HTML_PHONE_W) one. */
#define MIN_PANEL_W 140.0
#define MAX_COLUMNS 3

struct grid {
	int cols, rows;
	double cell_w, cell_h;
	double top; /* below the legend */
	struct chart_ctx lx; /* the legend's context (the first panel) */
};

static void grid_layout(const struct chart *c, cairo_t *cr, double w,
	double h, struct grid *g)
{
	int cols = c->columns > 0 ? c->columns :
		(int)floor((w + GAP_X) / (MIN_PANEL_W + GAP_X));
	cols = cols < 1 ? 1 : cols > MAX_COLUMNS ? MAX_COLUMNS : cols;
	if ((size_t)cols > c->npanels)
		cols = (int)c->npanels;
	g->cols = cols;
	g->rows = (int)((c->npanels + (size_t)cols - 1) / (size_t)cols);
	g->cell_w = (w - (cols - 1) * GAP_X) / cols;

	struct chart_ctx *x = &g->lx;
	*x = (struct chart_ctx){0};
	x->c = &c->panels[0];
	x->cr = cr;
	x->w = w;
	x->h = h;
	x->font_legend = 8.5;
	g->top = 0;
	if (x->c->nseries > 1) {
		double lh = legend_measure(x, w - 2 * PAD);
		x->legend = (struct rect){PAD, PAD, w - 2 * PAD, lh};
		g->top = PAD + lh + 4;
	}
	g->cell_h = (h - g->top - (g->rows - 1) * GAP_Y) / g->rows;
}

static PangoLayout *title_layout(struct chart_ctx *x, const struct chart *p,
	double width)
{
	PangoLayout *l = text_layout(x, p->title ? p->title : "", TITLE_PT,
		true, width, TITLE_LINES);
	pango_layout_set_alignment(l, PANGO_ALIGN_LEFT);
	return l;
}

/* A panel's texts traced where they land on the whole chart. */
struct shift {
	chart_trace_fn trace;
	void *arg;
	double dx, dy;
};

static void shifted(void *arg, const char *text, double x, double y,
	double w, double h)
{
	struct shift *s = arg;
	s->trace(s->arg, text, x + s->dx, y + s->dy, w, h);
}

int panels_draw(const struct chart *c, cairo_t *cr, double w, double h,
	chart_trace_fn trace, void *arg)
{
	struct grid g;
	cairo_save(cr);
	grid_layout(c, cr, w, h, &g);
	g.lx.trace = trace;
	g.lx.trace_arg = arg;
	legend_draw(&g.lx);
	int rc = 0;
	for (size_t k = 0; k < c->npanels && rc == 0; k++) {
		const struct chart *p = &c->panels[k];
		double x0 = (double)(k % (size_t)g.cols) * (g.cell_w + GAP_X);
		double y0 = g.top + (double)(k / (size_t)g.cols) *
			(g.cell_h + GAP_Y);
		PangoLayout *l = title_layout(&g.lx, p, g.cell_w - 2);
		double th;
		text_size(l, NULL, &th);
		cairo_set_source_rgb(cr, 0.13, 0.13, 0.13);
		text_draw(&g.lx, l, x0 + 1, y0, 0, 0, 0);
		g_object_unref(l);
		double ph = g.cell_h - th - 2;
		if (!(ph > 20))
			continue; /* no room under a long title: never overlap */
		struct shift sh = {trace, arg, x0, y0 + th + 2};
		cairo_save(cr);
		cairo_translate(cr, x0, y0 + th + 2);
		rc = chart_draw_panel(p, cr, g.cell_w, ph, trace ? shifted :
			NULL, &sh);
		cairo_restore(cr);
	}
	cairo_restore(cr);
	if (rc == 0 && cairo_status(cr) != CAIRO_STATUS_SUCCESS)
		rc = -1;
	return rc;
}

double panels_min_type(const struct chart *c, double w, double h)
{
	if (!fonts_init(NULL) || !(w > 0) || !(h > 0))
		return NAN;
	cairo_surface_t *s = cairo_recording_surface_create(
		CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cairo_t *cr = cairo_create(s);
	double m = NAN;
	if (cairo_status(cr) == CAIRO_STATUS_SUCCESS) {
		struct grid g;
		grid_layout(c, cr, w, h, &g);
		m = TITLE_PT;
		if (g.lx.legend.h > 0)
			m = fmin(m, g.lx.font_legend);
		for (size_t k = 0; k < c->npanels; k++) {
			PangoLayout *l = title_layout(&g.lx, &c->panels[k],
				g.cell_w - 2);
			double th;
			text_size(l, NULL, &th);
			g_object_unref(l);
			double t = chart_min_type(&c->panels[k], g.cell_w,
				g.cell_h - th - 2);
			if (isfinite(t))
				m = fmin(m, t);
		}
	}
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	return m;
}
