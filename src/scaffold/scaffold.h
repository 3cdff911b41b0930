/* Report folders and workbooks written for people to fill in: the folder
 * `lkjip new` makes, and the data workbook of a report (`lkjip export
 * --format xlsx`). Both workbooks are laid out by the model's schema
 * (model/schema.h): a sheet per data file, row 1 its columns, each with a
 * note and, where the values are a list, a drop-down. */
#ifndef LKJIP_SCAFFOLD_H
#define LKJIP_SCAFFOLD_H

#include <stddef.h>
#include <time.h>

#include "model/model.h"
#include "model/schema.h"
#include "util/diag.h"

/* One row of a sheet: row is the spreadsheet row (1 = the first). */
struct lembar_baris {
	int row;
	const char *const *cell;
	size_t n;
};

/* One sheet to write. */
struct lembar {
	const char *nama;                /* sheet name, at most 31 characters */
	const struct skema_tabel *skema; /* notes, lists and text columns;
	                                    NULL: a plain table */
	int header_row;                  /* the row of the column names */
	const char *const *header;       /* NULL with skema: its columns */
	size_t ncol;
	const struct lembar_baris *baris; /* the other rows, any order */
	size_t nbaris;
	enum num_convention conv;        /* how the cells write numbers */
};

/* Writes the sheets as an .xlsx file at path (replaced: a new file, then
 * a rename). A cell that is one number exactly as a spreadsheet shows it
 * (the file's convention: "83,05", "2.992.759.325", "2024"; at most 15
 * significant digits, no unit, no trailing zero after the comma) becomes
 * a number, grouped by a "#,##0" format where it was typed grouped, in a
 * number or year column of the schema and in a plain table; every other
 * cell stays text as typed (a text column of the schema, "98,40", "73 %",
 * "NIHIL", a "# ..." row). created is the document's creation date.
 * Returns 0, or -1 with errno set. */
int scaffold_workbook(const char *path, const struct lembar *, size_t n,
	time_t created);

/* The sheets of a report's data, row for row (model_data_mentah): every
 * data file the folder holds, then every plain table as "tabel-NAME". A
 * table whose sheet name Excel would refuse (over 31 characters) is a
 * warning naming the file, and is left out. Allocated in r's arena. */
struct lembar *scaffold_lembar_laporan(struct report *r, size_t *n,
	struct diag_list *);

/* Makes dir a new report folder: laporan.yaml, the chapters of the
 * default skeleton, and data.xlsx (every sheet of the schema, empty).
 * dir must not exist or be an empty folder, and its name must be a
 * report folder's (letters, digits, '-' and '_'). When its parent folder is
 * new or empty, the parent becomes a content folder: a site.yaml is
 * written there too. year: the reporting year the
 * files are written for. Returns 0; 1 when dir is refused (its name, or it
 * exists and is not an empty folder); -1 when writing failed. Either is an error in
 * the list, and nothing half-written stays behind (the files go into a
 * temporary folder renamed to dir last). */
int scaffold_new(const char *dir, int year, time_t created,
	struct diag_list *);

#endif
