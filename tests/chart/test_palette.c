/* The chart palette against white paper and greyscale printing: every
 * colour's WCAG 2 contrast ratio on white (>= 3:1, the level for graphical
 * objects) and its CIE lightness L*, the grey level a printer keeps.
 * Neighbouring series (target and realisasi, pagu and realisasi) must
 * differ by 14 L* or more; no two colours may share a grey level (4,5 L*
 * apart). The figures are computed here from the sRGB values, with the
 * WCAG and CIE formulas written out, and asserted colour by colour. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "chart/internal.h"

/* sRGB component (0..1) to linear light (IEC 61966-2-1). */
static double linear(double c)
{
	return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

/* WCAG 2 relative luminance Y. */
static double luminance(const double rgb[3])
{
	return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) +
		0.0722 * linear(rgb[2]);
}

/* Contrast with white (Y = 1): (1 + 0,05) / (Y + 0,05). */
static double contrast_on_white(double y)
{
	return 1.05 / (y + 0.05);
}

/* CIE 1976 lightness of Y (white = 1). */
static double lightness(double y)
{
	double e = 216.0 / 24389.0;
	return y > e ? 116 * cbrt(y) - 16 : y * 24389.0 / 27.0;
}

/* Worked values, series by series (rounded to 2 and 1 decimals). */
static const struct {
	const char *name;
	double contrast, lstar;
} WANT[] = {
	{"blue #004e8e", 8.47, 32.7},
	{"orange #c18000", 3.30, 58.8},
	{"bluish green #00774f", 5.60, 43.9},
	{"dark grey #404040", 10.37, 27.1},
	{"reddish purple #b56492", 4.04, 53.0},
	{"vermillion #a13300", 7.03, 37.7},
	{"purple #451c75", 12.53, 21.5},
	{"sky blue #007bac", 4.74, 48.4},
};

static void test_formulas(void **state)
{
	(void)state;
	/* Black on white is 21:1, white on white 1:1; mid grey #777777 is
	 * 4,48:1 (WCAG's own example of "just below 4,5"). */
	double black[3] = {0, 0, 0}, white[3] = {1, 1, 1};
	double grey[3] = {0x77 / 255.0, 0x77 / 255.0, 0x77 / 255.0};
	assert_float_equal(contrast_on_white(luminance(black)), 21.0, 1e-9);
	assert_float_equal(contrast_on_white(luminance(white)), 1.0, 1e-9);
	assert_float_equal(contrast_on_white(luminance(grey)), 4.48, 0.005);
	assert_float_equal(lightness(luminance(white)), 100.0, 1e-9);
	assert_float_equal(lightness(0.18), 49.5, 0.05); /* 18 % grey card */
}

static void test_contrast_and_grey(void **state)
{
	(void)state;
	size_t n = palette_size();
	assert_int_equal(n, sizeof WANT / sizeof WANT[0]);
	double l[16];
	for (size_t s = 0; s < n; s++) {
		double rgb[3];
		palette_rgb(s, rgb);
		double y = luminance(rgb);
		double k = contrast_on_white(y);
		l[s] = lightness(y);
		print_message("series %zu %-24s contrast %5.2f:1  L* %4.1f\n",
			s, WANT[s].name, k, l[s]);
		assert_float_equal(k, WANT[s].contrast, 0.005);
		assert_float_equal(l[s], WANT[s].lstar, 0.05);
		assert_true(k >= 3.0);
	}
	/* Series s and s + 1 (cyclically: series 8 takes colour 0 again
	 * next to colour 7) differ clearly in grey. */
	for (size_t s = 0; s < n; s++) {
		double d = fabs(l[s] - l[(s + 1) % n]);
		if (d < 14)
			fail_msg("series %zu and %zu: %.1f L* apart", s,
				(s + 1) % n, d);
	}
	/* No two colours print as the same grey. */
	for (size_t a = 0; a < n; a++)
		for (size_t b = a + 1; b < n; b++)
			if (fabs(l[a] - l[b]) < 4.5)
				fail_msg("colours %zu and %zu: %.1f L* apart",
					a, b, fabs(l[a] - l[b]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_formulas),
		cmocka_unit_test(test_contrast_and_grey),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
