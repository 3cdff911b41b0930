/* Grid lines, the value axis with its ticks and title, the category axis
 * with wrapped (or, when crowded, rotated) labels. */
#include <math.h>
#include <stdlib.h>

#include "chart/internal.h"

#define INK 0.13 /* grey level of text and axis lines */

PangoLayout *cat_layout(struct chart_ctx *x, size_t i)
{
	const char *s = x->c->categories ? x->c->categories[i] : NULL;
	PangoLayout *l = text_layout(x, s ? s : "", x->font_cat, false,
		x->cat_label_w, x->cat_lines);
	if (x->cat_rotated)
		pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT);
	else if (x->horizontal)
		pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT);
	return l;
}

void cat_measure(struct chart_ctx *x, size_t i, double *w, double *h)
{
	const char *s = x->c->categories ? x->c->categories[i] : NULL;
	text_measure(x, s ? s : "", x->font_cat, false, x->cat_label_w,
		x->cat_lines, x->cat_rotated || x->horizontal ?
		PANGO_ALIGN_RIGHT : -1, w, h);
}

void grid_draw(struct chart_ctx *x)
{
	cairo_t *cr = x->cr;
	cairo_save(cr);
	cairo_set_source_rgb(cr, 0.84, 0.84, 0.84);
	cairo_set_line_width(cr, 0.5);
	for (double v = x->vmin; v <= x->vmax + x->step * 1e-6; v += x->step) {
		double p = scale_pos(x, v);
		if (x->horizontal) {
			cairo_move_to(cr, p, x->plot.y);
			cairo_line_to(cr, p, x->plot.y + x->plot.h);
		} else {
			cairo_move_to(cr, x->plot.x, p);
			cairo_line_to(cr, x->plot.x + x->plot.w, p);
		}
	}
	cairo_stroke(cr);
	cairo_restore(cr);
}

void axis_draw(struct chart_ctx *x)
{
	cairo_t *cr = x->cr;
	const struct chart *c = x->c;
	char buf[96];

	/* Baseline at zero (or the axis end nearest to it). */
	cairo_save(cr);
	cairo_set_source_rgb(cr, INK, INK, INK);
	cairo_set_line_width(cr, 0.9);
	double b = scale_pos(x, scale_clamp(x, 0));
	if (x->horizontal) {
		cairo_move_to(cr, b, x->plot.y);
		cairo_line_to(cr, b, x->plot.y + x->plot.h);
	} else {
		cairo_move_to(cr, x->plot.x, b);
		cairo_line_to(cr, x->plot.x + x->plot.w, b);
	}
	cairo_stroke(cr);

	/* Value ticks. */
	for (double v = x->vmin; v <= x->vmax + x->step * 1e-6; v += x->step) {
		PangoLayout *l = text_layout(x, fmt_tick(x, buf, sizeof buf, v),
			x->font_tick, false, 0, 0);
		double p = scale_pos(x, v);
		if (x->horizontal)
			text_draw(x, l, p, x->plot.y + x->plot.h + 3, 0.5, 0, 0);
		else
			text_draw(x, l, x->plot.x - 4, p, 1, 0.5, 0);
		g_object_unref(l);
	}

	/* Category labels. */
	for (size_t i = 0; i < c->ncategories; i++) {
		PangoLayout *l = cat_layout(x, i);
		double m = cat_center(x, i);
		if (x->horizontal)
			text_draw(x, l, x->plot.x - 5, m, 1, 0.5, 0);
		else if (x->cat_rotated)
			text_draw(x, l, m, x->plot.y + x->plot.h + 4, 1, 0.5,
				-M_PI / 2);
		else
			text_draw(x, l, m, x->plot.y + x->plot.h + 4, 0.5, 0, 0);
		g_object_unref(l);
	}

	/* Axis title: along the value axis. */
	char *title = axis_title(x);
	if (title != NULL) {
		/* Centred on the axis, but as wide as the drawing allows
		 * either side of that centre: on a narrow phone drawing the
		 * axis is shorter than its title. */
		double mid = (x->va0 + x->va1) / 2;
		double edge = x->horizontal ? x->w : x->h;
		double span = 2 * fmin(mid, edge - mid) - 8;
		span = fmax(span, fabs(x->va1 - x->va0));
		PangoLayout *l = text_layout(x, title, x->font_tick, true,
			span > 20 ? span : 20, 1);
		if (x->horizontal) {
			double th;
			text_size(l, NULL, &th);
			text_draw(x, l, mid, x->h - 4, 0.5, 1, 0);
		} else {
			text_draw(x, l, 4, mid, 0.5, 0, -M_PI / 2);
		}
		g_object_unref(l);
		free(title);
	}
	cairo_restore(cr);
}
