/* fixed_format writes what glibc's printf writes ("%.Nf"), and lkjip's
 * __snprintf_chk (src/cli/snprintf_chk.c), through which Cairo prints the
 * numbers of every PDF page and SVG, gives glibc's bytes for every format.
 * This file is built without _FORTIFY_SOURCE: its snprintf is glibc's. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "util/fixed.h"

int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen,
	const char *fmt, ...);

static const char *fx(double d, int prec)
{
	static char buf[FIXED_MAX];
	if (fixed_format(buf, d, prec) < 0)
		return "(printf)";
	return buf;
}

/* Worked examples, the expected text written out. */
static void test_examples(void **state)
{
	(void)state;
	assert_string_equal(fx(0, 6), "0.000000");
	assert_string_equal(fx(-0.0, 6), "-0.000000");
	assert_string_equal(fx(453.543307, 6), "453.543307");
	assert_string_equal(fx(-5.15625, 6), "-5.156250");
	assert_string_equal(fx(841.8898, 3), "841.890");
	assert_string_equal(fx(12, 0), "12");
	/* Exact ties go to the even digit (glibc in the default mode). */
	assert_string_equal(fx(0.5, 0), "0");
	assert_string_equal(fx(1.5, 0), "2");
	assert_string_equal(fx(2.5, 0), "2");
	assert_string_equal(fx(0.125, 2), "0.12");
	assert_string_equal(fx(0.375, 2), "0.38");
	assert_string_equal(fx(-0.0000005, 6), "-0.000000");
	/* Not ties: the binary value of 0.35 is below 0.35, of 2.675 too. */
	assert_string_equal(fx(0.35, 1), "0.3");
	assert_string_equal(fx(2.675, 2), "2.67");
	assert_string_equal(fx(1.0000005, 6), "1.000001");
	/* The binary value's digits, as printf shows them. */
	assert_string_equal(fx(0.1, 18), "0.100000000000000006");
	assert_string_equal(fx(0.0859375, 18), "0.085937500000000000");
	assert_string_equal(fx(5e-324, 18), "0.000000000000000000");
	assert_string_equal(fx(999999999999999.0, 1), "999999999999999.0");
	assert_string_equal(fx(0.9999999, 6), "1.000000");
	/* Left to printf. */
	assert_string_equal(fx(1e15, 6), "(printf)");
	assert_string_equal(fx(-1e300, 6), "(printf)");
	assert_string_equal(fx(NAN, 6), "(printf)");
	assert_string_equal(fx(INFINITY, 6), "(printf)");
	assert_string_equal(fx(1, 19), "(printf)");
	assert_string_equal(fx(1, -1), "(printf)");
}

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* A double of any bits, of a random magnitude up to 1e15, or a short
 * binary fraction (what Cairo prints: 1/64ths, 1/256ths of a point). */
static double any(void)
{
	for (;;) {
		uint64_t r = next();
		double d;
		switch (r % 3) {
		case 0:
			memcpy(&d, &r, sizeof d);
			break;
		case 1:
			d = (double)(int64_t)(next() % 2000000 - 1000000) /
			    (double)(1 << (next() % 20));
			break;
		default:
			d = ldexp((double)(next() >> 11), (int)(next() % 120) - 150);
			if (next() & 1)
				d = -d;
		}
		if (isfinite(d) && fabs(d) < 1e15)
			return d;
	}
}

/* Against glibc, many values at every precision. */
static void test_against_printf(void **state)
{
	(void)state;
	char want[512], got[FIXED_MAX];
	for (int i = 0; i < 400000; i++) {
		double d = any();
		int prec = (int)(next() % 19);
		snprintf(want, sizeof want, "%.*f", prec, d);
		assert_true(fixed_format(got, d, prec) >= 0);
		if (strcmp(want, got) != 0)
			fail_msg("%a at %d: printf %s, fixed %s", d, prec, want,
			    got);
	}
}

/* What Cairo calls: the formats fixed_format serves and the others, a
 * buffer too short (the length that would have been written), maxlen 0. */
static void test_snprintf_chk(void **state)
{
	(void)state;
	char a[64], b[64];
	for (int i = 0; i < 20000; i++) {
		double d = any();
		int k = (int)(next() % 19), v = (int)next();
		long l = (long)next();
		memset(a, 'x', sizeof a);
		memset(b, 'x', sizeof b);
		assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a, "%f",
		    d), snprintf(b, sizeof b, "%f", d));
		assert_memory_equal(a, b, sizeof a);
		assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a,
		    "%.*f", k, d), snprintf(b, sizeof b, "%.*f", k, d));
		assert_memory_equal(a, b, sizeof a);
		assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a,
		    "%.18f", d), snprintf(b, sizeof b, "%.18f", d));
		assert_memory_equal(a, b, sizeof a);
		assert_int_equal(__snprintf_chk(a, 5, 1, sizeof a, "%.3f", d),
		    snprintf(b, 5, "%.3f", d));
		assert_memory_equal(a, b, sizeof a);
		assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a,
		    "%.12f", d), snprintf(b, sizeof b, "%.12f", d));
		assert_memory_equal(a, b, sizeof a);
		/* Formats left to glibc: no precision digit, a width. */
		assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a,
		    "%.f", d), snprintf(b, sizeof b, "%.f", d));
		assert_memory_equal(a, b, sizeof a);
		assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a,
		    "%12f", d), snprintf(b, sizeof b, "%12f", d));
		assert_memory_equal(a, b, sizeof a);
		assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a, "%d",
		    v), snprintf(b, sizeof b, "%d", v));
		assert_memory_equal(a, b, sizeof a);
		assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a,
		    "%ld", l), snprintf(b, sizeof b, "%ld", l));
		assert_memory_equal(a, b, sizeof a);
	}
	/* Ends of the range, and formats printf keeps. */
	assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a, "%d",
	    -2147483647 - 1), 11);
	assert_string_equal(a, "-2147483648");
	assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a, "%f",
	    1e20), 28);
	assert_string_equal(a, "100000000000000000000.000000");
	assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a, "%.*f", -1,
	    0.5), 8);
	assert_string_equal(a, "0.500000");
	assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a, "%04x %s",
	    255, "ok"), 7);
	assert_string_equal(a, "00ff ok");
	assert_int_equal(__snprintf_chk(a, sizeof a, 1, sizeof a, "x%f", 1.0),
	    9);
	assert_string_equal(a, "x1.000000");
	memset(a, 'x', sizeof a);
	assert_int_equal(__snprintf_chk(a, 0, 1, sizeof a, "%f", 2.0), 8);
	assert_int_equal(a[0], 'x');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_examples),
		cmocka_unit_test(test_against_printf),
		cmocka_unit_test(test_snprintf_chk),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
