/* File helpers: atomic writes that keep unchanged files untouched, the
 * sweep of temp files a killed build left, path containment. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/path.h"

static char dir[64];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/lkjip-test-path-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static const char *at(const char *rel)
{
	static char p[4][256];
	static int k;
	char *s = p[k++ % 4];
	snprintf(s, 256, "%s/%s", dir, rel);
	return s;
}

static bool exists(const char *rel)
{
	struct stat st;
	return stat(at(rel), &st) == 0;
}

static void test_sweep(void **state)
{
	(void)state;
	/* Left by a killed writer (pid 999999 is not running), by a live
	 * one (this process), and two files that only look alike. */
	assert_int_equal(file_write_atomic(at("a/b/index.html.tmp.999999"),
		"x", 1), 0);
	char live[64];
	snprintf(live, sizeof live, "a/laporan.pdf.tmp.%ld", (long)getpid());
	assert_int_equal(file_write_atomic(at(live), "x", 1), 0);
	assert_int_equal(file_write_atomic(at("a/catatan.tmp.txt"), "x", 1), 0);
	assert_int_equal(file_write_atomic(at("a/data.tmp.12x"), "x", 1), 0);
	assert_int_equal(file_sweep_temps(dir), 1);
	assert_false(exists("a/b/index.html.tmp.999999"));
	assert_true(exists(live));
	assert_true(exists("a/catatan.tmp.txt"));
	assert_true(exists("a/data.tmp.12x"));
}

static void test_write_same_bytes_keeps_file(void **state)
{
	(void)state;
	assert_int_equal(file_write_atomic(at("f.txt"), "abc", 3), 0);
	struct stat a, b;
	assert_int_equal(stat(at("f.txt"), &a), 0);
	assert_int_equal(file_write_atomic(at("f.txt"), "abc", 3), 0);
	assert_int_equal(stat(at("f.txt"), &b), 0);
	assert_int_equal(a.st_ino, b.st_ino);
	assert_true(file_same_bytes(at("f.txt"), "abc", 3));
	assert_int_equal(file_write_atomic(at("f.txt"), "abd", 3), 0);
	assert_true(file_same_bytes(at("f.txt"), "abd", 3));
}

static void test_contained(void **state)
{
	(void)state;
	assert_true(path_is_contained("logo.png"));
	assert_true(path_is_contained("bab/satu.md"));
	assert_false(path_is_contained("../x.png"));
	assert_false(path_is_contained("bab/../../x"));
	assert_false(path_is_contained("/etc/passwd"));
	assert_false(path_is_contained("bab//x"));
	assert_false(path_is_contained(""));
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_sweep),
		T(test_write_same_bytes_keeps_file),
		T(test_contained),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
