/* The number parser on every format of SPEC section 5, and the one
 * formatter every figure goes through. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
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
	/* A rate's unit holds digits: 78,56 per 100.000 live births. */
	v = parse_ok("78,56 per 100.000 KH", NUM_ID);
	assert_string_equal(v.unit, "per 100.000 KH");
	assert_true(fabs(v.value - 78.56) < 1e-12);
	/* but a digit in the first word is no unit: 1e400 is no number */
	assert_string_equal(parse_err("1e400", NUM_ID),
		"expected a number, found \"1e400\"");
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
		"the Indonesian convention (1.234,5): write \"85,14\", or "
		"declare angka: internasional");
	assert_string_equal(parse_err("98,95", NUM_EN),
		"\"98,95\" is written the Indonesian way but the file declares "
		"the international convention (1,234.5): write \"98.95\"");
	/* A percentage keeps its sign in the hint. */
	assert_string_equal(parse_err("84.37 %", NUM_ID),
		"\"84.37 %\" is written the international way but the file "
		"uses the Indonesian convention (1.234,5): write \"84,37 %\", or "
		"declare angka: internasional");
	assert_string_equal(parse_err("9.999.999.999.999.999", NUM_ID),
		"number too large: \"9.999.999.999.999.999\"");
	assert_string_equal(parse_err("\xe2\x89\xa5 80 %", NUM_ID),
		"expected a number, found \"\xe2\x89\xa5 80 %\": write the "
		"number alone; whether it is at least or at most is the "
		"indicator's polaritas (positif or negatif)");
	assert_string_equal(parse_err("<= 5", NUM_ID),
		"expected a number, found \"<= 5\": write the number alone; "
		"whether it is at least or at most is the indicator's polaritas "
		"(positif or negatif)");
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
	/* A negative number takes the minus sign U+2212, not a hyphen. */
	assert_string_equal(fmt(-10.5, 2, ROUND_HALF_UP, true),
		NUM_MINUS "10,5");
	assert_string_equal(fmt(-10.5, 2, ROUND_HALF_UP, true),
		"\xe2\x88\x92" "10,5");
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


/* ---- Exact decimals (issue 12) ---- */

/* A cell formatted at its own decimals, both number conventions. */
static const char *roundtrip(const char *cell, enum num_convention c,
	int decimals, enum num_rounding r)
{
	static char buf[96];
	struct num_value v = parse_ok(cell, c);
	return num_format_dec(buf, sizeof buf, v.exact,
		(struct num_style){decimals, r, false});
}

/* The two bugs of num_round's epsilon nudge (1e-12 x |x|): it invented
 * digits on large values. */
static void test_no_invented_digits(void **state)
{
	(void)state;
	assert_string_equal(fmt(4698740544.0, 3, ROUND_HALF_UP, false),
		"4.698.740.544,000");
	assert_string_equal(fmt(4698740544.0, 3, ROUND_TRUNCATE, false),
		"4.698.740.544,000");
	assert_string_equal(fmt(54815970217.0, 2, ROUND_HALF_UP, false),
		"54.815.970.217,00");
	assert_string_equal(fmt(54815970217.0, 2, ROUND_TRUNCATE, false),
		"54.815.970.217,00");
	assert_string_equal(roundtrip("54.815.970.217", NUM_ID, 2,
		ROUND_TRUNCATE), "54.815.970.217,00");
	assert_string_equal(roundtrip("4,698,740,544", NUM_EN, 3,
		ROUND_HALF_UP), "4.698.740.544,000");
	assert_true(num_round(54815970217.0, 2, ROUND_TRUNCATE) ==
		54815970217.0);
	assert_true(num_round(4698740544.0, 3, ROUND_HALF_UP) ==
		4698740544.0);
}

/* Truncate ("potong") and half-up decide on the decimal digits, right at
 * the boundary. */
static void test_boundary(void **state)
{
	(void)state;
	static const struct {
		const char *cell;
		int d;
		const char *potong, *naik;
	} B[] = {
		{"158,135", 2, "158,13", "158,14"},
		{"158,134999", 2, "158,13", "158,13"},
		{"96,548", 2, "96,54", "96,55"},
		{"96,545", 2, "96,54", "96,55"},
		{"2,675", 2, "2,67", "2,68"}, /* 2.67499999... as a double */
		{"1,005", 2, "1,00", "1,01"}, /* 1.00499999... as a double */
		{"0,5", 0, "0", "1"},
		{"-0,5", 0, "0", NUM_MINUS "1"},
		{"-158,135", 2, NUM_MINUS "158,13", NUM_MINUS "158,14"},
		{"108,571428", 0, "108", "109"},
		{"999,9995", 3, "999,999", "1.000,000"},
		{"999.999.999.999.999,5", 0, "999.999.999.999.999",
			"1.000.000.000.000.000"},
	};
	for (size_t i = 0; i < sizeof B / sizeof B[0]; i++) {
		assert_string_equal(roundtrip(B[i].cell, NUM_ID, B[i].d,
			ROUND_TRUNCATE), B[i].potong);
		assert_string_equal(roundtrip(B[i].cell, NUM_ID, B[i].d,
			ROUND_HALF_UP), B[i].naik);
	}
	/* The same through a double, where the cell fits in 15 digits. */
	assert_string_equal(fmt(158.135, 2, ROUND_TRUNCATE, false), "158,13");
	assert_string_equal(fmt(158.135, 2, ROUND_HALF_UP, false), "158,14");
	assert_string_equal(fmt(2.675, 2, ROUND_HALF_UP, false), "2,68");
	assert_string_equal(fmt(1.005, 2, ROUND_HALF_UP, false), "1,01");
	assert_string_equal(fmt(1.15 * 100, 0, ROUND_TRUNCATE, false), "115");
	/* Trailing zeros are digits: "1,10" stays "1,10" unless trimmed. */
	assert_string_equal(roundtrip("1,10", NUM_ID, 2, ROUND_HALF_UP),
		"1,10");
	assert_string_equal(fmt(1.1, 2, ROUND_HALF_UP, true), "1,1");
}

/* 0 to 10^15 with 0-6 decimals, written both ways: parsed exactly and
 * printed back the Indonesian way. */
static void test_range_both_conventions(void **state)
{
	(void)state;
	static const struct {
		const char *id, *en;
	} V[] = {
		{"0", "0"},
		{"0,000001", "0.000001"},
		{"7", "7"},
		{"1.234,56", "1,234.56"},
		{"999.999,999999", "999,999.999999"},
		{"1.000.000,5", "1,000,000.5"},
		{"4.606.584.325", "4,606,584,325"},
		{"123.456.789.012,345", "123,456,789,012.345"},
		{"999.999.999.999.999", "999,999,999,999,999"},
		{"999.999.999.999.999,999999", "999,999,999,999,999.999999"},
		{"100.000.000.000.000,12", "100,000,000,000,000.12"},
	};
	for (size_t i = 0; i < sizeof V / sizeof V[0]; i++) {
		struct num_value a = parse_ok(V[i].id, NUM_ID);
		struct num_value b = parse_ok(V[i].en, NUM_EN);
		assert_int_equal(dec_cmp(a.exact, b.exact), 0);
		assert_int_equal(a.exact.scale, b.exact.scale);
		char buf[96];
		for (int r = 0; r < 2; r++) {
			struct num_style st = {a.exact.scale, (enum num_rounding)r,
				false};
			assert_string_equal(num_format_dec(buf, sizeof buf,
				a.exact, st), V[i].id);
			assert_string_equal(num_format_dec(buf, sizeof buf,
				b.exact, st), V[i].id);
		}
	}
	assert_string_equal(parse_err("1.000.000.000.000.000", NUM_ID),
		"number too large: \"1.000.000.000.000.000\"");
	assert_string_equal(parse_err("1,000,000,000,000,000.5", NUM_EN),
		"number too large: \"1,000,000,000,000,000.5\"");
	/* 25 digits, just below the limit: kept exactly (shown to the 9
	 * decimals the formatter prints at most, truncated). */
	assert_string_equal(roundtrip("999.999.999.999.999,9999999999", NUM_ID,
		10, ROUND_TRUNCATE), "999.999.999.999.999,999999999");
}

/* digits (no grouping, no sign) written with grouping: sep between
 * thousands, dp before the last ndec digits. */
static void grouped(char *out, const char *digits, int ndec, char sep,
	char dp)
{
	int n = (int)strlen(digits), nint = n - ndec;
	size_t o = 0;
	for (int i = 0; i < nint; i++) {
		if (i > 0 && (nint - i) % 3 == 0)
			out[o++] = sep;
		out[o++] = digits[i];
	}
	if (ndec > 0) {
		out[o++] = dp;
		memcpy(out + o, digits + nint, (size_t)ndec);
		o += (size_t)ndec;
	}
	out[o] = '\0';
}

/* Every magnitude from 1 to 10^15 (and 0) with 0 to 6 decimals, in both
 * conventions: read exactly, printed back as typed, and rounded one
 * decimal shorter the SPEC's two ways, decided on the digits. Three
 * shapes per cell: 10^e + 0,55..5 (the kept digit goes 5 -> 6 half-up),
 * 10^e - 0,00..01 as 99..9,99..9 (half-up carries into a new digit), and
 * 0,00..0d. Written out for e = 3, d = 2: 1.000,55 -> 1.000,5 / 1.000,6;
 * 999,99 -> 999,9 / 1.000,0. */
static void test_magnitudes_decimals(void **state)
{
	(void)state;
	char dig[40], id[64], en[64], want[64], out[96];
	for (int e = 0; e <= 15; e++) {
		for (int d = 0; d <= 6; d++) {
			int n = 0;
			struct num_style tr = {d - 1, ROUND_TRUNCATE, false};
			struct num_style hu = {d - 1, ROUND_HALF_UP, false};
			/* 10^15 itself is past what a cell may hold (below
			 * 10^15): only the nines reach it. */
			if (e == 15)
				goto nines;
			/* 1 followed by e zeros, then d fives. */
			dig[n++] = '1';
			for (int i = 0; i < e; i++)
				dig[n++] = '0';
			for (int i = 0; i < d; i++)
				dig[n++] = '5';
			dig[n] = '\0';
			grouped(id, dig, d, '.', ',');
			grouped(en, dig, d, ',', '.');
			struct num_value a = parse_ok(id, NUM_ID);
			struct num_value b = parse_ok(en, NUM_EN);
			assert_int_equal(dec_cmp(a.exact, b.exact), 0);
			assert_int_equal(a.exact.scale, d);
			for (int r = 0; r < 2; r++) {
				struct num_style st = {d, (enum num_rounding)r,
					false};
				assert_string_equal(num_format_dec(out, sizeof out,
					a.exact, st), id);
				assert_string_equal(num_format_dec(out, sizeof out,
					b.exact, st), id);
			}
			if (d == 0)
				continue;
			/* One decimal fewer: truncate drops the last 5;
			 * half-up makes the digit before it one more (a 5, or
			 * the units digit 0 -> 1 when d = 1). */
			dig[n - 1] = '\0';
			grouped(want, dig, d - 1, '.', ',');
			assert_string_equal(num_format_dec(out, sizeof out, a.exact,
				tr), want);
			dig[n - 2] = (char)(dig[n - 2] + 1);
			grouped(want, dig, d - 1, '.', ',');
			assert_string_equal(num_format_dec(out, sizeof out, a.exact,
				hu), want);

nines:
			if (d == 0)
				continue;
			/* e nines (at least one) and d nines: half-up at d - 1
			 * carries to 10^e. */
			n = 0;
			for (int i = 0; i < (e ? e : 1) + d; i++)
				dig[n++] = '9';
			dig[n] = '\0';
			grouped(id, dig, d, '.', ',');
			grouped(en, dig, d, ',', '.');
			a = parse_ok(id, NUM_ID);
			b = parse_ok(en, NUM_EN);
			assert_int_equal(dec_cmp(a.exact, b.exact), 0);
			assert_string_equal(num_format_dec(out, sizeof out, b.exact,
				(struct num_style){d, ROUND_HALF_UP, false}), id);
			n = 0;
			dig[n++] = '1';
			for (int i = 0; i < (e ? e : 1) + d - 1; i++)
				dig[n++] = '0';
			dig[n] = '\0';
			grouped(want, dig, d - 1, '.', ',');
			assert_string_equal(num_format_dec(out, sizeof out, a.exact,
				hu), want);

			/* 0,00..07: below one unit of the last decimal but
			 * one, it rounds to zero either way, never "-0". */
			n = 0;
			dig[n++] = '0';
			for (int i = 0; i < d - 1; i++)
				dig[n++] = '0';
			dig[n++] = '7';
			dig[n] = '\0';
			grouped(id, dig, d, '.', ',');
			a = parse_ok(id, NUM_ID);
			assert_string_equal(num_format_dec(out, sizeof out, a.exact,
				(struct num_style){d, ROUND_TRUNCATE, false}), id);
			n = 0;
			for (int i = 0; i < d; i++)
				dig[n++] = '0';
			dig[n] = '\0';
			grouped(want, dig, d - 1, '.', ',');
			assert_string_equal(num_format_dec(out, sizeof out, a.exact,
				tr), want);
		}
	}
	/* Written out, the largest: 10^15 - 0,5 at 0 decimals. */
	assert_string_equal(roundtrip("999.999.999.999.999,5", NUM_ID, 0,
		ROUND_HALF_UP), "1.000.000.000.000.000");
	assert_string_equal(roundtrip("999,999,999,999,999.5", NUM_EN, 0,
		ROUND_TRUNCATE), "999.999.999.999.999");
	assert_string_equal(roundtrip("100.000.000.000.000,000001", NUM_ID, 6,
		ROUND_TRUNCATE), "100.000.000.000.000,000001");
	assert_string_equal(roundtrip("999.999.999.999.999,999995", NUM_ID, 5,
		ROUND_HALF_UP), "1.000.000.000.000.000,00000");
}

/* xorshift64*: deterministic, the same cases on every machine. */
static uint64_t rnd(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ULL;
}

/* A random decimal string, written with grouping (Indonesian into id,
 * international into en): up to 15 integer digits, 0-6 decimals, maybe
 * negative. */
static int random_number(uint64_t *s, char *id, char *en)
{
	int nint = 1 + (int)(rnd(s) % 15), ndec = (int)(rnd(s) % 7);
	char digits[32];
	for (int i = 0; i < nint; i++)
		digits[i] = (char)('0' + rnd(s) % 10);
	if (nint > 1 && digits[0] == '0')
		digits[0] = (char)('1' + rnd(s) % 9);
	bool neg = rnd(s) % 5 == 0;
	size_t a = 0, b = 0;
	if (neg && !(nint == 1 && digits[0] == '0')) {
		id[a++] = '-';
		en[b++] = '-';
	}
	for (int i = 0; i < nint; i++) {
		if (i > 0 && (nint - i) % 3 == 0) {
			id[a++] = '.';
			en[b++] = ',';
		}
		id[a++] = en[b++] = digits[i];
	}
	if (ndec > 0) {
		id[a++] = ',';
		en[b++] = '.';
		for (int i = 0; i < ndec; i++)
			id[a++] = en[b++] = (char)('0' + rnd(s) % 10);
	}
	id[a] = en[b] = '\0';
	return ndec;
}

/* Property: a random decimal string parsed and formatted at its own
 * decimals gives back the same string, under either rounding, from
 * either convention. 20 000 cases from a fixed seed. */
static void test_roundtrip_property(void **state)
{
	(void)state;
	uint64_t seed = 0x1a2b3c4d5e6f7081ULL;
	char id[64], en[64], out[96];
	for (int k = 0; k < 20000; k++) {
		int d = random_number(&seed, id, en);
		/* "-0,000" reads back as "0,000": zero has no sign. */
		bool negzero = id[0] == '-' && strspn(id + 1, "0,.") ==
			strlen(id + 1);
		/* A negative comes back with the minus sign U+2212. */
		char want[72];
		snprintf(want, sizeof want, "%s%s", id[0] == '-' && !negzero ?
			NUM_MINUS : "", id[0] == '-' ? id + 1 : id);
		struct num_value a = parse_ok(id, NUM_ID);
		struct num_value b = parse_ok(en, NUM_EN);
		for (int r = 0; r < 2; r++) {
			struct num_style st = {d, (enum num_rounding)r, false};
			num_format_dec(out, sizeof out, a.exact, st);
			if (strcmp(out, want) != 0)
				fail_msg("case %d: \"%s\" came back \"%s\"", k, id,
					out);
			num_format_dec(out, sizeof out, b.exact, st);
			if (strcmp(out, want) != 0)
				fail_msg("case %d: \"%s\" came back \"%s\"", k, en,
					out);
		}
		/* Through a double too, when the number has at most 15
		 * digits (DBL_DIG: what a double gives back exactly). */
		if (a.exact.m < 1000000000000000LL &&
			a.exact.m > -1000000000000000LL) {
			num_format(out, sizeof out, a.value,
				(struct num_style){d, ROUND_TRUNCATE, false});
			if (strcmp(out, want) != 0)
				fail_msg("case %d: \"%s\" as a double came back "
					"\"%s\"", k, id, out);
		}
	}
}

/* Typography of the formatter: en dash in ranges, U+2212 read back. */
static void test_dash_and_minus(void **state)
{
	(void)state;
	char b[96];
	assert_string_equal(num_format_years(b, sizeof b, 2024, 2026),
		"2024\xe2\x80\x93\xe2\x81\xa0" "2026");
	struct num_style st = {0, ROUND_HALF_UP, false};
	assert_string_equal(num_format_range_dec(b, sizeof b,
		dec_from_double(60), dec_from_double(80), st),
		"60" NUM_RANGE_DASH "80");
	st.decimals = 1;
	assert_string_equal(num_format_range_dec(b, sizeof b,
		dec_from_double(-5), dec_from_double(2.5), st),
		NUM_MINUS "5,0" NUM_NBSP NUM_EN_DASH " 2,5");
	/* What the formatter writes, the parser reads: a negative copied
	 * from the PDF into a CSV. */
	char err[128];
	struct num_value v;
	assert_int_equal(num_parse(NUM_MINUS "12,5", NUM_ID, &v, err,
		sizeof err), 0);
	assert_true(v.value == -12.5);
	assert_int_equal(num_parse(NUM_MINUS "1.234,5" NUM_NBSP "%", NUM_ID,
		&v, err, sizeof err), 0);
	assert_true(v.value == -1234.5);
	assert_true(v.percent);
	assert_int_equal(num_hint(NUM_MINUS "98,95"), NUM_ID);
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
		cmocka_unit_test(test_no_invented_digits),
		cmocka_unit_test(test_boundary),
		cmocka_unit_test(test_range_both_conventions),
		cmocka_unit_test(test_magnitudes_decimals),
		cmocka_unit_test(test_roundtrip_property),
		cmocka_unit_test(test_dash_and_minus),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
