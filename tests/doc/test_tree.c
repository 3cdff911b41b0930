/* doc_node_check (src/doc/tree.c): the trees of both samples pass it, and
 * each kind of fault put into a built tree by hand is caught and named. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "model/model.h"

#define MAGETAN "content/magetan-diskopukm-2024"
#define JOMBANG "content/jombang-diskopum-2024"

struct built {
	struct report *r;
	struct doc *d;
	struct diag_list *dl;
};

static struct built build(const char *dir)
{
	struct built b = { NULL, NULL, diag_list_new() };
	b.r = model_load_report(dir, b.dl);
	assert_non_null(b.r);
	b.d = doc_build(b.r, b.dl);
	assert_non_null(b.d);
	assert_int_equal(diag_errors(b.dl), 0);
	return b;
}

static void built_free(struct built *b)
{
	doc_free(b->d);
	model_report_free(b->r);
	diag_list_free(b->dl);
}

static size_t count(const struct doc *d, enum doc_type t)
{
	struct doc_iter it;
	struct doc_node *n;
	size_t k = 0;
	doc_iter_init(&it, d->root);
	while (doc_iter_next(&it, &n) != DOC_DONE)
		if (it.ev == DOC_ENTER && n->type == t)
			k++;
	return k;
}

/* The first node of type t at or after n in document order. */
static struct doc_node *find(struct doc_node *root, enum doc_type t,
	size_t skip)
{
	struct doc_iter it;
	struct doc_node *n;
	doc_iter_init(&it, root);
	while (doc_iter_next(&it, &n) != DOC_DONE)
		if (it.ev == DOC_ENTER && n->type == t && skip-- == 0)
			return n;
	fail_msg("no %s node", doc_type_name(t));
	return NULL;
}

/* Checks the tree, expecting faults; the first message must hold want. */
static void expect_fault(struct doc *d, const char *want)
{
	struct diag_list *dl = diag_list_new();
	size_t n = doc_node_check(d->root, dl);
	assert_true(n >= 1);
	assert_int_equal(diag_errors(dl), n < 20 ? n : 20);
	const char *msg = diag_get(dl, 0)->message;
	if (strstr(msg, want) == NULL)
		fail_msg("\"%s\" does not say \"%s\"", msg, want);
	diag_list_free(dl);
}

static void test_samples_pass(void **state)
{
	(void)state;
	struct built m = build(MAGETAN);
	assert_int_equal(doc_node_check(m.d->root, m.dl), 0);
	assert_int_equal(diag_errors(m.dl), 0);
	/* What it walked: the counts --dump-tree shows for the sample. */
	assert_int_equal(count(m.d, DOC_CHAPTER), 7);
	assert_int_equal(count(m.d, DOC_TABLE), 37);
	/* {{tabel indikator-tujuan}} (issue 13): 2 header rows of 7 + 3
	 * cells and its 2 indicators' rows of 9 + 7, where the plain table
	 * it replaced had 3 rows of 6 cells. */
	/* Issue 14: the plain tables renja-2024 (7 rows of 5 cells) and
	 * program-penunjang (16 rows of 6) became {{tabel indikator}} (7
	 * rows of 4) and {{tabel anggaran}} (16 rows of 4), and
	 * pegawai-jenis-kelamin (4 rows of 3, its typed total among them)
	 * {{tabel seri}} (3 rows of 3): 1 row and 7 + 32 + 3 cells fewer
	 * (kategori-kesehatan-koperasi, 6 rows of 3, stays 6 rows of 3). */
	/* The plain table renstra-program-kegiatan (a header and 74 rows
	 * of 12 cells) became {{tabel renstra-program}}: a two-row header
	 * of 9 + 8 cells and 74 rows of 13 (the satuan split from the
	 * indicator): 1 row and 979 - 900 = 79 cells more. */
	assert_int_equal(count(m.d, DOC_ROW), 396);
	assert_int_equal(count(m.d, DOC_CELL), 2819);
	assert_int_equal(count(m.d, DOC_XREF), 19);
	assert_int_equal(count(m.d, DOC_FIGURE), 4);
	built_free(&m);

	struct built j = build(JOMBANG);
	assert_int_equal(doc_node_check(j.d->root, j.dl), 0);
	/* indikator-periode-lalu keeps 2022-2023 (10 rows of 5 cells, was 14
	 * of 7); its 2024 programme indicators are {{tabel anggaran
	 * tingkat=program}} (8 rows of 6), referred to once more: one table,
	 * one xref and, by chance, no cell more. */
	/* efisiensi-sdm and efisiensi-sarpras (2 rows of 7 each, their
	 * mean capaian typed, 139,79 where the data give 126,93) became one
	 * {{tabel seri jumlah_pegawai,jumlah_sarpras baris=tahun}}: a
	 * two-row header of 3 + 6 cells and 2 rows of 7 = 23 cells where
	 * there were 28. */
	assert_int_equal(count(j.d, DOC_TABLE), 26);
	/* The plain table pegawai-abk (38 rows, 190 cells, its 5 unit
	 * headings among them) became {{tabel pegawai kelompok=jabatan}}:
	 * a header of 5, 31 rows of 5 and a total row of 4 = 164 cells. */
	/* tabel/rencana-kinerja-tahunan.csv (53 rows of 7 = 371 cells)
	 * became {{tabel rkt}}: a two-row header of 5 + 4, 4 sasaran rows
	 * and 47 lines of 7, a Jumlah row of 4 = 370 cells; {{tabel
	 * program}} went down to kegiatan, which anggaran.csv now lists for
	 * every programme: 8 kegiatan rows of 7 more, 5 sub kegiatan rows
	 * fewer (131 -> 152 cells). */
	/* kemajuan-program (a header and 7 rows of 5, its kemajuan typed)
	 * became {{tabel anggaran tingkat=program kolom=no,...,kemajuan}}:
	 * 8 rows of 6, 8 cells more. */
	assert_int_equal(count(j.d, DOC_CELL), 2475);
	assert_int_equal(count(j.d, DOC_XREF), 24);
	built_free(&j);
}

static void test_payload_faults(void **state)
{
	(void)state;
	struct built b = build(MAGETAN);
	struct doc *d = b.d;

	struct doc_node *cell = find(d->root, DOC_CELL, 0);
	cell->as.cell.colspan = 0;
	expect_fault(d, "colspan 0, rowspan 1 (at least 1)");
	cell->as.cell.colspan = 1;

	/* The first table's head is its leading header rows. */
	struct doc_node *t = find(d->root, DOC_TABLE, 0);
	assert_true(t->as.fl->header_rows >= 1);
	t->first->as.row.header = false;
	expect_fault(d, "row 1 is in the head");
	t->first->as.row.header = true;
	int hr = t->as.fl->header_rows;
	t->as.fl->header_rows = 100000;
	expect_fault(d, "header_rows 100000, rows ");
	t->as.fl->header_rows = hr;

	struct doc_node *x = find(d->root, DOC_XREF, 0);
	const char *target = x->as.xref.target;
	x->as.xref.target = "tidak-ada";
	expect_fault(d, "target \"tidak-ada\" is no node's id");
	x->as.xref.target = target;
	const char *label = x->as.xref.label;
	x->as.xref.label = NULL;
	expect_fault(d, "xref node: unresolved");
	x->as.xref.label = label;

	struct doc_node *h = find(d->root, DOC_HEADING, 0);
	h->as.heading.level = 7;
	expect_fault(d, "heading node: level 7 (2 to 4)");
	h->as.heading.level = 2;

	/* Two anchors with one id: a link could not say which. */
	const char *id = h->id;
	h->id = "ringkasan";
	expect_fault(d, "id \"ringkasan\" is taken");
	h->id = id;

	/* A figure's provenance belongs on text or a cell: a heading given
	 * one (the IKU1 2024 capaian of a sentence) is a fault. */
	struct doc_node *ft = NULL;
	struct doc_iter it;
	struct doc_node *n;
	doc_iter_init(&it, d->root);
	while (ft == NULL && doc_iter_next(&it, &n) != DOC_DONE)
		if (it.ev == DOC_ENTER && n->fig != NULL)
			ft = n;
	assert_non_null(ft);
	assert_true(ft->type == DOC_TEXT || ft->type == DOC_CELL);
	h->fig = ft->fig;
	expect_fault(d, "heading node: a figure on a heading");
	h->fig = NULL;

	/* Restored, it passes again: each fault above was the one made. */
	assert_int_equal(doc_node_check(d->root, NULL), 0);
	built_free(&b);
}

static void test_structure_faults(void **state)
{
	(void)state;
	struct built b = build(MAGETAN);
	struct doc *d = b.d;

	/* A text where a row belongs. */
	struct doc_node *row = find(d->root, DOC_ROW, 0);
	row->type = DOC_TEXT;
	expect_fault(d, "text node: may not be in a table node");
	row->type = DOC_ROW;

	/* A cell that names another parent than the row holding it. */
	struct doc_node *cell = row->first;
	cell->parent = row->parent;
	expect_fault(d, "cell node: its parent link names another node");
	cell->parent = row;

	/* The summary after the cover: the answer is no longer first. */
	struct doc_node *sum = d->root->first, *cover = sum->next;
	assert_int_equal(sum->type, DOC_SUMMARY);
	sum->next = cover->next;
	sum->prev = cover;
	cover->next->prev = sum;
	cover->prev = NULL;
	cover->next = sum;
	d->root->first = cover;
	expect_fault(d, "summary node: not the document's first part");
	cover->next = sum->next;
	cover->next->prev = cover;
	sum->next = cover;
	sum->prev = NULL;
	cover->prev = sum;
	d->root->first = sum;
	assert_int_equal(doc_node_check(d->root, NULL), 0);
	built_free(&b);
}

/* Cycles are faults found, not a check that never returns. */
static void test_cycles(void **state)
{
	(void)state;
	struct built b = build(MAGETAN);
	struct doc *d = b.d;

	/* A sibling chain that loops back to its first. */
	struct doc_node *p = find(d->root, DOC_PARAGRAPH, 0);
	assert_non_null(p->first->next);
	struct doc_node *last = p->last;
	last->next = p->first;
	expect_fault(d, "the last child has a next sibling");
	last->next = NULL;

	/* A node its own ancestor: the document under one of its texts. */
	struct doc_node *text = find(d->root, DOC_TEXT, 0);
	text->first = text->last = d->root;
	expect_fault(d, "holds the node the check began at (a cycle)");
	/* The same loop under a subtree's root. */
	struct doc_node *chapter = find(d->root, DOC_CHAPTER, 0);
	struct doc_node *t2 = find(chapter, DOC_TEXT, 0);
	t2->first = t2->last = chapter;
	size_t n = doc_node_check(chapter, NULL);
	assert_true(n >= 1);
	t2->first = t2->last = NULL;
	text->first = text->last = NULL;

	assert_int_equal(doc_node_check(d->root, NULL), 0);
	built_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_samples_pass),
		cmocka_unit_test(test_payload_faults),
		cmocka_unit_test(test_structure_faults),
		cmocka_unit_test(test_cycles),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
