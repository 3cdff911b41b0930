/* Lines with markers; a missing value (NAN) breaks the line. */
#include <math.h>

#include "chart/internal.h"

void lines_draw(struct chart_ctx *x)
{
	const struct chart *c = x->c;
	if (c->kind != CHART_LINE)
		return;
	cairo_t *cr = x->cr;
	for (size_t s = 0; s < c->nseries; s++) {
		const double *v = c->series[s].values;
		cairo_save(cr);
		palette_line_style(cr, s);
		cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
		cairo_new_path(cr);
		bool pen = false;
		for (size_t i = 0; i < c->ncategories; i++) {
			if (!isfinite(v[i])) {
				pen = false;
				continue;
			}
			double px = cat_center(x, i);
			double py = scale_pos(x, scale_clamp(x, v[i]));
			if (pen)
				cairo_line_to(cr, px, py);
			else
				cairo_move_to(cr, px, py);
			pen = true;
		}
		cairo_stroke(cr);
		cairo_restore(cr);
		for (size_t i = 0; i < c->ncategories; i++) {
			if (!isfinite(v[i]))
				continue;
			palette_marker(cr, s, cat_center(x, i),
				scale_pos(x, scale_clamp(x, v[i])), 3.2);
		}
	}
}
