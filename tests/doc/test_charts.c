/* The computed charts: data, units, annotations, sizes and alt texts on
 * the small report under tests/data/doc/mini. */
#include <math.h>

#include "test_tables_fixture.h"

#define SP NUM_NBSP
#define MM (72.0 / 25.4)

static struct doc_node *build(struct fx *f, struct directive d)
{
	const struct block_def *def = fx_def(CHART_DEFS, NCHART_DEFS, d.arg);
	assert_non_null(def);
	struct doc_node *n = def->build(&f->ctx, &d);
	if (n != NULL) {
		assert_int_equal(n->type, DOC_FIGURE);
		assert_non_null(n->as.fl);
		assert_non_null(n->as.fl->chart);
		assert_non_null(n->as.fl->alt);
		assert_null(n->as.fl->image);
	}
	return n;
}

#define G(name, ...) build(f, fx_directive("grafik", name, __VA_ARGS__))

static void registry(void **state)
{
	(void)state;
	static const char *const names[] = {"target-realisasi",
		"capaian-tahunan", "anggaran", "komposisi-anggaran", "pegawai",
		"seri"};
	assert_int_equal(NCHART_DEFS, 6);
	for (size_t i = 0; i < 6; i++)
		assert_non_null(fx_def(CHART_DEFS, NCHART_DEFS, names[i]));
}

static void target_realisasi(void **state)
{
	struct fx *f = *state;
	struct doc_node *n = G("target-realisasi", NULL);
	const struct chart *c = n->as.fl->chart;
	assert_int_equal(c->kind, CHART_BAR);
	assert_int_equal(c->ncategories, 4);
	assert_int_equal(c->nseries, 2);
	/* %, UM, an index and a score: no one axis fits them, so each
	 * indicator is drawn as capaian against its target's 100 %. */
	assert_string_equal(c->series[0].name, "Target (100" SP "%)");
	assert_string_equal(c->series[1].name, "Realisasi (capaian)");
	assert_string_equal(c->categories[0], "Persentase Koperasi Sehat");
	assert_true(c->series[0].values[0] == 100);
	assert_true(c->series[0].values[3] == 100);
	assert_true(fabs(c->series[1].values[0] - 7600.0 / 70) < 1e-9);
	assert_true(c->series[1].values[1] == 150); /* 3 UM of 2 */
	assert_true(fabs(c->series[1].values[2] - 9191.0 / 91.3) < 1e-9);
	assert_int_equal(c->unit, CHART_UNIT_PERCENT);
	assert_string_equal(c->y_label, "Capaian terhadap target");
	assert_string_equal(n->as.fl->title,
		"Capaian Target dan Realisasi Kinerja Tahun 2024");
	assert_true(fabs(n->as.fl->width - 160 * MM) < 1e-9);
	assert_true(fabs(n->as.fl->height - 90 * MM) < 1e-9);
	assert_string_equal(n->as.fl->alt, "Grafik batang capaian kinerja tahun "
		"2024: satuan indikator berbeda, maka realisasi tiap indikator "
		"digambar sebagai persentase dari targetnya (target = 100 %): "
		"Persentase Koperasi Sehat target 70" SP "%, realisasi 76" SP
		"%, capaian 108,57" SP "%; Jumlah Usaha Mikro yang Naik Kelas "
		"target 2" SP "UM, realisasi 3" SP "UM, capaian 150,00" SP "%; "
		"Nilai SAKIP Dinas Koperasi dan UKM target 91,3, realisasi "
		"91,91, capaian 100,66" SP "%; Indeks Kepuasan Masyarakat "
		"target 83, realisasi 83,05, capaian 100,06" SP "%.");

	/* One unit: target and realisasi as typed, the unit on the axis. */
	n = G("target-realisasi", "indikator", "IKU2", NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->unit, CHART_UNIT_NUMBER);
	assert_string_equal(c->series[0].name, "Target");
	assert_true(c->series[0].values[0] == 2);
	assert_true(c->series[1].values[0] == 3);
	assert_string_equal(c->y_label, "Target dan realisasi (UM)");
	assert_string_equal(n->as.fl->alt, "Grafik batang target dan realisasi "
		"tahun 2024, dalam UM: Jumlah Usaha Mikro yang Naik Kelas "
		"target 2" SP "UM, realisasi 3" SP "UM.");

	n = G("target-realisasi", "indikator", "IKU1", "lebar", "120",
		"tinggi", "80", NULL);
	assert_int_equal(n->as.fl->chart->ncategories, 1);
	assert_int_equal(n->as.fl->chart->unit, CHART_UNIT_PERCENT);
	assert_string_equal(n->as.fl->chart->series[0].name, "Target");
	assert_string_equal(n->as.fl->chart->y_label, "Target dan realisasi");
	assert_true(fabs(n->as.fl->width - 120 * MM) < 1e-9);
	assert_true(fabs(n->as.fl->height - 80 * MM) < 1e-9);

	assert_null(G("target-realisasi", "indikator", "IKU1,X9", NULL));
	char *m = fx_last_error(f);
	assert_string_equal(m, "bab/30-akuntabilitas.md:12:1: error: "
		"unknown indikator \"X9\"");
	free(m);
	assert_null(G("target-realisasi", "lebar", "lebar sekali", NULL));
	m = fx_last_error(f);
	assert_non_null(strstr(m, "invalid lebar \"lebar sekali\""));
	free(m);
}

static void capaian_tahunan(void **state)
{
	struct fx *f = *state;
	struct doc_node *n = G("capaian-tahunan", NULL);
	const struct chart *c = n->as.fl->chart;
	assert_int_equal(c->kind, CHART_LINE);
	assert_int_equal(c->unit, CHART_UNIT_PERCENT);
	assert_int_equal(c->ncategories, 3);
	assert_string_equal(c->categories[0], "2022");
	assert_string_equal(c->categories[2], "2024");
	assert_int_equal(c->nseries, 4);
	assert_string_equal(c->series[0].name, "Persentase Koperasi Sehat");
	/* 79 / 65, 40 / 70, 76 / 70 in full precision. */
	assert_true(fabs(c->series[0].values[0] - 7900.0 / 65) < 1e-9);
	assert_true(fabs(c->series[0].values[1] - 4000.0 / 70) < 1e-9);
	assert_true(fabs(c->series[0].values[2] - 7600.0 / 70) < 1e-9);
	assert_non_null(strstr(n->as.fl->alt, "Persentase Koperasi Sehat "
		"121,53" SP "% (2022), 57,14" SP "% (2023), 108,57" SP
		"% (2024);"));

	n = G("capaian-tahunan", "jenis", "batang", "tahun", "2023,2024", NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->kind, CHART_BAR);
	assert_int_equal(c->ncategories, 4);
	assert_int_equal(c->nseries, 2);
	assert_string_equal(c->series[1].name, "Tahun 2024");
	assert_true(c->series[1].values[1] == 150);

	assert_null(G("capaian-tahunan", "jenis", "pai", NULL));
	char *m = fx_last_error(f);
	assert_non_null(strstr(m, "unknown jenis \"pai\""));
	free(m);
}

static void anggaran(void **state)
{
	struct fx *f = *state;
	struct doc_node *n = G("anggaran", NULL);
	const struct chart *c = n->as.fl->chart;
	assert_int_equal(c->kind, CHART_BAR_H);
	assert_int_equal(c->unit, CHART_UNIT_RUPIAH);
	assert_int_equal(c->ncategories, 3); /* programs only */
	assert_string_equal(c->categories[1],
		"Program Penilaian Kesehatan KSP/USP Koperasi");
	assert_true(c->series[0].values[1] == 28000000);
	assert_true(c->series[1].values[1] == 27000000);
	assert_non_null(c->annotations);
	assert_string_equal(c->annotations[1], "96,43" SP "%");
	assert_string_equal(c->annotations[2], "54,22" SP "%");
	assert_non_null(strstr(n->as.fl->alt, "Program Penilaian Kesehatan "
		"KSP/USP Koperasi pagu Rp" SP "28.000.000, realisasi Rp" SP
		"27.000.000 (serapan 96,43" SP "%)"));
	/* Height grows with the lines: 40 + 14 x 3 mm. */
	assert_true(fabs(n->as.fl->height - 82 * MM) < 1e-9);

	n = G("anggaran", "tingkat", "kegiatan", NULL);
	assert_int_equal(n->as.fl->chart->ncategories, 6);

	n = G("komposisi-anggaran", NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->kind, CHART_STACKED_100);
	assert_int_equal(c->ncategories, 2);
	assert_string_equal(c->categories[0], "Pagu");
	assert_int_equal(c->nseries, 3);
	assert_true(c->series[1].values[0] == 28000000);
	assert_true(c->series[1].values[1] == 27000000);
	assert_non_null(strstr(n->as.fl->alt, "Grafik komposisi anggaran per "
		"program tahun 2024: "));
}

static void pegawai(void **state)
{
	struct fx *f = *state;
	struct doc_node *n = G("pegawai", "kelompok", "golongan", NULL);
	const struct chart *c = n->as.fl->chart;
	assert_int_equal(c->kind, CHART_STACKED);
	assert_int_equal(c->ncategories, 3);
	assert_string_equal(c->series[0].name, "Laki-laki");
	assert_true(c->series[0].values[2] == 2);
	assert_true(c->series[1].values[2] == 4);
	assert_string_equal(n->as.fl->title,
		"Pegawai Berdasarkan Pangkat/Golongan Ruang");
	assert_string_equal(n->as.fl->alt, "Grafik batang bertumpuk pegawai "
		"berdasarkan Pangkat/Golongan Ruang: Pembina Utama Muda/IV-c "
		"laki-laki 0, perempuan 1; Penata/III-c laki-laki 1, perempuan "
		"1; Penata Muda/III-a laki-laki 2, perempuan 4.");
	/* Counts without the split by sex (pegawai.csv jumlah): one series. */
	n = G("pegawai", "kelompok", "pendidikan", NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->kind, CHART_BAR);
	assert_int_equal(c->nseries, 1);
	assert_string_equal(c->series[0].name, "Jumlah pegawai");
	assert_true(c->series[0].values[1] == 14);
	assert_string_equal(n->as.fl->alt, "Grafik batang pegawai berdasarkan "
		"Tingkat Pendidikan: Strata 2 4 orang; Strata 1/Sederajat 14 "
		"orang; SMA/Sederajat 2 orang.");
	assert_null(G("pegawai", NULL));
	char *m = fx_last_error(f);
	assert_non_null(strstr(m, "needs kelompok="));
	free(m);
}

int main(void)
{
#define TEST(fn) cmocka_unit_test_setup_teardown(fn, fx_setup, fx_teardown)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(registry),
		TEST(target_realisasi),
		TEST(capaian_tahunan),
		TEST(anggaran),
		TEST(pegawai),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
