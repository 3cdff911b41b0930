#define _GNU_SOURCE /* memmem */
/* Cairo's SVG surface names things with process-global counters (the
 * surface id "surface17" grows with every surface ever created), so the
 * tenth chart in a process would not match the first. Every id="..." is
 * renamed in order of appearance, with a prefix derived from the chart's
 * own content: the same chart always gets the same bytes, and two
 * different charts inlined in one HTML page never share an id (a shared
 * "glyph0-1" would make one chart borrow the other's glyphs). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart/internal.h"
#include "util/xalloc.h"

/* The chart's ids in order of first appearance, with an open-addressing
 * hash of them: a chart has hundreds (one per glyph), and a scan of the
 * list per reference made this the dearest step of drawing a chart. */
struct idmap {
	const unsigned char **name; /* into the input */
	size_t *len;
	size_t n, cap;
	long *slot;                 /* index + 1 per slot, 0 when empty */
	size_t nslot;               /* a power of two, at least 2 n */
};

static size_t hash(const unsigned char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return (size_t)(h ^ (h >> 32));
}

static long find(const struct idmap *m, const unsigned char *s, size_t n)
{
	if (m->nslot == 0)
		return -1;
	for (size_t j = hash(s, n) & (m->nslot - 1);; j = (j + 1) &
	     (m->nslot - 1)) {
		long k = m->slot[j] - 1;
		if (k < 0)
			return -1;
		if (m->len[k] == n && memcmp(m->name[k], s, n) == 0)
			return k;
	}
}

static void slot_set(struct idmap *m, size_t k)
{
	size_t j = hash(m->name[k], m->len[k]) & (m->nslot - 1);
	while (m->slot[j] != 0)
		j = (j + 1) & (m->nslot - 1);
	m->slot[j] = (long)k + 1;
}

static void add(struct idmap *m, const unsigned char *s, size_t n)
{
	if (m->n == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 64;
		m->name = xreallocarray(m->name, cap, sizeof *m->name);
		m->len = xreallocarray(m->len, cap, sizeof *m->len);
		m->cap = cap;
	}
	m->name[m->n] = s;
	m->len[m->n++] = n;
	if (2 * m->n > m->nslot) {
		free(m->slot);
		m->nslot = m->nslot ? m->nslot * 2 : 256;
		m->slot = xcalloc(m->nslot, sizeof *m->slot);
		for (size_t k = 0; k < m->n; k++)
			slot_set(m, k);
	} else {
		slot_set(m, m->n - 1);
	}
}

static int collect(struct idmap *m, const unsigned char *svg, size_t len)
{
	static const char key[] = " id=\"";
	const size_t kl = sizeof key - 1;
	size_t i = 0;
	const unsigned char *k;
	while ((k = memmem(svg + i, len - i, key, kl)) != NULL) {
		const unsigned char *s = k + kl;
		const unsigned char *e = memchr(s, '"', len - (size_t)(s - svg));
		if (e == NULL)
			break;
		if (find(m, s, (size_t)(e - s)) < 0)
			add(m, s, (size_t)(e - s));
		i = (size_t)(e - svg);
	}
	return 0;
}

struct out {
	unsigned char *p;
	size_t len, cap;
};

static int put(struct out *o, const void *d, size_t n)
{
	if (o->len + n + 1 > o->cap) {
		size_t cap = o->cap ? o->cap : 16384;
		while (cap < o->len + n + 1)
			cap *= 2;
		o->p = xrealloc(o->p, cap);
		o->cap = cap;
	}
	memcpy(o->p + o->len, d, n);
	o->len += n;
	o->p[o->len] = '\0';
	return 0;
}

/* Copies svg renaming ids: after id=" and after '#' (href="#x", url(#x)),
 * a known name ending at '"' or ')' becomes prefix + its index. The text
 * between two such places is copied in one piece. */
static unsigned char *rename_ids(const struct idmap *m,
	const unsigned char *svg, size_t len, const char *prefix,
	size_t *outlen)
{
	/* Room for the copy and some longer names: seldom a growth. */
	struct out o = {xmalloc(len + len / 8 + 1), 0, len + len / 8 + 1};
	o.p[0] = '\0';
	size_t i = 0, run = 0, pl = strlen(prefix);
	/* The next '#' and the next id=" at or after i (len: none), found
	 * by memchr and memmem rather than a test of every byte. */
	size_t nh = 0, ni = 0;
	bool stale_h = true, stale_i = true;
	while (i < len) {
		if (stale_h || nh < i) {
			const unsigned char *p = memchr(svg + i, '#', len - i);
			nh = p ? (size_t)(p - svg) : len;
			stale_h = false;
		}
		if (stale_i || ni < i) {
			/* From the space before i: id=" counts after a space. */
			size_t from = i > 0 ? i - 1 : 0;
			const unsigned char *p = memmem(svg + from, len - from,
				" id=\"", 5);
			ni = p ? (size_t)(p - svg) + 1 : len;
			stale_i = false;
		}
		i = nh < ni ? nh : ni;
		if (i >= len)
			break;
		size_t start = i == nh ? i + 1 : i + 4;
		size_t e = start;
		while (e < len && svg[e] != '"' && svg[e] != ')')
			e++;
		long k = e < len ? find(m, svg + start, e - start) : -1;
		if (k < 0) {
			i++;
			continue;
		}
		/* prefix + (k + 1) without snprintf: a chart has thousands
		 * of glyph references. */
		char num[24];
		size_t d = sizeof num;
		for (unsigned long v = (unsigned long)k + 1; v > 0; v /= 10)
			num[--d] = (char)('0' + v % 10);
		if (put(&o, svg + run, start - run) < 0 ||
			put(&o, prefix, pl) < 0 ||
			put(&o, num + d, sizeof num - d) < 0)
			goto fail;
		i = run = e;
	}
	if (put(&o, svg + run, len - run) < 0)
		goto fail;
	*outlen = o.len;
	return o.p;
fail:
	free(o.p);
	return NULL;
}

unsigned char *svg_local_ids(const unsigned char *svg, size_t len,
	size_t *outlen)
{
	struct idmap m = {0};
	unsigned char *res = NULL;
	if (collect(&m, svg, len) < 0)
		goto done;
	size_t n1;
	unsigned char *tmp = rename_ids(&m, svg, len, "id", &n1);
	if (tmp == NULL)
		goto done;
	/* FNV-1a over the chart-local text names this chart. */
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n1; i++) {
		h ^= tmp[i];
		h *= 0x100000001b3ULL;
	}
	free(tmp);
	char prefix[32];
	snprintf(prefix, sizeof prefix, "c%08x-", (unsigned)(h >> 32));
	res = rename_ids(&m, svg, len, prefix, outlen);
done:
	free(m.name);
	free(m.len);
	free(m.slot);
	return res;
}
