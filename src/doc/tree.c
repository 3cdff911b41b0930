/* Node allocation, linking, iteration and the debug dump of the tree. */
#include "doc/doc.h"

#include <string.h>

#include "util/arena.h"

static const char *const TYPE_NAMES[DOC_TYPE_MAX] = {
	[DOC_DOCUMENT] = "document", [DOC_COVER] = "cover",
	[DOC_TOC] = "toc", [DOC_CHAPTER] = "chapter",
	[DOC_SUMMARY] = "summary",
	[DOC_HEADING] = "heading", [DOC_PARAGRAPH] = "paragraph",
	[DOC_LIST] = "list", [DOC_ITEM] = "item",
	[DOC_BLOCKQUOTE] = "blockquote", [DOC_CODEBLOCK] = "codeblock",
	[DOC_RULE] = "rule", [DOC_TABLE] = "table", [DOC_ROW] = "row",
	[DOC_CELL] = "cell", [DOC_FIGURE] = "figure",
	[DOC_SIGNATURE] = "signature", [DOC_PAGEBREAK] = "pagebreak",
	[DOC_TEXT] = "text",
	[DOC_EMPH] = "emph", [DOC_STRONG] = "strong", [DOC_CODE] = "code",
	[DOC_LINK] = "link", [DOC_IMAGE] = "image", [DOC_XREF] = "xref",
	[DOC_SOFTBREAK] = "softbreak", [DOC_LINEBREAK] = "linebreak",
	[DOC_STRIKE] = "strike",
};

const char *doc_type_name(enum doc_type t)
{
	return t < DOC_TYPE_MAX && TYPE_NAMES[t] ? TYPE_NAMES[t] : "?";
}

struct doc_node *doc_node_new(struct doc *d, enum doc_type t)
{
	struct doc_node *n = arena_alloc(d->arena, sizeof *n);
	n->type = t;
	n->colspan = n->rowspan = 1;
	n->start = 1;
	return n;
}

void doc_append(struct doc_node *parent, struct doc_node *child)
{
	child->parent = parent;
	child->next = NULL;
	child->prev = parent->last;
	if (parent->last)
		parent->last->next = child;
	else
		parent->first = child;
	parent->last = child;
}

struct doc_node *doc_text(struct doc *d, const char *text)
{
	struct doc_node *n = doc_node_new(d, DOC_TEXT);
	n->literal = arena_strdup(d->arena, text);
	return n;
}

void doc_iter_init(struct doc_iter *it, struct doc_node *root)
{
	it->root = root;
	it->cur = NULL;
	it->ev = DOC_DONE;
}

/* Leaves are entered and exited like containers; callers that only care
 * about leaves act on DOC_ENTER. */
enum doc_event doc_iter_next(struct doc_iter *it, struct doc_node **out)
{
	if (it->cur == NULL) {
		if (it->ev == DOC_DONE && it->root != NULL) {
			it->cur = it->root;
			it->ev = DOC_ENTER;
			*out = it->cur;
			return DOC_ENTER;
		}
		return DOC_DONE;
	}
	struct doc_node *n = it->cur;
	if (it->ev == DOC_ENTER && n->first != NULL) {
		it->cur = n->first;
		it->ev = DOC_ENTER;
	} else if (it->ev == DOC_ENTER) {
		it->ev = DOC_EXIT; /* leaf: exit it */
	} else if (n == it->root) {
		it->cur = NULL;
		it->root = NULL;
		it->ev = DOC_DONE;
		return DOC_DONE;
	} else if (n->next != NULL) {
		it->cur = n->next;
		it->ev = DOC_ENTER;
	} else {
		it->cur = n->parent;
		it->ev = DOC_EXIT;
	}
	*out = it->cur;
	return it->ev;
}

/* Walked with the iterator: no recursion over nesting the author chose. */
char *doc_plain_text(struct doc *d, const struct doc_node *n)
{
	struct ptrvec parts = {0};
	struct doc_iter it;
	struct doc_node *c;
	enum doc_event ev;
	doc_iter_init(&it, (struct doc_node *)n);
	while ((ev = doc_iter_next(&it, &c)) != DOC_DONE) {
		if (ev != DOC_ENTER || c == n)
			continue;
		if (c->type == DOC_TEXT || c->type == DOC_CODE ||
				c->type == DOC_XREF) {
			if (c->literal)
				ptrvec_push(d->arena, &parts, (void *)c->literal);
		} else if (c->type == DOC_SOFTBREAK || c->type == DOC_LINEBREAK)
			ptrvec_push(d->arena, &parts, " ");
	}
	size_t len = 0;
	for (size_t i = 0; i < parts.n; i++)
		len += strlen(parts.v[i]);
	char *s = arena_alloc(d->arena, len + 1);
	char *p = s;
	for (size_t i = 0; i < parts.n; i++) {
		size_t l = strlen(parts.v[i]);
		memcpy(p, parts.v[i], l);
		p += l;
	}
	*p = '\0';
	return s;
}

static void dump_str(FILE *f, const char *k, const char *v)
{
	if (v == NULL)
		return;
	fprintf(f, " %s=\"", k);
	for (const char *p = v; *p; p++) {
		if (*p == '"' || *p == '\\')
			fputc('\\', f);
		if (*p == '\n')
			fputs("\\n", f);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

void doc_dump(const struct doc *d, FILE *f)
{
	struct doc_iter it;
	struct doc_node *n;
	int depth = 0;
	enum doc_event ev;
	doc_iter_init(&it, d->root);
	while ((ev = doc_iter_next(&it, &n)) != DOC_DONE) {
		if (ev == DOC_EXIT) {
			if (n->first)
				depth--;
			continue;
		}
		fprintf(f, "%*s%s", depth * 2, "", doc_type_name(n->type));
		dump_str(f, "id", n->id);
		dump_str(f, "number", n->number);
		dump_str(f, "title", n->title);
		dump_str(f, "heading_number", n->heading_number);
		if (n->type == DOC_HEADING)
			fprintf(f, " level=%d", n->level);
		if (n->type == DOC_CELL || n->type == DOC_ROW) {
			if (n->header)
				fputs(" header", f);
			if (n->colspan > 1)
				fprintf(f, " colspan=%d", n->colspan);
			if (n->rowspan > 1)
				fprintf(f, " rowspan=%d", n->rowspan);
			if (n->numeric)
				fputs(" numeric", f);
		}
		dump_str(f, "class", n->css_class);
		dump_str(f, "url", n->url);
		dump_str(f, "target", n->target);
		dump_str(f, "literal", n->literal);
		if (n->sum) {
			dump_str(f, "tercapai", n->sum->tercapai);
			dump_str(f, "indikator", n->sum->indikator);
			dump_str(f, "capaian", n->sum->capaian);
			dump_str(f, "predikat", n->sum->predikat);
			dump_str(f, "capaian_catatan",
				n->sum->capaian_catatan);
			dump_str(f, "serapan", n->sum->serapan);
			dump_str(f, "efisiensi", n->sum->efisiensi);
			dump_str(f, "tanggal", n->sum->tanggal);
		}
		if (n->fl) {
			dump_str(f, "label", n->fl->label);
			dump_str(f, "caption", n->fl->title);
			dump_str(f, "sumber", n->fl->sumber);
		}
		fputc('\n', f);
		if (n->first)
			depth++;
	}
}
