/* Hashing and the manifest: equal content gives equal keys whatever the
 * order files were made in, any byte or name change moves the key, and a
 * manifest that is not exactly ours reads as NULL (full rebuild). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include <xxhash.h>

#include "incr/incr.h"
#include "util/path.h"

static char tmpl[] = "/tmp/lkjip-test-incr.XXXXXX";
static const char *root;

static void put(const char *rel, const char *text)
{
	char *p = NULL;
	assert_true(asprintf(&p, "%s/%s", root, rel) > 0);
	assert_int_equal(file_write_atomic(p, text, strlen(text)), 0);
	free(p);
}

static void tree_key(const char *rel, char key[INCR_HEX_LEN])
{
	char *p = NULL;
	assert_true(asprintf(&p, "%s/%s", root, rel) > 0);
	struct incr_hasher *h = incr_hasher_new();
	assert_int_equal(incr_hash_tree(h, p), 0);
	incr_hasher_final(h, key);
	free(p);
}

static void test_digest_is_xxh3_128(void **state)
{
	(void)state;
	char key[INCR_HEX_LEN];
	struct incr_hasher *h = incr_hasher_new();
	incr_hasher_final(h, key);
	/* XXH3-128 of no bytes, the library's published test vector. */
	assert_string_equal(key, "99aa06d3014798d86001c324468d497f");
	h = incr_hasher_new();
	incr_hash_bytes(h, "ab", 2);
	incr_hash_bytes(h, "c", 1);
	incr_hasher_final(h, key);
	XXH128_hash_t d = XXH3_128bits("abc", 3);
	char want[INCR_HEX_LEN];
	snprintf(want, sizeof want, "%016llx%016llx",
		(unsigned long long)d.high64, (unsigned long long)d.low64);
	assert_string_equal(key, want);
}

static void test_strings_are_framed(void **state)
{
	(void)state;
	char a[INCR_HEX_LEN], b[INCR_HEX_LEN], c[INCR_HEX_LEN];
	struct incr_hasher *h = incr_hasher_new();
	incr_hash_str(h, "ab");
	incr_hash_str(h, "c");
	incr_hasher_final(h, a);
	h = incr_hasher_new();
	incr_hash_str(h, "a");
	incr_hash_str(h, "bc");
	incr_hasher_final(h, b);
	h = incr_hasher_new();
	incr_hash_str(h, NULL);
	incr_hasher_final(h, c);
	assert_string_not_equal(a, b);
	h = incr_hasher_new();
	incr_hash_str(h, "");
	incr_hasher_final(h, a);
	assert_string_not_equal(a, c); /* NULL is not "" */
}

static void test_tree_keys(void **state)
{
	(void)state;
	char k1[INCR_HEX_LEN], k2[INCR_HEX_LEN], k3[INCR_HEX_LEN];
	/* Same files, made in opposite orders. */
	put("a/kinerja.csv", "IKU1,2024,70,76\n");
	put("a/bab/10.md", "Pendahuluan\n");
	put("b/bab/10.md", "Pendahuluan\n");
	put("b/kinerja.csv", "IKU1,2024,70,76\n");
	tree_key("a", k1);
	tree_key("b", k2);
	assert_string_equal(k1, k2);
	/* One cell. */
	put("b/kinerja.csv", "IKU1,2024,70,78\n");
	tree_key("b", k2);
	assert_string_not_equal(k1, k2);
	/* Same bytes under another name. */
	put("c/kinerja2.csv", "IKU1,2024,70,76\n");
	put("c/bab/10.md", "Pendahuluan\n");
	tree_key("c", k3);
	assert_string_not_equal(k1, k3);
	/* Bytes moved from one file to the next. */
	put("d/kinerja.csv", "IKU1,2024,70,76\nP");
	put("d/bab/10.md", "endahuluan\n");
	tree_key("d", k3);
	assert_string_not_equal(k1, k3);
	/* A missing folder hashes as an empty one. */
	char *e = NULL;
	assert_true(asprintf(&e, "%s/e", root) > 0);
	mkdir(e, 0755);
	free(e);
	tree_key("e", k1);
	tree_key("no-such-folder", k2);
	assert_string_equal(k1, k2);
}

/* Links are hashed as where they point, never followed; FIFOs are left
 * out (a link to /proc/kmsg or a FIFO used to block for ever, one to /usr
 * to be read for minutes). */
static void test_tree_links_not_followed(void **state)
{
	(void)state;
	char k1[INCR_HEX_LEN], k2[INCR_HEX_LEN];
	char *p = NULL;
	put("l/laporan.yaml", "laporan:\n");
	tree_key("l", k1);
	assert_true(asprintf(&p, "%s/l/antrian", root) > 0);
	assert_int_equal(mkfifo(p, 0644), 0);
	free(p);
	tree_key("l", k2);
	assert_string_equal(k1, k2);
	assert_true(asprintf(&p, "%s/l/usr", root) > 0);
	assert_int_equal(symlink("/usr", p), 0);
	free(p);
	assert_true(asprintf(&p, "%s/l/kmsg", root) > 0);
	assert_int_equal(symlink("/proc/kmsg", p), 0);
	tree_key("l", k1);
	assert_string_not_equal(k1, k2);
	/* Pointed elsewhere: another key. */
	unlink(p);
	assert_int_equal(symlink("/proc/version", p), 0);
	free(p);
	tree_key("l", k2);
	assert_string_not_equal(k1, k2);
}

static const char K1[] = "0123456789abcdef0123456789abcdef";
static const char K2[] = "fedcba9876543210fedcba9876543210";

static void test_manifest_round_trip(void **state)
{
	(void)state;
	put("out/r1/index.html", "<html>1</html>");
	put("out/r1/r1.pdf", "%PDF-1.7");
	put("out/index.html", "<html>site</html>");
	char *out = NULL;
	assert_true(asprintf(&out, "%s/out", root) > 0);
	struct incr_manifest *m = incr_manifest_new();
	struct incr_unit *u = incr_manifest_add(m, "r1", K1);
	assert_int_equal(incr_unit_add_output(u, out, "r1/index.html"), 0);
	assert_int_equal(incr_unit_add_output(u, out, "r1/r1.pdf"), 0);
	assert_int_equal(incr_unit_add_output(u, out, "r1/index.html"), 0);
	assert_int_equal(u->nout, 3); /* appended; listed once when written */
	assert_int_equal(incr_unit_add_output(u, out, "r1/missing"), -1);
	u = incr_manifest_add(m, "/site", K2);
	assert_int_equal(incr_unit_add_output(u, out, "index.html"), 0);
	assert_int_equal(incr_manifest_write(m, out), 0);
	incr_manifest_free(m);

	m = incr_manifest_read(out);
	assert_non_null(m);
	assert_int_equal(m->nunit, 2);
	u = incr_manifest_unit(m, "r1");
	assert_non_null(u);
	assert_string_equal(u->key, K1);
	assert_int_equal(u->nout, 2);
	assert_string_equal(u->out[1].path, "r1/r1.pdf");
	assert_int_equal(u->out[1].size, 8);
	assert_true(incr_unit_outputs_intact(u, out));
	assert_string_equal(incr_manifest_unit(m, "/site")->key, K2);
	assert_null(incr_manifest_unit(m, "r2"));

	/* Touched by hand (other size), then removed: not intact. */
	put("out/r1/r1.pdf", "%PDF-1.7 edited");
	assert_false(incr_unit_outputs_intact(u, out));
	put("out/r1/r1.pdf", "%PDF-1.7");
	char *p = NULL;
	assert_true(asprintf(&p, "%s/r1/index.html", out) > 0);
	unlink(p);
	free(p);
	assert_false(incr_unit_outputs_intact(u, out));
	incr_manifest_free(m);
	free(out);
}

#define HEAD "lkjip-manifest 2 " LKJIP_VERSION "\n"
#define UNIT1 "unit\tr1\t0123456789abcdef0123456789abcdef\n"

/* Writes records with the closing line a real manifest has. */
static void put_manifest(const char *path, const char *records)
{
	char sum[INCR_HEX_LEN];
	struct incr_hasher *h = incr_hasher_new();
	incr_hash_bytes(h, records, strlen(records));
	incr_hasher_final(h, sum);
	char *text = NULL;
	assert_true(asprintf(&text, "%send %s\n", records, sum) > 0);
	assert_int_equal(file_write_atomic(path, text, strlen(text)), 0);
	free(text);
}

/* Each damaged manifest must read as NULL: those with a wrong or missing
 * checksum, and those whose checksum is right but whose records are not
 * what lkjip writes. */
static void test_manifest_damaged(void **state)
{
	(void)state;
	static const char *bad[] = {
		"",                                          /* empty */
		HEAD,                                        /* no end */
		HEAD "end\n",                                /* no checksum */
		HEAD "end 0123456789abcdef0123456789abcdef\n", /* wrong one */
		"other-tool 1\nend\n",                        /* foreign */
	};
	static const char *bad_records[] = {
		"",                                          /* no header */
		"lkjip-manifest 2 9.9.9\n",                   /* other version */
		"lkjip-manifest 1 " LKJIP_VERSION "\n",       /* format 1 */
		"other-tool 1\n",                             /* foreign */
		HEAD "unit\tr1\tXYZ\n",                       /* bad key */
		HEAD UNIT1 "out\t1\t2\t../etc/passwd\n",      /* escapes out/ */
		HEAD "out\t1\t2\tx\n",                        /* out of no unit */
		HEAD UNIT1 UNIT1,                             /* unit twice */
		HEAD UNIT1 "out\t1\t2\tr1/a\nout\t1\t2\tr1/a\n", /* out twice */
		HEAD "end\n" UNIT1,                           /* after end */
		HEAD UNIT1 "out\tx\t2\tr1/a\n",               /* bad size */
	};
	char *out = NULL, *path = NULL;
	assert_true(asprintf(&out, "%s/damaged", root) > 0);
	assert_true(asprintf(&path, "%s/%s", out, INCR_MANIFEST) > 0);
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		assert_int_equal(file_write_atomic(path, bad[i],
			strlen(bad[i])), 0);
		struct incr_manifest *m = incr_manifest_read(out);
		if (m != NULL)
			fail_msg("damaged manifest %zu was accepted", i);
	}
	for (size_t i = 0; i < sizeof bad_records / sizeof *bad_records; i++) {
		put_manifest(path, bad_records[i]);
		struct incr_manifest *m = incr_manifest_read(out);
		if (m != NULL)
			fail_msg("damaged records %zu were accepted", i);
	}
	/* And the smallest sound one is accepted. */
	put_manifest(path, HEAD);
	struct incr_manifest *m = incr_manifest_read(out);
	assert_non_null(m);
	assert_int_equal(m->nunit, 0);
	incr_manifest_free(m);
	/* A line removed by hand (here the PDF's) breaks the checksum. */
	put_manifest(path, HEAD UNIT1 "out\t1\t2\tr1/index.html\n"
		"out\t1\t2\tr1/r1.pdf\n");
	m = incr_manifest_read(out);
	assert_non_null(m);
	assert_true(incr_unit_lists(incr_manifest_unit(m, "r1"), "r1/r1.pdf"));
	incr_manifest_free(m);
	char *text = file_read(path, NULL);
	char *line = strstr(text, "out\t1\t2\tr1/r1.pdf\n");
	assert_non_null(line);
	memmove(line, line + strlen("out\t1\t2\tr1/r1.pdf\n"),
		strlen(line + strlen("out\t1\t2\tr1/r1.pdf\n")) + 1);
	assert_int_equal(file_write_atomic(path, text, strlen(text)), 0);
	free(text);
	assert_null(incr_manifest_read(out));
	free(out);
	free(path);
}

/* Many units and outputs read back in n log n, every one found. */
static void test_manifest_large(void **state)
{
	(void)state;
	char *out = NULL;
	assert_true(asprintf(&out, "%s/large", root) > 0);
	struct incr_manifest *m = incr_manifest_new();
	enum { UNITS = 20000, OUTS = 5 };
	for (int i = UNITS - 1; i >= 0; i--) {
		char id[32];
		snprintf(id, sizeof id, "r%d", i);
		struct incr_unit *u = incr_manifest_add(m, id, K1);
		for (int k = OUTS - 1; k >= 0; k--) {
			/* Outputs are stat'ed: they must exist. */
			char rel[64], in_root[80];
			snprintf(rel, sizeof rel, "f%d", k);
			snprintf(in_root, sizeof in_root, "large/%s", rel);
			if (i == UNITS - 1)
				put(in_root, "x");
			assert_int_equal(incr_unit_add_output(u, out, rel), 0);
		}
	}
	assert_int_equal(incr_manifest_write(m, out), 0);
	incr_manifest_free(m);
	m = incr_manifest_read(out);
	assert_non_null(m);
	assert_int_equal(m->nunit, UNITS);
	for (int i = 0; i < UNITS; i++) {
		char id[32];
		snprintf(id, sizeof id, "r%d", i);
		struct incr_unit *u = incr_manifest_unit(m, id);
		assert_non_null(u);
		assert_int_equal(u->nout, OUTS);
		assert_string_equal(u->out[0].path, "f0");
		assert_true(incr_unit_lists(u, "f4"));
		assert_false(incr_unit_lists(u, "f5"));
	}
	assert_null(incr_manifest_unit(m, "r-1"));
	incr_manifest_free(m);
	free(out);
}

/* file_write_atomic leaves identical bytes alone (mtime kept) and tells
 * the observer which writes changed something. */
static int seen, seen_changed;
static void observe(const char *path, bool changed, void *ctx)
{
	(void)path;
	(void)ctx;
	seen++;
	seen_changed += changed;
}

static void test_write_if_changed(void **state)
{
	(void)state;
	char *p = NULL;
	assert_true(asprintf(&p, "%s/w/file.txt", root) > 0);
	file_write_observe(observe, NULL);
	assert_int_equal(file_write_atomic(p, "satu", 4), 0);
	struct stat a, b;
	assert_int_equal(stat(p, &a), 0);
	usleep(20000);
	assert_int_equal(file_write_atomic(p, "satu", 4), 0);
	assert_int_equal(stat(p, &b), 0);
	assert_int_equal(a.st_mtim.tv_sec, b.st_mtim.tv_sec);
	assert_int_equal(a.st_mtim.tv_nsec, b.st_mtim.tv_nsec);
	assert_int_equal(a.st_ino, b.st_ino);
	assert_int_equal(file_write_atomic(p, "dua", 3), 0);
	assert_int_equal(file_write_atomic(p, "duA", 3), 0);
	file_write_observe(NULL, NULL);
	assert_int_equal(seen, 4);
	assert_int_equal(seen_changed, 3);
	assert_true(file_same_bytes(p, "duA", 3));
	assert_false(file_same_bytes(p, "dua", 3));
	assert_false(file_same_bytes(p, "duA!", 4));
	free(p);
}

int main(void)
{
	root = mkdtemp(tmpl);
	if (root == NULL)
		return 1;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_digest_is_xxh3_128),
		cmocka_unit_test(test_strings_are_framed),
		cmocka_unit_test(test_tree_keys),
		cmocka_unit_test(test_tree_links_not_followed),
		cmocka_unit_test(test_manifest_round_trip),
		cmocka_unit_test(test_manifest_damaged),
		cmocka_unit_test(test_manifest_large),
		cmocka_unit_test(test_write_if_changed),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	char *cmd = NULL;
	if (asprintf(&cmd, "rm -rf '%s'", root) > 0 && system(cmd) != 0)
		rc = rc ? rc : 1;
	free(cmd);
	return rc;
}
