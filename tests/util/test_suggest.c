/* "Did you mean": a typo gets the near name, a different word none. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "util/suggest.h"

static void test_nearest(void **state)
{
	(void)state;
	static const char *const ids[] = {"kata-pengantar", "ikhtisar",
		"bab-1", "bab-2", "bab-3", "bab-4", "lampiran"};
	size_t n = sizeof ids / sizeof ids[0];
	assert_string_equal(suggest_nearest("bab3", ids, n), "bab-3");
	assert_string_equal(suggest_nearest("ihktisar", ids, n), "ikhtisar");
	assert_string_equal(suggest_nearest("lampiran-x", ids, n), "lampiran");
	assert_string_equal(suggest_nearest("kata_pengantar", ids, n),
		"kata-pengantar");
	assert_null(suggest_nearest("penutupan", ids, n));
	assert_null(suggest_nearest("x", ids, n));
	assert_null(suggest_nearest("bab-3", NULL, 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nearest),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
