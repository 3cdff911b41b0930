/* The legend: a swatch and the series name per item, rows centred above
 * the plot. A name longer than the row wraps (up to LEGEND_LINES lines)
 * instead of being cut, so the reader learns which line is which.
 * Measured and drawn by the same walk so they cannot disagree. */
#include <math.h>

#include "chart/internal.h"

#define SWATCH 9.0
#define ITEM_GAP 12.0
#define LEGEND_LINES 3

/* The room the row leaves beside an item's swatch. */
static double item_width(double width)
{
	return fmax(width - SWATCH - 4, 20);
}

/* The name laid out no wider than the row leaves beside its swatch. */
static PangoLayout *item(struct chart_ctx *x, size_t s, double width)
{
	const char *n = x->c->series[s].name;
	PangoLayout *l = text_layout(x, n ? n : "", x->font_legend, false,
		item_width(width), LEGEND_LINES);
	pango_layout_set_alignment(l, PANGO_ALIGN_LEFT);
	return l;
}

/* Walks the items; paints when draw is set. Returns the total height. */
static double walk(struct chart_ctx *x, double x0, double y0, double width,
	bool draw)
{
	size_t n = x->c->nseries;
	double lh = 0;
	text_measure(x, "Ag", x->font_legend, false, 0, 0, -1, NULL, &lh);
	/* The swatch sits beside an item's first line. */
	double first_h = fmax(lh, SWATCH);
	double y = y0;
	size_t first = 0;
	while (first < n) {
		/* Fill one row, then centre it; the row is as tall as its
		 * tallest (wrapped) item. */
		double used = 0, rowh = first_h;
		size_t last = first;
		for (; last < n; last++) {
			const char *nm = x->c->series[last].name;
			double tw, th;
			text_measure(x, nm ? nm : "", x->font_legend, false,
				item_width(width), LEGEND_LINES,
				PANGO_ALIGN_LEFT, &tw, &th);
			double iw = SWATCH + 4 + tw;
			double add = (last > first ? ITEM_GAP : 0) + iw;
			if (last > first && used + add > width)
				break;
			used += add;
			rowh = fmax(rowh, th + (first_h - lh));
		}
		if (draw) {
			double cx = x0 + (width - used) / 2;
			for (size_t s = first; s < last; s++) {
				PangoLayout *l = item(x, s, width);
				double tw;
				text_size(l, &tw, NULL);
				double my = y + first_h / 2;
				if (x->c->kind == CHART_LINE) {
					cairo_save(x->cr);
					palette_line_style(x->cr, s);
					cairo_move_to(x->cr, cx - 2, my);
					cairo_line_to(x->cr, cx + SWATCH + 2, my);
					cairo_stroke(x->cr);
					cairo_restore(x->cr);
					palette_marker(x->cr, s, cx + SWATCH / 2,
						my, 2.8);
				} else {
					palette_fill(x->cr, s,
						(struct rect){cx, my - SWATCH / 2,
							SWATCH, SWATCH});
				}
				cairo_set_source_rgb(x->cr, 0.13, 0.13, 0.13);
				text_draw(x, l, cx + SWATCH + 4, my - lh / 2, 0,
					0, 0);
				g_object_unref(l);
				cx += SWATCH + 4 + tw + ITEM_GAP;
			}
		}
		y += rowh + 3;
		first = last;
	}
	return y - y0;
}

double legend_measure(struct chart_ctx *x, double width)
{
	return walk(x, 0, 0, width, false);
}

void legend_draw(struct chart_ctx *x)
{
	if (x->legend.h <= 0)
		return;
	cairo_save(x->cr);
	walk(x, x->legend.x, x->legend.y, x->legend.w, true);
	cairo_restore(x->cr);
}
