/* chart_draw: the layout pass (measure every text first), then the
 * elements in a fixed order. chart_svg/chart_png only pick the surface. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-svg.h>

#include "chart/chart.h"
#include "chart/fonts.h"
#include "chart/internal.h"
#include "util/xalloc.h"

#define PAD 4.0

static double line_height(struct chart_ctx *x, double size)
{
	double h;
	text_measure(x, "Ag", size, false, 0, 0, -1, NULL, &h);
	return h;
}

static double text_width(struct chart_ctx *x, const char *s, double size,
	bool bold)
{
	double w;
	text_measure(x, s, size, bold, 0, 0, -1, &w, NULL);
	return w;
}

/* Nice ticks for [lo, hi] with about span_px / px_per_tick steps. */
static void ticks(struct chart_ctx *x, double lo, double hi, double span_px,
	double px_per_tick)
{
	int n = (int)(span_px / px_per_tick);
	n = n < 2 ? 2 : n > 8 ? 8 : n;
	if (!(hi > lo))
		hi = lo + (x->c->unit == CHART_UNIT_PERCENT ? 100 : 10);
	x->step = scale_nice_step(hi - lo, n);
	x->vmin = floor(lo / x->step + 1e-9) * x->step;
	x->vmax = ceil(hi / x->step - 1e-9) * x->step;
	if (x->vmax <= x->vmin)
		x->vmax = x->vmin + x->step;

	x->divisor = 1;
	x->scale_word = NULL;
	if (x->c->unit == CHART_UNIT_RUPIAH) {
		static const struct {
			double d;
			const char *w;
		} S[] = {{1e12, "triliun"}, {1e9, "miliar"}, {1e6, "juta"},
			{1e3, "ribu"}};
		double m = fmax(fabs(x->vmin), fabs(x->vmax));
		for (size_t k = 0; k < sizeof S / sizeof S[0]; k++)
			if (m >= S[k].d) {
				x->divisor = S[k].d;
				x->scale_word = S[k].w;
				break;
			}
	}
	double st = x->step / x->divisor;
	int d = st >= 1 ? 0 : (int)ceil(-log10(st) - 1e-9);
	x->tick_decimals = d > 4 ? 4 : d;
	if (x->c->unit == CHART_UNIT_RUPIAH && x->divisor > 1) {
		double m = fmax(fabs(x->vmin), fabs(x->vmax)) / x->divisor;
		x->value_decimals = m < 10 ? 2 : m < 100 ? 1 : 0;
	} else {
		int cd = x->c->decimals;
		x->value_decimals = cd < 0 ? 0 : cd > 6 ? 6 : cd;
	}
}

static double max_tick_width(struct chart_ctx *x)
{
	char buf[96];
	double m = 0;
	for (double v = x->vmin; v <= x->vmax + x->step * 1e-6; v += x->step)
		m = fmax(m, text_width(x, fmt_tick(x, buf, sizeof buf, v),
				    x->font_tick, false));
	return m;
}

/* Widest value label the chart may print (bold: clipped ones are). */
static double max_value_width(struct chart_ctx *x)
{
	char buf[96];
	double m = 0;
	const struct chart *c = x->c;
	for (size_t s = 0; s < c->nseries; s++)
		for (size_t i = 0; i < c->ncategories; i++) {
			double v = c->series[s].values[i];
			if (isfinite(v))
				m = fmax(m, text_width(x,
					value_label(x, buf, sizeof buf, s, i),
					x->font_value, true));
		}
	return m;
}

static bool any_annotation(const struct chart *c)
{
	if (c->annotations == NULL)
		return false;
	for (size_t i = 0; i < c->ncategories; i++)
		if (c->annotations[i] != NULL && *c->annotations[i] != '\0')
			return true;
	return false;
}

/* Category labels below a vertical chart: wrapped in their slot, or, when
 * slots are narrow, rotated and cut at a share of the height. Returns the
 * extent they need below the plot. */
static double measure_categories_v(struct chart_ctx *x, double slot)
{
	const struct chart *c = x->c;
	double ext = 0;
	x->cat_rotated = slot < 34;
	if (!x->cat_rotated) {
		x->font_cat = slot < 50 ? 7.5 : 8.5;
		x->cat_label_w = slot - 8;
		/* Four lines: a long indicator name ("Persentase usaha mikro
		 * yang mempunyai legalitas usaha") is read whole. */
		x->cat_lines = 4;
	} else {
		x->font_cat = fmax(5, fmin(8.5, slot * 0.8));
		x->cat_lines = 1;
		x->cat_label_w = 0; /* natural width first */
		double mw = 0;
		for (size_t i = 0; i < c->ncategories; i++) {
			double w;
			cat_measure(x, i, &w, NULL);
			mw = fmax(mw, w);
		}
		x->cat_label_w = fmin(mw + 1, 0.3 * x->h);
		return x->cat_label_w;
	}
	for (size_t i = 0; i < c->ncategories; i++) {
		double h;
		cat_measure(x, i, NULL, &h);
		ext = fmax(ext, h);
	}
	return ext;
}

static void layout(struct chart_ctx *x)
{
	const struct chart *c = x->c;
	double lo, hi, clo, chi;
	scale_value_range(x, &lo, &hi, &clo, &chi);
	bool neg = lo < 0;
	double top = PAD;

	x->font_tick = 7.5;
	x->font_value = 7.5;
	x->font_legend = 8.5;
	x->font_cat = 8.5;
	if (c->nseries > 1 && !c->panel) {
		double lh = legend_measure(x, x->w - 2 * PAD);
		x->legend = (struct rect){PAD, PAD, x->w - 2 * PAD, lh};
		top += lh + 4;
	}
	double vlh = line_height(x, x->font_value);
	double tlh = line_height(x, x->font_tick);
	char *title = axis_title(x);
	double title_h = title ? tlh + 3 : 0;
	free(title);
	bool annot = any_annotation(c);
	double vw = 0;
	bool clipped = isfinite(chi) || isfinite(clo);
	bool want_values = c->show_values || x->stacked;

	if (!x->horizontal) {
		if (annot) {
			x->annot = (struct rect){PAD, top, x->w - 2 * PAD, vlh + 3};
			top += vlh + 3;
		}
		double span = x->h - top - PAD - 40;
		for (int pass = 0; pass < 2; pass++) {
			ticks(x, lo, hi, span, 38);
			vw = max_value_width(x);
			double left = PAD + title_h + max_tick_width(x) + 4;
			x->plot.x = left;
			x->plot.w = x->w - left - PAD - 2;
			double slot = cat_slot(x);
			double below = measure_categories_v(x, slot);
			x->plot.y = top;
			x->plot.h = x->h - top - PAD - below - 4;
			/* Value labels: across the bar if they fit its share
			 * of the slot, else along it, else not at all. */
			double b0, b1;
			bar_band(x, 0, &b0, &b1);
			double bw = (b1 - b0) * slot;
			double per = c->kind == CHART_LINE ? slot * 0.95
				: slot / (c->nseries ? c->nseries : 1);
			x->value_show = want_values;
			x->value_rotated = false;
			double room = vlh + 3;
			if (x->stacked) {
				room = 0; /* labels sit inside segments */
			} else if (vw > per) {
				if (c->kind != CHART_LINE && bw >= vlh * 0.9) {
					x->value_rotated = true;
					room = vw + 4;
				} else {
					x->value_show = false;
					room = vlh + 3;
				}
			}
			if (!x->value_show && !clipped)
				room = 0;
			if (c->kind == CHART_LINE)
				room += 4; /* markers */
			room = fmin(room, x->plot.h * 0.4);
			x->va0 = x->plot.y + x->plot.h - (neg ? room : 0);
			x->va1 = x->plot.y + room;
			span = x->va0 - x->va1;
		}
	} else {
		double aw = 0;
		if (annot) {
			for (size_t i = 0; i < c->ncategories; i++)
				if (c->annotations[i] != NULL)
					aw = fmax(aw, text_width(x,
						c->annotations[i],
						x->font_value, true));
			if (c->annotation_label != NULL)
				aw = fmax(aw, text_width(x,
					c->annotation_label, x->font_tick,
					true));
			aw += 6;
		}
		double bottom = PAD + tlh + 3 + title_h;
		x->plot.y = top;
		x->plot.h = x->h - top - bottom;
		double slot = cat_slot(x);
		double clh = line_height(x, x->font_cat);
		if (slot < clh * 1.1)
			x->font_cat = fmax(4.5, x->font_cat * slot / (clh * 1.1));
		clh = line_height(x, x->font_cat);
		int lines = (int)floor(slot / clh);
		x->cat_lines = lines < 1 ? 1 : lines > 4 ? 4 : lines;
		double mw = 0;
		for (size_t i = 0; i < c->ncategories; i++)
			if (c->categories && c->categories[i])
				mw = fmax(mw, text_width(x, c->categories[i],
					x->font_cat, false));
		x->cat_label_w = fmin(mw + 1, 0.38 * x->w);
		double left = PAD + x->cat_label_w + 5;
		if (annot)
			x->annot = (struct rect){x->w - PAD - aw, top, aw,
				x->plot.h};
		double right = PAD + aw;
		double span = x->w - left - right - 20;
		for (int pass = 0; pass < 2; pass++) {
			ticks(x, lo, hi, span, 50);
			vw = max_value_width(x);
			double half = 0;
			char buf[96];
			half = text_width(x, fmt_tick(x, buf, sizeof buf, x->vmax),
				x->font_tick, false) / 2;
			x->plot.x = left;
			x->plot.w = x->w - left - right - half;
			double b0, b1;
			bar_band(x, 0, &b0, &b1);
			double bh = (b1 - b0) * slot;
			x->value_show = want_values && (x->stacked ||
				bh >= vlh * 0.8);
			x->value_rotated = false;
			double room = x->stacked ? 0 : vw + 4;
			if (!x->value_show && !clipped)
				room = 0;
			room = fmin(room, x->plot.w * 0.4);
			/* The axis-end tick label already takes half its width
			 * beyond plot.w; value labels may use that too. */
			room = fmax(0, room - half);
			x->va0 = x->plot.x + (neg ? room : 0);
			x->va1 = x->plot.x + x->plot.w - room;
			span = x->va1 - x->va0;
		}
	}
	x->clipped = clipped;
}

/* The drawing context of c on cr at width x height points, before
 * layout: one place for draw and chart_min_type. */
static void ctx_init(struct chart_ctx *x, const struct chart *c, cairo_t *cr,
	double width, double height)
{
	memset(x, 0, sizeof *x);
	x->c = c;
	x->cr = cr;
	x->w = width;
	x->h = height;
	x->horizontal = c->kind == CHART_BAR_H;
	x->stacked = c->kind == CHART_STACKED || c->kind == CHART_STACKED_100;
	x->pct = c->kind == CHART_STACKED_100;
}

static int draw(const struct chart *c, cairo_t *cr, double width,
	double height, chart_trace_fn trace, void *arg)
{
	if (c == NULL || cr == NULL || cairo_status(cr) != CAIRO_STATUS_SUCCESS)
		return -1;
	if (!fonts_init(NULL))
		return -1;
	if (!(width > 0) || !(height > 0))
		return -1;
	struct chart_ctx x;
	ctx_init(&x, c, cr, width, height);
	x.trace = trace;
	x.trace_arg = arg;
	if (c->npanels > 0)
		return panels_draw(c, cr, width, height, trace, arg);
	cairo_save(cr);
	if (c->ncategories > 0 && c->nseries > 0 && c->series != NULL) {
		layout(&x);
		/* Fixed painting order: back to front. */
		grid_draw(&x);
		bars_draw(&x);
		lines_draw(&x);
		axis_draw(&x);
		labels_draw(&x);
		annotations_draw(&x);
		legend_draw(&x);
	}
	cairo_restore(cr);
	return cairo_status(cr) == CAIRO_STATUS_SUCCESS ? 0 : -1;
}

double chart_min_type(const struct chart *c, double width, double height)
{
	if (c != NULL && c->npanels > 0)
		return panels_min_type(c, width, height);
	if (c == NULL || !fonts_init(NULL) || !(width > 0) || !(height > 0)
	    || c->ncategories == 0 || c->nseries == 0 || c->series == NULL)
		return NAN;
	/* The layout measures with Pango on a cairo_t; nothing is drawn. */
	cairo_surface_t *s = cairo_recording_surface_create(
		CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cairo_t *cr = cairo_create(s);
	double m = NAN;
	if (cairo_status(cr) == CAIRO_STATUS_SUCCESS) {
		struct chart_ctx x;
		ctx_init(&x, c, cr, width, height);
		layout(&x);
		/* Ticks and category names always; the others when drawn
		 * (annotations use the value size). */
		m = fmin(x.font_tick, x.font_cat);
		if (x.value_show || any_annotation(c))
			m = fmin(m, x.font_value);
		if (x.legend.h > 0)
			m = fmin(m, x.font_legend);
	}
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	return m;
}

int chart_draw_traced(const struct chart *c, cairo_t *cr, double width,
	double height, chart_trace_fn trace, void *arg)
{
	return draw(c, cr, width, height, trace, arg);
}

/* A panel of a grid, in its cell (panels.c). */
int chart_draw_panel(const struct chart *c, cairo_t *cr, double width,
	double height, chart_trace_fn trace, void *arg)
{
	cairo_save(cr);
	cairo_rectangle(cr, 0, 0, width, height);
	cairo_clip(cr);
	int rc = draw(c, cr, width, height, trace, arg);
	cairo_restore(cr);
	return rc;
}

int chart_draw(const struct chart *c, cairo_t *cr, double width,
	double height)
{
	if (cr == NULL)
		return -1;
	/* Nothing outside the rectangle, whatever the data: the backends
	 * put the caption right below it. */
	cairo_save(cr);
	cairo_rectangle(cr, 0, 0, width, height);
	cairo_clip(cr);
	int rc = draw(c, cr, width, height, NULL, NULL);
	cairo_restore(cr);
	return rc;
}

struct membuf {
	unsigned char *p;
	size_t len, cap;
};

static cairo_status_t mem_write(void *arg, const unsigned char *data,
	unsigned int n)
{
	struct membuf *m = arg;
	if (m->len + n > m->cap) {
		size_t cap = m->cap ? m->cap : 16384;
		while (cap < m->len + n)
			cap *= 2;
		m->p = xrealloc(m->p, cap);
		m->cap = cap;
	}
	memcpy(m->p + m->len, data, n);
	m->len += n;
	return CAIRO_STATUS_SUCCESS;
}

unsigned char *chart_svg(const struct chart *c, double width, double height,
	size_t *len)
{
	struct membuf m = {0};
	cairo_surface_t *s = cairo_svg_surface_create_for_stream(mem_write, &m,
		width, height);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(s);
		return NULL;
	}
	cairo_svg_surface_restrict_to_version(s, CAIRO_SVG_VERSION_1_1);
	cairo_t *cr = cairo_create(s);
	int rc = cairo_status(cr) == CAIRO_STATUS_SUCCESS ? 0 : -1;
	if (rc == 0)
		rc = chart_draw(c, cr, width, height);
	cairo_destroy(cr);
	cairo_surface_finish(s);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
		rc = -1;
	cairo_surface_destroy(s);
	if (rc != 0) {
		free(m.p);
		return NULL;
	}
	size_t n = 0;
	unsigned char *out = svg_local_ids(m.p, m.len, &n);
	free(m.p);
	if (out != NULL && len != NULL)
		*len = n;
	return out;
}

unsigned char *chart_png(const struct chart *c, double width, double height,
	double scale, size_t *len)
{
	if (!(scale > 0))
		return NULL;
	int pw = (int)ceil(width * scale), ph = (int)ceil(height * scale);
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24,
		pw, ph);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(s);
		return NULL;
	}
	cairo_t *cr = cairo_create(s);
	int rc = cairo_status(cr) == CAIRO_STATUS_SUCCESS ? 0 : -1;
	if (rc == 0) {
		/* An image surface starts transparent black: paint paper. */
		cairo_set_source_rgb(cr, 1, 1, 1);
		cairo_paint(cr);
		cairo_scale(cr, scale, scale);
		rc = chart_draw(c, cr, width, height);
	}
	cairo_destroy(cr);
	struct membuf m = {0};
	if (rc == 0) {
		cairo_surface_flush(s);
		if (cairo_surface_write_to_png_stream(s, mem_write, &m) !=
			CAIRO_STATUS_SUCCESS)
			rc = -1;
	}
	cairo_surface_destroy(s);
	if (rc != 0) {
		free(m.p);
		return NULL;
	}
	if (len != NULL)
		*len = m.len;
	return m.p;
}
