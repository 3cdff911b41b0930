#define _GNU_SOURCE
/* lkjip diff and lkjip export: commands that load and compute without
 * building the site. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli/cli.h"
#include "diff/angka.h"
#include "doc/doc.h"
#include "export/export.h"
#include "metrics/metrics.h"
#include "model/model.h"
#include "scaffold/scaffold.h"
#include "util/path.h"
#include "util/xalloc.h"

static bool is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_report_dir(const char *p)
{
	char *y = NULL;
	y = xasprintf("%s/laporan.yaml", p);
	struct stat st;
	bool r = stat(y, &st) == 0;
	free(y);
	return r;
}

/* A content folder or one report folder, as a list of reports. */
struct side {
	struct site *site;
	struct report *one;
	struct report **report;
	size_t nreport;
};

static bool load_side(const char *dir, struct side *s, struct diag_list *dl)
{
	memset(s, 0, sizeof *s);
	if (is_report_dir(dir)) {
		s->one = model_load_report(dir, dl);
		s->report = &s->one;
		s->nreport = s->one != NULL;
		return s->one != NULL;
	}
	s->site = model_load_site(dir, dl);
	if (s->site == NULL)
		return false;
	s->report = s->site->report;
	s->nreport = s->site->nreport;
	return true;
}

static void free_side(struct side *s)
{
	model_report_free(s->one);
	model_site_free(s->site);
}

static struct angka *figures_of(const struct report *r)
{
	/* Findings about the data are lkjip check's business; diff only
	 * needs the figures. */
	struct diag_list *wl = diag_list_new();
	struct metrics *m = metrics_compute(r, wl);
	struct angka *a = angka_dari_metrics(m);
	metrics_free(m);
	diag_list_free(wl);
	return a;
}

static const struct report *find(const struct side *s, const char *id)
{
	for (size_t i = 0; i < s->nreport; i++)
		if (!strcmp(s->report[i]->id, id))
			return s->report[i];
	return NULL;
}

int cli_diff(const struct cli_opts *o)
{
	struct diag_list *dl = diag_list_new();
	struct side a, b;
	bool ok_a = load_side(o->content, &a, dl);
	bool ok_b = load_side(o->content2, &b, dl);
	if (!ok_a || !ok_b || diag_errors(dl) > 0) {
		cli_report_diags(dl, 0);
		free_side(&a);
		free_side(&b);
		diag_list_free(dl);
		return EXIT_INPUT;
	}
	diag_list_free(dl);
	/* Two report folders are compared whatever their names. */
	bool pair = a.one != NULL && b.one != NULL;
	size_t moved = 0;
	for (size_t i = 0; i < b.nreport; i++) {
		const struct report *nr = b.report[i];
		const struct report *orr = pair ? a.one : find(&a, nr->id);
		if (orr == NULL) {
			printf("%s: laporan baru\n", nr->id);
			moved++;
			continue;
		}
		struct angka *lama = figures_of(orr), *baru = figures_of(nr);
		char *buf = NULL;
		size_t len = 0;
		FILE *f = xopen_memstream(&buf, &len);
		size_t lines = angka_diff(lama, baru, "  ", f);
		fclose(f);
		if (lines > 0) {
			printf("%s: %zu baris angka berubah\n%s", nr->id, lines,
				buf);
			moved++;
		}
		free(buf);
		angka_free(lama);
		angka_free(baru);
	}
	for (size_t i = 0; !pair && i < a.nreport; i++) {
		if (find(&b, a.report[i]->id) == NULL) {
			printf("%s: laporan dihapus\n", a.report[i]->id);
			moved++;
		}
	}
	if (moved == 0)
		printf("Tidak ada angka yang berubah.\n");
	free_side(&a);
	free_side(&b);
	return EXIT_OK;
}

/* export -o replaces its file (write to a temp file, then rename): refuse
 * what must not be replaced. A device, FIFO or socket is not a file to
 * replace; a symbolic link would be replaced by a file, not followed; a
 * file of the report folder or of the templates is an input. */
static const char *refuse_output(const char *out, const char *report_dir)
{
	struct stat st;
	if (lstat(out, &st) == 0) {
		if (S_ISLNK(st.st_mode))
			return "is a symbolic link";
		if (S_ISDIR(st.st_mode))
			return "is a folder";
		if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
			return "is a device";
		if (S_ISFIFO(st.st_mode))
			return "is a FIFO";
		if (!S_ISREG(st.st_mode))
			return "is not a regular file";
	}
	if (cli_path_below(out, report_dir))
		return "is inside the report folder (an input of the report)";
	char *tpl = NULL;
	tpl = xasprintf("%s/templates", lkjip_data_dir());
	bool in_tpl = cli_path_below(out, tpl);
	free(tpl);
	if (in_tpl)
		return "is inside lkjip's templates folder (an input)";
	return NULL;
}

/* The report's data as a workbook: only its data files are read again
 * (the chapters need not build). What a sheet cannot hold is a warning. */
static int export_workbook(struct report *r, const char *out,
	struct diag_list *dl)
{
	if (r == NULL || diag_errors(dl) > 0) {
		cli_report_diags(dl, 0);
		return EXIT_INPUT;
	}
	size_t n;
	struct lembar *l = scaffold_lembar_laporan(r, &n, dl);
	if (n == 0)
		diag_add(dl, DIAG_ERROR, (struct src_pos){r->dir, 0, 0, NULL},
			"no CSV data file to write as a workbook");
	if (cli_report_diags(dl, 0))
		return EXIT_INPUT;
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	time_t created = sde && *sde ? (time_t)strtoll(sde, NULL, 10) :
		time(NULL);
	if (scaffold_workbook(out, l, n, created) < 0) {
		fprintf(stderr, "lkjip: cannot write %s: %s\n", out,
			strerror(errno));
		return EXIT_OUTPUT;
	}
	return EXIT_OK;
}

int cli_export(const struct cli_opts *o)
{
	const char *dir = o->content;
	char *alt = NULL;
	if (!is_dir(dir)) {
		/* A report id: look for it in the default content folder. */
		alt = xasprintf("content/%s", dir);
		if (is_dir(alt))
			dir = alt;
	}
	const char *why = strcmp(o->out, "-") ? refuse_output(o->out, dir) :
		NULL;
	if (why != NULL) {
		fprintf(stderr, "lkjip: export -o %s: the output %s; refusing "
			"to write there (give another file, or - for "
			"standard output)\n", o->out, why);
		free(alt);
		return EXIT_USAGE;
	}
	struct diag_list *dl = diag_list_new();
	struct report *r = model_load_report(dir, dl);
	int rc = EXIT_OK;
	if (!strcmp(o->format, "xlsx")) {
		rc = export_workbook(r, o->out, dl);
		model_report_free(r);
		diag_list_free(dl);
		free(alt);
		return rc;
	}
	struct doc *d = r != NULL ? doc_build(r, dl) : NULL;
	/* Export shows the figures; checking them is lkjip check's job, so
	 * only errors are printed here. */
	if (r == NULL || d == NULL || diag_errors(dl) > 0) {
		cli_report_diags(dl, 0);
		rc = EXIT_INPUT;
		goto done;
	}
	char *buf = NULL;
	size_t len = 0;
	FILE *f = xopen_memstream(&buf, &len);
	int wr = export_markdown(d, f);
	fclose(f);
	if (wr < 0) {
		rc = EXIT_OUTPUT;
	} else if (!strcmp(o->out, "-")) {
		/* main reports a failed standard output. */
		if (fwrite(buf, 1, len, stdout) != len || fflush(stdout) != 0)
			rc = EXIT_OUTPUT;
	} else if (file_write_atomic(o->out, buf, len) < 0) {
		fprintf(stderr, "lkjip: cannot write %s: %s\n", o->out,
			strerror(errno));
		rc = EXIT_OUTPUT;
	}
	free(buf);
done:
	doc_free(d);
	model_report_free(r);
	diag_list_free(dl);
	free(alt);
	return rc;
}
