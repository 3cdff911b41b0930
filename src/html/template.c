/* A deliberately small template language: placeholders and conditional
 * sections, no loops (lists are rendered by the C side as fragments). */
#include "html/template.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/path.h"

void tpl_set(struct tpl_vars *vs, const char *name, const char *value,
	enum tpl_kind kind)
{
	for (size_t i = 0; i < vs->n; i++)
		if (strcmp(vs->v[i].name, name) == 0) {
			vs->v[i].value = value;
			vs->v[i].kind = kind;
			return;
		}
	if (vs->n == TPL_MAX_VARS)
		abort(); /* a programming error: raise TPL_MAX_VARS */
	vs->v[vs->n].name = name;
	vs->v[vs->n].value = value;
	vs->v[vs->n].kind = kind;
	vs->n++;
}

struct fill {
	const char *file, *text;
	const struct tpl_vars *vs;
	struct hbuf *out;
	struct diag_list *diags;
	int errors;
};

static void error_at(struct fill *f, const char *at, const char *fmt,
	const char *name, size_t namelen)
{
	struct src_pos pos = {f->file, 1, 1, NULL};
	for (const char *p = f->text; p < at; p++) {
		if (*p == '\n') {
			pos.line++;
			pos.column = 1;
		} else if (((unsigned char)*p & 0xc0) != 0x80) {
			pos.column++;
		}
	}
	diag_add(f->diags, DIAG_ERROR, pos, fmt, (int)namelen, name);
	f->errors++;
}

static const char *lookup(const struct fill *f, const char *name, size_t n,
	enum tpl_kind *kind, bool *found)
{
	for (size_t i = 0; i < f->vs->n; i++)
		if (strlen(f->vs->v[i].name) == n
		    && memcmp(f->vs->v[i].name, name, n) == 0) {
			*found = true;
			*kind = f->vs->v[i].kind;
			return f->vs->v[i].value;
		}
	*found = false;
	return NULL;
}

/* Finds the "{{/name}}" closing a section opened before p, skipping nested
 * sections of the same name. */
static const char *find_close(const char *p, const char *end,
	const char *name, size_t n)
{
	int depth = 1;
	while (p < end) {
		const char *o = strstr(p, "{{");
		if (o == NULL || o >= end)
			return NULL;
		if ((o[2] == '/' || o[2] == '?') && strncmp(o + 3, name, n) == 0
		    && strncmp(o + 3 + n, "}}", 2) == 0) {
			depth += o[2] == '?' ? 1 : -1;
			if (depth == 0)
				return o;
		}
		p = o + 2;
	}
	return NULL;
}

static void fill_range(struct fill *f, const char *p, const char *end)
{
	while (p < end) {
		const char *o = strstr(p, "{{");
		if (o == NULL || o >= end) {
			hbuf_putn(f->out, p, (size_t)(end - p));
			return;
		}
		hbuf_putn(f->out, p, (size_t)(o - p));
		const char *c = strstr(o + 2, "}}");
		if (c == NULL || c >= end) {
			error_at(f, o, "%.*s: placeholder not closed with }}",
				"{{", 2);
			return;
		}
		const char *name = o + 2;
		char sigil = *name;
		if (sigil == '?' || sigil == '/' || sigil == '!')
			name++;
		size_t n = (size_t)(c - name);
		if (sigil == '!') { /* comment */
			p = c + 2;
			continue;
		}
		bool ok = n > 0;
		for (size_t i = 0; i < n; i++) {
			char ch = name[i];
			if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')
			    || ch == '_' || ch == '-'))
				ok = false;
		}
		if (!ok) {
			error_at(f, o, "bad placeholder name \"%.*s\"", name, n);
			p = c + 2;
			continue;
		}
		if (sigil == '/') {
			error_at(f, o, "{{/%.*s}} without a matching {{?...}}",
				name, n);
			p = c + 2;
			continue;
		}
		enum tpl_kind kind;
		bool found;
		const char *v = lookup(f, name, n, &kind, &found);
		if (!found) {
			error_at(f, o, "unknown placeholder \"%.*s\"", name, n);
			p = c + 2;
			continue;
		}
		if (sigil == '?') {
			const char *close = find_close(c + 2, end, name, n);
			if (close == NULL) {
				error_at(f, o, "section \"%.*s\" not closed", name,
					n);
				return;
			}
			if (v != NULL && *v != '\0')
				fill_range(f, c + 2, close);
			p = close + 3 + n + 2;
			continue;
		}
		switch (kind) {
		case TPL_TEXT: hesc_attr(f->out, v); break;
		case TPL_URL: if (v) hesc_url(f->out, v); break;
		case TPL_HTML: hbuf_puts(f->out, v); break;
		}
		p = c + 2;
	}
}

int tpl_render_text(const char *file, const char *text,
	const struct tpl_vars *vs, struct hbuf *out, struct diag_list *diags)
{
	struct fill f = {file, text, vs, out, diags, 0};
	fill_range(&f, text, text + strlen(text));
	return f.errors ? -1 : 0;
}

int tpl_render(const char *name, const struct tpl_vars *vs, struct hbuf *out,
	struct diag_list *diags)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/templates/%s", lkjip_data_dir(), name);
	char *text = file_read(path, NULL);
	if (text == NULL) {
		diag_add(diags, DIAG_ERROR, (struct src_pos){path, 0, 0, NULL},
			"cannot read template: %s", strerror(errno));
		return -1;
	}
	int rc = tpl_render_text(path, text, vs, out, diags);
	free(text);
	return rc;
}
