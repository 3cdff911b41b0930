/* Escaping for the HTML backend: text, attribute, URL and class contexts.
 * Output is XML-compatible (only the five predefined entities), so every
 * page can be checked with a strict XML parser. */
#include "html/escape.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void grow(struct hbuf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 1024;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void hbuf_free(struct hbuf *b)
{
	if (b == NULL)
		return;
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

void hbuf_putn(struct hbuf *b, const char *s, size_t n)
{
	grow(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void hbuf_puts(struct hbuf *b, const char *s)
{
	if (s != NULL)
		hbuf_putn(b, s, strlen(s));
}

void hbuf_putc(struct hbuf *b, char c)
{
	hbuf_putn(b, &c, 1);
}

void hbuf_int(struct hbuf *b, long v)
{
	char tmp[32];
	int n = snprintf(tmp, sizeof tmp, "%ld", v);
	hbuf_putn(b, tmp, (size_t)n);
}

const char *hbuf_str(struct hbuf *b)
{
	grow(b, 0);
	b->data[b->len] = '\0';
	return b->data;
}

static void esc(struct hbuf *b, const char *s, bool quotes)
{
	if (s == NULL)
		return;
	const char *run = s;
	for (const char *p = s; *p; p++) {
		const char *ent = NULL;
		switch (*p) {
		case '&': ent = "&amp;"; break;
		case '<': ent = "&lt;"; break;
		case '>': ent = "&gt;"; break;
		case '"': ent = quotes ? "&quot;" : NULL; break;
		case '\'': ent = quotes ? "&#39;" : NULL; break;
		default:
			/* C0 controls other than tab/newline are not allowed in
			 * XML 1.0: drop them rather than emit a broken page. */
			if ((unsigned char)*p < 0x20 && *p != '\t' && *p != '\n'
			    && *p != '\r')
				ent = "";
		}
		if (ent == NULL)
			continue;
		hbuf_putn(b, run, (size_t)(p - run));
		hbuf_puts(b, ent);
		run = p + 1;
	}
	hbuf_puts(b, run);
}

void hesc_text(struct hbuf *b, const char *s)
{
	esc(b, s, false);
}

void hesc_attr(struct hbuf *b, const char *s)
{
	esc(b, s, true);
}

bool hesc_url_safe(const char *u)
{
	if (u == NULL || *u == '\0')
		return false;
	if (u[0] == '#')
		return true;
	if (strncasecmp(u, "http://", 7) == 0 || strncasecmp(u, "https://", 8) == 0
	    || strncasecmp(u, "mailto:", 7) == 0)
		return true;
	/* Relative path: no scheme (no ':' before the first '/', '?' or
	 * '#'), not protocol-relative, no backslash tricks, no controls or
	 * spaces that browsers strip before reading a scheme. */
	if (u[0] == '/' && u[1] == '/')
		return false;
	for (const char *p = u; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c <= 0x20 || c == 0x7f || c == '\\')
			return false;
	}
	size_t head = strcspn(u, "/?#");
	return memchr(u, ':', head) == NULL;
}

void hesc_url(struct hbuf *b, const char *u)
{
	hesc_attr(b, hesc_url_safe(u) ? u : "#");
}

void hesc_path_url(struct hbuf *b, const char *rel)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const char *p = rel ? rel : ""; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || strchr("-._~/", c) != NULL) {
			hbuf_putc(b, (char)c);
		} else {
			hbuf_putc(b, '%');
			hbuf_putc(b, hex[c >> 4]);
			hbuf_putc(b, hex[c & 15]);
		}
	}
}

void hesc_class(struct hbuf *b, const char *s)
{
	if (s == NULL)
		return;
	for (const char *p = s; *p; p++) {
		char c = *p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
		    || (c >= '0' && c <= '9') || c == '-' || c == '_')
			hbuf_putc(b, c);
	}
}
