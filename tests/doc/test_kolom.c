/* The column vocabulary (src/doc/kolom.c) on tests/data/doc/kolom (the
 * doc fixture, Magetan's 2022-2024 figures, with budget lines naming the
 * indicators they support): arrangements a report writes in its chapter,
 * with every figure written out, and the errors of a wrong column, year
 * or code. */
#define FX_DIR "tests/data/doc/kolom"
#include "test_tables_fixture.h"

#include "doc/kolom.h"

#define SP NUM_NBSP

/* Every row of t covers the same number of columns, counting the cells
 * spanned down from rows above: the spans the engine sets are sound. */
static void grid(const struct doc_node *t)
{
	int carry[64] = {0}, width = -1;
	for (const struct doc_node *r = t->first; r; r = r->next) {
		int col = 0, w = 0;
		for (const struct doc_node *c = r->first; c; c = c->next) {
			while (col < 64 && carry[col] > 0) {
				carry[col++]--;
				w++;
			}
			for (int k = 0; k < c->as.cell.colspan && col < 64; k++)
				carry[col++] = c->as.cell.rowspan - 1;
			w += c->as.cell.colspan;
		}
		while (col < 64) {
			if (carry[col] > 0) {
				carry[col]--;
				w++;
			}
			col++;
		}
		if (width < 0)
			width = w;
		assert_int_equal(w, width);
	}
}

/* The table, checked as a tree (spans within the table, header rows
 * first: doc_node_check) when one was built. */
static struct doc_node *build(struct fx *f, struct directive d)
{
	const struct block_def *def = fx_def(TABLE_DEFS, NTABLE_DEFS, d.arg);
	assert_non_null(def);
	struct doc_node *t = def->build(&f->ctx, &d);
	if (t != NULL) {
		struct diag_list *dl = diag_list_new();
		size_t n = doc_node_check(t, dl);
		if (n > 0)
			diag_print(dl, stderr);
		diag_list_free(dl);
		assert_int_equal(n, 0);
		grid(t);
	}
	return t;
}

#define T(name, ...) build(f, fx_directive("tabel", name, __VA_ARGS__))

/* Row `row` of t as "cell | cell | ...", spanned cells absent. */
static const char *row(struct fx *f, const struct doc_node *t, int r)
{
	static char buf[4096];
	buf[0] = '\0';
	const struct doc_node *rw = fx_child(t, r);
	assert_non_null(rw);
	for (const struct doc_node *c = rw->first; c; c = c->next) {
		if (c != rw->first)
			strcat(buf, " | ");
		strcat(buf, doc_plain_text(&f->doc, c));
	}
	return buf;
}

/* The key of the figure a cell shows, or "" for a cell without one. */
static const char *key(const struct doc_node *t, int r, int c)
{
	const struct doc_node *n = fx_celln(t, r, c);
	return n->fig ? n->fig->key : "";
}

/* (a) The capaian table a report wants beside last year's: Satuan, then
 * target, realisasi and capaian of 2023 and of 2024 under a two-level
 * header. With a Satuan column the figures go without their unit. */
static void capaian_dua_tahun(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("indikator", "kolom", "no,sasaran,indikator,"
		"satuan,[target,realisasi,capaian]@2023-2024,predikat", NULL);
	assert_non_null(t);
	assert_int_equal(t->as.fl->header_rows, 2);
	assert_string_equal(row(f, t, 0), "No | Sasaran | Indikator Kinerja | "
		"Satuan | Tahun 2023 | Tahun 2024 | Kategori");
	assert_int_equal(fx_celln(t, 0, 0)->as.cell.rowspan, 2);
	assert_int_equal(fx_celln(t, 0, 4)->as.cell.colspan, 3);
	assert_int_equal(fx_celln(t, 0, 5)->as.cell.colspan, 3);
	assert_int_equal(fx_celln(t, 0, 6)->as.cell.rowspan, 2);
	assert_string_equal(row(f, t, 1), "Target | Realisasi | Capaian (%) | "
		"Target | Realisasi | Capaian (%)");
	/* IKU1: 40 / 70 = 57,142.. and 76 / 70 = 108,571.. (cut to 2). */
	assert_string_equal(row(f, t, 2), "1 | Meningkatnya Produktivitas "
		"Koperasi | Persentase Koperasi Sehat | % | 70 | 40 | 57,14" SP
		"% | 70 | 76 | 108,57" SP "% | Sangat Berhasil");
	assert_string_equal(row(f, t, 3), "2 | Meningkatnya Produktivitas "
		"Usaha Mikro | Jumlah Usaha Mikro yang Naik Kelas | UM | 1 | 1 | "
		"100,00" SP "% | 2 | 3 | 150,00" SP "% | Sangat Berhasil");
	/* S3 spans its two indicators: IK4 has no No/Sasaran cells. */
	assert_int_equal(fx_celln(t, 4, 0)->as.cell.rowspan, 2);
	assert_string_equal(row(f, t, 5), "Indeks Kepuasan Masyarakat | Skor | "
		"82 | 82,58 | 100,70" SP "% | 83 | 83,05 | 100,06" SP "% | "
		"Sangat Berhasil");
	/* Every figure cell carries its figure: the site's provenance. */
	assert_string_equal(key(t, 2, 4), "IKU1.target.2023");
	assert_string_equal(key(t, 2, 6), "IKU1.capaian.2023");
	assert_string_equal(key(t, 2, 9), "IKU1.capaian.2024");
	assert_string_equal(key(t, 2, 10), "IKU1.predikat.2024");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

/* (b) One indicator, a row a year. */
static void per_indikator(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("indikator", "indikator", "IKU1", "baris",
		"tahun", "kolom", "tahun,target,realisasi,capaian", "tahun",
		"2022,2023,2024", NULL);
	assert_non_null(t);
	assert_string_equal(t->as.fl->title, "Capaian Persentase Koperasi "
		"Sehat Tahun 2022\u2013\u20602024"); /* fmt_tahun */
	assert_string_equal(row(f, t, 0), "Tahun | Target | Realisasi | "
		"Capaian (%)");
	/* 79 / 65 = 121,538..; the reporting year's target is the revised
	 * PK's (70). */
	assert_string_equal(row(f, t, 1), "2022 | 65" SP "% | 79" SP "% | "
		"121,53" SP "%");
	assert_string_equal(row(f, t, 2), "2023 | 70" SP "% | 40" SP "% | "
		"57,14" SP "%");
	assert_string_equal(row(f, t, 3), "2024 | 70" SP "% | 76" SP "% | "
		"108,57" SP "%");
	assert_int_equal(fx_nchild(t), 4);
	assert_string_equal(key(t, 1, 3), "IKU1.capaian.2022");
	/* Without tahun=: every year of its rows up to the reporting year. */
	t = T("indikator", "indikator", "IK4", "baris", "tahun", NULL);
	assert_string_equal(t->as.fl->title, "Capaian Indeks Kepuasan "
		"Masyarakat Tahun 2022\u2013\u20602024");
	assert_string_equal(row(f, t, 0), "Tahun | Target | Realisasi | "
		"Capaian (%) | Kategori");
	assert_int_equal(fx_nchild(t), 4);
	assert_string_equal(row(f, t, 3), "2024 | 83 | 83,05 | 100,06" SP "% | "
		"Sangat Berhasil");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

/* (c) The budget of one sasaran: the programme linked to S1 and the
 * kegiatan supporting IKU1 (mendukung), closed by the sasaran's total. */
static void anggaran_sasaran(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("anggaran", "sasaran", "S1", "kolom",
		"no,kode,uraian,pagu,realisasi_anggaran,serapan", NULL);
	assert_non_null(t);
	assert_string_equal(row(f, t, 0), "No | Kode | Program/Kegiatan | "
		"Pagu (Rp) | Realisasi (Rp) | Serapan (%)");
	/* 27.000.000 / 28.000.000 = 96,428..% */
	assert_string_equal(row(f, t, 1), "1 | 2.17.04 | Program Penilaian "
		"Kesehatan KSP/USP Koperasi | 28.000.000 | 27.000.000 | "
		"96,43" SP "%");
	assert_string_equal(row(f, t, 2), "1.1 | 2.17.04.2.01 | Penilaian "
		"Kesehatan Koperasi Simpan Pinjam | 28.000.000 | 27.000.000 | "
		"96,43" SP "%");
	assert_string_equal(row(f, t, 3), "Jumlah | 28.000.000 | 27.000.000 | "
		"96,43" SP "%");
	assert_int_equal(fx_celln(t, 3, 0)->as.cell.colspan, 3);
	assert_string_equal(key(t, 3, 1), "S1.pagu");
	assert_string_equal(key(t, 3, 3), "S1.serapan");
	assert_int_equal(fx_nchild(t), 4);
	/* The preset's own columns: the original ceiling closed too. */
	t = T("anggaran", "sasaran", "S1", NULL);
	assert_string_equal(row(f, t, 0), "No | Program/Kegiatan | Penanggung "
		"Jawab | Pagu Awal (Rp) | Pagu Perubahan (Rp) | Realisasi (Rp) | "
		"Serapan (%)");
	assert_string_equal(row(f, t, 3), "Jumlah | 40.000.000 | 28.000.000 | "
		"27.000.000 | 96,43" SP "%");
	assert_string_equal(key(t, 3, 1), "S1.pagu_awal");
	/* The lines supporting one indicator (mendukung): IK3 is supported
	 * by the kegiatan 2.17.01.2.01 and by its programme 2.17.01 (which
	 * supports IK4 too); closed by IK3's own total. */
	t = T("anggaran", "indikator", "IK3", "kolom", "kode,pagu,serapan",
		NULL);
	assert_string_equal(row(f, t, 1), "2.17.01 | 3.297.585.325 | "
		"98,95" SP "%");
	assert_string_equal(row(f, t, 2), "2.17.01.2.01 | 3.297.585.325 | "
		"98,95" SP "%");
	assert_string_equal(row(f, t, 3), "Jumlah | 3.297.585.325 | 98,95" SP
		"%");
	assert_string_equal(key(t, 3, 1), "IK3.anggaran.pagu");
	/* S3: the programme linked to it; its kegiatan with it. */
	t = T("anggaran", "sasaran", "S3", "kolom", "kode,pagu", NULL);
	assert_string_equal(row(f, t, 1), "2.17.01 | 3.297.585.325");
	assert_string_equal(row(f, t, 2), "2.17.01.2.01 | 3.297.585.325");
	assert_string_equal(row(f, t, 3), "Jumlah | 3.297.585.325");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

/* Filters, labels, a closing mean, budget columns per indicator. */
static void pilihan(void **state)
{
	struct fx *f = *state;
	/* indikator= and a header of one's own. */
	struct doc_node *t = T("indikator", "indikator", "IK3,IK4", "kolom",
		"kode,indikator:Indikator,capaian@2023:Capaian {tahun}", NULL);
	assert_string_equal(row(f, t, 0), "Kode | Indikator | Tahun 2023");
	assert_string_equal(row(f, t, 1), "Capaian 2023");
	assert_string_equal(row(f, t, 2), "IK3 | Nilai SAKIP Dinas Koperasi dan "
		"UKM | 100,23" SP "%");
	assert_int_equal(fx_nchild(t), 4);
	/* tujuan=: the indicators of the sasaran under it; the preset's
	 * own columns. */
	t = T("indikator", "tujuan", "T1", NULL);
	assert_string_equal(row(f, t, 0), "No | Sasaran | Indikator Kinerja | "
		"Target | Realisasi | Capaian (%) | Kategori");
	assert_int_equal(fx_nchild(t), 5);
	assert_string_equal(row(f, t, 2), "2 | Meningkatnya Produktivitas "
		"Usaha Mikro | Jumlah Usaha Mikro yang Naik Kelas | 2" SP "UM | "
		"3" SP "UM | 150,00" SP "% | Sangat Berhasil");
	/* One sasaran closed by its mean (metrics: S3.capaian). */
	t = T("indikator", "sasaran", "S3", "kolom", "no,indikator,capaian,"
		"predikat", "baris_akhir", "rata-rata", NULL);
	/* (100,668.. + 100,060..) / 2 = 100,36.. */
	assert_string_equal(row(f, t, 3), "Capaian Sasaran | 100,36" SP "% | "
		"Sangat Berhasil");
	assert_string_equal(key(t, 3, 1), "S3.capaian");
	/* The budget lines supporting each indicator (mendukung). */
	t = T("indikator", "sasaran", "S1", "kolom", "indikator,capaian,pagu,"
		"realisasi_anggaran,serapan,efisiensi", NULL);
	assert_string_equal(row(f, t, 1), "Persentase Koperasi Sehat | "
		"108,57" SP "% | 28.000.000 | 27.000.000 | 96,43" SP "% | "
		"12,14" SP "%");
	assert_string_equal(key(t, 1, 2), "IKU1.anggaran.pagu");
	/* program=: a programme and its kegiatan, closed by its own total. */
	t = T("anggaran", "program", "2.17.07", "kolom", "no,uraian,pagu_awal,"
		"pagu_perubahan,sisa_anggaran", NULL);
	assert_string_equal(row(f, t, 0), "No | Program/Kegiatan | Pagu Awal "
		"(Rp) | Pagu Perubahan (Rp) | Sisa Anggaran (Rp)");
	/* 1.652.700.000 - 896.143.050 = 756.556.950 */
	assert_string_equal(row(f, t, 1), "1 | Program Pemberdayaan Usaha "
		"Menengah, Usaha Kecil, dan Usaha Mikro (UMKM) | 976.700.000 | "
		"1.652.700.000 | 756.556.950");
	assert_string_equal(row(f, t, 3), "Jumlah | 976.700.000 | "
		"1.652.700.000 | 756.556.950");
	assert_string_equal(key(t, 3, 3), "anggaran.2.17.07.sisa_anggaran");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

/* A sasaran's figures beside its indicators' (NAME_sasaran), spanning
 * them, closed by the report's: the efisiensi-sasaran preset's shape. */
static void kolom_sasaran(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("indikator", "sasaran", "S3", "kolom", "no,"
		"indikator,capaian,capaian_sasaran:Capaian Sasaran,pagu_sasaran,"
		"efisiensi_sasaran", "baris_akhir", "jumlah", NULL);
	assert_non_null(t);
	assert_string_equal(row(f, t, 0), "No | Indikator Kinerja | Capaian "
		"(%) | Capaian Sasaran | Pagu (Rp) | Tingkat Efisiensi");
	/* S3: capaian 100,36 %, serapan 98,95 %: 100,36 - 98,95 = 1,41. */
	assert_string_equal(row(f, t, 1), "1 | Nilai SAKIP Dinas Koperasi dan "
		"UKM | 100,66" SP "% | 100,36" SP "% | 3.297.585.325 | 1,41" SP
		"%");
	assert_int_equal(fx_celln(t, 1, 3)->as.cell.rowspan, 2);
	/* Without a sasaran column, no numbers the rows. */
	assert_string_equal(row(f, t, 2), "2 | Indeks Kepuasan Masyarakat | "
		"100,06" SP "%");
	assert_string_equal(row(f, t, 3), "Jumlah | 100,36" SP "% | "
		"3.297.585.325 | 1,41" SP "%");
	assert_int_equal(fx_celln(t, 3, 0)->as.cell.colspan, 3);
	assert_string_equal(key(t, 3, 3), "S3.efisiensi");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

/* The revised PK as a preset: IK3 entered the PK only with its revision
 * (91,3), IK4 kept its 83. */
static void pk_perubahan(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("pk-perubahan", "sasaran", "S3", "kolom",
		"indikator,target_pk,target_pk_akhir,keterangan_pk", NULL);
	assert_string_equal(row(f, t, 0), "Indikator Kinerja | Target PK | "
		"Target PK Akhir | Keterangan");
	assert_string_equal(row(f, t, 1), "Nilai SAKIP Dinas Koperasi dan UKM | "
		"- | 91,3 | Indikator baru");
	assert_string_equal(row(f, t, 2), "Indeks Kepuasan Masyarakat | 83 | 83 "
		"| Tetap");
	assert_string_equal(key(t, 1, 2), "IK3.target.2024");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

/* Rows without grouping: every indicator, numbered; the efisiensi-
 * indikator preset lists each with the lines supporting it. */
static void baris_lepas(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("indikator", "kolom", "no,kode", NULL);
	assert_int_equal(fx_nchild(t), 5);
	assert_string_equal(row(f, t, 1), "1 | IKU1");
	assert_string_equal(row(f, t, 4), "4 | IK4");
	t = T("efisiensi-indikator", NULL);
	assert_string_equal(row(f, t, 0), "No | Indikator Kinerja | "
		"Program/Kegiatan Pendukung | Kinerja | Anggaran | Tingkat "
		"Efisiensi");
	/* IKU1: 2.17.04 and its kegiatan; their money counted once (the
	 * programme's): 27 / 28 juta = 96,43 %; 108,57 - 96,43 = 12,14. */
	assert_string_equal(row(f, t, 2), "1 | Persentase Koperasi Sehat | "
		"2.17.04, 2.17.04.2.01 | 70" SP "% | 76" SP "% | 108,57" SP "% | "
		"28.000.000 | 27.000.000 | 96,43" SP "% | 12,14" SP "%");
	assert_string_equal(key(t, 2, 6), "IKU1.anggaran.pagu");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

/* A column over several years inside a group (x@2022-2024, x@renstra),
 * and rows grouped by tujuan (a tujuan column, no sasaran column). */
static void rentang_tujuan(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("indikator", "kolom", "no,tujuan,kode,"
		"[capaian@2022-2024:{tahun}]:Capaian (%),"
		"[target_renstra@renstra:{tahun}]:Target Renstra", NULL);
	assert_non_null(t);
	assert_string_equal(row(f, t, 0), "No | Tujuan | Kode | Capaian (%) | "
		"Target Renstra");
	assert_int_equal(fx_celln(t, 0, 3)->as.cell.colspan, 3);
	assert_string_equal(row(f, t, 1), "2022 | 2023 | 2024 | 2024 | 2025 | "
		"2026");
	/* IKU1: 79/65, 40/70, 76/70; Renstra targets 70, 73, 75. */
	assert_string_equal(row(f, t, 2), "1 | Meningkatkan Omset Koperasi dan "
		"Usaha Mikro | IKU1 | 121,53" SP "% | 57,14" SP "% | 108,57" SP
		"% | 70 | 73 | 75");
	/* One tujuan spans its four indicators. */
	assert_int_equal(fx_celln(t, 2, 1)->as.cell.rowspan, 4);
	/* IK4 2022: 81,75 / 81 = 100,925.. */
	assert_string_equal(row(f, t, 5), "IK4 | 100,92" SP "% | 100,70" SP
		"% | 100,06" SP "% | 83 | 83,5 | 84");
	/* Without a PK target for 2026 the Renstra's is the one that
	 * counts: its key is IKU1.target.2026. */
	assert_string_equal(key(t, 2, 8), "IKU1.target.2026");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

/* The Renstra preset filtered: one sasaran under its tujuan, the tujuan
 * spanning only the rows shown. */
static void renstra_sasaran(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("renstra", "sasaran", "S3", NULL);
	assert_string_equal(row(f, t, 1), "2024 | 2025 | 2026");
	assert_string_equal(row(f, t, 2), "1 | Meningkatkan Omset Koperasi dan "
		"Usaha Mikro | Meningkatnya Akuntabilitas Kinerja | Nilai SAKIP "
		"Dinas Koperasi dan UKM | Angka | 91,3 | 91,5 | 91,9");
	assert_int_equal(fx_celln(t, 2, 1)->as.cell.rowspan, 2);
	assert_int_equal(fx_celln(t, 2, 2)->as.cell.rowspan, 2);
	assert_string_equal(row(f, t, 3), "Indeks Kepuasan Masyarakat | Skor | "
		"83 | 83,5 | 84");
	assert_int_equal(fx_nchild(t), 4);
}

/* The IKU table's caption names the Renstra's years, and none when the
 * report gives none. */
static void iku_judul(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("iku", NULL);
	assert_string_equal(t->as.fl->title, "Indikator Kinerja Utama Tahun "
		"2024\u2013\u20602026");
	f->report->meta.renstra_awal = 0;
	t = T("iku", NULL);
	assert_string_equal(t->as.fl->title, "Indikator Kinerja Utama");
	/* IKU1 and IKU2 are the IKU; IK3 and IK4 are not. */
	assert_int_equal(fx_nchild(t), 4);
	assert_string_equal(fx_cell(f, t, 2, 2), "Persentase Koperasi Sehat");
	assert_string_equal(fx_cell(f, t, 3, 2), "Jumlah Usaha Mikro yang "
		"Naik Kelas");
}

/* Rows of sasaran: their capaian (the mean of their indicators) and
 * the budget lines linked to them. */
static void baris_sasaran(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("sasaran", "kolom", "no,kode,sasaran,"
		"capaian@2023,capaian,predikat,pagu,serapan", NULL);
	assert_non_null(t);
	assert_string_equal(row(f, t, 0), "No | Kode | Sasaran | Tahun 2023 | "
		"Capaian (%) | Kategori | Pagu (Rp) | Serapan (%)");
	assert_string_equal(row(f, t, 1), "Capaian (%)");
	assert_string_equal(row(f, t, 2), "1 | S1 | Meningkatnya Produktivitas "
		"Koperasi | 57,14" SP "% | 108,57" SP "% | Sangat Berhasil | "
		"28.000.000 | 96,43" SP "%");
	/* 896.143.050 / 1.652.700.000 = 54,223..% */
	assert_string_equal(row(f, t, 3), "2 | S2 | Meningkatnya Produktivitas "
		"Usaha Mikro | 100,00" SP "% | 150,00" SP "% | Sangat Berhasil | "
		"1.652.700.000 | 54,22" SP "%");
	/* 2023: (100,230.. + 100,707..) / 2 = 100,46..; 2024: (100,668.. +
	 * 100,060..) / 2 = 100,36..; 3.263.119.898 / 3.297.585.325 =
	 * 98,954..% */
	assert_string_equal(row(f, t, 4), "3 | S3 | Meningkatnya Akuntabilitas "
		"Kinerja | 100,46" SP "% | 100,36" SP "% | Sangat Berhasil | "
		"3.297.585.325 | 98,95" SP "%");
	assert_string_equal(key(t, 4, 3), "S3.capaian.2023");
	assert_string_equal(key(t, 4, 4), "S3.capaian");
	assert_string_equal(key(t, 4, 6), "S3.pagu");
	assert_int_equal(fx_nchild(t), 5);
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

/* The Renstra matrix (pagu_renstra.csv) as {{tabel renstra-program}}
 * and its columns on budget lines. */
static void renstra_program(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("renstra-program", NULL);
	assert_non_null(t);
	assert_true(t->as.fl->landscape);
	assert_int_equal(t->as.fl->header_rows, 2);
	assert_string_equal(row(f, t, 0), "Kode | Urusan/Bidang Urusan/"
		"Program/Kegiatan/Sub Kegiatan | Indikator Kinerja | Satuan | "
		"Baseline (2023) | 2024 | 2025 | 2026 | Kondisi Kinerja pada "
		"Akhir Periode Renstra");
	assert_int_equal(fx_celln(t, 0, 5)->as.cell.colspan, 2);
	assert_string_equal(row(f, t, 1), "Target | Pagu (Rp) | Target | "
		"Pagu (Rp) | Target | Pagu (Rp) | Target | Pagu (Rp)");
	/* The sub kegiatan, only in the Renstra: its own text; its sen kept
	 * (45.000.000,50) and summed exactly over the period:
	 * 40.000.000 + 45.000.000,50 + 50.000.000 = 135.000.000,50. */
	assert_string_equal(row(f, t, 5), "2.17.04.2.01.0001 | Pelaksanaan "
		"Penilaian Kesehatan | Jumlah koperasi yang dinilai | Unit Usaha | "
		"15 | 20 | 40.000.000 | 20 | 45.000.000,50 | 25 | 50.000.000 | 65 | "
		"135.000.000,50");
	/* Kegiatan and programme left empty: the sum of their line; their
	 * text from anggaran.csv. The urusan is the sum of its programme. */
	assert_string_equal(row(f, t, 4), "2.17.04.2.01 | Penilaian Kesehatan "
		"Koperasi Simpan Pinjam | Jumlah koperasi yang dinilai "
		"kesehatannya | Koperasi | - | 20 | 40.000.000 | 20 | "
		"45.000.000,50 | 25 | 50.000.000 | 65 | 135.000.000,50");
	assert_string_equal(row(f, t, 3), "2.17.04 | Program Penilaian "
		"Kesehatan KSP/USP Koperasi | Jumlah koperasi sehat | Koperasi | "
		"30 | 35 | 40.000.000 | 35 | 45.000.000,50 | 35 | 50.000.000 | "
		"105 | 135.000.000,50");
	assert_string_equal(row(f, t, 2), "2.17 | URUSAN KOPERASI DAN UKM | - | "
		"- | - | - | 40.000.000 | - | 45.000.000,50 | - | 50.000.000 | - | "
		"135.000.000,50");
	assert_string_equal(key(t, 2, 8), "anggaran.2.17.renstra.pagu.2025");
	assert_string_equal(key(t, 3, 4), "anggaran.2.17.04.renstra.baseline");
	assert_string_equal(key(t, 3, 9), "anggaran.2.17.04.renstra.target.2026");
	assert_string_equal(key(t, 3, 11),
		"anggaran.2.17.04.renstra.target_akhir");
	assert_string_equal(key(t, 3, 12),
		"anggaran.2.17.04.renstra.pagu_akhir");
	assert_int_equal(fx_nchild(t), 6);
	/* tingkat= and program= choose lines as on budget rows. */
	t = T("renstra-program", "tingkat", "program", "kolom",
		"kode,pagu_akhir", NULL);
	assert_int_equal(fx_nchild(t), 3);
	t = T("renstra-program", "program", "2.17.04.2.01", "kolom",
		"no,kode,[pagu_renstra]@2025-2026", NULL);
	assert_string_equal(row(f, t, 2), "1 | 2.17.04.2.01 | 45.000.000,50 | "
		"50.000.000");
	assert_string_equal(row(f, t, 3), "1.1 | 2.17.04.2.01.0001 | "
		"45.000.000,50 | 50.000.000");
	/* On budget lines: the programme's Renstra figures by its code, and
	 * its progress in the Renstra's first year, 20 koperasi against
	 * the end target 105: 19,04 % (the fixture cuts capaian to 2). */
	t = T("anggaran", "tingkat", "program", "kolom", "kode,"
		"target_renstra@2025,pagu_renstra@2026,target_akhir,"
		"realisasi_keluaran,kemajuan", "baris_akhir", "tidak", NULL);
	assert_int_equal(t->as.fl->header_rows, 2); /* "Tahun 2025" ... */
	assert_string_equal(row(f, t, 3), "2.17.04 | 35 | 50.000.000 | "
		"105" SP "Koperasi | 20" SP "Koperasi | 19,04" SP "%");
	assert_string_equal(key(t, 3, 5), "anggaran.2.17.04.kemajuan");
	/* A line without a Renstra line: "-". */
	assert_string_equal(row(f, t, 2), "2.17.01 | - | - | - | 83,05 | -");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

/* Free text beside the computed columns: kinerja.csv keterangan of the
 * column's year (or the row's), anggaran.csv keterangan of the line; an
 * empty cell where none is written. */
static void keterangan(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("indikator", "sasaran", "S1", "kolom",
		"indikator,capaian,keterangan", NULL);
	assert_non_null(t);
	assert_string_equal(row(f, t, 0), "Indikator Kinerja | Capaian (%) | "
		"Keterangan");
	assert_string_equal(row(f, t, 1), "Persentase Koperasi Sehat | "
		"108,57" SP "% | 20 dari 26 koperasi <sehat> & \"terbit\" 76 %");
	assert_string_equal(key(t, 1, 2), "");
	t = T("indikator", "indikator", "IKU1", "baris", "tahun", "tahun",
		"2023,2024", "kolom", "tahun,realisasi,keterangan", NULL);
	assert_string_equal(row(f, t, 1), "2023 | 40" SP "% | Renstra: kondisi "
		"awal");
	t = T("indikator", "sasaran", "S1", "kolom",
		"indikator,keterangan@2023", NULL);
	assert_string_equal(row(f, t, 2), "Persentase Koperasi Sehat | "
		"Renstra: kondisi awal");
	t = T("anggaran", "program", "2.17.04", "kolom", "no,uraian,pagu,"
		"keterangan", NULL);
	assert_string_equal(row(f, t, 1), "1 | Program Penilaian Kesehatan "
		"KSP/USP Koperasi | 28.000.000 | Refocusing APBD-P");
	assert_string_equal(row(f, t, 2), "1.1 | Penilaian Kesehatan Koperasi "
		"Simpan Pinjam | 28.000.000 | ");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

/* The derivation the site shows for the figure of cell (r, c). */
static const char *asal(struct fx *f, const struct doc_node *t, int r, int c)
{
	static char b[1024];
	const struct doc_node *n = fx_celln(t, r, c);
	assert_non_null(n->fig);
	return figure_derivasi(b, sizeof b, &f->ctx.report->meta, n->fig);
}

/* Closing rows of any selection: the totals of the rows shown, computed
 * by the metrics (metrics_pilihan) with their derivation; the metrics'
 * own figure when the rows are the whole it totals. */
static void akhir_pilihan(void **state)
{
	struct fx *f = *state;
	/* Two programmes: 2.17.04 (pagu awal 40.000.000, pagu 28.000.000,
	 * realisasi 27.000.000) and 2.17.07 (976.700.000, 1.652.700.000,
	 * 896.143.050), each with its kegiatan (not counted again):
	 * 1.016.700.000, 1.680.700.000, 923.143.050; sisa 757.556.950;
	 * serapan 923.143.050 / 1.680.700.000 x 100 = 54,926..%. */
	struct doc_node *t = T("anggaran", "program", "2.17.04,2.17.07",
		"kolom", "no,uraian,pagu_awal,pagu,realisasi_anggaran,"
		"sisa_anggaran,serapan", "baris_akhir", "jumlah", NULL);
	assert_non_null(t);
	assert_int_equal(fx_nchild(t), 6);
	assert_string_equal(row(f, t, 5), "Jumlah | 1.016.700.000 | "
		"1.680.700.000 | 923.143.050 | 757.556.950 | 54,93" SP "%");
	assert_string_equal(asal(f, t, 5, 2), "Pagu = pagu 28.000.000 + pagu "
		"1.652.700.000 = Rp" SP "1.680.700.000");
	assert_string_equal(asal(f, t, 5, 5), "Serapan = realisasi anggaran "
		"923.143.050 ÷ pagu 1.680.700.000 × 100 = 54,93" SP "%");
	/* The same lines chosen by the indicators they support. */
	t = T("anggaran", "indikator", "IKU1,IKU2", "kolom", "uraian,pagu,"
		"serapan", "baris_akhir", "jumlah", NULL);
	assert_string_equal(row(f, t, 5), "Jumlah | 1.680.700.000 | 54,93" SP
		"%");
	/* The whole budget: the metrics' own laporan.* figures. */
	t = T("anggaran", "kolom", "uraian,pagu,serapan", "baris_akhir",
		"jumlah", NULL);
	assert_string_equal(key(t, fx_nchild(t) - 1, 1), "laporan.pagu");
	assert_string_equal(key(t, fx_nchild(t) - 1, 2), "laporan.serapan");

	/* Two sasaran: IKU1 76 / 70 = 108,571..%, IK3 91,91 / 91,3 =
	 * 100,668..%, IK4 83,05 / 83 = 100,060..%; mean 103,099..%, cut
	 * to 103,09 (this report cuts capaian), Sangat Berhasil. The
	 * report's mean with IKU2 (150 %) would be 114,82. */
	t = T("indikator", "sasaran", "S1,S3", "kolom", "no,sasaran,indikator,"
		"capaian,predikat", "baris_akhir", "rata-rata", NULL);
	assert_int_equal(fx_nchild(t), 5);
	assert_string_equal(row(f, t, 4), "Rata-rata Capaian Kinerja | "
		"103,09" SP "% | Sangat Berhasil");
	assert_string_equal(asal(f, t, 4, 1), "Capaian = rata-rata(capaian "
		"108,57, capaian 100,66, capaian 100,06) = 103,09" SP "%");
	assert_string_equal(asal(f, t, 4, 2), "Predikat = pita skala "
		"predikat magetan yang memuat capaian 103,09 = Sangat Berhasil");
	/* A preset that filters its rows: the PK's indicators (IK3 has no
	 * target_pk): (108,571.. + 150 + 100,060..) / 3 = 119,543..%. */
	t = T("pk", "kolom", "no,sasaran,indikator,capaian", "baris_akhir",
		"rata-rata", NULL);
	assert_string_equal(row(f, t, fx_nchild(t) - 1), "Rata-rata Capaian "
		"Kinerja | 119,54" SP "%");
	/* No filter: the report's own mean, laporan.capaian. */
	t = T("indikator", "kolom", "no,sasaran,indikator,capaian",
		"baris_akhir", "rata-rata", NULL);
	assert_string_equal(row(f, t, fx_nchild(t) - 1), "Rata-rata Capaian "
		"Kinerja | 114,82" SP "%");
	assert_string_equal(key(t, fx_nchild(t) - 1, 1), "laporan.capaian");

	/* The sasaran's figures of S1 and S2: capaian (108,571.. + 150) / 2
	 * = 129,285..%; pagu 28.000.000 + 1.652.700.000, realisasi
	 * 27.000.000 + 896.143.050, serapan 54,926..%; efficiency
	 * (selisih) 129,285.. - 54,926.. = 74,359..%. */
	t = T("indikator", "sasaran", "S1,S2", "kolom", "no,sasaran,indikator,"
		"capaian_sasaran,pagu_sasaran,serapan_sasaran,efisiensi_sasaran",
		"baris_akhir", "jumlah", NULL);
	assert_string_equal(row(f, t, fx_nchild(t) - 1), "Jumlah | 129,28" SP
		"% | 1.680.700.000 | 54,93" SP "% | 74,36" SP "%");
	assert_string_equal(asal(f, t, fx_nchild(t) - 1, 4), "Efisiensi = "
		"capaian 129,28 − serapan 54,93 = 74,36" SP "%");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

/* The Rencana Kinerja Tahunan (preset rkt, kelompok=sasaran): each
 * sasaran's row above its programmes, its indicator's target and the
 * sums of its programmes' pagu: S1 has 2.17.04 (40.000.000 before the
 * revision, 28.000.000 after). target_awal is the target when
 * anggaran.csv gives none. */
static void rkt(void **state)
{
	struct fx *f = *state;
	struct doc_node *t = T("rkt", "sasaran", "S1", NULL);
	assert_non_null(t);
	assert_string_equal(row(f, t, 0), "Kode | Sasaran / Program / Kegiatan "
		"/ Sub Kegiatan | Indikator Kinerja | Sebelum Perubahan | Setelah "
		"Perubahan");
	assert_string_equal(row(f, t, 1), "Target | Pagu (Rp) | Target | "
		"Pagu (Rp)");
	assert_string_equal(row(f, t, 2), " | Sasaran: Meningkatnya "
		"Produktivitas Koperasi | Persentase Koperasi Sehat "
		"| 70" SP "% | 40.000.000 | 70" SP "% | 28.000.000");
	assert_string_equal(key(t, 2, 3), "IKU1.target_pk.2024");
	assert_string_equal(key(t, 2, 4), "S1.pagu_awal");
	assert_string_equal(key(t, 2, 6), "S1.pagu");
	assert_string_equal(row(f, t, 3), "2.17.04 | Program Penilaian "
		"Kesehatan KSP/USP Koperasi | Jumlah koperasi sehat | 35" SP
		"Koperasi | 40.000.000 | 35" SP "Koperasi | 28.000.000");
	assert_string_equal(key(t, 3, 3), "anggaran.2.17.04.target_awal");
	assert_string_equal(key(t, 3, 5), "anggaran.2.17.04.target");
	assert_string_equal(row(f, t, 5), "Jumlah | 40.000.000 |  | "
		"28.000.000");
	assert_int_equal(fx_nchild(t), 6);
	/* The same lines without their sasaran's row. */
	t = T("rkt", "sasaran", "S1", "kelompok", "tidak", NULL);
	assert_string_equal(row(f, t, 2), row(f, T("rkt", "sasaran", "S1",
		NULL), 3));
	assert_int_equal(fx_nchild(t), 5);
	/* Any budget table: the sasaran's row shows the columns it has;
	 * the sasaran in the order of their first programme (2.17.01 is
	 * S3's). */
	t = T("anggaran", "kelompok", "sasaran", "tingkat", "program", "kolom",
		"no,uraian,pagu,serapan", NULL);
	assert_string_equal(row(f, t, 1), " | Sasaran: Meningkatnya "
		"Akuntabilitas Kinerja | 3.297.585.325 | 98,95" SP "%");
	assert_string_equal(row(f, t, 2), "1 | Program Penunjang Urusan "
		"Pemerintahan Daerah Kabupaten/Kota | 3.297.585.325 | 98,95" SP
		"%");
	assert_string_equal(row(f, t, 3), " | Sasaran: Meningkatnya "
		"Produktivitas Koperasi | 28.000.000 | 96,43" SP "%");
	assert_string_equal(row(f, t, 4), "2 | Program Penilaian Kesehatan "
		"KSP/USP Koperasi | 28.000.000 | 96,43" SP "%");
	assert_int_equal(diag_count(f->ctx.diags), 0);
}

static void expect(struct fx *f, struct directive d, const char *want)
{
	assert_null(build(f, d));
	char *m = fx_last_error(f);
	assert_string_equal(m, want);
	free(m);
}

#define E(want, name, ...) \
	expect(f, fx_directive("tabel", name, __VA_ARGS__), \
		"bab/30-akuntabilitas.md:12:1: error: " want)

static void galat(void **state)
{
	struct fx *f = *state;
	E("kolom: unknown column \"capai\" (columns of these rows: no, kode, "
		"tujuan, sasaran, indikator, satuan, formula, rumus, definisi, "
		"sumber_data, penanggung_jawab, target, realisasi, capaian, "
		"predikat, target_renstra, target_pk, target_pk_perubahan, "
		"target_akhir, realisasi_kumulatif, kemajuan, perubahan, arah, "
		"standar, sumber_standar, banding_standar, pagu, "
		"realisasi_anggaran, sisa_anggaran, serapan, efisiensi, "
		"target_pk_akhir, keterangan_pk, pendukung, keterangan, "
		"capaian_sasaran, predikat_sasaran, pagu_sasaran, "
		"realisasi_anggaran_sasaran, sisa_anggaran_sasaran, "
		"serapan_sasaran, efisiensi_sasaran)",
		"indikator", "kolom", "no,capai", NULL);
	E("kolom: column \"pagu_awal\" is one of rows of budget lines "
		"({{tabel anggaran}}, program, efisiensi-program), not of "
		"indicators (columns of these rows: no, kode, tujuan, sasaran, "
		"indikator, satuan, formula, rumus, definisi, sumber_data, "
		"penanggung_jawab, target, realisasi, capaian, predikat, "
		"target_renstra, target_pk, target_pk_perubahan, target_akhir, "
		"realisasi_kumulatif, kemajuan, perubahan, arah, standar, "
		"sumber_standar, banding_standar, pagu, realisasi_anggaran, "
		"sisa_anggaran, serapan, efisiensi, target_pk_akhir, "
		"keterangan_pk, pendukung, keterangan, capaian_sasaran, "
		"predikat_sasaran, pagu_sasaran, realisasi_anggaran_sasaran, "
		"sisa_anggaran_sasaran, serapan_sasaran, efisiensi_sasaran)",
		"capaian", "kolom", "indikator,pagu_awal", NULL);
	E("year 2019 is outside the data: kinerja.csv has no row of that "
		"year for the indicators of this table",
		"indikator", "kolom", "indikator,capaian@2019", NULL);
	E("year 2021 is outside the data: kinerja.csv has no row of IKU1 in "
		"that year", "indikator", "indikator", "IKU1", "baris", "tahun",
		"tahun", "2021,2022", NULL);
	E("unknown sasaran \"S7\"", "anggaran", "sasaran", "S7", NULL);
	E("unknown indikator \"IKU9\"; did you mean \"IKU1\"?", "capaian",
		"indikator", "IKU9", NULL);
	E("\"S1\" is not an indikator (it is a sasaran in indikator.csv)",
		"capaian", "indikator", "S1", NULL);
	E("unknown program \"2.17.99\": no line of anggaran.csv has that "
		"code; did you mean \"2.17.01\"?", "anggaran", "program",
		"2.17.99", NULL);
	E("kolom: \"pagu@2023\" has no year of its own: budget lines are of "
		"the reporting year", "anggaran", "kolom", "uraian,pagu@2023",
		NULL);
	E("baris=tahun: give the one indicator whose years are the rows, "
		"e.g. indikator=IKU1", "indikator", "baris", "tahun", NULL);
	E("year 2019 is outside the data: no sasaran has a capaian for that "
		"year", "sasaran", "kolom", "sasaran,capaian@2019", NULL);
	E("baris_akhir=jumlah: rows of sasaran ({{tabel sasaran}}) have no "
		"closing row", "sasaran", "baris_akhir", "jumlah", NULL);
	E("kolom: \"[\" without \"]\" in \"[target,capaian\"", "indikator",
		"kolom", "[target,capaian", NULL);
	E("tahun=: the rows of this table are the lines of pagu_renstra.csv, "
		"chosen by program= and tingkat= (the years are the Renstra's: "
		"kolom=...@renstra)", "renstra-program", "tahun", "2024", NULL);
	E("unknown program \"2.17.07\": no line of pagu_renstra.csv has that "
		"code", "renstra-program", "program", "2.17.07", NULL);
	E("kelompok=program: expected sasaran or tidak", "rkt", "kelompok",
		"program", NULL);
	E("kelompok= groups budget lines ({{tabel anggaran}}), not these rows",
		"capaian", "kelompok", "sasaran", NULL);
}

/* A filter is read once, by kolom_saringan, for tables and charts: the
 * same wrong code gives the same message in {{tabel}} and {{grafik}}. */
static void saring_sama(void **state)
{
	struct fx *f = *state;
	static const char *const KASUS[][4] = {
		{"indikator", "target-realisasi", "indikator", "IKU9"},
		{"indikator", "target-realisasi", "indikator", "S1"},
		{"indikator", "capaian-tahunan", "sasaran", "S9"},
		{"indikator", "capaian-tahunan", "sasaran", "IKU1"},
		{"indikator", "target-realisasi", "tujuan", "S1"},
		{"anggaran", "anggaran", "sasaran", "T1"},
		{"anggaran", "anggaran", "program", "2.17.0"},
		{"anggaran", "komposisi-anggaran", "program", "2.17.99"},
	};
	static const char *const PESAN[] = {
		"unknown indikator \"IKU9\"; did you mean \"IKU1\"?",
		"\"S1\" is not an indikator (it is a sasaran in indikator.csv)",
		"unknown sasaran \"S9\"",
		"\"IKU1\" is not a sasaran (it is an indikator in indikator.csv)",
		"\"S1\" is not a tujuan (it is a sasaran in indikator.csv)",
		"\"T1\" is not a sasaran (it is a tujuan in indikator.csv)",
		"unknown program \"2.17.0\": no line of anggaran.csv has that "
			"code; did you mean \"2.17.01\"?",
		"unknown program \"2.17.99\": no line of anggaran.csv has that "
			"code; did you mean \"2.17.01\"?",
	};
	for (size_t i = 0; i < sizeof KASUS / sizeof KASUS[0]; i++) {
		const char *want = arena_printf(f->doc.arena,
			"bab/30-akuntabilitas.md:12:1: error: %s", PESAN[i]);
		expect(f, fx_directive("tabel", KASUS[i][0], KASUS[i][2],
			KASUS[i][3], NULL), want);
		const struct block_def *g = fx_def(CHART_DEFS, NCHART_DEFS,
			KASUS[i][1]);
		assert_non_null(g);
		struct directive d = fx_directive("grafik", KASUS[i][1],
			KASUS[i][2], KASUS[i][3], NULL);
		assert_null(g->build(&f->ctx, &d));
		char *m = fx_last_error(f);
		assert_string_equal(m, want);
		free(m);
	}
}

int main(void)
{
#define TEST(fn) cmocka_unit_test_setup_teardown(fn, fx_setup, fx_teardown)
	const struct CMUnitTest tests[] = {
		TEST(capaian_dua_tahun),
		TEST(per_indikator),
		TEST(anggaran_sasaran),
		TEST(pilihan),
		TEST(kolom_sasaran),
		TEST(pk_perubahan),
		TEST(iku_judul),
		TEST(baris_lepas),
		TEST(rentang_tujuan),
		TEST(renstra_sasaran),
		TEST(baris_sasaran),
		TEST(renstra_program),
		TEST(rkt),
		TEST(galat),
		TEST(saring_sama),
		TEST(akhir_pilihan),
		TEST(keterangan),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
