/* Test helper: a temporary copy of a data folder that a test may change,
 * so bad-input cases are "the good folder with one file replaced". Used
 * as cmocka setup/teardown; header-only because every test is its own
 * executable. */
#ifndef LKJIP_TESTS_TMPCOPY_H
#define LKJIP_TESTS_TMPCOPY_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/path.h"

static char tmpdir[256];

/* Copies src (relative to the repo root) into a fresh /tmp folder. */
static int tmpcopy_setup(const char *src)
{
	snprintf(tmpdir, sizeof tmpdir, "/tmp/lkjip-test-XXXXXX");
	if (mkdtemp(tmpdir) == NULL)
		return -1;
	char cmd[600];
	snprintf(cmd, sizeof cmd, "cp -r %s/. %s/", src, tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static int tmpcopy_teardown(void **state)
{
	(void)state;
	char cmd[600];
	snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Replaces (or adds) one file of the copy. */
static void put(const char *rel, const char *text)
{
	char p[512];
	snprintf(p, sizeof p, "%s/%s", tmpdir, rel);
	assert_int_equal(file_write_atomic(p, text, strlen(text)), 0);
}

/* Rewrites every occurrence of the temp folder in s as "X", so expected
 * diagnostics do not depend on it. */
static void tmpcopy_mask(char *s)
{
	char *p;
	while ((p = strstr(s, tmpdir)) != NULL) {
		*p = 'X';
		memmove(p + 1, p + strlen(tmpdir), strlen(p + strlen(tmpdir)) + 1);
	}
}

#endif
