/* {{tabel seri}} (src/doc/tables_seri.c) on tests/data/doc/mini/data.csv:
 * koperasi_aktif 690 (2020), none for 2021, 705, 718, 726 (2024);
 * um_baru 12 (2022), 0, 9 (2024). Every cell with its number written
 * out. */
#include "test_tables_fixture.h"

#define SP NUM_NBSP
#define MINUS NUM_MINUS

/* {{tabel seri SERI opts...}} */
static struct doc_node *seri(struct fx *f, const char *list, ...)
{
	struct directive d = fx_directive("tabel", "seri", NULL);
	d.arg2 = list;
	va_list ap;
	va_start(ap, list);
	const char *k;
	while ((k = va_arg(ap, const char *)) != NULL) {
		d.opt[d.nopt].key = k;
		d.opt[d.nopt].value = va_arg(ap, const char *);
		d.nopt++;
	}
	va_end(ap);
	const struct block_def *def = fx_def(TABLE_DEFS, NTABLE_DEFS, "seri");
	assert_non_null(def);
	return def->build(&f->ctx, &d);
}

/* The last diagnostic's message contains want. */
static void last_says(struct fx *f, const char *want)
{
	char *m = fx_last_error(f);
	if (strstr(m, want) == NULL)
		fail_msg("%s\n  does not say: %s", m, want);
	free(m);
}

/* Years as rows: Jombang's 718 (2023) -> 726 (2024) is selisih 8 and
 * pertumbuhan 8 / 718 x 100 = 1,114... -> 1,11 (nilai: 2 decimals). */
static void per_tahun(void **state)
{
	struct fx *f = *state;
	size_t n0 = diag_count(f->ctx.diags);
	struct doc_node *t = seri(f, "koperasi_aktif", "tahun", "2023-2024",
		"selisih", "ya", "pertumbuhan", "ya", "baris", "tahun", NULL);
	assert_non_null(t);
	assert_string_equal(t->as.fl->title,
		"Koperasi aktif Tahun 2023" NUM_RANGE_DASH "2024");
	assert_string_equal(t->as.fl->sumber, "Data diolah");
	assert_int_equal(t->as.fl->header_rows, 2);
	assert_int_equal(fx_nchild(t), 4);
	assert_string_equal(fx_cell(f, t, 0, 0), "Tahun");
	assert_int_equal(fx_celln(t, 0, 0)->as.cell.rowspan, 2);
	assert_string_equal(fx_cell(f, t, 0, 1), "Koperasi aktif (unit)");
	assert_int_equal(fx_celln(t, 0, 1)->as.cell.colspan, 3);
	assert_string_equal(fx_cell(f, t, 1, 0), "Nilai");
	assert_string_equal(fx_cell(f, t, 1, 1), "Selisih");
	assert_string_equal(fx_cell(f, t, 1, 2), "Pertumbuhan (%)");
	/* 2023: 718, against 705 (2022, outside the span but given):
	 * 13 and 13 / 705 x 100 = 1,843... */
	assert_string_equal(fx_cell(f, t, 2, 0), "2023");
	assert_string_equal(fx_cell(f, t, 2, 1), "718");
	assert_string_equal(fx_cell(f, t, 2, 2), "13");
	assert_string_equal(fx_cell(f, t, 2, 3), "1,84");
	assert_string_equal(fx_cell(f, t, 3, 1), "726");
	assert_string_equal(fx_cell(f, t, 3, 2), "8");
	assert_string_equal(fx_cell(f, t, 3, 3), "1,11");
	/* The cells keep their figures, for the site's provenance. */
	assert_string_equal(fx_celln(t, 3, 3)->fig->key,
		"data.koperasi_aktif.pertumbuhan.2024");
	assert_string_equal(fx_celln(t, 3, 3)->fig->formula,
		"($1 " MINUS " $2) " "\xc3\xb7" " $2 " "\xc3\x97" " 100");
	/* lkjip explain and the site's tooltip, down to the cells. */
	char b[512];
	figure_asal(b, sizeof b, &f->report->meta, fx_celln(t, 3, 3)->fig);
	/* The series named by its uraian, as a reader knows it. */
	assert_string_equal(b, "Pertumbuhan Koperasi aktif 2024 = "
		"(Koperasi aktif 726 " MINUS " Koperasi aktif 718) \xc3\xb7 "
		"Koperasi aktif 718 \xc3\x97 100 = 1,11" SP "% \xc2\xb7 "
		"data.csv baris 8, kolom nilai; data.csv baris 7, kolom nilai");
	assert_int_equal(diag_count(f->ctx.diags), n0); /* nothing missing */
}

/* Series as rows (the default), two series, a year missing, a fall and
 * a growth from 0. */
static void per_seri(void **state)
{
	struct fx *f = *state;
	size_t n0 = diag_count(f->ctx.diags);
	struct doc_node *t = seri(f, "koperasi_aktif,um_baru", "tahun",
		"2021-2024", "selisih", "ya", "pertumbuhan", "ya", NULL);
	assert_non_null(t);
	assert_string_equal(t->as.fl->title, "Koperasi aktif dan Usaha mikro "
		"baru Tahun 2021" NUM_RANGE_DASH "2024");
	/* No | Uraian | Satuan | 4 years x 3 = 15 columns: landscape. */
	assert_true(t->as.fl->landscape);
	assert_string_equal(fx_cell(f, t, 0, 2), "Satuan");
	assert_string_equal(fx_cell(f, t, 0, 3), "2021");
	assert_int_equal(fx_celln(t, 0, 3)->as.cell.colspan, 3);
	assert_string_equal(fx_cell(f, t, 2, 1), "Koperasi aktif");
	assert_string_equal(fx_cell(f, t, 2, 2), "unit");
	/* Columns: No, Uraian, Satuan, then Nilai, Selisih, Pertumbuhan
	 * for 2021 (3-5), 2022 (6-8), 2023 (9-11), 2024 (12-14). */
	static const char *const KOP[] = {"-", "-", "-", "705", "-", "-",
		"718", "13", "1,84", "726", "8", "1,11"};
	/* 12 -> 0 is -12 and -12 / 12 x 100 = -100; 0 -> 9 is 9, and no
	 * growth from 0: nothing is divided by 0. */
	static const char *const UM[] = {"-", "-", "-", "12", "-", "-",
		"0", MINUS "12", MINUS "100", "9", "9", "-"};
	assert_string_equal(fx_cell(f, t, 2, 1), "Koperasi aktif");
	assert_string_equal(fx_cell(f, t, 2, 2), "unit");
	assert_string_equal(fx_cell(f, t, 3, 1), "Usaha mikro baru");
	assert_string_equal(fx_cell(f, t, 3, 2), "UM");
	for (int k = 0; k < 12; k++) {
		assert_string_equal(fx_cell(f, t, 2, 3 + k), KOP[k]);
		assert_string_equal(fx_cell(f, t, 3, 3 + k), UM[k]);
	}
	/* A "-" keeps no figure; the growth from 0 is in the table, with
	 * no value. */
	assert_null(fx_celln(t, 3, 14)->fig);
	const struct figure *g = metrics_figure(f->metrics,
		"data.um_baru.pertumbuhan.2024");
	assert_non_null(g);
	assert_false(g->ada);
	/* One warning per series naming the year missing. */
	assert_int_equal(diag_count(f->ctx.diags), n0 + 2);
	last_says(f, "series \"um_baru\" has no value for 2021 in data.csv: "
		"its selisih and pertumbuhan that need it are shown as \"-\"");
}

/* Without selisih and pertumbuhan, one header row; a missing year is
 * "-" without a warning; the default span is every year the series
 * give (2020-2024); a series without uraian is headed by its name. */
static void polos(void **state)
{
	struct fx *f = *state;
	size_t n0 = diag_count(f->ctx.diags);
	struct doc_node *t = seri(f, "koperasi_aktif,tanpa_label", NULL);
	assert_non_null(t);
	assert_int_equal(t->as.fl->header_rows, 1);
	assert_string_equal(fx_cell(f, t, 0, 3), "2020");
	assert_string_equal(fx_cell(f, t, 0, 7), "2024");
	assert_string_equal(fx_cell(f, t, 1, 3), "690");
	assert_string_equal(fx_cell(f, t, 1, 4), "-");
	assert_string_equal(fx_cell(f, t, 2, 1), "tanpa_label");
	assert_string_equal(fx_cell(f, t, 2, 2), "-"); /* no satuan */
	assert_string_equal(fx_cell(f, t, 2, 7), "3");
	assert_int_equal(diag_count(f->ctx.diags), n0);
	/* tahun= as a list. */
	t = seri(f, "um_baru", "tahun", "2022,2024", "selisih", "ya", NULL);
	assert_non_null(t);
	assert_string_equal(fx_cell(f, t, 2, 3), "12");
	assert_string_equal(fx_cell(f, t, 2, 6), "9"); /* 2024's selisih */
}

static void errors(void **state)
{
	struct fx *f = *state;
	assert_null(seri(f, "koperasi_aktip", NULL));
	last_says(f, "no series \"koperasi_aktip\" in data.csv; did you "
		"mean \"koperasi_aktif\"?");
	assert_null(seri(f, NULL, NULL));
	last_says(f, "{{tabel seri}} needs the series of data.csv to show");
	assert_null(seri(f, "um_baru,um_baru", NULL));
	last_says(f, "series \"um_baru\" is named twice");
	assert_null(seri(f, "um_baru", "tahun", "2024-2020", NULL));
	last_says(f, "tahun=\"2024-2020\" is not a span of years");
	assert_null(seri(f, "um_baru", "tahun", "2000-2024", NULL));
	last_says(f, "spans 25 years; a table shows at most 15");
	assert_null(seri(f, "um_baru", "tahun", "2024,2022", NULL));
	last_says(f, "the years of tahun=\"2024,2022\" must rise");
	assert_null(seri(f, "um_baru", "baris", "kolom", NULL));
	last_says(f, "option baris: expected seri");
	assert_null(seri(f, "um_baru", "selisih", "yes", NULL));
	last_says(f, "option selisih: expected ya or tidak, found \"yes\"");
	/* Every error is at the directive. */
	const struct diag *d = diag_get(f->ctx.diags,
		diag_count(f->ctx.diags) - 1);
	assert_string_equal(d->pos.file, "bab/30-akuntabilitas.md");
	assert_int_equal(d->pos.line, 12);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(per_tahun),
		cmocka_unit_test(per_seri),
		cmocka_unit_test(polos),
		cmocka_unit_test(errors),
	};
	return cmocka_run_group_tests(tests, fx_setup, fx_teardown);
}
