/* Colours that survive greyscale printing and colour-blind readers:
 * Okabe-Ito hues, each darkened (CIE L* lowered, hue kept) until it has
 * at least 3:1 contrast on white paper (WCAG 2 for graphical objects;
 * the plain Okabe-Ito yellow has 1,3:1). The order alternates dark and
 * light, so neighbouring series differ by 14 L* or more (dark blue, then
 * dark orange: target vs realisasi reads in grey too), and no two colours
 * share a grey level (4,5 L* apart at least). From the third series on,
 * a hatch or a marker shape and a dash pattern tell them apart as well.
 * tests/chart/test_chart.c computes these figures for every colour. */
#include <math.h>
#include <stddef.h>

#include "chart/internal.h"

struct swatch {
	double r, g, b;
	int hatch; /* 0 none, 1 "/", 2 "\", 3 cross, 4 horizontal */
};

static const struct swatch PALETTE[] = {
	{0x00 / 255.0, 0x4e / 255.0, 0x8e / 255.0, 0}, /* blue, L* 33 */
	{0xc1 / 255.0, 0x80 / 255.0, 0x00 / 255.0, 0}, /* orange, L* 59 */
	{0x00 / 255.0, 0x77 / 255.0, 0x4f / 255.0, 1}, /* bluish green, 44 */
	{0x40 / 255.0, 0x40 / 255.0, 0x40 / 255.0, 2}, /* dark grey, 27 */
	{0xb5 / 255.0, 0x64 / 255.0, 0x92 / 255.0, 3}, /* reddish purple, 53 */
	{0xa1 / 255.0, 0x33 / 255.0, 0x00 / 255.0, 4}, /* vermillion, 38 */
	{0x45 / 255.0, 0x1c / 255.0, 0x75 / 255.0, 1}, /* purple, 22 */
	{0x00 / 255.0, 0x7b / 255.0, 0xac / 255.0, 2}, /* sky blue, 48 */
};
#define NPALETTE (sizeof PALETTE / sizeof PALETTE[0])

static const struct swatch *sw(size_t s)
{
	return &PALETTE[s % NPALETTE];
}

void palette_set(cairo_t *cr, size_t s)
{
	cairo_set_source_rgb(cr, sw(s)->r, sw(s)->g, sw(s)->b);
}

size_t palette_size(void)
{
	return NPALETTE;
}

void palette_rgb(size_t s, double rgb[3])
{
	rgb[0] = sw(s)->r;
	rgb[1] = sw(s)->g;
	rgb[2] = sw(s)->b;
}

bool palette_dark_text(size_t s)
{
	const struct swatch *p = sw(s);
	return 0.299 * p->r + 0.587 * p->g + 0.114 * p->b > 0.5;
}

void palette_fill(cairo_t *cr, size_t s, struct rect r)
{
	if (!(r.w > 0) || !(r.h > 0))
		return;
	cairo_save(cr);
	palette_set(cr, s);
	cairo_rectangle(cr, r.x, r.y, r.w, r.h);
	cairo_fill(cr);
	int hatch = sw(s)->hatch;
	/* Series past the palette's end get a hatch of their own as well. */
	if (s >= NPALETTE)
		hatch = 1 + (int)((s / NPALETTE + s) % 4);
	if (hatch != 0) {
		cairo_rectangle(cr, r.x, r.y, r.w, r.h);
		cairo_clip(cr);
		if (palette_dark_text(s))
			cairo_set_source_rgba(cr, 0, 0, 0, 0.45);
		else
			cairo_set_source_rgba(cr, 1, 1, 1, 0.6);
		cairo_set_line_width(cr, 0.8);
		const double gap = 4;
		double span = r.w + r.h;
		/* Lines anchored to a fixed grid, so adjacent bars line up. */
		double start = floor((r.x - r.h) / gap) * gap;
		if (hatch == 1 || hatch == 3)
			for (double d = start; d < r.x + span; d += gap) {
				cairo_move_to(cr, d, r.y + r.h);
				cairo_line_to(cr, d + r.h, r.y);
			}
		if (hatch == 2 || hatch == 3)
			for (double d = start; d < r.x + span; d += gap) {
				cairo_move_to(cr, d, r.y);
				cairo_line_to(cr, d + r.h, r.y + r.h);
			}
		if (hatch == 4)
			for (double y = floor(r.y / gap) * gap; y < r.y + r.h;
				y += gap) {
				cairo_move_to(cr, r.x, y);
				cairo_line_to(cr, r.x + r.w, y);
			}
		cairo_stroke(cr);
	}
	cairo_restore(cr);
}

void palette_line_style(cairo_t *cr, size_t s)
{
	static const double dash[][2] = {{0, 0}, {5, 2.5}, {1.5, 2}, {6, 2}};
	palette_set(cr, s);
	cairo_set_line_width(cr, 1.8);
	size_t k = s % 4;
	if (k == 0)
		cairo_set_dash(cr, NULL, 0, 0);
	else
		cairo_set_dash(cr, dash[k], 2, 0);
}

void palette_marker(cairo_t *cr, size_t s, double x, double y, double r)
{
	cairo_save(cr);
	cairo_set_dash(cr, NULL, 0, 0);
	switch (s % 4) {
	case 0: /* circle */
		cairo_new_sub_path(cr);
		cairo_arc(cr, x, y, r, 0, 2 * M_PI);
		break;
	case 1: /* square */
		cairo_rectangle(cr, x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r);
		break;
	case 2: /* triangle */
		cairo_move_to(cr, x, y - 1.2 * r);
		cairo_line_to(cr, x + 1.1 * r, y + 0.8 * r);
		cairo_line_to(cr, x - 1.1 * r, y + 0.8 * r);
		cairo_close_path(cr);
		break;
	default: /* diamond */
		cairo_move_to(cr, x, y - 1.3 * r);
		cairo_line_to(cr, x + 1.3 * r, y);
		cairo_line_to(cr, x, y + 1.3 * r);
		cairo_line_to(cr, x - 1.3 * r, y);
		cairo_close_path(cr);
		break;
	}
	palette_set(cr, s);
	cairo_fill_preserve(cr);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_set_line_width(cr, 0.8);
	cairo_stroke(cr);
	cairo_restore(cr);
}
