/* Renders every chart kind and edge case to PNG at print size (160 mm x
 * 90 mm, 150 dpi) and at screen size (640 x 360 px), into
 * tests/artifacts/chart/ (git-ignored) for looking at, and checks each
 * is a real PNG of the expected pixel size. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "cases.h"
#include "chart/chart.h"
#include "util/path.h"

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
		(uint32_t)p[2] << 8 | p[3];
}

static void render(const struct named_chart *nc, const char *size, double w,
	double h, double scale)
{
	size_t len = 0;
	unsigned char *png = chart_png(nc->chart, w, h, scale, &len);
	assert_non_null(png);
	assert_true(len > 33);
	assert_memory_equal(png, "\x89PNG\r\n\x1a\n", 8);
	/* IHDR width and height. */
	assert_int_equal(be32(png + 16), (uint32_t)((int)(w * scale + 0.999)));
	assert_int_equal(be32(png + 20), (uint32_t)((int)(h * scale + 0.999)));
	char path[256];
	snprintf(path, sizeof path, "tests/artifacts/chart/%s-%s.png",
		nc->name, size);
	assert_int_equal(file_write_atomic(path, png, len), 0);
	free(png);
}

static void test_render_all(void **state)
{
	(void)state;
	for (size_t i = 0; i < N(all_charts); i++) {
		render(&all_charts[i], "print", PRINT_W, PRINT_H, 150 / 72.0);
		render(&all_charts[i], "screen", SCREEN_W, SCREEN_H, 96 / 72.0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_render_all),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
