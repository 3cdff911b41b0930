/* Reading a report's workbook, data.xlsx or data.ods (internal to the
 * model loader): every visible sheet becomes a struct csv_table, so the
 * loader applies the same checks to a sheet as to the CSV file it
 * replaces. */
#ifndef LKJIP_MODEL_WORKBOOK_H
#define LKJIP_MODEL_WORKBOOK_H

#include <stdbool.h>
#include <stddef.h>

#include "model/csv.h"

/* Limits against hostile files (docs/content-format.md, "Workbooks"). */
#define WB_MAX_FILE (64u << 20)    /* the workbook file itself */
#define WB_MAX_PART (128u << 20)   /* one part, uncompressed */
#define WB_MAX_TOTAL (256u << 20)  /* every part read, uncompressed */
#define WB_MAX_RATIO 100           /* uncompressed / compressed, ... */
#define WB_RATIO_FROM (1u << 20)   /* ... checked on parts above 1 MiB */
#define WB_MAX_SHEETS 256
#define WB_MAX_STRINGS 1000000     /* shared strings */
#define WB_MAX_TEXT 32767          /* characters in a cell (Excel's own) */
#define WB_MAX_ROW 1048576         /* Excel's last row */
#define WB_MAX_COL 16384           /* Excel's last column, XFD */
#define WB_MAX_CELLS 2000000       /* non-empty cells, all sheets */
#define WB_MAX_SLOTS 8388608       /* cells up to each row's last filled
                                      one, all sheets */
#define WB_MAX_COPIES 100000       /* cells filled by a repeat (ods) or a
                                      merged range: a few bytes of XML
                                      must not make a million cells */
#define WB_MAX_ROWS 2097152        /* rows down to the last filled one,
                                      all sheets */

struct wb_sheet {
	const char *name;
	struct csv_table *t;
	bool used; /* taken by the loader */
};

struct workbook {
	const char *path; /* as diagnostics name it */
	struct wb_sheet *sheet;
	size_t nsheet;
};

/* Reads the workbook in data[0..len) (xlsx or ods, told by ods). Tables
 * and their cells live in a; path names the file in diagnostics. Hidden
 * sheets are left out with a note. Returns NULL after reporting. */
struct workbook *workbook_load(struct arena *a, const char *path, bool ods,
	const void *data, size_t len, struct diag_list *);

/* The sheet of that name, or NULL. */
struct wb_sheet *workbook_sheet(struct workbook *, const char *name);

#endif
