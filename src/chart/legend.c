/* The legend: a swatch and the series name per item, rows centred above
 * the plot. Measured and drawn by the same walk so they cannot disagree. */
#include <math.h>

#include "chart/internal.h"

#define SWATCH 9.0
#define ITEM_GAP 12.0

static PangoLayout *item(struct chart_ctx *x, size_t s, double width)
{
	const char *n = x->c->series[s].name;
	return text_layout(x, n ? n : "", x->font_legend, false,
		width * 0.45, 1);
}

/* Walks the items; paints when draw is set. Returns the total height. */
static double walk(struct chart_ctx *x, double x0, double y0, double width,
	bool draw)
{
	size_t n = x->c->nseries;
	double lh = 0;
	{
		PangoLayout *l = text_layout(x, "Ag", x->font_legend, false,
			0, 0);
		text_size(l, NULL, &lh);
		g_object_unref(l);
	}
	double rowh = fmax(lh, SWATCH) + 3;
	double y = y0;
	size_t first = 0;
	while (first < n) {
		/* Fill one row, then centre it. */
		double used = 0;
		size_t last = first;
		for (; last < n; last++) {
			PangoLayout *l = item(x, last, width);
			double tw;
			text_size(l, &tw, NULL);
			g_object_unref(l);
			double iw = SWATCH + 4 + tw;
			double add = (last > first ? ITEM_GAP : 0) + iw;
			if (last > first && used + add > width)
				break;
			used += add;
		}
		if (draw) {
			double cx = x0 + (width - used) / 2;
			for (size_t s = first; s < last; s++) {
				PangoLayout *l = item(x, s, width);
				double tw;
				text_size(l, &tw, NULL);
				double my = y + rowh / 2;
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
				text_draw(x, l, cx + SWATCH + 4, my, 0, 0.5, 0);
				g_object_unref(l);
				cx += SWATCH + 4 + tw + ITEM_GAP;
			}
		}
		y += rowh;
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
