/* The schema (model/schema.h) against the loader: the loader keeps its own
 * column lists and enumerations, so each schema table is written as a CSV
 * into a copy of the good report and loaded: every schema column is
 * accepted, a required one left out is "missing column", an optional one
 * left out is not, and a value outside an enumeration is refused with the
 * loader's list, which must be the schema's, in its order. Also
 * model_data_mentah on the good report, with its cells written out. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "model/schema.h"
#include "util/path.h"

#include "../tmpcopy.h"

#define GOOD "tests/data/model/good"

static int setup(void **state)
{
	(void)state;
	return tmpcopy_setup(GOOD);
}

/* Every diagnostic of loading r1, one per line, the temp dir as X. */
static char *load_diags(void)
{
	char dir[512];
	snprintf(dir, sizeof dir, "%s/r1", tmpdir);
	struct diag_list *dl = diag_list_new();
	struct report *r = model_load_report(dir, dl);
	char *all = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&all, &len);
	for (size_t i = 0; i < diag_count(dl); i++) {
		char *s = diag_format(diag_get(dl, i));
		fprintf(f, "%s\n", s);
		free(s);
	}
	fclose(f);
	tmpcopy_mask(all);
	diag_list_free(dl);
	model_report_free(r);
	return all;
}

/* A header of the schema's columns, all or all but one (skip >= 0), and
 * rows given by the caller. */
static char *header(const struct skema_tabel *s, int skip)
{
	char *h = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&h, &len);
	bool first = true;
	for (size_t k = 0; k < s->nkolom; k++) {
		if ((int)k == skip)
			continue;
		fprintf(f, "%s%s", first ? "" : ",", s->kolom[k].nama);
		first = false;
	}
	fputc('\n', f);
	fclose(f);
	return h;
}

/* Puts back the good files the case replaced. */
static void restore(void)
{
	tmpcopy_teardown(NULL);
	assert_int_equal(tmpcopy_setup(GOOD), 0);
}

static void test_every_column_is_known(void **state)
{
	(void)state;
	for (size_t i = 0; i < SKEMA_NDATA; i++) {
		const struct skema_tabel *s = &SKEMA_DATA[i];
		char rel[64];
		snprintf(rel, sizeof rel, "r1/%s", s->berkas);
		char *h = header(s, -1);
		put(rel, h);
		free(h);
		char *d = load_diags();
		if (strstr(d, "unknown column") != NULL ||
				strstr(d, "missing column") != NULL)
			fail_msg("%s with every schema column: %s", s->berkas, d);
		free(d);
		for (size_t k = 0; k < s->nkolom; k++) {
			h = header(s, (int)k);
			put(rel, h);
			free(h);
			d = load_diags();
			char want[160];
			snprintf(want, sizeof want, "X/r1/%s:1: error: missing "
				"column \"%s\"\n", s->berkas, s->kolom[k].nama);
			bool missing = strstr(d, want) != NULL;
			if (missing != s->kolom[k].wajib)
				fail_msg("%s without %s: the schema says %s, the "
					"loader: %s", s->berkas, s->kolom[k].nama,
					s->kolom[k].wajib ? "required" : "optional", d);
			free(d);
		}
		restore();
	}
}

static void test_enumerations_agree(void **state)
{
	(void)state;
	size_t lists = 0;
	for (size_t i = 0; i < SKEMA_NDATA; i++) {
		const struct skema_tabel *s = &SKEMA_DATA[i];
		for (size_t k = 0; k < s->nkolom; k++) {
			const struct skema_kolom *c = &s->kolom[k];
			if (c->pilihan == NULL)
				continue;
			lists++;
			/* One row: zzz in the enumerated column, a year, a
			 * number or a word elsewhere. */
			char *h = header(s, -1), *row = NULL;
			size_t len = 0;
			FILE *f = open_memstream(&row, &len);
			fputs(h, f);
			for (size_t j = 0; j < s->nkolom; j++)
				fprintf(f, "%s%s", j ? "," : "", j == k ? "zzz" :
					s->kolom[j].jenis == KOLOM_TAHUN ? "2024" :
					s->kolom[j].jenis == KOLOM_ANGKA ? "1" :
					"T1");
			fputc('\n', f);
			fclose(f);
			char rel[64];
			snprintf(rel, sizeof rel, "r1/%s", s->berkas);
			put(rel, row);
			free(h);
			free(row);
			char want[512] = "expected one of ";
			for (const char *const *p = c->pilihan; *p; p++)
				snprintf(want + strlen(want), sizeof want -
					strlen(want), "%s%s", p == c->pilihan ? "" :
					", ", *p);
			strcat(want, ", found \"zzz\"");
			char *d = load_diags();
			if (strstr(d, want) == NULL)
				fail_msg("%s, column %s: want \"%s\", the loader "
					"said: %s", s->berkas, c->nama, want, d);
			free(d);
			restore();
		}
	}
	/* tingkat, polaritas, sifat, iku, kelompok, jenis (belanja),
	 * besaran, sifat (pagu_renstra). */
	assert_int_equal(lists, 8);
}

static void test_data_mentah(void **state)
{
	(void)state;
	char dir[512];
	snprintf(dir, sizeof dir, "%s/r1", tmpdir);
	struct diag_list *dl = diag_list_new();
	struct report *r = model_load_report(dir, dl);
	assert_non_null(r);
	size_t n;
	struct tabel_mentah *t = model_data_mentah(r, &n, dl);
	assert_int_equal(diag_errors(dl), 0);
	/* The good report holds the three required files, in schema
	 * order, as typed. */
	assert_int_equal(n, 3);
	assert_string_equal(t[0].skema->lembar, "indikator");
	assert_string_equal(t[1].skema->lembar, "kinerja");
	assert_string_equal(t[2].skema->lembar, "anggaran");
	assert_int_equal(t[0].ncol, 8);
	assert_string_equal(t[0].header[3], "uraian");
	assert_string_equal(t[0].baris[0][0], "T1");
	assert_string_equal(t[0].baris[1][2], "T1");
	assert_int_equal(t[2].conv, NUM_ID);
	model_report_free(r);
	diag_list_free(dl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_every_column_is_known,
			setup, tmpcopy_teardown),
		cmocka_unit_test_setup_teardown(test_enumerations_agree,
			setup, tmpcopy_teardown),
		cmocka_unit_test_setup_teardown(test_data_mentah, setup,
			tmpcopy_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
