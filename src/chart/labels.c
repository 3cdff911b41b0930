/* Value labels on bars, segments and markers, and the annotations above
 * each category. A value beyond the axis always gets its label: it is the
 * only place the true figure appears. */
#include <math.h>
#include <stdlib.h>

#include "chart/internal.h"
#include "util/xalloc.h"

static void ink(cairo_t *cr)
{
	cairo_set_source_rgb(cr, 0.13, 0.13, 0.13);
}

/* Boxes of the value labels placed so far: a label that would land on
 * another is moved to its alternative place or left out (a clipped
 * value's label is never left out). */
struct placed {
	struct rect *r;
	size_t n;
};

static bool overlaps(const struct placed *p, struct rect b)
{
	for (size_t k = 0; k < p->n; k++) {
		struct rect o = p->r[k];
		if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h &&
			o.y < b.y + b.h)
			return true;
	}
	return false;
}

/* The box text_draw() will cover (angle 0 or -pi/2 only). */
static struct rect box_at(double w, double h, double px, double py,
	double ax, double ay, bool rot)
{
	if (!rot)
		return (struct rect){px - ax * w, py - ay * h, w, h};
	/* Rotated -90 degrees: text runs upwards from its left end. */
	return (struct rect){px - ay * h, py - (1 - ax) * w, h, w};
}

/* Label at the outer end of a bar, or above (below) a marker. */
static void end_label(struct chart_ctx *x, struct placed *pl, double v,
	const char *text, double mid, double end, bool clipped, bool below)
{
	PangoLayout *l = text_layout(x, text, x->font_value, clipped, 0, 0);
	double w, h;
	text_size(l, &w, &h);
	bool line = x->c->kind == CHART_LINE;
	bool neg = line ? below : v < 0;
	bool rot = x->value_rotated && !line;
	double gap = line ? 5 : 2;
	double px, py, ax, ay;
	if (x->horizontal) {
		px = neg ? end - gap - 1 : end + gap + 1;
		py = mid;
		ax = neg ? 1 : 0;
		ay = 0.5;
	} else if (rot) {
		px = mid;
		py = neg ? end + gap : end - gap;
		ax = neg ? 1 : 0;
		ay = 0.5;
	} else {
		px = mid;
		py = neg ? end + gap : end - gap;
		ax = 0.5;
		ay = neg ? 0 : 1;
	}
	struct rect b = box_at(w, h, px, py, ax, ay, rot);
	if (line && overlaps(pl, b)) {
		/* Try the other side of the marker. */
		py = neg ? end - gap : end + gap;
		ay = neg ? 1 : 0;
		b = box_at(w, h, px, py, ax, ay, rot);
	}
	if (!overlaps(pl, b) || clipped) {
		text_draw(x, l, px, py, ax, ay, rot ? -M_PI / 2 : 0);
		pl->r[pl->n++] = b;
	}
	g_object_unref(l);
}

/* Lines: the highest value of a category gets its label above the
 * marker, the others below, so two close lines do not stack labels. */
static bool label_below(const struct chart_ctx *x, size_t s, size_t i)
{
	double v = x->c->series[s].values[i];
	for (size_t k = 0; k < x->c->nseries; k++) {
		double u = x->c->series[k].values[i];
		if (k != s && isfinite(u) && (u > v || (u == v && k < s)))
			return true;
	}
	return false;
}

void labels_draw(struct chart_ctx *x)
{
	const struct chart *c = x->c;
	cairo_t *cr = x->cr;
	char buf[96];
	struct placed pl = {0};
	pl.r = xcalloc(c->nseries * c->ncategories + 1, sizeof *pl.r);
	cairo_save(cr);
	for (size_t s = 0; s < c->nseries; s++) {
		double b0, b1;
		bar_band(x, s, &b0, &b1);
		for (size_t i = 0; i < c->ncategories; i++) {
			double v = c->series[s].values[i];
			if (!isfinite(v))
				continue;
			bool clipped = v > x->vmax || v < x->vmin;
			if (x->stacked) {
				if (!x->value_show)
					continue;
				/* Inside the segment, if it fits. */
				double from = 0;
				for (size_t k = 0; k < s; k++) {
					double u = stack_value(x, k, i);
					if (isfinite(u) && (u > 0) == (v > 0))
						from += u;
				}
				double sv = stack_value(x, s, i);
				if (sv == 0)
					continue;
				struct rect r = bar_rect(x, i, b0, b1, from,
					from + sv);
				PangoLayout *l = text_layout(x,
					fmt_value(x, buf, sizeof buf, sv),
					x->font_value, false, 0, 0);
				double tw, th;
				text_size(l, &tw, &th);
				if (tw + 2 <= r.w && th <= r.h) {
					/* A solid patch of the series colour
					 * under the text keeps it off the
					 * hatch lines. */
					palette_set(cr, s);
					cairo_rectangle(cr,
						r.x + r.w / 2 - tw / 2 - 1.5,
						r.y + r.h / 2 - th / 2,
						tw + 3, th);
					cairo_fill(cr);
					if (palette_dark_text(s))
						ink(cr);
					else
						cairo_set_source_rgb(cr, 1, 1, 1);
					text_draw(x, l, r.x + r.w / 2,
						r.y + r.h / 2, 0.5, 0.5, 0);
				}
				g_object_unref(l);
				continue;
			}
			if (!x->value_show && !clipped)
				continue;
			ink(cr);
			double cv = scale_clamp(x, v);
			double end = scale_pos(x, cv);
			double mid;
			if (c->kind == CHART_LINE) {
				mid = cat_center(x, i);
			} else {
				struct rect r = bar_rect(x, i, b0, b1, 0, 0);
				mid = x->horizontal ? r.y + r.h / 2
						    : r.x + r.w / 2;
			}
			end_label(x, &pl, v, value_label(x, buf, sizeof buf,
				s, i), mid, end, clipped,
				c->kind == CHART_LINE && label_below(x, s, i));
		}
	}
	cairo_restore(cr);
	free(pl.r);
}

void annotations_draw(struct chart_ctx *x)
{
	const struct chart *c = x->c;
	if (c->annotations == NULL || x->annot.h <= 0)
		return;
	cairo_save(x->cr);
	ink(x->cr);
	for (size_t i = 0; i < c->ncategories; i++) {
		const char *a = c->annotations[i];
		if (a == NULL || *a == '\0')
			continue;
		PangoLayout *l;
		if (x->horizontal) {
			l = text_layout(x, a, x->font_value, true, 0, 0);
			text_draw(x, l, x->annot.x + x->annot.w, cat_center(x, i),
				1, 0.5, 0);
		} else {
			l = text_layout(x, a, x->font_value, true, cat_slot(x),
				1);
			text_draw(x, l, cat_center(x, i),
				x->annot.y + x->annot.h / 2, 0.5, 0.5, 0);
		}
		g_object_unref(l);
	}
	/* What the annotations hold: under their column, level with the
	 * value ticks; above a vertical chart, at the start of their row
	 * over the plot when that is clear of the first annotation. */
	if (c->annotation_label != NULL) {
		PangoLayout *l = text_layout(x, c->annotation_label,
			x->font_tick, true, 0, 0);
		double w;
		text_size(l, &w, NULL);
		double first = x->annot.x + x->annot.w;
		if (!x->horizontal && c->ncategories > 0 &&
			c->annotations[0] != NULL) {
			PangoLayout *a = text_layout(x, c->annotations[0],
				x->font_value, true, cat_slot(x), 1);
			double aw;
			text_size(a, &aw, NULL);
			g_object_unref(a);
			first = cat_center(x, 0) - aw / 2;
		}
		if (x->horizontal)
			text_draw(x, l, x->annot.x + x->annot.w,
				x->plot.y + x->plot.h + 3, 1, 0, 0);
		else if (x->plot.x + w + 6 <= first)
			/* Right of the tick column: the top tick's label
			 * reaches up into this row. */
			text_draw(x, l, x->plot.x, x->annot.y +
				x->annot.h / 2, 0, 0.5, 0);
		g_object_unref(l);
	}
	cairo_restore(x->cr);
}
