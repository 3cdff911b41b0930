/* The number parser on every format of SPEC section 5, and the one
 * formatter every figure goes through. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "util/num.h"

static struct num_value parse_ok(const char *s, enum num_convention c)
{
	struct num_value v;
	char err[256] = "";
	int r = num_parse(s, c, &v, err, sizeof err);
	if (r != 0)
		fail_msg("\"%s\" failed: %s", s, err);
	return v;
}

static const char *parse_err(const char *s, enum num_convention c)
{
	static char err[256];
	struct num_value v;
	err[0] = '\0';
	assert_int_equal(num_parse(s, c, &v, err, sizeof err), -1);
	return err;
}

#define assert_value(s, conv, expect) do { \
	struct num_value v_ = parse_ok(s, conv); \
	assert_int_equal(v_.kind, NUM_VALUE); \
	if (fabs(v_.value - (expect)) > 1e-9) \
		fail_msg("\"%s\": got %.10g, want %.10g", s, v_.value, \
			(double)(expect)); \
} while (0)

static void test_indonesian(void **state)
{
	(void)state;
	assert_value("1.525.264.543", NUM_ID, 1525264543.0);
	assert_value("832.222,8", NUM_ID, 832222.8);
	assert_value("98,95", NUM_ID, 98.95);
	assert_value("1.525", NUM_ID, 1525);          /* declared: thousands */
	assert_value("1,525", NUM_ID, 1.525);
	assert_value("70", NUM_ID, 70);
	assert_value("-12,5", NUM_ID, -12.5);
	assert_value("Rp 28.000.000", NUM_ID, 28000000);
	assert_value("Rp. 3.297.585.325,00", NUM_ID, 3297585325.0);
	assert_value("  4.000.000.000 ", NUM_ID, 4e9);
}

static void test_international(void **state)
{
	(void)state;
	assert_value("1,449,077,200", NUM_EN, 1449077200.0);
	assert_value("85.14", NUM_EN, 85.14);
	assert_value("1.525", NUM_EN, 1.525);
	assert_value("1,525", NUM_EN, 1525);
}

static void test_undecided(void **state)
{
	(void)state;
	/* Cells only one convention can read settle themselves. */
	assert_value("98,95", NUM_UNDECIDED, 98.95);
	assert_value("85.14", NUM_UNDECIDED, 85.14);
	assert_value("1.525.264.543", NUM_UNDECIDED, 1525264543.0);
	assert_value("1,449,077,200", NUM_UNDECIDED, 1449077200.0);
	assert_value("70", NUM_UNDECIDED, 70);
	/* "1.525" reads as 1525 one way and 1,525 the other: an error. */
	assert_string_equal(parse_err("1.525", NUM_UNDECIDED),
		"ambiguous number \"1.525\": the file does not show whether '.' "
		"groups thousands or marks decimals; write it without grouping "
		"(1525 or 1,525) or declare the convention (angka: indonesia / "
		"internasional)");
	assert_non_null(strstr(parse_err("1,525", NUM_UNDECIDED), "ambiguous"));
}

static void test_hint(void **state)
{
	(void)state;
	assert_int_equal(num_hint("98,95"), NUM_ID);
	assert_int_equal(num_hint("1.234.567"), NUM_ID);
	assert_int_equal(num_hint("1.234,5"), NUM_ID);
	assert_int_equal(num_hint("85.14"), NUM_EN);
	assert_int_equal(num_hint("1,449,077,200"), NUM_EN);
	assert_int_equal(num_hint("70"), NUM_UNDECIDED);
	assert_int_equal(num_hint("1.525"), NUM_UNDECIDED);
}

static void test_percent_unit_empty(void **state)
{
	(void)state;
	struct num_value v = parse_ok("70%", NUM_ID);
	assert_true(v.percent);
	assert_true(fabs(v.value - 70) < 1e-12);
	v = parse_ok("108,57 %", NUM_ID);
	assert_true(v.percent);
	assert_true(fabs(v.value - 108.57) < 1e-12);
	v = parse_ok("3 UM", NUM_ID);
	assert_string_equal(v.unit, "UM");
	assert_true(fabs(v.value - 3) < 1e-12);
	assert_int_equal(parse_ok("", NUM_ID).kind, NUM_EMPTY);
	assert_int_equal(parse_ok("-", NUM_ID).kind, NUM_EMPTY);
	assert_int_equal(parse_ok("NIHIL", NUM_ID).kind, NUM_EMPTY);
	assert_int_equal(parse_ok("nihil", NUM_ID).kind, NUM_EMPTY);
	assert_int_equal(parse_ok("\xe2\x80\x93", NUM_ID).kind, NUM_EMPTY);
}

static void test_grade_and_range(void **state)
{
	(void)state;
	struct num_value v = parse_ok("BB (75)", NUM_ID);
	assert_int_equal(v.kind, NUM_GRADE);
	assert_string_equal(v.grade, "BB");
	assert_true(v.has_score);
	assert_true(fabs(v.value - 75) < 1e-12);
	v = parse_ok("A", NUM_ID);
	assert_int_equal(v.kind, NUM_GRADE);
	assert_false(v.has_score);
	v = parse_ok("60 - 80", NUM_ID);
	assert_int_equal(v.kind, NUM_RANGE);
	assert_true(fabs(v.value - 60) < 1e-12 && fabs(v.upper - 80) < 1e-12);
	v = parse_ok("2,5 s.d. 3,5 %", NUM_ID);
	assert_int_equal(v.kind, NUM_RANGE);
	assert_true(v.percent);
	assert_true(fabs(v.upper - 3.5) < 1e-12);
	assert_string_equal(parse_err("80 - 60", NUM_ID),
		"range \"80 - 60\" has its upper bound below its lower bound");
}

static void test_errors(void **state)
{
	(void)state;
	assert_string_equal(parse_err("tujuh puluh", NUM_ID),
		"expected a number, found \"tujuh puluh\"");
	assert_string_equal(parse_err("NaN", NUM_ID),
		"expected a number, found \"NaN\"");
	assert_string_equal(parse_err("inf", NUM_ID),
		"expected a number, found \"inf\"");
	assert_string_equal(parse_err("1.234,5,6", NUM_ID),
		"expected a number, found \"1.234,5,6\"");
	assert_string_equal(parse_err("85.14", NUM_ID),
		"\"85.14\" is written the international way but the file uses "
		"the Indonesian convention (1.234,5)");
	assert_string_equal(parse_err("98,95", NUM_EN),
		"\"98,95\" is written the Indonesian way but the file declares "
		"the international convention (1,234.5)");
	assert_string_equal(parse_err("9.999.999.999.999.999", NUM_ID),
		"number too large: \"9.999.999.999.999.999\"");
	assert_string_equal(parse_err("12 (3)", NUM_ID),
		"expected a number, found \"12 (3)\"");
}

static const char *fmt(double v, int d, enum num_rounding r, bool trim)
{
	static char buf[64];
	return num_format(buf, sizeof buf, v, (struct num_style){d, r, trim});
}

static void test_format(void **state)
{
	(void)state;
	assert_string_equal(fmt(1234567.891, 2, ROUND_HALF_UP, false),
		"1.234.567,89");
	assert_string_equal(fmt(76.0 / 70 * 100, 2, ROUND_HALF_UP, false),
		"108,57");
	assert_string_equal(fmt(76.0 / 70 * 100, 0, ROUND_TRUNCATE, false),
		"108");
	assert_string_equal(fmt(100.926, 2, ROUND_TRUNCATE, false), "100,92");
	assert_string_equal(fmt(96.548, 2, ROUND_HALF_UP, false), "96,55");
	assert_string_equal(fmt(0.29 * 100, 0, ROUND_TRUNCATE, false), "29");
	assert_string_equal(fmt(125000000, 2, ROUND_HALF_UP, false),
		"125.000.000,00");
	assert_string_equal(fmt(4606584325.0, 0, ROUND_HALF_UP, false),
		"4.606.584.325");
	assert_string_equal(fmt(-10.5, 2, ROUND_HALF_UP, true), "-10,5");
	assert_string_equal(fmt(-0.001, 2, ROUND_HALF_UP, false), "0,00");
	assert_string_equal(fmt(100, 2, ROUND_HALF_UP, true), "100");
	assert_string_equal(fmt(NAN, 2, ROUND_HALF_UP, false), "-");
	char buf[64];
	assert_string_equal(num_format_percent(buf, sizeof buf, 54.2229,
		(struct num_style){2, ROUND_HALF_UP, false}), "54,22" NUM_NBSP "%");
	assert_string_equal(num_format_rupiah(buf, sizeof buf, 28000000,
		(struct num_style){0, ROUND_HALF_UP, false}),
		"Rp" NUM_NBSP "28.000.000");
}

/* Chapters past XII go on (XIII, not I again), page numbers in lower case. */
static void test_roman(void **state)
{
	(void)state;
	static const struct { int n; const char *s; } R[] = {
		{1, "I"}, {4, "IV"}, {9, "IX"}, {12, "XII"}, {13, "XIII"},
		{14, "XIV"}, {16, "XVI"}, {17, "XVII"}, {40, "XL"}, {49, "XLIX"},
		{90, "XC"}, {400, "CD"}, {1994, "MCMXCIV"}, {3888, "MMMDCCCLXXXVIII"},
		{3999, "MMMCMXCIX"},
	};
	char buf[16];
	for (size_t i = 0; i < sizeof R / sizeof R[0]; i++) {
		assert_int_equal(num_roman(buf, sizeof buf, R[i].n, true), 0);
		assert_string_equal(buf, R[i].s);
	}
	assert_int_equal(num_roman(buf, sizeof buf, 14, false), 0);
	assert_string_equal(buf, "xiv");
	assert_int_equal(num_roman(buf, sizeof buf, 0, true), -1);
	assert_string_equal(buf, "");
	assert_int_equal(num_roman(buf, sizeof buf, 4000, true), -1);
	assert_int_equal(num_roman(buf, sizeof buf, -3, true), -1);
	/* "MMMDCCCLXXXVIII" needs 16 bytes: 15 do not hold it. */
	assert_int_equal(num_roman(buf, 15, 3888, true), -1);
	assert_string_equal(buf, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_indonesian),
		cmocka_unit_test(test_international),
		cmocka_unit_test(test_undecided),
		cmocka_unit_test(test_hint),
		cmocka_unit_test(test_percent_unit_empty),
		cmocka_unit_test(test_grade_and_range),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_roman),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
