/* The Markdown walker on a small hand-built tree: chapter and section
 * headings, escaping, emphasis, a nested list, a table with a two-row
 * header (rowspan + colspan), a chart as caption + data table, signature.
 * The golden text below was reviewed by eye. */
#define _GNU_SOURCE
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "doc/doc.h"
#include "export/export.h"
#include "util/arena.h"

static struct doc_node *add(struct doc *d, struct doc_node *parent,
	enum doc_type t)
{
	struct doc_node *n = doc_node_new(d, t);
	doc_append(parent, n);
	return n;
}

static struct doc_node *cell(struct doc *d, struct doc_node *row,
	const char *s, bool numeric)
{
	struct doc_node *c = add(d, row, DOC_CELL);
	c->as.cell.header = row->as.row.header;
	c->as.cell.numeric = numeric;
	doc_append(c, doc_text(d, s));
	return c;
}

static const char *const cats[] = {"IKU1", "IKU2"};
static const double target[] = {70, 2}, real[] = {76, NAN};
static const struct chart_series series[] = {
	{"Target", target},
	{"Realisasi", real},
};
static const struct chart chart = {
	.kind = CHART_BAR,
	.title = "Target dan Realisasi",
	.unit = CHART_UNIT_NUMBER,
	.decimals = 2,
	.categories = (const char **)cats,
	.ncategories = 2,
	.series = series,
	.nseries = 2,
};

static struct doc *small_doc(void)
{
	struct doc *d = calloc(1, sizeof *d);
	d->arena = arena_new();
	d->title = "Laporan Kinerja Tahun 2024";
	d->author = "Dinas \"Contoh\"";
	d->lang = "id";
	d->root = doc_node_new(d, DOC_DOCUMENT);

	struct doc_node *toc = add(d, d->root, DOC_TOC);
	toc->as.toc.title = "DAFTAR ISI";
	struct doc_node *ch = add(d, d->root, DOC_CHAPTER);
	ch->as.chapter.number = "BAB III";
	ch->as.chapter.title = "AKUNTABILITAS KINERJA";
	ch->id = "bab-iii";
	struct doc_node *h = add(d, ch, DOC_HEADING);
	h->as.heading.level = 2;
	h->as.heading.title = "A. Capaian";
	doc_append(h, doc_text(d, "A. Capaian"));

	struct doc_node *p = add(d, ch, DOC_PARAGRAPH);
	doc_append(p, doc_text(d, "Capaian "));
	struct doc_node *s = add(d, p, DOC_STRONG);
	doc_append(s, doc_text(d, "108,57 %"));
	doc_append(p, doc_text(d, " (R/T x 100) untuk *semua* [IKU]_1"));
	doc_append(p, doc_node_new(d, DOC_SOFTBREAK));
	struct doc_node *x = add(d, p, DOC_XREF);
	x->as.xref.label = "Tabel 3.1";
	x->as.xref.target = "tabel-3-1";
	doc_append(p, doc_text(d, "."));

	struct doc_node *l = add(d, ch, DOC_LIST);
	l->as.list.tight = true;
	struct doc_node *it = add(d, l, DOC_ITEM);
	doc_append(add(d, it, DOC_PARAGRAPH), doc_text(d, "Sasaran 1"));
	struct doc_node *l2 = add(d, it, DOC_LIST);
	l2->as.list.tight = true;
	l2->as.list.ordered = true;
	struct doc_node *it2 = add(d, l2, DOC_ITEM);
	doc_append(add(d, it2, DOC_PARAGRAPH), doc_text(d, "IKU1"));
	it = add(d, l, DOC_ITEM);
	doc_append(add(d, it, DOC_PARAGRAPH), doc_text(d, "Sasaran 2"));

	struct doc_node *t = add(d, ch, DOC_TABLE);
	t->id = "tabel-3-1";
	t->as.fl = arena_alloc(d->arena, sizeof *t->as.fl);
	t->as.fl->label = "Tabel 3.1";
	t->as.fl->title = "Capaian";
	t->as.fl->sumber = "Data diolah";
	t->as.fl->header_rows = 2;
	struct doc_node *r = add(d, t, DOC_ROW);
	r->as.row.header = true;
	cell(d, r, "Kode", false)->as.cell.rowspan = 2;
	cell(d, r, "Tahun 2024", false)->as.cell.colspan = 2;
	r = add(d, t, DOC_ROW);
	r->as.row.header = true;
	cell(d, r, "Target", false);
	cell(d, r, "Realisasi", false);
	r = add(d, t, DOC_ROW);
	cell(d, r, "IKU1", false);
	cell(d, r, "70", true);
	cell(d, r, "76 | 78", true);

	struct doc_node *f = add(d, ch, DOC_FIGURE);
	f->as.fl = arena_alloc(d->arena, sizeof *f->as.fl);
	f->as.fl->label = "Gambar 3.1";
	f->as.fl->title = "Target dan Realisasi";
	f->as.fl->chart = &chart;

	struct doc_node *sg = add(d, ch, DOC_SIGNATURE);
	sg->as.sig = arena_alloc(d->arena, sizeof *sg->as.sig);
	sg->as.sig->tempat_tanggal = "Magetan, 14 Februari 2025";
	sg->as.sig->jabatan = "KEPALA DINAS";
	sg->as.sig->nama = "Nama Kepala";
	sg->as.sig->nip = "NIP. 1";
	/* A tree doc_build could have made (doc_node_check): a test of a
	 * backend on a shape the builder never makes would prove little. */
	if (doc_node_check(d->root, NULL) != 0)
		abort();
	return d;
}

static const char GOLDEN[] =
	"---\n"
	"title: \"Laporan Kinerja Tahun 2024\"\n"
	"author: \"Dinas \\\"Contoh\\\"\"\n"
	"lang: \"id\"\n"
	"---\n"
	"\n"
	"# BAB III AKUNTABILITAS KINERJA\n"
	"\n"
	"## A. Capaian\n"
	"\n"
	"Capaian **108,57 %** (R/T x 100) untuk \\*semua\\* \\[IKU\\]\\_1\n"
	"Tabel 3.1.\n"
	"\n"
	"- Sasaran 1\n"
	"  1. IKU1\n"
	"- Sasaran 2\n"
	"\n"
	"**Tabel 3.1 Capaian**\n"
	"\n"
	"| Kode | Tahun 2024 Target | Tahun 2024 Realisasi |\n"
	"| --- | ---: | ---: |\n"
	"| IKU1 | 70 | 76 \\| 78 |\n"
	"\n"
	"*Sumber: Data diolah*\n"
	"\n"
	"**Gambar 3.1 Target dan Realisasi**\n"
	"\n"
	"| Uraian | Target | Realisasi |\n"
	"| --- | ---: | ---: |\n"
	"| IKU1 | 70,00 | 76,00 |\n"
	"| IKU2 | 2,00 | - |\n"
	"\n"
	"Magetan, 14 Februari 2025  \n"
	"KEPALA DINAS  \n"
	"**Nama Kepala**  \n"
	"NIP. 1\n"
	"\n";

static void test_golden(void **state)
{
	(void)state;
	struct doc *d = small_doc();
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_int_equal(export_markdown(d, f), 0);
	fclose(f);
	if (strcmp(buf, GOLDEN) != 0)
		fprintf(stderr, "--- got:\n%s--- end\n", buf);
	assert_string_equal(buf, GOLDEN);
	free(buf);
	arena_free(d->arena);
	free(d);
}

/* An image figure is written with its path as the chapter gave it,
 * relative to the report folder, never the path lkjip opened (which
 * depends on where it was run). */
static void test_image_path(void **state)
{
	(void)state;
	struct doc *d = calloc(1, sizeof *d);
	d->arena = arena_new();
	d->root = doc_node_new(d, DOC_DOCUMENT);
	struct doc_node *ch = add(d, d->root, DOC_CHAPTER);
	ch->as.chapter.title = "BAB I";
	struct doc_node *f = add(d, ch, DOC_FIGURE);
	f->as.fl = arena_alloc(d->arena, sizeof *f->as.fl);
	f->as.fl->label = "Gambar 1.1";
	f->as.fl->title = "Struktur";
	f->as.fl->alt = "Bagan";
	f->as.fl->image = "/home/staf/content/r/gambar/struktur.png";
	f->as.fl->url = "gambar/struktur.png";
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	assert_int_equal(export_markdown(d, out), 0);
	fclose(out);
	assert_non_null(strstr(buf, "![Bagan](gambar/struktur.png)\n"));
	assert_null(strstr(buf, "/home/staf"));
	free(buf);
	arena_free(d->arena);
	free(d);
}

/* Small multiples: a table per panel, headed by the panel's title; a
 * label the chart was given (the figure as the tables print it) is
 * written as given. */
static void test_panels(void **state)
{
	(void)state;
	static const char *const years[] = {"2023", "2024"};
	static const double t1[] = {70, 70}, r1[] = {40, 76};
	static const double t2[] = {1, 2}, r2[] = {1, 3};
	static const struct chart_series s1[] = {{"Target", t1},
		{"Realisasi", r1}};
	static const struct chart_series s2[] = {{"Target", t2},
		{"Realisasi", r2}};
	static const char *const lr1[] = {"40 %", "76 %"};
	static const char *const *const lb1[] = {NULL, lr1};
	const struct chart panels[] = {
		{.kind = CHART_BAR, .title = "Koperasi sehat (%)",
		 .unit = CHART_UNIT_PERCENT, .categories = (const char **)years,
		 .ncategories = 2, .series = s1, .nseries = 2, .labels = lb1},
		{.kind = CHART_BAR, .title = "Usaha mikro naik kelas (UM)",
		 .unit = CHART_UNIT_NUMBER, .categories = (const char **)years,
		 .ncategories = 2, .series = s2, .nseries = 2},
	};
	const struct chart grid = {.kind = CHART_BAR, .panels = panels,
		.npanels = 2};
	struct doc *d = calloc(1, sizeof *d);
	d->arena = arena_new();
	d->root = doc_node_new(d, DOC_DOCUMENT);
	struct doc_node *ch = add(d, d->root, DOC_CHAPTER);
	ch->as.chapter.title = "BAB III";
	struct doc_node *f = add(d, ch, DOC_FIGURE);
	f->as.fl = arena_alloc(d->arena, sizeof *f->as.fl);
	f->as.fl->label = "Gambar 3.1";
	f->as.fl->title = "Target dan Realisasi";
	f->as.fl->chart = &grid;
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	assert_int_equal(export_markdown(d, out), 0);
	fclose(out);
	assert_non_null(strstr(buf, "**Gambar 3.1 Target dan Realisasi**\n\n"
		"| Koperasi sehat (%) | Target | Realisasi |\n"
		"| --- | ---: | ---: |\n"
		"| 2023 | 70" NUM_NBSP "% | 40 % |\n"
		"| 2024 | 70" NUM_NBSP "% | 76 % |\n\n"
		"| Usaha mikro naik kelas (UM) | Target | Realisasi |\n"
		"| --- | ---: | ---: |\n"
		"| 2023 | 1 | 1 |\n"
		"| 2024 | 2 | 3 |\n"));
	free(buf);
	arena_free(d->arena);
	free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_golden),
		cmocka_unit_test(test_image_path),
		cmocka_unit_test(test_panels),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
