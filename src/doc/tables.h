/* Helpers shared by the computed tables (tables*.c) and charts (charts.c).
 * Private to the document builder. */
#ifndef LKJIP_DOC_TABLES_H
#define LKJIP_DOC_TABLES_H

#include "doc/internal.h"
#include "util/arena.h"

#define ARENA(c) ((c)->doc->arena)

/* tahun= as one year, default the reporting year. False after an error. */
bool opt_tahun(struct build_ctx *, const struct directive *, int *tahun);
/* tingkat=program|kegiatan|subkegiatan, default def. */
bool opt_tingkat(struct build_ctx *, const struct directive *,
	enum anggaran_tingkat def, enum anggaran_tingkat *out);

/* Sasaran nodes in file order (only `only` when not NULL). */
size_t list_sasaran(struct build_ctx *, const struct indikator *only,
	const struct indikator ***out);
/* Indicator children of a sasaran, in their order. */
size_t list_indikator(struct build_ctx *, const struct indikator *sasaran,
	const struct indikator ***out);

/* Budget lines down to tingkat `maks`, in tree order (program, its
 * kegiatan, ...), each with its number "1", "1.2", "1.2.3". */
size_t list_anggaran(struct build_ctx *, enum anggaran_tingkat maks,
	const struct anggaran ***out, const char ***nomor);
bool ada_pagu_perubahan(const struct report *);

/* A target/realisation figure: the data as written for grades and ranges
 * (when model value is given), else the value with its unit; "-" when
 * absent. */
const char *fmt_tr(struct build_ctx *, const struct nilai *model, bool ada,
	double v, const char *satuan);
/* The effective target of a year as the data has it, or NULL. */
const struct nilai *target_model(const struct indikator *, int tahun);
const struct nilai *realisasi_model(const struct indikator *, int tahun);

/* A note under table t (after its source line, once per table): what a
 * mark such as "*)" in its cells means. */
void tbl_catatan(struct build_ctx *, struct doc_node *t, const char *teks);
/* The notes of the two marks: "*)" a typed realisasi standing in for a
 * rumus that cannot compute the year; "**)" a capaian above the
 * report's ambang_wajar (with what the averages did with it). */
#define CATATAN_DIKETIK "*) realisasi diketik: rumus indikator tidak " \
	"dapat dihitung dari data untuk tahun ini"
const char *catatan_tak_wajar(struct build_ctx *);

/* Cells. */
/* A target cell given the figure of whichever target of kinerja.csv it
 * shows (n: &th->target, target_pk, ...): KODE.target.TAHUN for the one
 * that counts, KODE.target_renstra / target_pk / target_pk_perubahan. */
struct doc_node *cell_target(struct build_ctx *, struct doc_node *cell,
	const struct indikator *, int tahun, const struct nilai *n);
/* False for a report without a scale (predikat: tidak ada): no predicate
 * column at all. */
bool ada_skala(const struct build_ctx *);
/* A predicate cell (centred, its band's class); NULL without a scale. */
struct doc_node *cell_predikat(struct build_ctx *, struct doc_node *row,
	const struct predikat_band *);
/* "program", "kegiatan", "subkegiatan": a budget row's class. */
const char *line_class(const struct anggaran *);
/* The realisasi of ind in a year; a typed one standing in for a rumus
 * that cannot compute the year is marked "*)", with a note under the
 * table (the row's parent). */
struct doc_node *cell_realisasi(struct build_ctx *, struct doc_node *row,
	const struct indikator *, int tahun, const struct metrik_tahun *);
struct doc_node *cell_span(struct build_ctx *, struct doc_node *row,
	const char *text, bool numeric, int rowspan);
struct doc_node *cell_capaian(struct build_ctx *, struct doc_node *row,
	const struct metrik_tahun *);
/* The marks of an indicator's capaian in a table row: the note of the
 * report's rounding convention, and for an implausible capaian " **)"
 * with its note (under the row's table); "" when unmarked. */
const char *capaian_tanda(struct build_ctx *, struct doc_node *row,
	double capaian);
/* A row with one cell over ncols saying NIHIL (nothing to report). */
void row_nihil(struct build_ctx *, struct doc_node *table, int ncols);
/* A bold total row starting with a label spanning `span` columns. */
struct doc_node *row_total(struct build_ctx *, struct doc_node *table,
	const char *label, int span);
/* "1", "2", ... */
const char *nomor(struct build_ctx *, size_t i);
/* Wide tables want a landscape page. */
void tbl_lebar(struct doc_node *table, int ncols);

/* The tables, one builder each (registered in tables.c). */
struct doc_node *tabel_rencana_aksi(struct build_ctx *,
	const struct directive *);
struct doc_node *tabel_sakip(struct build_ctx *, const struct directive *);
struct doc_node *tabel_pegawai(struct build_ctx *, const struct directive *);
struct doc_node *tabel_aset(struct build_ctx *, const struct directive *);
struct doc_node *tabel_aset_kondisi(struct build_ctx *,
	const struct directive *);
struct doc_node *tabel_belanja(struct build_ctx *, const struct directive *);
struct doc_node *tabel_pegawai_silang(struct build_ctx *,
	const struct directive *);
struct doc_node *tabel_csv(struct build_ctx *, const struct directive *);
/* {{tabel seri A,B}}: series of data.csv, years x series (tables_seri.c). */
struct doc_node *tabel_seri(struct build_ctx *, const struct directive *);

/* kelompok= of {{tabel pegawai}} / {{grafik pegawai}} and its staff rows
 * in file order; 0 after a diagnostic (no kelompok=, or no such rows). */
size_t opt_kelompok_pegawai(struct build_ctx *, const struct directive *,
	const char **kelompok, const struct pegawai ***out);
/* "jabatan" -> "Jabatan", "golongan" -> "Pangkat/Golongan Ruang", ... */
const char *kelompok_label(const char *kelompok);

#endif
