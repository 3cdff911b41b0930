/* The computed tables on the small Magetan-based report under
 * tests/data/doc/mini: exact cell texts, spans, totals and errors. */
#include "test_tables_fixture.h"

#define SP NUM_NBSP

static struct doc_node *build(struct fx *f, struct directive d)
{
	const struct block_def *def = fx_def(TABLE_DEFS, NTABLE_DEFS, d.arg);
	assert_non_null(def);
	struct doc_node *t = def->build(&f->ctx, &d);
	if (t != NULL) {
		assert_int_equal(t->type, DOC_TABLE);
		assert_non_null(t->as.fl);
	}
	return t;
}

#define T(name, ...) build(f, fx_directive("tabel", name, __VA_ARGS__))

static void registry(void **state)
{
	(void)state;
	static const char *const names[] = {"kriteria", "renstra",
		"renstra-program", "iku",
		"pk", "pk-perubahan", "program", "capaian", "perbandingan",
		"kemajuan", "standar", "anggaran", "efisiensi-sasaran",
		"efisiensi-program", "ringkasan", "rencana-aksi", "sakip",
		"pegawai", "aset", "csv", "indikator-tujuan", "aset-kondisi",
		"belanja", "pegawai-silang", "efisiensi-indikator", "indikator", "seri",
		"sasaran", "rkt"};
	assert_int_equal(NTABLE_DEFS, 29);
	for (size_t i = 0; i < 29; i++) {
		const struct block_def *d = fx_def(TABLE_DEFS, NTABLE_DEFS,
			names[i]);
		assert_non_null(d);
		assert_non_null(d->options);
		assert_non_null(d->build);
	}
	const struct block_def *c = fx_def(TABLE_DEFS, NTABLE_DEFS, "capaian");
	/* A preset of the column vocabulary takes all of its options. */
	assert_string_equal(c->options[0], "kolom");
	assert_string_equal(c->options[3], "sasaran");
	assert_string_equal(c->options[6], "tahun");
	assert_string_equal(c->options[8], "baris_akhir");
	assert_string_equal(c->options[9], "kelompok");
	assert_null(c->options[10]);
}

static void capaian(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("capaian", NULL);
	assert_string_equal(t->as.fl->title, "Capaian Kinerja Tahun 2024");
	assert_string_equal(t->as.fl->sumber, "Data diolah");
	assert_int_equal(t->as.fl->header_rows, 1);
	assert_false(t->as.fl->landscape);
	assert_int_equal(fx_nchild(t), 5); /* header + 4 indicators */
	assert_string_equal(fx_cell(f, t, 0, 5), "Capaian (%)");
	/* IKU1: 76 / 70 = 108,571..., truncated as the report says. */
	assert_string_equal(fx_cell(f, t, 1, 0), "1");
	assert_string_equal(fx_cell(f, t, 1, 1),
		"Meningkatnya Produktivitas Koperasi");
	assert_string_equal(fx_cell(f, t, 1, 2), "Persentase Koperasi Sehat");
	assert_string_equal(fx_cell(f, t, 1, 3), "70" SP "%");
	assert_string_equal(fx_cell(f, t, 1, 4), "76" SP "%");
	assert_string_equal(fx_cell(f, t, 1, 5), "108,57" SP "%");
	assert_string_equal(fx_cell(f, t, 1, 6), "Sangat Berhasil");
	assert_string_equal(fx_celln(t, 1, 6)->as.cell.css_class,
		"sangat-baik");
	assert_true(fx_celln(t, 1, 5)->as.cell.numeric);
	assert_false(fx_celln(t, 1, 2)->as.cell.numeric);
	/* IKU2 keeps its unit: 2 UM -> 3 UM = 150 %. */
	assert_string_equal(fx_cell(f, t, 2, 3), "2" SP "UM");
	assert_string_equal(fx_cell(f, t, 2, 5), "150,00" SP "%");
	/* S3 spans its two indicators; "Angka"/"Skor" are not written. */
	assert_int_equal(fx_celln(t, 3, 1)->as.cell.rowspan, 2);
	assert_int_equal(fx_celln(t, 3, 0)->as.cell.rowspan, 2);
	assert_string_equal(fx_cell(f, t, 3, 3), "91,3");
	assert_string_equal(fx_cell(f, t, 3, 5), "100,66" SP "%");
	assert_int_equal(fx_nchild(fx_child(t, 4)), 5);
	assert_string_equal(fx_cell(f, t, 4, 0), "Indeks Kepuasan Masyarakat");
	assert_string_equal(fx_cell(f, t, 4, 3), "100,06" SP "%");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

static void capaian_sasaran(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("capaian", "sasaran", "S3", NULL);
	assert_string_equal(t->as.fl->title, "Capaian Kinerja Sasaran "
		"Meningkatnya Akuntabilitas Kinerja Tahun 2024");
	assert_int_equal(fx_nchild(t), 4);
	/* The sasaran's mean: (100,657 + 100,060) / 2 = 100,36. */
	struct doc_node *tot = fx_child(t, 3);
	assert_string_equal(tot->as.row.css_class, "total");
	assert_string_equal(fx_cell(f, t, 3, 0), "Capaian Sasaran");
	assert_int_equal(fx_celln(t, 3, 0)->as.cell.colspan, 5);
	assert_string_equal(fx_cell(f, t, 3, 1), "100,36" SP "%");
	assert_string_equal(fx_cell(f, t, 3, 2), "Sangat Berhasil");
	/* Another year from the history: 2023, IKU1 40 / 70 = 57,14 %. */
	t = T("capaian", "tahun", "2023", "sasaran", "S1", NULL);
	assert_string_equal(fx_cell(f, t, 1, 5), "57,14" SP "%");
	assert_string_equal(fx_cell(f, t, 1, 6), "Cukup Berhasil");
	assert_string_equal(fx_celln(t, 1, 6)->as.cell.css_class, "cukup");
}

static void capaian_errors(void **state)
{
	struct fx *f = *state;
	assert_null(T("capaian", "sasaran", "S9", NULL));
	char *m = fx_last_error(f);
	assert_string_equal(m, "bab/30-akuntabilitas.md:12:1: error: "
		"unknown sasaran \"S9\"");
	free(m);
	assert_null(T("capaian", "sasaran", "IKU1", NULL));
	m = fx_last_error(f);
	assert_string_equal(m, "bab/30-akuntabilitas.md:12:1: error: "
		"\"IKU1\" is not a sasaran (it is an indikator in "
		"indikator.csv)");
	free(m);
	assert_null(T("capaian", "tahun", "dua ribu", NULL));
	m = fx_last_error(f);
	assert_non_null(strstr(m, "option tahun: expected years such as "
		"2022,2023,2024, found \"dua ribu\""));
	free(m);
	assert_int_equal(diag_errors(f->ctx.diags), 3);
}

static void perbandingan(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("perbandingan", NULL);
	assert_true(t->as.fl->landscape);
	assert_int_equal(t->as.fl->header_rows, 2);
	/* No, Sasaran, Indikator, 3 years x 3, change + direction. */
	assert_int_equal(fx_nchild(fx_child(t, 1)), 11);
	assert_string_equal(fx_cell(f, t, 0, 3), "Tahun 2022");
	assert_int_equal(fx_celln(t, 0, 3)->as.cell.colspan, 3);
	assert_int_equal(fx_celln(t, 0, 0)->as.cell.rowspan, 2);
	assert_string_equal(fx_cell(f, t, 0, 6),
		"Perubahan 2023" NUM_RANGE_DASH "2024");
	/* IKU1: 2022 79 / 65 = 121,53; 2023 57,14; 2024 108,57; 40 -> 76. */
	assert_string_equal(fx_cell(f, t, 2, 5), "121,53" SP "%");
	assert_string_equal(fx_cell(f, t, 2, 8), "57,14" SP "%");
	assert_string_equal(fx_cell(f, t, 2, 11), "108,57" SP "%");
	assert_string_equal(fx_cell(f, t, 2, 12), "+36");
	assert_string_equal(fx_cell(f, t, 2, 13), "naik");
	/* IK4 81,75 -> 82,58 -> 83,05. */
	assert_string_equal(fx_cell(f, t, 5, 2), "81,75");
	assert_string_equal(fx_cell(f, t, 5, 10), "+0,47");

	t = T("perbandingan", "tahun", "2022,2023", NULL);
	assert_int_equal(fx_nchild(fx_child(t, 1)), 6); /* no change column */
	assert_true(t->as.fl->landscape); /* 9 columns */
	assert_null(T("perbandingan", "tahun", "kemarin", NULL));
}

static void kemajuan_standar(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("kemajuan", NULL);
	/* Rate: 76 of the final-year 75 %; count: 3 of 2 + 3 + 4 = 9 UM. */
	assert_string_equal(fx_cell(f, t, 1, 3), "76" SP "%");
	assert_string_equal(fx_cell(f, t, 1, 4), "75" SP "%");
	assert_string_equal(fx_cell(f, t, 1, 5), "101,33" SP "%");
	assert_string_equal(fx_cell(f, t, 2, 3), "3" SP "UM");
	assert_string_equal(fx_cell(f, t, 2, 4), "9" SP "UM");
	assert_string_equal(fx_cell(f, t, 2, 5), "33,33" SP "%");
	assert_string_equal(fx_cell(f, t, 0, 4), "Target Akhir Renstra (2026)");

	t = T("standar", NULL);
	assert_int_equal(fx_nchild(t), 2); /* only IK4 has a standard */
	assert_string_equal(fx_cell(f, t, 1, 2), "Indeks Kepuasan Masyarakat");
	assert_string_equal(fx_cell(f, t, 1, 3), "83,05");
	assert_string_equal(fx_cell(f, t, 1, 4), "80");
	assert_string_equal(fx_cell(f, t, 1, 5), "Nasional");
	assert_string_equal(fx_cell(f, t, 1, 6), "103,81" SP "%");
}

static void ringkasan(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("ringkasan", NULL);
	assert_int_equal(fx_nchild(t), 6);
	/* Mean of 108,571 150 100,657 100,060 (full precision) = 114,82. */
	assert_string_equal(fx_child(t, 5)->as.row.css_class, "total");
	assert_string_equal(fx_cell(f, t, 5, 0), "Rata-rata Capaian Kinerja");
	assert_string_equal(fx_cell(f, t, 5, 1), "114,82" SP "%");
	assert_string_equal(fx_cell(f, t, 5, 2), "Sangat Berhasil");
	assert_string_equal(fx_celln(t, 5, 2)->as.cell.css_class,
		"sangat-baik");
}

static void kriteria_renstra_iku_pk(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("kriteria", NULL);
	assert_int_equal(fx_nchild(t), 5);
	assert_string_equal(fx_cell(f, t, 1, 1), "\u2265 100" SP "%");
	assert_string_equal(fx_cell(f, t, 2, 1),
		"\u2265 75" SP "% s.d. < 100" SP "%");
	assert_string_equal(fx_cell(f, t, 4, 1), "< 55" SP "%");
	assert_string_equal(fx_cell(f, t, 4, 2), "Kurang Berhasil");
	assert_null(t->as.fl->sumber);

	t = T("renstra", NULL);
	assert_int_equal(t->as.fl->header_rows, 2);
	assert_string_equal(fx_cell(f, t, 0, 5),
		"Target Kinerja pada Tahun Renstra");
	assert_int_equal(fx_celln(t, 0, 5)->as.cell.colspan, 3);
	assert_string_equal(fx_cell(f, t, 1, 2), "2026");
	assert_int_equal(fx_celln(t, 2, 1)->as.cell.rowspan, 4); /* tujuan */
	assert_string_equal(fx_cell(f, t, 4, 0),
		"Meningkatnya Akuntabilitas Kinerja");
	assert_int_equal(fx_celln(t, 4, 0)->as.cell.rowspan, 2);
	assert_string_equal(fx_cell(f, t, 4, 5), "91,9");

	t = T("iku", NULL);
	assert_int_equal(fx_nchild(t), 4); /* 2 header rows + IKU1, IKU2 */
	assert_string_equal(fx_cell(f, t, 2, 6), "Laporan keragaan koperasi");

	t = T("pk", NULL);
	/* IK3 has only a revised PK target: not in the original PK. */
	assert_int_equal(fx_nchild(t), 4);
	assert_string_equal(fx_cell(f, t, 3, 2), "Indeks Kepuasan Masyarakat");
	t = T("pk-perubahan", NULL);
	assert_int_equal(fx_nchild(t), 6);
	assert_string_equal(fx_cell(f, t, 4, 4), "-");
	assert_string_equal(fx_cell(f, t, 4, 5), "91,3");
	assert_string_equal(fx_cell(f, t, 4, 6), "Indikator baru");
	assert_string_equal(fx_cell(f, t, 2, 6), "Tetap");
}

static void anggaran(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("anggaran", NULL);
	assert_int_equal(fx_nchild(t), 8); /* header, 3 x 2 lines, total */
	assert_string_equal(fx_cell(f, t, 3, 0), "2");
	assert_string_equal(fx_child(t, 3)->as.row.css_class, "program");
	assert_string_equal(fx_cell(f, t, 4, 0), "2.1");
	assert_string_equal(fx_child(t, 4)->as.row.css_class, "kegiatan");
	/* 27.000.000 of the revised 28.000.000 = 96,43 % (half up). */
	assert_string_equal(fx_cell(f, t, 3, 3), "40.000.000");
	assert_string_equal(fx_cell(f, t, 3, 4), "28.000.000");
	assert_string_equal(fx_cell(f, t, 3, 5), "27.000.000");
	assert_string_equal(fx_cell(f, t, 3, 6), "96,43" SP "%");
	assert_string_equal(fx_cell(f, t, 5, 6), "54,22" SP "%");
	assert_string_equal(fx_cell(f, t, 7, 0), "Jumlah");
	assert_int_equal(fx_celln(t, 7, 0)->as.cell.colspan, 3);
	assert_string_equal(fx_cell(f, t, 7, 4), "84,09" SP "%");

	t = T("anggaran", "tingkat", "program", NULL);
	assert_int_equal(fx_nchild(t), 5);
	assert_null(T("anggaran", "tingkat", "bidang", NULL));
	char *m = fx_last_error(f);
	assert_non_null(strstr(m, "unknown tingkat \"bidang\""));
	free(m);

	t = T("program", NULL);
	assert_string_equal(fx_cell(f, t, 0, 3), "Target Kinerja");
	assert_int_equal(fx_celln(t, 0, 3)->as.cell.colspan, 2);
	assert_string_equal(fx_cell(f, t, 4, 3), "35");
	assert_string_equal(fx_cell(f, t, 4, 4), "Koperasi");
	assert_string_equal(fx_cell(f, t, 4, 6), "28.000.000");
}

static void efisiensi(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("efisiensi-sasaran", NULL);
	assert_true(t->as.fl->landscape);
	assert_int_equal(t->as.fl->header_rows, 2);
	/* S1: capaian 108,571 - serapan 96,429 = 12,14 (selisih). */
	assert_string_equal(fx_cell(f, t, 2, 6), "108,57" SP "%");
	assert_string_equal(fx_cell(f, t, 2, 7), "28.000.000");
	assert_string_equal(fx_cell(f, t, 2, 9), "96,43" SP "%");
	assert_string_equal(fx_cell(f, t, 2, 10), "12,14" SP "%");
	/* S3's budget figures span both indicators. */
	assert_int_equal(fx_celln(t, 4, 10)->as.cell.rowspan, 2);
	assert_int_equal(fx_nchild(fx_child(t, 5)), 4);
	assert_string_equal(fx_cell(f, t, 6, 0), "Jumlah");
	assert_string_equal(fx_cell(f, t, 6, 1), "114,82" SP "%");

	t = T("efisiensi-program", NULL);
	/* 2.17.04: 20 of 35 koperasi = 57,14 %, serapan 96,43 % ->
	 * -39,29; 2.17.07: 100 - 54,22 = 45,78. */
	assert_string_equal(fx_cell(f, t, 4, 3), "35" SP "Koperasi");
	assert_string_equal(fx_cell(f, t, 4, 5), "57,14" SP "%");
	assert_string_equal(fx_cell(f, t, 4, 9), NUM_MINUS "39,29" SP "%");
	assert_string_equal(fx_cell(f, t, 6, 9), "45,78" SP "%");
}

static void pegawai(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("pegawai", "kelompok", "jabatan", NULL);
	assert_int_equal(t->as.fl->header_rows, 2);
	assert_string_equal(fx_cell(f, t, 0, 1), "Jabatan");
	assert_string_equal(fx_cell(f, t, 0, 3), "Jumlah Pegawai (orang)");
	assert_int_equal(fx_celln(t, 0, 3)->as.cell.colspan, 3);
	/* Penelaah: need 11, 2 + 3 = 5, shortfall 6. */
	assert_string_equal(fx_cell(f, t, 3, 2), "11");
	assert_string_equal(fx_cell(f, t, 3, 5), "5");
	assert_string_equal(fx_cell(f, t, 3, 6), "6");
	assert_string_equal(fx_cell(f, t, 2, 3), "-"); /* no men */
	assert_string_equal(fx_cell(f, t, 2, 6), "-"); /* no shortfall */
	assert_string_equal(fx_child(t, 5)->as.row.css_class, "total");
	assert_string_equal(fx_cell(f, t, 5, 1), "19");
	assert_string_equal(fx_cell(f, t, 5, 2), "3");
	assert_string_equal(fx_cell(f, t, 5, 3), "7");
	assert_string_equal(fx_cell(f, t, 5, 4), "10");
	assert_string_equal(fx_cell(f, t, 5, 5), "9");

	t = T("pegawai", "kelompok", "golongan", NULL);
	assert_string_equal(fx_cell(f, t, 0, 1), "Pangkat/Golongan Ruang");
	assert_int_equal(fx_nchild(fx_child(t, 0)), 3); /* no kebutuhan */
	assert_string_equal(fx_cell(f, t, 5, 1), "3");
	assert_string_equal(fx_cell(f, t, 5, 2), "6");
	assert_string_equal(fx_cell(f, t, 5, 3), "9");

	/* Counts only (jumlah): one header row, no L/P columns. */
	t = T("pegawai", "kelompok", "pendidikan", NULL);
	assert_int_equal(t->as.fl->header_rows, 1);
	assert_int_equal(fx_nchild(fx_child(t, 0)), 3);
	assert_string_equal(fx_cell(f, t, 0, 2), "Jumlah Pegawai (orang)");
	assert_string_equal(fx_cell(f, t, 2, 1), "Strata 1/Sederajat");
	assert_string_equal(fx_cell(f, t, 2, 2), "14");
	assert_string_equal(fx_cell(f, t, 4, 0), "Jumlah");
	assert_string_equal(fx_cell(f, t, 4, 1), "20");

	assert_null(T("pegawai", NULL));
	assert_null(T("pegawai", "kelompok", "agama", NULL));
	char *m = fx_last_error(f);
	assert_string_equal(m, "bab/30-akuntabilitas.md:12:1: error: no "
		"pegawai rows with kelompok \"agama\" in pegawai.csv");
	free(m);
}

static void aset_sakip_rencana(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("aset", NULL);
	assert_string_equal(fx_cell(f, t, 0, 3), "Mutasi Tahun 2024 (Rp)");
	assert_int_equal(fx_celln(t, 0, 3)->as.cell.colspan, 2);
	assert_string_equal(fx_cell(f, t, 2, 2), "-");
	assert_string_equal(fx_cell(f, t, 3, 3), "3.675.000");
	assert_string_equal(fx_cell(f, t, 5, 5), "5.185.000");
	assert_string_equal(fx_cell(f, t, 6, 0), "Jumlah");
	assert_string_equal(fx_cell(f, t, 6, 2), "3.675.000");
	assert_string_equal(fx_cell(f, t, 6, 3), "-");

	t = T("sakip", NULL);
	assert_string_equal(fx_cell(f, t, 1, 3), "27,5");
	assert_string_equal(fx_cell(f, t, 5, 0), "Jumlah");
	assert_string_equal(fx_cell(f, t, 5, 1), "100");
	assert_string_equal(fx_cell(f, t, 5, 2), "84,5");
	/* Share of the weight: 27,5 / 30 = 91,666 (truncated, as the
	 * report's capaian), 25 / 30 = 83,33; total 84,5 / 100. */
	assert_string_equal(fx_cell(f, t, 1, 4), "91,66" NUM_NBSP "%");
	assert_string_equal(fx_cell(f, t, 2, 4), "83,33" NUM_NBSP "%");
	assert_string_equal(fx_cell(f, t, 5, 3), "84,50" NUM_NBSP "%");
	assert_string_equal(fx_cell(f, t, 6, 1), "A");
	assert_null(T("sakip", "tahun", "2020", NULL));

	t = T("rencana-aksi", NULL);
	assert_string_equal(t->as.fl->title,
		"Target Waktu Pencapaian Indikator Kinerja Tahun 2025");
	assert_string_equal(fx_cell(f, t, 0, 3), "Target Tahun 2025");
	assert_int_equal(fx_celln(t, 0, 3)->as.cell.colspan, 5);
	assert_string_equal(fx_cell(f, t, 2, 3), "-");
	assert_string_equal(fx_cell(f, t, 2, 6), "73" SP "%");
	assert_string_equal(fx_cell(f, t, 3, 4), "1" SP "UM");
	assert_string_equal(fx_cell(f, t, 4, 7), "83,5");
}

static void csv(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("csv", "nama", "koperasi-jenis", NULL);
	assert_string_equal(t->as.fl->title, "Jumlah Koperasi Menurut Jenis");
	assert_string_equal(t->as.fl->sumber, "Bidang Kelembagaan");
	assert_int_equal(t->as.fl->header_rows, 1);
	assert_string_equal(fx_cell(f, t, 0, 0), "Jenis Koperasi");
	assert_string_equal(fx_cell(f, t, 1, 1), "1.234"); /* as written */
	assert_true(fx_celln(t, 1, 1)->as.cell.numeric);
	assert_false(fx_celln(t, 1, 2)->as.cell.numeric);
	assert_false(fx_celln(t, 2, 2)->as.cell.numeric); /* "-" */
	assert_true(fx_celln(t, 3, 1)->as.cell.numeric);  /* "12,5 %" */
	assert_null(T("csv", "nama", "tidak-ada", NULL));
	char *m = fx_last_error(f);
	assert_non_null(strstr(m, "unknown tabel \"tidak-ada\""));
	free(m);
	assert_null(T("csv", NULL));
}

/* "# kepala: 2", "<" and "^" merges, a total row
 * (tabel/koperasi-kecamatan.csv). */
static void csv_gabung(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("csv", "nama", "koperasi-kecamatan", NULL);
	assert_int_equal(t->as.fl->header_rows, 2);
	/* Row 0: No, Kecamatan (2 rows), Koperasi (2 columns), Jumlah. */
	assert_int_equal(fx_nchild(fx_child(t, 0)), 4);
	assert_string_equal(fx_cell(f, t, 0, 0), "No");
	assert_int_equal(fx_celln(t, 0, 0)->as.cell.rowspan, 2);
	assert_int_equal(fx_celln(t, 0, 1)->as.cell.rowspan, 2);
	assert_string_equal(fx_cell(f, t, 0, 2), "Koperasi");
	assert_int_equal(fx_celln(t, 0, 2)->as.cell.colspan, 2);
	assert_int_equal(fx_celln(t, 0, 2)->as.cell.rowspan, 1);
	assert_string_equal(fx_cell(f, t, 0, 3), "Jumlah");
	assert_int_equal(fx_celln(t, 0, 3)->as.cell.rowspan, 2);
	/* Row 1: only the two cells under Koperasi. */
	assert_int_equal(fx_nchild(fx_child(t, 1)), 2);
	assert_string_equal(fx_cell(f, t, 1, 0), "Aktif");
	assert_string_equal(fx_cell(f, t, 1, 1), "Tidak Aktif");
	assert_true(fx_celln(t, 1, 1)->as.cell.header);
	/* A body cell merged to the left. */
	assert_int_equal(fx_nchild(fx_child(t, 4)), 4);
	assert_string_equal(fx_cell(f, t, 4, 1), "Gabungan Barat");
	assert_int_equal(fx_celln(t, 4, 1)->as.cell.colspan, 2);
	/* The total row is styled as one; it adds up, so no warning. */
	assert_string_equal(fx_child(t, 5)->as.row.css_class, "total");
	assert_null(fx_child(t, 2)->as.row.css_class);
	assert_string_equal(fx_cell(f, t, 5, 4), "1.289,5");
	assert_int_equal(diag_count(f->diags), 0);
}

/* Amounts above 500 juta: exact to the rupiah. */
static void rupiah_besar(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("program", NULL);
	assert_string_equal(fx_cell(f, t, 2, 5), "2.992.759.325");
	t = T("aset", NULL);
	assert_string_equal(fx_cell(f, t, 6, 1), "3.667.173.543");
	assert_string_equal(fx_cell(f, t, 6, 4), "3.670.848.543");
}

/* The whole capaian table as doc_dump prints it, reviewed by eye once. */
static void capaian_golden(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("capaian", NULL);
	struct doc d = f->doc;
	d.root = t;
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	doc_dump(&d, mem);
	fclose(mem);
	const char *path = "tests/data/doc/capaian.golden";
	if (getenv("LKJIP_UPDATE_GOLDEN")) {
		FILE *o = fopen(path, "w");
		fwrite(buf, 1, len, o);
		fclose(o);
	}
	FILE *g = fopen(path, "r");
	assert_non_null(g);
	char want[16384];
	size_t n = fread(want, 1, sizeof want - 1, g);
	fclose(g);
	want[n] = '\0';
	assert_string_equal(buf, want);
	free(buf);
}

int main(void)
{
#define TEST(fn) cmocka_unit_test_setup_teardown(fn, fx_setup, fx_teardown)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(registry),
		TEST(capaian),
		TEST(capaian_sasaran),
		TEST(capaian_errors),
		TEST(perbandingan),
		TEST(kemajuan_standar),
		TEST(ringkasan),
		TEST(kriteria_renstra_iku_pk),
		TEST(anggaran),
		TEST(efisiensi),
		TEST(pegawai),
		TEST(aset_sakip_rencana),
		TEST(csv),
		TEST(csv_gabung),
		TEST(rupiah_besar),
		TEST(capaian_golden),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
