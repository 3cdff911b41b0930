/* The command line's own parts: one file per command. Private to src/cli. */
#ifndef LKJIP_CLI_H
#define LKJIP_CLI_H

#include <stdbool.h>

#include "util/diag.h"

/* Exit codes (documented in --help and README). */
enum {
	EXIT_OK = 0,
	EXIT_INPUT = 1,   /* errors in the content (or warnings with --strict) */
	EXIT_USAGE = 2,   /* bad command line */
	EXIT_OUTPUT = 3,  /* could not write the output */
	EXIT_NOMEM = 4,   /* out of memory (util/xalloc.h) */
};

struct cli_opts {
	const char *cmd;
	const char *content;
	const char *content2;   /* diff: the new content */
	const char *out;        /* build: folder; export: file ("-" stdout) */
	bool out_given;
	const char *format;     /* export */
	int strict;
	int dump_tree;
	int force;              /* build: ignore the manifest */
	int watch;
	int jobs;               /* parallel workers; 0 = all cores */
	int quiet_summary;      /* internal */
	int shard_i, shard_n;   /* build --shard I/N; 0 = the whole content */
};

/* True when path is folder or lies below it, both resolved (symbolic
 * links, ".."); path need not exist (what of it exists is resolved). */
bool cli_path_below(const char *path, const char *folder);

/* Prints the diagnostics sorted and returns true when they fail the run
 * (errors, or warnings with strict). */
bool cli_report_diags(struct diag_list *, int strict);

int cli_build(const struct cli_opts *);   /* build, check, site, --dump-tree */
int cli_watch(const struct cli_opts *);   /* build --watch */
int cli_diff(const struct cli_opts *);
int cli_export(const struct cli_opts *);
int cli_new(const struct cli_opts *);     /* new, baru */
int cli_explain(const struct cli_opts *); /* content: the report folder,
                                             content2: the key or NULL */

#endif
