/* The only way text reaches HTML output (private to the HTML backend).
 * Markup the backend writes itself goes through hbuf_puts with string
 * literals; every value that comes from the document tree, the model or a
 * file name goes through one of the hesc_* functions. */
#ifndef LKJIP_HTML_ESCAPE_H
#define LKJIP_HTML_ESCAPE_H

#include <stdbool.h>
#include <stddef.h>

/* Growable output buffer (malloc'd; aborts on out-of-memory). */
struct hbuf {
	char *data;
	size_t len, cap;
};

void hbuf_free(struct hbuf *);
/* Trusted markup written by the backend itself: literals and already
 * escaped fragments. Never call with a value from the input. */
void hbuf_puts(struct hbuf *, const char *markup);
void hbuf_putn(struct hbuf *, const char *markup, size_t n);
void hbuf_putc(struct hbuf *, char);
void hbuf_int(struct hbuf *, long); /* decimal integer */
/* NUL-terminated contents (the buffer keeps owning it). */
const char *hbuf_str(struct hbuf *);

/* Text content: & < > escaped. NULL writes nothing. */
void hesc_text(struct hbuf *, const char *);
/* Attribute value (inside double quotes): & < > " ' escaped. */
void hesc_attr(struct hbuf *, const char *);
/* URL attribute value: relative paths, http(s):, mailto: and #anchors are
 * kept (attribute-escaped); anything else (javascript:, data:, vbscript:,
 * protocol-relative "//host") becomes "#". */
void hesc_url(struct hbuf *, const char *);
bool hesc_url_safe(const char *);
/* A relative file path (a published file's name) as a URL attribute
 * value: every byte but [A-Za-z0-9-._~/] percent-encoded, so a space, an
 * ampersand or a colon in a file name neither breaks nor changes the
 * link. */
void hesc_path_url(struct hbuf *, const char *rel);
/* A class name: only [A-Za-z0-9_-] kept, so a value cannot add classes or
 * leave the attribute. */
void hesc_class(struct hbuf *, const char *);

#endif
