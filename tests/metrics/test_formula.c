/* The pure formulas of SPEC section 3, each with a worked example whose
 * numbers are written out (most from the Magetan LKjIP 2024). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "metrics/metrics.h"

/* cmocka's assert_float_equal works in float (7 digits): useless for
 * rupiah and for 1e-9 checks. Doubles, with the expression named. */
#define assert_near(a, b, eps) do { \
	double a_ = (a), b_ = (b); \
	if (!(fabs(a_ - b_) <= (eps))) \
		fail_msg("%s = %.15g, expected %.15g", #a, a_, b_); \
} while (0)

#define EPS 1e-9

static struct nilai N(double v)
{
	struct nilai n = {0};
	n.ada = true;
	n.v = v;
	return n;
}

static struct nilai RANGE(double lo, double hi)
{
	struct nilai n = N(lo);
	n.is_rentang = true;
	n.v_atas = hi;
	return n;
}

static struct nilai GRADE(const char *g)
{
	struct nilai n = {0};
	n.ada = true;
	n.grade = g;
	n.teks = g;
	return n;
}

static double cap(enum polaritas p, struct nilai t, struct nilai r)
{
	double out = -12345;
	assert_int_equal(capaian_hitung(p, &t, &r, NULL, &out), CAPAIAN_OK);
	return out;
}

/* Magetan Tabel 3.2: Persentase Koperasi Sehat T 70 %, R 76 % -> 108,57 %
 * (published truncated to 108); UM naik kelas T 2, R 3 -> 150 %. */
static void test_positif(void **state)
{
	(void)state;
	assert_near(cap(POLARITAS_POSITIF, N(70), N(76)),
		108.571428571428571, EPS);
	assert_near(cap(POLARITAS_POSITIF, N(2), N(3)), 150, EPS);
	/* Below the target: 55 / 70 = 78,571... */
	assert_near(cap(POLARITAS_POSITIF, N(70), N(55)),
		78.571428571428571, EPS);
	assert_near(cap(POLARITAS_POSITIF, N(70), N(70)), 100, EPS);
	/* Magetan 2022, IKM: 81,75 / 81 = 100,925925...: printed 100,92. */
	double c = cap(POLARITAS_POSITIF, N(81), N(81.75));
	assert_near(c, 100.925925925925926, EPS);
	assert_near(num_round(c, 2, ROUND_TRUNCATE), 100.92, EPS);
}

/* Lower is better, PermenPAN-RB: (2T - R) / T x 100. T 10 complaints. */
static void test_negatif(void **state)
{
	(void)state;
	assert_near(cap(POLARITAS_NEGATIF, N(10), N(8)), 120, EPS);
	assert_near(cap(POLARITAS_NEGATIF, N(10), N(12)), 80, EPS);
	assert_near(cap(POLARITAS_NEGATIF, N(10), N(10)), 100, EPS);
	/* Poverty rate T 9,5 %, R 9,12 %: (19 - 9,12) / 9,5 = 104 %. */
	assert_near(cap(POLARITAS_NEGATIF, N(9.5), N(9.12)), 104, EPS);
	/* R twice the target or worse: 0 and below, not clamped. */
	assert_near(cap(POLARITAS_NEGATIF, N(10), N(25)), -50, EPS);
}

/* The alternative form T / R x 100. */
static void test_negatif_rasio(void **state)
{
	(void)state;
	assert_near(cap(POLARITAS_NEGATIF_RASIO, N(10), N(8)), 125, EPS);
	assert_near(cap(POLARITAS_NEGATIF_RASIO, N(10), N(12)),
		83.333333333333333, EPS);
	struct nilai t = N(10), r = N(0);
	double out = -1;
	assert_int_equal(capaian_hitung(POLARITAS_NEGATIF_RASIO, &t, &r, NULL,
		&out), CAPAIAN_REALISASI_NOL);
	assert_near(out, -1, 0);
}

/* Target band 60 - 80: inside 100; above, the upper bound as a ceiling
 * ((2 x 80 - R) / 80); below, the lower bound as a floor (R / 60). */
static void test_rentang(void **state)
{
	(void)state;
	assert_near(cap(POLARITAS_RENTANG, RANGE(60, 80), N(70)), 100,
		EPS);
	assert_near(cap(POLARITAS_RENTANG, RANGE(60, 80), N(60)), 100,
		EPS);
	assert_near(cap(POLARITAS_RENTANG, RANGE(60, 80), N(80)), 100,
		EPS);
	assert_near(cap(POLARITAS_RENTANG, RANGE(60, 80), N(90)), 87.5,
		EPS);
	assert_near(cap(POLARITAS_RENTANG, RANGE(60, 80), N(45)), 75,
		EPS);
	/* A band with lower bound 0 and R below it cannot happen; with R
	 * above a zero upper bound it is not computable. */
	struct nilai t = RANGE(0, 0), r = N(1);
	double out;
	assert_int_equal(capaian_hitung(POLARITAS_RENTANG, &t, &r, NULL, &out),
		CAPAIAN_TARGET_NOL);
}

static void test_kualitatif(void **state)
{
	(void)state;
	struct grade_skor g[] = {{"AA", 100}, {"A", 90}, {"BB", 80}, {"B", 70}};
	struct report_meta m = {0};
	m.grade = g;
	m.ngrade = 4;
	struct nilai t = GRADE("BB"), r = GRADE("A");
	double out = 0;
	assert_int_equal(capaian_hitung(POLARITAS_KUALITATIF, &t, &r, &m, &out),
		CAPAIAN_OK);
	assert_near(out, 112.5, EPS); /* 90 / 80 */
	r = GRADE("b"); /* grades compare case-insensitively */
	assert_int_equal(capaian_hitung(POLARITAS_KUALITATIF, &t, &r, &m, &out),
		CAPAIAN_OK);
	assert_near(out, 87.5, EPS); /* 70 / 80 */
	/* "CC" is not in the mapping: never guessed. */
	r = GRADE("CC");
	out = -1;
	assert_int_equal(capaian_hitung(POLARITAS_KUALITATIF, &t, &r, &m, &out),
		CAPAIAN_GRADE_TAK_DIKENAL);
	assert_near(out, -1, 0);
	/* No mapping at all. */
	r = GRADE("A");
	assert_int_equal(capaian_hitung(POLARITAS_KUALITATIF, &t, &r, NULL,
		&out), CAPAIAN_GRADE_TAK_DIKENAL);
}

/* T = 0: "not computable", *out untouched, never a division. */
static void test_target_nol_dan_kosong(void **state)
{
	(void)state;
	enum polaritas all[] = {POLARITAS_POSITIF, POLARITAS_NEGATIF,
		POLARITAS_NEGATIF_RASIO};
	for (size_t i = 0; i < 3; i++) {
		struct nilai t = N(0), r = N(5);
		double out = -7;
		assert_int_equal(capaian_hitung(all[i], &t, &r, NULL, &out),
			CAPAIAN_TARGET_NOL);
		assert_near(out, -7, 0);
	}
	struct nilai t = N(70), kosong = {0};
	double out = -7;
	assert_int_equal(capaian_hitung(POLARITAS_POSITIF, &t, &kosong, NULL,
		&out), CAPAIAN_TANPA_DATA);
	assert_int_equal(capaian_hitung(POLARITAS_POSITIF, &kosong, &t, NULL,
		&out), CAPAIAN_TANPA_DATA);
	assert_near(out, -7, 0);
}

/* ---- Predicate scales, built by hand as docs/content-format.md lists
 * the presets; each band edge checked on both sides. ---- */

#define BAND(n, hmin, mi, mn, hmax, ma, mx) \
	{n, NULL, hmin, mi, mn, hmax, ma, mx, {0}, NULL}

static const char *pred(const struct predikat_skala *s, double c)
{
	const struct predikat_band *b = predikat_cari(s, c);
	return b ? b->nama : "(none)";
}

static void test_predikat_magetan(void **state)
{
	(void)state;
	struct predikat_band b[] = {
		BAND("Sangat Berhasil", true, true, 100, false, false, 0),
		BAND("Berhasil", true, true, 75, true, false, 100),
		BAND("Cukup Berhasil", true, true, 55, true, false, 75),
		BAND("Kurang Berhasil", false, false, 0, true, false, 55),
	};
	struct predikat_skala s = {.nama = "magetan", .band = b, .nband = 4};
	assert_string_equal(pred(&s, 150), "Sangat Berhasil");
	assert_string_equal(pred(&s, 100), "Sangat Berhasil");
	assert_string_equal(pred(&s, 99.999), "Berhasil");
	assert_string_equal(pred(&s, 75), "Berhasil");
	assert_string_equal(pred(&s, 74.999), "Cukup Berhasil");
	assert_string_equal(pred(&s, 55), "Cukup Berhasil");
	assert_string_equal(pred(&s, 54.999), "Kurang Berhasil");
	assert_string_equal(pred(&s, 0), "Kurang Berhasil");
	assert_string_equal(pred(&s, -20), "Kurang Berhasil");
	assert_null(predikat_cari(&s, NAN));
}

static void test_predikat_permendagri(void **state)
{
	(void)state;
	struct predikat_band b[] = {
		BAND("Sangat Tinggi", true, false, 90, false, false, 0),
		BAND("Tinggi", true, false, 75, true, true, 90),
		BAND("Sedang", true, false, 65, true, true, 75),
		BAND("Rendah", true, false, 50, true, true, 65),
		BAND("Sangat Rendah", false, false, 0, true, true, 50),
	};
	struct predikat_skala s = {.nama = "permendagri", .band = b, .nband = 5};
	assert_string_equal(pred(&s, 90.1), "Sangat Tinggi");
	assert_string_equal(pred(&s, 90.05), "Sangat Tinggi"); /* the gap the
		published ">= 90,1" leaves is closed */
	assert_string_equal(pred(&s, 90), "Tinggi");
	assert_string_equal(pred(&s, 75.1), "Tinggi");
	assert_string_equal(pred(&s, 75), "Sedang");
	assert_string_equal(pred(&s, 65.1), "Sedang");
	assert_string_equal(pred(&s, 65), "Rendah");
	assert_string_equal(pred(&s, 50.1), "Rendah");
	assert_string_equal(pred(&s, 50), "Sangat Rendah");
	assert_string_equal(pred(&s, 0), "Sangat Rendah");
}

static void test_predikat_jombang(void **state)
{
	(void)state;
	struct predikat_band b[] = {
		BAND("Istimewa", true, false, 110, false, false, 0),
		BAND("Baik", true, false, 90, true, true, 110),
		BAND("Butuh Perbaikan", true, false, 70, true, true, 90),
		BAND("Kurang", true, false, 50, true, true, 70),
		BAND("Sangat Kurang", false, false, 0, true, true, 50),
	};
	struct predikat_skala s = {.nama = "jombang", .band = b, .nband = 5};
	assert_string_equal(pred(&s, 125), "Istimewa"); /* > 120 resolved */
	assert_string_equal(pred(&s, 110.01), "Istimewa");
	assert_string_equal(pred(&s, 110), "Baik");
	assert_string_equal(pred(&s, 90.01), "Baik");
	assert_string_equal(pred(&s, 90), "Butuh Perbaikan");
	assert_string_equal(pred(&s, 85), "Butuh Perbaikan"); /* the 80-90
		gap of the published table */
	assert_string_equal(pred(&s, 70.01), "Butuh Perbaikan");
	assert_string_equal(pred(&s, 70), "Kurang");
	assert_string_equal(pred(&s, 50.01), "Kurang");
	assert_string_equal(pred(&s, 50), "Sangat Kurang");
}

/* A scale with a gap returns no band rather than falling through. */
static void test_predikat_celah(void **state)
{
	(void)state;
	struct predikat_band b[] = {
		BAND("Tinggi", true, true, 90, false, false, 0),
		BAND("Rendah", false, false, 0, true, true, 80),
	};
	struct predikat_skala s = {.nama = "kustom", .band = b, .nband = 2};
	assert_null(predikat_cari(&s, 85));
	assert_string_equal(pred(&s, 80), "Rendah");
	assert_string_equal(pred(&s, 90), "Tinggi");
}

/* The model's presets (model_skala_preset), each sound by
 * model_skala_check, each edge on both sides. */
static void test_predikat_preset(void **state)
{
	(void)state;
	static const struct {
		const char *preset;
		double c;
		const char *nama;
	} kasus[] = {
		{"magetan", 1000, "Sangat Berhasil"},
		{"magetan", 100, "Sangat Berhasil"},
		{"magetan", 99.9999, "Berhasil"},
		{"magetan", 75, "Berhasil"},
		{"magetan", 74.9999, "Cukup Berhasil"},
		{"magetan", 55, "Cukup Berhasil"},
		{"magetan", 54.9999, "Kurang Berhasil"},
		{"magetan", 0, "Kurang Berhasil"},
		{"permendagri", 90.0001, "Sangat Tinggi"},
		{"permendagri", 90, "Tinggi"},
		{"permendagri", 75.0001, "Tinggi"},
		{"permendagri", 75, "Sedang"},
		{"permendagri", 65.0001, "Sedang"},
		{"permendagri", 65, "Rendah"},
		{"permendagri", 50.0001, "Rendah"},
		{"permendagri", 50, "Sangat Rendah"},
		{"permendagri", 0, "Sangat Rendah"},
		{"jombang", 150, "Istimewa (Sangat Berhasil)"},
		{"jombang", 110.0001, "Istimewa (Sangat Berhasil)"},
		{"jombang", 110, "Baik (Berhasil)"},
		{"jombang", 90.0001, "Baik (Berhasil)"},
		{"jombang", 90, "Butuh Perbaikan (Cukup)"},
		{"jombang", 70.0001, "Butuh Perbaikan (Cukup)"},
		{"jombang", 70, "Kurang"},
		{"jombang", 50.0001, "Kurang"},
		{"jombang", 50, "Sangat Kurang"},
		{"jombang", 0, "Sangat Kurang"},
	};
	struct arena *a = arena_new();
	struct diag_list *dl = diag_list_new();
	for (size_t i = 0; i < sizeof kasus / sizeof kasus[0]; i++) {
		struct predikat_skala s;
		assert_true(model_skala_preset(a, kasus[i].preset, &s));
		assert_true(model_skala_check(&s, dl));
		const struct predikat_band *b = predikat_cari(&s, kasus[i].c);
		if (b == NULL || strcmp(b->nama, kasus[i].nama) != 0)
			fail_msg("%s at %g: %s, expected %s", kasus[i].preset,
				kasus[i].c, b ? b->nama : "(none)",
				kasus[i].nama);
	}
	assert_int_equal(diag_count(dl), 0);
	diag_list_free(dl);
	arena_free(a);
}

/* ---- Budget and efficiency ---- */

/* Magetan Tabel 3.9: Program Pemberdayaan UMKM, pagu 1.652.700.000,
 * realisasi 896.143.050 -> 54,22 %; Kegiatan Perencanaan 13.999.500 /
 * 14.500.000 -> 96,548... printed 96,55 (half-up). */
static void test_serapan(void **state)
{
	(void)state;
	double s = serapan_hitung(896143050, 1652700000);
	assert_near(s, 54.222971501179887, 1e-9);
	assert_near(num_round(s, 2, ROUND_HALF_UP), 54.22, EPS);
	double k = serapan_hitung(13999500, 14500000);
	assert_near(k, 96.548275862068966, 1e-9);
	assert_near(num_round(k, 2, ROUND_HALF_UP), 96.55, EPS);
	assert_true(isnan(serapan_hitung(1000, 0)));
}

/* Magetan Tabel 3.11, program 7: capaian 100 %, serapan 54,22 % ->
 * 100 - 54,222971... = 45,777028... Half-up to two decimals that is
 * 45,78 (and 100 - 54,22 as displayed is also 45,78). The report prints
 * 45,77: Magetan truncates, and the truncation of the full-precision
 * difference is 45,77. So 45,77 is not an error, just the agency's
 * rounding mode; both are checked here. */
static void test_efisiensi_selisih(void **state)
{
	(void)state;
	double e = efisiensi_selisih(100, serapan_hitung(896143050,
		1652700000));
	assert_near(e, 45.777028498820113, 1e-9);
	assert_near(num_round(e, 2, ROUND_HALF_UP), 45.78, EPS);
	assert_near(num_round(e, 2, ROUND_TRUNCATE), 45.77, EPS);
	assert_near(efisiensi_selisih(100, 54.22), 45.78, EPS);
	/* Kegiatan 1.2: capaian 98 %, serapan 99,05 % -> -1,05. */
	assert_near(efisiensi_selisih(98, 99.05), -1.05, EPS);
}

static void test_efisiensi_rasio(void **state)
{
	(void)state;
	/* 100 / 54,222971... = 1,844237... (> 1: efficient). */
	double e = efisiensi_rasio(100, serapan_hitung(896143050, 1652700000));
	assert_near(e, 1652700000.0 / 896143050.0, 1e-12);
	assert_near(num_round(e, 2, ROUND_HALF_UP), 1.84, EPS);
	assert_near(efisiensi_rasio(98.5, 98.5), 1, EPS);
	assert_true(isnan(efisiensi_rasio(100, 0)));
}

/* Issue 13 item 12: the unspent share. Pagu 28.000.000, spent
 * 27.700.000: serapan 98,928571... %, sisa 300.000 / 28.000.000 =
 * 1,071428... % -> 1,07. */
static void test_efisiensi_sisa(void **state)
{
	(void)state;
	double e = efisiensi_sisa(serapan_hitung(27700000, 28000000));
	assert_near(e, 300000.0 / 28000000.0 * 100, 1e-12);
	assert_near(num_round(e, 2, ROUND_HALF_UP), 1.07, EPS);
	assert_near(efisiensi_sisa(100), 0, EPS);
	assert_true(isnan(efisiensi_sisa(NAN)));
}

/* PMK 214/2017 worked example (Magetan BAB III.C):
 * numerator (4e9 x 1,22 - 3,8e9) + (1e9 x 0,80 - 0,975e9)
 *         + (5e9 x 1,42 - 4,725e9) = 1,08e9 - 0,175e9 + 2,375e9 = 3,28e9;
 * denominator 4,88e9 + 0,8e9 + 7,1e9 = 12,78e9; E = 25,665... -> 26 %. */
static void test_efisiensi_pmk214(void **state)
{
	(void)state;
	struct pmk214_keluaran k[] = {
		{4000000000.0, 3800000000.0, 1.22},
		{1000000000.0, 975000000.0, 0.80},
		{5000000000.0, 4725000000.0, 1.42},
	};
	double e = efisiensi_pmk214(k, 3);
	assert_near(e, 3.28e9 / 12.78e9 * 100, 1e-9);
	assert_near(num_round(e, 0, ROUND_HALF_UP), 26, EPS);
	/* One output: (4e9 x 1,22 - 3,8e9) / 4,88e9 = 22,13 %. */
	assert_near(efisiensi_pmk214(k, 1), 1.08 / 4.88 * 100, 1e-9);
	assert_true(isnan(efisiensi_pmk214(k, 0)));
}

/* ---- Averages (SPEC 'Rounding'): Magetan Tabel 4.1 ---- */

static void test_rata_rata(void **state)
{
	(void)state;
	/* The four capaian from the real R / T. */
	double c[] = {76.0 / 70 * 100, 3.0 / 2 * 100, 91.91 / 91 * 100,
		83.05 / 83 * 100};
	struct report_meta m = {0};
	m.rata_rata = RATA_PENUH;
	double full = capaian_rata_rata(c, 4, &m);
	assert_near(full, 114.907917383821, 1e-9);
	assert_near(num_round(full, 2, ROUND_HALF_UP), 114.91, EPS);
	/* Over the displayed (truncated, no decimals) values 108, 150, 101,
	 * 100: 459 / 4 = 114,75. The report prints 114,74: matches neither,
	 * which is what metrics_validate is for. */
	m.rata_rata = RATA_TAMPILAN;
	m.fmt_capaian = (struct num_style){0, ROUND_TRUNCATE, true};
	assert_near(capaian_rata_rata(c, 4, &m), 114.75, EPS);
	/* Cap 120 before averaging: 150 counts as 120 ->
	 * (108 + 120 + 101 + 100) / 4 = 107,25. */
	m.has_batas_capaian = true;
	m.batas_capaian = 120;
	assert_near(capaian_rata_rata(c, 4, &m), 107.25, EPS);
	m.rata_rata = RATA_PENUH;
	assert_near(capaian_rata_rata(c, 4, &m),
		(c[0] + 120 + c[2] + c[3]) / 4, 1e-9);
	assert_true(isnan(capaian_rata_rata(c, 0, &m)));
}

/* Issue 13 item 4: 108,571 % and an implausible 650 % (13 of a target of
 * 2, a unit mismatch) with ambang_wajar 300. */
static void test_rata_rata_tak_wajar(void **state)
{
	(void)state;
	double c[] = {76.0 / 70 * 100, 650};
	struct report_meta m = {0};
	m.ambang_wajar = 300;
	m.tak_wajar = TAK_WAJAR_SERTAKAN;   /* (108,571 + 650) / 2 */
	assert_near(num_round(capaian_rata_rata(c, 2, &m), 2, ROUND_HALF_UP),
		379.29, EPS);
	m.tak_wajar = TAK_WAJAR_KECUALIKAN; /* 108,571 alone */
	assert_near(capaian_rata_rata(c, 2, &m), 76.0 / 70 * 100, 1e-9);
	m.tak_wajar = TAK_WAJAR_BATASI;     /* (108,571 + 300) / 2 */
	assert_near(num_round(capaian_rata_rata(c, 2, &m), 2, ROUND_HALF_UP),
		204.29, EPS);
	/* Only implausible values, left out: no average at all. */
	m.tak_wajar = TAK_WAJAR_KECUALIKAN;
	assert_true(isnan(capaian_rata_rata(c + 1, 1, &m)));
}

/* "Beyond rounding": a published figure agrees when it equals the computed
 * one rounded half-up or truncated to its own decimals. */
static void test_sesuai_pembulatan(void **state)
{
	(void)state;
	double c = 76.0 / 70 * 100; /* 108,5714... */
	assert_true(metrics_sesuai_pembulatan(108, 0, c));    /* truncated */
	assert_true(metrics_sesuai_pembulatan(109, 0, c));    /* half-up */
	assert_false(metrics_sesuai_pembulatan(107, 0, c));
	assert_true(metrics_sesuai_pembulatan(108.57, 2, c));
	assert_false(metrics_sesuai_pembulatan(108.58, 2, c));
	assert_true(metrics_sesuai_pembulatan(108.5, 1, c));
	assert_true(metrics_sesuai_pembulatan(108.6, 1, c));
	/* 91,91 / 91 = 101 exactly in decimal, 100,99999... in binary. */
	assert_true(metrics_sesuai_pembulatan(101, 0, 91.91 / 91 * 100));
	assert_false(metrics_sesuai_pembulatan(100, 0, 91.91 / 91 * 100));
	/* Magetan Tabel 3.2 IKM: 83,05 / 83 = 100,0602...; published
	 * 100,06 fine; Tabel 4.1 publishes 100, also fine. */
	assert_true(metrics_sesuai_pembulatan(100.06, 2, 83.05 / 83 * 100));
	assert_true(metrics_sesuai_pembulatan(100, 0, 83.05 / 83 * 100));
	/* Tabel 4.1 average 114,74 vs 114,9079 or 114,75: wrong both ways. */
	assert_false(metrics_sesuai_pembulatan(114.74, 2, 114.907917383821));
	assert_false(metrics_sesuai_pembulatan(114.74, 2, 114.75));
}

static void test_nilai_desimal(void **state)
{
	(void)state;
	struct nilai n = N(108.57);
	n.teks = "108,57";
	assert_int_equal(nilai_desimal(&n), 2);
	n = N(108);
	n.teks = "108 %";
	assert_int_equal(nilai_desimal(&n), 0);
	n = N(100);
	n.teks = "100,00";
	assert_int_equal(nilai_desimal(&n), 2);
	n = N(1080);
	n.teks = "1.080";
	assert_int_equal(nilai_desimal(&n), 0);
	n = N(100.926);
	n.teks = "100,926";
	assert_int_equal(nilai_desimal(&n), 3);
	n = N(100.92); /* no text: from the value */
	assert_int_equal(nilai_desimal(&n), 2);
	n = N(57);
	assert_int_equal(nilai_desimal(&n), 0);
}

/* PermenPAN-RB 88/2021 grades, each edge on both sides. */
static void test_sakip_grade(void **state)
{
	(void)state;
	assert_string_equal(sakip_grade(100), "AA");
	assert_string_equal(sakip_grade(90.01), "AA");
	assert_string_equal(sakip_grade(90), "A");
	assert_string_equal(sakip_grade(80.01), "A");
	assert_string_equal(sakip_grade(80), "BB");
	assert_string_equal(sakip_grade(70.01), "BB");
	assert_string_equal(sakip_grade(70), "B");
	assert_string_equal(sakip_grade(60.01), "B");
	assert_string_equal(sakip_grade(60), "CC");
	assert_string_equal(sakip_grade(50.01), "CC");
	assert_string_equal(sakip_grade(50), "C");
	assert_string_equal(sakip_grade(30.01), "C");
	assert_string_equal(sakip_grade(30), "D");
	assert_string_equal(sakip_grade(0), "D");
	/* Magetan 2024: SAKIP 91,91 -> AA; Jombang-style 66,07 -> B. */
	assert_string_equal(sakip_grade(91.91), "AA");
	assert_string_equal(sakip_grade(66.07), "B");
}

static void test_arah(void **state)
{
	(void)state;
	assert_string_equal(arah_teks(ARAH_NAIK), "naik");
	assert_string_equal(arah_teks(ARAH_TURUN), "turun");
	assert_string_equal(arah_teks(ARAH_TETAP), "tetap");
}

/* Issue 12: figures computed from exact operands print their true digits,
 * and the published-figure check compares decimal digits. */
static void test_exact(void **state)
{
	(void)state;
	char buf[64];
	struct num_style potong = {2, ROUND_TRUNCATE, false};
	struct num_style bulat = {0, ROUND_TRUNCATE, false};
	/* 1,15 / 1 x 100 is 114,99999999999999 in plain doubles. */
	assert_string_equal(num_format(buf, sizeof buf,
		cap(POLARITAS_POSITIF, N(1), N(1.15)), bulat), "115");
	/* 4,3963 of 12 and the negative form around a boundary. */
	assert_string_equal(num_format(buf, sizeof buf,
		cap(POLARITAS_POSITIF, N(12), N(4.3963)), potong), "36,63");
	assert_string_equal(num_format(buf, sizeof buf,
		cap(POLARITAS_NEGATIF, N(200), N(83.73)), potong), "158,13");
	/* Magetan Nilai SAKIP 2024: 91,91 of 91,3. */
	assert_string_equal(num_format(buf, sizeof buf,
		cap(POLARITAS_POSITIF, N(91.3), N(91.91)), potong), "100,66");
	/* Serapan and a sum of sen. */
	assert_string_equal(num_format(buf, sizeof buf,
		serapan_hitung(0.3, 0.1 + 0.2), bulat), "100");
	assert_true(angka_tambah(0.1, 0.2) == 0.3);
	assert_true(angka_tambah(4606584325.0, 0.01) == 4606584325.01);
	/* A published 158,13 agrees with 158,135 truncated, 158,14 with
	 * half-up; 158,12 with neither. */
	assert_true(metrics_sesuai_pembulatan(158.13, 2, 158.135));
	assert_true(metrics_sesuai_pembulatan(158.14, 2, 158.135));
	assert_false(metrics_sesuai_pembulatan(158.12, 2, 158.135));
	assert_true(metrics_sesuai_pembulatan(115, 0, 1.15 * 100));
}

/* Diagnostics and the document print a figure of one kind alike. */
static void test_angka_teks(void **state)
{
	(void)state;
	struct report_meta m = {0};
	m.fmt_capaian = (struct num_style){2, ROUND_TRUNCATE, false};
	m.fmt_nilai = (struct num_style){2, ROUND_HALF_UP, true};
	char buf[64];
	assert_string_equal(angka_teks(buf, sizeof buf, &m, JENIS_CAPAIAN,
		158.135), "158,13");
	assert_string_equal(angka_teks(buf, sizeof buf, &m, JENIS_CAPAIAN,
		1.1), "1,10");
	assert_string_equal(angka_teks(buf, sizeof buf, &m, JENIS_NILAI,
		1.1), "1,1");
	assert_string_equal(angka_teks(buf, sizeof buf, &m, JENIS_JUMLAH,
		54815970217.0), "54.815.970.217");
	assert_string_equal(angka_teks(buf, sizeof buf, &m, JENIS_JUMLAH,
		4698740544.5), "4.698.740.544,50");
	assert_string_equal(angka_teks(buf, sizeof buf, &m, JENIS_CACAH, 18),
		"18");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_positif),
		cmocka_unit_test(test_negatif),
		cmocka_unit_test(test_negatif_rasio),
		cmocka_unit_test(test_rentang),
		cmocka_unit_test(test_kualitatif),
		cmocka_unit_test(test_target_nol_dan_kosong),
		cmocka_unit_test(test_predikat_magetan),
		cmocka_unit_test(test_predikat_permendagri),
		cmocka_unit_test(test_predikat_jombang),
		cmocka_unit_test(test_predikat_celah),
		cmocka_unit_test(test_predikat_preset),
		cmocka_unit_test(test_serapan),
		cmocka_unit_test(test_efisiensi_selisih),
		cmocka_unit_test(test_efisiensi_rasio),
		cmocka_unit_test(test_efisiensi_sisa),
		cmocka_unit_test(test_efisiensi_pmk214),
		cmocka_unit_test(test_rata_rata),
		cmocka_unit_test(test_rata_rata_tak_wajar),
		cmocka_unit_test(test_sesuai_pembulatan),
		cmocka_unit_test(test_nilai_desimal),
		cmocka_unit_test(test_sakip_grade),
		cmocka_unit_test(test_arah),
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_angka_teks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
