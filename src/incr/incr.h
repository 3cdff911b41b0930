/* Incremental builds: content hashes and the manifest kept in out/.
 *
 * A report's key is the hash of everything its pages can depend on: every
 * file of its folder (sorted relative paths and bytes), site.yaml, the
 * templates/ and fonts/ files, the lkjip binary itself and the environment
 * that changes output bytes (SOURCE_DATE_EPOCH). Equal key and untouched
 * outputs (size and mtime as recorded) => the report is skipped. Anything
 * unexpected in the manifest => it is ignored, i.e. a full rebuild.
 *
 * Hash: XXH3-128 from libxxhash (Debian libxxhash-dev). The inputs are the
 * agency's own files, not an adversary's, so a cryptographic hash buys
 * nothing here; XXH3 hashes the 3 MB of fonts plus the binary in well under
 * a millisecond, which keeps a one-cell rebuild cheap, and 128 bits make an
 * accidental collision negligible. */
#ifndef LKJIP_INCR_H
#define LKJIP_INCR_H

#include <stdbool.h>
#include <stddef.h>

/* 32 lower-case hex digits and a NUL. */
#define INCR_HEX_LEN 33

struct incr_hasher;
struct incr_hasher *incr_hasher_new(void);
/* Writes the digest as hex and frees the hasher. */
void incr_hasher_final(struct incr_hasher *, char hex[INCR_HEX_LEN]);
void incr_hash_bytes(struct incr_hasher *, const void *, size_t);
/* A string with its length, so "ab"+"c" and "a"+"bc" differ. NULL hashes
 * differently from "". */
void incr_hash_str(struct incr_hasher *, const char *);
/* The bytes of one file (name not included). -1 when unreadable. */
int incr_hash_file(struct incr_hasher *, const char *path);
/* Every regular file below dir, in byte order of the relative path: path
 * and bytes. A symbolic link is never followed (one to /usr or /proc/kmsg
 * would be read for minutes or for ever): it hashes as where it points.
 * FIFOs and devices are left out. A missing dir hashes as empty. -1 on a
 * read error. */
int incr_hash_tree(struct incr_hasher *, const char *dir);

/* ---- The manifest: out/.lkjip-manifest ---- */

#define INCR_MANIFEST ".lkjip-manifest"

/* One output file, relative to the output folder, as it was left. */
struct incr_output {
	char *path;
	long long size;
	long long mtime_ns;
	size_t seq;   /* order added: of a path added twice, the last wins */
};

/* A unit of the build: a report (id = its folder name) or the site pages
 * (id = "-"). */
struct incr_unit {
	char *id;
	char key[INCR_HEX_LEN];
	struct incr_output *out;
	size_t nout, cap;
};

struct incr_manifest {
	struct incr_unit *unit;
	size_t nunit, cap;
	size_t *index, nindex;  /* units sorted by id, when read back */
};

struct incr_manifest *incr_manifest_new(void);
void incr_manifest_free(struct incr_manifest *); /* accepts NULL */
/* Reads out_dir/.lkjip-manifest. NULL when missing, unreadable, of another
 * tool or format version, edited (its closing checksum), or malformed in
 * any way: the caller then rebuilds everything. n log n in its size. */
struct incr_manifest *incr_manifest_read(const char *out_dir);
/* Writes it atomically: units in the order given, each one's outputs
 * sorted by path, a path added twice listed once (with its last stat). */
int incr_manifest_write(struct incr_manifest *, const char *out_dir);
/* The same under another name: a shard of a build keeps its own manifest
 * (".lkjip-manifest.shard-1-of-4"), and so does the site step
 * (".lkjip-manifest.site"), so that shards copied into one folder do not
 * overwrite each other's. Every such name begins with INCR_MANIFEST. */
struct incr_manifest *incr_manifest_read_named(const char *out_dir,
	const char *name);
int incr_manifest_write_named(struct incr_manifest *, const char *out_dir,
	const char *name);

struct incr_unit *incr_manifest_unit(const struct incr_manifest *,
	const char *id);
struct incr_unit *incr_manifest_add(struct incr_manifest *, const char *id,
	const char *key);
/* Adds an output (path relative to out_dir) with its current size and
 * mtime; a path added again is listed once when written, with its last
 * stat. -1 when it cannot be stat'ed. */
int incr_unit_add_output(struct incr_unit *, const char *out_dir,
	const char *rel);
/* True when a unit of a manifest read back lists rel (binary search:
 * its outputs are sorted by path). */
bool incr_unit_lists(const struct incr_unit *, const char *rel);
/* Removes the outputs of a unit read back (a report no longer in the
 * content) from out_dir, except those keep() says another unit still
 * lists, and then their folders left empty. Only regular files are
 * removed, never a symlink or anything the manifest does not list.
 * Returns how many files were removed. */
size_t incr_unit_remove_outputs(const struct incr_unit *, const char *out_dir,
	bool (*keep)(const char *rel, void *ctx), void *ctx);
/* True when every recorded output still has its recorded size and mtime. */
bool incr_unit_outputs_intact(const struct incr_unit *, const char *out_dir);

#endif
