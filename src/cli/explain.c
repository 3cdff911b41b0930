#define _GNU_SOURCE
/* lkjip explain: where a figure comes from, down to the cells; without a
 * key, every key of the report's figure table with its value. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "metrics/metrics.h"
#include "model/model.h"
#include "util/suggest.h"
#include "util/xalloc.h"

static const char *kind_name(enum figure_kind k)
{
	switch (k) {
	case FIGURE_PERCENT:
		return "percent";
	case FIGURE_RUPIAH:
		return "rupiah";
	case FIGURE_COUNT:
		return "count";
	case FIGURE_INDEX:
		return "index";
	case FIGURE_GRADE:
		return "grade";
	case FIGURE_TEXT:
		return "text";
	}
	return "?";
}

/* The formula with its inputs' keys: "IKU1.realisasi.2024 ÷
 * IKU1.target.2024 × 100". */
static void print_formula(const struct figure *f)
{
	for (const char *p = f->formula; *p; p++) {
		if (p[0] == '$' && p[1] >= '1' && p[1] <= '9' &&
			(size_t)(p[1] - '1') < f->ninput) {
			fputs(f->input[p[1] - '1']->key, stdout);
			p++;
			continue;
		}
		putchar(*p);
	}
}

/* One figure and, indented, what it was computed from, down to the
 * cells. depth bounds a long chain (a derived indicator's children). */
static void explain(const struct report_meta *meta, const struct figure *f,
	int depth)
{
	char v[4096];
	printf("%*s%s = %s (%s, %s)\n", depth * 2, "", f->key,
		figure_tampil(v, sizeof v, meta, f), f->nama ? f->nama : "",
		kind_name(f->kind));
	for (size_t i = 0; i < f->ncell; i++) {
		const struct src_pos *p = &f->cell[i];
		const char *sheet = p->file ? strstr(p->file, DIAG_SHEET) : NULL;
		if (sheet != NULL) {
			/* As diagnostics name a workbook cell: the sheet and
			 * the cell the name box takes. */
			char col[8];
			diag_column_letters(col, p->column);
			printf("%*s  cell: %.*s: sheet %s, cell %s%d (column %s)\n",
				depth * 2, "", (int)(sheet - p->file), p->file,
				sheet + strlen(DIAG_SHEET), col, p->line,
				p->column_name ? p->column_name : "?");
			continue;
		}
		printf("%*s  cell: %s:%d:%d (row %d, column %s)\n", depth * 2, "",
			p->file, p->line, p->column, p->line,
			p->column_name ? p->column_name : "?");
	}
	if (f->formula == NULL) {
		if (f->ncell == 0)
			printf("%*s  (no cell: the value is absent)\n", depth * 2,
				"");
		return;
	}
	printf("%*s  formula: ", depth * 2, "");
	print_formula(f);
	putchar('\n');
	printf("%*s  = %s\n", depth * 2, "", figure_asal(v, sizeof v, meta, f));
	if (depth >= 8) {
		printf("%*s  ...\n", depth * 2, "");
		return;
	}
	for (size_t i = 0; i < f->ninput; i++)
		explain(meta, f->input[i], depth + 1);
}

int cli_explain(const struct cli_opts *o)
{
	/* A report folder, or (as export takes it) a report id under
	 * content/. */
	const char *dir = o->content;
	char *alt = NULL;
	struct stat st;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		alt = xasprintf("content/%s", dir);
		if (stat(alt, &st) == 0 && S_ISDIR(st.st_mode))
			dir = alt;
	}
	struct diag_list *dl = diag_list_new();
	struct report *r = model_load_report(dir, dl);
	free(alt);
	if (r == NULL || diag_errors(dl) > 0) {
		cli_report_diags(dl, 0);
		model_report_free(r);
		diag_list_free(dl);
		return EXIT_INPUT;
	}
	/* Findings about the data are check's business: explain shows what
	 * the figures are. */
	struct metrics *m = metrics_compute(r, dl);
	diag_list_free(dl);
	const struct report_meta *meta = &r->meta;
	int rc = EXIT_OK;
	char v[4096];
	if (o->content2 == NULL) {
		for (size_t i = 0; i < metrics_figure_count(m); i++) {
			const struct figure *f = metrics_figure_at(m, i);
			printf("%s\t%s\n", f->key, figure_tampil(v, sizeof v, meta,
				f));
		}
	} else {
		const struct figure *f = metrics_figure(m, o->content2);
		if (f != NULL) {
			explain(meta, f, 0);
		} else {
			const char **keys = xcalloc(metrics_figure_count(m) + 1,
				sizeof *keys);
			for (size_t i = 0; i < metrics_figure_count(m); i++)
				keys[i] = metrics_figure_at(m, i)->key;
			const char *s = suggest_nearest(o->content2, keys,
				metrics_figure_count(m));
			fprintf(stderr, "lkjip: %s has no figure \"%s\"%s%s%s "
				"(lkjip explain %s lists the keys)\n", r->id,
				o->content2, s ? "; did you mean \"" : "",
				s ? s : "", s ? "\"?" : "", o->content);
			free(keys);
			rc = EXIT_USAGE;
		}
	}
	metrics_free(m);
	model_report_free(r);
	return rc;
}
