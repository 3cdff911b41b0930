/* Reading one CSV file the way spreadsheets write them (internal to the
 * model loader). */
#ifndef LKJIP_MODEL_CSV_H
#define LKJIP_MODEL_CSV_H

#include <stdbool.h>
#include <stddef.h>

#include "model/model.h"

/* More columns than this is an error (docs/content-format.md). */
#define CSV_MAX_COLUMNS 200
/* Characters in a cell: Excel's own limit, as a workbook's (WB_MAX_TEXT).
 * A 10 MB cell of a table took 30 s and 3 GB to lay out. */
#define CSV_MAX_CELL 32767

struct csv_row {
	int rownum;       /* spreadsheet row: the header is row 1 */
	const char **cell; /* ncol cells; absent trailing cells are "" */
	/* A workbook's numeric cells (NULL for a CSV file; per cell NULL
	 * for text): the plain dot-decimal the cell holds ("2992759325.5"),
	 * which csv_nilai reads whatever the file's number convention; the
	 * cell text is the number as the spreadsheet shows it
	 * ("2.992.759.325,5"). */
	const char **numeric;
};

struct csv_table {
	const char *path;
	const char *sheet; /* a workbook's sheet, or NULL for a CSV file */
	const char *file;  /* diagnostics' file: path, or path DIAG_SHEET sheet */
	const char **header;
	size_t ncol;
	struct csv_row *rows;
	size_t nrows;
	/* "# key: value" comment rows before the header (judul, sumber, angka),
	 * every one, with its spreadsheet row */
	const char **comment_key, **comment_val;
	int *comment_row;
	size_t ncomment;
	int header_row;
	enum num_convention conv;
	const char *conflict_cell; /* reported by csv_settle_convention */
	struct diag_list *diags;
};

/* Reads path. Handles a UTF-8 BOM, CRLF, ',' or ';' separators (from the
 * header row), comment rows ("#" in the first cell), trailing empty rows
 * and columns. Rejects UTF-16 and invalid UTF-8 with a diagnostic naming
 * the row. Returns NULL after reporting. */
struct csv_table *csv_load(struct arena *, const char *path,
	struct diag_list *);

/* The same on bytes already in memory (the fuzz harness, tests); name is
 * the file name used in diagnostics. data need not be NUL-terminated. */
struct csv_table *csv_load_mem(struct arena *, const char *name,
	const void *data, size_t len, struct diag_list *);

/* One row of a workbook sheet as cells: f[0..n-1] the shown text, num[k]
 * the dot-decimal of a numeric cell or NULL (num may be NULL). */
struct csv_cells {
	const char **f;
	const char **num;
	size_t n;
};

/* A table from a workbook sheet: rows[i] is spreadsheet row i + 1. The
 * same rules as a CSV file (comment rows, header, empty rows and columns,
 * a value in a column with no header); diagnostics name path (the
 * workbook) and the sheet. */
struct csv_table *csv_from_cells(struct arena *, const char *path,
	const char *sheet, const struct csv_cells *rows, size_t nrows,
	struct diag_list *);

/* A place in the table: row, column, column name (NULL for none). */
struct src_pos csv_at(const struct csv_table *, int row, int column,
	const char *column_name);

/* Checks the header against the known columns: unknown and duplicate
 * columns and missing required ones are errors. required/optional are
 * NULL-terminated. Returns false when any error was reported. */
bool csv_check_header(struct csv_table *, const char *const *required,
	const char *const *optional);

/* Where the comment row "# key: ..." is (row 0 if none). */
struct src_pos csv_comment_pos(const struct csv_table *, const char *key);

/* Column index or -1. */
int csv_col(const struct csv_table *, const char *name);
/* Cell text ("" when the column is absent). */
const char *csv_get(const struct csv_table *, const struct csv_row *,
	const char *name);
struct src_pos csv_pos(const struct csv_table *, const struct csv_row *,
	const char *name);
/* Settles the file's number convention: declared (meta or "# angka:")
 * wins; else the cells of the given numeric columns decide; conflicting
 * evidence is an error. */
void csv_settle_convention(struct csv_table *, enum num_convention declared,
	const char *const *numeric_cols);
/* "2024-12-31" or "2024-12-31 21:50:24": a workbook's date cell as text
 * (a number formatted as a date). */
bool csv_is_date(const char *s);
/* Parses a numeric cell into a nilai (with position); on error reports it
 * and returns a nilai with ada = false. grades allowed when allow_grade. */
struct nilai csv_nilai(struct arena *, const struct csv_table *,
	const struct csv_row *, const char *name, bool allow_grade);
/* "# key: value" comment value, or NULL. */
const char *csv_comment(const struct csv_table *, const char *key);

#endif
