/* The column vocabulary of computed tables (issue 14): a table whose rows
 * are indicators, years of one indicator, budget lines or sasaran is built
 * from a list of columns (kolom=), filters and a closing row, and the
 * tables of those shapes are presets of it: a row of PRESETS (kolom.c)
 * with their default columns. docs/directives.md, "Kolom tabel", is the
 * user's page. Private to the document builder. */
#ifndef LKJIP_DOC_KOLOM_H
#define LKJIP_DOC_KOLOM_H

#include "doc/internal.h"

/* The options every preset accepts (besides id/judul/sumber/lanskap/nomor). */
extern const char *const KOLOM_OPTIONS[];

/* The builder of every preset: finds d->arg in PRESETS and builds the
 * table from the preset's columns, or those of kolom=. NULL after a
 * diagnostic at the directive. */
struct doc_node *tabel_kolom(struct build_ctx *, const struct directive *);

/* The filters of computed tables and charts, read here once with one set
 * of messages: tujuan=, sasaran=, indikator= (codes of indikator.csv of
 * that tingkat) and program= (codes of anggaran.csv), each a NULL-ended
 * list in the order written, NULL when not given. */
struct saringan {
	const struct indikator **tujuan, **sasaran, **indikator;
	const char **program;
};
/* False after a diagnostic at the directive naming the code: "unknown
 * sasaran \"S9\"; did you mean \"S1\"?", "\"S1\" is not an indikator (it
 * is a sasaran in indikator.csv)". */
bool kolom_saringan(struct build_ctx *, const struct directive *,
	struct saringan *);

/* Whether budget line a is chosen by the filters (not yet its parents):
 * program= by code, indikator= by the indicators it supports
 * (mendukung), sasaran= by its sasaran or a sasaran's indicator it
 * supports; every line without a filter. */
bool kolom_pilih_anggaran(const struct saringan *, const struct anggaran *);

/* The column names valid for a row kind ("indikator", "tahun",
 * "anggaran", "sasaran"), comma-separated, for messages. */
const char *kolom_daftar(struct build_ctx *, const char *baris);

#endif
