#define _GNU_SOURCE
#include "incr/incr.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "util/path.h"
#include "util/xalloc.h"

/* The header names tool and format: a manifest of another tool, another
 * format version or another lkjip release is foreign. */
#define MANIFEST_HEADER "lkjip-manifest 2 " LKJIP_VERSION

struct incr_hasher {
	XXH3_state_t *st;
};

struct incr_hasher *incr_hasher_new(void)
{
	struct incr_hasher *h = xmalloc(sizeof *h);
	if ((h->st = XXH3_createState()) == NULL)
		xalloc_oom();
	XXH3_128bits_reset(h->st);
	return h;
}

void incr_hasher_final(struct incr_hasher *h, char hex[INCR_HEX_LEN])
{
	XXH128_hash_t d = XXH3_128bits_digest(h->st);
	snprintf(hex, INCR_HEX_LEN, "%016" PRIx64 "%016" PRIx64,
		(uint64_t)d.high64, (uint64_t)d.low64);
	XXH3_freeState(h->st);
	free(h);
}

void incr_hash_bytes(struct incr_hasher *h, const void *p, size_t n)
{
	XXH3_128bits_update(h->st, p, n);
}

void incr_hash_str(struct incr_hasher *h, const char *s)
{
	uint64_t n = s ? (uint64_t)strlen(s) : UINT64_MAX;
	incr_hash_bytes(h, &n, sizeof n);
	if (s != NULL)
		incr_hash_bytes(h, s, strlen(s));
}

static int hash_stream(struct incr_hasher *h, FILE *f);

int incr_hash_file(struct incr_hasher *h, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return -1;
	return hash_stream(h, f);
}

/* A file of the content folder, by the loader's rule (path_open_in): a
 * link is not followed (a link to /usr would be hashed for minutes), a
 * FIFO or device not read (/proc/kmsg would block forever). collect()
 * lists only regular files; this holds if one is swapped meanwhile. */
static int hash_content_file(struct incr_hasher *h, const char *path)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC |
		O_NOCTTY);
	struct stat st;
	if (fd >= 0 && (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))) {
		close(fd);
		fd = -1;
	}
	FILE *f = fd < 0 ? NULL : fdopen(fd, "rb");
	if (f == NULL) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	return hash_stream(h, f);
}

static int hash_stream(struct incr_hasher *h, FILE *f)
{
	char buf[65536];
	size_t r;
	uint64_t total = 0;
	while ((r = fread(buf, 1, sizeof buf, f)) > 0) {
		incr_hash_bytes(h, buf, r);
		total += r;
	}
	int bad = ferror(f);
	fclose(f);
	/* The length closes the file's bytes off from what follows. */
	incr_hash_bytes(h, &total, sizeof total);
	return bad ? -1 : 0;
}

struct names {
	char **v;
	size_t n, cap;
};

static void names_push(struct names *ns, char *s)
{
	if (ns->n == ns->cap) {
		ns->cap = ns->cap ? ns->cap * 2 : 32;
		ns->v = xreallocarray(ns->v, ns->cap, sizeof *ns->v);
	}
	ns->v[ns->n++] = s;
}

/* Collects the relative paths of regular files and symbolic links below
 * root/rel (lstat: a linked folder is not entered). */
static int collect(const char *root, const char *rel, struct names *ns)
{
	char *dir = NULL;
	dir = xasprintf("%s%s%s", root, *rel ? "/" : "", rel);
	DIR *d = opendir(dir);
	if (d == NULL) {
		int e = errno;
		free(dir);
		/* A folder that is not there has no files. */
		return e == ENOENT || e == ENOTDIR ? 0 : -1;
	}
	int rc = 0;
	struct dirent *de;
	while (rc == 0 && (de = readdir(d)) != NULL) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		char *r = NULL, *full = NULL;
		r = xasprintf("%s%s%s", rel, *rel ? "/" : "", de->d_name);
		full = xasprintf("%s/%s", dir, de->d_name);
		struct stat st;
		/* lstat: a link is not followed out of the content folder
		 * (the loader refuses it anyway); neither is it an input. */
		if (lstat(full, &st) < 0) {
			/* A file removed while we look: not an input. */
			free(r);
		} else if (S_ISDIR(st.st_mode)) {
			rc = collect(root, r, ns);
			free(r);
		} else if (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) {
			names_push(ns, r);
		} else {
			free(r);
		}
		free(full);
	}
	closedir(d);
	free(dir);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int incr_hash_tree(struct incr_hasher *h, const char *dir)
{
	struct names ns = {0};
	int rc = collect(dir, "", &ns);
	if (ns.n > 1)
		qsort(ns.v, ns.n, sizeof *ns.v, cmp_str);
	uint64_t n = ns.n;
	incr_hash_bytes(h, &n, sizeof n);
	for (size_t i = 0; i < ns.n; i++) {
		char *full = NULL;
		full = xasprintf("%s/%s", dir, ns.v[i]);
		incr_hash_str(h, ns.v[i]);
		/* A link counts by where it points, never by what is there. */
		char target[4096];
		ssize_t tn = readlink(full, target, sizeof target - 1);
		if (tn >= 0) {
			target[tn] = '\0';
			incr_hash_str(h, "link");
			incr_hash_str(h, target);
		} else if (rc == 0 && hash_content_file(h, full) < 0) {
			rc = -1;
		}
		free(full);
		free(ns.v[i]);
	}
	free(ns.v);
	return rc;
}

/* ---- Manifest ---- */

struct incr_manifest *incr_manifest_new(void)
{
	struct incr_manifest *m = xcalloc(1, sizeof *m);
	return m;
}

void incr_manifest_free(struct incr_manifest *m)
{
	if (m == NULL)
		return;
	for (size_t i = 0; i < m->nunit; i++) {
		struct incr_unit *u = &m->unit[i];
		for (size_t j = 0; j < u->nout; j++)
			free(u->out[j].path);
		free(u->out);
		free(u->id);
	}
	free(m->unit);
	free(m->index);
	free(m);
}

static int cmp_unit_id(const void *a, const void *b, void *ctx)
{
	const struct incr_manifest *m = ctx;
	return strcmp(m->unit[*(const size_t *)a].id,
		m->unit[*(const size_t *)b].id);
}

/* Sorts the units' ids into m->index, for lookups in log n (a manifest
 * read back can hold thousands of reports). False when an id is twice. */
static bool index_units(struct incr_manifest *m)
{
	free(m->index);
	m->index = xmalloc((m->nunit + 1) * sizeof *m->index);
	for (size_t i = 0; i < m->nunit; i++)
		m->index[i] = i;
	qsort_r(m->index, m->nunit, sizeof *m->index, cmp_unit_id, m);
	m->nindex = m->nunit;
	for (size_t i = 1; i < m->nunit; i++)
		if (!strcmp(m->unit[m->index[i - 1]].id,
				m->unit[m->index[i]].id))
			return false;
	return true;
}

struct incr_unit *incr_manifest_unit(const struct incr_manifest *m,
	const char *id)
{
	if (m == NULL)
		return NULL;
	if (m->index != NULL && m->nindex == m->nunit) {
		size_t lo = 0, hi = m->nindex;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			struct incr_unit *u = &m->unit[m->index[mid]];
			int c = strcmp(u->id, id);
			if (c == 0)
				return u;
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		return NULL;
	}
	/* Being assembled (no lookups in the build's own new manifest). */
	for (size_t i = 0; i < m->nunit; i++)
		if (!strcmp(m->unit[i].id, id))
			return &m->unit[i];
	return NULL;
}

struct incr_unit *incr_manifest_add(struct incr_manifest *m, const char *id,
	const char *key)
{
	if (m->nunit == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 8;
		m->unit = xreallocarray(m->unit, m->cap, sizeof *m->unit);
	}
	struct incr_unit *u = &m->unit[m->nunit++];
	memset(u, 0, sizeof *u);
	u->id = xstrdup(id);
	snprintf(u->key, sizeof u->key, "%s", key);
	return u;
}

static long long mtime_ns(const struct stat *st)
{
	return (long long)st->st_mtim.tv_sec * 1000000000LL +
		st->st_mtim.tv_nsec;
}

/* Appends; a path added twice is settled by unit_settle, so that adding
 * n outputs costs n, not n squared. */
static void unit_put(struct incr_unit *u, const char *rel, long long size,
	long long mt)
{
	if (u->nout == u->cap) {
		u->cap = u->cap ? u->cap * 2 : 16;
		u->out = xreallocarray(u->out, u->cap, sizeof *u->out);
	}
	struct incr_output *o = &u->out[u->nout++];
	o->path = xstrdup(rel);
	o->size = size;
	o->mtime_ns = mt;
	o->seq = u->nout;
}

static int cmp_output(const void *a, const void *b)
{
	const struct incr_output *x = a, *y = b;
	int c = strcmp(x->path, y->path);
	if (c != 0)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Sorts the outputs by path and keeps, of a path listed twice, the last
 * one added (its stat is the newer). Returns how many were dropped. */
static size_t unit_settle(struct incr_unit *u)
{
	if (u->nout > 1)
		qsort(u->out, u->nout, sizeof *u->out, cmp_output);
	size_t k = 0, dropped = 0;
	for (size_t i = 0; i < u->nout; i++) {
		if (i + 1 < u->nout && !strcmp(u->out[i].path,
				u->out[i + 1].path)) {
			free(u->out[i].path);
			dropped++;
			continue;
		}
		u->out[k++] = u->out[i];
	}
	u->nout = k;
	for (size_t i = 0; i < k; i++)
		u->out[i].seq = i + 1;
	return dropped;
}

bool incr_unit_lists(const struct incr_unit *u, const char *rel)
{
	struct incr_output key = {.path = (char *)rel};
	size_t lo = 0, hi = u->nout;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(u->out[mid].path, key.path);
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

int incr_unit_add_output(struct incr_unit *u, const char *out_dir,
	const char *rel)
{
	char *full = NULL;
	full = xasprintf("%s/%s", out_dir, rel);
	struct stat st;
	int rc = stat(full, &st);
	free(full);
	if (rc < 0)
		return -1;
	unit_put(u, rel, (long long)st.st_size, mtime_ns(&st));
	return 0;
}

bool incr_unit_outputs_intact(const struct incr_unit *u, const char *out_dir)
{
	if (u->nout == 0)
		return false; /* a unit always writes something */
	for (size_t i = 0; i < u->nout; i++) {
		char *full = NULL;
		full = xasprintf("%s/%s", out_dir, u->out[i].path);
		struct stat st;
		int rc = stat(full, &st);
		free(full);
		if (rc < 0 || !S_ISREG(st.st_mode) ||
				(long long)st.st_size != u->out[i].size ||
				mtime_ns(&st) != u->out[i].mtime_ns)
			return false;
	}
	return true;
}

static bool is_hex_key(const char *s)
{
	if (strlen(s) != INCR_HEX_LEN - 1)
		return false;
	for (; *s; s++)
		if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
			return false;
	return true;
}

/* The checksum of the records, for the closing line. */
static void records_sum(const char *text, size_t len, char hex[INCR_HEX_LEN])
{
	struct incr_hasher *h = incr_hasher_new();
	incr_hash_bytes(h, text, len);
	incr_hasher_final(h, hex);
}

/* Format, one record per line, fields separated by one tab:
 *   lkjip-manifest 2 <version>
 *   unit	<id>	<key>
 *   out	<size>	<mtime_ns>	<path>      (belongs to the unit above)
 *   end <checksum>
 * The closing line tells a complete file from a truncated one, and its
 * checksum (of every byte before it) an edited one: a line removed by hand
 * would otherwise hide an output that is gone. The manifest is a cache:
 * anything doubtful reads as no manifest. Reading is n log n: units and
 * outputs are sorted once, not searched per line. */
struct incr_manifest *incr_manifest_read(const char *out_dir)
{
	return incr_manifest_read_named(out_dir, INCR_MANIFEST);
}

struct incr_manifest *incr_manifest_read_named(const char *out_dir,
	const char *name)
{
	char *path = NULL;
	path = xasprintf("%s/%s", out_dir, name);
	size_t len;
	char *text = file_read(path, &len);
	free(path);
	if (text == NULL)
		return NULL;
	/* The last line: "end <checksum>\n", over the bytes before it. */
	char *last = NULL;
	if (len >= 2 && text[len - 1] == '\n' && strlen(text) == len) {
		text[len - 1] = '\0';
		last = strrchr(text, '\n');
		last = last ? last + 1 : text;
	}
	char sum[INCR_HEX_LEN];
	if (last == NULL || strncmp(last, "end ", 4) != 0 ||
			(records_sum(text, (size_t)(last - text), sum),
			strcmp(last + 4, sum) != 0)) {
		free(text);
		return NULL;
	}
	*last = '\0';
	struct incr_manifest *m = incr_manifest_new();
	struct incr_unit *u = NULL;
	bool header = false, ok = true;
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); ok && line != NULL;
			line = strtok_r(NULL, "\n", &save)) {
		if (!header) {
			ok = header = !strcmp(line, MANIFEST_HEADER);
		} else if (!strncmp(line, "unit\t", 5)) {
			char *id = line + 5, *key = strchr(id, '\t');
			if (key == NULL || key == id) {
				ok = false;
				break;
			}
			*key++ = '\0';
			if (!is_hex_key(key)) {
				ok = false;
				break;
			}
			u = incr_manifest_add(m, id, key);
		} else if (!strncmp(line, "out\t", 4) && u != NULL) {
			char *p = line + 4, *e;
			errno = 0;
			long long size = strtoll(p, &e, 10);
			if (e == p || *e != '\t' || size < 0 || errno) {
				ok = false;
				break;
			}
			p = e + 1;
			long long mt = strtoll(p, &e, 10);
			if (e == p || *e != '\t' || errno) {
				ok = false;
				break;
			}
			p = e + 1;
			if (!path_is_contained(p)) {
				ok = false;
				break;
			}
			unit_put(u, p, size, mt);
		} else {
			ok = false;
		}
	}
	free(text);
	/* A unit or an output listed twice is not what lkjip writes. */
	if (ok && header && index_units(m)) {
		for (size_t i = 0; ok && i < m->nunit; i++)
			ok = unit_settle(&m->unit[i]) == 0;
		if (ok)
			return m;
	}
	incr_manifest_free(m);
	return NULL;
}

int incr_manifest_write(struct incr_manifest *m, const char *out_dir)
{
	return incr_manifest_write_named(m, out_dir, INCR_MANIFEST);
}

int incr_manifest_write_named(struct incr_manifest *m, const char *out_dir,
	const char *name)
{
	char *buf = NULL, *path = NULL;
	size_t len = 0;
	FILE *f = xopen_memstream(&buf, &len);
	fprintf(f, "%s\n", MANIFEST_HEADER);
	for (size_t i = 0; i < m->nunit; i++) {
		struct incr_unit *u = &m->unit[i];
		unit_settle(u);
		fprintf(f, "unit\t%s\t%s\n", u->id, u->key);
		for (size_t j = 0; j < u->nout; j++)
			fprintf(f, "out\t%lld\t%lld\t%s\n", u->out[j].size,
				u->out[j].mtime_ns, u->out[j].path);
	}
	if (fflush(f) != 0) {
		fclose(f);
		free(buf);
		return -1;
	}
	char sum[INCR_HEX_LEN];
	records_sum(buf, len, sum);
	fprintf(f, "end %s\n", sum);
	if (fclose(f) != 0) {
		free(buf);
		return -1;
	}
	path = xasprintf("%s/%s", out_dir, name);
	int rc = file_write_atomic(path, buf, len);
	free(path);
	free(buf);
	return rc;
}

size_t incr_unit_remove_outputs(const struct incr_unit *u, const char *out_dir,
	bool (*keep)(const char *rel, void *ctx), void *ctx)
{
	size_t removed = 0;
	for (size_t i = 0; i < u->nout; i++) {
		const char *rel = u->out[i].path;
		if (keep != NULL && keep(rel, ctx))
			continue;
		char *full = NULL;
		full = xasprintf("%s/%s", out_dir, rel);
		struct stat st;
		if (lstat(full, &st) == 0 && S_ISREG(st.st_mode) &&
				unlink(full) == 0) {
			removed++;
			/* Its folders, up to out_dir, when nothing is left in
			 * them (rmdir refuses a folder that is not empty). */
			char *slash;
			size_t base = strlen(out_dir);
			while ((slash = strrchr(full, '/')) != NULL &&
					(size_t)(slash - full) > base) {
				*slash = '\0';
				if (rmdir(full) != 0)
					break;
			}
		}
		free(full);
	}
	return removed;
}
