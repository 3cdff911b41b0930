#define _GNU_SOURCE
/* lkjip: the command line. The only place that prints diagnostics and
 * chooses an exit code; everything below returns. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "doc/doc.h"
#include "html/html.h"
#include "metrics/metrics.h"
#include "model/model.h"
#include "pdf/pdf.h"
#include "util/diag.h"
#include "util/path.h"

/* Exit codes (documented in --help and README). */
enum {
	EXIT_OK = 0,
	EXIT_INPUT = 1,   /* errors in the content (or warnings with --strict) */
	EXIT_USAGE = 2,   /* bad command line */
	EXIT_OUTPUT = 3,  /* could not write the output */
};

static const char USAGE[] =
	"Usage: lkjip build [CONTENT_DIR] [-o OUT_DIR] [--strict] [--dump-tree]\n"
	"       lkjip check [CONTENT_DIR] [--strict]\n"
	"       lkjip --help | --version\n"
	"\n"
	"Builds the LKjIP (Laporan Kinerja Instansi Pemerintah) of every report\n"
	"folder in CONTENT_DIR (default: content) as a static HTML site and one\n"
	"PDF per report, into OUT_DIR (default: out).\n"
	"\n"
	"Commands:\n"
	"  build        load, compute, check, then write the site and PDFs\n"
	"  check        load, compute and check only; write nothing\n"
	"\n"
	"Options:\n"
	"  -o, --output DIR  where build writes (default: out)\n"
	"  --strict          treat warnings (figures that do not add up,\n"
	"                    published capaian that differ) as errors\n"
	"  --dump-tree       print each report's document tree instead of\n"
	"                    writing (for debugging templates and directives)\n"
	"  -h, --help        this text\n"
	"  -V, --version     the version\n"
	"\n"
	"Exit codes: 0 success; 1 errors in the content (nothing written);\n"
	"2 bad command line; 3 the output could not be written.\n"
	"Diagnostics name file:line:column (CSV: file:row:column and the column\n"
	"name). Honours SOURCE_DATE_EPOCH for reproducible output.\n";

struct opts {
	const char *cmd;
	const char *content;
	const char *out;
	int strict;
	int dump_tree;
};

static int parse_args(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
		{"output", required_argument, NULL, 'o'},
		{"strict", no_argument, NULL, 's'},
		{"dump-tree", no_argument, NULL, 't'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	o->content = "content";
	o->out = "out";
	int ch;
	while ((ch = getopt_long(argc, argv, "o:hV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'o':
			o->out = optarg;
			break;
		case 's':
			o->strict = 1;
			break;
		case 't':
			o->dump_tree = 1;
			break;
		case 'h':
			fputs(USAGE, stdout);
			exit(EXIT_OK);
		case 'V':
			printf("lkjip %s\n", LKJIP_VERSION);
			exit(EXIT_OK);
		default:
			fputs(USAGE, stderr);
			return -1;
		}
	}
	if (optind >= argc) {
		fputs(USAGE, stderr);
		return -1;
	}
	o->cmd = argv[optind++];
	if (strcmp(o->cmd, "build") && strcmp(o->cmd, "check")) {
		fprintf(stderr, "lkjip: unknown command \"%s\"\n\n%s", o->cmd, USAGE);
		return -1;
	}
	if (optind < argc)
		o->content = argv[optind++];
	if (optind < argc) {
		fprintf(stderr, "lkjip: unexpected argument \"%s\"\n", argv[optind]);
		return -1;
	}
	return 0;
}

static int report_diags(struct diag_list *dl, int strict)
{
	diag_sort(dl);
	diag_print(dl, stderr);
	size_t e = diag_errors(dl), w = diag_warnings(dl);
	if (e || w)
		fprintf(stderr, "lkjip: %zu error%s, %zu warning%s\n", e,
			e == 1 ? "" : "s", w, w == 1 ? "" : "s");
	return e > 0 || (strict && w > 0);
}

int main(int argc, char **argv)
{
	struct opts o = {0};
	if (parse_args(argc, argv, &o) < 0)
		return EXIT_USAGE;

	struct diag_list *dl = diag_list_new();
	struct site *site = model_load_site(o.content, dl);
	struct doc **docs = NULL;
	size_t ndocs = 0;
	int rc = EXIT_OK;
	if (site != NULL) {
		docs = calloc(site->nreport + 1, sizeof *docs);
		for (size_t i = 0; i < site->nreport; i++) {
			struct metrics *m = metrics_compute(site->report[i], dl);
			metrics_validate(m, dl);
			metrics_free(m);
			docs[ndocs] = doc_build(site->report[i], dl);
			if (docs[ndocs] != NULL)
				ndocs++;
		}
	}
	/* Nothing is written unless the whole content is sound. */
	if (report_diags(dl, o.strict) || site == NULL) {
		rc = EXIT_INPUT;
		goto done;
	}
	if (!strcmp(o.cmd, "check"))
		goto done;
	if (o.dump_tree) {
		for (size_t i = 0; i < ndocs; i++)
			doc_dump(docs[i], stdout);
		goto done;
	}
	struct diag_list *wl = diag_list_new();
	if (mkdir_p(o.out) < 0) {
		fprintf(stderr, "lkjip: cannot create %s: %s\n", o.out,
			strerror(errno));
		rc = EXIT_OUTPUT;
	}
	for (size_t i = 0; rc == EXIT_OK && i < ndocs; i++) {
		const struct report *r = docs[i]->report;
		char *pdf = NULL;
		if (asprintf(&pdf, "%s/%s/%s.pdf", o.out, r->id, r->id) < 0)
			abort();
		if (html_render_report(docs[i], o.out, wl) < 0 ||
				pdf_render(docs[i], pdf, wl) < 0)
			rc = EXIT_OUTPUT;
		free(pdf);
	}
	if (rc == EXIT_OK && html_render_site(site, docs, o.out, wl) < 0)
		rc = EXIT_OUTPUT;
	diag_print(wl, stderr);
	diag_list_free(wl);
	if (rc == EXIT_OK)
		fprintf(stderr, "lkjip: wrote %zu report%s to %s\n", ndocs,
			ndocs == 1 ? "" : "s", o.out);
done:
	for (size_t i = 0; i < ndocs; i++)
		doc_free(docs[i]);
	free(docs);
	model_site_free(site);
	diag_list_free(dl);
	return rc;
}
