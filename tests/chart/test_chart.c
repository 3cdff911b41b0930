/* Chart tests: private fonts, nice ticks, bounds (nothing drawn outside
 * the rectangle), no overlapping text, the edge cases of issue 5,
 * deterministic bytes, and PNG snapshots compared with a tolerance
 * (LKJIP_BLESS=1 rewrites them in tests/data/chart/). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-font.h>

#include "cases.h"
#include "chart/chart.h"
#include "chart/fonts.h"
#include "chart/internal.h"
#include "util/num.h"
#include "util/path.h"

/* ---- tracing: every text the chart paints, with its box ---- */

struct texts {
	size_t n;
	char *s[512];
	struct rect r[512];
};

static void collect(void *arg, const char *text, double x, double y,
	double w, double h)
{
	struct texts *t = arg;
	if (t->n < 512) {
		t->s[t->n] = strdup(text);
		t->r[t->n++] = (struct rect){x, y, w, h};
	}
}

static void texts_free(struct texts *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->s[i]);
	t->n = 0;
}

static long find_text(const struct texts *t, const char *s)
{
	for (size_t i = 0; i < t->n; i++)
		if (strcmp(t->s[i], s) == 0)
			return (long)i;
	return -1;
}

/* Draws on an unbounded recording surface without the safety clip, so
 * anything painted outside the rectangle shows in the ink extents. */
static void trace(const struct chart *c, double w, double h,
	struct texts *t, double ink[4])
{
	cairo_surface_t *s = cairo_recording_surface_create(
		CAIRO_CONTENT_COLOR_ALPHA, NULL);
	assert_int_equal(cairo_surface_status(s), CAIRO_STATUS_SUCCESS);
	cairo_t *cr = cairo_create(s);
	assert_int_equal(cairo_status(cr), CAIRO_STATUS_SUCCESS);
	memset(t, 0, sizeof *t);
	assert_int_equal(chart_draw_traced(c, cr, w, h, collect, t), 0);
	cairo_destroy(cr);
	cairo_recording_surface_ink_extents(s, &ink[0], &ink[1], &ink[2],
		&ink[3]);
	cairo_surface_destroy(s);
}

static void test_fonts(void **state)
{
	(void)state;
	assert_true(fonts_init(NULL));
	assert_true(fonts_init("/nonexistent")); /* idempotent: first wins */
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24,
		10, 10);
	cairo_t *cr = cairo_create(s);
	PangoLayout *l = fonts_layout_new(cr);
	PangoContext *pc = pango_layout_get_context(l);
	static const struct {
		const char *desc, *file;
	} want[] = {
		{"Liberation Serif 12", "LiberationSerif-Regular.ttf"},
		{"Liberation Serif Bold Italic 12",
			"LiberationSerif-BoldItalic.ttf"},
		{"Liberation Sans Bold 9", "LiberationSans-Bold.ttf"},
		/* Not vendored: must still come from fonts/, never the
		 * system's DejaVu. */
		{"DejaVu Sans 10", NULL},
		{"monospace 10", NULL},
	};
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/fonts/", LKJIP_SOURCE_DIR);
	for (size_t i = 0; i < N(want); i++) {
		PangoFontDescription *fd =
			pango_font_description_from_string(want[i].desc);
		PangoFont *f = pango_context_load_font(pc, fd);
		assert_non_null(f);
		assert_true(PANGO_IS_FC_FONT(f));
		FcPattern *p = pango_fc_font_get_pattern(PANGO_FC_FONT(f));
		FcChar8 *file = NULL;
		assert_int_equal(FcPatternGetString(p, FC_FILE, 0, &file),
			FcResultMatch);
		assert_memory_equal(file, dir, strlen(dir));
		if (want[i].file != NULL)
			assert_string_equal((const char *)file + strlen(dir),
				want[i].file);
		g_object_unref(f);
		pango_font_description_free(fd);
	}
	g_object_unref(l);
	cairo_destroy(cr);
	cairo_surface_destroy(s);
}

static void test_nice_step(void **state)
{
	(void)state;
	assert_float_equal(scale_nice_step(100, 5), 20, 1e-9);
	assert_float_equal(scale_nice_step(100, 4), 20, 1e-9); /* 25 -> 20 */
	assert_float_equal(scale_nice_step(2123456000, 4), 5e8, 1);
	assert_float_equal(scale_nice_step(20.6, 5), 5, 1e-9);
	assert_float_equal(scale_nice_step(1, 5), 0.2, 1e-12);
	assert_float_equal(scale_nice_step(31, 8), 5, 1e-9);
	assert_float_equal(scale_nice_step(0, 5), 1, 0);
}

static bool inside(struct rect r, double w, double h)
{
	const double eps = 0.5;
	return r.x >= -eps && r.y >= -eps && r.x + r.w <= w + eps &&
		r.y + r.h <= h + eps;
}

/* Nothing outside the rectangle, at print and screen size. */
static void test_bounds(void **state)
{
	(void)state;
	static const double sizes[][2] = {{PRINT_W, PRINT_H},
		{SCREEN_W, SCREEN_H}, {300, 200}};
	for (size_t i = 0; i < N(all_charts); i++)
		for (size_t k = 0; k < N(sizes); k++) {
			struct texts t;
			double ink[4];
			double w = sizes[k][0], h = sizes[k][1];
			trace(all_charts[i].chart, w, h, &t, ink);
			if (!inside((struct rect){ink[0], ink[1], ink[2],
				    ink[3]}, w, h))
				fail_msg("%s %gx%g: ink %g,%g %gx%g",
					all_charts[i].name, w, h, ink[0],
					ink[1], ink[2], ink[3]);
			assert_true(t.n > 0);
			for (size_t j = 0; j < t.n; j++)
				if (!inside(t.r[j], w, h))
					fail_msg("%s %gx%g: \"%s\" outside",
						all_charts[i].name, w, h,
						t.s[j]);
			texts_free(&t);
		}
}

static bool overlap(struct rect a, struct rect b)
{
	const double eps = 0.25; /* touching is fine */
	return a.x + eps < b.x + b.w && b.x + eps < a.x + a.w &&
		a.y + eps < b.y + b.h && b.y + eps < a.y + a.h;
}

/* No two texts on top of each other, for every chart at print size. */
static void test_no_overlap(void **state)
{
	(void)state;
	for (size_t i = 0; i < N(all_charts); i++) {
		struct texts t;
		double ink[4];
		trace(all_charts[i].chart, PRINT_W, PRINT_H, &t, ink);
		for (size_t a = 0; a < t.n; a++)
			for (size_t b = a + 1; b < t.n; b++)
				if (overlap(t.r[a], t.r[b]))
					fail_msg("%s: \"%s\" overlaps \"%s\"",
						all_charts[i].name, t.s[a],
						t.s[b]);
		texts_free(&t);
	}
}

/* 10.582 % among values near 100 %: the axis stops at 120 %, the bar is
 * clipped and its true value printed (bold) inside the rectangle. */
static void test_outlier(void **state)
{
	(void)state;
	const struct chart *cs[] = {&c_outlier, &c_outlier_h};
	for (size_t k = 0; k < 2; k++) {
		struct texts t;
		double ink[4];
		trace(cs[k], PRINT_W, PRINT_H, &t, ink);
		long i = find_text(&t, "10.582,00" NUM_NBSP "%");
		assert_true(i >= 0);
		assert_true(inside(t.r[i], PRINT_W, PRINT_H));
		assert_true(find_text(&t, "120" NUM_NBSP "%") >= 0);
		assert_true(find_text(&t, "140" NUM_NBSP "%") < 0);
		/* show_values is off: only the clipped bar is labelled. */
		assert_true(find_text(&t, "108,57" NUM_NBSP "%") < 0);
		texts_free(&t);
	}
}

static void test_money_not_cut(void **state)
{
	(void)state;
	struct texts t;
	double ink[4];
	trace(&c_money, PRINT_W, PRINT_H, &t, ink);
	/* The axis runs 0 to 1,2 (Rp miliar) in steps of 0,2: Program A's
	 * pagu ends at the axis end, its realisasi about half way. */
	assert_true(find_text(&t, "Rupiah (Rp miliar)") >= 0);
	assert_true(find_text(&t, "1,2") >= 0);
	assert_true(find_text(&t, "0,6") >= 0);
	/* No bar is cut, so none carries its true value as a label. */
	assert_int_equal(t.n, 18);
	texts_free(&t);
}

static size_t count_with(const struct texts *t, const char *needle)
{
	size_t n = 0;
	for (size_t i = 0; i < t->n; i++)
		if (strstr(t->s[i], needle) != NULL)
			n++;
	return n;
}

/* A legend name longer than the row wraps onto a second line inside the
 * chart instead of ending in "..." (Magetan's "Indeks Kepuasan
 * Masyarakat Dinas Koperasi dan UKM" on a 220 pt phone drawing). */
static void test_legend_wraps(void **state)
{
	(void)state;
	static const char *cats[] = {"2023", "2024"};
	static const double a[] = {100.2, 108.57}, b[] = {99.1, 100.06};
	static const char *long_name = "Indeks Kepuasan Masyarakat Dinas "
		"Koperasi dan Usaha Kecil dan Menengah Kabupaten Magetan";
	const struct chart_series ser[] = {{"Persentase Koperasi Sehat", a},
		{long_name, b}};
	struct chart c = {CHART_LINE, "Capaian", "Capaian",
		CHART_UNIT_PERCENT, 2, cats, 2, ser, 2, NULL, false,
		ROUND_HALF_UP, NULL, NULL, NULL, 0, 0,
		false, false};
	struct texts t;
	double ink[4];
	trace(&c, 220, 246, &t, ink);
	long i = find_text(&t, long_name);
	assert_true(i >= 0);
	assert_true(inside(t.r[i], 220, 246));
	long j = find_text(&t, "Persentase Koperasi Sehat");
	assert_true(j >= 0);
	/* Two lines of 8,5 pt type (about 10 pt each), the short name one. */
	assert_true(t.r[i].h > 1.8 * t.r[j].h);
	assert_true(t.r[i].h < 2.2 * t.r[j].h);
	/* Every value axis says what it counts, with the unit. */
	assert_true(find_text(&t, "Capaian (%)") >= 0);
	texts_free(&t);

	trace(&c_bar, PRINT_W, PRINT_H, &t, ink); /* percent, no y_label */
	assert_true(find_text(&t, "Persentase (%)") >= 0);
	texts_free(&t);
	trace(&c_stacked, PRINT_W, PRINT_H, &t, ink);
	assert_true(find_text(&t, "Orang") >= 0);
	texts_free(&t);
	/* The serapan column says what it is, in either orientation. */
	const struct chart *bud[] = {&c_budget, &c_bar_h};
	for (size_t k = 0; k < 2; k++) {
		trace(bud[k], PRINT_W, PRINT_H, &t, ink);
		long s = find_text(&t, "Serapan");
		assert_true(s >= 0);
		assert_true(inside(t.r[s], PRINT_W, PRINT_H));
		texts_free(&t);
	}
}

static void test_missing(void **state)
{
	(void)state;
	struct texts t;
	double ink[4];
	/* 5 of 8 values present: 5 value labels (with a decimal comma),
	 * and no "-" label for the missing ones. */
	trace(&c_missing, PRINT_W, PRINT_H, &t, ink);
	assert_int_equal(count_with(&t, ","), 5);
	assert_true(find_text(&t, "-") < 0);
	assert_true(find_text(&t, "62,50" NUM_NBSP "%") >= 0);
	texts_free(&t);
	trace(&c_missing_line, PRINT_W, PRINT_H, &t, ink);
	assert_int_equal(count_with(&t, ","), 3);
	texts_free(&t);
	/* The line has a gap: 2022 is drawn but 2021 and 2023 have no
	 * marker, so the SVG still renders (no crash on NAN). */
	size_t len = 0;
	unsigned char *svg = chart_svg(&c_missing_line, PRINT_W, PRINT_H,
		&len);
	assert_non_null(svg);
	free(svg);
}

static void test_zeros_one_negative(void **state)
{
	(void)state;
	struct texts t;
	double ink[4];
	/* All zeros: an axis 0..10 instead of a division by zero. */
	trace(&c_zeros, PRINT_W, PRINT_H, &t, ink);
	assert_true(find_text(&t, "10") >= 0);
	/* 8 value labels "0", and the ticks "0" and "10". */
	assert_int_equal(count_with(&t, "0"), 8 + 2);
	texts_free(&t);
	trace(&c_one, PRINT_W, PRINT_H, &t, ink);
	assert_true(find_text(&t, "108,57" NUM_NBSP "%") >= 0);
	assert_true(find_text(&t, "Persentase Koperasi Sehat") >= 0);
	texts_free(&t);
	/* Growth rates: the axis crosses zero, negative labels below. */
	trace(&c_negative, PRINT_W, PRINT_H, &t, ink);
	assert_true(find_text(&t, NUM_MINUS "15" NUM_NBSP "%") >= 0);
	assert_true(find_text(&t, "10" NUM_NBSP "%") >= 0);
	long a = find_text(&t, NUM_MINUS "12,50" NUM_NBSP "%");
	long z = find_text(&t, "0" NUM_NBSP "%");
	assert_true(a >= 0 && z >= 0);
	assert_true(t.r[a].y > t.r[z].y + t.r[z].h); /* below zero */
	texts_free(&t);
}

static void test_rupiah_axis(void **state)
{
	(void)state;
	struct texts t;
	double ink[4];
	trace(&c_budget, PRINT_W, PRINT_H, &t, ink);
	assert_true(find_text(&t, "Anggaran (Rp miliar)") >= 0);
	assert_true(find_text(&t, "2,5") >= 0);
	assert_true(find_text(&t, "54,22 %") >= 0); /* annotation */
	texts_free(&t);
}

static void test_many_and_long(void **state)
{
	(void)state;
	struct texts t;
	double ink[4];
	trace(&c_many, PRINT_W, PRINT_H, &t, ink);
	for (size_t i = 0; i < MANY; i++)
		assert_true(find_text(&t, many_cats[i]) >= 0);
	texts_free(&t);
	/* 150 characters: wrapped and cut after four lines (below a
	 * vertical chart; beside a horizontal one when its slot is tall). */
	assert_int_equal(strlen(LONG150), 150);
	const struct chart *cs[] = {&c_long, &c_long_h};
	for (size_t k = 0; k < 2; k++) {
		trace(cs[k], PRINT_W, PRINT_H, &t, ink);
		long i = find_text(&t, LONG150);
		assert_true(i >= 0);
		assert_true(t.r[i].h < 4.5 * 8.5 * 1.2);
		assert_true(t.r[i].h > 2.5 * 8.5 * 1.0);
		assert_true(t.r[i].w < 0.4 * PRINT_W);
		texts_free(&t);
	}
}

/* Same chart, same bytes, whether it is the first or the tenth chart of
 * the process; different charts get different id prefixes. */
static void test_determinism(void **state)
{
	(void)state;
	size_t n1, n2, n3;
	unsigned char *a = chart_svg(&c_bar, PRINT_W, PRINT_H, &n1);
	assert_non_null(a);
	for (size_t i = 0; i < N(all_charts); i++) {
		size_t n;
		unsigned char *o = chart_svg(all_charts[i].chart, 200, 100, &n);
		assert_non_null(o);
		free(o);
	}
	unsigned char *b = chart_svg(&c_bar, PRINT_W, PRINT_H, &n2);
	assert_non_null(b);
	assert_int_equal(n1, n2);
	assert_memory_equal(a, b, n1);
	assert_non_null(strstr((char *)a, "<svg"));
	assert_null(strstr((char *)a, "surface1\""));
	unsigned char *c = chart_svg(&c_line, PRINT_W, PRINT_H, &n3);
	assert_non_null(c);
	char *ida = strstr((char *)a, " id=\"");
	char *idc = strstr((char *)c, " id=\"");
	assert_non_null(ida);
	assert_non_null(idc);
	assert_true(strncmp(ida, idc, 15) != 0);
	free(a);
	free(b);
	free(c);
	unsigned char *p = chart_png(&c_stacked, PRINT_W, PRINT_H, 2, &n1);
	unsigned char *q = chart_png(&c_stacked, PRINT_W, PRINT_H, 2, &n2);
	assert_non_null(p);
	assert_non_null(q);
	assert_int_equal(n1, n2);
	assert_memory_equal(p, q, n1);
	free(p);
	free(q);
}

/* ---- PNG snapshots ---- */

struct reader {
	const unsigned char *p;
	size_t len, off;
};

static cairo_status_t mem_read(void *arg, unsigned char *data,
	unsigned int n)
{
	struct reader *r = arg;
	if (r->off + n > r->len)
		return CAIRO_STATUS_READ_ERROR;
	memcpy(data, r->p + r->off, n);
	r->off += n;
	return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *decode(const unsigned char *p, size_t len)
{
	struct reader r = {p, len, 0};
	cairo_surface_t *s =
		cairo_image_surface_create_from_png_stream(mem_read, &r);
	assert_int_equal(cairo_surface_status(s), CAIRO_STATUS_SUCCESS);
	return s;
}

/* Share of pixels whose channels differ by more than 48 of 255. */
static double differ(cairo_surface_t *a, cairo_surface_t *b)
{
	int w = cairo_image_surface_get_width(a);
	int h = cairo_image_surface_get_height(a);
	if (w != cairo_image_surface_get_width(b) ||
		h != cairo_image_surface_get_height(b))
		return 1;
	cairo_surface_flush(a);
	cairo_surface_flush(b);
	const unsigned char *pa = cairo_image_surface_get_data(a);
	const unsigned char *pb = cairo_image_surface_get_data(b);
	int sa = cairo_image_surface_get_stride(a);
	int sb = cairo_image_surface_get_stride(b);
	long bad = 0;
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++)
			for (int k = 0; k < 3; k++) {
				int d = pa[y * sa + 4 * x + k] -
					pb[y * sb + 4 * x + k];
				if (d > 48 || d < -48) {
					bad++;
					break;
				}
			}
	return (double)bad / ((double)w * h);
}

static void test_snapshots(void **state)
{
	(void)state;
	const char *bless = getenv("LKJIP_BLESS");
	for (size_t i = 0; i < N(all_charts); i++) {
		size_t len;
		unsigned char *png = chart_png(all_charts[i].chart, PRINT_W,
			PRINT_H, 1.0, &len);
		assert_non_null(png);
		char path[256];
		snprintf(path, sizeof path, "tests/data/chart/%s.png",
			all_charts[i].name);
		if (bless != NULL && strcmp(bless, "1") == 0) {
			assert_int_equal(file_write_atomic(path, png, len), 0);
			free(png);
			continue;
		}
		size_t glen;
		char *golden = file_read(path, &glen);
		if (golden == NULL)
			fail_msg("%s missing: run with LKJIP_BLESS=1", path);
		cairo_surface_t *a = decode(png, len);
		cairo_surface_t *b = decode((unsigned char *)golden, glen);
		double d = differ(a, b);
		if (d > 0.002)
			fail_msg("%s: %.2f %% of pixels differ", path, d * 100);
		cairo_surface_destroy(a);
		cairo_surface_destroy(b);
		free(golden);
		free(png);
	}
}

static void test_bad_input(void **state)
{
	(void)state;
	struct chart empty = {0};
	size_t len = 0;
	unsigned char *svg = chart_svg(&empty, 100, 50, &len);
	assert_non_null(svg); /* an empty, valid picture */
	free(svg);
	assert_null(chart_png(&c_bar, 100, 50, 0, &len));
	assert_null(chart_svg(&c_bar, 0, 50, &len));
	assert_int_equal(chart_draw(NULL, NULL, 10, 10), -1);
}

/* A value label rounds as the report rounds the figure (issue 12): the
 * Magetan Nilai SAKIP capaian, 91,91 / 91,3 x 100 = 100,668..., reads
 * 100,66 with "potong", as in the tables, and 100,67 half-up. The SVG
 * and the PDF draw these same texts. */
static void test_value_rounding(void **state)
{
	(void)state;
	static const char *cats[] = {"Nilai SAKIP"};
	static const double v[] = {91.91 / 91.3 * 100};
	static const struct chart_series ser[] = {{"Tahun 2024", v}};
	struct chart c = {CHART_BAR, "Capaian", NULL, CHART_UNIT_PERCENT, 2,
		cats, 1, ser, 1, NULL, true, ROUND_TRUNCATE, NULL, NULL, NULL, 0, 0,
		false, false};
	struct texts t;
	double ink[4];
	trace(&c, PRINT_W, PRINT_H, &t, ink);
	assert_true(find_text(&t, "100,66" NUM_NBSP "%") >= 0);
	assert_true(find_text(&t, "100,67" NUM_NBSP "%") < 0);
	texts_free(&t);
	c.rounding = ROUND_HALF_UP;
	trace(&c, PRINT_W, PRINT_H, &t, ink);
	assert_true(find_text(&t, "100,67" NUM_NBSP "%") >= 0);
	texts_free(&t);
}

static long count_text(const struct texts *t, const char *s)
{
	long n = 0;
	for (size_t i = 0; i < t->n; i++)
		n += strcmp(t->s[i], s) == 0;
	return n;
}

/* Small multiples: a grid that wraps with the width, one legend, each
 * panel on its own axis (the UM panel's axis ends at 4, not at 100). */
static void test_panels(void **state)
{
	(void)state;
	struct texts t;
	double ink[4];
	trace(&c_panels, PRINT_W, 300, &t, ink);
	long a = find_text(&t, "Persentase Koperasi Sehat (%)");
	long b = find_text(&t, "Jumlah Usaha Mikro yang Naik Kelas (UM)");
	long d = find_text(&t, "Indeks Kepuasan Masyarakat (Skor)");
	assert_true(a >= 0 && b >= 0 && d >= 0);
	/* Three to a row on A4: the second beside the first, the fourth
	 * under it. */
	assert_true(t.r[b].x > t.r[a].x + 100);
	assert_true(fabs(t.r[b].y - t.r[a].y) < 1e-6);
	assert_true(fabs(t.r[d].x - t.r[a].x) < 1e-6);
	assert_true(t.r[d].y > t.r[a].y + 100);
	assert_int_equal(count_text(&t, "Target"), 1);
	assert_int_equal(count_text(&t, "Realisasi"), 1);
	/* The UM panel's ticks: 0 to 4, in its own column, and no 100. */
	double x0 = t.r[b].x, x1 = x0 + PRINT_W / 3 - 10;
	bool four = false;
	for (size_t i = 0; i < t.n; i++) {
		if (t.r[i].x < x0 - 1 || t.r[i].x >= x1 || t.r[i].y > t.r[d].y)
			continue;
		four |= strcmp(t.s[i], "4") == 0;
		assert_true(strcmp(t.s[i], "100") != 0);
	}
	assert_true(four);
	assert_true(find_text(&t, "100" NUM_NBSP "%") >= 0);
	/* No axis title: the panel's title names the unit. */
	assert_true(find_text(&t, "Persentase (%)") < 0);
	texts_free(&t);

	/* The site's phone drawing asks for one panel to a row (at 290 pt
	 * the width alone would hold two). */
	struct chart one = c_panels;
	one.columns = 1;
	trace(&one, 290, 640, &t, ink);
	a = find_text(&t, "Persentase Koperasi Sehat (%)");
	b = find_text(&t, "Jumlah Usaha Mikro yang Naik Kelas (UM)");
	assert_true(fabs(t.r[b].x - t.r[a].x) < 1e-6);
	assert_true(t.r[b].y > t.r[a].y + 100);
	texts_free(&t);
	assert_true(chart_min_type(&c_panels, PRINT_W, 300) >= 5);
}

/* Labels given by the caller (doc/charts.c: the figure as the tables
 * print it) are drawn as given. */
static void test_labels(void **state)
{
	(void)state;
	static const char *const l0[] = {"108,57" NUM_NBSP "% *)"};
	static const char *const *const lb[] = {l0};
	struct chart c = c_one;
	c.labels = lb;
	struct texts t;
	double ink[4];
	trace(&c, PRINT_W, PRINT_H, &t, ink);
	assert_true(find_text(&t, "108,57" NUM_NBSP "% *)") >= 0);
	texts_free(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fonts),
		cmocka_unit_test(test_nice_step),
		cmocka_unit_test(test_bounds),
		cmocka_unit_test(test_no_overlap),
		cmocka_unit_test(test_outlier),
		cmocka_unit_test(test_money_not_cut),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_legend_wraps),
		cmocka_unit_test(test_zeros_one_negative),
		cmocka_unit_test(test_rupiah_axis),
		cmocka_unit_test(test_many_and_long),
		cmocka_unit_test(test_determinism),
		cmocka_unit_test(test_snapshots),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_value_rounding),
		cmocka_unit_test(test_panels),
		cmocka_unit_test(test_labels),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
