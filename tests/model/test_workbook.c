/* The workbook reader on the small workbooks of tests/data/model/workbook/
 * (written by its make.py, which says what every cell holds): the text and
 * value each cell gives, cell by cell, in xlsx and in ods. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/workbook.h"
#include "util/path.h"

#define DIR "tests/data/model/workbook/"

struct loaded {
	struct arena *a;
	struct diag_list *dl;
	struct workbook *wb;
	char *diags; /* every diagnostic, one a line */
};

static void load(struct loaded *l, const char *file, bool ods)
{
	size_t len;
	char *buf = file_read(file, &len);
	assert_non_null(buf);
	l->a = arena_new();
	l->dl = diag_list_new();
	l->wb = workbook_load(l->a, file, ods, buf, len, l->dl);
	free(buf);
	size_t n = 0;
	FILE *f = open_memstream(&l->diags, &n);
	for (size_t i = 0; i < diag_count(l->dl); i++) {
		char *s = diag_format(diag_get(l->dl, i));
		fprintf(f, "%s\n", s);
		free(s);
	}
	fclose(f);
}

static void unload(struct loaded *l)
{
	diag_list_free(l->dl);
	arena_free(l->a);
	free(l->diags);
}

/* The text of a cell of the table: row is the spreadsheet row. */
static const char *cell(const struct csv_table *t, int row, const char *col)
{
	for (size_t i = 0; i < t->nrows; i++)
		if (t->rows[i].rownum == row)
			return csv_get(t, &t->rows[i], col);
	return NULL;
}

static const struct csv_row *row_of(const struct csv_table *t, int row)
{
	for (size_t i = 0; i < t->nrows; i++)
		if (t->rows[i].rownum == row)
			return &t->rows[i];
	fail();
	return NULL;
}

/* What both formats must give for sheet kinerja. */
static void check_kinerja(struct loaded *l, const char *hidden_note,
	const char *truth)
{
	assert_string_equal(l->diags, hidden_note);
	assert_non_null(l->wb);
	assert_int_equal(l->wb->nsheet, 1); /* rahasia is hidden */
	struct wb_sheet *s = workbook_sheet(l->wb, "kinerja");
	assert_non_null(s);
	assert_null(workbook_sheet(l->wb, "rahasia"));
	struct csv_table *t = s->t;
	static const char *const req[] = {"indikator", "tahun", NULL};
	static const char *const opt[] = {"target", "realisasi", "keterangan",
		NULL};
	static const char *const num[] = {"target", "realisasi", NULL};
	assert_true(csv_check_header(t, req, opt));
	assert_int_equal(t->header_row, 1);
	assert_int_equal(t->nrows, 5);
	/* Shared string with rich runs (the phonetic run left out). */
	assert_string_equal(cell(t, 2, "indikator"), "IKU1");
	assert_string_equal(cell(t, 2, "tahun"), "2024");
	/* 0.30000000000000004 is the 0.3 the user typed. */
	assert_string_equal(cell(t, 2, "target"), "0,3");
	/* A formula by its cached value. */
	assert_string_equal(cell(t, 2, "realisasi"), "202,4");
	/* Inline string (ods: two spaces collapse to one, as ODF says). */
	assert_string_equal(cell(t, 2, "keterangan"), "Capaian 98,95 %");
	/* Text cells are read as the CSV would be: Indonesian here. */
	assert_string_equal(cell(t, 3, "target"), "1.525,50");
	assert_string_equal(cell(t, 3, "realisasi"), "1,525.50");
	/* Dates: a serial with a date format (xlsx), a date-value (ods). */
	assert_string_equal(cell(t, 3, "keterangan"), "2024-12-31");
	assert_string_equal(cell(t, 4, "keterangan"), "2024-01-01");
	/* Percent: 0.85 shown 85 %. Grouping from the cell's format. */
	assert_string_equal(cell(t, 4, "target"), "85 %");
	assert_string_equal(cell(t, 4, "realisasi"), "1.234.567,5");
	/* The merged A5:A6 gives IKU4 to both rows. */
	assert_string_equal(cell(t, 5, "indikator"), "IKU4");
	assert_string_equal(cell(t, 6, "indikator"), "IKU4");
	assert_string_equal(cell(t, 6, "tahun"), "2024");
	/* A boolean: its text (LibreOffice's ODS makes TRUE a formula
	 * =TRUE() with the number 1). */
	assert_string_equal(cell(t, 5, "keterangan"), truth);

	/* Values: a numeric cell whatever the convention, a text cell by
	 * the file's (Indonesian, settled by "1.525,50"). */
	csv_settle_convention(t, NUM_UNDECIDED, num);
	assert_int_equal(t->conv, NUM_ID);
	struct nilai v = csv_nilai(l->a, t, row_of(t, 2), "target", false);
	assert_true(v.ada);
	assert_int_equal(v.d.m, 3);
	assert_int_equal(v.d.scale, 1);
	v = csv_nilai(l->a, t, row_of(t, 2), "realisasi", false);
	assert_int_equal(v.d.m, 2024);
	assert_int_equal(v.d.scale, 1);
	v = csv_nilai(l->a, t, row_of(t, 3), "target", false);
	assert_int_equal(v.d.m, 152550);
	assert_int_equal(v.d.scale, 2);
	v = csv_nilai(l->a, t, row_of(t, 4), "target", false);
	assert_true(v.ada);
	assert_true(v.v == 85.0);
	assert_string_equal(v.unit, "%");
	v = csv_nilai(l->a, t, row_of(t, 4), "realisasi", false);
	assert_int_equal(v.d.m, 12345675);
	assert_int_equal(v.d.scale, 1);
	/* "1,525.50" beside "1.525,50": conflicting conventions in text
	 * cells, reported at the cell once, as in a CSV file. */
	assert_int_equal(diag_errors(l->dl), 1);
	char *msg = diag_format(diag_get(l->dl, diag_count(l->dl) - 1));
	assert_non_null(strstr(msg, ": sheet kinerja, cell D3 (realisasi): "
		"error: \"1,525.50\" is written the international way, but the "
		"cell at row 3, column \"target\" is written the Indonesian "
		"way"));
	free(msg);
	v = csv_nilai(l->a, t, row_of(t, 3), "realisasi", false);
	assert_false(v.ada);
	assert_int_equal(diag_errors(l->dl), 1);
}

static void test_xlsx(void **state)
{
	(void)state;
	struct loaded l;
	load(&l, DIR "cells.xlsx", false);
	check_kinerja(&l, DIR "cells.xlsx: sheet rahasia: note: the sheet is "
		"hidden: lkjip ignores it\n", "TRUE");
	unload(&l);
}

static void test_xlsx_prefixed(void **state)
{
	(void)state;
	struct loaded l;
	load(&l, DIR "prefixed.xlsx", false);
	check_kinerja(&l, DIR "prefixed.xlsx: sheet rahasia: note: the sheet "
		"is hidden: lkjip ignores it\n", "TRUE");
	unload(&l);
}

/* cells.xlsx opened and saved by LibreOffice 7.4 (soffice --headless
 * --convert-to xlsx / ods): a real writer's styles, shared formulas,
 * column styles and repeats; kept as files, as LibreOffice is not a
 * build dependency. */
static void test_libreoffice(void **state)
{
	(void)state;
	struct loaded l;
	load(&l, DIR "libreoffice-cells.xlsx", false);
	check_kinerja(&l, DIR "libreoffice-cells.xlsx: sheet rahasia: note: "
		"the sheet is hidden: lkjip ignores it\n", "TRUE");
	unload(&l);
	load(&l, DIR "libreoffice-cells.ods", true);
	check_kinerja(&l, DIR "libreoffice-cells.ods: sheet rahasia: note: "
		"the sheet is hidden: lkjip ignores it\n", "1");
	unload(&l);
}

static void test_ods(void **state)
{
	(void)state;
	struct loaded l;
	load(&l, DIR "cells.ods", true);
	check_kinerja(&l, DIR "cells.ods: sheet rahasia: note: the sheet is "
		"hidden: lkjip ignores it\n", "TRUE");
	unload(&l);
}

static void test_formula_without_value(void **state)
{
	(void)state;
	struct loaded l;
	load(&l, DIR "nocache.xlsx", false);
	assert_null(l.wb);
	/* Named with its column, as any cell's error is. */
	assert_string_equal(l.diags, DIR "nocache.xlsx: sheet kinerja, cell "
		"D2 (realisasi): error: a formula without a cached value: lkjip "
		"never "
		"computes formulas; open the workbook in Excel or LibreOffice "
		"and save it\n");
	unload(&l);
}

/* openpyxl writes a formula as <f>..</f><v></v>: an empty cached value
 * in a numeric cell is no value (it read as an empty cell, so the
 * realisasi vanished without a word). */
static void test_formula_empty_value(void **state)
{
	(void)state;
	struct loaded l;
	load(&l, DIR "nocache-empty.xlsx", false);
	assert_null(l.wb);
	assert_string_equal(l.diags, DIR "nocache-empty.xlsx: sheet kinerja, "
		"cell D2 (realisasi): error: a formula without a cached value: "
		"lkjip never "
		"computes formulas; open the workbook in Excel or LibreOffice "
		"and save it\n");
	unload(&l);
}

/* The column of dates of sheet tabel-tanggal, one a line. */
static char *dates(const char *file)
{
	struct loaded l;
	load(&l, file, false);
	assert_string_equal(l.diags, "");
	struct csv_table *t = workbook_sheet(l.wb, "tabel-tanggal")->t;
	char *all = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&all, &n);
	for (size_t i = 0; i < t->nrows; i++)
		fprintf(f, "%s\n", t->rows[i].cell[0]);
	fclose(f);
	unload(&l);
	return all;
}

static void test_dates(void **state)
{
	(void)state;
	/* 1900 system: serial 60 is the 29 February 1900 Excel shows (a
	 * day that never was); from 61 on the days are one off. */
	char *got = dates(DIR "dates.xlsx");
	assert_string_equal(got, "1900-01-01\n1900-02-28\n1900-02-29\n"
		"1900-03-01\n2024-12-31 12:00:00\n9999-12-31\n");
	free(got);
	got = dates(DIR "dates1904.xlsx");
	assert_string_equal(got, "1904-01-01\n1904-01-02\n");
	free(got);
}

/* A negative number keeps the hyphen-minus a CSV file has, grouped or
 * not (the report's own figures use U+2212; a cell is shown as written). */
static void test_negative(void **state)
{
	(void)state;
	struct loaded l;
	load(&l, DIR "negatif.xlsx", false);
	assert_string_equal(l.diags, "");
	struct csv_table *t = workbook_sheet(l.wb, "tabel-negatif")->t;
	assert_int_equal(t->nrows, 2);
	assert_string_equal(t->rows[0].cell[0], "-1.234.567,5");
	assert_string_equal(t->rows[1].cell[0], "-12");
	assert_string_equal(t->rows[0].numeric[0], "-1234567.5");
	unload(&l);
}

/* The seam itself: a sheet declaring the international convention reads
 * its text cells that way; numeric cells are the same either way. */
static void test_convention_en(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct diag_list *dl = diag_list_new();
	const char *r1[] = {"# angka: internasional"};
	const char *r2[] = {"indikator", "tahun", "target", "realisasi"};
	const char *r3[] = {"IKU1", "2024", "1,525.50", "1.234,5"};
	const char *n3[] = {NULL, "2024", NULL, "1234.5"};
	struct csv_cells rows[] = {{r1, NULL, 1}, {r2, NULL, 4}, {r3, n3, 4}};
	struct csv_table *t = csv_from_cells(a, "data.xlsx", "kinerja", rows,
		3, dl);
	assert_non_null(t);
	assert_int_equal(t->header_row, 2);
	static const char *const num[] = {"target", "realisasi", NULL};
	csv_settle_convention(t, NUM_ID, num);
	assert_int_equal(t->conv, NUM_EN);
	struct nilai v = csv_nilai(a, t, &t->rows[0], "target", false);
	assert_int_equal(v.d.m, 152550);
	assert_int_equal(v.d.scale, 2);
	v = csv_nilai(a, t, &t->rows[0], "realisasi", false);
	assert_int_equal(v.d.m, 12345);
	assert_int_equal(v.d.scale, 1);
	assert_string_equal(v.teks, "1.234,5");
	assert_int_equal(diag_count(dl), 0);
	/* A position in it: the sheet and the cell. */
	char *s = diag_format(&(struct diag){DIAG_ERROR, csv_pos(t,
		&t->rows[0], "realisasi"), "x"});
	assert_string_equal(s, "data.xlsx: sheet kinerja, cell D3 "
		"(realisasi): error: x");
	free(s);
	diag_list_free(dl);
	arena_free(a);
}

static void test_not_a_zip(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct diag_list *dl = diag_list_new();
	static const char junk[] = "indikator,tahun\nIKU1,2024\n";
	assert_null(workbook_load(a, "data.xlsx", false, junk, sizeof junk - 1,
		dl));
	assert_int_equal(diag_count(dl), 1);
	char *s = diag_format(diag_get(dl, 0));
	assert_string_equal(s, "data.xlsx: error: not a readable Excel "
		"workbook (a zip): Not a zip archive; save it again from Excel "
		"or LibreOffice");
	free(s);
	/* An .xls renamed, or a workbook saved with a password. */
	static const char ole[] = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest";
	assert_null(workbook_load(a, "data.xlsx", false, ole, sizeof ole - 1,
		dl));
	s = diag_format(diag_get(dl, 1));
	assert_string_equal(s, "data.xlsx: error: an old Excel .xls file or a "
		"workbook with a password, not an .xlsx: save it as an Excel "
		"Workbook (.xlsx) without a password");
	free(s);
	diag_list_free(dl);
	arena_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_xlsx),
		cmocka_unit_test(test_xlsx_prefixed),
		cmocka_unit_test(test_ods),
		cmocka_unit_test(test_libreoffice),
		cmocka_unit_test(test_formula_without_value),
		cmocka_unit_test(test_formula_empty_value),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_negative),
		cmocka_unit_test(test_convention_en),
		cmocka_unit_test(test_not_a_zip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
