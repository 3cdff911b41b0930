/* Diagnostics: the one way library code reports a problem. Nothing below
 * src/cli prints or exits; it appends to a diag_list and returns. */
#ifndef LKJIP_DIAG_H
#define LKJIP_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

enum diag_severity {
	DIAG_ERROR,
	DIAG_WARNING,
	DIAG_NOTE,
};

/* A place in a source file. For CSV files line is the spreadsheet row (the
 * header is row 1), column the 1-based field index, and column_name the
 * header text of that field. line or column 0 means unknown. */
struct src_pos {
	const char *file;
	int line;
	int column;
	const char *column_name;
};

/* A workbook's sheet as the file of a src_pos: "data.xlsx" DIAG_SHEET
 * "kinerja" (line and column are then the sheet's row and column, 3 is
 * cell letter C). diag_format writes it "data.xlsx: sheet kinerja, cell
 * C12 (name)". A separator inside the file name keeps struct src_pos as
 * every stage initialises it. */
#define DIAG_SHEET "\x1f"

struct diag {
	enum diag_severity severity;
	struct src_pos pos;
	char *message;
};

struct diag_list;

struct diag_list *diag_list_new(void);
void diag_list_free(struct diag_list *); /* accepts NULL */

void diag_add(struct diag_list *, enum diag_severity, struct src_pos,
	const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void diag_vadd(struct diag_list *, enum diag_severity, struct src_pos,
	const char *fmt, va_list);

size_t diag_count(const struct diag_list *);
size_t diag_errors(const struct diag_list *);
size_t diag_warnings(const struct diag_list *);
const struct diag *diag_get(const struct diag_list *, size_t i);

/* "file:line:column: error: message" or, for a CSV cell,
 * "file:row:column: error: column \"name\": message", or for a workbook
 * cell "file: sheet S, cell F12 (name): error: message". Caller frees. */
char *diag_format(const struct diag *);
/* A spreadsheet column's letters: 3 is "C", 27 "AA". */
void diag_column_letters(char out[8], int col);
/* Sorted by file, line, column; then printed one per line. */
void diag_sort(struct diag_list *);
void diag_print(const struct diag_list *, FILE *);

#endif
