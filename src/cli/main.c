#define _GNU_SOURCE
/* lkjip: the command line. The only place that prints diagnostics and
 * chooses an exit code; everything below returns. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "util/xalloc.h"

static const char USAGE[] =
	"Usage: lkjip build [CONTENT_DIR] [-o OUT_DIR] [--strict] [--dump-tree]\n"
	"                   [--force] [-j N] [--watch] [--shard I/N]\n"
	"       lkjip site [CONTENT_DIR] [-o OUT_DIR] [--force]\n"
	"       lkjip check [CONTENT_DIR] [--strict]\n"
	"       lkjip diff OLD_CONTENT NEW_CONTENT\n"
	"       lkjip export [--format markdown|xlsx] REPORT [-o FILE]\n"
	"       lkjip explain REPORT [KEY]\n"
	"       lkjip new DIR   (alias: lkjip baru DIR)\n"
	"       lkjip --help | --version\n"
	"\n"
	"Builds the LKjIP (Laporan Kinerja Instansi Pemerintah) of every report\n"
	"folder in CONTENT_DIR (default: content) as a static HTML site and one\n"
	"PDF per report, into OUT_DIR (default: out). CONTENT_DIR may be one\n"
	"report folder (one holding laporan.yaml): build and check then take\n"
	"that report alone, without site.yaml.\n"
	"\n"
	"Commands:\n"
	"  build        load, compute, check, then write the site and PDFs;\n"
	"               only what changed since the last build is written again\n"
	"               (manifest out/.lkjip-manifest), and figures that moved\n"
	"               are printed and kept in out/<report>/perubahan.txt\n"
	"  site         write the site pages (index, government and agency\n"
	"               pages, search index, sitemap) from the report summaries\n"
	"               in OUT_DIR (out/<report>/ringkasan.tsv), as written by\n"
	"               build --shard on this or other machines\n"
	"  check        load, compute and check only; write nothing\n"
	"  diff         print the figures that differ between two content\n"
	"               folders (or two report folders), without building\n"
	"  export       write one report as a Markdown file with every figure\n"
	"               and table filled in (REPORT: a report folder, or a\n"
	"               report id under content/); stdout unless -o;\n"
	"               --format xlsx writes the report's data (its CSV files)\n"
	"               as a workbook, one sheet per file, to -o FILE\n"
	"  explain      print how a figure of one report is computed, down\n"
	"               to the CSV cells (KEY: e.g. IKU1.capaian.2024); without\n"
	"               KEY, every figure's key and value (REPORT: a report\n"
	"               folder, or a report id under content/)\n"
	"  new, baru    make DIR a new report folder: laporan.yaml with every\n"
	"               key, the chapters with directive examples, and\n"
	"               data.xlsx, a sheet per data file; DIR must be new or\n"
	"               empty. It builds at once, and says what is missing\n"
	"\n"
	"Options:\n"
	"  -o, --output DIR  where build writes (default: out); for export,\n"
	"                    the file to write\n"
	"  --strict          treat warnings (figures that do not add up,\n"
	"                    published capaian that differ) as errors\n"
	"  --dump-tree       print each report's document tree instead of\n"
	"                    writing (for debugging templates and directives)\n"
	"  --force           rebuild everything, whatever the manifest says\n"
	"  -j, --jobs N      build N reports at once (default: all cores)\n"
	"  --shard I/N       build only the I-th of N slices of the reports\n"
	"                    (1 <= I <= N; a report's slice is a hash of its\n"
	"                    folder name) and no site pages; then `lkjip site`\n"
	"  --watch           build, then rebuild on every saved change in\n"
	"                    CONTENT_DIR or templates/ until interrupted\n"
	"  --format FMT      export format: markdown (default) or xlsx\n"
	"  -h, --help        this text\n"
	"  -V, --version     the version\n"
	"\n"
	"Exit codes: 0 success; 1 errors in the content (nothing written);\n"
	"2 bad command line (or an export -o FILE refused: a device, FIFO,\n"
	"symlink, folder or input; or a new DIR that is not a new or empty\n"
	"folder); 3 the output (or standard output) could not be written;\n"
	"4 out of memory.\n"
	"Diagnostics name file:line:column (CSV: file:row:column and the column\n"
	"name). Honours SOURCE_DATE_EPOCH for reproducible output.\n";

/* A folder of broken files can give 100,000 messages; the first ones (in
 * file order) are the ones to fix first, the rest only scroll them away. */
enum { MAX_SHOWN = 200 };

bool cli_report_diags(struct diag_list *dl, int strict)
{
	diag_sort(dl);
	size_t n = diag_count(dl);
	for (size_t i = 0; i < n && i < MAX_SHOWN; i++) {
		char *s = diag_format(diag_get(dl, i));
		fprintf(stderr, "%s\n", s);
		free(s);
	}
	if (n > MAX_SHOWN)
		fprintf(stderr, "lkjip: %zu more diagnostic%s not shown (%zu in "
			"all)\n", n - MAX_SHOWN, n - MAX_SHOWN == 1 ? "" : "s", n);
	size_t e = diag_errors(dl), w = diag_warnings(dl);
	if (e || w)
		fprintf(stderr, "lkjip: %zu error%s, %zu warning%s\n", e,
			e == 1 ? "" : "s", w, w == 1 ? "" : "s");
	return e > 0 || (strict && w > 0);
}

/* 0, or 1 when --help or --version answered, or -1 on a bad command
 * line. */
static int parse_args(int argc, char **argv, struct cli_opts *o)
{
	static const struct option longopts[] = {
		{"output", required_argument, NULL, 'o'},
		{"strict", no_argument, NULL, 's'},
		{"dump-tree", no_argument, NULL, 't'},
		{"force", no_argument, NULL, 'f'},
		{"jobs", required_argument, NULL, 'j'},
		{"watch", no_argument, NULL, 'w'},
		{"format", required_argument, NULL, 'F'},
		{"shard", required_argument, NULL, 'S'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	o->content = "content";
	o->out = "out";
	int ch;
	char *end;
	while ((ch = getopt_long(argc, argv, "o:j:hV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'o':
			o->out = optarg;
			o->out_given = true;
			break;
		case 's':
			o->strict = 1;
			break;
		case 't':
			o->dump_tree = 1;
			break;
		case 'f':
			o->force = 1;
			break;
		case 'w':
			o->watch = 1;
			break;
		case 'j':
			o->jobs = (int)strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || o->jobs < 1 ||
					o->jobs > 1024) {
				fprintf(stderr, "lkjip: -j wants a number of "
					"jobs (1 or more), not \"%s\"\n", optarg);
				return -1;
			}
			break;
		case 'F':
			o->format = optarg;
			break;
		case 'S': {
			int used = 0;
			if (sscanf(optarg, "%d/%d%n", &o->shard_i, &o->shard_n,
					&used) != 2 || optarg[used] != '\0' ||
					o->shard_n < 1 || o->shard_n > 100000 ||
					o->shard_i < 1 || o->shard_i > o->shard_n) {
				fprintf(stderr, "lkjip: --shard wants I/N with "
					"1 <= I <= N (\"2/4\"), not \"%s\"\n", optarg);
				return -1;
			}
			break;
		}
		case 'h':
			fputs(USAGE, stdout);
			return 1;
		case 'V':
			printf("lkjip %s\n", LKJIP_VERSION);
			return 1;
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
	if (strcmp(o->cmd, "build") && strcmp(o->cmd, "check") &&
			strcmp(o->cmd, "diff") && strcmp(o->cmd, "export") &&
			strcmp(o->cmd, "explain") && strcmp(o->cmd, "site") &&
			strcmp(o->cmd, "new") && strcmp(o->cmd, "baru")) {
		fprintf(stderr, "lkjip: unknown command \"%s\"\n\n%s", o->cmd, USAGE);
		return -1;
	}
	bool diff = !strcmp(o->cmd, "diff"), export = !strcmp(o->cmd, "export");
	bool explain = !strcmp(o->cmd, "explain");
	bool baru = !strcmp(o->cmd, "new") || !strcmp(o->cmd, "baru");
	if ((diff || export || explain || baru) && optind >= argc) {
		fprintf(stderr, "lkjip: %s needs %s\n\n%s", o->cmd,
			diff ? "OLD_CONTENT and NEW_CONTENT" : baru ? "a DIR" :
			"a REPORT", USAGE);
		return -1;
	}
	if (optind < argc)
		o->content = argv[optind++];
	if (diff) {
		if (optind >= argc) {
			fprintf(stderr, "lkjip: diff needs OLD_CONTENT and "
				"NEW_CONTENT\n");
			return -1;
		}
		o->content2 = argv[optind++];
	}
	if (explain && optind < argc)
		o->content2 = argv[optind++];
	if (optind < argc) {
		fprintf(stderr, "lkjip: unexpected argument \"%s\"\n", argv[optind]);
		return -1;
	}
	if (export) {
		if (o->format == NULL)
			o->format = "markdown";
		if (strcmp(o->format, "markdown") && strcmp(o->format, "md") &&
				strcmp(o->format, "xlsx")) {
			fprintf(stderr, "lkjip: unknown export format \"%s\" "
				"(known: markdown, xlsx)\n", o->format);
			return -1;
		}
		if (!o->out_given)
			o->out = "-";
		/* A workbook is no text for a terminal or a pipe. */
		if (!strcmp(o->format, "xlsx") && !strcmp(o->out, "-")) {
			fprintf(stderr, "lkjip: export --format xlsx needs -o "
				"FILE (a workbook is not written to standard "
				"output)\n");
			return -1;
		}
	} else if (o->format != NULL) {
		fprintf(stderr, "lkjip: --format belongs to export\n");
		return -1;
	}
	if (baru && (o->out_given || o->strict || o->dump_tree || o->jobs)) {
		fprintf(stderr, "lkjip: %s takes only a DIR\n", o->cmd);
		return -1;
	}
	if (o->shard_n > 0 && (strcmp(o->cmd, "build") || o->watch ||
			o->dump_tree)) {
		fprintf(stderr, "lkjip: --shard belongs to build (without "
			"--watch or --dump-tree)\n");
		return -1;
	}
	if (!strcmp(o->cmd, "site") && (o->watch || o->dump_tree ||
			o->strict)) {
		fprintf(stderr, "lkjip: site takes only CONTENT_DIR, -o and "
			"--force\n");
		return -1;
	}
	if (o->watch && strcmp(o->cmd, "build")) {
		fprintf(stderr, "lkjip: --watch belongs to build\n");
		return -1;
	}
	if (o->force && strcmp(o->cmd, "build") && strcmp(o->cmd, "site")) {
		fprintf(stderr, "lkjip: --%s belongs to build\n",
			o->watch ? "watch" : "force");
		return -1;
	}
	if (o->watch && o->dump_tree) {
		fprintf(stderr, "lkjip: --watch and --dump-tree do not go "
			"together\n");
		return -1;
	}
	return 0;
}

/* A full disk or a closed pipe shows only when stdout is flushed: without
 * this check, lost output would end with exit 0. */
static int close_stdout(int rc)
{
	errno = 0;
	bool bad = ferror(stdout) != 0;
	if (fclose(stdout) != 0)
		bad = true;
	if (bad) {
		fprintf(stderr, "lkjip: cannot write the standard output: %s\n",
			errno ? strerror(errno) : "write error");
		if (rc == EXIT_OK)
			rc = EXIT_OUTPUT;
	}
	return rc;
}

/* SOURCE_DATE_EPOCH promises reproducible dates: a value that is not a
 * whole number of seconds from 1970 to 9999 would silently give today's
 * date (or, past what gmtime handles, a garbage one). The convention is to
 * refuse it. */
static bool source_date_ok(void)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	if (s == NULL || *s == '\0') /* as unset, as CI files often leave it */
		return true;
	char *end;
	errno = 0;
	long long t = strtoll(s, &end, 10);
	if (*s >= '0' && *s <= '9' && *end == '\0' && errno == 0 &&
			t <= 253402300799LL)
		return true;
	fprintf(stderr, "lkjip: SOURCE_DATE_EPOCH must be a whole number of "
		"seconds since 1970-01-01 (up to 253402300799), found \"%s\"\n",
		s);
	return false;
}

static int run(int argc, char **argv)
{
	struct cli_opts o = {0};
	int pa = parse_args(argc, argv, &o);
	if (pa != 0)
		return pa < 0 ? EXIT_USAGE : EXIT_OK; /* 1: --help, --version */
	if (!source_date_ok())
		return EXIT_USAGE;
	if (!strcmp(o.cmd, "diff"))
		return cli_diff(&o);
	if (!strcmp(o.cmd, "export"))
		return cli_export(&o);
	if (!strcmp(o.cmd, "explain"))
		return cli_explain(&o);
	if (!strcmp(o.cmd, "new") || !strcmp(o.cmd, "baru"))
		return cli_new(&o);
	if (o.watch)
		return cli_watch(&o);
	return cli_build(&o);
}

/* What out of memory does anywhere in lkjip (util/xalloc.h): one line and
 * exit 4. _exit: nothing that may need memory runs on the way out; files
 * are written atomically, so out/ holds no half-written file. */
static void out_of_memory(void)
{
	static const char msg[] = "lkjip: out of memory\n";
	if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0) {
		/* Nothing left to tell it with. */
	}
	_exit(EXIT_NOMEM);
}

int main(int argc, char **argv)
{
	xalloc_set_oom(out_of_memory);
	return close_stdout(run(argc, argv));
}
