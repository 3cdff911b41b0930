/* The column vocabulary of computed tables (issue 14): a table is a row
 * kind (indicators, grouped by sasaran or tujuan or not; the years of one
 * indicator; budget lines; sasaran), a list of columns from the figure
 * vocabulary (kolom=), filters and a closing row. Today's tables of
 * those shapes are presets: a row of PRESETS with their default columns,
 * written in the same vocabulary, so a new arrangement is written in the
 * chapter, not in C. Every figure
 * cell reads its figure from the figure table by the key its KOLOM row
 * gives, becomes text in teks_angka by the figure's kind and is marked
 * with it (cell_fig), so the site traces it; nothing is computed here. */
#include <stdlib.h>
#include <string.h>

#include "doc/kolom.h"
#include "doc/tables.h"
#include "util/num.h"
#include "util/suggest.h"

/* ---- The vocabulary: one row per column ---- */

enum baris {
	BARIS_INDIKATOR, /* indicators (by sasaran, by tujuan, or not) */
	BARIS_TAHUN,     /* the years of one indicator */
	BARIS_ANGGARAN,  /* budget lines, in tree order */
	BARIS_SASARAN,   /* sasaran, in indikator.csv order */
	BARIS_RENSTRA,   /* lines of the Renstra matrix (pagu_renstra.csv),
	                    in tree order */
};
#define NBARIS 5
#define B_IND (1u << BARIS_INDIKATOR)
#define B_TH (1u << BARIS_TAHUN)
#define B_ANG (1u << BARIS_ANGGARAN)
#define B_SAS (1u << BARIS_SASARAN)
#define B_REN (1u << BARIS_RENSTRA)

enum kolom_id {
	K_NO, K_KODE, K_TUJUAN, K_SASARAN, K_INDIKATOR, K_URAIAN, K_SATUAN,
	K_FORMULA, K_DEFINISI, K_SUMBER_DATA, K_PENANGGUNG_JAWAB, K_TAHUN,
	K_TARGET, K_REALISASI, K_CAPAIAN, K_PREDIKAT, K_TARGET_RENSTRA,
	K_TARGET_PK, K_TARGET_PK_PERUBAHAN, K_TARGET_AKHIR,
	K_REALISASI_KUMULATIF, K_KEMAJUAN, K_PERUBAHAN, K_ARAH, K_STANDAR,
	K_SUMBER_STANDAR, K_BANDING_STANDAR, K_REALISASI_KELUARAN,
	K_PAGU_AWAL, K_PAGU_PERUBAHAN, K_PAGU, K_REALISASI_ANGGARAN,
	K_SISA_ANGGARAN, K_SERAPAN, K_EFISIENSI, K_TARGET_PK_AKHIR,
	K_KETERANGAN_PK, K_PENDUKUNG, K_TARGET_AWAL, K_KETERANGAN,
	K_BASELINE, K_PAGU_RENSTRA, K_PAGU_AKHIR,
};

/* How a cell prints a column's figure; the digits always come from the
 * figure's kind (teks_angka): capaian and serapan with "%", money without
 * "Rp", a value with its unit. */
enum tampil {
	T_TEKS,      /* no figure: a text cell (sel_teks) */
	T_ANGKA,     /* the figure as its kind prints it */
	T_POLOS,     /* a value without its unit (the typed targets) */
	T_BERTANDA,  /* a change with its sign: "+1,5" */
	T_PREDIKAT,  /* a band: centred, with its class */
};

struct kolom_def {
	enum kolom_id id;
	const char *nama;
	unsigned baris;      /* the row kinds it has a value for */
	bool per_tahun;      /* a figure of a year (capaian@2023) */
	const char *judul;   /* its header; NULL: judul_default() */
	enum tampil tampil;
	/* A figure column's key in the figure table (metrics.h), "{k}" the
	 * row's code and "{t}" the column's (or the row's) year: on rows of
	 * indicators and years, of budget lines, and of sasaran; the last
	 * also under a total's prefix ("laporan", "S1", "IKU1.anggaran") in
	 * the closing row. NULL: no figure on such rows. */
	const char *ki, *ka, *ks;
};

/* The vocabulary. A new figure column is one row here: its name, the row
 * kinds, its header, how it prints and the key of its figure on each row
 * kind, plus a value of enum kolom_id (the compiler lists the switches
 * that must place it: text cells, closing row, alignment). A figure with
 * no key yet gets one in metrics/figure.c, never a computation here. */
static const struct kolom_def KOLOM[] = {
	{K_NO, "no", B_IND | B_TH | B_ANG | B_SAS | B_REN, false, "No", T_TEKS,
		NULL, NULL, NULL},
	{K_KODE, "kode", B_IND | B_ANG | B_SAS | B_REN, false, "Kode", T_TEKS,
		NULL, NULL, NULL},
	{K_TUJUAN, "tujuan", B_IND | B_SAS, false, "Tujuan", T_TEKS,
		NULL, NULL, NULL},
	{K_SASARAN, "sasaran", B_IND | B_ANG | B_SAS, false, "Sasaran", T_TEKS,
		NULL, NULL, NULL},
	{K_INDIKATOR, "indikator", B_IND | B_ANG | B_REN, false,
		"Indikator Kinerja",
		T_TEKS, NULL, NULL, NULL},
	{K_URAIAN, "uraian", B_ANG | B_REN, false, "Program/Kegiatan", T_TEKS,
		NULL, NULL, NULL},
	{K_SATUAN, "satuan", B_IND | B_TH | B_ANG | B_REN, false, "Satuan",
		T_TEKS,
		NULL, NULL, NULL},
	{K_FORMULA, "formula", B_IND, false, "Formulasi/Rumus Perhitungan",
		T_TEKS, NULL, NULL, NULL},
	{K_FORMULA, "rumus", B_IND, false, "Formulasi/Rumus Perhitungan",
		T_TEKS, NULL, NULL, NULL},
	{K_DEFINISI, "definisi", B_IND, false, "Definisi Operasional", T_TEKS,
		NULL, NULL, NULL},
	{K_SUMBER_DATA, "sumber_data", B_IND, false, "Sumber Data", T_TEKS,
		NULL, NULL, NULL},
	{K_PENANGGUNG_JAWAB, "penanggung_jawab", B_IND | B_ANG, false,
		"Penanggung Jawab", T_TEKS, NULL, NULL, NULL},
	{K_TAHUN, "tahun", B_TH, false, "Tahun", T_TEKS, NULL, NULL, NULL},
	{K_TARGET, "target", B_IND | B_TH | B_ANG, true, "Target", T_ANGKA,
		"{k}.target.{t}", "anggaran.{k}.target", NULL},
	{K_REALISASI, "realisasi", B_IND | B_TH, true, "Realisasi", T_ANGKA,
		"{k}.realisasi.{t}", NULL, NULL},
	{K_CAPAIAN, "capaian", B_IND | B_TH | B_ANG | B_SAS, true,
		"Capaian (%)", T_ANGKA,
		"{k}.capaian.{t}", "anggaran.{k}.capaian", "{k}.capaian.{t}"},
	{K_PREDIKAT, "predikat", B_IND | B_TH | B_SAS, true, "Kategori",
		T_PREDIKAT, "{k}.predikat.{t}", NULL, "{k}.predikat.{t}"},
	{K_TARGET_RENSTRA, "target_renstra", B_IND | B_TH | B_ANG | B_REN, true,
		"Target Renstra", T_POLOS, "{k}.target_renstra.{t}",
		"anggaran.{k}.renstra.target.{t}", NULL},
	{K_TARGET_PK, "target_pk", B_IND | B_TH, true, "Target PK", T_POLOS,
		"{k}.target_pk.{t}", NULL, NULL},
	{K_TARGET_PK_PERUBAHAN, "target_pk_perubahan", B_IND | B_TH, true,
		"Target PK Perubahan", T_POLOS, "{k}.target_pk_perubahan.{t}",
		NULL, NULL},
	{K_TARGET_AKHIR, "target_akhir", B_IND | B_ANG | B_REN, false, NULL,
		T_ANGKA, "{k}.target_akhir", "anggaran.{k}.renstra.target_akhir",
		NULL},
	{K_REALISASI_KUMULATIF, "realisasi_kumulatif", B_IND, false, NULL,
		T_ANGKA, "{k}.realisasi_kumulatif", NULL, NULL},
	{K_KEMAJUAN, "kemajuan", B_IND | B_ANG | B_REN, false,
		"Tingkat Kemajuan (%)", T_ANGKA, "{k}.kemajuan",
		"anggaran.{k}.kemajuan", NULL},
	{K_PERUBAHAN, "perubahan", B_IND, false, NULL, T_BERTANDA,
		"{k}.perubahan", NULL, NULL},
	{K_ARAH, "arah", B_IND, false, "Arah", T_TEKS, NULL, NULL, NULL},
	{K_STANDAR, "standar", B_IND, false, "Standar", T_ANGKA,
		"{k}.standar", NULL, NULL},
	{K_SUMBER_STANDAR, "sumber_standar", B_IND, false, "Sumber Standar",
		T_TEKS, NULL, NULL, NULL},
	{K_BANDING_STANDAR, "banding_standar", B_IND, false,
		"Capaian terhadap Standar (%)", T_ANGKA, "{k}.banding_standar",
		NULL, NULL},
	{K_REALISASI_KELUARAN, "realisasi_keluaran", B_ANG | B_REN, false,
		"Realisasi", T_ANGKA, NULL, "anggaran.{k}.realisasi_keluaran",
		NULL},
	{K_PAGU_AWAL, "pagu_awal", B_ANG, false, NULL, T_ANGKA,
		NULL, "anggaran.{k}.pagu_awal", "{k}.pagu_awal"},
	{K_PAGU_PERUBAHAN, "pagu_perubahan", B_ANG, false,
		"Pagu Perubahan (Rp)", T_ANGKA, NULL, "anggaran.{k}.pagu",
		"{k}.pagu"},
	{K_PAGU, "pagu", B_IND | B_ANG | B_SAS, false, "Pagu (Rp)", T_ANGKA,
		"{k}.anggaran.pagu", "anggaran.{k}.pagu", "{k}.pagu"},
	{K_REALISASI_ANGGARAN, "realisasi_anggaran", B_IND | B_ANG | B_SAS,
		false, "Realisasi (Rp)", T_ANGKA, "{k}.anggaran.realisasi_anggaran",
		"anggaran.{k}.realisasi", "{k}.realisasi_anggaran"},
	{K_SISA_ANGGARAN, "sisa_anggaran", B_IND | B_ANG | B_SAS, false,
		"Sisa Anggaran (Rp)", T_ANGKA, "{k}.anggaran.sisa_anggaran",
		"anggaran.{k}.sisa_anggaran", "{k}.sisa_anggaran"},
	{K_SERAPAN, "serapan", B_IND | B_ANG | B_SAS, false, "Serapan (%)",
		T_ANGKA, "{k}.anggaran.serapan", "anggaran.{k}.serapan",
		"{k}.serapan"},
	{K_EFISIENSI, "efisiensi", B_IND | B_ANG | B_SAS, false,
		"Tingkat Efisiensi", T_ANGKA, "{k}.anggaran.efisiensi",
		"anggaran.{k}.efisiensi", "{k}.efisiensi"},
	{K_TARGET_PK_AKHIR, "target_pk_akhir", B_IND | B_TH, true,
		"Target PK Akhir", T_POLOS, "{k}.target_pk_akhir.{t}", NULL, NULL},
	{K_KETERANGAN_PK, "keterangan_pk", B_IND, false, "Keterangan", T_TEKS,
		NULL, NULL, NULL},
	{K_PENDUKUNG, "pendukung", B_IND, false,
		"Program/Kegiatan Pendukung", T_TEKS, NULL, NULL, NULL},
	{K_TARGET_AWAL, "target_awal", B_ANG, false, "Target Awal", T_ANGKA,
		NULL, "anggaran.{k}.target_awal", NULL},
	{K_KETERANGAN, "keterangan", B_IND | B_TH | B_ANG, true, "Keterangan",
		T_TEKS, NULL, NULL, NULL},
	/* The Renstra matrix (pagu_renstra.csv), on its own rows and on
	 * budget lines by their code. */
	{K_BASELINE, "baseline", B_ANG | B_REN, false, NULL, T_POLOS, NULL,
		"anggaran.{k}.renstra.baseline", NULL},
	{K_PAGU_RENSTRA, "pagu_renstra", B_ANG | B_REN, true,
		"Pagu Renstra (Rp)", T_ANGKA, NULL,
		"anggaran.{k}.renstra.pagu.{t}", NULL},
	{K_PAGU_AKHIR, "pagu_akhir", B_ANG | B_REN, false,
		"Pagu Akhir Renstra (Rp)", T_ANGKA, NULL,
		"anggaran.{k}.renstra.pagu_akhir", NULL},
};
#define NKOLOM (sizeof KOLOM / sizeof KOLOM[0])

static const char *const BARIS_NAMA[] = {"indikator", "tahun", "anggaran",
	"sasaran", "renstra"};
/* The row kinds as a message names them. */
static const char *const BARIS_TEKS[] = {"indicators",
	"years of one indicator (baris=tahun)",
	"budget lines ({{tabel anggaran}}, program, efisiensi-program)",
	"sasaran ({{tabel sasaran}})",
	"lines of the Renstra matrix ({{tabel renstra-program}})"};

/* ---- Presets: today's tables as rows of the vocabulary ---- */

/* A sasaran none of whose indicators is shown. */
enum kosong {
	KOSONG_LEWATI,   /* left out, the sasaran after it numbered on */
	KOSONG_NOMOR,    /* left out, its number kept (a gap) */
	KOSONG_STRIP,    /* a row of "-" */
	KOSONG_STRIP_ANGKA, /* the same, a figure column's "-" right-aligned
	                       as its figures */
};

/* The closing row. */
enum akhir {
	AKHIR_TIDAK,
	AKHIR_JUMLAH,    /* budget: sums, serapan of the sums */
	AKHIR_RATA,      /* indicators: mean capaian and its predikat */
	AKHIR_SASARAN,   /* rata-rata only for one sasaran in the reporting
	                    year (the capaian preset) */
};

enum saring {
	SARING_SEMUA,
	SARING_STANDAR,  /* indicators with a standard */
	SARING_PK,       /* indicators of the Perjanjian Kinerja (target_pk) */
	SARING_IKU,      /* the Indikator Kinerja Utama (indikator.csv iku) */
	SARING_PK_PERUBAHAN, /* of the PK or of its revision */
	SARING_ANGGARAN, /* supported by budget lines (mendukung) */
	SARING_TUJUAN,   /* a tujuan's own indicators (induk a tujuan) */
};

struct preset {
	const char *nama;
	enum baris baris;
	const char *kolom;      /* default columns, in the vocabulary */
	/* The default columns of a report that revised no ceiling
	 * (anggaran.csv without pagu_perubahan), when they differ. */
	const char *kolom_tetap;
	/* Added when the last two years shown are the reporting year and
	 * the one before (the change between them). */
	const char *kolom_ubah;
	int ntahun;             /* years shown without tahun=, ending with
	                           the reporting year (0: 1) */
	const char *judul;      /* default caption: {tahun}, {periode},
	                           {sasaran}, {renstra} */
	const char *judul_sasaran; /* with one sasaran=, or NULL */
	const char *sumber;     /* {tahun} */
	enum akhir akhir;
	enum kosong kosong;
	enum saring saring;
	/* No row to show: this error instead of a NIHIL row (a table that
	 * cannot exist in this report), or NULL. */
	const char *galat_kosong;
	/* Columns from which the table wants a landscape page; 0: more than
	 * 8 (tbl_lebar). */
	int lanskap;
	/* Budget lines under a row of their sasaran (kelompok=sasaran), down
	 * to sub kegiatan unless tingkat= says otherwise: the Rencana
	 * Kinerja Tahunan. */
	bool per_sasaran;
};

static const struct preset PRESETS[] = {
	{"indikator", BARIS_INDIKATOR,
		"no,sasaran,indikator,target,realisasi,capaian,predikat",
		NULL, NULL, 0,
		"Capaian Kinerja Tahun {tahun}",
		"Capaian Kinerja Sasaran {sasaran} Tahun {tahun}", "Data diolah",
		AKHIR_TIDAK, KOSONG_LEWATI, SARING_SEMUA, NULL, 0, false},
	{"capaian", BARIS_INDIKATOR,
		"no,sasaran:Sasaran Strategis,indikator,target,realisasi,"
		"capaian,predikat", NULL, NULL, 0,
		"Capaian Kinerja Tahun {tahun}",
		"Capaian Kinerja Sasaran {sasaran} Tahun {tahun}", "Data diolah",
		AKHIR_SASARAN, KOSONG_STRIP, SARING_SEMUA, NULL, 0, false},
	{"ringkasan", BARIS_INDIKATOR,
		"no,sasaran:Sasaran Strategis,indikator,target,realisasi,"
		"capaian,predikat", NULL, NULL, 0,
		"Ringkasan Capaian Kinerja Tahun {tahun}", NULL, "Data diolah",
		AKHIR_RATA, KOSONG_STRIP, SARING_SEMUA, NULL, 0, false},
	{"perbandingan", BARIS_INDIKATOR,
		"no,sasaran,indikator,[target,realisasi,capaian]", NULL,
		"[perubahan:Realisasi,arah]:Perubahan {periode}", 3,
		"Perbandingan Capaian Kinerja Tahun {periode}", NULL,
		"Data diolah", AKHIR_TIDAK, KOSONG_NOMOR, SARING_SEMUA, NULL, 0, false},
	{"kemajuan", BARIS_INDIKATOR,
		"no,sasaran,indikator,realisasi_kumulatif,target_akhir,kemajuan",
		NULL, NULL, 0,
		"Tingkat Kemajuan Capaian Kinerja terhadap Target Akhir Renstra",
		NULL, "Data diolah", AKHIR_TIDAK, KOSONG_NOMOR, SARING_SEMUA, NULL, 0, false},
	{"standar", BARIS_INDIKATOR,
		"no,sasaran,indikator,realisasi:Realisasi Tahun {tahun},standar,"
		"sumber_standar,banding_standar", NULL, NULL, 0,
		"Perbandingan Realisasi Kinerja dengan Standar Nasional/Provinsi",
		NULL, "Data diolah", AKHIR_TIDAK, KOSONG_LEWATI, SARING_STANDAR, NULL, 0, false},
	{"pk", BARIS_INDIKATOR,
		"no,sasaran:Sasaran Strategis,indikator,satuan,target_pk:Target",
		NULL, NULL, 0, "Perjanjian Kinerja Tahun {tahun}", NULL,
		"Perjanjian Kinerja Tahun {tahun}", AKHIR_TIDAK, KOSONG_LEWATI,
		SARING_PK, NULL, 0, false},
	{"sasaran", BARIS_SASARAN,
		"no,sasaran,capaian,predikat,pagu,realisasi_anggaran,serapan,"
		"efisiensi", NULL, NULL, 0,
		"Capaian Kinerja dan Anggaran Sasaran Tahun {tahun}", NULL,
		"Data diolah", AKHIR_TIDAK, KOSONG_LEWATI, SARING_SEMUA, NULL, 0, false},
	{"efisiensi-sasaran", BARIS_INDIKATOR,
		"no,sasaran,indikator,[target,realisasi,"
		"capaian:Capaian Indikator (%),"
		"capaian_sasaran:Capaian Sasaran (%)]:Kinerja,"
		"[pagu_sasaran,realisasi_anggaran_sasaran,serapan_sasaran]:"
		"Anggaran,efisiensi_sasaran", NULL, NULL, 0,
		"Efisiensi Kinerja Sasaran Tahun {tahun}", NULL, "Data diolah",
		AKHIR_JUMLAH, KOSONG_STRIP_ANGKA, SARING_SEMUA, NULL, 0, false},
	{"pk-perubahan", BARIS_INDIKATOR,
		"no,sasaran:Sasaran Strategis,indikator,satuan,"
		"[target_pk:Sebelum Perubahan,target_pk_akhir:Setelah "
		"Perubahan]:Target,keterangan_pk", NULL, NULL, 0,
		"Perubahan Perjanjian Kinerja Tahun {tahun}", NULL,
		"Perubahan Perjanjian Kinerja Tahun {tahun}", AKHIR_TIDAK,
		KOSONG_LEWATI, SARING_PK_PERUBAHAN, NULL, 0, false},
	{"efisiensi-indikator", BARIS_INDIKATOR,
		"no,indikator,pendukung,[target,realisasi,capaian]:Kinerja,"
		"[pagu,realisasi_anggaran,serapan]:Anggaran,efisiensi",
		NULL, NULL, 0, "Efisiensi Kinerja per Indikator Tahun {tahun}",
		NULL, "Data diolah", AKHIR_TIDAK, KOSONG_LEWATI, SARING_ANGGARAN,
		"tabel efisiensi-indikator: no budget line names an indicator "
		"in the column mendukung of anggaran.csv", 0, false},
	{"renstra", BARIS_INDIKATOR,
		"no,tujuan,sasaran,indikator,satuan,[target_renstra@renstra:"
		"{tahun}]:Target Kinerja pada Tahun Renstra", NULL, NULL, 0,
		"Tujuan, Sasaran, Indikator dan Target Kinerja Tahun {renstra}",
		NULL, "Renstra {instansi} Tahun {renstra}", AKHIR_TIDAK,
		KOSONG_STRIP, SARING_SEMUA, NULL, 0, false},
	{"indikator-tujuan", BARIS_INDIKATOR,
		"no,tujuan,indikator:Indikator Tujuan,satuan,"
		"[target_renstra@renstra:{tahun}]:Target,"
		"realisasi:Realisasi {tahun},capaian", NULL, NULL, 0,
		"Indikator Tujuan dan Target Kinerja Tahun {renstra}", NULL,
		"Renstra {instansi} Tahun {renstra}", AKHIR_TIDAK, KOSONG_LEWATI,
		SARING_TUJUAN, "{{tabel indikator-tujuan}}: no indikator in "
		"indikator.csv has a tujuan as its induk", 10, false},
	{"iku", BARIS_INDIKATOR,
		"no,sasaran:Sasaran Strategis,indikator,satuan,"
		"[definisi,formula,sumber_data]:Penjelasan,penanggung_jawab",
		NULL, NULL, 0, "Indikator Kinerja Utama Tahun {renstra}", NULL,
		"Data diolah", AKHIR_TIDAK, KOSONG_LEWATI, SARING_IKU, NULL, 0, false},
	{"program", BARIS_ANGGARAN,
		"no,uraian,indikator,[target:Volume,satuan]:Target Kinerja,"
		"[pagu_awal:Awal,pagu_perubahan:Perubahan]:Pagu Anggaran (Rp)",
		"no,uraian,indikator,[target:Volume,satuan]:Target Kinerja,"
		"[pagu_awal:Tahun {tahun}]:Pagu Anggaran (Rp)", NULL, 0,
		"Program, Kegiatan dan Pagu Anggaran Tahun {tahun}", NULL,
		"Dokumen Pelaksanaan Anggaran Tahun {tahun}", AKHIR_JUMLAH,
		KOSONG_LEWATI, SARING_SEMUA, NULL, 0, false},
	{"anggaran", BARIS_ANGGARAN,
		"no,uraian,penanggung_jawab,pagu_awal,pagu_perubahan,"
		"realisasi_anggaran,serapan", NULL, NULL, 0,
		"Realisasi Anggaran Program dan Kegiatan Tahun {tahun}", NULL,
		"Data diolah", AKHIR_JUMLAH, KOSONG_LEWATI, SARING_SEMUA, NULL, 0, false},
	{"renstra-program", BARIS_RENSTRA,
		"kode,uraian:Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan,"
		"indikator,satuan,baseline,[target_renstra:Target,"
		"pagu_renstra:Pagu (Rp)]@renstra:{tahun},[target_akhir:Target,"
		"pagu_akhir:Pagu (Rp)]:Kondisi Kinerja pada Akhir Periode Renstra",
		NULL, NULL, 0,
		"Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif "
		"Tahun {renstra}", NULL, "Renstra {instansi} Tahun {renstra}",
		AKHIR_TIDAK, KOSONG_LEWATI, SARING_SEMUA,
		"{{tabel renstra-program}}: no pagu_renstra.csv (or it has no "
		"line)", 0, false},
	/* The Rencana Kinerja Tahunan (Renja): sasaran, programmes, kegiatan
	 * and sub kegiatan with their targets and ceilings before and after
	 * the revision. */
	{"rkt", BARIS_ANGGARAN,
		"kode,uraian:Sasaran / Program / Kegiatan / Sub Kegiatan,"
		"indikator,[target_awal:Target,pagu_awal:Pagu (Rp)]:Sebelum "
		"Perubahan,[target:Target,pagu_perubahan:Pagu (Rp)]:Setelah "
		"Perubahan",
		"kode,uraian:Sasaran / Program / Kegiatan / Sub Kegiatan,"
		"indikator,target,pagu_awal:Pagu (Rp)", NULL, 0,
		"Rencana Kinerja Tahunan {instansi} Tahun {tahun}", NULL,
		"Dokumen Pelaksanaan Anggaran Tahun {tahun}", AKHIR_JUMLAH,
		KOSONG_LEWATI, SARING_SEMUA, NULL, 7, true},
	{"efisiensi-program", BARIS_ANGGARAN,
		"no,uraian,indikator,[target,realisasi_keluaran,capaian]:Kinerja,"
		"[pagu,realisasi_anggaran,serapan]:Anggaran,efisiensi", NULL,
		NULL, 0,
		"Efisiensi Kinerja Program dan Kegiatan Tahun {tahun}", NULL,
		"Data diolah", AKHIR_JUMLAH, KOSONG_LEWATI, SARING_SEMUA, NULL, 0, false},
};
#define NPRESET (sizeof PRESETS / sizeof PRESETS[0])

const char *const KOLOM_OPTIONS[] = {"kolom", "baris", "tujuan", "sasaran",
	"indikator", "program", "tahun", "tingkat", "baris_akhir", "kelompok",
	NULL};

/* ---- A table being laid out ---- */

#define MAKS_KOLOM 48
#define MAKS_TAHUN 16

struct kol {
	const struct kolom_def *def;
	int tahun;           /* per-year columns: the year shown */
	const char *judul;   /* header */
	int grup;            /* index into susun.grup, or -1 */
	bool tertulis;       /* its year written in kolom= (@2023) */
	bool per_sasaran;    /* capaian_sasaran, pagu_sasaran, ...: the
	                        figure of the row's sasaran, spanning its
	                        indicators */
};

struct grup {
	const char *judul;
};

struct susun {
	struct build_ctx *c;
	const struct directive *d;
	const struct preset *p;
	enum baris baris;
	struct kol k[MAKS_KOLOM];
	size_t nk;
	struct grup g[MAKS_KOLOM];
	size_t ng;
	int tahun[MAKS_TAHUN];  /* tahun=, or the reporting year */
	int ntahun;
	bool tahun_diberi;
	bool satuan;            /* a satuan column: figures without a unit */
	/* Filters (NULL-ended arrays, NULL when not given): s->f, and the
	 * same by their names. */
	struct saringan f;
	const struct indikator **tujuan, **sasaran, **indikator;
	const char **program;
	enum anggaran_tingkat tingkat;
	bool kelompok;          /* budget lines under their sasaran's row */
	enum akhir akhir;
	/* What the rows show, for the closing row's totals: the
	 * indicators, the sasaran of *_sasaran columns, the top-most budget
	 * lines (a line under a shown one is in its figures already). */
	struct ptrvec baris_ind, baris_sas, baris_ang;
};

#define A(s) ARENA((s)->c)

/* A figure a sasaran has (S1.capaian, S1.pagu, ...): on indicator rows
 * it can be shown as NAME_sasaran. */
static bool kolom_sasaran(const struct kolom_def *k)
{
	return (k->baris & B_SAS) && k->id != K_NO && k->id != K_KODE &&
		k->id != K_TUJUAN && k->id != K_SASARAN;
}

/* "a, b, c": the columns valid for a row kind. */
const char *kolom_daftar(struct build_ctx *c, const char *baris)
{
	unsigned m = 0;
	for (size_t i = 0; i < NBARIS; i++)
		if (!strcmp(BARIS_NAMA[i], baris))
			m = 1u << i;
	const char *out = "";
	for (size_t i = 0; i < NKOLOM; i++)
		if (KOLOM[i].baris & m)
			out = arena_printf(ARENA(c), "%s%s%s", out, *out ? ", " :
				"", KOLOM[i].nama);
	/* On indicator rows, a sasaran's figures: capaian_sasaran, ... */
	for (size_t i = 0; m == B_IND && i < NKOLOM; i++)
		if (kolom_sasaran(&KOLOM[i]))
			out = arena_printf(ARENA(c), "%s, %s_sasaran", out,
				KOLOM[i].nama);
	return out;
}

static const struct kolom_def *kolom_cari(const char *nama, size_t n)
{
	for (size_t i = 0; i < NKOLOM; i++)
		if (strlen(KOLOM[i].nama) == n &&
				!strncmp(KOLOM[i].nama, nama, n))
			return &KOLOM[i];
	return NULL;
}

/* "{tahun}" in a header: the column's year; "{periode}": the year
 * before it to it ("2023–2024", what perubahan compares). */
static const char *isi_tahun(struct susun *s, const char *t, int tahun)
{
	const char *p;
	while ((p = strstr(t, "{tahun}")) != NULL)
		t = arena_printf(A(s), "%.*s%d%s", (int)(p - t), t, tahun,
			p + strlen("{tahun}"));
	while ((p = strstr(t, "{periode}")) != NULL)
		t = arena_printf(A(s), "%.*s%s%s", (int)(p - t), t,
			fmt_tahun(s->c, tahun - 1, tahun), p + strlen("{periode}"));
	return t;
}

static const char *judul_default(struct susun *s, const struct kolom_def *k)
{
	const struct report_meta *m = &s->c->report->meta;
	switch (k->id) {
	case K_BASELINE:
		return m->renstra_awal > 0 ? arena_printf(A(s),
			"Baseline (%d)", m->renstra_awal - 1) : "Baseline";
	case K_TARGET_AKHIR:
		return m->renstra_akhir > 0 ? arena_printf(A(s),
			"Target Akhir Renstra (%d)", m->renstra_akhir) :
			"Target Akhir Renstra";
	case K_REALISASI_KUMULATIF:
		return arena_printf(A(s), "Realisasi s.d. Tahun %d", m->tahun);
	case K_PERUBAHAN:
		return arena_printf(A(s), "Perubahan Realisasi %s",
			fmt_tahun(s->c, m->tahun - 1, m->tahun));
	case K_PAGU_AWAL:
		return ada_pagu_perubahan(s->c->report) ? "Pagu Awal (Rp)" :
			"Pagu (Rp)";
	case K_NO: case K_KODE: case K_TUJUAN: case K_SASARAN:
	case K_INDIKATOR: case K_URAIAN: case K_SATUAN: case K_FORMULA:
	case K_DEFINISI: case K_SUMBER_DATA: case K_PENANGGUNG_JAWAB:
	case K_TAHUN: case K_TARGET: case K_TARGET_AWAL: case K_REALISASI: case K_CAPAIAN:
	case K_PREDIKAT: case K_TARGET_RENSTRA: case K_TARGET_PK:
	case K_TARGET_PK_PERUBAHAN: case K_KEMAJUAN: case K_ARAH:
	case K_STANDAR: case K_SUMBER_STANDAR: case K_BANDING_STANDAR: case K_TARGET_PK_AKHIR:
	case K_KETERANGAN_PK: case K_KETERANGAN: case K_PENDUKUNG:
	case K_REALISASI_KELUARAN: case K_PAGU_PERUBAHAN: case K_PAGU:
	case K_REALISASI_ANGGARAN: case K_SISA_ANGGARAN: case K_SERAPAN:
	case K_EFISIENSI: case K_PAGU_RENSTRA: case K_PAGU_AKHIR:
		break;
	}
	return k->judul;
}

/* Whether a column is left out of this report: a predicate without a
 * scale (predikat: tidak ada), a revised ceiling nobody revised. */
static bool kolom_absen(struct susun *s, const struct kolom_def *k)
{
	if (k->id == K_PREDIKAT)
		return s->c->report->meta.skala.nband == 0;
	if (k->id == K_PAGU_PERUBAHAN)
		return !ada_pagu_perubahan(s->c->report);
	return false;
}

/* Adds the column written as tok[0..n) ("capaian", "capaian@2023",
 * "sasaran:Sasaran Strategis") in group g. */
static bool tambah_kolom(struct susun *s, const char *tok, size_t n, int g,
	int tahun, bool tertulis)
{
	size_t nn = strcspn(tok, "@:");
	if (nn > n)
		nn = n;
	const char *label = NULL;
	int th = tahun;
	const char *rest = tok + nn, *end = tok + n;
	if (rest < end && *rest == '@') {
		char *e;
		long y = strtol(rest + 1, &e, 10);
		if (e == rest + 1 || y < 1900 || y > 2200 || (e < end &&
				*e != ':')) {
			directive_error(s->c, s->d, "kolom: \"%s\" has no year "
				"after @ (write capaian@2023)",
				arena_strndup(A(s), tok, n));
			return false;
		}
		th = (int)y;
		rest = e;
	}
	if (rest < end && *rest == ':')
		label = arena_strndup(A(s), rest + 1, (size_t)(end - rest - 1));
	const struct kolom_def *k = kolom_cari(tok, nn);
	const char *nama = arena_strndup(A(s), tok, nn);
	bool per_sasaran = false;
	size_t ns = strlen("_sasaran");
	if (k == NULL && s->baris == BARIS_INDIKATOR && nn > ns &&
			!strncmp(tok + nn - ns, "_sasaran", ns)) {
		k = kolom_cari(tok, nn - ns);
		if (k != NULL && !kolom_sasaran(k))
			k = NULL;
		per_sasaran = k != NULL;
	}
	if (k == NULL) {
		directive_error(s->c, s->d, "kolom: unknown column \"%s\" "
			"(columns of these rows: %s)", nama, kolom_daftar(s->c,
			BARIS_NAMA[s->baris]));
		return false;
	}
	if (!(k->baris & (1u << s->baris))) {
		const char *di = "";
		for (size_t i = 0; i < NBARIS; i++)
			if (k->baris & (1u << i))
				di = arena_printf(A(s), "%s%s%s", di, *di ? " or " :
					"", BARIS_TEKS[i]);
		directive_error(s->c, s->d, "kolom: column \"%s\" is one of rows "
			"of %s, not of %s (columns of these rows: %s)", nama, di,
			BARIS_TEKS[s->baris], kolom_daftar(s->c,
			BARIS_NAMA[s->baris]));
		return false;
	}
	/* A budget line has the Renstra's years (target_renstra@2025,
	 * pagu_renstra@2025); its other figures are the reporting year's. */
	bool renstra = k->id == K_TARGET_RENSTRA || k->id == K_PAGU_RENSTRA;
	if (th != 0 && th != s->c->report->meta.tahun &&
			(!k->per_tahun || ((s->baris == BARIS_ANGGARAN ||
			s->baris == BARIS_RENSTRA) && !renstra) ||
			s->baris == BARIS_TAHUN)) {
		directive_error(s->c, s->d, "kolom: \"%s\" has no year of its "
			"own: %s", arena_strndup(A(s), tok, n),
			s->baris == BARIS_ANGGARAN ? "budget lines are of the "
			"reporting year" : k->per_tahun ? "each row is a year" :
			"it is not a figure of a year");
		return false;
	}
	if (kolom_absen(s, k))
		return true;
	if (s->nk == MAKS_KOLOM) {
		directive_error(s->c, s->d, "kolom: at most %d columns",
			MAKS_KOLOM);
		return false;
	}
	if (th == 0)
		th = s->tahun[s->ntahun - 1];
	struct kol *c = &s->k[s->nk++];
	c->def = k;
	c->tahun = th;
	c->judul = isi_tahun(s, label ? label : judul_default(s, k), th);
	c->grup = g;
	c->tertulis = tertulis || memchr(tok, '@', n) != NULL;
	c->per_sasaran = per_sasaran;
	if (k->id == K_SATUAN)
		s->satuan = true;
	return true;
}

/* "2022-2024" or "2023" after a group's @: the years. */
static int tahun_rentang(struct susun *s, const char *p, const char *end,
	int *out)
{
	char *e;
	long a = strtol(p, &e, 10), b = a;
	if (e < end && *e == '-')
		b = strtol(e + 1, &e, 10);
	if (e == p || (e < end && *e != ':') || a < 1900 || b > 2200 ||
			b < a || b - a >= MAKS_TAHUN) {
		directive_error(s->c, s->d, "kolom: expected years such as "
			"@2023 or @2022-2024 after a group, found \"%s\"",
			arena_strndup(A(s), p, (size_t)(end - p)));
		return -1;
	}
	int n = 0;
	for (long y = a; y <= b; y++)
		out[n++] = (int)y;
	return n;
}

static bool tambah_grup(struct susun *s, const char *judul)
{
	if (s->ng == MAKS_KOLOM) {
		directive_error(s->c, s->d, "kolom: at most %d groups of "
			"columns", MAKS_KOLOM);
		return false;
	}
	s->g[s->ng++].judul = judul;
	return true;
}

/* A column of a group, which may stand for several: "x@2022-2024" is
 * x@2022, x@2023, x@2024 side by side, "x@renstra" the same over the
 * Renstra's years (the reporting year without them). */
static bool tambah_kolom_grup(struct susun *s, const char *tok, size_t n,
	int g, int tahun, bool tertulis)
{
	const char *at = memchr(tok, '@', n);
	if (at == NULL)
		return tambah_kolom(s, tok, n, g, tahun, tertulis);
	const char *end = tok + n;
	size_t nl = strcspn(at, ":");
	const char *label = at + nl < end ? at + nl : end;
	int a, b;
	bool renstra = (size_t)(end - at) >= 8 && !strncmp(at, "@renstra", 8) &&
		(at + 8 == end || at[8] == ':');
	if (renstra) {
		const struct report_meta *m = &s->c->report->meta;
		a = m->renstra_awal > 0 ? m->renstra_awal : m->tahun;
		b = m->renstra_awal > 0 && m->renstra_akhir >= a ?
			m->renstra_akhir : a;
		if (b - a >= MAKS_TAHUN)
			b = a + MAKS_TAHUN - 1;
	} else {
		char *e;
		a = (int)strtol(at + 1, &e, 10);
		if (e >= end || *e != '-')
			return tambah_kolom(s, tok, n, g, tahun, tertulis);
		int ny = tahun_rentang(s, at + 1, label, (int[MAKS_TAHUN]){0});
		if (ny < 0)
			return false;
		b = a + ny - 1;
	}
	const char *bare = arena_printf(A(s), "%.*s%.*s", (int)(at - tok), tok,
		(int)(end - label), label);
	for (int y = a; y <= b; y++)
		if (!tambah_kolom(s, bare, strlen(bare), g, y, !renstra))
			return false;
	return true;
}

/* kolom= (or the preset's): "no,sasaran,[target,realisasi]@2022-2024,x". */
static bool urai_kolom(struct susun *s, const char *spec)
{
	const char *p = spec;
	while (*p) {
		while (*p == ' ' || *p == ',')
			p++;
		if (!*p)
			break;
		if (*p != '[') {
			size_t n = strcspn(p, ",");
			/* Columns of one explicit year side by side share a
			 * "Tahun 2023" header. */
			const char *at = memchr(p, '@', n);
			int g = -1;
			if (at != NULL) {
				int y = atoi(at + 1);
				if (s->nk > 0 && s->k[s->nk - 1].grup >= 0 &&
					s->g[s->k[s->nk - 1].grup].judul != NULL &&
					s->k[s->nk - 1].tahun == y &&
					!strcmp(s->g[s->k[s->nk - 1].grup].judul,
					arena_printf(A(s), "Tahun %d", y)))
					g = s->k[s->nk - 1].grup;
				else if (y >= 1900) {
					if (!tambah_grup(s, arena_printf(A(s),
							"Tahun %d", y)))
						return false;
					g = (int)s->ng - 1;
				}
			}
			if (!tambah_kolom(s, p, n, g, 0, false))
				return false;
			p += n;
			continue;
		}
		const char *close = strchr(p, ']');
		if (close == NULL) {
			directive_error(s->c, s->d, "kolom: \"[\" without \"]\" "
				"in \"%s\"", spec);
			return false;
		}
		const char *in = p + 1;
		const char *after = close + 1;
		size_t na = strcspn(after, ",");
		const char *aend = after + na;
		int years[MAKS_TAHUN], ny = 0;
		const char *label = NULL;
		const char *q = after;
		if (q < aend && !strncmp(q, "@renstra", 8) && (q + 8 == aend ||
				q[8] == ':')) {
			/* The Renstra's years (the reporting year without
			 * them), as x@renstra. */
			const struct report_meta *m = &s->c->report->meta;
			int a = m->renstra_awal > 0 ? m->renstra_awal : m->tahun;
			int b = m->renstra_awal > 0 && m->renstra_akhir >= a ?
				m->renstra_akhir : a;
			for (int y = a; y <= b && ny < MAKS_TAHUN; y++)
				years[ny++] = y;
			q += 8;
		} else if (q < aend && *q == '@') {
			ny = tahun_rentang(s, q + 1, aend, years);
			if (ny < 0)
				return false;
			q = memchr(q, ':', (size_t)(aend - q));
			if (q == NULL)
				q = aend;
		} else if (!(q < aend && *q == ':')) {
			/* [..] alone: one group a year of tahun=. */
			ny = s->ntahun;
			memcpy(years, s->tahun, sizeof(int) * (size_t)ny);
		}
		if (q < aend && *q == ':')
			label = arena_strndup(A(s), q + 1, (size_t)(aend - q - 1));
		else if (q < aend) {
			directive_error(s->c, s->d, "kolom: unexpected \"%s\" "
				"after \"]\" (write [...]@2022-2024 or "
				"[...]:Judul)", arena_strndup(A(s), after, na));
			return false;
		}
		for (int yi = 0; yi < (ny ? ny : 1); yi++) {
			int y = ny ? years[yi] : 0;
			if (!tambah_grup(s, label ? isi_tahun(s, label, y ? y :
					s->tahun[s->ntahun - 1]) :
					arena_printf(A(s), "Tahun %d", y)))
				return false;
			const char *r = in;
			while (r < close) {
				while (r < close && (*r == ',' || *r == ' '))
					r++;
				if (r >= close)
					break;
				size_t n = strcspn(r, ",]");
				if (!tambah_kolom_grup(s, r, n, (int)s->ng - 1, y,
						q != after))
					return false;
				r += n;
			}
		}
		p = aend;
	}
	if (s->nk == 0) {
		directive_error(s->c, s->d, "kolom: no column given");
		return false;
	}
	return true;
}

/* ---- Filters ---- */

/* One code list of indikator.csv (key= "S1,S2") of tingkat t. */
static bool saring_kode(struct build_ctx *c, const struct directive *d,
	const char *key, enum tingkat t, const struct indikator ***out)
{
	static const char *const NAMA[] = {"tujuan", "sasaran", "indikator"};
	const char *v = directive_opt(d, key);
	*out = NULL;
	if (v == NULL)
		return true;
	struct ptrvec pv = {0};
	const char *p = v;
	for (const char *kode; (kode = directive_list_next(c, &p)) != NULL;) {
		const struct indikator *ind = model_indikator(c->report, kode);
		if (ind == NULL) {
			/* A typo: the nearest code of that tingkat. */
			const char **kodes = arena_alloc(ARENA(c),
				(c->report->nindikator + 1) * sizeof *kodes);
			size_t n = 0;
			for (size_t i = 0; i < c->report->nindikator; i++)
				if (c->report->indikator[i]->tingkat == t)
					kodes[n++] = c->report->indikator[i]->kode;
			const char *near = suggest_nearest(kode, kodes, n);
			directive_error(c, d, "unknown %s \"%s\"%s%s%s", NAMA[t],
				kode, near ? "; did you mean \"" : "",
				near ? near : "", near ? "\"?" : "");
			return false;
		}
		if (ind->tingkat != t) {
			directive_error(c, d, "\"%s\" is not a%s %s (it is a%s "
				"%s in indikator.csv)", kode, t == TINGKAT_INDIKATOR ?
				"n" : "", NAMA[t], ind->tingkat == TINGKAT_INDIKATOR ?
				"n" : "", NAMA[ind->tingkat]);
			return false;
		}
		ptrvec_push(ARENA(c), &pv, (void *)ind);
	}
	ptrvec_push(ARENA(c), &pv, NULL);
	*out = (const struct indikator **)pv.v;
	return true;
}

bool kolom_saringan(struct build_ctx *c, const struct directive *d,
	struct saringan *out)
{
	memset(out, 0, sizeof *out);
	if (!saring_kode(c, d, "tujuan", TINGKAT_TUJUAN, &out->tujuan) ||
			!saring_kode(c, d, "sasaran", TINGKAT_SASARAN,
				&out->sasaran) ||
			!saring_kode(c, d, "indikator", TINGKAT_INDIKATOR,
				&out->indikator))
		return false;
	const char *v = directive_opt(d, "program");
	if (v == NULL)
		return true;
	struct ptrvec pv = {0};
	const char *p = v;
	for (const char *kode; (kode = directive_list_next(c, &p)) != NULL;) {
		if (model_anggaran(c->report, kode) == NULL) {
			const char **kodes = arena_alloc(ARENA(c),
				(c->report->nanggaran + 1) * sizeof *kodes);
			for (size_t i = 0; i < c->report->nanggaran; i++)
				kodes[i] = c->report->anggaran[i]->kode;
			const char *near = suggest_nearest(kode, kodes,
				c->report->nanggaran);
			directive_error(c, d, "unknown program \"%s\": no line "
				"of anggaran.csv has that code%s%s%s", kode,
				near ? "; did you mean \"" : "", near ? near : "",
				near ? "\"?" : "");
			return false;
		}
		ptrvec_push(ARENA(c), &pv, (void *)kode);
	}
	ptrvec_push(ARENA(c), &pv, NULL);
	out->program = (const char **)pv.v;
	return true;
}

static bool dalam(const struct indikator *const *l, const struct indikator *x)
{
	for (; *l; l++)
		if (*l == x)
			return true;
	return false;
}

static size_t hitung(const struct indikator *const *l)
{
	size_t n = 0;
	while (l && l[n])
		n++;
	return n;
}

/* program= on Renstra rows: codes of pagu_renstra.csv (the other
 * filters are kolom_saringan's, which Renstra rows do not take). */
static bool renstra_program(struct susun *s)
{
	const char *v = directive_opt(s->d, "program");
	s->f.program = NULL;
	if (v == NULL)
		return true;
	struct ptrvec pv = {0};
	const char *p = v;
	for (const char *kode; (kode = directive_list_next(s->c, &p)) != NULL;) {
		if (model_renstra(s->c->report, kode) == NULL) {
			directive_error(s->c, s->d, "unknown program \"%s\": "
				"no line of pagu_renstra.csv has that code", kode);
			return false;
		}
		ptrvec_push(A(s), &pv, (void *)kode);
	}
	ptrvec_push(A(s), &pv, NULL);
	s->f.program = (const char **)pv.v;
	return true;
}

/* ---- Cells ---- */

/* A key template of KOLOM with the row's code and year filled in, into
 * buf (a key is looked up per cell: no printf). */
static const char *kunci_buf(char *buf, size_t len, const char *tpl,
	const char *kode, int tahun)
{
	char th[16];
	size_t o = 0, k = sizeof th;
	unsigned u = tahun < 0 ? 0u : (unsigned)tahun;
	th[--k] = '\0';
	do
		th[--k] = (char)('0' + u % 10);
	while ((u /= 10) != 0 && k > 0);
	for (const char *p = tpl; *p && o + 1 < len; p++) {
		const char *ins = NULL;
		if (p[0] == '{' && (p[1] == 'k' || p[1] == 't') && p[2] == '}') {
			ins = p[1] == 'k' ? kode : th + k;
			p += 2;
		}
		if (ins == NULL) {
			buf[o++] = *p;
			continue;
		}
		while (*ins && o + 1 < len)
			buf[o++] = *ins++;
	}
	buf[o] = '\0';
	return buf;
}

/* The same in the arena. */
static const char *kunci(struct susun *s, const char *tpl, const char *kode,
	int tahun)
{
	char b[512];
	return arena_strdup(A(s), kunci_buf(b, sizeof b, tpl, kode, tahun));
}

/* The one place a figure becomes a cell's text, by its kind (the report's
 * rounding for it, util/num.h through fmt_figure): capaian, kemajuan,
 * serapan and a percentage efficiency with "%"; money without "Rp" and
 * with sen only when it has some (the tables' amounts); a target,
 * realisasi or standard with its unit, none beside a satuan column or
 * with T_POLOS; a grade or a range as written; "-" without a value. */
static const char *teks_angka(struct susun *s, const struct figure *f,
	enum tampil t)
{
	struct build_ctx *c = s->c;
	char b[128];
	if (f == NULL)
		return "-";
	if (!f->ada) /* "-", or "tidak dilaporkan" */
		return fmt_figure(c, f);
	switch (f->kind) {
	case FIGURE_RUPIAH:
		return arena_strdup(A(s), num_format_dec(b, sizeof b,
			figure_dec(f), angka_gaya(&c->report->meta, JENIS_JUMLAH,
			f->v)));
	case FIGURE_INDEX:
	case FIGURE_COUNT:
		if (t == T_BERTANDA)
			return arena_printf(A(s), "%s%s", f->text == NULL &&
				f->v > 0 ? "+" : "", figure_teks(b, sizeof b,
				&c->report->meta, f));
		if (t == T_POLOS || s->satuan)
			return arena_strdup(A(s), figure_teks(b, sizeof b,
				&c->report->meta, f));
		break;
	case FIGURE_PERCENT:
	case FIGURE_GRADE:
	case FIGURE_TEXT:
		break;
	}
	return fmt_figure(c, f);
}

/* The band a predikat figure names, for its cell's class. */
static const struct predikat_band *band_of(struct susun *s,
	const struct figure *f)
{
	const struct predikat_skala *sk = &s->c->report->meta.skala;
	for (size_t i = 0; f != NULL && f->ada && f->text && i < sk->nband; i++)
		if (!strcmp(sk->band[i].nama, f->text))
			return &sk->band[i];
	return NULL;
}

/* A figure cell: the figure under key, printed as column k prints it and
 * marked with it (cell_fig). An indicator's own capaian and realisasi
 * carry their marks ("**)" implausible, "*)" typed), with the note under
 * the table. */
static void sel_angka(struct susun *s, struct doc_node *r,
	const struct kol *k, const char *key, bool tanda)
{
	struct build_ctx *c = s->c;
	const struct figure *f = metrics_figure(c->metrics, key);
	bool ada = f != NULL && f->ada;
	if (k->def->tampil == T_PREDIKAT) {
		const struct predikat_band *b = band_of(s, f);
		struct doc_node *n = cell_predikat(c, r, b);
		if (n != NULL && ada && b != NULL) /* as cell_fig marks */
			n->fig = f;
		return;
	}
	const char *v = teks_angka(s, f, k->def->tampil);
	if (tanda && ada && k->def->id == K_CAPAIAN) {
		const char *t = capaian_tanda(c, r, f->v);
		if (*t)
			v = arena_printf(A(s), "%s%s", v, t);
	}
	bool diketik = tanda && ada && k->def->id == K_REALISASI && f->diketik;
	if (diketik)
		v = arena_printf(A(s), "%s *)", v);
	struct doc_node *n = tbl_cell(c, r, v, true);
	if (diketik)
		tbl_catatan(c, r->parent, CATATAN_DIKETIK);
	if (ada) /* as cell_fig marks a cell: a "-" has nothing to trace */
		n->fig = f;
}

/* A cell of one indicator in year y (indicator rows: the column's year;
 * year rows: the row's). */
static void sel_indikator(struct susun *s, struct doc_node *r,
	const struct kol *k, const struct indikator *ind, int y)
{
	struct build_ctx *c = s->c;
	if (k->def->ki != NULL) {
		char b[512];
		sel_angka(s, r, k, kunci_buf(b, sizeof b, k->def->ki, ind->kode,
			y), true);
		return;
	}
	const struct tahunan *th = model_tahun(ind, y);
	int ini = c->report->meta.tahun;
	switch (k->def->id) {
	case K_NO:
	case K_SASARAN:
		break; /* the group's cells (baris_indikator) */
	case K_KODE:
		tbl_center(tbl_cell(c, r, ind->kode, false));
		break;
	case K_TUJUAN: {
		/* A tujuan's own indicator, or one of a sasaran under it. */
		const struct indikator *t = ind->induk;
		if (t && t->tingkat != TINGKAT_TUJUAN)
			t = t->induk;
		tbl_cell(c, r, t && t->tingkat == TINGKAT_TUJUAN ? t->uraian :
			"-", false);
		break;
	}
	case K_INDIKATOR:
		tbl_cell(c, r, ind->uraian, false);
		break;
	case K_SATUAN:
		tbl_center(tbl_cell(c, r, ind->satuan, false));
		break;
	case K_FORMULA:
		tbl_cell(c, r, ind->formula, false);
		break;
	case K_DEFINISI:
		tbl_cell(c, r, ind->definisi, false);
		break;
	case K_SUMBER_DATA:
		tbl_cell(c, r, ind->sumber_data, false);
		break;
	case K_PENANGGUNG_JAWAB:
		tbl_cell(c, r, ind->penanggung_jawab, false);
		break;
	case K_TAHUN:
		tbl_center(tbl_cell(c, r, arena_printf(A(s), "%d", y), false));
		break;
	case K_KETERANGAN_PK: {
		/* What the revision of the PK did to the indicator. */
		const struct nilai *awal = th && th->target_pk.ada ?
			&th->target_pk : NULL;
		const struct nilai *ubah = th && th->target_pk_perubahan.ada ?
			&th->target_pk_perubahan : NULL;
		const char *ket = awal == NULL ? "Indikator baru" :
			ubah == NULL || !strcmp(fmt_cell_nilai(c, awal),
			fmt_cell_nilai(c, ubah)) ? "Tetap" : "Berubah";
		tbl_center(tbl_cell(c, r, ket, false));
		break;
	}
	case K_PENDUKUNG:
	case K_BASELINE: case K_PAGU_RENSTRA: case K_PAGU_AKHIR: {
		/* The budget lines naming it in mendukung, by code. */
		const char *kodes = "";
		for (size_t i = 0; i < c->report->nanggaran; i++) {
			const struct anggaran *a = c->report->anggaran[i];
			for (size_t j = 0; j < a->nmendukung; j++)
				if (a->mendukung[j] == ind)
					kodes = arena_printf(A(s), "%s%s%s", kodes,
						*kodes ? ", " : "", a->kode);
		}
		tbl_cell(c, r, kodes, false);
		break;
	}
	case K_ARAH: {
		/* The direction of the change figure. */
		const struct figure *f = metrics_figure(c->metrics,
			arena_printf(A(s), "%s.perubahan", ind->kode));
		tbl_center(tbl_cell(c, r, f && f->ada ?
			arah_teks(arah_perubahan(f->v)) : "-", false));
		break;
	}
	case K_KETERANGAN: /* the free text of kinerja.csv that year */
		tbl_cell(c, r, th && th->keterangan ? th->keterangan : "",
			false);
		break;
	case K_SUMBER_STANDAR: {
		const struct tahunan *t0 = model_tahun(ind, ini);
		tbl_cell(c, r, t0 && t0->standar_sumber ? t0->standar_sumber :
			"-", false);
		break;
	}
	/* Figure columns (their key in KOLOM), or none on these rows. */
	case K_URAIAN: case K_TARGET: case K_TARGET_AWAL: case K_REALISASI: case K_CAPAIAN:
	case K_PREDIKAT: case K_TARGET_RENSTRA: case K_TARGET_PK:
	case K_TARGET_PK_PERUBAHAN: case K_TARGET_AKHIR:
	case K_REALISASI_KUMULATIF: case K_KEMAJUAN: case K_PERUBAHAN:
	case K_STANDAR: case K_BANDING_STANDAR: case K_REALISASI_KELUARAN:
	case K_PAGU_AWAL: case K_PAGU_PERUBAHAN: case K_PAGU:
	case K_REALISASI_ANGGARAN: case K_SISA_ANGGARAN: case K_SERAPAN:
	case K_EFISIENSI: case K_TARGET_PK_AKHIR:
		tbl_cell(c, r, "-", false); /* not offered (KOLOM) */
		break;
	}
}

static void sel_anggaran(struct susun *s, struct doc_node *r,
	const struct kol *k, const struct anggaran *a, const char *no)
{
	struct build_ctx *c = s->c;
	if (k->def->ka != NULL) {
		char b[512];
		sel_angka(s, r, k, kunci_buf(b, sizeof b, k->def->ka, a->kode,
			k->tahun), false);
		return;
	}
	switch (k->def->id) {
	case K_NO:
		tbl_cell(c, r, no, false);
		break;
	case K_KODE:
		tbl_cell(c, r, a->kode, false);
		break;
	case K_URAIAN:
		tbl_cell(c, r, a->uraian, false);
		break;
	case K_SASARAN: {
		const struct anggaran *p = a;
		while (p != NULL && p->sasaran == NULL)
			p = p->induk;
		tbl_cell(c, r, p ? p->sasaran->uraian : "-", false);
		break;
	}
	case K_INDIKATOR:
		tbl_cell(c, r, a->indikator, false);
		break;
	case K_SATUAN:
		tbl_cell(c, r, a->satuan, false);
		break;
	case K_PENANGGUNG_JAWAB:
		tbl_cell(c, r, a->penanggung_jawab, false);
		break;
	case K_KETERANGAN: /* the free text of anggaran.csv */
		tbl_cell(c, r, a->keterangan ? a->keterangan : "", false);
		break;
	/* Figure columns (their key in KOLOM), or none on these rows. */
	case K_TARGET: case K_TARGET_AWAL: case K_REALISASI_KELUARAN: case K_CAPAIAN:
	case K_PAGU_AWAL: case K_PAGU_PERUBAHAN: case K_PAGU:
	case K_REALISASI_ANGGARAN: case K_SISA_ANGGARAN: case K_SERAPAN:
	case K_EFISIENSI:
	case K_TUJUAN: case K_FORMULA: case K_DEFINISI: case K_SUMBER_DATA:
	case K_TAHUN: case K_REALISASI: case K_PREDIKAT:
	case K_TARGET_RENSTRA: case K_TARGET_PK: case K_TARGET_PK_PERUBAHAN:
	case K_TARGET_AKHIR: case K_REALISASI_KUMULATIF: case K_KEMAJUAN:
	case K_PERUBAHAN: case K_ARAH: case K_STANDAR: case K_SUMBER_STANDAR:
	case K_BANDING_STANDAR: case K_TARGET_PK_AKHIR:
	case K_KETERANGAN_PK: case K_PENDUKUNG:
	case K_BASELINE: case K_PAGU_RENSTRA: case K_PAGU_AKHIR:
		tbl_cell(c, r, "-", false); /* not offered (KOLOM) */
		break;
	}
}

/* ---- Header ---- */

static void kepala(struct susun *s, struct doc_node *t)
{
	bool dua = false;
	for (size_t i = 0; i < s->nk; i++)
		dua |= s->k[i].grup >= 0;
	struct doc_node *r = tbl_row(s->c, t, true);
	for (size_t i = 0; i < s->nk; i++) {
		int g = s->k[i].grup;
		if (g < 0) {
			tbl_hcell(s->c, r, s->k[i].judul, 1, dua ? 2 : 1);
			continue;
		}
		size_t n = 1;
		while (i + n < s->nk && s->k[i + n].grup == g)
			n++;
		tbl_hcell(s->c, r, s->g[g].judul, (int)n, 1);
		i += n - 1;
	}
	if (!dua)
		return;
	r = tbl_row(s->c, t, true);
	for (size_t i = 0; i < s->nk; i++)
		if (s->k[i].grup >= 0)
			tbl_hcell(s->c, r, s->k[i].judul, 1, 1);
}

/* ---- Closing row ---- */

/* The keys of template tpl over the rows of v (indicators, sasaran or
 * budget lines: codes at the same offset) in year tahun. */
static const char **kunci_baris(struct susun *s, const struct ptrvec *v,
	const char *tpl, int tahun, bool anggaran, size_t *n)
{
	const char **k = arena_alloc(A(s), (v->n ? v->n : 1) * sizeof *k);
	for (size_t i = 0; i < v->n; i++)
		k[i] = kunci(s, tpl, anggaran ? ((const struct anggaran *)
			v->v[i])->kode : ((const struct indikator *)v->v[i])->kode,
			tahun);
	*n = v->n;
	return k;
}

/* The key of the metrics' own total of column template tpl under prefix
 * pre (see prefix_akhir), or NULL. */
static const char *kunci_sama(struct susun *s, const struct kolom_def *k,
	const char *pre, int tahun)
{
	if (pre == NULL)
		return NULL;
	bool baris = !strncmp(pre, "anggaran.", 9);
	const char *tpl = baris ? k->ka : k->ks;
	return tpl ? kunci(s, tpl, baris ? pre + 9 : pre, tahun) : NULL;
}

static const struct kolom_def *kolom_def_of(enum kolom_id id)
{
	for (size_t i = 0; i < NKOLOM; i++)
		if (KOLOM[i].id == id)
			return &KOLOM[i];
	return NULL;
}

/* The keys of the figures the shown sasaran's figure under template tpl
 * (S1.pagu) adds up: the union of their inputs. */
static const char **kunci_sasaran(struct susun *s, const char *tpl,
	int tahun, size_t *n)
{
	struct ptrvec v = {0};
	for (size_t i = 0; i < s->baris_sas.n; i++) {
		const struct indikator *sa = s->baris_sas.v[i];
		const struct figure *f = metrics_figure(s->c->metrics,
			kunci(s, tpl, sa->kode, tahun));
		for (size_t j = 0; f != NULL && j < f->ninput; j++)
			ptrvec_push(A(s), &v, (void *)f->input[j]->key);
	}
	*n = v.n;
	return (const char **)v.v;
}

/* The total of column id over the rows (indicator rows: of the shown
 * sasaran when per_sasaran), by the metrics (metrics_pilihan): sums of
 * money, means of capaian, and what follows from them. */
static const struct figure *total(struct susun *s, enum kolom_id id,
	bool per_sasaran, const char *pre, int tahun)
{
	const struct metrics *m = s->c->metrics;
	const struct kolom_def *k = kolom_def_of(id);
	const char *sama = kunci_sama(s, k, pre, tahun);
	size_t n;
	const char **keys;
	switch (id) {
	case K_CAPAIAN:
		if (per_sasaran) /* every indicator of the shown sasaran */
			keys = kunci_sasaran(s, k->ks, tahun, &n);
		else
			keys = kunci_baris(s, &s->baris_ind, k->ki, tahun, false,
				&n);
		return metrics_pilihan(m, A(s), PILIHAN_RATA, "capaian", keys,
			n, sama);
	case K_PREDIKAT:
		return metrics_turunan(m, A(s), TURUNAN_PREDIKAT, total(s,
			K_CAPAIAN, per_sasaran, pre, tahun), NULL, sama);
	case K_PAGU_AWAL:
	case K_PAGU:
	case K_PAGU_PERUBAHAN:
	case K_REALISASI_ANGGARAN:
		if (id == K_PAGU_PERUBAHAN)
			k = kolom_def_of(K_PAGU);
		if (s->baris == BARIS_ANGGARAN)
			keys = kunci_baris(s, &s->baris_ang, k->ka, tahun, true,
				&n);
		else
			keys = kunci_sasaran(s, k->ks, tahun, &n);
		return metrics_pilihan(m, A(s), PILIHAN_JUMLAH, id ==
			K_REALISASI_ANGGARAN ? "realisasi anggaran" : id ==
			K_PAGU_AWAL ? "pagu awal" : "pagu", keys, n, sama);
	case K_SISA_ANGGARAN:
		return metrics_turunan(m, A(s), TURUNAN_SISA, total(s, K_PAGU,
			per_sasaran, pre, tahun), total(s, K_REALISASI_ANGGARAN,
			per_sasaran, pre, tahun), sama);
	case K_SERAPAN:
		return metrics_turunan(m, A(s), TURUNAN_SERAPAN, total(s,
			K_REALISASI_ANGGARAN, per_sasaran, pre, tahun), total(s,
			K_PAGU, per_sasaran, pre, tahun), sama);
	case K_EFISIENSI:
		return metrics_turunan(m, A(s), TURUNAN_EFISIENSI, total(s,
			K_CAPAIAN, per_sasaran, pre, tahun), total(s, K_SERAPAN,
			per_sasaran, pre, tahun), sama);
	case K_NO: case K_KODE: case K_TUJUAN: case K_SASARAN:
	case K_INDIKATOR: case K_URAIAN: case K_SATUAN: case K_FORMULA:
	case K_DEFINISI: case K_SUMBER_DATA: case K_PENANGGUNG_JAWAB:
	case K_TAHUN: case K_TARGET: case K_REALISASI: case K_TARGET_RENSTRA:
	case K_TARGET_PK: case K_TARGET_PK_PERUBAHAN: case K_TARGET_AKHIR:
	case K_REALISASI_KUMULATIF: case K_KEMAJUAN: case K_PERUBAHAN:
	case K_ARAH: case K_STANDAR: case K_SUMBER_STANDAR:
	case K_BANDING_STANDAR: case K_TARGET_PK_AKHIR:
	case K_KETERANGAN_PK: case K_KETERANGAN: case K_PENDUKUNG:
	case K_REALISASI_KELUARAN: case K_TARGET_AWAL:
	case K_BASELINE: case K_PAGU_RENSTRA: case K_PAGU_AKHIR:
		break;
	}
	return NULL;
}

/* A closing cell: the total of the column over the rows shown, printed
 * as the column's cells print theirs. */
static void sel_akhir(struct susun *s, struct doc_node *r,
	const struct kol *k, const char *pre, int tahun)
{
	/* A budget line's efficiency has no total; the sasaran's (or the
	 * report's) closes its column of the sasaran's money. */
	if (k->def->id == K_EFISIENSI && !k->per_sasaran) {
		tbl_cell(s->c, r, "", true);
		return;
	}
	/* Efficiency and its capaian are of the reporting year. */
	const struct figure *f = total(s, k->def->id, k->per_sasaran, pre,
		k->def->id == K_EFISIENSI ? s->c->report->meta.tahun : tahun);
	if (k->def->tampil == T_PREDIKAT) {
		const struct predikat_band *b = band_of(s, f);
		struct doc_node *n = cell_predikat(s->c, r, b);
		if (n != NULL && b != NULL)
			n->fig = f;
		return;
	}
	struct doc_node *n = tbl_cell(s->c, r, teks_angka(s, f,
		k->def->tampil), true);
	if (f != NULL && f->ada)
		n->fig = f;
}

static bool kolom_akhir(const struct kol *k, enum baris b,
	enum akhir akhir)
{
	/* A sasaran's figures close with the report's (or the one
	 * sasaran's); the indicators' own only with a mean. */
	if (k->per_sasaran)
		return true;
	if (b == BARIS_INDIKATOR && akhir == AKHIR_JUMLAH)
		return false;
	switch (k->def->id) {
	case K_CAPAIAN:
	case K_PREDIKAT:
		return b == BARIS_INDIKATOR;
	case K_PAGU_AWAL: case K_PAGU_PERUBAHAN: case K_PAGU:
	case K_REALISASI_ANGGARAN: case K_SISA_ANGGARAN: case K_SERAPAN:
		return b == BARIS_ANGGARAN;
	case K_NO: case K_KODE: case K_TUJUAN: case K_SASARAN:
	case K_INDIKATOR: case K_URAIAN: case K_SATUAN: case K_FORMULA:
	case K_DEFINISI: case K_SUMBER_DATA: case K_PENANGGUNG_JAWAB:
	case K_TAHUN: case K_TARGET: case K_TARGET_AWAL: case K_REALISASI: case K_TARGET_RENSTRA:
	case K_TARGET_PK: case K_TARGET_PK_PERUBAHAN: case K_TARGET_AKHIR:
	case K_REALISASI_KUMULATIF: case K_KEMAJUAN: case K_PERUBAHAN:
	case K_ARAH: case K_STANDAR: case K_SUMBER_STANDAR:
	case K_BANDING_STANDAR: case K_TARGET_PK_AKHIR:
	case K_KETERANGAN_PK: case K_KETERANGAN: case K_PENDUKUNG:
	case K_BASELINE: case K_PAGU_RENSTRA: case K_PAGU_AKHIR:
	case K_REALISASI_KELUARAN: case K_EFISIENSI:
		break;
	}
	return false;
}

/* The closing row: a label over the columns before the first closing
 * figure, then those figures (the metrics' figures under prefix pre:
 * "laporan", a sasaran's code, "anggaran.KODE"). */
static void baris_akhir(struct susun *s, struct doc_node *t,
	const char *label, const char *pre)
{
	size_t first = 0;
	while (first < s->nk && !kolom_akhir(&s->k[first], s->baris,
			s->akhir))
		first++;
	struct doc_node *r = row_total(s->c, t, label, (int)first);
	for (size_t i = first; i < s->nk; i++)
		if (kolom_akhir(&s->k[i], s->baris, s->akhir))
			sel_akhir(s, r, &s->k[i], pre, s->k[i].tahun);
		else
			tbl_cell(s->c, r, "", true);
}

/* ---- Rows ---- */

static bool tampil_indikator(struct susun *s, const struct indikator *ind)
{
	if (s->indikator && !dalam(s->indikator, ind))
		return false;
	switch (s->p->saring) {
	case SARING_SEMUA:
		break;
	case SARING_STANDAR: /* those with a standard's figure */
		return metrics_figure(s->c->metrics, arena_printf(A(s),
			"%s.standar", ind->kode)) != NULL;
	case SARING_IKU:
		return ind->iku;
	case SARING_TUJUAN:
		return ind->induk && ind->induk->tingkat == TINGKAT_TUJUAN;
	case SARING_ANGGARAN: /* those with money of supporting lines */
		return metrics_figure(s->c->metrics, arena_printf(A(s),
			"%s.anggaran.pagu", ind->kode)) != NULL;
	case SARING_PK_PERUBAHAN: {
		const struct tahunan *th = model_tahun(ind,
			s->c->report->meta.tahun);
		return th && (th->target_pk.ada || th->target_pk_perubahan.ada);
	}
	case SARING_PK: {
		const struct tahunan *th = model_tahun(ind,
			s->c->report->meta.tahun);
		return th && th->target_pk.ada;
	}
	}
	return true;
}

static bool ada_kolom(struct susun *s, enum kolom_id id)
{
	for (size_t i = 0; i < s->nk; i++)
		if (s->k[i].def->id == id)
			return true;
	return false;
}

/* A year written in kolom= that no shown indicator has a row of
 * kinerja.csv for: a slip of the pen, not a column of dashes. (tahun=
 * alone keeps the presets' behaviour: a table of that year.) */
static bool cek_tahun(struct susun *s, const struct indikator **inds,
	size_t n)
{
	for (size_t i = 0; i < s->nk; i++) {
		if (!s->k[i].def->per_tahun || !s->k[i].tertulis)
			continue;
		int y = s->k[i].tahun;
		bool ada = false;
		for (size_t j = 0; j < n && !ada; j++)
			ada = model_tahun(inds[j], y) != NULL;
		if (!ada && n > 0) {
			directive_error(s->c, s->d, "year %d is outside the data: "
				"kinerja.csv has no row of that year for the "
				"indicators of this table", y);
			return false;
		}
	}
	return true;
}

static void sel_sasaran(struct susun *, struct doc_node *,
	const struct kol *, const struct indikator *, size_t);

/* A figure column: its "-" is right-aligned as its figures. */
static bool kolom_angka(enum kolom_id id)
{
	switch (id) {
	case K_TARGET: case K_TARGET_AWAL: case K_REALISASI: case K_CAPAIAN:
	case K_TARGET_PK_AKHIR:
	case K_TARGET_RENSTRA: case K_TARGET_PK: case K_TARGET_PK_PERUBAHAN:
	case K_TARGET_AKHIR: case K_REALISASI_KUMULATIF: case K_KEMAJUAN:
	case K_PERUBAHAN: case K_STANDAR: case K_BANDING_STANDAR:
	case K_REALISASI_KELUARAN: case K_PAGU_AWAL: case K_PAGU_PERUBAHAN:
	case K_PAGU: case K_REALISASI_ANGGARAN: case K_SISA_ANGGARAN:
	case K_SERAPAN: case K_EFISIENSI: case K_BASELINE: case K_PAGU_RENSTRA:
	case K_PAGU_AKHIR:
		return true;
	case K_NO: case K_KODE: case K_TUJUAN: case K_SASARAN:
	case K_INDIKATOR: case K_URAIAN: case K_SATUAN: case K_FORMULA:
	case K_DEFINISI: case K_SUMBER_DATA: case K_PENANGGUNG_JAWAB:
	case K_TAHUN: case K_PREDIKAT: case K_ARAH: case K_SUMBER_STANDAR:
	case K_KETERANGAN_PK: case K_KETERANGAN: case K_PENDUKUNG:
		break;
	}
	return false;
}

/* The sasaran's figure spanning its n rows. */
static void sel_sasaran_span(struct susun *s, struct doc_node *r,
	const struct kol *k, const struct indikator *sa, int n)
{
	sel_sasaran(s, r, k, sa, 0);
	struct doc_node *last = r->first;
	while (last && last->next)
		last = last->next;
	if (last != NULL && n > 1)
		last->as.cell.rowspan = n;
}

/* The tujuan an indicator is under: its induk, or its sasaran's. */
static const struct indikator *tujuan_of(const struct indikator *ind)
{
	const struct indikator *t = ind->induk;
	if (t && t->tingkat != TINGKAT_TUJUAN)
		t = t->induk;
	return t && t->tingkat == TINGKAT_TUJUAN ? t : NULL;
}

/* Rows grouped by tujuan (a tujuan column, no sasaran column): the
 * indicators of each tujuan, in the tujuan's order, the tujuan cell
 * spanning them and no numbering the tujuan. */
static size_t baris_per_tujuan(struct susun *s, struct doc_node *t,
	const struct indikator **inds, size_t n)
{
	struct build_ctx *c = s->c;
	size_t no = 0, nrow = 0;
	for (size_t i = 0; i <= c->report->nindikator; i++) {
		/* Each tujuan, then (i == nindikator) the rows under none. */
		const struct indikator *tj = i < c->report->nindikator ?
			c->report->indikator[i] : NULL;
		if (tj != NULL && tj->tingkat != TINGKAT_TUJUAN)
			continue;
		size_t ni = 0;
		for (size_t k = 0; k < n; k++)
			ni += tujuan_of(inds[k]) == tj;
		if (ni == 0)
			continue;
		bool first = true;
		for (size_t k = 0; k < n; k++) {
			if (tujuan_of(inds[k]) != tj)
				continue;
			struct doc_node *r = tbl_row(c, t, false);
			r->pos = inds[k]->pos;
			ptrvec_push(A(s), &s->baris_ind, (void *)inds[k]);
			for (size_t j = 0; j < s->nk; j++) {
				enum kolom_id id = s->k[j].def->id;
				if (id == K_NO || id == K_TUJUAN) {
					if (first && id == K_NO)
						tbl_center(cell_span(c, r,
							nomor(c, no), false,
							(int)ni));
					else if (first)
						cell_span(c, r, tj ? tj->uraian :
							"-", false, (int)ni);
				} else {
					sel_indikator(s, r, &s->k[j], inds[k],
						s->k[j].tahun);
				}
			}
			first = false;
			nrow++;
		}
		no++;
	}
	return nrow;
}

/* Rows not grouped by sasaran (no sasaran column, no sasaran's figure):
 * every indicator in indikator.csv order, a tujuan's own too. */
static size_t baris_indikator_lepas(struct susun *s, struct doc_node *t)
{
	struct build_ctx *c = s->c;
	struct ptrvec v = {0};
	for (size_t i = 0; i < c->report->nindikator; i++) {
		const struct indikator *ind = c->report->indikator[i];
		const struct indikator *up = ind->induk;
		if (ind->tingkat != TINGKAT_INDIKATOR || !tampil_indikator(s, ind))
			continue;
		if (s->sasaran && !(up && dalam(s->sasaran, up)))
			continue;
		if (s->tujuan && !(up && (dalam(s->tujuan, up) || (up->induk &&
				dalam(s->tujuan, up->induk)))))
			continue;
		ptrvec_push(A(s), &v, (void *)ind);
	}
	const struct indikator **inds = (const struct indikator **)v.v;
	if (!cek_tahun(s, inds, v.n))
		return (size_t)-1;
	if (ada_kolom(s, K_TUJUAN))
		return baris_per_tujuan(s, t, inds, v.n);
	for (size_t k = 0; k < v.n; k++) {
		struct doc_node *r = tbl_row(c, t, false);
		r->pos = inds[k]->pos;
		ptrvec_push(A(s), &s->baris_ind, (void *)inds[k]);
		for (size_t j = 0; j < s->nk; j++) {
			if (s->k[j].def->id == K_NO)
				tbl_center(tbl_cell(c, r, nomor(c, k), false));
			else
				sel_indikator(s, r, &s->k[j], inds[k],
					s->k[j].tahun);
		}
	}
	return v.n;
}

/* The shown indicators of sasaran sa, into out; how many rows the
 * sasaran takes: its indicators, or one row of "-" for a sasaran with
 * none at all when the preset shows such rows and nothing is filtered. */
static size_t sasaran_baris(struct susun *s, const struct indikator *sa,
	const struct indikator ***out, size_t *ni)
{
	const struct indikator **all;
	size_t na = list_indikator(s->c, sa, &all);
	const struct indikator **inds = arena_alloc(A(s),
		(na ? na : 1) * sizeof *inds);
	*ni = 0;
	for (size_t k = 0; k < na; k++)
		if (tampil_indikator(s, all[k]))
			inds[(*ni)++] = all[k];
	*out = inds;
	bool strip = s->p->kosong == KOSONG_STRIP ||
		s->p->kosong == KOSONG_STRIP_ANGKA;
	return *ni ? *ni : strip && na == 0 && s->indikator == NULL ? 1 : 0;
}

/* One sasaran's rows; the first opens with the cells spanning more rows
 * (no and tujuan of its tujuan's group: tj_rows > 0). */
static void baris_satu_sasaran(struct susun *s, struct doc_node *t,
	const struct indikator *sa, const struct indikator **inds, size_t ni,
	size_t rows, size_t no, const char *tujuan, size_t tj_rows)
{
	struct build_ctx *c = s->c;
	ptrvec_push(A(s), &s->baris_sas, (void *)sa);
	for (size_t k = 0; k < rows; k++) {
		struct doc_node *r = tbl_row(c, t, false);
		if (ni) {
			r->pos = inds[k]->pos;
			ptrvec_push(A(s), &s->baris_ind, (void *)inds[k]);
		}
		for (size_t j = 0; j < s->nk; j++) {
			enum kolom_id id = s->k[j].def->id;
			if (id == K_NO || id == K_TUJUAN) {
				if (k == 0 && tj_rows > 0 && id == K_NO)
					tbl_center(cell_span(c, r, nomor(c, no),
						false, (int)tj_rows));
				else if (k == 0 && tj_rows > 0)
					cell_span(c, r, tujuan, false,
						(int)tj_rows);
			} else if (id == K_SASARAN) {
				if (k == 0)
					cell_span(c, r, sa->uraian, false,
						(int)rows);
			} else if (ni == 0) {
				tbl_cell(c, r, "-", false);
			} else {
				sel_indikator(s, r, &s->k[j], inds[k],
					s->k[j].tahun);
			}
		}
	}
}

/* Rows grouped by tujuan, then sasaran (a tujuan and a sasaran column):
 * each tujuan with the indicators of its sasaran, no numbering the
 * tujuan; then each sasaran the plan gives without a tujuan ("-"). */
static size_t baris_tujuan_sasaran(struct susun *s, struct doc_node *t)
{
	struct build_ctx *c = s->c;
	const struct report *rp = c->report;
	size_t no = 0, nrow = 0;
	struct ptrvec semua = {0};
	for (size_t i = 0; i < rp->nindikator; i++)
		if (rp->indikator[i]->tingkat == TINGKAT_INDIKATOR &&
				rp->indikator[i]->induk &&
				rp->indikator[i]->induk->tingkat ==
				TINGKAT_SASARAN &&
				tampil_indikator(s, rp->indikator[i]))
			ptrvec_push(A(s), &semua, (void *)rp->indikator[i]);
	if (!cek_tahun(s, (const struct indikator **)semua.v, semua.n))
		return (size_t)-1;
	bool strip = s->p->kosong == KOSONG_STRIP && s->indikator == NULL &&
		s->sasaran == NULL;
	for (size_t i = 0; i < rp->nindikator; i++) {
		const struct indikator *tj = rp->indikator[i];
		if (tj->tingkat != TINGKAT_TUJUAN ||
				(s->tujuan && !dalam(s->tujuan, tj)))
			continue;
		size_t total = 0;
		for (size_t j = 0; j < tj->nanak; j++) {
			const struct indikator *sa = tj->anak[j], **inds;
			size_t ni;
			if (sa->tingkat == TINGKAT_SASARAN && !(s->sasaran &&
					!dalam(s->sasaran, sa)))
				total += sasaran_baris(s, sa, &inds, &ni);
		}
		if (total == 0) {
			if (!strip)
				continue;
			/* A tujuan without a sasaran to show: a row of "-". */
			struct doc_node *r = tbl_row(c, t, false);
			for (size_t j = 0; j < s->nk; j++) {
				enum kolom_id id = s->k[j].def->id;
				if (id == K_NO)
					tbl_center(cell_span(c, r, nomor(c, no),
						false, 1));
				else if (id == K_TUJUAN)
					cell_span(c, r, tj->uraian, false, 1);
				else
					tbl_cell(c, r, "-", false);
			}
			no++;
			nrow++;
			continue;
		}
		bool first = true;
		for (size_t j = 0; j < tj->nanak; j++) {
			const struct indikator *sa = tj->anak[j], **inds;
			size_t ni, rows;
			if (sa->tingkat != TINGKAT_SASARAN || (s->sasaran &&
					!dalam(s->sasaran, sa)))
				continue;
			rows = sasaran_baris(s, sa, &inds, &ni);
			if (rows == 0)
				continue;
			baris_satu_sasaran(s, t, sa, inds, ni, rows, no,
				tj->uraian, first ? total : 0);
			first = false;
			nrow += rows;
		}
		no++;
	}
	/* A sasaran the plan gives without a tujuan: "-" for the tujuan. */
	for (size_t i = 0; i < rp->nindikator && s->tujuan == NULL; i++) {
		const struct indikator *sa = rp->indikator[i], **inds;
		size_t ni, rows;
		if (sa->tingkat != TINGKAT_SASARAN || sa->induk != NULL ||
				(s->sasaran && !dalam(s->sasaran, sa)))
			continue;
		rows = sasaran_baris(s, sa, &inds, &ni);
		if (rows == 0)
			continue;
		baris_satu_sasaran(s, t, sa, inds, ni, rows, no++, "-", rows);
		nrow += rows;
	}
	return nrow;
}

static size_t baris_indikator(struct susun *s, struct doc_node *t)
{
	struct build_ctx *c = s->c;
	bool grup = ada_kolom(s, K_SASARAN);
	bool per_sasaran = false;
	for (size_t j = 0; j < s->nk; j++)
		per_sasaran |= s->k[j].per_sasaran;
	if (!grup && !per_sasaran)
		return baris_indikator_lepas(s, t);
	if (grup && ada_kolom(s, K_TUJUAN))
		return baris_tujuan_sasaran(s, t);
	const struct indikator **ss;
	size_t ns = list_sasaran(c, NULL, &ss), no = 0, nrow = 0;
	struct ptrvec semua = {0};
	for (size_t i = 0; i < ns; i++) {
		if (s->sasaran && !dalam(s->sasaran, ss[i]))
			continue;
		if (s->tujuan && !(ss[i]->induk && dalam(s->tujuan,
				ss[i]->induk)))
			continue;
		const struct indikator **all;
		size_t na = list_indikator(c, ss[i], &all);
		for (size_t k = 0; k < na; k++)
			if (tampil_indikator(s, all[k]))
				ptrvec_push(A(s), &semua, (void *)all[k]);
	}
	if (!cek_tahun(s, (const struct indikator **)semua.v, semua.n))
		return (size_t)-1;
	size_t idx = 0; /* the sasaran's place among those listed */
	for (size_t i = 0; i < ns; i++) {
		if (s->sasaran && !dalam(s->sasaran, ss[i]))
			continue;
		if (s->tujuan && !(ss[i]->induk && dalam(s->tujuan,
				ss[i]->induk)))
			continue;
		size_t my = idx++;
		const struct indikator **all;
		size_t na = list_indikator(c, ss[i], &all), ni = 0;
		const struct indikator **inds = arena_alloc(A(s),
			(na ? na : 1) * sizeof *inds);
		for (size_t k = 0; k < na; k++)
			if (tampil_indikator(s, all[k]))
				inds[ni++] = all[k];
		size_t nomor_g = s->p->kosong == KOSONG_NOMOR ? my : no;
		bool strip = s->p->kosong == KOSONG_STRIP ||
			s->p->kosong == KOSONG_STRIP_ANGKA;
		if (ni == 0 && !(strip && na == 0 && s->indikator == NULL &&
				grup))
			continue;
		no++;
		ptrvec_push(A(s), &s->baris_sas, (void *)ss[i]);
		if (ni == 0) {
			struct doc_node *r = tbl_row(c, t, false);
			for (size_t j = 0; j < s->nk; j++) {
				if (s->k[j].def->id == K_NO)
					tbl_center(cell_span(c, r, nomor(c,
						nomor_g), false, 1));
				else if (s->k[j].def->id == K_SASARAN)
					cell_span(c, r, ss[i]->uraian, false, 1);
				else if (s->k[j].per_sasaran)
					sel_sasaran_span(s, r, &s->k[j], ss[i], 1);
				else
					tbl_cell(c, r, "-", s->p->kosong ==
						KOSONG_STRIP_ANGKA &&
						kolom_angka(s->k[j].def->id));
			}
			nrow++;
			continue;
		}
		for (size_t k = 0; k < ni; k++) {
			struct doc_node *r = tbl_row(c, t, false);
			r->pos = inds[k]->pos;
			ptrvec_push(A(s), &s->baris_ind, (void *)inds[k]);
			for (size_t j = 0; j < s->nk; j++) {
				enum kolom_id id = s->k[j].def->id;
				if (id == K_NO && grup) {
					if (k == 0)
						tbl_center(cell_span(c, r,
							nomor(c, nomor_g), false,
							(int)ni));
				} else if (id == K_NO) {
					tbl_center(tbl_cell(c, r, nomor(c, nrow),
						false));
				} else if (id == K_SASARAN) {
					if (k == 0)
						cell_span(c, r, ss[i]->uraian,
							false, (int)ni);
				} else if (s->k[j].per_sasaran) {
					if (k == 0)
						sel_sasaran_span(s, r, &s->k[j],
							ss[i], (int)ni);
				} else {
					sel_indikator(s, r, &s->k[j], inds[k],
						s->k[j].tahun);
				}
			}
			nrow++;
		}
	}
	return nrow;
}

/* The years of one indicator: tahun=, else every year of its rows in
 * kinerja.csv up to the reporting year. */
static size_t baris_tahun(struct susun *s, struct doc_node *t)
{
	struct build_ctx *c = s->c;
	const struct indikator *ind = s->indikator[0];
	int years[64], ny = 0;
	if (s->tahun_diberi) {
		for (int i = 0; i < s->ntahun; i++) {
			if (model_tahun(ind, s->tahun[i]) == NULL) {
				directive_error(c, s->d, "year %d is outside the "
					"data: kinerja.csv has no row of %s in that "
					"year", s->tahun[i], ind->kode);
				return (size_t)-1;
			}
			years[ny++] = s->tahun[i];
		}
	} else {
		for (size_t i = 0; i < ind->ntahun && ny < 64; i++)
			if (ind->tahun[i].tahun <= c->report->meta.tahun)
				years[ny++] = ind->tahun[i].tahun;
	}
	/* The caption names the years shown, whichever chose them. */
	if (ny > 0)
		t->as.fl->title = arena_printf(A(s), "Capaian %s Tahun %s",
			ind->uraian, fmt_tahun(c, years[0], years[ny - 1]));
	for (int i = 0; i < ny; i++) {
		struct doc_node *r = tbl_row(c, t, false);
		r->pos = model_tahun(ind, years[i])->pos;
		for (size_t j = 0; j < s->nk; j++) {
			if (s->k[j].def->id == K_NO)
				tbl_center(tbl_cell(c, r, nomor(c, (size_t)i),
					false));
			else
				sel_indikator(s, r, &s->k[j], ind, years[i]);
		}
	}
	return (size_t)ny;
}

/* A budget line is shown when it or a line above it is selected:
 * program= by code, indikator= by the indicators it supports
 * (mendukung), sasaran= by the line's sasaran or an indicator of the
 * sasaran it supports. */
bool kolom_pilih_anggaran(const struct saringan *f, const struct anggaran *a)
{
	bool ok = f->program == NULL && f->sasaran == NULL &&
		f->indikator == NULL;
	for (size_t i = 0; f->program && f->program[i]; i++)
		ok |= !strcmp(a->kode, f->program[i]);
	for (size_t j = 0; f->indikator && j < a->nmendukung; j++)
		ok |= dalam(f->indikator, a->mendukung[j]);
	if (f->sasaran != NULL) {
		ok |= a->sasaran != NULL && dalam(f->sasaran, a->sasaran);
		/* a programme serving several sasaran ("S1; S2") */
		for (size_t j = 0; j < a->nsasaran; j++)
			ok |= dalam(f->sasaran, a->sasaran_semua[j]);
		for (size_t j = 0; j < a->nmendukung; j++) {
			const struct indikator *m = a->mendukung[j];
			ok |= dalam(f->sasaran, m) || (m->induk &&
				dalam(f->sasaran, m->induk));
		}
	}
	return ok;
}

static bool pilih_anggaran(struct susun *s, const struct anggaran *a)
{
	return kolom_pilih_anggaran(&s->f, a);
}

/* A row of a tree of lines (budget lines, the Renstra matrix): numbered
 * 1, 2, ... at the top and 1.1, 1.2, ... under a numbered line. */
static struct doc_node *baris_pohon(struct susun *s, struct doc_node *t,
	const char *prefix, size_t *k, const char *css, struct src_pos pos,
	const char **no)
{
	*no = *prefix ? arena_printf(A(s), "%s.%zu", prefix, ++*k) :
		nomor(s->c, (*k)++);
	struct doc_node *r = tbl_row(s->c, t, false);
	r->as.row.css_class = css;
	r->pos = pos;
	return r;
}

static void anggaran_rec(struct susun *s, struct doc_node *t,
	const struct anggaran *a, const char *prefix, size_t *k, bool atas,
	size_t *nrow)
{
	if (a->tingkat > s->tingkat)
		return;
	bool pilih = atas || pilih_anggaran(s, a);
	if (pilih && !atas) /* top-most: the totals add up its figures */
		ptrvec_push(A(s), &s->baris_ang, (void *)a);
	const char *no = NULL;
	size_t anak = 0;
	if (pilih) {
		struct doc_node *r = baris_pohon(s, t, prefix, k, line_class(a),
			a->pos, &no);
		for (size_t j = 0; j < s->nk; j++)
			sel_anggaran(s, r, &s->k[j], a, no);
		++*nrow;
	}
	for (size_t i = 0; i < a->nanak; i++)
		anggaran_rec(s, t, a->anak[i], pilih ? no : prefix,
			pilih ? &anak : k, pilih, nrow);
}

/* Whether line a or a line under it is a row of the table. */
static bool ada_baris(struct susun *s, const struct anggaran *a)
{
	if (a->tingkat > s->tingkat)
		return false;
	if (pilih_anggaran(s, a))
		return true;
	for (size_t i = 0; i < a->nanak; i++)
		if (ada_baris(s, a->anak[i]))
			return true;
	return false;
}

/* A cell of a sasaran's row (kelompok=sasaran) for its indicator ind
 * (NULL: it has none): the indicator, its target (target_awal: the PK
 * target before any revision) and realisasi; the sasaran's own figures
 * (S1.pagu_awal, S1.pagu, ...) spanning its n rows on the first. */
static void sel_grup(struct susun *s, struct doc_node *r, const struct kol *k,
	const struct indikator *sa, const struct indikator *ind, size_t j,
	size_t n)
{
	struct build_ctx *c = s->c;
	int th = c->report->meta.tahun;
	const char *q = NULL;
	switch (k->def->id) {
	case K_INDIKATOR:
		tbl_cell(c, r, ind ? ind->uraian : "-", false);
		return;
	case K_SATUAN:
		tbl_cell(c, r, ind && ind->satuan ? ind->satuan : "-", false);
		return;
	case K_TARGET_AWAL: {
		const struct figure *pk = ind ? metrics_figure(c->metrics,
			arena_printf(A(s), "%s.target_pk.%d", ind->kode, th)) :
			NULL;
		q = pk && pk->ada ? "target_pk" : "target";
		break;
	}
	case K_TARGET:
		q = "target";
		break;
	case K_REALISASI_KELUARAN:
		q = "realisasi";
		break;
	case K_NO: case K_KODE: case K_TUJUAN: case K_SASARAN: case K_URAIAN:
	case K_FORMULA: case K_DEFINISI: case K_SUMBER_DATA:
	case K_PENANGGUNG_JAWAB: case K_TAHUN: case K_REALISASI:
	case K_CAPAIAN: case K_PREDIKAT: case K_TARGET_RENSTRA:
	case K_TARGET_PK: case K_TARGET_PK_PERUBAHAN: case K_TARGET_AKHIR:
	case K_REALISASI_KUMULATIF: case K_KEMAJUAN: case K_PERUBAHAN:
	case K_ARAH: case K_STANDAR: case K_SUMBER_STANDAR:
	case K_BANDING_STANDAR: case K_PAGU_AWAL: case K_PAGU_PERUBAHAN:
	case K_PAGU: case K_REALISASI_ANGGARAN: case K_SISA_ANGGARAN:
	case K_SERAPAN: case K_EFISIENSI: case K_TARGET_PK_AKHIR:
	case K_KETERANGAN_PK: case K_PENDUKUNG: case K_KETERANGAN:
	case K_BASELINE: case K_PAGU_RENSTRA: case K_PAGU_AKHIR:
		/* the sasaran's, once for its rows */
		if (j > 0)
			return;
		if (k->def->ks != NULL)
			sel_angka(s, r, k, kunci(s, k->def->ks, sa->kode,
				k->tahun), false);
		else
			tbl_cell(c, r, k->def->id == K_URAIAN ? arena_printf(A(s),
				"Sasaran: %s", sa->uraian) : k->def->id == K_SASARAN ?
				sa->uraian : "", false);
		r->last->as.cell.rowspan = (int)n;
		return;
	}
	if (ind == NULL)
		tbl_cell(c, r, "-", true);
	else
		sel_angka(s, r, k, arena_printf(A(s), "%s.%s.%d", ind->kode, q,
			th), false);
}

/* The rows of sasaran sa above its lines: one per indicator. */
static size_t baris_grup(struct susun *s, struct doc_node *t,
	const struct indikator *sa)
{
	const struct indikator **ind = arena_alloc(A(s), (sa->nanak + 1) *
		sizeof *ind);
	size_t n = 0;
	for (size_t i = 0; i < sa->nanak; i++)
		if (sa->anak[i]->tingkat == TINGKAT_INDIKATOR)
			ind[n++] = sa->anak[i];
	/* One row per indicator only when a column shows them. */
	bool per_ind = false;
	for (size_t i = 0; i < s->nk; i++)
		switch (s->k[i].def->id) {
		case K_INDIKATOR: case K_SATUAN: case K_TARGET_AWAL:
		case K_TARGET: case K_REALISASI_KELUARAN:
			per_ind = true;
			break;
		case K_NO: case K_KODE: case K_TUJUAN: case K_SASARAN:
		case K_URAIAN: case K_FORMULA: case K_DEFINISI:
		case K_SUMBER_DATA: case K_PENANGGUNG_JAWAB: case K_TAHUN:
		case K_REALISASI: case K_CAPAIAN: case K_PREDIKAT:
		case K_TARGET_RENSTRA: case K_TARGET_PK:
		case K_TARGET_PK_PERUBAHAN: case K_TARGET_AKHIR:
		case K_REALISASI_KUMULATIF: case K_KEMAJUAN: case K_PERUBAHAN:
		case K_ARAH: case K_STANDAR: case K_SUMBER_STANDAR:
		case K_BANDING_STANDAR: case K_PAGU_AWAL: case K_PAGU_PERUBAHAN:
		case K_PAGU: case K_REALISASI_ANGGARAN: case K_SISA_ANGGARAN:
		case K_SERAPAN: case K_EFISIENSI: case K_TARGET_PK_AKHIR:
		case K_KETERANGAN_PK: case K_PENDUKUNG: case K_KETERANGAN:
		case K_BASELINE: case K_PAGU_RENSTRA: case K_PAGU_AKHIR:
			break;
		}
	size_t rows = n && per_ind ? n : 1;
	for (size_t j = 0; j < rows; j++) {
		struct doc_node *r = tbl_row(s->c, t, false);
		r->as.row.css_class = "sasaran";
		r->pos = sa->pos;
		for (size_t i = 0; i < s->nk; i++)
			sel_grup(s, r, &s->k[i], sa, n ? ind[j] : NULL, j, rows);
	}
	return rows;
}

static size_t baris_anggaran(struct susun *s, struct doc_node *t)
{
	size_t k = 0, nrow = 0;
	const struct report *rp = s->c->report;
	/* kelompok=sasaran: each sasaran's row, then the programmes
	 * linked to it (a programme of several, under its first), in the
	 * order of their first programme; programmes of none last. */
	const struct indikator **sudah = arena_alloc(A(s), (rp->nanggaran +
		1) * sizeof *sudah);
	size_t nsudah = 0;
	for (size_t i = 0; s->kelompok && i < rp->nanggaran; i++) {
		const struct indikator *sa = rp->anggaran[i]->sasaran;
		bool ada = rp->anggaran[i]->induk != NULL || sa == NULL;
		for (size_t j = 0; j < nsudah && !ada; j++)
			ada = sudah[j] == sa;
		if (ada)
			continue;
		sudah[nsudah++] = sa;
		bool tampil = false;
		for (size_t j = i; j < rp->nanggaran && !tampil; j++)
			tampil = rp->anggaran[j]->induk == NULL &&
				rp->anggaran[j]->sasaran == sa &&
				ada_baris(s, rp->anggaran[j]);
		if (!tampil)
			continue;
		nrow += baris_grup(s, t, sa);
		for (size_t j = i; j < rp->nanggaran; j++)
			if (rp->anggaran[j]->induk == NULL &&
					rp->anggaran[j]->sasaran == sa)
				anggaran_rec(s, t, rp->anggaran[j], "", &k, false,
					&nrow);
	}
	for (size_t i = 0; i < rp->nanggaran; i++) {
		const struct anggaran *a = rp->anggaran[i];
		if (a->induk == NULL && !(s->kelompok && a->sasaran != NULL))
			anggaran_rec(s, t, a, "", &k, false, &nrow);
	}
	return nrow;
}

/* A line of the Renstra matrix: its figures under KOLOM's budget key
 * (anggaran.KODE.renstra.pagu.2025), its text as pagu_renstra.csv or
 * anggaran.csv gives it. */
static void sel_renstra(struct susun *s, struct doc_node *r,
	const struct kol *k, const struct renstra *rs, const char *no)
{
	struct build_ctx *c = s->c;
	if (k->def->ka != NULL) {
		sel_angka(s, r, k, kunci(s, k->def->ka, rs->kode, k->tahun),
			false);
		return;
	}
	/* A line the Renstra names is described by it alone (its empty
	 * indikator stays empty); one it does not, by anggaran.csv. */
	const struct anggaran *a = rs->uraian ? NULL : rs->anggaran;
	switch (k->def->id) {
	case K_NO:
		tbl_cell(c, r, no, false);
		return;
	case K_KODE:
		tbl_cell(c, r, rs->kode, false);
		return;
	case K_URAIAN:
		tbl_cell(c, r, rs->uraian ? rs->uraian : a ? a->uraian : "-",
			false);
		return;
	case K_INDIKATOR:
		tbl_cell(c, r, rs->indikator ? rs->indikator : a &&
			a->indikator ? a->indikator : "-", false);
		return;
	case K_SATUAN:
		tbl_center(tbl_cell(c, r, rs->satuan ? rs->satuan : a &&
			a->satuan ? a->satuan : "-", false));
		return;
	/* Figure columns (their key in KOLOM), or none on these rows. */
	case K_TARGET: case K_REALISASI_KELUARAN: case K_CAPAIAN:
	case K_PAGU_AWAL: case K_PAGU_PERUBAHAN: case K_PAGU:
	case K_REALISASI_ANGGARAN: case K_SISA_ANGGARAN: case K_SERAPAN:
	case K_EFISIENSI: case K_SASARAN: case K_PENANGGUNG_JAWAB:
	case K_TUJUAN: case K_FORMULA: case K_DEFINISI: case K_SUMBER_DATA:
	case K_TAHUN: case K_REALISASI: case K_PREDIKAT:
	case K_TARGET_RENSTRA: case K_TARGET_PK: case K_TARGET_PK_PERUBAHAN:
	case K_TARGET_AKHIR: case K_REALISASI_KUMULATIF: case K_KEMAJUAN:
	case K_PERUBAHAN: case K_ARAH: case K_STANDAR: case K_SUMBER_STANDAR:
	case K_BANDING_STANDAR: case K_TARGET_PK_AKHIR:
	case K_KETERANGAN_PK: case K_PENDUKUNG: case K_TARGET_AWAL:
	case K_KETERANGAN:
	case K_BASELINE: case K_PAGU_RENSTRA: case K_PAGU_AKHIR:
		tbl_cell(c, r, "-", false); /* not offered (KOLOM) */
		return;
	}
}

/* Urusan and bidang urusan bold as programmes; sub kegiatan indented. */
static const char *renstra_class(const struct renstra *rs)
{
	return rs->bagian <= 3 ? "program" : rs->bagian == 5 ? "kegiatan" :
		"subkegiatan";
}

/* The lines of pagu_renstra.csv in tree order, numbered by level as the
 * budget tables are; program= picks a line with the lines below it,
 * tingkat= the deepest level (urusan lines are always shown). */
static void renstra_rec(struct susun *s, struct doc_node *t,
	const struct renstra *rs, const char *prefix, size_t *k, bool atas,
	size_t *nrow)
{
	enum anggaran_tingkat tk = rs->bagian <= 3 ? ANGGARAN_PROGRAM :
		rs->bagian == 5 ? ANGGARAN_KEGIATAN : ANGGARAN_SUBKEGIATAN;
	if (tk > s->tingkat)
		return;
	bool pilih = atas || s->program == NULL;
	for (size_t i = 0; s->program && s->program[i]; i++)
		pilih |= !strcmp(rs->kode, s->program[i]);
	const char *no = NULL;
	size_t anak = 0;
	if (pilih) {
		struct doc_node *r = baris_pohon(s, t, prefix, k,
			renstra_class(rs), rs->pos, &no);
		for (size_t j = 0; j < s->nk; j++)
			sel_renstra(s, r, &s->k[j], rs, no);
		++*nrow;
	}
	for (size_t i = 0; i < rs->nanak; i++)
		renstra_rec(s, t, rs->anak[i], pilih ? no : prefix,
			pilih ? &anak : k, pilih, nrow);
}

static size_t baris_renstra(struct susun *s, struct doc_node *t)
{
	size_t k = 0, nrow = 0;
	for (size_t i = 0; i < s->c->report->nrenstra; i++) {
		const struct renstra *rs = s->c->report->renstra[i];
		if (rs->induk == NULL)
			renstra_rec(s, t, rs, "", &k, false, &nrow);
	}
	return nrow;
}

/* A sasaran's cell: its figure under KOLOM's sasaran key
 * (S1.capaian.2023), or its text. */
static void sel_sasaran(struct susun *s, struct doc_node *r,
	const struct kol *k, const struct indikator *sa, size_t i)
{
	struct build_ctx *c = s->c;
	if (k->def->ks != NULL && (k->def->baris & B_SAS)) {
		char b[512];
		sel_angka(s, r, k, kunci_buf(b, sizeof b, k->def->ks, sa->kode,
			k->tahun), false);
		return;
	}
	switch (k->def->id) {
	case K_NO:
		tbl_center(tbl_cell(c, r, nomor(c, i), false));
		return;
	case K_KODE:
		tbl_center(tbl_cell(c, r, sa->kode, false));
		return;
	case K_TUJUAN:
		tbl_cell(c, r, sa->induk && sa->induk->tingkat == TINGKAT_TUJUAN ?
			sa->induk->uraian : "-", false);
		return;
	case K_SASARAN:
		tbl_cell(c, r, sa->uraian, false);
		return;
	/* Figure columns (their key in KOLOM), or none on these rows. */
	case K_CAPAIAN: case K_PREDIKAT: case K_PAGU:
	case K_REALISASI_ANGGARAN: case K_SISA_ANGGARAN: case K_SERAPAN:
	case K_EFISIENSI:
	case K_INDIKATOR: case K_URAIAN: case K_SATUAN: case K_FORMULA:
	case K_DEFINISI: case K_SUMBER_DATA: case K_PENANGGUNG_JAWAB:
	case K_TAHUN: case K_TARGET: case K_TARGET_AWAL: case K_REALISASI: case K_TARGET_RENSTRA:
	case K_TARGET_PK: case K_TARGET_PK_PERUBAHAN: case K_TARGET_AKHIR:
	case K_REALISASI_KUMULATIF: case K_KEMAJUAN: case K_PERUBAHAN:
	case K_ARAH: case K_STANDAR: case K_SUMBER_STANDAR:
	case K_BANDING_STANDAR: case K_TARGET_PK_AKHIR:
	case K_KETERANGAN_PK: case K_KETERANGAN: case K_PENDUKUNG:
	case K_BASELINE: case K_PAGU_RENSTRA: case K_PAGU_AKHIR:
	case K_REALISASI_KELUARAN:
	case K_PAGU_AWAL: case K_PAGU_PERUBAHAN:
		tbl_cell(c, r, "-", false); /* not offered (KOLOM) */
		return;
	}
}

static size_t baris_sasaran(struct susun *s, struct doc_node *t)
{
	const struct indikator **ss;
	size_t ns = list_sasaran(s->c, NULL, &ss), n = 0;
	/* A year written in kolom= that no sasaran has a capaian for. */
	for (size_t j = 0; j < s->nk; j++) {
		if (!s->k[j].def->per_tahun || !s->k[j].tertulis)
			continue;
		bool ada = false;
		for (size_t i = 0; i < ns && !ada; i++) {
			const struct figure *f = metrics_figure(s->c->metrics,
				arena_printf(A(s), "%s.capaian.%d", ss[i]->kode,
				s->k[j].tahun));
			ada = f != NULL && f->ada;
		}
		if (!ada && ns > 0) {
			directive_error(s->c, s->d, "year %d is outside the data: "
				"no sasaran has a capaian for that year",
				s->k[j].tahun);
			return (size_t)-1;
		}
	}
	for (size_t i = 0; i < ns; i++) {
		if (s->sasaran && !dalam(s->sasaran, ss[i]))
			continue;
		if (s->tujuan && !(ss[i]->induk && dalam(s->tujuan,
				ss[i]->induk)))
			continue;
		struct doc_node *r = tbl_row(s->c, t, false);
		r->pos = ss[i]->pos;
		for (size_t j = 0; j < s->nk; j++)
			sel_sasaran(s, r, &s->k[j], ss[i], n);
		n++;
	}
	return n;
}

/* ---- The builder ---- */

static const struct preset *preset_cari(const char *nama)
{
	for (size_t i = 0; i < NPRESET; i++)
		if (!strcmp(PRESETS[i].nama, nama))
			return &PRESETS[i];
	return NULL;
}

static bool urai_opsi(struct susun *s)
{
	struct build_ctx *c = s->c;
	const struct directive *d = s->d;
	const char *b = directive_opt(d, "baris");
	s->baris = s->p->baris;
	if (b != NULL) {
		if (s->p->baris != BARIS_INDIKATOR || (strcmp(b, "indikator") &&
				strcmp(b, "tahun"))) {
			if (s->p->baris != BARIS_INDIKATOR)
				directive_error(c, d, "baris=%s: the rows of this "
					"table are %s", b, BARIS_TEKS[s->p->baris]);
			else
				directive_error(c, d, "baris=%s: expected indikator "
					"or tahun", b);
			return false;
		}
		if (!strcmp(b, "tahun"))
			s->baris = BARIS_TAHUN;
	}
	int ny = directive_opt_years(c, d, "tahun", s->tahun, MAKS_TAHUN);
	if (ny < 0)
		return false;
	s->tahun_diberi = ny > 0;
	if (ny == 0) {
		ny = s->p->ntahun > 0 ? s->p->ntahun : 1;
		for (int i = 0; i < ny; i++)
			s->tahun[i] = c->report->meta.tahun - (ny - 1) + i;
	}
	s->ntahun = ny;
	if (s->baris == BARIS_ANGGARAN && (s->tahun_diberi ||
			directive_opt(d, "tujuan"))) {
		directive_error(c, d, "%s: budget lines are of the reporting "
			"year and are chosen by sasaran=, indikator= or program=",
			directive_opt(d, "tahun") ? "tahun=" : "tujuan=");
		return false;
	}
	if (s->baris == BARIS_RENSTRA && (s->tahun_diberi ||
			directive_opt(d, "tujuan") || directive_opt(d, "sasaran") ||
			directive_opt(d, "indikator"))) {
		directive_error(c, d, "%s: the rows of this table are the lines "
			"of pagu_renstra.csv, chosen by program= and tingkat= (the "
			"years are the Renstra's: kolom=...@renstra)",
			s->tahun_diberi ? "tahun=" : directive_opt(d, "tujuan") ?
			"tujuan=" : directive_opt(d, "sasaran") ? "sasaran=" :
			"indikator=");
		return false;
	}
	if (s->baris == BARIS_SASARAN && directive_opt(d, "indikator")) {
		directive_error(c, d, "indikator=: the rows of this table are "
			"sasaran, chosen by sasaran= or tujuan=");
		return false;
	}
	if (s->baris != BARIS_ANGGARAN && s->baris != BARIS_RENSTRA &&
			(directive_opt(d, "program") ||
			directive_opt(d, "tingkat"))) {
		directive_error(c, d, "%s applies to budget lines "
			"({{tabel anggaran}}), not to indicators",
			directive_opt(d, "program") ? "program=" : "tingkat=");
		return false;
	}
	if (s->baris == BARIS_RENSTRA) {
		memset(&s->f, 0, sizeof s->f);
		if (!renstra_program(s))
			return false;
	} else if (!kolom_saringan(c, d, &s->f))
		return false;
	if (!opt_tingkat(c, d, s->baris == BARIS_RENSTRA ||
			s->p->per_sasaran ? ANGGARAN_SUBKEGIATAN :
			ANGGARAN_KEGIATAN, &s->tingkat))
		return false;
	s->tujuan = s->f.tujuan;
	s->sasaran = s->f.sasaran;
	s->indikator = s->f.indikator;
	s->program = s->f.program;
	const char *kel = directive_opt(d, "kelompok");
	s->kelompok = s->p->per_sasaran;
	if (kel != NULL && (s->baris != BARIS_ANGGARAN || (strcmp(kel,
			"sasaran") != 0 && strcmp(kel, "tidak") != 0))) {
		directive_error(c, d, s->baris != BARIS_ANGGARAN ?
			"kelompok= groups budget lines ({{tabel anggaran}}), not "
			"these rows" : "kelompok=%s: expected sasaran or tidak", kel);
		return false;
	}
	if (kel != NULL)
		s->kelompok = strcmp(kel, "sasaran") == 0;
	if (s->baris == BARIS_TAHUN && hitung(s->indikator) != 1) {
		directive_error(c, d, "baris=tahun: give the one indicator "
			"whose years are the rows, e.g. indikator=IKU1");
		return false;
	}
	const char *a = directive_opt(d, "baris_akhir");
	s->akhir = s->p->akhir;
	if (a != NULL) {
		if (!strcmp(a, "tidak"))
			s->akhir = AKHIR_TIDAK;
		else if (!strcmp(a, "jumlah") && (s->baris == BARIS_ANGGARAN ||
				s->baris == BARIS_INDIKATOR))
			s->akhir = AKHIR_JUMLAH;
		else if (!strcmp(a, "rata-rata") && s->baris == BARIS_INDIKATOR)
			s->akhir = AKHIR_RATA;
		else if (s->baris == BARIS_ANGGARAN ||
				s->baris == BARIS_INDIKATOR) {
			directive_error(c, d, "baris_akhir=%s: expected %s or "
				"tidak", a, s->baris == BARIS_ANGGARAN ? "jumlah" :
				"rata-rata, jumlah");
			return false;
		} else {
			/* The report's totals are over its programmes and
			 * indicators, not over these rows. */
			directive_error(c, d, "baris_akhir=%s: rows of %s have no "
				"closing row", a, BARIS_TEKS[s->baris]);
			return false;
		}
	}
	return true;
}

/* The closing row's label, and the prefix of the metrics' own totals
 * when the rows are a whole the metrics hold ("laporan", a sasaran's
 * code, "anggaran.KODE", "IKU1.anggaran"): the totals are then those
 * figures when they add up the same rows (metrics_pilihan), else
 * computed over the rows shown. NULL: no such whole. */
static const char *prefix_akhir(struct susun *s, const char **label)
{
	size_t nsas = hitung(s->sasaran);
	if (s->baris == BARIS_INDIKATOR) {
		bool jumlah = s->akhir == AKHIR_JUMLAH;
		bool semua = s->indikator == NULL && s->tujuan == NULL;
		*label = jumlah ? "Jumlah" : "Rata-rata Capaian Kinerja";
		if (semua && nsas == 0)
			return "laporan";
		if (semua && nsas == 1) {
			if (s->p->saring == SARING_SEMUA)
				*label = jumlah ? "Jumlah" : "Capaian Sasaran";
			return s->sasaran[0]->kode;
		}
		return NULL;
	}
	*label = "Jumlah";
	size_t nind = hitung(s->indikator), nprog = 0;
	while (s->program && s->program[nprog])
		nprog++;
	if (nprog + nsas + nind == 0)
		return "laporan";
	if (nsas == 1 && nprog + nind == 0)
		return s->sasaran[0]->kode;
	if (nprog == 1 && nsas + nind == 0)
		return arena_printf(A(s), "anggaran.%s", s->program[0]);
	if (nind == 1 && nsas + nprog == 0)
		return arena_printf(A(s), "%s.anggaran", s->indikator[0]->kode);
	return NULL;
}

static const char *isi_teks(struct susun *s, const char *j);

static const char *judul_tabel(struct susun *s)
{
	const char *j = s->p->judul;
	size_t nsas = hitung(s->sasaran);
	if (nsas == 1 && s->p->judul_sasaran)
		j = s->p->judul_sasaran;
	if (s->baris == BARIS_TAHUN) /* the years: baris_tahun */
		return arena_printf(A(s), "Capaian %s", s->indikator[0]->uraian);
	return isi_teks(s, j);
}

/* A caption or source of a preset with its words filled in: {sasaran},
 * {renstra} (the Renstra's years; without them, " Tahun {renstra}" goes),
 * {instansi}, {periode} (the years shown), {tahun} (the last of them). */
static const char *isi_teks(struct susun *s, const char *j)
{
	const char *p = strstr(j, "{sasaran}");
	if (p != NULL)
		j = arena_printf(A(s), "%.*s%s%s", (int)(p - j), j,
			s->sasaran[0]->uraian, p + strlen("{sasaran}"));
	/* {renstra}: the Renstra's years; a report without them has a
	 * caption without the words "Tahun {renstra}". */
	const struct report_meta *m = &s->c->report->meta;
	if ((p = strstr(j, "{renstra}")) != NULL && m->renstra_awal > 0)
		j = arena_printf(A(s), "%.*s%s%s", (int)(p - j), j,
			fmt_tahun(s->c, m->renstra_awal, m->renstra_akhir),
			p + strlen("{renstra}"));
	else if (p != NULL) {
		const char *w = strstr(j, " Tahun {renstra}");
		if (w == NULL)
			w = p;
		j = arena_printf(A(s), "%.*s%s", (int)(w - j), j,
			p + strlen("{renstra}"));
	}
	if ((p = strstr(j, "{instansi}")) != NULL)
		j = arena_printf(A(s), "%.*s%s%s", (int)(p - j), j,
			m->instansi ? m->instansi : "", p + strlen("{instansi}"));
	/* In a caption, {periode} is the years shown. */
	if ((p = strstr(j, "{periode}")) != NULL)
		j = arena_printf(A(s), "%.*s%s%s", (int)(p - j), j,
			fmt_tahun(s->c, s->tahun[0], s->tahun[s->ntahun - 1]),
			p + strlen("{periode}"));
	return isi_tahun(s, j, s->tahun[s->ntahun - 1]);
}

struct doc_node *tabel_kolom(struct build_ctx *c, const struct directive *d)
{
	struct susun *s = arena_alloc(ARENA(c), sizeof *s);
	s->c = c;
	s->d = d;
	s->p = preset_cari(d->arg);
	if (s->p == NULL) {
		directive_error(c, d, "{{tabel %s}} is no preset of the column "
			"vocabulary", d->arg);
		return NULL;
	}
	if (!urai_opsi(s))
		return NULL;
	const char *spec = directive_opt(d, "kolom");
	int ini = c->report->meta.tahun;
	if (spec == NULL && s->baris == BARIS_TAHUN)
		spec = "tahun,target,realisasi,capaian,predikat";
	else if (spec == NULL) {
		spec = s->p->kolom_tetap && !ada_pagu_perubahan(c->report) ?
			s->p->kolom_tetap : s->p->kolom;
		if (s->p->kolom_ubah && s->ntahun >= 2 &&
				s->tahun[s->ntahun - 1] == ini &&
				s->tahun[s->ntahun - 2] == ini - 1)
			spec = arena_printf(ARENA(c), "%s,%s", spec,
				s->p->kolom_ubah);
	}
	if (!urai_kolom(s, spec))
		return NULL;
	const char *label = NULL, *pre = NULL;
	bool akhir = s->akhir == AKHIR_JUMLAH || s->akhir == AKHIR_RATA ||
		(s->akhir == AKHIR_SASARAN && hitung(s->sasaran) == 1 &&
		s->tahun[s->ntahun - 1] == c->report->meta.tahun);
	if (akhir)
		pre = prefix_akhir(s, &label);
	struct doc_node *t = tbl_new(c, judul_tabel(s), isi_teks(s,
		s->p->sumber));
	kepala(s, t);
	if (s->p->lanskap > 0) /* a portrait Renstra of three years */
		t->as.fl->landscape = (int)s->nk >= s->p->lanskap;
	else
		tbl_lebar(t, (int)s->nk);
	size_t n = 0;
	switch (s->baris) {
	case BARIS_INDIKATOR:
		n = baris_indikator(s, t);
		break;
	case BARIS_TAHUN:
		n = baris_tahun(s, t);
		break;
	case BARIS_ANGGARAN:
		n = baris_anggaran(s, t);
		break;
	case BARIS_SASARAN:
		n = baris_sasaran(s, t);
		break;
	case BARIS_RENSTRA:
		n = baris_renstra(s, t);
		break;
	}
	if (n == (size_t)-1)
		return NULL;
	if (n == 0 && s->p->galat_kosong != NULL) {
		directive_error(c, d, "%s", s->p->galat_kosong);
		return NULL;
	}
	if (n == 0) {
		row_nihil(c, t, (int)s->nk);
		return t;
	}
	if (akhir)
		baris_akhir(s, t, label, pre);
	return t;
}
