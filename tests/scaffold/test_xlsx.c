/* scaffold_workbook's typing of cells, with worked examples: which texts
 * become numbers (and with which format), which stay text. The workbook is
 * read back by tests/scaffold/xlsx_read.py (Python's zipfile), not by
 * lkjip. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "scaffold/scaffold.h"

static char *read_back(const char *xlsx)
{
	char *cmd = NULL;
	if (asprintf(&cmd, "python3 tests/scaffold/xlsx_read.py %s", xlsx) < 0)
		abort();
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	char *out = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&out, &len);
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, p)) > 0)
		fwrite(buf, 1, n, m);
	fclose(m);
	assert_int_equal(pclose(p), 0);
	free(cmd);
	return out;
}

/* One data row per case: the cell in a number column (data.csv's
 * nilai), the same text in a text column (keterangan). */
static void test_cells(void **state)
{
	(void)state;
	static const char *const id[][4] = {
		{"a", "2024", "83,05", "83,05"},   /* decimal comma */
		{"b", "2024", "98,40", "98,40"},   /* shows 98,4: text */
		{"c", "2024", "2.992.759.325", "x"}, /* grouped */
		{"d", "2024", "1.234,5", "x"},     /* grouped, 1 decimal */
		{"e", "2024", "0,5", "x"},
		{"f", "2024", "-12,5", "x"},
		{"g", "2024", "007", "x"},         /* leading zero */
		{"h", "2024", "1234567890123456", "x"}, /* 16 digits */
		{"i", "2024", "73 %", "x"},        /* a unit */
		{"j", "2024", "1.1", "x"},         /* not a group of 3 */
		{"k", "2024", "NIHIL", "5"},       /* text column: 5 stays */
		{"l", "20244", "-", "x"},          /* a number; the loader
		                                      says it is no year */
	};
	struct lembar_baris rows[12];
	for (int i = 0; i < 12; i++)
		rows[i] = (struct lembar_baris){i + 2, id[i], 4};
	/* An international plain table: 1,525 is 1525, grouped; 1.525 is
	 * one and a half and a bit. */
	static const char *const hdr[] = {"Uraian", "Jumlah"};
	static const char *const en[][2] = {{"x", "1,525"}, {"y", "85.14"},
		{"z", "1.525"}};
	struct lembar_baris prow[3];
	for (int i = 0; i < 3; i++)
		prow[i] = (struct lembar_baris){i + 3, en[i], 2};
	static const char *const judul[] = {"# judul: Contoh"};
	struct lembar_baris all[4] = {{1, judul, 1}, prow[0], prow[1],
		prow[2]};
	struct lembar l[2] = {
		{"data", skema_tabel("data.csv"), 1, NULL, 0, rows, 12, NUM_ID},
		{"tabel-contoh", NULL, 2, hdr, 2, all, 4, NUM_EN},
	};
	char path[] = "/tmp/lkjip-wb-XXXXXX.xlsx";
	int fd = mkstemps(path, 5);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(scaffold_workbook(path, l, 2, 1735689600), 0);
	char *got = read_back(path);
	unlink(path);
	const char *want =
		"sheet data\n"
		"  row 1: s:seri | s:tahun | s:nilai | s:keterangan | s:uraian | "
		"s:satuan\n"
		"  row 2: s:a | n:2024 | n:83.05 | s:83,05 |  | \n"
		"  row 3: s:b | n:2024 | s:98,40 | s:98,40 |  | \n"
		"  row 4: s:c | n:2024 | n:2992759325@#,##0 | s:x |  | \n"
		"  row 5: s:d | n:2024 | n:1234.5@#,##0.0 | s:x |  | \n"
		"  row 6: s:e | n:2024 | n:0.5 | s:x |  | \n"
		"  row 7: s:f | n:2024 | n:-12.5 | s:x |  | \n"
		"  row 8: s:g | n:2024 | s:007 | s:x |  | \n"
		"  row 9: s:h | n:2024 | s:1234567890123456 | s:x |  | \n"
		"  row 10: s:i | n:2024 | s:73 % | s:x |  | \n"
		"  row 11: s:j | n:2024 | s:1.1 | s:x |  | \n"
		"  row 12: s:k | n:2024 | s:NIHIL | s:5 |  | \n"
		"  row 13: s:l | n:20244 | s:- | s:x |  | \n";
	if (strncmp(got, want, strlen(want)) != 0)
		fail_msg("got:\n%s\nwant:\n%s", got, want);
	const char *plain = strstr(got, "sheet tabel-contoh\n");
	assert_non_null(plain);
	assert_string_equal(plain,
		"sheet tabel-contoh\n"
		"  row 1: s:# judul: Contoh | \n"
		"  row 2: s:Uraian | s:Jumlah\n"
		"  row 3: s:x | n:1525@#,##0\n"
		"  row 4: s:y | n:85.14\n"
		"  row 5: s:z | n:1.525\n");
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cells),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
