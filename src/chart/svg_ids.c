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

struct idmap {
	const unsigned char **name; /* into the input */
	size_t *len;
	size_t n, cap;
};

static long find(const struct idmap *m, const unsigned char *s, size_t n)
{
	for (size_t k = 0; k < m->n; k++)
		if (m->len[k] == n && memcmp(m->name[k], s, n) == 0)
			return (long)k;
	return -1;
}

static int collect(struct idmap *m, const unsigned char *svg, size_t len)
{
	static const char key[] = " id=\"";
	const size_t kl = sizeof key - 1;
	for (size_t i = 0; i + kl < len; i++) {
		if (memcmp(svg + i, key, kl) != 0)
			continue;
		const unsigned char *s = svg + i + kl;
		const unsigned char *e = memchr(s, '"', len - (i + kl));
		if (e == NULL)
			break;
		if (find(m, s, (size_t)(e - s)) < 0) {
			if (m->n == m->cap) {
				size_t cap = m->cap ? m->cap * 2 : 64;
				m->name = xreallocarray(m->name, cap,
					sizeof *m->name);
				m->len = xreallocarray(m->len, cap,
					sizeof *m->len);
				m->cap = cap;
			}
			m->name[m->n] = s;
			m->len[m->n++] = (size_t)(e - s);
		}
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
 * a known name ending at '"' or ')' becomes prefix + its index. */
static unsigned char *rename_ids(const struct idmap *m,
	const unsigned char *svg, size_t len, const char *prefix,
	size_t *outlen)
{
	struct out o = {0};
	size_t i = 0;
	while (i < len) {
		size_t start = 0;
		if (svg[i] == '#')
			start = i + 1;
		else if (i + 4 < len && memcmp(svg + i, "id=\"", 4) == 0 &&
			(i == 0 || svg[i - 1] == ' '))
			start = i + 4;
		if (start != 0) {
			size_t e = start;
			while (e < len && svg[e] != '"' && svg[e] != ')')
				e++;
			long k = e < len ? find(m, svg + start, e - start) : -1;
			if (k >= 0) {
				char name[64];
				int n = snprintf(name, sizeof name, "%s%ld",
					prefix, k + 1);
				if (put(&o, svg + i, start - i) < 0 ||
					put(&o, name, (size_t)n) < 0)
					goto fail;
				i = e;
				continue;
			}
		}
		if (put(&o, svg + i, 1) < 0)
			goto fail;
		i++;
	}
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
	return res;
}
