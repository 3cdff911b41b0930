/* The page templates (docs/templates.md): HTML files under
 * lkjip_data_dir()/templates with {{name}} placeholders and {{?name}} ...
 * {{/name}} sections. How a value is escaped is decided by the C side when
 * it sets the variable (text, URL or a fragment the backend rendered), never
 * by the template, so a template cannot let input through unescaped. */
#ifndef LKJIP_HTML_TEMPLATE_H
#define LKJIP_HTML_TEMPLATE_H

#include <stddef.h>

#include "html/escape.h"
#include "util/diag.h"

enum tpl_kind {
	TPL_TEXT,  /* escaped for text and attributes */
	TPL_URL,   /* checked URL, attribute-escaped */
	TPL_HTML,  /* a fragment produced by this backend: inserted as is */
};

#define TPL_MAX_VARS 32

struct tpl_vars {
	struct {
		const char *name;
		const char *value; /* NULL = empty */
		enum tpl_kind kind;
	} v[TPL_MAX_VARS];
	size_t n;
};

void tpl_set(struct tpl_vars *, const char *name, const char *value,
	enum tpl_kind);

/* Reads templates/<name> and fills it into out. Unknown placeholders,
 * unclosed sections and unreadable files are errors at file:line:column.
 * Returns 0 or -1. */
int tpl_render(const char *name, const struct tpl_vars *, struct hbuf *out,
	struct diag_list *);
/* Same with the template text given (tests, and the file variant). */
int tpl_render_text(const char *file, const char *text,
	const struct tpl_vars *, struct hbuf *out, struct diag_list *);

#endif
