/* Bars: grouped (vertical or horizontal) and stacked, one code path for
 * both orientations through bar_rect(). */
#include <math.h>

#include "chart/internal.h"

struct rect bar_rect(const struct chart_ctx *x, size_t i, double b0,
	double b1, double v0, double v1)
{
	double s = cat_slot(x);
	double start = (x->horizontal ? x->plot.y : x->plot.x) + i * s;
	double c0 = start + b0 * s, c1 = start + b1 * s;
	double p0 = scale_pos(x, v0), p1 = scale_pos(x, v1);
	double lo = fmin(p0, p1), len = fabs(p1 - p0);
	if (x->horizontal)
		return (struct rect){lo, c0, len, c1 - c0};
	return (struct rect){c0, lo, c1 - c0, len};
}

/* Where series s sits inside its category slot (fractions). */
void bar_band(const struct chart_ctx *x, size_t s, double *b0, double *b1)
{
	/* Bars are capped in width (one bar in a wide chart must not become
	 * a slab); the group stays centred in its slot. */
	double slot = cat_slot(x);
	double maxw = slot > 0 ? 56 / slot : 1;
	if (x->stacked) {
		double bw = fmin(0.6, maxw * 1.25);
		*b0 = 0.5 - bw / 2;
		*b1 = 0.5 + bw / 2;
		return;
	}
	size_t n = x->c->nseries ? x->c->nseries : 1;
	double g = n == 1 ? 0.6 : 0.8;
	double bw = fmin(g / n, maxw);
	double g0 = 0.5 - bw * n / 2;
	double gap = n > 1 ? bw * 0.06 : 0;
	*b0 = g0 + s * bw + gap;
	*b1 = g0 + (s + 1) * bw - gap;
}

/* Two white slashes across a clipped bar near its end: the axis is broken
 * for this bar only, its true value is printed beside it (labels.c). */
static void break_mark(struct chart_ctx *x, struct rect r, bool up)
{
	cairo_t *cr = x->cr;
	cairo_save(cr);
	cairo_set_source_rgb(cr, 1, 1, 1);
	if (x->horizontal) {
		double bx = up ? r.x + r.w - 9 : r.x + 9;
		cairo_move_to(cr, bx - 2, r.y + r.h + 1);
		cairo_line_to(cr, bx + 2, r.y - 1);
		cairo_line_to(cr, bx + 5, r.y - 1);
		cairo_line_to(cr, bx + 1, r.y + r.h + 1);
	} else {
		double by = up ? r.y + 9 : r.y + r.h - 9;
		cairo_move_to(cr, r.x - 1, by + 2);
		cairo_line_to(cr, r.x + r.w + 1, by - 2);
		cairo_line_to(cr, r.x + r.w + 1, by - 5);
		cairo_line_to(cr, r.x - 1, by - 1);
	}
	cairo_close_path(cr);
	cairo_fill(cr);
	cairo_restore(cr);
}

void bars_draw(struct chart_ctx *x)
{
	const struct chart *c = x->c;
	if (c->kind == CHART_LINE)
		return;
	cairo_t *cr = x->cr;
	double base = scale_clamp(x, 0);
	for (size_t i = 0; i < c->ncategories; i++) {
		double up = 0, down = 0; /* stacked running totals */
		for (size_t s = 0; s < c->nseries; s++) {
			double b0, b1;
			bar_band(x, s, &b0, &b1);
			double v = x->stacked ? stack_value(x, s, i)
					      : c->series[s].values[i];
			if (!isfinite(v) || v == 0)
				continue; /* missing: no bar */
			if (x->stacked) {
				double from = v > 0 ? up : down;
				double to = from + v;
				if (v > 0)
					up = to;
				else
					down = to;
				struct rect r = bar_rect(x, i, b0, b1,
					scale_clamp(x, from), scale_clamp(x, to));
				palette_fill(cr, s, r);
				/* A hairline between segments keeps them
				 * apart in grey. */
				cairo_save(cr);
				cairo_set_source_rgb(cr, 1, 1, 1);
				cairo_set_line_width(cr, 0.6);
				cairo_rectangle(cr, r.x, r.y, r.w, r.h);
				cairo_stroke(cr);
				cairo_restore(cr);
				continue;
			}
			struct rect r = bar_rect(x, i, b0, b1, base,
				scale_clamp(x, v));
			palette_fill(cr, s, r);
			if (v > x->vmax || v < x->vmin)
				break_mark(x, r, v > x->vmax);
		}
	}
}
