/* File helpers: atomic writes that keep unchanged files untouched, the
 * sweep of temp files a killed build left, path containment. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
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

/* errno of path_open_in(dir/r, rel), 0 when it opens (and it reads). */
static int open_err(const char *rel)
{
	int fd = path_open_in(at("r"), rel);
	if (fd < 0)
		return errno;
	close(fd);
	size_t len = 0;
	char *s = file_read_in(at("r"), rel, &len);
	assert_non_null(s);
	assert_string_equal(s, "isi");
	free(s);
	return 0;
}

static void test_open_in(void **state)
{
	(void)state;
	assert_int_equal(file_write_atomic(at("r/bab/satu.md"), "isi", 3), 0);
	assert_int_equal(file_write_atomic(at("r/a.csv"), "isi", 3), 0);
	assert_int_equal(file_write_atomic(at("luar/x.csv"), "isi", 3), 0);
	assert_int_equal(mkfifo(at("r/fifo.csv"), 0644), 0);
	assert_int_equal(symlink(at("luar"), at("r/sistem")), 0);
	assert_int_equal(symlink("/etc/passwd", at("r/passwd.csv")), 0);
	/* A link that stays inside is refused all the same: the rule is
	 * "no link", checked on every component. */
	assert_int_equal(symlink("a.csv", at("r/b.csv")), 0);
	assert_int_equal(symlink("bab", at("r/bab2")), 0);

	assert_int_equal(open_err("a.csv"), 0);
	assert_int_equal(open_err("bab/satu.md"), 0);
	assert_int_equal(open_err("sistem/x.csv"), ELOOP);
	assert_int_equal(open_err("passwd.csv"), ELOOP);
	assert_int_equal(open_err("b.csv"), ELOOP);
	assert_int_equal(open_err("bab2/satu.md"), ELOOP);
	assert_int_equal(open_err("fifo.csv"), ENODEV); /* and did not block */
	assert_int_equal(open_err("bab"), EISDIR);
	assert_int_equal(open_err("a.csv/x"), ENOTDIR);
	assert_int_equal(open_err("tidak.csv"), ENOENT);
	assert_int_equal(open_err("../luar/x.csv"), EXDEV);
	assert_int_equal(open_err("/etc/passwd"), EXDEV);
	/* The root itself may be reached through a link. */
	assert_int_equal(symlink(at("r"), at("r-link")), 0);
	int fd = path_open_in(at("r-link"), "a.csv");
	assert_true(fd >= 0);
	close(fd);
	/* path_open_under takes root + "/" + rel. */
	fd = path_open_under(at("r"), at("r/a.csv"));
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(path_open_under(at("r"), at("luar/x.csv")), -1);
	assert_int_equal(errno, EXDEV);
	assert_string_equal(path_refusal(ELOOP), "symbolic links are not "
		"followed in the content folder");
	assert_string_equal(path_refusal(ENODEV), "not a regular file (a "
		"FIFO, socket or device)");
}

static void test_csv_name(void **state)
{
	(void)state;
	assert_true(path_is_csv_name("kinerja.csv"));
	assert_true(path_is_csv_name("a.csv"));
	assert_false(path_is_csv_name(".csv"));
	assert_false(path_is_csv_name("._kinerja.csv")); /* macOS resource */
	assert_false(path_is_csv_name("kinerja.csv#"));
	assert_false(path_is_csv_name("kinerja.CSV.bak"));
}

/* A file over the limit is refused, whole or sparse, and one at the limit
 * is read; a FIFO (no size) is limited while it is read. */
static void test_read_max(void **state)
{
	(void)state;
	assert_int_equal(file_write_atomic(at("sepuluh"), "0123456789", 10), 0);
	size_t len = 0;
	int fd = open(at("sepuluh"), O_RDONLY);
	char *s = file_read_fd_max(fd, 10, &len);
	assert_non_null(s);
	assert_int_equal(len, 10);
	assert_string_equal(s, "0123456789");
	free(s);
	lseek(fd, 0, SEEK_SET);
	errno = 0;
	assert_null(file_read_fd_max(fd, 9, &len));
	assert_int_equal(errno, EFBIG);
	close(fd);
	/* 5 GB of holes: refused by its size, before any byte is read. */
	fd = open(at("besar.md"), O_CREAT | O_WRONLY, 0644);
	assert_int_equal(ftruncate(fd, 5LL << 30), 0);
	close(fd);
	errno = 0;
	assert_null(file_read_in(at(""), "besar.md", &len));
	assert_int_equal(errno, EFBIG);
	assert_string_equal(path_refusal(EFBIG), "the file is over 4 MB, the "
		"limit of a text file (a chapter, a CSV table, a YAML file): a "
		"whole report's text is far less");
	/* A pipe has no size to read first: the limit holds while reading. */
	int p[2];
	assert_int_equal(pipe(p), 0);
	char buf[64] = {0};
	assert_int_equal(write(p[1], buf, sizeof buf), (ssize_t)sizeof buf);
	close(p[1]);
	errno = 0;
	assert_null(file_read_fd_max(p[0], 20, &len));
	assert_int_equal(errno, EFBIG);
	close(p[0]);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_name),
		T(test_sweep),
		T(test_write_same_bytes_keeps_file),
		T(test_contained),
		T(test_open_in),
		T(test_read_max),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
