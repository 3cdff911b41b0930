/* Calendar dates typed in laporan.yaml: only real dates pass. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "util/date.h"

static void test_days_in_month(void **state)
{
	(void)state;
	assert_int_equal(date_days_in_month(2025, 1), 31);
	assert_int_equal(date_days_in_month(2025, 2), 28);
	assert_int_equal(date_days_in_month(2024, 2), 29);
	assert_int_equal(date_days_in_month(2100, 2), 28); /* not leap */
	assert_int_equal(date_days_in_month(2000, 2), 29); /* leap */
	assert_int_equal(date_days_in_month(2025, 4), 30);
	assert_int_equal(date_days_in_month(2025, 12), 31);
	assert_int_equal(date_days_in_month(2025, 0), 0);
	assert_int_equal(date_days_in_month(2025, 13), 0);
}

static void test_parse(void **state)
{
	(void)state;
	int y = 0, m = 0, d = 0;
	assert_true(date_parse_iso("2025-02-14", &y, &m, &d));
	assert_int_equal(y, 2025);
	assert_int_equal(m, 2);
	assert_int_equal(d, 14);
	assert_true(date_parse_iso("2024-02-29", &y, &m, &d));
	assert_true(date_parse_iso("2025-12-31", &y, &m, &d));
	static const char *const bad[] = {"2025-02-31", "2025-02-29",
		"2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00",
		"2025-2-14", "25-02-14", "2025-02-14x", "2025/02/14",
		"2025-02-1a", "", " 2025-02-14", "14-02-2025"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (date_parse_iso(bad[i], &y, &m, &d))
			fail_msg("\"%s\" accepted", bad[i]);
	assert_false(date_parse_iso(NULL, &y, &m, &d));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_days_in_month),
		cmocka_unit_test(test_parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
