/* Charts drawn with Cairo from computed data. One drawing path for every
 * surface: vector in the PDF, SVG on the site, PNG where a raster is wanted.
 * Text is laid out with Pango using the vendored fonts (see fonts.h). */
#ifndef LKJIP_CHART_H
#define LKJIP_CHART_H

#include <stdbool.h>
#include <stddef.h>

#include <cairo.h>

#include "util/dec.h"

enum chart_kind {
	CHART_BAR,          /* grouped vertical bars: one group per category */
	CHART_BAR_H,        /* grouped horizontal bars (long category names) */
	CHART_LINE,         /* lines with markers, categories on the x axis */
	CHART_STACKED,      /* stacked bars */
	CHART_STACKED_100,  /* 100 % stacked bars (compositions) */
	CHART_KIND_MAX,
};

enum chart_unit {
	CHART_UNIT_NUMBER,  /* 1.234,5 */
	CHART_UNIT_PERCENT, /* 108,57 % */
	CHART_UNIT_RUPIAH,  /* axis in Rp with juta/miliar scaling */
};

struct chart_series {
	const char *name;     /* legend text */
	const double *values; /* ncategories values; NAN = missing */
};

struct chart {
	enum chart_kind kind;
	const char *title;        /* without the "Gambar N.M" number */
	const char *y_label;      /* axis title, may be NULL */
	enum chart_unit unit;
	int decimals;             /* for value labels; axis ticks choose own */
	const char **categories;  /* ncategories labels (may be long) */
	size_t ncategories;
	const struct chart_series *series;
	size_t nseries;
	/* Optional text printed above each category (e.g. absorption
	 * "96,55 %" over a pagu/realisasi pair); NULL or NULL entries = none. */
	const char **annotations;
	bool show_values;         /* print each bar's value */
	/* Value labels round as the report rounds the figure shown (a
	 * capaian "potong" reads 100,66 here as in the tables); last, so the
	 * positional initializers of older callers still fit. */
	enum num_rounding rounding;
	/* What the annotations are ("Serapan"), printed under their column
	 * of a horizontal chart; NULL = nothing. */
	const char *annotation_label;
	/* Optional: labels[s][i], the text of series s's value i as the
	 * report prints the figure (doc/charts.c formats it with the
	 * tables' formatter); NULL, or a NULL entry: the chart formats the
	 * value itself (rupiah labels follow the axis's juta/miliar). */
	const char *const *const *labels;
	/* Small multiples: npanels > 0 makes the chart a grid of these
	 * panels, each drawn as a chart of its own under its title (the
	 * panel's `title`, drawn), `columns` to a row (0: as many as the
	 * width holds, at most 3); the legend of panels[0] is drawn once
	 * above the grid; the grid's own categories and series are not
	 * drawn. */
	const struct chart *panels;
	size_t npanels;
	int columns;
	/* The value axis runs from 0 to the largest value, never cutting an
	 * outlier nor starting a line near its values (a panel's own scale
	 * must hold its own figures, honestly). */
	bool full_axis;
	/* A panel of a grid: no legend (the grid draws it once) and no axis
	 * title (the panel's title above it names the unit). */
	bool panel;
};

/* Draws the chart into the rectangle (0,0)-(width,height) in user units
 * (points) of cr. Returns 0, or -1 if Cairo reported an error. */
int chart_draw(const struct chart *, cairo_t *cr, double width,
	double height);

/* The smallest type, in points, a drawing of this size uses (the layout
 * shrinks category names to fit crowded charts); NAN for an empty chart.
 * The site sizes its phone drawings with it (src/html). */
double chart_min_type(const struct chart *, double width, double height);

/* Renders to a malloc'd SVG document (deterministic bytes for the same
 * chart). *len receives the size. NULL on error. */
unsigned char *chart_svg(const struct chart *, double width, double height,
	size_t *len);
/* Renders to a malloc'd PNG at the given scale (1.0 = 72 dpi). */
unsigned char *chart_png(const struct chart *, double width, double height,
	double scale, size_t *len);

#endif
