/* Shared by test_tables.c and test_charts.c: loads the small report under
 * tests/data/doc/mini with the real loader and metrics, and gives a build
 * context without going through doc_build. */
#ifndef TEST_TABLES_FIXTURE_H
#define TEST_TABLES_FIXTURE_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "doc/internal.h"
#include "util/arena.h"

/* The report a test file loads: tests/data/doc/mini unless it says. */
#ifndef FX_DIR
#define FX_DIR "tests/data/doc/mini"
#endif

struct fx {
	struct diag_list *diags;
	struct report *report;
	struct metrics *metrics;
	struct doc doc;
	struct build_ctx ctx;
};

__attribute__((unused)) static int fx_setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	f->diags = diag_list_new();
	f->report = model_load_report(FX_DIR, f->diags);
	if (f->report == NULL) {
		diag_print(f->diags, stderr);
		return -1;
	}
	f->metrics = metrics_compute(f->report, f->diags);
	f->doc.arena = arena_new();
	f->doc.report = f->report;
	f->doc.root = doc_node_new(&f->doc, DOC_DOCUMENT);
	f->ctx.doc = &f->doc;
	f->ctx.report = f->report;
	f->ctx.metrics = f->metrics;
	f->ctx.diags = diag_list_new();
	f->ctx.chapter_no = 3;
	f->ctx.chapter_label = "3";
	*state = f;
	return 0;
}

__attribute__((unused)) static int fx_teardown(void **state)
{
	struct fx *f = *state;
	diag_list_free(f->ctx.diags);
	arena_free(f->doc.arena);
	metrics_free(f->metrics);
	model_report_free(f->report);
	diag_list_free(f->diags);
	free(f);
	return 0;
}

/* A directive as the parser would give it: {{kind name k=v ...}} at
 * bab/30-akuntabilitas.md:12:1; opts are "key", "value" pairs, NULL-ended. */
__attribute__((unused)) static struct directive fx_directive(const char *kind, const char *name, ...)
{
	struct directive d = {0};
	d.name = kind;
	d.arg = name;
	d.pos = (struct src_pos){"bab/30-akuntabilitas.md", 12, 1, NULL};
	va_list ap;
	va_start(ap, name);
	const char *k;
	while ((k = va_arg(ap, const char *)) != NULL) {
		d.opt[d.nopt].key = k;
		d.opt[d.nopt].value = va_arg(ap, const char *);
		d.nopt++;
	}
	va_end(ap);
	return d;
}

__attribute__((unused)) static const struct block_def *fx_def(const struct block_def *defs, size_t n,
	const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(defs[i].name, name) == 0)
			return &defs[i];
	return NULL;
}

__attribute__((unused)) static struct doc_node *fx_child(const struct doc_node *n, int i)
{
	struct doc_node *c = n ? n->first : NULL;
	while (c && i-- > 0)
		c = c->next;
	return c;
}

__attribute__((unused)) static int fx_nchild(const struct doc_node *n)
{
	int k = 0;
	for (const struct doc_node *c = n->first; c; c = c->next)
		k++;
	return k;
}

/* Text of cell `col` of row `row` (as stored: spanned cells are absent
 * from later rows). */
__attribute__((unused)) static const char *fx_cell(struct fx *f, const struct doc_node *t, int row,
	int col)
{
	struct doc_node *c = fx_child(fx_child(t, row), col);
	assert_non_null(c);
	assert_int_equal(c->type, DOC_CELL);
	return doc_plain_text(&f->doc, c);
}

__attribute__((unused)) static const struct doc_node *fx_celln(const struct doc_node *t, int row,
	int col)
{
	struct doc_node *c = fx_child(fx_child(t, row), col);
	assert_non_null(c);
	return c;
}

/* The one error the last build reported, formatted with its place. */
__attribute__((unused)) static char *fx_last_error(struct fx *f)
{
	size_t n = diag_count(f->ctx.diags);
	assert_true(n > 0);
	return diag_format(diag_get(f->ctx.diags, n - 1));
}

#endif
