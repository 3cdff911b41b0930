/* The in-memory model of one report: everything the content folder says,
 * parsed and linked, nothing computed. Built by model_load_site() /
 * model_load_report(); read by the metrics engine and the document
 * builder. Every datum keeps the place it came from (src_pos) so a finding
 * can name the cell. */
#ifndef LKJIP_MODEL_H
#define LKJIP_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/diag.h"
#include "util/num.h"

/* An optional number read from a cell. */
struct nilai {
	bool ada;               /* false: empty, "-" or "NIHIL" */
	double v;               /* value (range: lower bound) */
	double v_atas;          /* range upper bound, when is_rentang */
	struct dec d, d_atas;   /* the same, exact, with the decimals typed
	                           ("1,10" keeps its 0); DEC_NONE when absent.
	                           Figures are computed and printed from these;
	                           v stays for code that compares doubles */
	bool is_rentang;
	const char *teks;       /* the cell as written (grades, for display) */
	const char *grade;      /* grade label for qualitative cells ("BB") */
	const char *unit;       /* unit typed after the number ("%", "UM"),
	                           NULL when none: checked against the satuan */
	struct src_pos pos;
};

enum tingkat {
	TINGKAT_TUJUAN,
	TINGKAT_SASARAN,
	TINGKAT_INDIKATOR,
};

enum polaritas {
	POLARITAS_POSITIF,        /* higher is better: R/T */
	POLARITAS_NEGATIF,        /* lower is better: (2T-R)/T (PermenPAN-RB) */
	POLARITAS_NEGATIF_RASIO,  /* lower is better, alternative form: T/R */
	POLARITAS_RENTANG,        /* must stay within [lower, upper] */
	POLARITAS_KUALITATIF,     /* grades mapped to scores by the report */
};

/* Governs the Renstra end target and the progress toward it. */
enum sifat {
	SIFAT_PERSENTASE, /* rate/percentage: end target = final year's target */
	SIFAT_ABSOLUT,    /* count: end target = sum of yearly targets,
	                     progress uses cumulative realisation */
};

/* One year of an indicator (kinerja.csv). */
struct tahunan {
	int tahun;
	struct nilai target;              /* Renstra target for the year */
	struct nilai target_pk;           /* Perjanjian Kinerja */
	struct nilai target_pk_perubahan; /* revised PK */
	struct nilai realisasi;
	struct nilai capaian_tertulis;    /* capaian as published, to check */
	struct nilai standar;             /* national/provincial standard */
	const char *standar_sumber;       /* e.g. "Nasional" */
	const char *keterangan;           /* free text (kolom keterangan) */
	struct src_pos pos;               /* the row */
};

struct indikator;

/* A formula for a derived indicator (indikator.csv column "rumus"). */
enum rumus_jenis {
	RUMUS_TIDAK_ADA,
	RUMUS_RASIO,       /* rasio(a, b): a / b x 100, per year; rasio(a, b,
	                      100.000): a rate per 100.000 */
	RUMUS_PERTUMBUHAN, /* pertumbuhan(a): (a_n - a_{n-1}) / a_{n-1} x 100 */
	RUMUS_JUMLAH,      /* jumlah(a, b, ...): sum of series */
	RUMUS_JUMLAH_ANAK, /* jumlah_anak(): sum of child indicators' R */
};

struct rumus {
	enum rumus_jenis jenis;
	const char *seri[8]; /* series names from data.csv */
	size_t nseri;
	double skala;        /* rasio's multiplier: 0 = 100 (a percentage) */
	const char *skala_teks; /* it as typed ("100.000"), for the formula */
	struct src_pos pos;
};

/* A node of the tujuan -> sasaran -> indikator hierarchy (indikator.csv). */
struct indikator {
	const char *kode;       /* "S1", "IKU1": the id used everywhere */
	enum tingkat tingkat;
	struct indikator *induk;
	struct indikator **anak;
	size_t nanak;
	const char *uraian;     /* the statement/name */
	const char *satuan;     /* "%", "UM", "nilai" */
	enum polaritas polaritas;
	enum sifat sifat;
	bool iku;
	const char *formula;    /* formula as text, for the IKU table */
	const char *definisi;   /* operational definition */
	const char *sumber_data;
	const char *penanggung_jawab;
	struct rumus rumus;
	struct nilai target_akhir; /* explicit end-of-Renstra target, optional */
	struct tahunan *tahun;  /* sorted by year */
	size_t ntahun;
	struct src_pos pos;
};

/* Levels of the Kepmendagri code: 2.17.02 (program), 2.17.02.2.01
 * (kegiatan), 2.17.02.2.01.0001 (sub kegiatan). */
enum anggaran_tingkat {
	ANGGARAN_PROGRAM,
	ANGGARAN_KEGIATAN,
	ANGGARAN_SUBKEGIATAN,
};

/* One budget line of the reporting year (anggaran.csv). */
struct anggaran {
	const char *kode;
	enum anggaran_tingkat tingkat;
	struct anggaran *induk;
	struct anggaran **anak;
	size_t nanak;
	const char *uraian;
	struct indikator *sasaran;   /* the (first) sasaran it supports, may
	                                be NULL */
	struct indikator **sasaran_semua; /* every sasaran it supports
	                                ("S1; S2"): a programme serving
	                                several counts in each */
	size_t nsasaran;
	struct indikator **mendukung; /* the indicators it supports (column
	                                mendukung), for efficiency per
	                                indicator; may be none */
	size_t nmendukung;
	const char *indikator;       /* its own output/outcome indicator */
	const char *satuan;
	struct nilai target;         /* the target in force (revised) */
	struct nilai target_awal;    /* before the revision; empty: the
	                                same as target */
	/* realisasi and realisasi_anggaran left empty: "tidak dilaporkan",
	 * the source gives none (not 0, which is typed); a program or
	 * kegiatan with lines below it gets their sum instead (metrics). */
	struct nilai realisasi;
	struct nilai pagu_awal;      /* original ceiling; the one ceiling
	                                known when anggaran.csv has the
	                                column pagu (report pagu_satu).
	                                Empty on a program or kegiatan whose
	                                lines are added up (metrics) */
	struct nilai pagu_perubahan; /* revised ceiling (APBD-P), optional */
	struct nilai realisasi_anggaran;
	const char *penanggung_jawab;
	const char *keterangan;      /* free text ({{tabel}} kolom keterangan) */
	struct src_pos pos;
};

/* One year of a Renstra line (pagu_renstra.csv): its indicator's target
 * and the ceiling planned. */
struct renstra_tahun {
	int tahun;
	struct nilai target;
	struct nilai pagu;   /* empty: the sum of its lines (metrics) */
	struct src_pos pos;
};

/* A budget line of the Renstra matrix (pagu_renstra.csv, Renstra Tabel
 * TC.27): any level, urusan 2 and bidang urusan 2.17 to sub kegiatan. */
struct renstra {
	const char *kode;
	int bagian;                 /* parts of the code: 1 urusan, 2 bidang
	                               urusan, 3 program, 5 kegiatan, 6 sub */
	struct anggaran *anggaran;  /* the same line in anggaran.csv, or NULL */
	struct renstra *induk;      /* the nearest line above it in the file */
	struct renstra **anak;
	size_t nanak;
	/* As the Renstra writes them; NULL: anggaran.csv's. */
	const char *uraian, *indikator, *satuan;
	bool ada_sifat;             /* sifat given: how kemajuan counts */
	enum sifat sifat;
	struct nilai baseline;      /* the year before the Renstra */
	struct nilai target_akhir;  /* typed only: rates do not add up */
	struct nilai pagu_akhir;    /* as published; checked against the sum */
	struct renstra_tahun *tahun; /* by year */
	size_t ntahun;
	struct src_pos pos;
};

/* Next year's action plan (rencana_aksi.csv). */
struct rencana_aksi {
	struct indikator *indikator;
	int tahun;
	struct nilai target;
	struct nilai tw[4];
	struct src_pos pos;
};

/* A raw data point feeding derived indicators (data.csv). */
struct data_seri {
	const char *seri;
	int tahun;
	struct nilai nilai;
	const char *keterangan;
	/* The series' name and unit for a table's header ({{tabel seri}}):
	 * as typed on this row, or NULL; the loader copies the first one
	 * given for a series onto every row of it. */
	const char *uraian, *satuan;
	struct src_pos pos;
};

/* SAKIP evaluation components (evaluasi_sakip.csv). */
struct sakip_komponen {
	int tahun;
	const char *komponen;
	struct nilai bobot;
	struct nilai nilai;
	struct src_pos pos;
};

/* Staff counts (pegawai.csv): one row per category item. */
struct pegawai {
	const char *kelompok;  /* "jabatan", "golongan", "pendidikan" */
	const char *uraian;
	struct nilai laki_laki;
	struct nilai perempuan;
	struct nilai jumlah;    /* when the split by sex is not known */
	struct nilai kebutuhan; /* optional: staff needed */
	struct src_pos pos;
};

/* Staff counted by several attributes at once (pegawai_rinci.csv), for
 * two-way tables (golongan x pendidikan, jabatan x jenis kelamin, ...).
 * The attributes a file may have, as columns: */
enum { PEGAWAI_NDIM = 7 };
extern const char *const PEGAWAI_DIMENSI[PEGAWAI_NDIM]; /* "golongan",
	"pendidikan", "jabatan", "jenis_kelamin", "eselon", "usia",
	"status" */
struct pegawai_rinci {
	const char *nilai[PEGAWAI_NDIM]; /* the row's value per attribute;
	                                    NULL when the file lacks it */
	struct nilai jumlah;
	struct src_pos pos;
};

/* Fixed assets (aset.csv): saldo_awal + penambahan - pengurangan =
 * saldo_akhir. */
struct aset {
	const char *uraian;
	struct nilai saldo_awal, penambahan, pengurangan, saldo_akhir;
	struct src_pos pos;
};

/* Kinds of spending: Permendagri 77/2020 (operasi, modal, tidak
 * terduga, transfer) or the older scheme (langsung, tidak langsung). A
 * report uses one scheme. */
enum jenis_belanja {
	BELANJA_OPERASI,
	BELANJA_MODAL,
	BELANJA_TIDAK_TERDUGA,
	BELANJA_TRANSFER,
	BELANJA_LANGSUNG,
	BELANJA_TIDAK_LANGSUNG,
	BELANJA_MAX,
};

/* "operasi", "modal", "tidak-terduga", ...: the names in belanja.csv. */
extern const char *const BELANJA_NAMA[BELANJA_MAX];
/* "Belanja Operasi", ...: as the report prints them. */
extern const char *const BELANJA_JUDUL[BELANJA_MAX];

/* One line of spending by kind (belanja.csv): "Belanja Pegawai" of
 * Belanja Operasi, its budget and what was spent. */
struct belanja {
	enum jenis_belanja jenis;
	const char *uraian;
	struct nilai anggaran, realisasi;
	struct src_pos pos;
};

/* Assets counted by condition (aset_kondisi.csv): units in good
 * condition, lightly and heavily damaged. */
struct aset_kondisi {
	const char *uraian;   /* "Kendaraan roda dua" */
	const char *satuan;   /* "unit", or NULL */
	struct nilai baik, rusak_ringan, rusak_berat;
	struct nilai jumlah;  /* optional: checked against the three */
	struct src_pos pos;
};

/* A plain table from tabel/NAME.csv: header row + data rows, all text. */
struct tabel_polos {
	const char *nama;     /* file stem: "koperasi-jenis" */
	const char *path;     /* path of the file */
	const char *judul;    /* from a "# judul:" comment row, or NULL */
	const char *sumber;   /* from a "# sumber:" comment row, or NULL */
	const char **kolom;
	size_t nkolom;
	const char ***baris;  /* baris[r][c] */
	size_t nbaris;
	/* Leading rows of baris that are header rows too ("# kepala: N"
	 * gives N header rows in all, the CSV header among them). */
	size_t nkepala;
	/* baris[r] is a total row: its first cell is "Jumlah" or "Total". */
	const bool *jumlah;
	struct src_pos pos;
};

/* A figure as published in an earlier version of the report
 * (terbit.csv), kept so lkjip can say which published figures are wrong. */
enum besaran {
	BESARAN_CAPAIAN,            /* indikator, sasaran, or overall */
	BESARAN_KEMAJUAN,           /* indikator: progress to Renstra end */
	BESARAN_SERAPAN,            /* budget line, sasaran, or overall */
	BESARAN_EFISIENSI,          /* budget line, sasaran, or overall */
	BESARAN_PAGU,               /* budget line, sasaran, or overall */
	BESARAN_PAGU_AWAL,          /* budget line or overall: original */
	BESARAN_REALISASI_ANGGARAN, /* budget line, sasaran, or overall */
	BESARAN_PREDIKAT,           /* indikator, sasaran, or overall: the
	                               predicate's words (struct terbit teks) */
	BESARAN_BELANJA,            /* a kind of spending (kode "operasi"):
	                               its budget */
	BESARAN_MAX,
};

/* "capaian", "kemajuan", "serapan", ...: the names used in terbit.csv. */
extern const char *const BESARAN_NAMA[BESARAN_MAX];

struct terbit {
	enum besaran besaran;
	const char *kode;     /* NULL: the whole report */
	int tahun;
	struct nilai nilai;   /* not for BESARAN_PREDIKAT */
	const char *teks;     /* BESARAN_PREDIKAT: the words published */
	const char *sumber;   /* where it was published: "Tabel 3.10" */
	struct src_pos pos;
};

/* A band of a predicate scale: lower/upper bounds with inclusivity.
 * has_min false means no lower bound (-inf); likewise has_max. */
struct predikat_band {
	const char *nama;     /* "Sangat Berhasil" */
	const char *kelas;    /* CSS-safe class for colour: "sangat-baik" */
	bool has_min, min_inklusif;
	double min;
	bool has_max, maks_inklusif;
	double maks;
	struct src_pos pos;
	const char *teks;     /* the band as the report prints it ("75,1 <= x
	                         <= 90"), or NULL: lkjip writes it from the
	                         bounds */
};

struct predikat_skala {
	const char *nama;     /* preset name, "kustom" or "tidak ada" */
	struct predikat_band *band; /* ordered from highest to lowest; none
	                               for "predikat: tidak ada" */
	size_t nband;
	bool celah;           /* the report's own scale leaves gaps (celah:
	                         ya): a capaian in one has no predicate and is
	                         flagged, instead of the scale refused */
	struct src_pos pos;
};

/* Mapping of grades to scores for qualitative indicators. */
struct grade_skor {
	const char *grade;
	double skor;
};

enum efisiensi_metode {
	EFISIENSI_SELISIH, /* capaian % - serapan % */
	EFISIENSI_RASIO,   /* capaian % / serapan % */
	EFISIENSI_PMK214,  /* PMK 214/2017 */
	EFISIENSI_SISA,    /* unspent share: sisa anggaran / pagu x 100 */
};

/* How averages take a capaian above ambang_wajar (perhitungan.
 * capaian_tak_wajar); every such capaian is marked in the document. */
enum tak_wajar {
	TAK_WAJAR_SERTAKAN,   /* include as computed (default) */
	TAK_WAJAR_KECUALIKAN, /* leave it out of the average */
	TAK_WAJAR_BATASI,     /* count it as ambang_wajar */
};

enum rata_rata_dasar {
	RATA_PENUH,    /* mean of full-precision capaian */
	RATA_TAMPILAN, /* mean of the displayed (rounded) capaian */
};

/* A document attached to the report as it is (laporan.yaml lampiran:): a
 * scan of the signed Perjanjian Kinerja, a decree, an organisation chart. */
enum lampiran_ukuran {
	LAMPIRAN_TEKS,    /* each page scaled into the text area */
	LAMPIRAN_HALAMAN, /* scaled to the page, inside the header and footer */
};
struct lampiran {
	const char *judul;        /* "Perjanjian Kinerja Tahun 2024" */
	const char *berkas;       /* PDF or image, relative to the report folder */
	enum lampiran_ukuran ukuran;
	struct src_pos pos_berkas; /* where berkas: is written */
};

/* The cover's layout (laporan.yaml sampul: templat). */
enum sampul_templat {
	SAMPUL_POLOS, /* plain: texts and logo on white */
	SAMPUL_PITA,  /* the title on a colour band across the page */
};

struct report_meta {
	/* laporan */
	const char *judul;          /* "Laporan Kinerja Instansi Pemerintah" */
	const char *singkatan_laporan; /* "LKjIP" */
	int tahun;                  /* reporting year */
	/* instansi */
	const char *instansi;       /* "Dinas Koperasi dan Usaha Kecil Menengah" */
	const char *singkatan;
	const char *pemerintah;     /* "Kabupaten Magetan" */
	struct src_pos pos_instansi; /* laporan.yaml instansi: nama */
	const char *alamat;
	const char *telepon, *email, *laman; /* optional, on the cover */
	const char *logo;           /* path relative to the report folder */
	struct src_pos pos_logo;    /* where logo: is written */
	/* renstra */
	int renstra_awal, renstra_akhir;
	/* kepala */
	const char *kepala_nama, *kepala_jabatan, *kepala_pangkat,
		*kepala_golongan, *kepala_nip; /* nama may be NULL */
	const char *kepala_status;  /* "Plt." or "Plh.", or NULL: the
	                               signatory acts for the head */
	/* penandatanganan */
	const char *tempat;
	const char *tanggal;        /* ISO date "2025-02-14", or month and
	                               year "2025-01" (typed "Januari 2025") */
	bool ditetapkan;            /* "Ditetapkan di ... / Pada tanggal ..."
	                               instead of "Tempat, tanggal" */
	/* perhitungan */
	struct predikat_skala skala;
	enum efisiensi_metode efisiensi;
	enum rata_rata_dasar rata_rata;
	bool has_batas_capaian;
	double batas_capaian;       /* cap applied before averaging, e.g. 120 */
	double ambang_wajar;        /* implausible capaian threshold, def. 300 */
	enum tak_wajar tak_wajar;   /* how averages take such a capaian */
	bool capaian_tampilan;      /* capaian from the displayed (rounded)
	                               target and realisasi (dasar_capaian:
	                               tampilan) */
	struct grade_skor *grade;
	size_t ngrade;
	/* pembulatan: presentation only */
	struct num_style fmt_capaian, fmt_anggaran, fmt_efisiensi, fmt_nilai;
	/* misc */
	enum num_convention angka;  /* default number convention of the CSVs */
	const char *kerangka;       /* skeleton file, default templates' */
	/* Chapter files overriding the skeleton's: part id -> file; where
	 * each id is written (an id the skeleton lacks is an error). */
	const char **bab_bagian, **bab_file;
	struct src_pos *bab_pos;
	size_t nbab_file;
	/* sampul: the cover's layout; tahun_terbit 0 when not given. */
	enum sampul_templat sampul_templat;
	int tahun_terbit;
	/* lampiran: the attached documents, in their order. */
	struct lampiran *lampiran;
	size_t nlampiran;
	struct src_pos pos_lampiran;
	struct src_pos pos;
};

/* A CSV file of the report folder, or a sheet of its workbook, as the
 * loader read it, row by row: the site shows each as a page with an
 * anchor per row, so that a figure can link to the row it was read from. */
struct berkas_csv {
	const char *nama;       /* "kinerja.csv", "tabel/x.csv"; a sheet:
	                           "data.xlsx" DIAG_SHEET "kinerja" */
	const char **kolom;     /* the header */
	size_t nkolom;
	const int *baris;       /* each row's spreadsheet row (header = 1) */
	const char ***sel;      /* sel[i]: nkolom cells of row i */
	size_t nbaris;
};

struct strmap;

struct report {
	struct arena *arena;
	const char *dir;            /* the report folder */
	const char *id;             /* folder name: "magetan-diskopukm-2024" */
	const char *workbook;       /* "data.xlsx", "data.ods" or NULL */
	struct report_meta meta;

	struct indikator **indikator; /* all nodes, file order */
	size_t nindikator;
	struct anggaran **anggaran;   /* file order */
	size_t nanggaran;
	bool pagu_satu;               /* anggaran.csv gives one ceiling,
	                                 column pagu (read into pagu_awal) */
	struct renstra **renstra;     /* pagu_renstra.csv, first row order */
	size_t nrenstra;
	struct strmap *renstra_kode;  /* kode -> struct renstra, or NULL */
	struct rencana_aksi *rencana_aksi;
	size_t nrencana_aksi;
	struct data_seri *data;
	size_t ndata;
	struct sakip_komponen *sakip;
	size_t nsakip;
	struct pegawai *pegawai;
	size_t npegawai;
	struct aset *aset;
	size_t naset;
	struct aset_kondisi *aset_kondisi;
	size_t naset_kondisi;
	struct belanja *belanja;
	size_t nbelanja;
	struct pegawai_rinci *pegawai_rinci;
	size_t npegawai_rinci;
	bool pegawai_dimensi[PEGAWAI_NDIM]; /* columns pegawai_rinci.csv has */
	struct tabel_polos *tabel;
	size_t ntabel;
	struct terbit *terbit;
	size_t nterbit;
	/* The CSV files read, in the order read (struct berkas_csv *). */
	struct ptrvec berkas;
	/* kode -> struct indikator / struct anggaran, filled by the loader
	 * (100,000 indicators made every lookup a scan); model_indikator and
	 * model_anggaran scan the lists when NULL (a report built by hand). */
	struct strmap *indikator_kode, *anggaran_kode;
	/* seri -> struct ptrvec of its data.csv rows (struct data_seri *),
	 * in file order; NULL: the metrics scan data. */
	struct strmap *data_seri;
};

struct site {
	struct arena *arena;
	const char *dir;       /* content root */
	const char *judul;     /* site title */
	const char *base_url;  /* "https://example.go.id/lkjip/" */
	const char *deskripsi;
	struct report **report; /* sorted by agency, then year */
	size_t nreport;
	bool satu_laporan;     /* content_dir was one report folder (no
	                          site.yaml read) */
	/* The report folders found (paths, and their names: the report
	 * ids), sorted by name; model_scan_site fills these only. */
	const char **folder, **folder_id;
	size_t nfolder;
};

/* Loads one report folder. Returns NULL when any error was reported (all
 * errors of the folder are reported, not only the first). */
struct report *model_load_report(const char *dir, struct diag_list *);
void model_report_free(struct report *);

/* Loads content/site.yaml and every report folder below it; or, when
 * content_dir is itself a report folder (it holds laporan.yaml), that
 * report alone, without site.yaml. */
struct site *model_load_site(const char *content_dir, struct diag_list *);
/* Loads site.yaml and finds the report folders (folder, folder_id) without
 * loading them, so a caller can load, use and free one report at a time
 * (lkjip build holds one report's tree at a time, whatever the count).
 * Errors of site.yaml or of a folder's name are reported; NULL only when
 * the content folder cannot be read. */
struct site *model_scan_site(const char *content_dir, struct diag_list *);
void model_site_free(struct site *);

/* Lookups; NULL when absent. */
struct indikator *model_indikator(const struct report *, const char *kode);
struct anggaran *model_anggaran(const struct report *, const char *kode);
struct renstra *model_renstra(const struct report *, const char *kode);
const struct tahunan *model_tahun(const struct indikator *, int tahun);
const struct tabel_polos *model_tabel(const struct report *, const char *nama);
/* Target that counts for capaian in a year: revised PK, else PK, else
 * Renstra target. */
const struct nilai *model_target_efektif(const struct tahunan *);
/* Ceiling that counts: revised when present, else original. */
const struct nilai *model_pagu_efektif(const struct anggaran *);
/* Whether budget line a supports sasaran s (its column sasaran, or its
 * parent's when it names none). */
bool model_anggaran_sasaran(const struct anggaran *a,
	const struct indikator *s);

/* Predicate scale presets: "magetan", "permendagri", "jombang". Returns
 * false for an unknown name. Bands are allocated from the arena. */
bool model_skala_preset(struct arena *, const char *nama,
	struct predikat_skala *out);
/* Checks the scale covers [0, inf) without gaps or overlaps (gaps are
 * allowed when the scale says celah); reports each problem at the band's
 * position. Returns true when sound. */
bool model_skala_check(const struct predikat_skala *, struct diag_list *);

#endif
