/* Shared by the harnesses that need real files: a private scratch folder
 * under /tmp, made once per process and removed at exit. */
#ifndef LKJIP_FUZZ_UTIL_H
#define LKJIP_FUZZ_UTIL_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char fuzz_dir[64];

static int fuzz_rm_one(const char *p, const struct stat *st, int flag,
	struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(p);
	return 0;
}

/* Removes dir and everything under it (symbolic links not followed). */
static void fuzz_rm_tree(const char *dir)
{
	nftw(dir, fuzz_rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

static void fuzz_cleanup(void)
{
	if (fuzz_dir[0])
		fuzz_rm_tree(fuzz_dir);
}

static const char *fuzz_scratch(void)
{
	if (fuzz_dir[0] == '\0') {
		snprintf(fuzz_dir, sizeof fuzz_dir, "/tmp/lkjip-fuzz-XXXXXX");
		if (mkdtemp(fuzz_dir) == NULL)
			abort();
		atexit(fuzz_cleanup);
	}
	return fuzz_dir;
}

static void fuzz_write(const char *path, const void *data, size_t len)
{
	/* The input may name a file where a folder already is ("bab" then
	 * "bab/x.md"): that file is simply not written. */
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return;
	if (len > 0 && write(fd, data, len) != (ssize_t)len)
		abort();
	close(fd);
}

#endif
