/* metrics_compute and metrics_validate over reports built by hand: the
 * Magetan 2024 figures (with a few deliberate errors for validation), and
 * small reports for the rules Magetan does not exercise. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
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
#define X NAN /* an empty cell */

static struct arena *A;
static int next_line = 2;

/* A cell: NaN means empty. Each cell gets its own row so a diagnostic's
 * position names exactly one cell. */
static struct nilai cell(const char *file, double v, const char *teks)
{
	struct nilai n = {0};
	n.pos.file = file;
	n.pos.line = next_line++;
	n.pos.column = 1;
	if (isnan(v))
		return n;
	n.ada = true;
	n.v = v;
	n.teks = teks;
	return n;
}

static struct indikator *ind_new(struct report *r, const char *kode,
	enum tingkat tk, struct indikator *induk, enum polaritas pol,
	enum sifat sf)
{
	struct indikator *i = arena_alloc(A, sizeof *i);
	i->kode = kode;
	i->tingkat = tk;
	i->induk = induk;
	i->polaritas = pol;
	i->sifat = sf;
	i->tahun = arena_alloc(A, 12 * sizeof *i->tahun);
	i->anak = arena_alloc(A, 8 * sizeof *i->anak);
	i->pos.file = "indikator.csv";
	i->pos.line = next_line++;
	if (induk)
		induk->anak[induk->nanak++] = i;
	if (r->indikator == NULL)
		r->indikator = arena_alloc(A, 32 * sizeof *r->indikator);
	r->indikator[r->nindikator++] = i;
	return i;
}

/* T (Renstra), PK, revised PK, R, published capaian as text. */
static struct tahunan *th(struct indikator *i, int tahun, double t,
	double pk, double pkp, double real, const char *tertulis,
	double tertulis_v)
{
	struct tahunan *y = &i->tahun[i->ntahun++];
	y->tahun = tahun;
	y->pos.file = "kinerja.csv";
	y->pos.line = next_line;
	y->target = cell("kinerja.csv", t, NULL);
	y->target_pk = cell("kinerja.csv", pk, NULL);
	y->target_pk_perubahan = cell("kinerja.csv", pkp, NULL);
	y->realisasi = cell("kinerja.csv", real, NULL);
	y->capaian_tertulis = cell("kinerja.csv", tertulis ? tertulis_v : X,
		tertulis);
	y->standar = cell("kinerja.csv", X, NULL);
	return y;
}

static struct anggaran *ang(struct report *r, const char *kode,
	enum anggaran_tingkat tk, struct anggaran *induk,
	struct indikator *sasaran, double t, double real, double pagu_awal,
	double pagu_perubahan, double realisasi_anggaran)
{
	struct anggaran *a = arena_alloc(A, sizeof *a);
	a->kode = kode;
	a->tingkat = tk;
	a->induk = induk;
	a->anak = arena_alloc(A, 8 * sizeof *a->anak);
	if (induk)
		induk->anak[induk->nanak++] = a;
	a->sasaran = sasaran;
	a->target = cell("anggaran.csv", t, NULL);
	a->realisasi = cell("anggaran.csv", real, NULL);
	a->pagu_awal = cell("anggaran.csv", pagu_awal, NULL);
	a->pagu_perubahan = cell("anggaran.csv", pagu_perubahan, NULL);
	a->realisasi_anggaran = cell("anggaran.csv", realisasi_anggaran, NULL);
	a->pos.file = "anggaran.csv";
	if (r->anggaran == NULL)
		r->anggaran = arena_alloc(A, 32 * sizeof *r->anggaran);
	r->anggaran[r->nanggaran++] = a;
	return a;
}

static void seri(struct report *r, const char *nama, int tahun, double v)
{
	if (r->data == NULL)
		r->data = arena_alloc(A, 32 * sizeof *r->data);
	struct data_seri *d = &r->data[r->ndata++];
	d->seri = nama;
	d->tahun = tahun;
	d->nilai = cell("data.csv", v, NULL);
}

static struct predikat_band magetan_band[] = {
	{"Sangat Berhasil", NULL, true, true, 100, false, false, 0, {0}, NULL},
	{"Berhasil", NULL, true, true, 75, true, false, 100, {0}, NULL},
	{"Cukup Berhasil", NULL, true, true, 55, true, false, 75, {0}, NULL},
	{"Kurang Berhasil", NULL, false, false, 0, true, false, 55, {0}, NULL},
};

static void meta_magetan(struct report *r)
{
	r->meta.tahun = 2024;
	r->meta.renstra_awal = 2024;
	r->meta.renstra_akhir = 2026;
	r->meta.skala = (struct predikat_skala){.nama = "magetan", .band = magetan_band, .nband = 4};
	r->meta.efisiensi = EFISIENSI_SELISIH;
	r->meta.rata_rata = RATA_PENUH;
	r->meta.ambang_wajar = 300;
	r->meta.fmt_capaian = (struct num_style){0, ROUND_TRUNCATE, true};
}

/* ---- Magetan 2024 ---- */

static struct report R;
static struct tahunan *iku1_2024, *iku4_2024, *iku3_2022, *iku4_2021;
static struct anggaran *p2, *p2k1, *p2k2;
static struct pegawai peg[4];
static struct aset aset[2];
static struct sakip_komponen sakip[4];

static int setup_magetan(void **state)
{
	(void)state;
	A = arena_new();
	memset(&R, 0, sizeof R);
	meta_magetan(&R);
	struct indikator *t1 = ind_new(&R, "T1", TINGKAT_TUJUAN, NULL, 0, 0);
	struct indikator *s1 = ind_new(&R, "S1", TINGKAT_SASARAN, t1, 0, 0);
	struct indikator *s2 = ind_new(&R, "S2", TINGKAT_SASARAN, t1, 0, 0);
	struct indikator *s3 = ind_new(&R, "S3", TINGKAT_SASARAN, t1, 0, 0);

	/* Persentase koperasi sehat: derived, rasio(sehat, dinilai). */
	struct indikator *iku1 = ind_new(&R, "IKU1", TINGKAT_INDIKATOR, s1,
		POLARITAS_POSITIF, SIFAT_PERSENTASE);
	iku1->rumus.jenis = RUMUS_RASIO;
	iku1->rumus.seri[0] = "koperasi_sehat";
	iku1->rumus.seri[1] = "koperasi_dinilai";
	iku1->rumus.nseri = 2;
	th(iku1, 2023, 70, 70, X, X, "57", 57);
	/* PK 75 revised to 70: the revised one counts, and a note. */
	iku1_2024 = th(iku1, 2024, 70, 75, 70, X, "108", 108);
	th(iku1, 2025, 72, X, X, X, NULL, 0);
	th(iku1, 2026, 75, X, X, X, NULL, 0);
	seri(&R, "koperasi_sehat", 2023, 20);
	seri(&R, "koperasi_dinilai", 2023, 50);
	seri(&R, "koperasi_sehat", 2024, 38);
	seri(&R, "koperasi_dinilai", 2024, 50);

	/* Jumlah UM naik kelas: a count. */
	struct indikator *iku2 = ind_new(&R, "IKU2", TINGKAT_INDIKATOR, s2,
		POLARITAS_POSITIF, SIFAT_ABSOLUT);
	th(iku2, 2023, 1, 1, X, 1, "100", 100);
	th(iku2, 2024, 2, 2, X, 3, "150", 150);
	th(iku2, 2025, 3, X, X, X, NULL, 0);
	th(iku2, 2026, 4, X, X, X, NULL, 0);

	/* Nilai SAKIP. */
	struct indikator *iku3 = ind_new(&R, "IKU3", TINGKAT_INDIKATOR, s3,
		POLARITAS_POSITIF, SIFAT_PERSENTASE);
	iku3_2022 = th(iku3, 2022, 89, X, X, X, NULL, 0); /* no realisasi */
	th(iku3, 2023, 91, X, X, 91.21, "100,23", 100.23);
	th(iku3, 2024, 91, 91, X, 91.91, "101", 101);
	th(iku3, 2026, 91.99, X, X, X, NULL, 0);

	/* IKM. 2024 published "100,6" where 83,05 / 83 = 100,06: a typo the
	 * validator must name. */
	struct indikator *iku4 = ind_new(&R, "IKU4", TINGKAT_INDIKATOR, s3,
		POLARITAS_POSITIF, SIFAT_PERSENTASE);
	iku4_2021 = th(iku4, 2021, X, X, X, 80, NULL, 0); /* no target */
	th(iku4, 2022, 81, X, X, 81.75, "100,92", 100.92);
	th(iku4, 2023, 82, X, X, 82.58, "100,70", 100.70);
	iku4_2024 = th(iku4, 2024, 83, 83, X, 83.05, "100,6", 100.6);
	th(iku4, 2026, 84, X, X, X, NULL, 0);

	/* Budget (Tabel 3.9 / 3.11). Program 1: the five kegiatan add up. */
	struct anggaran *p1 = ang(&R, "2.17.01", ANGGARAN_PROGRAM, NULL, s3,
		83, 83.05, 3297585325.0, X, 3263119898.0);
	ang(&R, "2.17.01.2.01", ANGGARAN_KEGIATAN, p1, NULL, 8, 8, 14500000,
		X, 13999500);
	ang(&R, "2.17.01.2.02", ANGGARAN_KEGIATAN, p1, NULL, 87, 85.6,
		2837317843.0, X, 2810485631.0);
	ang(&R, "2.17.01.2.06", ANGGARAN_KEGIATAN, p1, NULL, 12, 12,
		205116750, X, 201842150);
	ang(&R, "2.17.01.2.08", ANGGARAN_KEGIATAN, p1, NULL, 12, 12,
		158527132, X, 155639228);
	ang(&R, "2.17.01.2.09", ANGGARAN_KEGIATAN, p1, NULL, 4, 4, 82123600,
		X, 81153389);
	/* Program 2: its pagu typed as 125.000.000 where the kegiatan add
	 * up to 120.000.000; the kegiatan's outputs 3 -> 13 and 2 -> 10 are
	 * implausible (433 % and 500 %). */
	p2 = ang(&R, "2.17.02", ANGGARAN_PROGRAM, NULL, s1, 10, 10, 125000000,
		X, 118865000);
	p2k1 = ang(&R, "2.17.02.2.01", ANGGARAN_KEGIATAN, p2, NULL, 3, 13,
		110000000, X, 109125000);
	p2k2 = ang(&R, "2.17.02.2.02", ANGGARAN_KEGIATAN, p2, NULL, 2, 10,
		10000000, X, 9740000);
	/* Program 7 (UMKM): revised down in the APBD-P. */
	struct anggaran *p7 = ang(&R, "2.17.07", ANGGARAN_PROGRAM, NULL, s2,
		30, 30, 1800000000.0, 1652700000.0, 896143050);
	ang(&R, "2.17.07.2.01", ANGGARAN_KEGIATAN, p7, NULL, 50, 50,
		1800000000.0, 1652700000.0, 896143050);

	/* Staff: 18 by jabatan but 17 by golongan. */
	peg[0] = (struct pegawai){.kelompok = "jabatan", .uraian = "Struktural",
		.laki_laki = cell("pegawai.csv", 4, NULL),
		.perempuan = cell("pegawai.csv", 3, NULL),
		.kebutuhan = cell("pegawai.csv", 8, NULL),
		.pos = {"pegawai.csv", 2, 0, NULL}};
	peg[1] = (struct pegawai){.kelompok = "jabatan", .uraian = "Fungsional",
		.laki_laki = cell("pegawai.csv", 6, NULL),
		.perempuan = cell("pegawai.csv", 5, NULL),
		.kebutuhan = cell("pegawai.csv", X, NULL),
		.pos = {"pegawai.csv", 3, 0, NULL}};
	peg[2] = (struct pegawai){.kelompok = "golongan", .uraian = "III",
		.laki_laki = cell("pegawai.csv", 7, NULL),
		.perempuan = cell("pegawai.csv", 4, NULL),
		.kebutuhan = cell("pegawai.csv", X, NULL),
		.pos = {"pegawai.csv", 4, 0, NULL}};
	peg[3] = (struct pegawai){.kelompok = "golongan", .uraian = "IV",
		.laki_laki = cell("pegawai.csv", 3, NULL),
		.perempuan = cell("pegawai.csv", 3, NULL),
		.kebutuhan = cell("pegawai.csv", X, NULL),
		.pos = {"pegawai.csv", 5, 0, NULL}};
	R.pegawai = peg;
	R.npegawai = 4;
	/* Assets: 100 + 20 - 5 = 115, typed 110; the second adds up. */
	aset[0] = (struct aset){.uraian = "Peralatan dan Mesin",
		.saldo_awal = cell("aset.csv", 100, NULL),
		.penambahan = cell("aset.csv", 20, NULL),
		.pengurangan = cell("aset.csv", 5, NULL),
		.saldo_akhir = cell("aset.csv", 110, NULL)};
	aset[1] = (struct aset){.uraian = "Gedung dan Bangunan",
		.saldo_awal = cell("aset.csv", 1000, NULL),
		.penambahan = cell("aset.csv", X, NULL),
		.pengurangan = cell("aset.csv", 0, NULL),
		.saldo_akhir = cell("aset.csv", 1000, NULL)};
	R.aset = aset;
	R.naset = 2;
	/* SAKIP 2024: 27,5 + 26 + 12,41 + 26 = 91,91 (AA); Evaluasi scored
	 * 26 of a weight of 25. */
	const char *komp[] = {"Perencanaan", "Pengukuran", "Pelaporan",
		"Evaluasi"};
	double bobot[] = {30, 30, 15, 25}, nilai[] = {27.5, 26, 12.41, 26};
	for (int i = 0; i < 4; i++)
		sakip[i] = (struct sakip_komponen){.tahun = 2024,
			.komponen = komp[i],
			.bobot = cell("evaluasi_sakip.csv", bobot[i], NULL),
			.nilai = cell("evaluasi_sakip.csv", nilai[i], NULL)};
	R.sakip = sakip;
	R.nsakip = 4;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	arena_free(A);
	A = NULL;
	return 0;
}

static void test_magetan_capaian(void **state)
{
	(void)state;
	struct diag_list *dl = diag_list_new();
	struct metrics *m = metrics_compute(&R, dl);
	assert_int_equal(diag_count(dl), 0);
	assert_int_equal(m->nindikator, 4);
	assert_int_equal(m->nsasaran, 3);

	/* IKU1: R derived 38 / 50 x 100 = 76; T = revised PK 70. */
	const struct metrik_indikator *i1 = metrics_indikator(m, "IKU1");
	assert_non_null(i1->ini);
	assert_int_equal(i1->ntahun, 4); /* 2023..2026 */
	assert_true(i1->ini->ada_realisasi);
	assert_near(i1->ini->realisasi, 76, EPS);
	assert_near(i1->ini->target, 70, EPS);
	assert_int_equal(i1->ini->status, CAPAIAN_OK);
	assert_near(i1->ini->capaian, 108.571428571428571, EPS);
	assert_string_equal(i1->ini->predikat->nama, "Sangat Berhasil");
	/* 2023: 20 / 50 = 40 against 70 -> 57,14 (Cukup Berhasil). */
	assert_near(i1->lalu->realisasi, 40, EPS);
	assert_near(i1->lalu->capaian, 57.142857142857143, EPS);
	assert_string_equal(i1->lalu->predikat->nama, "Cukup Berhasil");
	/* Year on year: 76 - 40 = +36, naik. */
	assert_true(i1->ada_perubahan);
	assert_near(i1->perubahan, 36, EPS);
	assert_int_equal(i1->arah, ARAH_NAIK);
	/* Renstra (percentage): T_end = 2026 target 75; 76 / 75 = 101,33
	 * (Magetan Tabel 3.4 prints 101). */
	assert_true(i1->ada_target_akhir);
	assert_near(i1->target_akhir, 75, EPS);
	assert_near(i1->kemajuan, 101.333333333333333, EPS);
	/* 2025: a future target only, no capaian. */
	const struct metrik_tahun *y25 = metrics_tahun(i1, 2025);
	assert_non_null(y25);
	assert_int_equal(y25->status, CAPAIAN_TANPA_DATA);
	assert_false(y25->ada_realisasi);

	/* IKU2: 3 / 2 = 150; a count, so the end target is 2 + 3 + 4 = 9 and
	 * progress the cumulative 3 since 2024: 33,33 % (Magetan printed
	 * 3 / 4 = 75, the percentage rule applied to a count). */
	const struct metrik_indikator *i2 = metrics_indikator(m, "IKU2");
	assert_near(i2->ini->capaian, 150, EPS);
	assert_near(i2->target_akhir, 9, EPS);
	assert_near(i2->realisasi_kumulatif, 3, EPS);
	assert_near(i2->kemajuan, 100.0 / 3, EPS);
	assert_near(i2->perubahan, 2, EPS);

	/* IKU3: 91,91 / 91 = 101; end 91,99 -> 99,91 (printed 99). */
	const struct metrik_indikator *i3 = metrics_indikator(m, "IKU3");
	assert_near(i3->ini->capaian, 101, 1e-9);
	assert_near(i3->kemajuan, 91.91 / 91.99 * 100, EPS);
	assert_near(i3->perubahan, 0.70, 1e-9);

	/* IKU4: 83,05 / 83 = 100,0602...; 2023 82,58 vs 2024 83,05: naik. */
	const struct metrik_indikator *i4 = metrics_indikator(m, "IKU4");
	assert_near(i4->ini->capaian, 100.060240963855422, EPS);
	assert_int_equal(i4->arah, ARAH_NAIK);
	assert_near(i4->kemajuan, 83.05 / 84 * 100, EPS);
	assert_false(i4->ada_standar);
	/* 2021 has a realisation but no target: listed, not computable. */
	assert_int_equal(metrics_tahun(i4, 2021)->status, CAPAIAN_TANPA_DATA);

	/* Sasaran: S3 = (101 + 100,0602) / 2 = 100,5301. */
	const struct metrik_sasaran *s3 = metrics_sasaran(m, "S3");
	assert_true(s3->ada_capaian);
	assert_near(s3->capaian, (91.91 / 91 + 83.05 / 83) * 50, EPS);
	assert_string_equal(s3->predikat->nama, "Sangat Berhasil");

	/* Overall (Tabel 4.1): full precision 114,9079 (printed 114,74). */
	assert_true(m->ada_capaian);
	assert_near(m->capaian, 114.907917383821, 1e-9);
	assert_string_equal(m->predikat->nama, "Sangat Berhasil");
	metrics_free(m);

	/* The same report averaged over displayed values: 114,75. */
	R.meta.rata_rata = RATA_TAMPILAN;
	m = metrics_compute(&R, NULL);
	assert_near(m->capaian, 114.75, EPS);
	/* S3: displayed 101 and 100 -> 100,5. */
	assert_near(metrics_sasaran(m, "S3")->capaian, 100.5, EPS);
	metrics_free(m);
	R.meta.rata_rata = RATA_PENUH;
	diag_list_free(dl);
}

static void test_magetan_anggaran(void **state)
{
	(void)state;
	struct metrics *m = metrics_compute(&R, NULL);
	/* Program 7: revised pagu counts: 896.143.050 / 1.652.700.000. */
	const struct metrik_anggaran *p7 = metrics_anggaran(m, "2.17.07");
	assert_near(p7->pagu_awal, 1800000000.0, 0);
	assert_near(p7->pagu, 1652700000.0, 0);
	assert_true(p7->ada_serapan);
	assert_near(p7->serapan, 54.222971501179887, 1e-9);
	/* Efficiency (difference): 100 - 54,222971... = 45,777...: 45,78
	 * half-up; Magetan printed 45,77, the truncation. */
	assert_true(p7->ada_capaian);
	assert_near(p7->capaian, 100, EPS);
	assert_near(p7->efisiensi, 45.777028498820113, 1e-9);
	/* Kegiatan 1.1: 13.999.500 / 14.500.000 = 96,548 (printed 96,55);
	 * efficiency 100 - 96,548 = 3,45 (printed 3,4). */
	const struct metrik_anggaran *k11 = metrics_anggaran(m,
		"2.17.01.2.01");
	assert_near(k11->serapan, 96.548275862068966, 1e-9);
	assert_near(k11->efisiensi, 3.451724137931034, 1e-9);
	/* Program 1: 3.263.119.898 / 3.297.585.325 = 98,9548 (98,95). */
	const struct metrik_anggaran *p1 = metrics_anggaran(m, "2.17.01");
	assert_near(num_round(p1->serapan, 2, ROUND_HALF_UP), 98.95,
		EPS);

	/* Sasaran S2 <- program 7 only (its kegiatan is not counted
	 * again): efficiency 150 - 54,2229... = 95,777. */
	const struct metrik_sasaran *s2 = metrics_sasaran(m, "S2");
	assert_near(s2->pagu, 1652700000.0, 0);
	assert_near(s2->realisasi, 896143050, 0);
	assert_near(s2->efisiensi, 150 - 54.222971501179887, 1e-9);
	/* S1 <- program 2 with its typed (wrong) pagu 125.000.000. */
	const struct metrik_sasaran *s1 = metrics_sasaran(m, "S1");
	assert_near(s1->serapan, 118865000.0 / 125000000 * 100, EPS);

	/* Overall: programs only. */
	assert_near(m->pagu, 3297585325.0 + 125000000 + 1652700000.0,
		0);
	assert_near(m->pagu_awal, 3297585325.0 + 125000000 +
		1800000000.0, 0);
	assert_near(m->realisasi, 3263119898.0 + 118865000 + 896143050,
		0);
	assert_near(m->serapan, 4278127948.0 / 5075285325.0 * 100,
		1e-9);
	assert_near(m->efisiensi, 114.907917383821 -
		4278127948.0 / 5075285325.0 * 100, 1e-9);

	/* SAKIP total and grade, staff head count (by the first kelompok). */
	assert_int_equal(m->nsakip, 1);
	assert_near(m->sakip[0].total, 91.91, 1e-9);
	assert_string_equal(m->sakip[0].grade, "AA");
	assert_near(m->pegawai_laki_laki, 10, 0);
	assert_near(m->pegawai_perempuan, 8, 0);
	metrics_free(m);
}

/* The diagnostic at pos, or fail. */
static const struct diag *diag_at(struct diag_list *dl, struct src_pos pos)
{
	const struct diag *found = NULL;
	for (size_t i = 0; i < diag_count(dl); i++) {
		const struct diag *d = diag_get(dl, i);
		if (d->pos.line == pos.line && d->pos.file && pos.file &&
			strcmp(d->pos.file, pos.file) == 0) {
			assert_null(found); /* one finding per cell here */
			found = d;
		}
	}
	if (found == NULL)
		fail_msg("no diagnostic at %s:%d", pos.file, pos.line);
	return found;
}

static void test_magetan_validate(void **state)
{
	(void)state;
	/* Messages print figures as the document does: with the sample's
	 * own laporan.yaml pembulatan (capaian 2 decimals potong, values 2
	 * decimals half-up without trailing zeros). */
	struct num_style cap = R.meta.fmt_capaian, nil = R.meta.fmt_nilai;
	R.meta.fmt_capaian = (struct num_style){2, ROUND_TRUNCATE, false};
	R.meta.fmt_nilai = (struct num_style){2, ROUND_HALF_UP, true};
	struct metrics *m = metrics_compute(&R, NULL);
	struct diag_list *dl = diag_list_new();
	metrics_validate(m, dl);
	for (size_t i = 0; i < diag_count(dl); i++) {
		char *s = diag_format(diag_get(dl, i));
		print_message("%s\n", s);
		free(s);
	}

	const struct diag *d = diag_at(dl, iku4_2024->capaian_tertulis.pos);
	assert_int_equal(d->severity, DIAG_WARNING);
	assert_string_equal(d->message, "published capaian 100,6 differs from "
		"computed 100,06 (R 83,05 / T 83)");

	d = diag_at(dl, iku1_2024->target_pk_perubahan.pos);
	assert_int_equal(d->severity, DIAG_NOTE);
	assert_string_equal(d->message, "indicator IKU1, 2024: revised PK "
		"target 70 differs from the PK target 75; the report must show "
		"both ({{tabel pk-perubahan}} does)");

	d = diag_at(dl, p2->pagu_awal.pos);
	assert_int_equal(d->severity, DIAG_WARNING);
	assert_string_equal(d->message, "pagu 125.000.000 of 2.17.02 is not "
		"the sum of its 2 sub-lines 120.000.000 (difference "
		"5.000.000)");

	d = diag_at(dl, p2k1->realisasi.pos);
	assert_string_equal(d->message, "budget line 2.17.02.2.01: output "
		"capaian 433,33 % (R 13 / T 3) is above the plausibility "
		"threshold 300 %: do target and realisasi use the same unit?");
	d = diag_at(dl, p2k2->realisasi.pos);
	assert_non_null(strstr(d->message, "output capaian 500,00 %"));

	d = diag_at(dl, iku3_2022->target.pos);
	assert_string_equal(d->message, "indicator IKU3 has a target (89) for "
		"2022 but no realisasi");
	d = diag_at(dl, iku4_2021->realisasi.pos);
	assert_string_equal(d->message, "indicator IKU4 has a realisasi (80) "
		"for 2021 but no target");

	d = diag_at(dl, peg[2].pos);
	assert_string_equal(d->message, "staff by golongan total 17, but by "
		"jabatan 18");
	d = diag_at(dl, aset[0].saldo_akhir.pos);
	assert_string_equal(d->message, "asset \"Peralatan dan Mesin\": "
		"closing balance 110 differs from opening + additions - "
		"disposals = 115");
	d = diag_at(dl, sakip[3].nilai.pos);
	assert_string_equal(d->message, "SAKIP 2024, Evaluasi: score 26 "
		"exceeds the component's weight 25");

	/* Nothing else: every correct published capaian (108, 150, 101,
	 * 100,23, 100,92, 100,70, 57, 100) passes, future targets are not
	 * "missing realisasi", program 1 and 7 add up. */
	assert_int_equal(diag_count(dl), 10);
	assert_int_equal(diag_warnings(dl), 9);
	diag_list_free(dl);
	metrics_free(m);
	R.meta.fmt_capaian = cap;
	R.meta.fmt_nilai = nil;
}

/* ---- Rules Magetan does not exercise ---- */

static void test_negatif_dan_target_nol(void **state)
{
	(void)state;
	struct report r = {0};
	meta_magetan(&r);
	struct indikator *s = ind_new(&r, "S1", TINGKAT_SASARAN, NULL, 0, 0);
	/* Complaints: lower is better. 2023 T 10 R 12 -> 80; 2024 T 10 R 8
	 * -> 120 with the year-on-year direction turun (fewer complaints). */
	struct indikator *k = ind_new(&r, "ADU", TINGKAT_INDIKATOR, s,
		POLARITAS_NEGATIF, SIFAT_ABSOLUT);
	th(k, 2023, 10, X, X, 12, "80", 80);
	th(k, 2024, 10, X, X, 8, "120", 120);
	/* Target 0 in 2024: not computable, a warning at the target cell. */
	struct indikator *z = ind_new(&r, "NOL", TINGKAT_INDIKATOR, s,
		POLARITAS_POSITIF, SIFAT_PERSENTASE);
	struct tahunan *z24 = th(z, 2024, 0, X, X, 5, "100", 100);
	struct diag_list *dl = diag_list_new();
	struct metrics *m = metrics_compute(&r, dl);
	const struct metrik_indikator *mk = metrics_indikator(m, "ADU");
	assert_near(mk->lalu->capaian, 80, EPS);
	assert_near(mk->ini->capaian, 120, EPS);
	assert_int_equal(mk->arah, ARAH_TURUN);
	assert_near(mk->perubahan, -4, EPS);
	const struct metrik_indikator *mz = metrics_indikator(m, "NOL");
	assert_int_equal(mz->ini->status, CAPAIAN_TARGET_NOL);
	assert_null(mz->ini->predikat);
	assert_int_equal(diag_count(dl), 1);
	assert_int_equal(diag_get(dl, 0)->pos.line, z24->target.pos.line);
	assert_string_equal(diag_get(dl, 0)->message, "indicator NOL, 2024: "
		"target is 0, capaian is not computable");
	/* The sasaran averages only what is computable: 120. */
	assert_near(metrics_sasaran(m, "S1")->capaian, 120, EPS);

	struct diag_list *v = diag_list_new();
	metrics_validate(m, v);
	assert_int_equal(diag_count(v), 1);
	assert_int_equal(diag_get(v, 0)->pos.line,
		z24->capaian_tertulis.pos.line);
	assert_string_equal(diag_get(v, 0)->message, "published capaian 100 "
		"cannot be checked: the target is 0");
	diag_list_free(v);
	diag_list_free(dl);
	metrics_free(m);
	/* A negative indicator with a wrong published figure names the
	 * formula: 2T - R = 12 over 10 = 120, not 125. */
	k->tahun[1].capaian_tertulis.v = 125;
	k->tahun[1].capaian_tertulis.teks = "125";
	m = metrics_compute(&r, NULL);
	v = diag_list_new();
	metrics_validate(m, v);
	assert_int_equal(diag_count(v), 2);
	assert_string_equal(diag_get(v, 0)->message, "published capaian 125 "
		"differs from computed 120 ((2T - R) / T, R 8, T 10)");
	diag_list_free(v);
	metrics_free(m);
}

/* Growth rate, sum of series, sum of children, explicit end target,
 * standard, cap, PMK 214 per sasaran. */
static void test_turunan_dan_pmk(void **state)
{
	(void)state;
	struct report r = {0};
	meta_magetan(&r);
	r.meta.efisiensi = EFISIENSI_PMK214;
	r.meta.has_batas_capaian = true;
	r.meta.batas_capaian = 120;
	struct indikator *s = ind_new(&r, "S1", TINGKAT_SASARAN, NULL, 0, 0);
	/* Asset growth: 2023 1.200 -> 2024 1.320: +10 %. T 8 % -> 125 %,
	 * capped at 120 for the sasaran. */
	struct indikator *g = ind_new(&r, "TUMBUH", TINGKAT_INDIKATOR, s,
		POLARITAS_POSITIF, SIFAT_PERSENTASE);
	g->rumus.jenis = RUMUS_PERTUMBUHAN;
	g->rumus.seri[0] = "aset_koperasi";
	g->rumus.nseri = 1;
	th(g, 2024, 8, X, X, X, NULL, 0);
	seri(&r, "aset_koperasi", 2022, 1000);
	seri(&r, "aset_koperasi", 2023, 1200);
	seri(&r, "aset_koperasi", 2024, 1320);
	/* Sum of two series: 30 + 12 = 42 against 40 -> 105; with an
	 * explicit end target 50 (count: cumulative 42 / 50 = 84 %) and a
	 * provincial standard 35 -> 120 %. */
	struct indikator *j = ind_new(&r, "JML", TINGKAT_INDIKATOR, s,
		POLARITAS_POSITIF, SIFAT_ABSOLUT);
	j->rumus.jenis = RUMUS_JUMLAH;
	j->rumus.seri[0] = "kop_baru";
	j->rumus.seri[1] = "kop_aktif_kembali";
	j->rumus.nseri = 2;
	j->target_akhir = cell("indikator.csv", 50, NULL);
	struct tahunan *j24 = th(j, 2024, 40, X, X, X, NULL, 0);
	j24->standar = cell("kinerja.csv", 35, NULL);
	seri(&r, "kop_baru", 2024, 30);
	seri(&r, "kop_aktif_kembali", 2024, 12);
	/* Sum of children: TOTAL's realisation = JML's 42 + ANAK2's 8. */
	struct indikator *tot = ind_new(&r, "TOTAL", TINGKAT_INDIKATOR, s,
		POLARITAS_POSITIF, SIFAT_ABSOLUT);
	tot->rumus.jenis = RUMUS_JUMLAH_ANAK;
	tot->anak[tot->nanak++] = j;
	struct indikator *a2 = arena_alloc(A, sizeof *a2);
	a2->kode = "ANAK2";
	a2->tingkat = TINGKAT_INDIKATOR;
	a2->tahun = arena_alloc(A, sizeof *a2->tahun);
	a2->ntahun = 1;
	a2->tahun[0].tahun = 2024;
	a2->tahun[0].realisasi = cell("kinerja.csv", 8, NULL);
	tot->anak[tot->nanak++] = a2;
	th(tot, 2024, 50, X, X, X, NULL, 0);
	/* A formula naming a series data.csv lacks. */
	struct indikator *bad = ind_new(&r, "BAD", TINGKAT_INDIKATOR, s,
		POLARITAS_POSITIF, SIFAT_PERSENTASE);
	bad->rumus.jenis = RUMUS_RASIO;
	bad->rumus.seri[0] = "kop_baru";
	bad->rumus.seri[1] = "tidak_ada";
	bad->rumus.nseri = 2;
	bad->rumus.pos = cell("indikator.csv", 0, NULL).pos;

	/* Budget: the PMK 214 worked example as three programs of S1. */
	ang(&r, "1.01.01", ANGGARAN_PROGRAM, NULL, s, 100, 122, 4e9, X, 3.8e9);
	ang(&r, "1.01.02", ANGGARAN_PROGRAM, NULL, s, 100, 80, 1e9, X, 9.75e8);
	ang(&r, "1.01.03", ANGGARAN_PROGRAM, NULL, s, 100, 142, 5e9, X,
		4.725e9);

	struct diag_list *dl = diag_list_new();
	struct metrics *m = metrics_compute(&r, dl);
	assert_int_equal(diag_count(dl), 1);
	assert_int_equal(diag_get(dl, 0)->pos.line, bad->rumus.pos.line);
	assert_string_equal(diag_get(dl, 0)->message, "indicator BAD: formula "
		"refers to series \"tidak_ada\", which data.csv does not have");

	const struct metrik_indikator *mg = metrics_indikator(m, "TUMBUH");
	/* 2023 (+20 %) has no target row but is a year with data. */
	assert_int_equal(mg->ntahun, 2);
	assert_near(mg->lalu->realisasi, 20, EPS);
	assert_near(mg->ini->realisasi, 10, EPS);
	assert_near(mg->ini->capaian, 125, EPS);
	assert_near(mg->ini->capaian_dibatasi, 120, EPS);
	assert_int_equal(mg->arah, ARAH_TURUN);

	const struct metrik_indikator *mj = metrics_indikator(m, "JML");
	assert_near(mj->ini->realisasi, 42, EPS);
	assert_near(mj->ini->capaian, 105, EPS);
	assert_near(mj->target_akhir, 50, EPS);
	assert_near(mj->kemajuan, 84, EPS);
	assert_true(mj->ada_standar);
	assert_near(mj->banding_standar, 120, EPS);

	const struct metrik_indikator *mt = metrics_indikator(m, "TOTAL");
	assert_near(mt->ini->realisasi, 50, EPS);
	assert_near(mt->ini->capaian, 100, EPS);

	/* BAD has no data at all: no years. */
	assert_int_equal(metrics_indikator(m, "BAD")->ntahun, 0);

	/* Sasaran: mean of min(125, 120), 105, 100 = 108,33. */
	const struct metrik_sasaran *ms = metrics_sasaran(m, "S1");
	assert_near(ms->capaian, (120.0 + 105 + 100) / 3, EPS);
	/* PMK 214 over its programs, each output capaian capped at 120 %:
	 * (4e9 x 1,20 - 3,8e9) + (1e9 x 0,80 - 0,975e9) + (5e9 x 1,20 -
	 * 4,725e9) = 1e9 - 0,175e9 + 1,275e9 = 2,1e9 over 4,8e9 + 0,8e9 +
	 * 6e9 = 11,6e9 -> 18,10 %. Without the cap: 26 % (SPEC). */
	assert_near(ms->efisiensi, 2.1e9 / 11.6e9 * 100, 1e-9);
	assert_near(m->efisiensi, 2.1e9 / 11.6e9 * 100, 1e-9);
	/* Per line: program 2, (0,8e9 - 0,975e9) / 0,8e9 = -21,875 %. */
	assert_near(metrics_anggaran(m, "1.01.02")->efisiensi, -21.875,
		1e-9);
	metrics_free(m);

	r.meta.has_batas_capaian = false;
	m = metrics_compute(&r, NULL);
	assert_near(metrics_sasaran(m, "S1")->efisiensi,
		3.28e9 / 12.78e9 * 100, 1e-9);
	assert_near(num_round(m->efisiensi, 0, ROUND_HALF_UP), 26, EPS);
	/* Ratio method: overall capaian / serapan. */
	metrics_free(m);
	r.meta.efisiensi = EFISIENSI_RASIO;
	m = metrics_compute(&r, NULL);
	assert_near(m->efisiensi, m->capaian / (9.5e9 / 10e9 * 100),
		1e-12);
	metrics_free(m);
	diag_list_free(dl);
}

/* Budget lines whose realisasi the source does not report (an empty
 * realisasi_anggaran, "tidak dilaporkan"): neither 0 nor part of a sum.
 *   Sub A  pagu 10.000.000, spent 9.500.000, output 10 of 10
 *   Sub B  pagu  5.000.000, spent ?,         output ? of 5
 *   Kegiatan K1 (empty) = pagu 15.000.000, realisasi 9.500.000 + ?: not
 *          computable; K2 pagu 13.000.000, spent 0 (typed): 0,00 %
 *   Program P (pagu empty = 28.000.000) typed 24.000.000: kept,
 *          serapan 24/28 = 85,714 %, and so the sasaran and the report. */
static void test_tidak_dilaporkan(void **state)
{
	(void)state;
	struct report r = {0};
	meta_magetan(&r);
	struct indikator *s = ind_new(&r, "S1", TINGKAT_SASARAN, NULL, 0, 0);
	struct indikator *i = ind_new(&r, "IKU1", TINGKAT_INDIKATOR, s,
		POLARITAS_POSITIF, SIFAT_PERSENTASE);
	th(i, 2024, 70, X, X, 76, NULL, 0);
	struct anggaran *p = ang(&r, "2.17.05", ANGGARAN_PROGRAM, NULL, s, X,
		X, X, X, 24e6);
	struct anggaran *k1 = ang(&r, "2.17.05.2.01", ANGGARAN_KEGIATAN, p,
		NULL, X, X, X, X, X);
	ang(&r, "2.17.05.2.01.0001", ANGGARAN_SUBKEGIATAN, k1, NULL, 10, 10,
		10e6, X, 9.5e6);
	ang(&r, "2.17.05.2.01.0002", ANGGARAN_SUBKEGIATAN, k1, NULL, 5, X,
		5e6, X, X);
	ang(&r, "2.17.05.2.02", ANGGARAN_KEGIATAN, p, NULL, X, X, 13e6, X, 0);
	struct diag_list *dl = diag_list_new();
	struct metrics *m = metrics_compute(&r, dl);
	metrics_validate(m, dl);
	/* No sum check against lines not reported, no warning for a
	 * target whose realisasi is not reported. */
	assert_int_equal(diag_count(dl), 0);
	const struct metrik_anggaran *a = metrics_anggaran(m,
		"2.17.05.2.01.0001");
	assert_false(a->tak_dilaporkan);
	assert_near(a->serapan, 95, EPS);
	const struct metrik_anggaran *b = metrics_anggaran(m,
		"2.17.05.2.01.0002");
	assert_true(b->tak_dilaporkan);
	assert_false(b->ada_serapan);
	assert_false(b->ada_capaian);
	assert_false(b->ada_efisiensi);
	const struct metrik_anggaran *mk1 = metrics_anggaran(m, "2.17.05.2.01");
	assert_true(mk1->tak_dilaporkan);
	assert_true(mk1->realisasi_dijumlah);
	assert_near(mk1->pagu, 15e6, EPS);
	assert_false(mk1->ada_serapan);
	const struct metrik_anggaran *mk2 = metrics_anggaran(m, "2.17.05.2.02");
	assert_false(mk2->tak_dilaporkan);
	assert_true(mk2->ada_serapan);
	assert_near(mk2->serapan, 0, EPS);
	const struct metrik_anggaran *mp = metrics_anggaran(m, "2.17.05");
	assert_false(mp->tak_dilaporkan);
	assert_near(mp->pagu, 28e6, EPS);
	assert_near(mp->realisasi, 24e6, EPS);
	assert_near(mp->serapan, 24.0 / 28 * 100, 1e-9);
	assert_near(metrics_sasaran(m, "S1")->serapan, 24.0 / 28 * 100, 1e-9);
	assert_false(m->tak_dilaporkan);
	assert_near(m->serapan, 24.0 / 28 * 100, 1e-9);
	/* The figures say so, printed by the one formatter. */
	char buf[64];
	const struct figure *f = metrics_figure(m,
		"anggaran.2.17.05.2.01.0002.sisa_anggaran");
	assert_false(f->ada);
	assert_string_equal(figure_teks(buf, sizeof buf, &r.meta, f),
		"tidak dilaporkan");
	f = metrics_figure(m, "anggaran.2.17.05.2.01.realisasi");
	assert_string_equal(figure_teks(buf, sizeof buf, &r.meta, f),
		"tidak dilaporkan");
	f = metrics_figure(m, "anggaran.2.17.05.2.02.serapan");
	/* 0 decimals: this meta sets no fmt_anggaran */
	assert_string_equal(figure_teks(buf, sizeof buf, &r.meta, f), "0");
	/* A target without realisasi and no output at all: "-" */
	f = metrics_figure(m, "anggaran.2.17.05.2.02.capaian");
	assert_string_equal(figure_teks(buf, sizeof buf, &r.meta, f), "-");
	metrics_free(m);

	/* The programme's own realisasi left empty too: the sasaran's and
	 * the report's are not computable; their pagu still is. */
	p->realisasi_anggaran = cell("anggaran.csv", X, NULL);
	m = metrics_compute(&r, NULL);
	assert_true(metrics_anggaran(m, "2.17.05")->tak_dilaporkan);
	assert_true(metrics_sasaran(m, "S1")->tak_dilaporkan);
	assert_false(metrics_sasaran(m, "S1")->ada_serapan);
	assert_true(m->tak_dilaporkan);
	assert_false(m->ada_serapan);
	assert_false(m->ada_efisiensi);
	assert_near(m->pagu, 28e6, EPS);
	f = metrics_figure(m, "laporan.serapan");
	assert_string_equal(figure_teks(buf, sizeof buf, &r.meta, f),
		"tidak dilaporkan");
	metrics_free(m);
	diag_list_free(dl);
}

/* PMK 214/2017 weighs outputs: a programme whose sub kegiatan carry
 * targets is measured by them, not by its own outcome indicator (the
 * Sidowangi revenue office's Program Pengelolaan Pendapatan Daerah). */
static void test_pmk214_keluaran(void **state)
{
	(void)state;
	struct report r = {0};
	meta_magetan(&r);
	r.meta.efisiensi = EFISIENSI_PMK214;
	struct indikator *s = ind_new(&r, "S1", TINGKAT_SASARAN, NULL, 0, 0);
	struct indikator *i = ind_new(&r, "IKU1", TINGKAT_INDIKATOR, s,
		POLARITAS_POSITIF, SIFAT_PERSENTASE);
	th(i, 2024, 100, X, X, 100, NULL, 0);
	/* Programme outcome 104,5 %; kegiatan 2.1 (objek pajak 6.842 of
	 * 6.000) and 2.2 (wajib pajak 2.918 of 2.500) with their sub
	 * kegiatan: 3 of 3 dokumen, 6.842 of 6.000 objek, 2.918 of 2.500
	 * wajib pajak, 6 of 5 kanal. */
	struct anggaran *p = ang(&r, "5.02.02", ANGGARAN_PROGRAM, NULL, s,
		100, 104.5, 3195000000.0, 3509500000.0, 3335215550.0);
	struct anggaran *k1 = ang(&r, "5.02.02.2.01", ANGGARAN_KEGIATAN, p,
		NULL, 6000, 6842, X, X, X);
	ang(&r, "5.02.02.2.01.0002", ANGGARAN_SUBKEGIATAN, k1, NULL, 3, 3,
		350000000, 412000000, 398215000);
	ang(&r, "5.02.02.2.01.0004", ANGGARAN_SUBKEGIATAN, k1, NULL, 6000,
		6842, 1250000000.0, 1475500000.0, 1402818750.0);
	struct anggaran *k2 = ang(&r, "5.02.02.2.02", ANGGARAN_KEGIATAN, p,
		NULL, 2500, 2918, X, X, X);
	ang(&r, "5.02.02.2.02.0001", ANGGARAN_SUBKEGIATAN, k2, NULL, 2500,
		2918, 680000000, 742000000, 731064200);
	ang(&r, "5.02.02.2.02.0003", ANGGARAN_SUBKEGIATAN, k2, NULL, 5, 6,
		915000000, 880000000, 803117600);
	/* A programme with no output below it: its own capaian (100 %). */
	ang(&r, "5.02.01", ANGGARAN_PROGRAM, NULL, s, 100, 100, 6623000000.0,
		6803150000.0, 6686983170.0);
	struct metrics *m = metrics_compute(&r, NULL);
	/* Kegiatan 2.1: 412.000.000 x 1 + 1.475.500.000 x 1,140333... =
	 * 2.094.561.833,33 against 1.801.033.750 spent:
	 * 293.528.083,33 / 2.094.561.833,33 = 14,0138 %. */
	double a1 = 412000000.0 + 1475500000.0 * 6842 / 6000;
	double e1 = (a1 - 1801033750.0) / a1 * 100;
	assert_near(metrics_anggaran(m, "5.02.02.2.01")->efisiensi, e1, 1e-9);
	assert_near(num_round(e1, 2, ROUND_HALF_UP), 14.01, EPS);
	/* Kegiatan 2.2: 742.000.000 x 1,1672 + 880.000.000 x 1,2 =
	 * 1.922.062.400 against 1.534.181.800: 20,1804 %. */
	double a2 = 742000000.0 * 1.1672 + 880000000.0 * 1.2;
	double e2 = (a2 - 1534181800.0) / a2 * 100;
	assert_near(metrics_anggaran(m, "5.02.02.2.02")->efisiensi, e2, 1e-9);
	assert_near(num_round(e2, 2, ROUND_HALF_UP), 20.18, EPS);
	/* The programme: its four outputs, (a1 + a2 - 3.335.215.550) /
	 * (a1 + a2) = 16,9647 %, not its outcome's (3.509.500.000 x 1,045 -
	 * 3.335.215.550) / 3.667.427.500 = 9,06 %. */
	double ep = (a1 + a2 - 3335215550.0) / (a1 + a2) * 100;
	assert_near(metrics_anggaran(m, "5.02.02")->efisiensi, ep, 1e-9);
	assert_near(num_round(ep, 2, ROUND_HALF_UP), 16.96, EPS);
	/* 5.02.01 alone: (6.803.150.000 - 6.686.983.170) / 6.803.150.000 =
	 * 1,7075 %. The report: its five outputs, 7,37 % over
	 * a1 + a2 + 6.803.150.000 against 10.022.198.720 spent. */
	assert_near(metrics_anggaran(m, "5.02.01")->efisiensi,
		(6803150000.0 - 6686983170.0) / 6803150000.0 * 100, 1e-9);
	double ar = a1 + a2 + 6803150000.0;
	double er = (ar - 10022198720.0) / ar * 100;
	assert_near(m->efisiensi, er, 1e-9);
	assert_near(metrics_sasaran(m, "S1")->efisiensi, er, 1e-9);
	assert_near(num_round(er, 2, ROUND_HALF_UP), 7.37, EPS);
	/* explain names the outputs: pagu, capaian and realisasi of each of
	 * the programme's four sub kegiatan, of the report's five. */
	const struct figure *f = metrics_figure(m, "anggaran.5.02.02.efisiensi");
	assert_int_equal(f->ninput, 12);
	assert_string_equal(f->input[0]->key, "anggaran.5.02.02.2.01.0002.pagu");
	assert_string_equal(f->input[1]->key,
		"anggaran.5.02.02.2.01.0002.capaian");
	assert_int_equal(metrics_figure(m, "laporan.efisiensi")->ninput, 15);
	metrics_free(m);
}

/* PMK 214 with an output whose realisasi is not reported (rkt): the
 * kegiatan and program typed 90.000.000 of 100.000.000 keep their
 * serapan (90,00 %), but their efficiency would weigh sub B as spending
 * 0: it is not computable, nor the report's. */
static void test_pmk214_tak_dilaporkan(void **state)
{
	(void)state;
	struct report r = {0};
	meta_magetan(&r);
	r.meta.efisiensi = EFISIENSI_PMK214;
	struct indikator *s = ind_new(&r, "S1", TINGKAT_SASARAN, NULL, 0, 0);
	struct indikator *i = ind_new(&r, "IKU1", TINGKAT_INDIKATOR, s,
		POLARITAS_POSITIF, SIFAT_PERSENTASE);
	th(i, 2024, 100, X, X, 100, NULL, 0);
	struct anggaran *p = ang(&r, "1.01.01", ANGGARAN_PROGRAM, NULL, s, 1,
		1, 100e6, X, 90e6);
	struct anggaran *k = ang(&r, "1.01.01.2.01", ANGGARAN_KEGIATAN, p,
		NULL, 1, 1, 100e6, X, 90e6);
	ang(&r, "1.01.01.2.01.0001", ANGGARAN_SUBKEGIATAN, k, NULL, 1, 1,
		60e6, X, 55e6);
	ang(&r, "1.01.01.2.01.0002", ANGGARAN_SUBKEGIATAN, k, NULL, 1, 1,
		40e6, X, X);
	struct metrics *m = metrics_compute(&r, NULL);
	const struct metrik_anggaran *mk = metrics_anggaran(m, "1.01.01.2.01");
	assert_true(mk->ada_serapan);
	assert_near(mk->serapan, 90, EPS);
	assert_false(mk->ada_efisiensi);
	assert_false(metrics_anggaran(m, "1.01.01")->ada_efisiensi);
	assert_false(m->ada_efisiensi);
	/* Sub A alone: (60.000.000 - 55.000.000) / 60.000.000 = 8,33 %. */
	assert_near(metrics_anggaran(m, "1.01.01.2.01.0001")->efisiensi,
		5.0 / 60 * 100, 1e-9);
	metrics_free(m);
}

/* The report's mean of another year is over the sasaran's indicators,
 * as the reporting year's is: a tujuan's own indicator stays out. */
static void test_rata_tanpa_tujuan(void **state)
{
	(void)state;
	struct report r = {0};
	meta_magetan(&r);
	struct indikator *t = ind_new(&r, "T1", TINGKAT_TUJUAN, NULL, 0, 0);
	struct indikator *tk = ind_new(&r, "TK1", TINGKAT_INDIKATOR, t,
		POLARITAS_POSITIF, SIFAT_PERSENTASE);
	struct indikator *s = ind_new(&r, "S1", TINGKAT_SASARAN, t, 0, 0);
	struct indikator *i1 = ind_new(&r, "IKU1", TINGKAT_INDIKATOR, s,
		POLARITAS_POSITIF, SIFAT_PERSENTASE);
	struct indikator *i2 = ind_new(&r, "IKU2", TINGKAT_INDIKATOR, s,
		POLARITAS_NEGATIF, SIFAT_PERSENTASE);
	/* 2023: TK1 53,9 / 53 = 101,70 %; IKU1 81,02 / 80 = 101,275 %;
	 * IKU2 (28 - 13,2) / 14 = 105,714 %. */
	th(tk, 2023, 53, X, X, 53.9, NULL, 0);
	th(tk, 2024, 55, X, X, 56.4, NULL, 0);
	th(i1, 2023, 80, X, X, 81.02, NULL, 0);
	th(i1, 2024, 81, X, X, 84.37, NULL, 0);
	th(i2, 2023, 14, X, X, 13.2, NULL, 0);
	th(i2, 2024, 12, X, X, 10.8, NULL, 0);
	struct metrics *m = metrics_compute(&r, NULL);
	/* (101,275 + 105,714) / 2 = 103,49 %, not 102,90 % with TK1. */
	const struct figure *f = metrics_figure(m, "laporan.capaian.2023");
	assert_non_null(f);
	assert_near(f->v, (81.02 / 80 * 100 + 14.8 / 14 * 100) / 2, 1e-9);
	assert_int_equal(f->ninput, 2);
	/* 2024: (104,16 + 110) / 2 = 107,08 %. */
	f = metrics_figure(m, "laporan.capaian");
	assert_near(f->v, (84.37 / 81 * 100 + 110) / 2, 1e-9);
	assert_int_equal(f->ninput, 2);
	metrics_free(m);
}

/* Qualitative indicator with the report's mapping, and an unknown grade. */
static void test_kualitatif_laporan(void **state)
{
	(void)state;
	struct report r = {0};
	meta_magetan(&r);
	struct grade_skor g[] = {{"A", 90}, {"BB", 80}};
	r.meta.grade = g;
	r.meta.ngrade = 2;
	struct indikator *s = ind_new(&r, "S1", TINGKAT_SASARAN, NULL, 0, 0);
	struct indikator *q = ind_new(&r, "SAKIP", TINGKAT_INDIKATOR, s,
		POLARITAS_KUALITATIF, SIFAT_PERSENTASE);
	struct tahunan *y23 = th(q, 2023, 0, X, X, 0, NULL, 0);
	y23->target.grade = "BB";
	y23->realisasi.grade = "CC";
	y23->realisasi.teks = "CC (60)";
	struct tahunan *y24 = th(q, 2024, 0, X, X, 0, NULL, 0);
	y24->target.grade = "BB";
	y24->realisasi.grade = "A";
	struct diag_list *dl = diag_list_new();
	struct metrics *m = metrics_compute(&r, dl);
	const struct metrik_indikator *mq = metrics_indikator(m, "SAKIP");
	assert_near(mq->ini->capaian, 112.5, EPS);
	assert_int_equal(mq->lalu->status, CAPAIAN_GRADE_TAK_DIKENAL);
	assert_int_equal(diag_count(dl), 1);
	assert_int_equal(diag_get(dl, 0)->pos.line, y23->realisasi.pos.line);
	assert_string_equal(diag_get(dl, 0)->message, "indicator SAKIP, 2023: "
		"grade \"BB\" / \"CC\" not in perhitungan.nilai_kualitatif");
	metrics_free(m);
	diag_list_free(dl);
}

/* A Renstra line (pagu_renstra.csv) with its ceilings of 2024..2026. */
static struct renstra *ren(struct report *r, const char *kode, int bagian,
	struct renstra *induk, struct anggaran *a, double p24, double p25,
	double p26)
{
	struct renstra *rs = arena_alloc(A, sizeof *rs);
	rs->kode = kode;
	rs->bagian = bagian;
	rs->anggaran = a;
	rs->induk = induk;
	rs->anak = arena_alloc(A, 8 * sizeof *rs->anak);
	if (induk)
		induk->anak[induk->nanak++] = rs;
	rs->pos.file = "pagu_renstra.csv";
	rs->tahun = arena_alloc(A, 3 * sizeof *rs->tahun);
	double p[3] = {p24, p25, p26};
	for (int i = 0; i < 3; i++) {
		struct renstra_tahun *t = &rs->tahun[rs->ntahun++];
		t->tahun = 2024 + i;
		t->pagu = cell("pagu_renstra.csv", p[i], NULL);
		t->target = cell("pagu_renstra.csv", X, NULL);
	}
	rs->pagu_akhir = cell("pagu_renstra.csv", X, NULL);
	rs->target_akhir = cell("pagu_renstra.csv", X, NULL);
	if (r->renstra == NULL)
		r->renstra = arena_alloc(A, 16 * sizeof *r->renstra);
	r->renstra[r->nrenstra++] = rs;
	return rs;
}

/* The Renstra matrix: programme 2.17.05 over kegiatan K1 (60, 70, 80
 * juta) and K2 (30, 35, 40 juta). Its 2024 ceiling typed 100 juta is
 * not 60 + 30 = 90: a warning, 100 printed; 2025 left empty is 70 + 35
 * = 105; 2026 typed 120 = 80 + 40, no warning. Its pagu_akhir typed 300
 * juta is not 100 + 105 + 120 = 325: a warning; K1's left empty is 60 +
 * 70 + 80 = 210. In 2025, the Renstra's second year, the programme (a
 * rate, sifat persentase) progresses 40 / 50 x 100 = 80 %; K1 (absolut)
 * and K2 (no sifat) have no kemajuan: anggaran.csv holds 2025 only, and
 * a count's progress sums the Renstra's years. */
static void test_renstra_jumlah(void **state)
{
	(void)state;
	struct report r = {0};
	meta_magetan(&r);
	r.meta.tahun = 2025;
	struct anggaran *ap = ang(&r, "2.17.05", ANGGARAN_PROGRAM, NULL, NULL,
		45, 40, 1e8, X, 9e7);
	struct anggaran *ak1 = ang(&r, "2.17.05.2.01", ANGGARAN_KEGIATAN, ap,
		NULL, 25, 12, 6e7, X, 5e7);
	struct anggaran *ak2 = ang(&r, "2.17.05.2.02", ANGGARAN_KEGIATAN, ap,
		NULL, 8, 5, 4e7, X, 4e7);
	struct renstra *p = ren(&r, "2.17.05", 3, NULL, ap, 1e8, X, 1.2e8);
	struct renstra *k1 = ren(&r, "2.17.05.2.01", 5, p, ak1, 6e7, 7e7, 8e7);
	struct renstra *k2 = ren(&r, "2.17.05.2.02", 5, p, ak2, 3e7, 3.5e7,
		4e7);
	p->pagu_akhir = cell("pagu_renstra.csv", 3e8, NULL);
	p->target_akhir = cell("pagu_renstra.csv", 50, NULL);
	p->ada_sifat = true;
	p->sifat = SIFAT_PERSENTASE;
	k1->target_akhir = cell("pagu_renstra.csv", 30, NULL);
	k1->ada_sifat = true;
	k1->sifat = SIFAT_ABSOLUT;
	k2->target_akhir = cell("pagu_renstra.csv", 10, NULL);
	struct diag_list *dl = diag_list_new();
	struct metrics *m = metrics_compute(&r, dl);
	const struct metrik_renstra *mp = metrics_renstra(m, "2.17.05");
	assert_near(mp->pagu[0], 1e8, 0);
	assert_false(mp->pagu_dijumlah[0]);
	assert_near(mp->pagu[1], 1.05e8, 0);
	assert_true(mp->pagu_dijumlah[1]);
	assert_near(mp->pagu[2], 1.2e8, 0);
	assert_near(mp->pagu_akhir, 3e8, 0);
	assert_near(metrics_renstra(m, "2.17.05.2.01")->pagu_akhir, 2.1e8, 0);
	const struct figure *f = metrics_figure(m,
		"anggaran.2.17.05.renstra.pagu.2025");
	assert_string_equal(f->formula, "$1 + $2");
	assert_int_equal(f->ninput, 2);
	f = metrics_figure(m, "anggaran.2.17.05.2.01.renstra.pagu_akhir");
	assert_string_equal(f->formula, "$1 + $2 + $3");
	assert_near(metrics_anggaran(m, "2.17.05")->kemajuan, 80, EPS);
	assert_true(metrics_anggaran(m, "2.17.05")->ada_kemajuan);
	assert_false(metrics_anggaran(m, "2.17.05.2.01")->ada_kemajuan);
	assert_false(metrics_anggaran(m, "2.17.05.2.02")->ada_kemajuan);
	f = metrics_figure(m, "anggaran.2.17.05.kemajuan");
	assert_true(f->ada);
	assert_string_equal(f->formula, "$1 ÷ $2 × 100");
	/* Compute says which kemajuan it cannot give, at the end target. */
	assert_int_equal(diag_count(dl), 2);
	assert_string_equal(diag_at(dl, k1->target_akhir.pos)->message,
		"no kemajuan for 2.17.05.2.01: an absolut line's progress counts "
		"the realisasi of every Renstra year so far, and anggaran.csv "
		"holds the reporting year's only");
	assert_string_equal(diag_at(dl, k2->target_akhir.pos)->message,
		"no kemajuan for 2.17.05.2.02: give its sifat (persentase or "
		"absolut) in pagu_renstra.csv");
	diag_list_free(dl);
	dl = diag_list_new();
	metrics_validate(m, dl);
	const struct diag *d = diag_at(dl, p->tahun[0].pagu.pos);
	assert_non_null(d);
	assert_int_equal(d->severity, DIAG_WARNING);
	assert_string_equal(d->message, "pagu 2024 of 2.17.05 is 100.000.000, "
		"but the sum of its 2 lines is 90.000.000: the typed figure is "
		"printed");
	assert_int_equal(diag_count(dl), 2); /* nothing at 2026's 120 */
	assert_string_equal(diag_at(dl, p->pagu_akhir.pos)->message,
		"pagu_akhir of 2.17.05 is 300.000.000, but the sum of its 3 years "
		"is 325.000.000: the typed figure is printed");
	metrics_free(m);
	diag_list_free(dl);
}

static int setup_arena(void **state)
{
	(void)state;
	A = arena_new();
	return 0;
}

int main(void)
{
	const struct CMUnitTest magetan[] = {
		cmocka_unit_test(test_magetan_capaian),
		cmocka_unit_test(test_magetan_anggaran),
		cmocka_unit_test(test_tidak_dilaporkan),
		cmocka_unit_test(test_magetan_validate),
	};
	const struct CMUnitTest lain[] = {
		cmocka_unit_test_setup_teardown(test_negatif_dan_target_nol,
			setup_arena, teardown),
		cmocka_unit_test_setup_teardown(test_turunan_dan_pmk,
			setup_arena, teardown),
		cmocka_unit_test_setup_teardown(test_kualitatif_laporan,
			setup_arena, teardown),
		cmocka_unit_test_setup_teardown(test_renstra_jumlah,
			setup_arena, teardown),
		cmocka_unit_test_setup_teardown(test_pmk214_keluaran,
			setup_arena, teardown),
		cmocka_unit_test_setup_teardown(test_rata_tanpa_tujuan,
			setup_arena, teardown),
		cmocka_unit_test_setup_teardown(test_pmk214_tak_dilaporkan,
			setup_arena, teardown),
	};
	int rc = cmocka_run_group_tests_name("magetan", magetan, setup_magetan,
		teardown);
	rc |= cmocka_run_group_tests_name("lain", lain, NULL, NULL);
	return rc;
}
