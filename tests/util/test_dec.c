/* struct dec: exact sums, exact ratios to 30 decimals, rounding on the
 * decimal digits (util/dec.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "util/dec.h"

static const char *str(struct dec d)
{
	static char buf[96];
	return dec_str(buf, sizeof buf, d);
}

static void test_from_double(void **state)
{
	(void)state;
	assert_string_equal(str(dec_from_double(0.1)), "0.1");
	assert_string_equal(str(dec_from_double(0.1 + 0.2)), "0.3");
	assert_string_equal(str(dec_from_double(0.29 * 100)), "29");
	assert_string_equal(str(dec_from_double(96.548)), "96.548");
	assert_string_equal(str(dec_from_double(-158.135)), "-158.135");
	assert_string_equal(str(dec_from_double(4698740544.0)), "4698740544");
	assert_string_equal(str(dec_from_double(1e20)),
		"100000000000000000000");
	assert_string_equal(str(dec_from_double(0)), "0");
	assert_false(dec_ok(dec_from_double(NAN)));
	assert_false(dec_ok(dec_from_double(INFINITY)));
	assert_true(dec_to_double(dec_make(96548, 3)) == 96.548);
	assert_true(isnan(dec_to_double(DEC_NONE)));
}

/* Sums of typed values are exact: no 0,30000000000000004. */
static void test_sums(void **state)
{
	(void)state;
	struct dec s = dec_int(0);
	for (int i = 0; i < 10; i++)
		s = dec_add(s, dec_make(1, 1));
	assert_int_equal(dec_cmp(s, dec_int(1)), 0);
	/* A sum keeps its operands' decimals. */
	assert_string_equal(str(dec_add(dec_make(3333, 2), dec_make(6667, 2))),
		"100.00");
	assert_string_equal(str(dec_sub(dec_make(100, 0), dec_make(5422, 2))),
		"45.78");
	assert_string_equal(str(dec_mul(dec_make(122, 2),
		dec_int(4000000000))), "4880000000");
	/* 999.999.999.999.999,999999 + 0,000001 = 10^15, exactly (a
	 * double cannot even hold the first). */
	struct dec big = dec_add(dec_int(999999999999999LL),
		dec_make(999999, 6));
	assert_string_equal(str(big), "999999999999999.999999");
	assert_string_equal(str(dec_trim(dec_add(big, dec_make(1, 6)))),
		"1000000000000000");
	assert_string_equal(str(dec_trim(dec_make(10850, 2))), "108.5");
}

/* Ratios: one rounding, at the 30th decimal, toward zero; every shown
 * rounding decided from them is the true value's. */
static void test_ratios(void **state)
{
	(void)state;
	struct dec c = dec_div(dec_int(7600), dec_int(70));
	assert_string_equal(str(c), "108.571428571428571428571428571428");
	assert_string_equal(str(dec_round(c, 2, ROUND_TRUNCATE)), "108.57");
	assert_string_equal(str(dec_round(c, 0, ROUND_TRUNCATE)), "108");
	assert_string_equal(str(dec_round(c, 2, ROUND_HALF_UP)), "108.57");
	/* Magetan Nilai SAKIP: 91,91 / 91,3 x 100 = 100,6681... */
	struct dec s = dec_div(dec_mul(dec_make(9191, 2), dec_int(100)),
		dec_make(913, 1));
	assert_string_equal(str(dec_round(s, 2, ROUND_TRUNCATE)), "100.66");
	assert_string_equal(str(dec_round(s, 2, ROUND_HALF_UP)), "100.67");
	/* An exact boundary stays one: 316,27 / 2 = 158,135. */
	struct dec h = dec_div(dec_make(31627, 2), dec_int(2));
	assert_string_equal(str(h), "158.135");
	assert_string_equal(str(dec_round(h, 2, ROUND_TRUNCATE)), "158.13");
	assert_string_equal(str(dec_round(h, 2, ROUND_HALF_UP)), "158.14");
	assert_string_equal(str(dec_div(dec_int(-1), dec_int(8))), "-0.125");
	assert_string_equal(str(dec_div(dec_int(2), dec_int(3))),
		"0.666666666666666666666666666666");
	assert_false(dec_ok(dec_div(dec_int(1), dec_int(0))));
	/* A large quotient keeps fewer decimals, never overflows. */
	struct dec q = dec_div(dec_int(999999999999999LL), dec_make(3, 6));
	assert_true(dec_ok(q));
	assert_string_equal(str(dec_round(q, 0, ROUND_TRUNCATE)),
		"333333333333333000000");
}

static void test_round_and_compare(void **state)
{
	(void)state;
	assert_string_equal(str(dec_round(dec_make(5, 1), 0, ROUND_HALF_UP)),
		"1");
	assert_string_equal(str(dec_round(dec_make(-5, 1), 0, ROUND_HALF_UP)),
		"-1");
	assert_string_equal(str(dec_round(dec_make(-5, 1), 0,
		ROUND_TRUNCATE)), "0");
	assert_string_equal(str(dec_round(dec_int(7), 3, ROUND_TRUNCATE)),
		"7.000");
	assert_int_equal(dec_cmp(dec_make(1000, 3), dec_int(1)), 0);
	assert_int_equal(dec_cmp(dec_make(999, 3), dec_int(1)), -1);
	assert_int_equal(dec_cmp(dec_int(2), dec_make(19999, 4)), 1);
	assert_int_equal(dec_sign(dec_make(-1, 30)), -1);
	/* Past 36 digits: no value, never a wrong one. */
	struct dec big = dec_mul(dec_make(999999999999999999LL, 0),
		dec_make(999999999999999999LL, 0));
	assert_true(dec_ok(big));
	assert_false(dec_ok(dec_mul(big, dec_int(10))));
	/* Two fine ratios multiplied: scale stays within 36 decimals. */
	struct dec r = dec_div(dec_int(1), dec_int(3));
	struct dec rr = dec_mul(r, r);
	assert_true(dec_ok(rr));
	assert_true(rr.scale <= DEC_DIGITS);
	assert_string_equal(str(dec_round(rr, 4, ROUND_TRUNCATE)), "0.1111");
	char buf[96];
	assert_string_equal(dec_str(buf, sizeof buf, dec_make(1, 36)),
		"0.000000000000000000000000000000000001");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_from_double),
		cmocka_unit_test(test_sums),
		cmocka_unit_test(test_ratios),
		cmocka_unit_test(test_round_and_compare),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
