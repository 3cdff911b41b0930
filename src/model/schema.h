/* The data tables of a report folder, as a list: each CSV file (or sheet
 * of data.xlsx) with its columns, which are required, which hold numbers,
 * which take one of a few values, and a note for the person filling them
 * in. What writes a table for people (lkjip new's workbook, lkjip export
 * --format xlsx) reads it here. The loader (load.c) keeps its own lists;
 * tests/model/test_schema.c holds the two together. */
#ifndef LKJIP_MODEL_SCHEMA_H
#define LKJIP_MODEL_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

#include "model/model.h"

enum kolom_jenis {
	KOLOM_TEKS,
	KOLOM_ANGKA,  /* a figure: num_parse (units, "-", ranges, grades) */
	KOLOM_TAHUN,  /* a year, 1900 to 2200 */
};

struct skema_kolom {
	const char *nama;
	bool wajib;
	enum kolom_jenis jenis;
	const char *const *pilihan; /* the values allowed (NULL-terminated),
	                               in the loader's order; NULL: free */
	const char *catatan;        /* Indonesian: what goes in the column */
};

struct skema_tabel {
	const char *berkas;  /* "indikator.csv" */
	const char *lembar;  /* its sheet in a workbook: "indikator" */
	bool wajib;          /* every report has it */
	const struct skema_kolom *kolom;
	size_t nkolom;
};

extern const struct skema_tabel SKEMA_DATA[];
extern const size_t SKEMA_NDATA;

/* The table of a file name ("kinerja.csv"), or NULL. */
const struct skema_tabel *skema_tabel(const char *berkas);

/* A table of a report folder as typed, row for row: every cell the text
 * of the CSV file, each row at its spreadsheet row (the header and the
 * "# key: value" rows above it included; a note "# ..." between the rows
 * and an empty row leave their row empty), with the number convention
 * the loader settles for the file. Allocated in the report's arena
 * (freed with it). */
struct tabel_mentah {
	const struct skema_tabel *skema; /* NULL: a plain table */
	const char *nama;   /* sheet name: "kinerja", "tabel-inovasi" */
	const char *path;
	int header_row;
	const char **header;
	size_t ncol;
	const char ***baris; /* baris[r][c], "" for an empty cell */
	int *baris_row;      /* the spreadsheet row of baris[r] */
	size_t nbaris;
	const char **komentar; /* "# judul: ..." as the loader reads it */
	int *komentar_row;
	size_t nkomentar;
	enum num_convention conv;
};

/* Reads the data files of SKEMA_DATA that r's folder holds, in that
 * order, then every tabel/NAME.csv of r (r->tabel), as typed, through
 * path_open_in as the loader does. A file that cannot be read is a
 * diagnostic; it is left out. *n is set. */
struct tabel_mentah *model_data_mentah(struct report *r, size_t *n,
	struct diag_list *);

#endif
