#define _GNU_SOURCE
/* lkjip new DIR (alias baru): a new report folder to fill in. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli/cli.h"
#include "scaffold/scaffold.h"

/* The reporting year: a folder named like the samples ends in it
 * ("dinas-contoh-2025"); otherwise the year before today's (a LKjIP is
 * written early in the year after the one it reports). */
static int report_year(const char *dir, time_t now)
{
	size_t n = strlen(dir);
	while (n > 0 && dir[n - 1] == '/')
		n--;
	if (n >= 5 && (dir[n - 5] == '-' || dir[n - 5] == '_') &&
			strspn(dir + n - 4, "0123456789") >= 4) {
		int y = atoi(dir + n - 4);
		if (y >= 2000 && y <= 2099)
			return y;
	}
	struct tm tm;
	gmtime_r(&now, &tm);
	return tm.tm_year + 1900 - 1;
}

int cli_new(const struct cli_opts *o)
{
	/* main has checked SOURCE_DATE_EPOCH: with it the workbook's
	 * creation date, and so its bytes, are reproducible. */
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	time_t now = sde && *sde ? (time_t)strtoll(sde, NULL, 10) :
		time(NULL);
	struct diag_list *dl = diag_list_new();
	int year = report_year(o->content, now);
	int sr = scaffold_new(o->content, year, now, dl);
	int rc = sr == 0 ? EXIT_OK : sr > 0 ? EXIT_USAGE : EXIT_OUTPUT;
	cli_report_diags(dl, 0);
	diag_list_free(dl);
	if (rc != EXIT_OK)
		return rc;
	printf("lkjip: new report %s for %d: laporan.yaml, bab/*.md and "
		"data.xlsx.\n"
		"Fill in laporan.yaml (the lines marked GANTI), then the data "
		"(data.xlsx, or the CSV files: docs/content-format.md) and the "
		"chapters; build to see what is still missing.\n",
		o->content, year);
	return EXIT_OK;
}
