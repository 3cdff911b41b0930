/* Terbilang: amounts written out in Indonesian, as on a Kata Pengantar or
 * a budget table ("dua miliar sembilan ratus lima puluh enam juta ...
 * rupiah"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "util/num.h"

static const char *rp(double v)
{
	static char buf[512];
	assert_int_equal(num_terbilang_rupiah(buf, sizeof buf, v), 0);
	return buf;
}

static const char *n(unsigned long long v)
{
	static char buf[512];
	assert_int_equal(num_terbilang(buf, sizeof buf, v), 0);
	return buf;
}

static void test_satuan_belasan_puluhan(void **state)
{
	(void)state;
	assert_string_equal(n(0), "nol");
	assert_string_equal(n(1), "satu");
	assert_string_equal(n(10), "sepuluh");
	assert_string_equal(n(11), "sebelas");
	assert_string_equal(n(12), "dua belas");
	assert_string_equal(n(19), "sembilan belas");
	assert_string_equal(n(20), "dua puluh");
	assert_string_equal(n(99), "sembilan puluh sembilan");
	assert_string_equal(n(100), "seratus");
	assert_string_equal(n(111), "seratus sebelas");
	assert_string_equal(n(250), "dua ratus lima puluh");
}

/* seribu, not "satu ribu"; but 1.001.000 is "satu juta seribu" and
 * 21.000 "dua puluh satu ribu". */
static void test_ribu(void **state)
{
	(void)state;
	assert_string_equal(n(1000), "seribu");
	assert_string_equal(n(1001), "seribu satu");
	assert_string_equal(n(1999), "seribu sembilan ratus sembilan puluh "
		"sembilan");
	assert_string_equal(n(2000), "dua ribu");
	assert_string_equal(n(21000), "dua puluh satu ribu");
	assert_string_equal(n(100000), "seratus ribu");
	assert_string_equal(n(101000), "seratus satu ribu");
	assert_string_equal(rp(1000), "seribu rupiah");
}

static void test_juta_miliar_triliun(void **state)
{
	(void)state;
	assert_string_equal(n(1000000), "satu juta");
	assert_string_equal(n(1001000), "satu juta seribu");
	assert_string_equal(rp(28000000), "dua puluh delapan juta rupiah");
	/* Magetan Tabel 3.9, Program Penunjang: Rp 3.297.585.325. */
	assert_string_equal(rp(3297585325.0), "tiga miliar dua ratus sembilan "
		"puluh tujuh juta lima ratus delapan puluh lima ribu tiga ratus "
		"dua puluh lima rupiah");
	assert_string_equal(n(1000000000ULL), "satu miliar");
	assert_string_equal(n(2956000000ULL), "dua miliar sembilan ratus lima "
		"puluh enam juta");
	assert_string_equal(n(1000000000000ULL), "satu triliun");
	assert_string_equal(n(999999999999999ULL), "sembilan ratus sembilan "
		"puluh sembilan triliun sembilan ratus sembilan puluh sembilan "
		"miliar sembilan ratus sembilan puluh sembilan juta sembilan "
		"ratus sembilan puluh sembilan ribu sembilan ratus sembilan "
		"puluh sembilan");
	char buf[512];
	assert_int_equal(num_terbilang(buf, sizeof buf, 1000000000000000ULL),
		-1);
}

static void test_sen(void **state)
{
	(void)state;
	assert_string_equal(rp(1000.50), "seribu rupiah lima puluh sen");
	assert_string_equal(rp(0.01), "nol rupiah satu sen");
	assert_string_equal(rp(14500000.25), "empat belas juta lima ratus ribu "
		"rupiah dua puluh lima sen");
	/* 0,1 is ten sen, and no sen at all for whole amounts. */
	assert_string_equal(rp(5.10), "lima rupiah sepuluh sen");
	assert_string_equal(rp(0), "nol rupiah");
}

static void test_salah(void **state)
{
	(void)state;
	char buf[16];
	assert_int_equal(num_terbilang_rupiah(buf, sizeof buf, -1), -1);
	/* Too small a buffer: an error, not a cut word. */
	assert_int_equal(num_terbilang_rupiah(buf, sizeof buf, 3297585325.0),
		-1);
}

/* A figure in words as the formatter prints it (num_terbilang_dec):
 * rounded first in the report's style, then read digit by digit after
 * "koma"; the short form of money (num_format_rupiah_singkat_dec). */
static const char *kata(struct dec d, int decimals, enum num_rounding r,
	bool trim)
{
	static char buf[512];
	assert_int_equal(num_terbilang_dec(buf, sizeof buf, d,
		(struct num_style){decimals, r, trim}), 0);
	return buf;
}

static void test_dec(void **state)
{
	(void)state;
	/* 76 / 70 x 100 = 108,571428...: truncated to 2 decimals (potong),
	 * as Magetan prints it. */
	assert_string_equal(kata(dec_div(dec_int(7600), dec_int(70)), 2,
		ROUND_TRUNCATE, false), "seratus delapan koma lima tujuh");
	/* Half-up, 96,548 -> 96,55. */
	assert_string_equal(kata(dec_make(96548, 3), 2, ROUND_HALF_UP, false),
		"sembilan puluh enam koma lima lima");
	/* A zero after the comma is read "nol": 101,05. */
	assert_string_equal(kata(dec_make(10105, 2), 2, ROUND_HALF_UP, false),
		"seratus satu koma nol lima");
	/* A count: 726 (Jombang's koperasi aktif). */
	assert_string_equal(kata(dec_int(726), 0, ROUND_HALF_UP, false),
		"tujuh ratus dua puluh enam");
	/* 100,00 trimmed is 100; 108,50 trimmed is 108,5. */
	assert_string_equal(kata(dec_make(10000, 2), 2, ROUND_HALF_UP, true),
		"seratus");
	assert_string_equal(kata(dec_make(10850, 2), 2, ROUND_HALF_UP, true),
		"seratus delapan koma lima");
	/* 12 -> 0: a fall of 12. */
	assert_string_equal(kata(dec_int(-12), 0, ROUND_HALF_UP, false),
		"minus dua belas");
	/* 13.128 grouped by the formatter, read as one number. */
	assert_string_equal(kata(dec_int(13128), 0, ROUND_HALF_UP, false),
		"tiga belas ribu seratus dua puluh delapan");
	char buf[16];
	assert_int_equal(num_terbilang_dec(buf, sizeof buf, DEC_NONE,
		(struct num_style){0, ROUND_HALF_UP, false}), -1);
	assert_int_equal(num_terbilang_dec(buf, sizeof buf, dec_int(726),
		(struct num_style){0, ROUND_HALF_UP, false}), -1); /* too small */
	assert_int_equal(num_terbilang_dec(buf, 0, dec_int(1),
		(struct num_style){0, ROUND_HALF_UP, false}), -1);
}

static const char *singkat(long long rupiah)
{
	static char buf[64];
	return num_format_rupiah_singkat_dec(buf, sizeof buf, dec_int(rupiah),
		(struct num_style){0, ROUND_HALF_UP, false});
}

static void test_singkat(void **state)
{
	(void)state;
	/* Magetan's pagu awal 4.606.584.325: 4,606... -> 4,6 miliar. */
	assert_string_equal(singkat(4606584325LL), "Rp\u00A04,6 miliar");
	/* 4,25 rounds half-up to 4,3; 5,0 is written 5. */
	assert_string_equal(singkat(4250000000LL), "Rp\u00A04,3 miliar");
	assert_string_equal(singkat(5000000000LL), "Rp\u00A05 miliar");
	assert_string_equal(singkat(32694150), "Rp\u00A032,7 juta");
	assert_string_equal(singkat(1200000000000LL), "Rp\u00A01,2 triliun");
	/* 999.950.000 is 0,99995 miliar, 1,0 rounded: "Rp 1 miliar", not
	 * "Rp 1.000 juta"; 949.000.000 is 0,9 miliar: in juta. */
	assert_string_equal(singkat(999950000), "Rp\u00A01 miliar");
	assert_string_equal(singkat(949000000), "Rp\u00A0949 juta");
	/* Below a million: in full. */
	assert_string_equal(singkat(750000), "Rp\u00A0750.000");
	assert_string_equal(singkat(-2500000), "Rp\u00A0\u22122,5 juta");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_satuan_belasan_puluhan),
		cmocka_unit_test(test_ribu),
		cmocka_unit_test(test_juta_miliar_triliun),
		cmocka_unit_test(test_sen),
		cmocka_unit_test(test_salah),
		cmocka_unit_test(test_dec),
		cmocka_unit_test(test_singkat),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
