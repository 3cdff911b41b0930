/* Shared between the parts of the document builder (build.c: skeleton and
 * Markdown; directive.c: parsing {{...}}; values.c: inline values and the
 * block dispatch; tables*.c / charts.c: the computed tables and charts,
 * table_util.c: their cells; format.c: figures as text). Not a public
 * header: backends include doc.h only. */
#ifndef LKJIP_DOC_INTERNAL_H
#define LKJIP_DOC_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"
#include "metrics/metrics.h"

#define DIRECTIVE_MAX_OPTS 16

struct build_state;

/* A parsed {{name arg key=value ...}}. */
struct directive {
	const char *name;      /* "tabel", "grafik", "capaian", ... */
	const char *arg;       /* first bare word after the name, or NULL */
	const char *arg2;      /* second bare word ("terbilang pagu KODE") */
	struct {
		const char *key, *value;
	} opt[DIRECTIVE_MAX_OPTS];
	size_t nopt;
	struct src_pos pos;    /* of the opening "{{" */
};

/* The state of one doc_build(). */
struct build_ctx {
	struct doc *doc;
	const struct report *report;
	const struct metrics *metrics;
	struct diag_list *diags;
	int chapter_no;        /* 1.. for BAB I..; 0 in front matter */
	const char *chapter_label; /* "1".."4", "A" for lampiran, "" front */
	int table_no, figure_no;   /* restart per chapter */
	/* Section numbers from the kerangka (nomor_subbab): ## A., B., ...,
	 * ### 1., 2., ... under each; restart per chapter. */
	bool nomor_subbab;
	int subbab, subsubbab;
	struct build_state *state; /* builder internals (build.h) */
	/* While a paragraph's inlines are built: the notes its marked
	 * figures need ("*) realisasi diketik ..."), set after it as a
	 * paragraph of its own (build.c); NULL: none yet. */
	bool in_paragraph;
	const char *catatan;
	/* Ids of annexes that could not be attached ("lampiran-2"): their
	 * error is given at laporan.yaml, so a {{ref}} to one says nothing
	 * more. */
	struct ptrvec annex_gagal;
};

/* Option lookup; NULL when absent. */
const char *directive_opt(const struct directive *, const char *key);
/* Comma-separated list option: "2022,2023,2024" -> ints. Returns count, or
 * -1 after reporting a diagnostic at the directive. */
int directive_opt_years(struct build_ctx *, const struct directive *,
	const char *key, int *years, int max);
/* The next word of a list option ("S1, S2,S3": commas and blanks
 * between words), copied into the arena and *p moved past it; NULL at the
 * end. Every list of codes, series or columns is read with it. */
char *directive_list_next(struct build_ctx *, const char **p);
/* lebar=/tinggi= in millimetres (10 to 1000, "160" or "160 mm"), as
 * points; def_mm when absent. false after a diagnostic. */
bool directive_opt_mm(struct build_ctx *, const struct directive *,
	const char *key, double def_mm, double *out_pt);
/* Reports an error at the directive's place. */
void directive_error(struct build_ctx *, const struct directive *,
	const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---- Figures as text, through the one formatter (util/num.h) with the
 * report's rounding settings. All return arena strings. ---- */
const char *fmt_capaian(struct build_ctx *, double pct);   /* "108,57 %" */
const char *fmt_persen(struct build_ctx *, double pct);    /* budget %  */
const char *fmt_efisiensi(struct build_ctx *, double v);   /* per method */
const char *fmt_nilai(struct build_ctx *, double v);       /* "70", "91,3" */
/* Value with its unit the way a sentence says it: "70 %", "3 UM";
 * words that only name the kind of figure (Angka, Skor, Nilai, Indeks)
 * are left out: "91,91". */
const char *fmt_nilai_satuan(struct build_ctx *, double v, const char *satuan);
const char *fmt_rupiah(struct build_ctx *, double v);      /* "Rp 1.234" */
/* A figure of the table as a sentence says it: "108,57 %", "70 %",
 * "Rp 3.297.585.325", "91,91" (unit words left out as above), a grade as
 * written; "-" without a value. */
const char *fmt_figure(struct build_ctx *, const struct figure *);
/* The figure in words, as it is printed rounded: money "empat miliar
 * ... rupiah", a percentage "seratus delapan koma lima tujuh persen", a
 * count "tujuh ratus dua puluh enam" (other units are not spelled); NULL
 * for a grade, a text, a range or no value. */
const char *fmt_terbilang(struct build_ctx *, const struct figure *);
/* Money the short way, "Rp 4,6 miliar"; NULL for other figures. */
const char *fmt_singkat(struct build_ctx *, const struct figure *);
const char *fmt_angka(struct build_ctx *, double v);       /* plain amount,
                                                   no Rp: "28.000.000" */
const char *fmt_int(struct build_ctx *, double v);         /* "1.234" */
const char *fmt_tahun(struct build_ctx *, int from, int to); /* "2024–2026" */
/* A cell value from the data as written (nilai->teks) when it is not a
 * number, else fmt_nilai. "-" when absent. */
const char *fmt_cell_nilai(struct build_ctx *, const struct nilai *);
/* "14 Februari 2025" from "2025-02-14". */
const char *fmt_tanggal(struct build_ctx *, const char *iso);
/* "19740428 199901 2 001" from 18 digits; other input unchanged. */
const char *fmt_nip(struct build_ctx *, const char *nip);
/* Predicate text, "-" for NULL. */
const char *fmt_predikat(const struct predikat_band *);

/* ---- Table construction helpers ---- */
struct doc_node *tbl_new(struct build_ctx *, const char *default_title,
	const char *default_sumber);
struct doc_node *tbl_row(struct build_ctx *, struct doc_node *table,
	bool header);
/* Appends a cell with plain text; numeric cells are right-aligned. */
struct doc_node *tbl_cell(struct build_ctx *, struct doc_node *row,
	const char *text, bool numeric);
/* Gives a cell the figure of the metrics' table it shows, by key (the
 * site shows where it comes from); unchanged when the key has no value or
 * the cell shows "-". Returns the cell. */
struct doc_node *cell_fig(struct build_ctx *, struct doc_node *cell,
	const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A numeric cell showing the figure under a key, with its unit (satuan)
 * or without, "-" when it has no value; the cell keeps the figure. */
struct doc_node *tbl_cell_fig(struct build_ctx *, struct doc_node *row,
	bool satuan, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
struct doc_node *tbl_hcell(struct build_ctx *, struct doc_node *row,
	const char *text, int colspan, int rowspan);
/* Centres a cell (a row number, a unit, a grade); returns it. */
struct doc_node *tbl_center(struct doc_node *cell);

/* ---- Registered computed tables and charts (cmark-gfm style: one entry
 * per name, options declared, so unknown options are errors) ---- */
struct block_def {
	const char *name;                 /* "capaian" */
	const char *const *options;       /* NULL-terminated allowed keys,
	                                     besides id/judul/sumber/lanskap */
	struct doc_node *(*build)(struct build_ctx *, const struct directive *);
};
extern const struct block_def TABLE_DEFS[];
extern const size_t NTABLE_DEFS;
extern const struct block_def CHART_DEFS[];
extern const size_t NCHART_DEFS;

/* A DOC_FIGURE holding a chart; the chart and its arrays live in the arena. */
struct doc_node *fig_new_chart(struct build_ctx *, struct chart *,
	const char *alt, double width_pt, double height_pt);

#endif
