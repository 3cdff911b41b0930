/* Private to src/chart: the drawing context shared by the element files.
 * chart.c measures everything first (layout pass), then the elements paint
 * in a fixed order: grid, bars/lines, axes, value labels, annotations,
 * legend. Tests include this header for the tracing hook. */
#ifndef LKJIP_CHART_INTERNAL_H
#define LKJIP_CHART_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "chart/chart.h"

struct rect {
	double x, y, w, h;
};

/* Called for every text the chart paints, with its axis-aligned box in
 * user units; and for every clipped value (text = its printed value). */
typedef void (*chart_trace_fn)(void *arg, const char *text, double x,
	double y, double w, double h);

struct chart_ctx {
	const struct chart *c;
	cairo_t *cr;
	double w, h;
	bool horizontal; /* CHART_BAR_H: categories down the left side */
	bool stacked;    /* CHART_STACKED or CHART_STACKED_100 */
	bool pct;        /* CHART_STACKED_100 */

	struct rect plot; /* the data area, inside axes */
	/* The value axis maps [vmin, vmax] onto pixel positions va0..va1
	 * (va1 leaves "headroom" for value labels beyond the top bar). */
	double vmin, vmax, step;
	double va0, va1;
	bool clipped;     /* some value lies beyond the axis */
	double divisor;   /* rupiah scaling: 1, 1e3, 1e6, 1e9, 1e12 */
	const char *scale_word; /* "ribu", "juta", "miliar", "triliun" */
	int tick_decimals;
	int value_decimals;

	/* fonts, in points */
	double font_tick, font_cat, font_value, font_legend;
	bool cat_rotated;    /* vertical category labels (many categories) */
	double cat_label_w;  /* wrap width of category labels */
	int cat_lines;       /* at most this many lines, then an ellipsis */
	bool value_rotated;  /* value labels run along the bar */
	bool value_show;     /* value labels are drawn at all */
	struct rect legend;  /* where the legend goes (h == 0: none) */
	double legend_row_h;
	struct rect annot;   /* annotation strip (h == 0: none) */

	chart_trace_fn trace;
	void *trace_arg;
};

/* chart.c: draws without the safety clip, with a trace hook (tests). */
int chart_draw_traced(const struct chart *, cairo_t *, double w, double h,
	chart_trace_fn, void *arg);

/* panels.c: a grid of small multiples (chart->npanels > 0). */
int panels_draw(const struct chart *, cairo_t *, double w, double h,
	chart_trace_fn, void *arg);
double panels_min_type(const struct chart *, double w, double h);
/* chart.c: one panel drawn clipped to its cell, at the origin. */
int chart_draw_panel(const struct chart *, cairo_t *, double w, double h,
	chart_trace_fn, void *arg);

/* scale.c */
double scale_nice_step(double range, int nticks);
void scale_value_range(const struct chart_ctx *, double *lo, double *hi,
	double *clip_lo, double *clip_hi);
double scale_pos(const struct chart_ctx *, double v); /* value -> pixel */
double scale_clamp(const struct chart_ctx *, double v);
double cat_center(const struct chart_ctx *, size_t i);
double cat_slot(const struct chart_ctx *);
/* Stacked: v as drawn (share of the category total for 100 %). */
double stack_value(const struct chart_ctx *, size_t s, size_t i);
/* Formats a value for an axis tick or a value label. */
char *fmt_tick(const struct chart_ctx *, char *buf, size_t len, double v);
char *fmt_value(const struct chart_ctx *, char *buf, size_t len, double v);
/* The label of series s's value i: the caller's text when it gave one
 * (chart.labels), else fmt_value. */
const char *value_label(const struct chart_ctx *, char *buf, size_t len,
	size_t s, size_t i);
/* The axis title, e.g. "Anggaran (Rp juta)"; malloc'd or NULL. */
char *axis_title(const struct chart_ctx *);

/* text.c */
PangoLayout *text_layout(struct chart_ctx *, const char *s, double size,
	bool bold, double width, int maxlines);
void text_size(PangoLayout *, double *w, double *h);
/* The size text_size gives of text_layout(x, s, size, bold, width,
 * maxlines) with the alignment align (-1: as text_layout sets it),
 * measured once per process for the same arguments and surface. */
void text_measure(struct chart_ctx *, const char *s, double size, bool bold,
	double width, int maxlines, int align, double *w, double *h);
/* Paints l with its anchor point (ax, ay) (fractions of its box: 0 = left
 * or top, 1 = right or bottom) at (x, y), rotated by angle radians. */
void text_draw(struct chart_ctx *, PangoLayout *l, double x, double y,
	double ax, double ay, double angle);
/* Rectangle of the bar from value v0 to v1 in category i, series band
 * [b0, b1] as fractions of the slot. */
struct rect bar_rect(const struct chart_ctx *, size_t i, double b0,
	double b1, double v0, double v1);

void bar_band(const struct chart_ctx *, size_t series, double *b0,
	double *b1);
/* The layout of category i's label (caller unrefs). */
PangoLayout *cat_layout(struct chart_ctx *, size_t i);
/* Its size (text_measure). */
void cat_measure(struct chart_ctx *, size_t i, double *w, double *h);

/* palette.c */
void palette_fill(cairo_t *, size_t series, struct rect);
void palette_set(cairo_t *, size_t series);
void palette_line_style(cairo_t *, size_t series);
void palette_marker(cairo_t *, size_t series, double x, double y, double r);
/* The palette's colours (series s uses colour s % palette_size()), in
 * sRGB 0..1: for the contrast test. */
size_t palette_size(void);
void palette_rgb(size_t series, double rgb[3]);
/* 0 or 1: dark text reads on the series colour (1) or light text (0). */
bool palette_dark_text(size_t series);

/* element files, painted in this order */
void grid_draw(struct chart_ctx *);
void bars_draw(struct chart_ctx *);
void lines_draw(struct chart_ctx *);
void axis_draw(struct chart_ctx *);
void labels_draw(struct chart_ctx *);
void annotations_draw(struct chart_ctx *);
void legend_draw(struct chart_ctx *);

/* legend.c: height of the legend wrapped into width */
double legend_measure(struct chart_ctx *, double width);

/* svg_ids.c: replaces Cairo's process-global SVG ids with chart-local ones.
 * Returns a malloc'd buffer or NULL. */
unsigned char *svg_local_ids(const unsigned char *svg, size_t len,
	size_t *outlen);

#endif
