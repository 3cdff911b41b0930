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

/* The vocabulary: kolom= picks the series, tahun= the years, the filters
 * the indicators; the labels are the figures as the tables print them. */
static void vocabulary(void **state)
{
	struct fx *f = *state;
	/* Mixed units: realisasi drawn as capaian, labelled as the capaian
	 * column prints it (7600 / 70 = 108,571... -> 108,57 %). */
	struct doc_node *n = G("target-realisasi", NULL);
	const struct chart *c = n->as.fl->chart;
	assert_non_null(c->labels);
	assert_null(c->labels[0][0]); /* the 100 % target is no figure */
	assert_string_equal(c->labels[1][0], "108,57" SP "%");
	assert_string_equal(c->labels[1][1], "150,00" SP "%");

	/* Capaian of two years, one series per year. */
	n = G("target-realisasi", "kolom", "capaian", "tahun", "2023,2024",
		NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->nseries, 2);
	assert_int_equal(c->unit, CHART_UNIT_PERCENT);
	assert_string_equal(c->series[0].name, "Capaian 2023");
	assert_string_equal(c->series[1].name, "Capaian 2024");
	/* IKU1 2023: 40 / 70 = 57,14 %; 2024: 108,57 %. */
	assert_true(fabs(c->series[0].values[0] - 4000.0 / 70) < 1e-9);
	assert_string_equal(c->labels[0][0], "57,14" SP "%");
	assert_string_equal(c->labels[1][0], "108,57" SP "%");
	assert_string_equal(n->as.fl->title,
		"Capaian Kinerja Tahun 2023" NUM_RANGE_DASH "2024");
	assert_non_null(strstr(n->as.fl->alt, "Grafik batang capaian kinerja "
		"tahun 2023" NUM_RANGE_DASH "2024. Persentase Koperasi Sehat: "
		"2023 capaian 57,14" SP "%; 2024 capaian 108,57" SP "%. "
		"Jumlah Usaha Mikro yang Naik Kelas: 2023 capaian 100,00" SP
		"%; 2024 capaian 150,00" SP "%. "));

	/* One sasaran: its one indicator, in its own unit. */
	n = G("target-realisasi", "sasaran", "S2", "tahun", "2022-2024",
		NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->ncategories, 1);
	assert_int_equal(c->nseries, 6);
	assert_string_equal(c->series[0].name, "Target 2022");
	assert_string_equal(c->series[5].name, "Realisasi 2024");
	assert_true(c->series[4].values[0] == 2);
	assert_true(c->series[5].values[0] == 3);
	assert_string_equal(c->labels[5][0], "3");
	n = G("target-realisasi", "tujuan", "T1", NULL);
	assert_int_equal(n->as.fl->chart->ncategories, 4);

	/* Errors name what is wrong, at the directive. */
	assert_null(G("target-realisasi", "kolom", "target,pagu", NULL));
	char *m = fx_last_error(f);
	assert_string_equal(m, "bab/30-akuntabilitas.md:12:1: error: "
		"{{grafik target-realisasi}}: unknown kolom \"pagu\" (this "
		"chart draws: target, realisasi, capaian)");
	free(m);
	assert_null(G("capaian-tahunan", "kolom", "realisasi", NULL));
	m = fx_last_error(f);
	assert_non_null(strstr(m, "unknown kolom \"realisasi\" (this chart "
		"draws: capaian)"));
	free(m);
	assert_null(G("target-realisasi", "tujuan", "S1", NULL));
	m = fx_last_error(f);
	assert_non_null(strstr(m, "\"S1\" is not a tujuan (it is a sasaran "
		"in indikator.csv)"));
	free(m);
	assert_null(G("target-realisasi", "sasaran", "S9", NULL));
	m = fx_last_error(f);
	assert_non_null(strstr(m, "unknown sasaran \"S9\""));
	free(m);
	assert_null(G("target-realisasi", "indikator", "IKU1",
		"sasaran", "S2", NULL));
	m = fx_last_error(f);
	assert_non_null(strstr(m, "{{grafik target-realisasi}}: no indikator "
		"to chart (sasaran=/tujuan= leave none)"));
	free(m);
	assert_null(G("target-realisasi", "tahun", "2019", NULL));
	m = fx_last_error(f);
	assert_non_null(strstr(m, "no figure for tahun=2019"));
	free(m);
	assert_null(G("capaian-tahunan", "tahun", "2024,2022", NULL));
	m = fx_last_error(f);
	assert_non_null(strstr(m, "{{grafik capaian-tahunan}}: tahun=2024,2022: "
		"the years must rise"));
	free(m);
	assert_null(G("capaian-tahunan", "tahun", "2024-2022", NULL));
	m = fx_last_error(f);
	assert_non_null(strstr(m, "expected a range such as 2020-2024"));
	free(m);
}

/* bentuk=panel: one small chart per indicator, its own axis and unit. */
static void panel(void **state)
{
	struct fx *f = *state;
	struct doc_node *n = G("target-realisasi", "bentuk", "panel", NULL);
	const struct chart *c = n->as.fl->chart;
	assert_int_equal(c->npanels, 4);
	assert_int_equal(c->columns, 0); /* as many as the width holds */
	const struct chart *p = &c->panels[0];
	assert_string_equal(p->title, "Persentase Koperasi Sehat (%)");
	assert_int_equal(p->unit, CHART_UNIT_PERCENT);
	assert_true(p->full_axis);
	assert_true(p->panel);
	assert_int_equal(p->ncategories, 1);
	assert_string_equal(p->categories[0], "2024");
	assert_string_equal(p->series[0].name, "Target");
	assert_string_equal(p->series[1].name, "Realisasi");
	assert_true(p->series[0].values[0] == 70);
	assert_true(p->series[1].values[0] == 76);
	assert_string_equal(p->labels[1][0], "76" SP "%");
	p = &c->panels[1];
	assert_string_equal(p->title, "Jumlah Usaha Mikro yang Naik Kelas (UM)");
	assert_int_equal(p->unit, CHART_UNIT_NUMBER);
	assert_true(p->series[1].values[0] == 3);
	assert_string_equal(p->labels[1][0], "3");
	p = &c->panels[2];
	assert_string_equal(p->title, "Nilai SAKIP Dinas Koperasi dan UKM "
		"(Angka)");
	assert_string_equal(p->labels[0][0], "91,3");
	assert_string_equal(p->labels[1][0], "91,91");
	/* Two rows of two panels (the PDF's 14 cm): 12 + 58 x 2 mm. */
	assert_true(fabs(n->as.fl->height - 128 * MM) < 1e-9);
	assert_string_equal(n->as.fl->alt, "Grafik panel target dan realisasi "
		"per indikator tahun 2024, tiap panel dengan sumbu dan "
		"satuannya sendiri: Persentase Koperasi Sehat target 70" SP
		"%, realisasi 76" SP "%; Jumlah Usaha Mikro yang Naik Kelas "
		"target 2" SP "UM, realisasi 3" SP "UM; Nilai SAKIP Dinas "
		"Koperasi dan UKM target 91,3, realisasi 91,91; Indeks "
		"Kepuasan Masyarakat target 83, realisasi 83,05.");

	/* Over the years: the years along each panel. */
	n = G("target-realisasi", "bentuk", "panel", "tahun", "2022-2024",
		"indikator", "IKU1", NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->npanels, 1);
	p = &c->panels[0];
	assert_int_equal(p->ncategories, 3);
	assert_string_equal(p->categories[0], "2022");
	assert_true(p->series[0].values[0] == 65);
	assert_true(p->series[1].values[0] == 79);
	assert_true(p->series[1].values[1] == 40);
	assert_string_equal(n->as.fl->alt, "Grafik panel target dan realisasi "
		"per indikator tahun 2022" NUM_RANGE_DASH "2024, tiap panel "
		"dengan sumbu dan satuannya sendiri. Persentase Koperasi Sehat: "
		"2022 target 65" SP "%, realisasi 79" SP "%; 2023 target 70"
		SP "%, realisasi 40" SP "%; 2024 target 70" SP "%, realisasi "
		"76" SP "%.");

	/* Capaian alone: every panel in %. */
	n = G("target-realisasi", "bentuk", "panel", "kolom", "capaian",
		NULL);
	p = &n->as.fl->chart->panels[1];
	assert_string_equal(p->title, "Jumlah Usaha Mikro yang Naik Kelas (%)");
	assert_string_equal(p->labels[0][0], "150,00" SP "%");

	/* Capaian beside target and realisasi in UM: one axis for a
	 * percentage and a count; fine when every unit is %. */
	assert_null(G("target-realisasi", "bentuk", "panel", "kolom",
		"target,realisasi,capaian", NULL));
	char *m0 = fx_last_error(f);
	assert_non_null(strstr(m0, "capaian is a percentage and the "
		"indicators' units are not all %"));
	free(m0);
	n = G("target-realisasi", "bentuk", "panel", "kolom",
		"target,realisasi,capaian", "indikator", "IKU1", NULL);
	assert_int_equal(n->as.fl->chart->panels[0].nseries, 3);
	assert_string_equal(n->as.fl->chart->panels[0].labels[2][0],
		"108,57" SP "%");

	assert_null(G("target-realisasi", "bentuk", "kisi", NULL));
	char *m = fx_last_error(f);
	assert_non_null(strstr(m, "unknown bentuk \"kisi\": expected panel "
		"or satu"));
	free(m);
}

static void anggaran_kolom(void **state)
{
	struct fx *f = *state;
	/* Serapan alone: the bars are the percentages. */
	struct doc_node *n = G("anggaran", "kolom", "serapan", NULL);
	const struct chart *c = n->as.fl->chart;
	assert_int_equal(c->nseries, 1);
	assert_int_equal(c->unit, CHART_UNIT_PERCENT);
	assert_null(c->annotations);
	/* 27.000.000 of 28.000.000 = 96,43 %; 3.263.119.898 of
	 * 3.297.585.325 = 98,955 % -> 98,95 %. */
	assert_string_equal(c->labels[0][1], "96,43" SP "%");
	assert_string_equal(n->as.fl->alt, "Grafik batang serapan anggaran "
		"tahun 2024: Program Penunjang Urusan Pemerintahan Daerah "
		"Kabupaten/Kota serapan 98,95" SP "%; Program Penilaian "
		"Kesehatan KSP/USP Koperasi serapan 96,43" SP "%; Program "
		"Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro "
		"(UMKM) serapan 54,22" SP "%.");

	/* Pagu and realisasi without serapan; realisasi is the budget's. */
	n = G("anggaran", "kolom", "pagu,realisasi", "program", "2.17.04",
		"tingkat", "kegiatan", NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->ncategories, 2); /* the program and its kegiatan */
	assert_string_equal(c->series[1].name, "Realisasi");
	assert_true(c->series[0].values[1] == 28000000);
	assert_true(c->series[1].values[1] == 27000000);
	assert_null(c->annotations);
	/* By sasaran: the lines linked to S2 (anggaran.csv sasaran). */
	n = G("anggaran", "sasaran", "S2", NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->ncategories, 1);
	assert_string_equal(c->annotations[0], "54,22" SP "%");

	n = G("komposisi-anggaran", "kolom", "pagu_awal,pagu", NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->ncategories, 2);
	assert_string_equal(c->categories[0], "Pagu awal");
	assert_true(c->series[1].values[0] == 40000000);

	assert_null(G("anggaran", "kolom", "capaian", NULL));
	char *m = fx_last_error(f);
	assert_non_null(strstr(m, "unknown kolom \"capaian\" (this chart "
		"draws: pagu_awal, pagu, realisasi_anggaran, sisa_anggaran, "
		"serapan)"));
	free(m);
	/* program= takes codes of anggaran.csv, as the tables do: a
	 * prefix is no code. */
	assert_null(G("anggaran", "program", "2.17.0", NULL));
	m = fx_last_error(f);
	assert_string_equal(m, "bab/30-akuntabilitas.md:12:1: error: unknown "
		"program \"2.17.0\": no line of anggaran.csv has that code; "
		"did you mean \"2.17.01\"?");
	free(m);
	/* program= or sasaran=: the lines either chooses, with theirs. */
	n = G("anggaran", "program", "2.17.04", "sasaran", "S2", "tingkat",
		"kegiatan", NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->ncategories, 4);
	assert_string_equal(c->categories[1],
		"Penilaian Kesehatan Koperasi Simpan Pinjam");
	assert_string_equal(c->categories[3], "Pemberdayaan Usaha Mikro");
}

/* {{grafik seri}} on the Jombang sample's data.csv (koperasi aktif 718
 * in 2023, 726 in 2024; usaha mikro berlegalitas 175 in 2024). */
static int setup_jombang(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	f->diags = diag_list_new();
	f->report = model_load_report("content/jombang-diskopum-2024",
		f->diags);
	if (f->report == NULL) {
		diag_print(f->diags, stderr);
		return -1;
	}
	f->metrics = metrics_compute(f->report, f->diags);
	f->doc.arena = arena_new();
	f->doc.report = f->report;
	f->doc.root = doc_node_new(&f->doc, DOC_DOCUMENT);
	f->ctx = (struct build_ctx){.doc = &f->doc, .report = f->report,
		.metrics = f->metrics, .diags = diag_list_new(),
		.chapter_no = 3, .chapter_label = "3"};
	*state = f;
	return 0;
}

static struct doc_node *seri(struct fx *f, const char *names, ...)
{
	struct directive d = fx_directive("grafik", "seri", NULL);
	d.arg2 = names;
	va_list ap;
	va_start(ap, names);
	const char *k;
	while ((k = va_arg(ap, const char *)) != NULL) {
		d.opt[d.nopt].key = k;
		d.opt[d.nopt].value = va_arg(ap, const char *);
		d.nopt++;
	}
	va_end(ap);
	return build(f, d);
}

static void grafik_seri(void **state)
{
	struct fx *f = *state;
	struct doc_node *n = seri(f, "koperasi_aktif,um_berlegalitas", NULL);
	const struct chart *c = n->as.fl->chart;
	/* Every year the series have: 2023 and 2024; a line each. */
	assert_int_equal(c->kind, CHART_LINE);
	assert_int_equal(c->ncategories, 2);
	assert_string_equal(c->categories[0], "2023");
	assert_int_equal(c->nseries, 2);
	assert_true(c->series[0].values[0] == 718);
	assert_true(c->series[0].values[1] == 726);
	assert_true(isnan(c->series[1].values[0])); /* no 2023 row */
	assert_true(c->series[1].values[1] == 175);
	assert_string_equal(c->labels[0][1], "726");
	assert_null(c->labels[1][0]);
	assert_string_equal(n->as.fl->alt, "Grafik garis data "
		"koperasi_aktif dan um_berlegalitas tahun 2023" NUM_RANGE_DASH
		"2024: koperasi_aktif 718 (2023), 726 (2024); um_berlegalitas "
		"- (2023), 175 (2024).");

	n = seri(f, "koperasi_aktif", "tahun", "2022-2024", "jenis", "batang",
		NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->kind, CHART_BAR);
	assert_int_equal(c->ncategories, 1);
	assert_int_equal(c->nseries, 3);
	assert_string_equal(c->series[0].name, "Tahun 2022");
	assert_true(isnan(c->series[0].values[0]));
	assert_true(c->series[2].values[0] == 726);

	/* A panel per series, each on its own axis from 0. */
	n = seri(f, "koperasi_aktif,um_berlegalitas", "bentuk", "panel", NULL);
	c = n->as.fl->chart;
	assert_int_equal(c->npanels, 2);
	assert_string_equal(c->panels[1].title, "um_berlegalitas");
	assert_true(c->panels[1].full_axis);
	assert_int_equal(c->panels[0].ncategories, 2);
	assert_true(c->panels[0].series[0].values[0] == 718);
	assert_string_equal(c->panels[1].labels[0][1], "175");
	assert_string_equal(n->as.fl->alt, "Grafik panel data koperasi_aktif "
		"dan um_berlegalitas tahun 2023" NUM_RANGE_DASH "2024, tiap "
		"panel dengan sumbunya sendiri: koperasi_aktif 718 (2023), 726 "
		"(2024); um_berlegalitas - (2023), 175 (2024).");

	/* Series named by their uraian (data.csv), the unit on the axis
	 * when they share one, else beside each name. */
	n = seri(f, "jumlah_pegawai", NULL);
	c = n->as.fl->chart;
	assert_string_equal(c->series[0].name, "Jumlah pegawai");
	assert_string_equal(c->y_label, "orang");
	assert_string_equal(c->title, "Data Jumlah pegawai Tahun "
		"2023" NUM_RANGE_DASH "2024");
	assert_string_equal(n->as.fl->alt, "Grafik garis data Jumlah pegawai "
		"tahun 2023" NUM_RANGE_DASH "2024: Jumlah pegawai 33" NUM_NBSP
		"orang (2023), 29" NUM_NBSP "orang (2024).");
	n = seri(f, "jumlah_pegawai,jumlah_sarpras", "jenis", "batang", NULL);
	c = n->as.fl->chart;
	assert_string_equal(c->categories[0], "Jumlah pegawai (orang)");
	assert_string_equal(c->categories[1], "Jumlah sarana dan prasarana "
		"(unit)");
	assert_string_equal(c->y_label, "Nilai");
	n = seri(f, "jumlah_pegawai,jumlah_sarpras", "bentuk", "panel", NULL);
	c = n->as.fl->chart;
	assert_string_equal(c->panels[1].title, "Jumlah sarana dan prasarana");
	assert_string_equal(c->panels[1].y_label, "unit");

	assert_null(seri(f, "koperasi_aktif,koperasi_hantu", NULL));
	char *m = fx_last_error(f);
	assert_string_equal(m, "bab/30-akuntabilitas.md:12:1: error: "
		"{{grafik seri}}: unknown series \"koperasi_hantu\" (not in "
		"data.csv)");
	free(m);
	assert_null(seri(f, "koperasi_aktif", "tahun", "2019", NULL));
	m = fx_last_error(f);
	assert_non_null(strstr(m, "no value of koperasi_aktif for "
		"tahun=2019"));
	free(m);
	assert_null(seri(f, NULL, NULL));
	m = fx_last_error(f);
	assert_non_null(strstr(m, "{{grafik seri}} needs the series of "
		"data.csv"));
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
		TEST(vocabulary),
		TEST(panel),
		TEST(anggaran_kolom),
		cmocka_unit_test_setup_teardown(grafik_seri, setup_jombang,
			fx_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
