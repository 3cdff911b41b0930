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

/* The column names valid for a row kind ("indikator", "tahun",
 * "anggaran", "sasaran"), comma-separated, for messages. */
const char *kolom_daftar(struct build_ctx *, const char *baris);

#endif
