/* Strict UTF-8: what is refused, why, and where (line, column in
 * characters). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "util/utf8.h"

static void valid(const char *s)
{
	struct utf8_error e;
	if (!utf8_valid(s, strlen(s), &e))
		fail_msg("refused \"%s\": %s at %zu", s, e.why, e.offset);
}

static void refused(const char *s, const char *why, size_t offset, int line,
	int column, const char *bytes)
{
	struct utf8_error e;
	assert_false(utf8_valid(s, strlen(s), &e));
	assert_string_equal(e.why, why);
	assert_int_equal(e.offset, offset);
	assert_int_equal(e.line, line);
	assert_int_equal(e.column, column);
	assert_string_equal(e.bytes, bytes);
}

static void test_valid(void **state)
{
	(void)state;
	valid("");
	valid("Capaian 108,57\xc2\xa0%");               /* NBSP */
	valid("\xe2\x82\xac \xf0\x9f\x98\x80");          /* euro, emoji */
	valid("\xed\x9f\xbf \xee\x80\x80");              /* U+D7FF, U+E000 */
	valid("\xf4\x8f\xbf\xbf");                       /* U+10FFFF */
	assert_true(utf8_valid("a\0b", 3, NULL));        /* NUL: caller's */
}

static void test_refused(void **state)
{
	(void)state;
	refused("caf\xe9\n", "a character cut short", 3, 1, 4, "e9");
	refused("x\n\x80", "a byte that starts no character", 2, 2, 1, "80");
	refused("\xc0\xaf", "an overlong encoding", 0, 1, 1, "c0 af");
	refused("\xe0\x80\xaf", "an overlong encoding", 0, 1, 1, "e0 80 af");
	refused("\xf0\x80\x80\xaf", "an overlong encoding", 0, 1, 1,
		"f0 80 80 af");
	refused("\xc3\xa9\xed\xa0\x80", "an encoded UTF-16 surrogate", 2, 1, 2,
		"ed a0 80");
	refused("\xed\xbf\xbf", "an encoded UTF-16 surrogate", 0, 1, 1,
		"ed bf bf");
	refused("\xf4\x90\x80\x80", "a code point above U+10FFFF", 0, 1, 1,
		"f4 90 80 80");
	refused("\xf5\x80\x80\x80", "a code point above U+10FFFF", 0, 1, 1,
		"f5 80 80 80");
	refused("ab\xe2\x82", "a character cut short", 2, 1, 3, "e2 82");
	/* Legacy (Latin-1) looks: a lone high byte, a cut sequence. */
	struct utf8_error e;
	assert_false(utf8_valid("\xe9t\xe9", 3, &e));
	assert_true(e.legacy);
	assert_false(utf8_valid("\xed\xa0\x80", 3, &e));
	assert_false(e.legacy);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
