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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_satuan_belasan_puluhan),
		cmocka_unit_test(test_ribu),
		cmocka_unit_test(test_juta_miliar_triliun),
		cmocka_unit_test(test_sen),
		cmocka_unit_test(test_salah),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
