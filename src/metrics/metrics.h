/* The metrics engine: every LKjIP figure computed from the loaded model,
 * in full precision, with no I/O. Rounding happens only at presentation
 * (util/num.h with the report's num_style). SPEC section 3. */
#ifndef LKJIP_METRICS_H
#define LKJIP_METRICS_H

#include <stdbool.h>
#include <stddef.h>

#include "model/model.h"
#include "util/dec.h"

/* ---- Exact arithmetic on figures ---- */

/* Figures travel as doubles, but every sum and ratio is computed on exact
 * decimals (util/dec.h): each operand is read as the decimal it stands for
 * (dec_from_double: a typed "96,548" is 96,548), the result is the double
 * nearest the exact result, so the formatter rounds the true digits. */
double angka_tambah(double a, double b);  /* a + b */
double angka_kurang(double a, double b);  /* a - b */
double angka_kali(double a, double b);    /* a x b */
double angka_persen(double a, double b);  /* a / b x 100; NAN when b is 0 */
/* a / b x k, multiplied first (a rate per 1.000 or per 100.000) */
double angka_per(double a, double b, double k);
double angka_bagi(double a, double b);    /* a / b; NAN when b is 0 */
/* v as it is displayed in style st (rounded on its decimal digits), as a
 * figure: for reports that compute capaian from the displayed target and
 * realisasi (perhitungan.dasar_capaian: tampilan). */
double angka_tampilan(double v, struct num_style st);
/* A cell's exact value: the digits typed (n->d) when they are the cell's
 * value, else n->v read as a decimal. DEC_NONE when empty. */
struct dec nilai_dec(const struct nilai *n);
/* The same for a range's upper bound (n->d_atas, n->v_atas). */
struct dec nilai_dec_atas(const struct nilai *n);

/* ---- Figures as text ---- */

/* What kind of figure a number is decides how it is printed: the same in
 * the document (doc/format.c), in diagnostics and in `lkjip diff`, so a
 * message and the page never disagree on a digit. */
enum angka_jenis {
	JENIS_CAPAIAN,   /* capaian, kemajuan: meta->fmt_capaian */
	JENIS_ANGGARAN,  /* serapan and other budget %: meta->fmt_anggaran */
	JENIS_EFISIENSI, /* meta->fmt_efisiensi */
	JENIS_NILAI,     /* a target, realisasi, score: meta->fmt_nilai */
	JENIS_RUPIAH,    /* an amount in Rp: whole rupiah, half-up */
	JENIS_JUMLAH,    /* an amount without "Rp": keeps its sen if any */
	JENIS_CACAH,     /* a count: whole */
};

/* The report's style for a kind of figure (v matters for JENIS_JUMLAH
 * only: an amount shows sen only when it has some). */
struct num_style angka_gaya(const struct report_meta *, enum angka_jenis,
	double v);
/* v as the document prints it, without "%" or "Rp": "108,57",
 * "4.698.740.544", for a diagnostic: a negative keeps the ASCII '-' a
 * user types in a CSV (the document's own figures take U+2212 through
 * angka_gaya and the formatter). Returns buf. */
char *angka_teks(char *buf, size_t len, const struct report_meta *,
	enum angka_jenis, double v);

/* ---- Pure formulas (each tested with worked examples) ---- */

enum capaian_status {
	CAPAIAN_OK,
	CAPAIAN_TANPA_DATA,     /* target or realisation missing */
	CAPAIAN_TARGET_NOL,     /* T = 0: not computable, never divided */
	CAPAIAN_GRADE_TAK_DIKENAL, /* qualitative grade not in the mapping */
	CAPAIAN_REALISASI_NOL,  /* negative-ratio form T/R with R = 0 */
};

/* Capaian in percent for one target/realisation pair under a polarity.
 * Positive R/T x 100; negative (2T - R)/T x 100; negative-ratio T/R x 100;
 * range: 100 inside [lo, hi], else against the bound crossed; qualitative
 * via meta->grade. Returns the status; *out set only on CAPAIAN_OK. */
enum capaian_status capaian_hitung(enum polaritas, const struct nilai *target,
	const struct nilai *realisasi, const struct report_meta *, double *out);

/* The band holding capaian c, or NULL when none does. */
const struct predikat_band *predikat_cari(const struct predikat_skala *,
	double c);

double serapan_hitung(double realisasi, double pagu); /* % ; NAN if pagu 0 */
double efisiensi_selisih(double capaian, double serapan);
double efisiensi_rasio(double capaian, double serapan);
/* Unspent share: (pagu - realisasi) / pagu x 100 = 100 - serapan. */
double efisiensi_sisa(double serapan);
struct pmk214_keluaran {
	double pagu;        /* PAK: output budget ceiling */
	double realisasi;   /* RAK: output budget spent */
	double capaian;     /* CK as a fraction (1,22) */
};
/* sum((PAK x CK) - RAK) / sum(PAK x CK) x 100 */
double efisiensi_pmk214(const struct pmk214_keluaran *, size_t n);

/* Mean of n capaian the way the report declares it: each value capped at
 * meta->batas_capaian (when has_batas_capaian), then, for RATA_TAMPILAN,
 * rounded with meta->fmt_capaian as the reader sees it. NAN when n is 0. */
double capaian_rata_rata(const double *capaian, size_t n,
	const struct report_meta *);

/* True when a published figure written with `desimal` decimals agrees with
 * the computed value: it equals the computed value rounded half-up or
 * truncated to that many decimals (decided on decimal digits). */
bool metrics_sesuai_pembulatan(double tertulis, int desimal, double dihitung);

/* Decimals a cell was written with ("108,57" -> 2, "108" -> 0), from its
 * text when known, else from the value. */
int nilai_desimal(const struct nilai *);

/* SAKIP grade from a score 0..100: AA >90, A >80, BB >70, B >60, CC >50,
 * C >30, D otherwise (PermenPAN-RB 88/2021). */
const char *sakip_grade(double skor);
/* A SAKIP component's share of its weight: nilai / bobot x 100 (Jombang
 * Tabel 1.3: Perencanaan 24,89 of 30 -> 82,97 %); NAN without a weight. */
double sakip_persen_komponen(const struct sakip_komponen *);

enum arah {
	ARAH_TETAP,
	ARAH_NAIK,
	ARAH_TURUN,
};
const char *arah_teks(enum arah); /* "naik" / "turun" / "tetap" */
/* The direction of a change: up above 0, down below, else steady. */
enum arah arah_perubahan(double perubahan);

/* ---- Everything computed for one report ---- */

struct metrik_tahun {
	int tahun;
	bool ada_target, ada_realisasi;
	double target, realisasi;  /* realisasi derived when the indicator
	                              has a formula */
	bool realisasi_diketik;    /* the formula cannot compute this year:
	                              realisasi is the typed one (shown
	                              marked "*)") */
	enum capaian_status status;
	double capaian;            /* valid when status == CAPAIAN_OK */
	double capaian_dibatasi;   /* after the report's cap, if any */
	const struct predikat_band *predikat;
};

struct metrik_indikator {
	const struct indikator *ind;
	struct metrik_tahun *tahun;   /* one per year with any data, sorted */
	size_t ntahun;
	const struct metrik_tahun *ini;  /* reporting year, or NULL */
	const struct metrik_tahun *lalu; /* previous year, or NULL */
	/* Year on year (reporting year vs previous). */
	bool ada_perubahan;
	double perubahan;             /* realisasi difference */
	enum arah arah;
	/* Renstra end target and progress (tingkat kemajuan). */
	bool ada_target_akhir;
	double target_akhir;
	/* The end target as written when it is a grade ("Paripurna"):
	 * a qualitative indicator's, compared through the grade mapping. */
	const struct nilai *target_akhir_grade;
	double realisasi_kumulatif;   /* SIFAT_ABSOLUT: sum to date */
	bool ada_kemajuan;
	double kemajuan;              /* % of the end target reached */
	/* Comparison with a standard. */
	bool ada_standar;
	double standar, banding_standar;
	/* Budget lines supporting it (anggaran.csv mendukung): money and
	 * efficiency per indicator, by the report's method. */
	bool ada_anggaran;
	double pagu, realisasi_anggaran;
	bool tak_dilaporkan;          /* realisasi "tidak dilaporkan": a
	                                 line's cell left empty with no
	                                 lines below, or a line it would
	                                 add up not reported; no serapan,
	                                 sisa or efisiensi */
	bool ada_serapan;
	double serapan;
	bool ada_efisiensi;
	double efisiensi;
};

struct metrik_anggaran {
	const struct anggaran *a;
	double pagu_awal, pagu;       /* pagu = revised when present */
	double realisasi;
	bool pagu_dijumlah;           /* pagu left empty: its lines' sum */
	bool realisasi_dijumlah;      /* realisasi left empty: the same */
	bool tak_dilaporkan;          /* realisasi "tidak dilaporkan": a
	                                 line's cell left empty with no
	                                 lines below, or a line it would
	                                 add up not reported; no serapan,
	                                 sisa or efisiensi */
	bool ada_serapan;
	double serapan;               /* % of the effective ceiling */
	bool ada_capaian;
	double capaian;               /* output capaian of the line */
	bool ada_efisiensi;
	double efisiensi;             /* by the report's method */
	bool ada_kemajuan;            /* realisasi against the Renstra end */
	double kemajuan;              /* target (pagu_renstra.csv), % */
};

/* A line of the Renstra matrix (pagu_renstra.csv, renstra.c): the
 * ceiling of each Renstra year, a parent's the sum of its lines, and
 * over the period the sum of the years. */
struct metrik_renstra {
	const struct renstra *rs;
	size_t nth;                   /* the Renstra's years: renstra_awal +
	                                 i for i < nth */
	bool *ada_pagu;
	double *pagu;
	bool *pagu_dijumlah;          /* the sum of its lines */
	bool ada_pagu_akhir;
	double pagu_akhir;
	bool pagu_akhir_dijumlah;     /* the sum of the years */
};

struct metrik_sasaran {
	const struct indikator *sasaran;
	bool ada_capaian;
	double capaian;               /* mean of its indicators (method/cap
	                                 from the meta) */
	const struct predikat_band *predikat;
	double pagu, realisasi;       /* budget lines linked to it */
	bool tak_dilaporkan;          /* realisasi "tidak dilaporkan": a
	                                 line's cell left empty with no
	                                 lines below, or a line it would
	                                 add up not reported; no serapan,
	                                 sisa or efisiensi */
	bool ada_serapan;
	double serapan;
	bool ada_efisiensi;
	double efisiensi;
};

struct metrik_sakip {
	int tahun;
	double total;                 /* sum of component scores */
	const char *grade;
};

/* One kind of spending (belanja.csv), summed over its lines. */
struct metrik_belanja {
	bool ada;                     /* the report has lines of this kind */
	double anggaran, realisasi;
	bool ada_serapan;
	double serapan;               /* realisasi / anggaran x 100 */
};

struct strmap;

struct metrics {
	const struct report *report;
	struct metrik_indikator *indikator;  /* one per TINGKAT_INDIKATOR node */
	size_t nindikator;
	struct metrik_sasaran *sasaran;      /* one per TINGKAT_SASARAN node */
	size_t nsasaran;
	struct metrik_anggaran *anggaran;    /* one per budget line */
	size_t nanggaran;
	struct metrik_renstra *renstra;      /* one per Renstra line */
	size_t nrenstra;
	/* Overall. */
	bool ada_capaian;
	double capaian;                      /* mean over all indicators */
	size_t tak_wajar;                    /* of those, how many capaian
	                                        are above ambang_wajar */
	const struct predikat_band *predikat;
	double pagu, pagu_awal, realisasi;   /* sum over programs */
	bool tak_dilaporkan;          /* realisasi "tidak dilaporkan": a
	                                 line's cell left empty with no
	                                 lines below, or a line it would
	                                 add up not reported; no serapan,
	                                 sisa or efisiensi */
	bool ada_serapan;
	double serapan;
	bool ada_efisiensi;
	double efisiensi;
	struct metrik_sakip *sakip;
	size_t nsakip;
	/* Spending by kind (belanja.c) and its totals; the budget lines
	 * counted by level (program, kegiatan, sub kegiatan). */
	struct metrik_belanja belanja[BELANJA_MAX];
	bool ada_belanja;
	double belanja_anggaran, belanja_realisasi;
	size_t jumlah_program, jumlah_kegiatan, jumlah_subkegiatan;
	/* Staff and assets. */
	double pegawai_laki_laki, pegawai_perempuan; /* per kelompok totals are
	                                               computed by callers */
	struct arena *arena;                 /* owns everything above */
	/* kode -> the metrik_* above, for the lookups below (a scan each
	 * made 100,000 indicators quadratic); NULL: they scan. */
	struct strmap *indikator_kode, *sasaran_kode, *anggaran_kode;
	struct strmap *renstra_kode;
	/* The figure table (figure.c): every figure above, and the inputs,
	 * by key. */
	struct figure **figure;
	size_t nfigure;
	struct strmap *figure_kunci;
};

/* ---- The figure table ----
 *
 * Every figure a report can print, input or computed, under one stable
 * key (docs/directives.md, "Kunci angka"):
 *   KODE.besaran.TAHUN     indicator per year: IKU1.capaian.2024
 *                          (target, realisasi, capaian, predikat)
 *   KODE.besaran           indicator over the Renstra (target_akhir,
 *                          realisasi_kumulatif: a rate's or a grade's
 *                          is this year's realisasi, kemajuan, perubahan,
 *                          standar, banding_standar) or sasaran (S1.capaian,
 *                          predikat, pagu, realisasi_anggaran,
 *                          sisa_anggaran, serapan, efisiensi;
 *                          S1.capaian.TAHUN, S1.predikat.TAHUN)
 *   anggaran.KODE.besaran  budget line: anggaran.2.17.02.serapan (pagu,
 *                          pagu_awal, realisasi, sisa_anggaran,
 *                          serapan, target, realisasi_keluaran, capaian,
 *                          efisiensi, kemajuan)
 *   anggaran.KODE.renstra.besaran[.TAHUN]  a line of pagu_renstra.csv,
 *                          any level (anggaran.2.17.renstra.pagu.2025):
 *                          target.TAHUN, pagu.TAHUN, baseline,
 *                          target_akhir, pagu_akhir
 *   laporan.besaran        the whole report (capaian, predikat, pagu,
 *                          pagu_awal, realisasi_anggaran,
 *                          sisa_anggaran, serapan, efisiensi);
 *                          laporan.capaian.TAHUN, laporan.predikat.TAHUN
 *   sakip.besaran.TAHUN    SAKIP: sakip.nilai.2024, sakip.predikat.2024,
 *                          sakip.bobot.2024, sakip.persen.2024; per component
 *                          sakip.K.nilai.TAHUN, .bobot., .persen. (K = the
 *                          component's number in the file, 1..)
 *   data.SERI.TAHUN        a series of data.csv; data.SERI.selisih.TAHUN
 *                          and data.SERI.pertumbuhan.TAHUN (%) against
 *                          the year before, when both are given
 *   pegawai.besaran        staff: laki_laki, perempuan, jumlah (head count
 *                          of the first kelompok)
 *   aset.jumlah.KOLOM      an asset column's total (saldo_awal,
 *                          penambahan, pengurangan, saldo_akhir)
 *   laporan.indikator, laporan.tercapai  indicators with a capaian this
 *                          year, and those at or above 100 %
 *   terbit.BESARAN.KODE.TAHUN  a figure as published (terbit.csv; BESARAN
 *                          as written there: terbit.kemajuan.IKU1.2024,
 *                          terbit.pagu-awal.2024 without a kode)
 * and the typed inputs behind them: KODE.target_renstra.TAHUN,
 * KODE.target_pk.TAHUN, KODE.target_pk_perubahan.TAHUN (the one that
 * counts is listed as KODE.target.TAHUN, these names reach it too),
 * KODE.target_pk_akhir.TAHUN (the PK target in force: the revised one,
 * else the first), pegawai.N.*, sakip.N.*,
 * aset.N.saldo_awal,
 * .penambahan, .pengurangan, .saldo_akhir (N: the row's number among its
 * file's rows, 1..).
 * The quantity is always the part after the code, so a code may hold
 * dots (budget codes do). */
enum figure_kind {
	FIGURE_PERCENT, /* capaian, serapan, kemajuan, shares */
	FIGURE_RUPIAH,  /* money */
	FIGURE_COUNT,   /* a head count, a number of things */
	FIGURE_INDEX,   /* a target, realisasi, score in the indicator's unit */
	FIGURE_GRADE,   /* a grade ("BB (75)") or a predikat band */
	FIGURE_TEXT,    /* other text */
};

struct figure {
	const char *key;
	const char *nama;        /* what it is, in Indonesian: "capaian" */
	enum figure_kind kind;
	enum angka_jenis jenis;  /* the report's style it is printed with */
	const char *unit;        /* "%", "Rp", the indicator's satuan; or NULL */
	bool ada;                /* false: no value, printed "-" */
	bool tak_dilaporkan;     /* no value because the source reports
	                            none (a budget line's realisasi left
	                            empty) or it is computed from such a
	                            one: printed "tidak dilaporkan" */
	struct dec value;        /* an input's exact digits as typed;
	                            DEC_NONE for a grade or text, and for a
	                            computed figure: use figure_dec() */
	double v;                /* the same as the metrics hold it */
	double v_atas;           /* a range's upper bound ("60 - 80"), or NAN */
	const char *text;        /* grade/text: as written ("BB (75)") */
	bool diketik;            /* a realisasi typed in for a rumus that
	                            cannot compute the year (marked "*)") */
	/* Computed: the formula, with $1..$9 for its inputs
	 * ("$1 ÷ $2 × 100"); NULL for an input read from a cell. */
	const char *formula;
	const struct figure **input;
	size_t ninput;
	/* The cells it was read from (inputs), none for a computed one. */
	const struct src_pos *cell;
	size_t ncell;
};

/* The figure under key, or NULL. */
const struct figure *metrics_figure(const struct metrics *, const char *key);
/* Every figure, in a stable order (the order of the report's files):
 * i from 0 to metrics_figure_count() - 1. */
size_t metrics_figure_count(const struct metrics *);
const struct figure *metrics_figure_at(const struct metrics *, size_t i);
/* Its exact value: an input's typed digits; a computed figure's double
 * as the decimal it stands for (dec_from_double, 15 digits), which is
 * what every formatter rounds. DEC_NONE without a value. */
struct dec figure_dec(const struct figure *);
/* The figure's value as the document prints it, without its unit:
 * "108,57", "3.297.585.325", "BB (75)", "-". Returns buf. */
char *figure_teks(char *buf, size_t len, const struct report_meta *,
	const struct figure *);
/* The same with its unit: "108,57 %", "Rp 3.297.585.325", "76 %". */
char *figure_tampil(char *buf, size_t len, const struct report_meta *,
	const struct figure *);
/* Where it comes from, in one line of Indonesian: "Capaian = realisasi
 * 76 ÷ target 70 × 100 = 108,57 % · kinerja.csv baris 5, kolom
 * realisasi; kinerja.csv baris 5, kolom target". For an input: its cell
 * ("realisasi = 76 · kinerja.csv baris 5, kolom realisasi"). Returns buf;
 * truncated to len. */
char *figure_asal(char *buf, size_t len, const struct report_meta *,
	const struct figure *);
/* Its parts: the derivation alone ("Capaian = realisasi 76 ÷ target 70
 * × 100 = 108,57 %"); the cells it and its inputs were read from (at
 * most max, each once; returns the count); a cell as text ("kinerja.csv
 * baris 5, kolom realisasi"). */
char *figure_derivasi(char *buf, size_t len, const struct report_meta *,
	const struct figure *);
size_t figure_sumber(const struct figure *, const struct src_pos **out,
	size_t max);
char *figure_sel_teks(char *buf, size_t len, const struct src_pos *);

/* ---- Figures of a selection ----
 * A table's closing row under any filter ({{tabel anggaran sasaran=S2
 * baris_akhir=jumlah}}, {{tabel iku baris_akhir=rata-rata}}) totals the
 * figures of its rows: computed here, on exact decimals and by the
 * report's rules (capaian_rata_rata, the efficiency method), with the
 * formula and input figures the site's provenance shows, in the caller's
 * arena (the document's) and not listed in the figure table. When the
 * table already holds that figure, the same computation over the same
 * figures (laporan.pagu over every programme, S1.capaian over S1's
 * indicators: the key `sama`), that one is returned, so the closing row
 * of a whole report is its laporan.* figures. NULL: nothing to total. */
enum pilihan {
	PILIHAN_JUMLAH,  /* the sum of the figures under kunci (money) */
	PILIHAN_RATA,    /* the mean of the capaian under kunci */
};
/* The figures under the keys kunci[0..n) with a value, each once. */
const struct figure *metrics_pilihan(const struct metrics *, struct arena *,
	enum pilihan, const char *nama, const char *const *kunci, size_t n,
	const char *sama);
enum turunan {
	TURUNAN_SISA,      /* x pagu − y realisasi */
	TURUNAN_SERAPAN,   /* x realisasi ÷ y pagu × 100 */
	TURUNAN_EFISIENSI, /* from x capaian and y serapan, by the report's
	                      method (PMK 214: the outputs of y's lines) */
	TURUNAN_PREDIKAT,  /* the band of capaian x (y NULL) */
};
const struct figure *metrics_turunan(const struct metrics *, struct arena *,
	enum turunan, const struct figure *x, const struct figure *y,
	const char *sama);

/* Computes everything. Problems that make a figure impossible (T = 0,
 * unknown grade, bad formula reference) are reported as warnings at the
 * cell; never fails. */
struct metrics *metrics_compute(const struct report *, struct diag_list *);
void metrics_free(struct metrics *); /* accepts NULL */

const struct metrik_indikator *metrics_indikator(const struct metrics *,
	const char *kode);
const struct metrik_sasaran *metrics_sasaran(const struct metrics *,
	const char *kode);
const struct metrik_anggaran *metrics_anggaran(const struct metrics *,
	const char *kode);
const struct metrik_tahun *metrics_tahun(const struct metrik_indikator *,
	int tahun);
const struct metrik_renstra *metrics_renstra(const struct metrics *,
	const char *kode);

/* An indicator of a tujuan (not of a sasaran): shown by its own table
 * and left out of the report's mean and counts. */
bool indikator_tujuan(const struct indikator *);

/* The mean capaian of any year, the way the reporting year's is computed
 * (struct metrics / metrik_sasaran hold only that year): over the
 * indicators of one sasaran, or of the report when sasaran is NULL. False
 * when no indicator has a capaian that year. */
bool metrics_capaian_tahun(const struct metrics *,
	const struct indikator *sasaran, int tahun, double *out);

/* Validation rules of SPEC section 4, as warnings naming the offending cell:
 * typed capaian vs recomputed, parent pagu vs sum of children, totals,
 * implausible capaian (> meta.ambang_wajar), target without realisation and
 * the reverse, PK revisions. */
void metrics_validate(const struct metrics *, struct diag_list *);

#endif
