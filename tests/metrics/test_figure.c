/* The figure table (metrics/figure.c) of the Magetan sample: keys,
 * exact values, kinds and provenance, with the numbers written out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "metrics/metrics.h"
#include "util/arena.h"
#include "util/dec.h"

static struct report *R;
static struct metrics *M;

static int setup(void **state)
{
	(void)state;
	struct diag_list *dl = diag_list_new();
	R = model_load_report("content/magetan-diskopukm-2024", dl);
	if (R == NULL)
		return -1;
	M = metrics_compute(R, dl);
	diag_list_free(dl);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	metrics_free(M);
	model_report_free(R);
	return 0;
}

static const struct figure *fig(const char *key)
{
	const struct figure *f = metrics_figure(M, key);
	if (f == NULL)
		fail_msg("no figure %s", key);
	return f;
}

static void assert_teks(const char *key, const char *want)
{
	char b[256];
	assert_string_equal(figure_tampil(b, sizeof b, &R->meta, fig(key)),
		want);
}

static void assert_dec(struct dec d, const char *want)
{
	char b[64];
	assert_string_equal(dec_str(b, sizeof b, d), want);
}

/* IKU1 2024 (kinerja.csv row 5): target 70 (target_pk_perubahan), realisasi
 * 76, capaian 76 / 70 x 100 = 108,571428...%, shown 108,57 (Magetan
 * truncates). */
static void test_iku1_2024(void **state)
{
	(void)state;
	const struct figure *re = fig("IKU1.realisasi.2024");
	assert_int_equal(re->kind, FIGURE_INDEX);
	assert_dec(re->value, "76");
	assert_dec(figure_dec(re), "76");
	assert_null(re->formula);
	assert_int_equal(re->ncell, 1);
	assert_int_equal(re->cell[0].line, 5);
	assert_string_equal(re->cell[0].column_name, "realisasi");
	const struct figure *tg = fig("IKU1.target.2024");
	assert_dec(tg->value, "70");
	assert_int_equal(tg->cell[0].line, 5);
	assert_string_equal(tg->cell[0].column_name, "target_pk_perubahan");

	const struct figure *c = fig("IKU1.capaian.2024");
	assert_int_equal(c->kind, FIGURE_PERCENT);
	assert_string_equal(c->formula, "$1 ÷ $2 × 100");
	assert_int_equal(c->ninput, 2);
	assert_ptr_equal(c->input[0], re);
	assert_ptr_equal(c->input[1], tg);
	assert_int_equal(c->ncell, 0);
	assert_teks("IKU1.capaian.2024", "108,57\xC2\xA0%");
	char b[512];
	assert_string_equal(figure_asal(b, sizeof b, &R->meta, c),
		"Capaian = realisasi 76 ÷ target 70 × 100 = 108,57\xC2\xA0% · "
		"kinerja.csv baris 5, kolom realisasi; kinerja.csv baris 5, "
		"kolom target_pk_perubahan");
	assert_string_equal(figure_asal(b, sizeof b, &R->meta, re),
		"Realisasi = 76\xC2\xA0% · kinerja.csv baris 5, kolom realisasi");
	/* A buffer too small is cut, never overrun. */
	char small[12];
	assert_string_equal(figure_asal(small, sizeof small, &R->meta, c),
		"Capaian = r");
}

/* Predikat and aggregates: the mean of the four 2024 capaian 108,57,
 * 150,00, 100,66, 100,06 (truncated each, Magetan averages what it
 * shows) = 114,82. */
static void test_aggregates(void **state)
{
	(void)state;
	assert_teks("IKU1.predikat.2024", "Sangat Berhasil");
	assert_int_equal(fig("IKU1.predikat.2024")->kind, FIGURE_GRADE);
	const struct figure *c = fig("laporan.capaian");
	assert_int_equal(c->ninput, 4);
	assert_string_equal(c->input[0]->key, "IKU1.capaian.2024");
	assert_string_equal(c->input[3]->key, "IK4.capaian.2024");
	assert_teks("laporan.capaian", "114,82\xC2\xA0%");
	assert_teks("laporan.capaian.2024", "114,82\xC2\xA0%");
	/* Money: typed cells exactly, sums over the top lines. */
	assert_teks("anggaran.2.17.01.pagu", "Rp\xC2\xA0" "3.297.585.325");
	assert_dec(fig("anggaran.2.17.01.pagu")->value, "3297585325");
	/* A computed figure: the decimal of its double, read when asked. */
	assert_false(dec_ok(fig("laporan.pagu")->value));
	assert_dec(figure_dec(fig("laporan.pagu")), "5551085325");
	assert_dec(figure_dec(fig("IKU1.capaian.2024")), "108.571428571429");
	assert_teks("anggaran.2.17.01.serapan", "98,95\xC2\xA0%");
	assert_string_equal(fig("anggaran.2.17.01.serapan")->input[0]->key,
		"anggaran.2.17.01.realisasi");
	assert_teks("laporan.pagu_awal", "Rp\xC2\xA0" "4.610.259.325");
	assert_teks("S3.realisasi_anggaran", "Rp\xC2\xA0" "3.263.119.898");
	/* A sasaran's original ceilings: 120 + 30 + 40 + 160 + 75 juta over
	 * the five programmes linked to S1. */
	assert_teks("S1.pagu_awal", "Rp\xC2\xA0" "425.000.000");
	assert_int_equal(fig("S1.pagu_awal")->ninput, 5);
	assert_string_equal(fig("S1.pagu_awal")->input[0]->key,
		"anggaran.2.17.02.pagu_awal");
	/* A data.csv series. */
	assert_teks("data.koperasi_dinilai.2024", "26");
	assert_int_equal(fig("data.koperasi_dinilai.2024")->cell[0].line, 4);
	/* As published (terbit.csv): a key per row, its cell, its kind. */
	assert_teks("terbit.pagu-awal.2024", "Rp\xC2\xA0" "4.606.584.325");
	assert_int_equal(fig("terbit.pagu-awal.2024")->kind, FIGURE_RUPIAH);
	assert_non_null(strstr(fig("terbit.pagu-awal.2024")->cell[0].file,
		"terbit.csv"));
	/* The capaian is published twice (Tabel 4.1: 114,74; BAB IV.A:
	 * 100): the second row is named by its row. */
	assert_teks("terbit.capaian.2024", "114,74\xC2\xA0%");
	const struct figure *dua = NULL;
	for (size_t i = 0; i < metrics_figure_count(M); i++) {
		const struct figure *g = metrics_figure_at(M, i);
		if (!strncmp(g->key, "terbit.capaian.2024.baris", 25))
			dua = g;
	}
	assert_non_null(dua);
	assert_string_equal(dua->key + 25, "60");
	assert_teks(dua->key, "100,00\xC2\xA0%");
}

/* The names a table's columns read (doc/kolom.c): IKU1 2024 types 70 as
 * target, target_pk and target_pk_perubahan; the revised PK target
 * counts, so KODE.target_pk_perubahan.2024 and the PK target in force,
 * KODE.target_pk_akhir.2024, are that figure; target_pk keeps its own.
 * 2025 types only the Renstra's 73. IKU1 is a rate: its
 * realisasi_kumulatif is the 2024 realisasi, 76. */
static void test_nama_kolom(void **state)
{
	(void)state;
	const struct figure *tg = fig("IKU1.target.2024");
	assert_ptr_equal(fig("IKU1.target_pk_perubahan.2024"), tg);
	assert_ptr_equal(fig("IKU1.target_pk_akhir.2024"), tg);
	const struct figure *pk = fig("IKU1.target_pk.2024");
	assert_ptr_not_equal(pk, tg);
	assert_string_equal(pk->cell[0].column_name, "target_pk");
	assert_teks("IKU1.target_pk.2024", "70\xC2\xA0%");
	assert_ptr_equal(fig("IKU1.target_renstra.2025"),
		fig("IKU1.target.2025"));
	assert_teks("IKU1.target_renstra.2025", "73\xC2\xA0%");
	assert_null(metrics_figure(M, "IKU1.target_pk_akhir.2022"));
	assert_null(metrics_figure(M, "IKU1.target_pk.2025"));
	assert_ptr_equal(fig("IKU1.realisasi_kumulatif"),
		fig("IKU1.realisasi.2024"));
	assert_teks("IKU1.realisasi_kumulatif", "76\xC2\xA0%");
	/* Not listed twice: the list holds each figure once. */
	size_t n = 0;
	for (size_t i = 0; i < metrics_figure_count(M); i++)
		n += metrics_figure_at(M, i) == tg;
	assert_int_equal(n, 1);
}

/* Figures of a selection (a table's closing row): two of the eight
 * programmes, 2.17.02 (pagu 120.000.000, realisasi 118.865.000) and
 * 2.17.03 (25.000.000, 23.990.000): 145.000.000 and 142.855.000, serapan
 * 142.855.000 / 145.000.000 x 100 = 98,5206..%, sisa 2.145.000. Two
 * capaian, IKU1 108,571..% and IKU2 150 %: mean 129,2857..%, cut to
 * 129,28 (Magetan cuts), Sangat Berhasil. All the programmes, or all four
 * capaian, are the report's own figures. */
static void test_pilihan(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	char b[512];
	const char *pagu[] = {"anggaran.2.17.02.pagu", "anggaran.2.17.03.pagu"};
	const char *real[] = {"anggaran.2.17.02.realisasi",
		"anggaran.2.17.03.realisasi"};
	const struct figure *pg = metrics_pilihan(M, a, PILIHAN_JUMLAH, "pagu",
		pagu, 2, "laporan.pagu");
	const struct figure *re = metrics_pilihan(M, a, PILIHAN_JUMLAH,
		"realisasi anggaran", real, 2, "laporan.realisasi_anggaran");
	assert_non_null(pg);
	assert_ptr_not_equal(pg, fig("laporan.pagu"));
	assert_dec(figure_dec(pg), "145000000");
	assert_int_equal(pg->kind, FIGURE_RUPIAH);
	assert_string_equal(figure_derivasi(b, sizeof b, &R->meta, pg),
		"Pagu = pagu 120.000.000 + pagu 25.000.000 = Rp\xC2\xA0"
		"145.000.000");
	const struct figure *se = metrics_turunan(M, a, TURUNAN_SERAPAN, re, pg,
		"laporan.serapan");
	assert_string_equal(figure_tampil(b, sizeof b, &R->meta, se),
		"98,52\xC2\xA0%");
	const struct figure *si = metrics_turunan(M, a, TURUNAN_SISA, pg, re,
		"laporan.sisa_anggaran");
	assert_dec(figure_dec(si), "2145000");
	/* One line's sum is that line's figure. */
	assert_ptr_equal(metrics_pilihan(M, a, PILIHAN_JUMLAH, "pagu", pagu, 1,
		NULL), fig("anggaran.2.17.02.pagu"));
	/* Every programme: laporan.pagu itself, and what follows from it. */
	const char *semua[8];
	for (int i = 0; i < 8; i++)
		semua[i] = arena_printf(a, "anggaran.2.17.0%d.pagu", i + 1);
	const struct figure *lp = metrics_pilihan(M, a, PILIHAN_JUMLAH, "pagu",
		semua, 8, "laporan.pagu");
	assert_ptr_equal(lp, fig("laporan.pagu"));

	const char *cap[] = {"IKU1.capaian.2024", "IKU2.capaian.2024"};
	const struct figure *c = metrics_pilihan(M, a, PILIHAN_RATA, "capaian",
		cap, 2, "laporan.capaian");
	assert_string_equal(figure_derivasi(b, sizeof b, &R->meta, c),
		"Capaian = rata-rata(capaian 108,57, capaian 150,00) = "
		"129,28\xC2\xA0%");
	const struct figure *p = metrics_turunan(M, a, TURUNAN_PREDIKAT, c,
		NULL, "laporan.predikat");
	assert_string_equal(p->text, "Sangat Berhasil");
	const char *empat[] = {"IK4.capaian.2024", "IKU1.capaian.2024",
		"IK3.capaian.2024", "IKU2.capaian.2024", "TK1.capaian.2024"};
	const struct figure *lc = metrics_pilihan(M, a, PILIHAN_RATA,
		"capaian", empat, 5, "laporan.capaian");
	assert_ptr_equal(lc, fig("laporan.capaian"));
	assert_ptr_equal(metrics_turunan(M, a, TURUNAN_PREDIKAT, lc, NULL,
		"laporan.predikat"), fig("laporan.predikat"));
	/* Nothing to total. */
	assert_null(metrics_pilihan(M, a, PILIHAN_RATA, "capaian", empat + 4,
		1, NULL));
	arena_free(a);
}

/* Every key is unique and found again; the count is the table's. */
static void test_keys(void **state)
{
	(void)state;
	size_t n = metrics_figure_count(M);
	assert_true(n > 300);
	for (size_t i = 0; i < n; i++) {
		const struct figure *f = metrics_figure_at(M, i);
		assert_ptr_equal(metrics_figure(M, f->key), f);
	}
	assert_null(metrics_figure_at(M, n));
	assert_null(metrics_figure(M, "IKU1.capaian.1999"));
	assert_null(metrics_figure(M, NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_iku1_2024),
		cmocka_unit_test(test_aggregates),
		cmocka_unit_test(test_nama_kolom),
		cmocka_unit_test(test_pilihan),
		cmocka_unit_test(test_keys),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
