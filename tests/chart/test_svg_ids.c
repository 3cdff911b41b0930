/* svg_local_ids (src/chart/svg_ids.c): Cairo's process-global ids renamed
 * in order of appearance, under a prefix taken from the chart's text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "chart/internal.h"

static char *local(const char *svg)
{
	size_t n = 0;
	unsigned char *out = svg_local_ids((const unsigned char *)svg,
		strlen(svg), &n);
	assert_non_null(out);
	assert_int_equal(strlen((char *)out), n);
	return (char *)out;
}

/* Worked by hand: glyph0-1 is the first id, surface5 the second; with
 * them as id1 and id2 the text's FNV-1a (64 bits) has 0x7df5d00a as its
 * upper half, hence the prefix. A name after "grid=" is no id, and an
 * unknown "#lain" or a lone '#' stays as it was. */
static void test_worked(void **state)
{
	(void)state;
	char *out = local("<svg><defs><g id=\"glyph0-1\"><path/></g>"
		"<g id=\"surface5\"/></defs><use xlink:href=\"#glyph0-1\" "
		"x=\"1\"/><rect grid=\"glyph0-1\" fill=\"url(#surface5)\"/>"
		"<a href=\"#lain\">#</a></svg>");
	assert_string_equal(out, "<svg><defs><g id=\"c7df5d00a-1\"><path/>"
		"</g><g id=\"c7df5d00a-2\"/></defs><use xlink:href="
		"\"#c7df5d00a-1\" x=\"1\"/><rect grid=\"glyph0-1\" "
		"fill=\"url(#c7df5d00a-2)\"/><a href=\"#lain\">#</a></svg>");
	free(out);
}

/* Three thousand ids (the hash table grows several times), referred to
 * in the reverse order: each reference gets its own definition's name. */
static void test_many(void **state)
{
	(void)state;
	enum { N = 3000 };
	size_t cap = (size_t)N * 64, len = 0;
	char *svg = malloc(cap);
	assert_non_null(svg);
	len += (size_t)snprintf(svg + len, cap - len, "<svg>");
	for (int i = 0; i < N; i++)
		len += (size_t)snprintf(svg + len, cap - len,
			"<g id=\"glyph%d-%d\"/>", i % 7, i);
	for (int i = N - 1; i >= 0; i--)
		len += (size_t)snprintf(svg + len, cap - len,
			"<use href=\"#glyph%d-%d\"/>", i % 7, i);
	snprintf(svg + len, cap - len, "</svg>");
	char *out = local(svg);
	const char *p = strstr(out, " id=\"");
	assert_non_null(p);
	const char *dash = strchr(p + 5, '-');
	assert_non_null(dash);
	int pl = (int)(dash + 1 - (p + 5)); /* "cXXXXXXXX-" */
	assert_int_equal(pl, 10);
	char want[64];
	const char *q = out;
	for (int i = 0; i < N; i++) {
		snprintf(want, sizeof want, " id=\"%.*s%d\"", pl, p + 5, i + 1);
		q = strstr(q, want);
		assert_non_null(q);
	}
	for (int i = N - 1; i >= 0; i--) {
		snprintf(want, sizeof want, "href=\"#%.*s%d\"", pl, p + 5,
			i + 1);
		q = strstr(q, want);
		assert_non_null(q);
	}
	assert_null(strstr(out, "glyph"));
	free(out);
	free(svg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_worked),
		cmocka_unit_test(test_many),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
