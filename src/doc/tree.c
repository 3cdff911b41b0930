/* Node allocation, linking, iteration and the debug dump of the tree. */
#include "doc/doc.h"

#include <stdarg.h>
#include <string.h>

#include "util/arena.h"
#include "util/strmap.h"

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
	[DOC_ANNEX] = "annex",
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
	if (t == DOC_CELL)
		n->as.cell.colspan = n->as.cell.rowspan = 1;
	else if (t == DOC_LIST)
		n->as.list.start = 1;
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
	n->as.literal = arena_strdup(d->arena, text);
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
		const char *text = c->type == DOC_TEXT ||
			c->type == DOC_CODE ? c->as.literal :
			c->type == DOC_XREF ? c->as.xref.label : NULL;
		if (text)
			ptrvec_push(d->arena, &parts, (void *)text);
		else if (c->type == DOC_SOFTBREAK || c->type == DOC_LINEBREAK)
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

static void dump_cell(FILE *f, bool header, int colspan, int rowspan,
	bool numeric, const char *css_class)
{
	if (header)
		fputs(" header", f);
	if (colspan > 1)
		fprintf(f, " colspan=%d", colspan);
	if (rowspan > 1)
		fprintf(f, " rowspan=%d", rowspan);
	if (numeric)
		fputs(" numeric", f);
	dump_str(f, "class", css_class);
}

/* The keys and their order are those of the dump before the payloads
 * became a union, so --dump-tree output did not change. */
static void dump_payload(FILE *f, const struct doc_node *n)
{
	switch (n->type) {
	case DOC_CHAPTER:
		dump_str(f, "number", n->as.chapter.number);
		dump_str(f, "title", n->as.chapter.title);
		break;
	case DOC_HEADING:
		dump_str(f, "title", n->as.heading.title);
		dump_str(f, "heading_number", n->as.heading.number);
		fprintf(f, " level=%d", n->as.heading.level);
		break;
	case DOC_TOC:
		dump_str(f, "title", n->as.toc.title);
		break;
	case DOC_ROW:
		dump_cell(f, n->as.row.header, 1, 1, false,
			n->as.row.css_class);
		break;
	case DOC_CELL:
		dump_cell(f, n->as.cell.header, n->as.cell.colspan,
			n->as.cell.rowspan, n->as.cell.numeric,
			n->as.cell.css_class);
		break;
	case DOC_LINK:
		dump_str(f, "url", n->as.link.url);
		break;
	case DOC_IMAGE:
		dump_str(f, "url", n->as.image.url);
		dump_str(f, "literal", n->as.image.alt);
		break;
	case DOC_XREF:
		dump_str(f, "target", n->as.xref.target);
		dump_str(f, "literal", n->as.xref.label);
		break;
	case DOC_TEXT:
	case DOC_CODE:
	case DOC_CODEBLOCK:
		dump_str(f, "literal", n->as.literal);
		break;
	case DOC_SUMMARY:
		if (n->as.sum == NULL)
			break;
		dump_str(f, "tercapai", n->as.sum->tercapai);
		dump_str(f, "indikator", n->as.sum->indikator);
		dump_str(f, "capaian", n->as.sum->capaian);
		dump_str(f, "predikat", n->as.sum->predikat);
		dump_str(f, "capaian_catatan", n->as.sum->capaian_catatan);
		dump_str(f, "serapan", n->as.sum->serapan);
		dump_str(f, "efisiensi", n->as.sum->efisiensi);
		dump_str(f, "tanggal", n->as.sum->tanggal);
		break;
	case DOC_ANNEX:
		dump_str(f, "title", n->as.annex->title);
		dump_str(f, "label", n->as.annex->label);
		dump_str(f, "file", n->as.annex->name);
		fprintf(f, " pages=%d%s", n->as.annex->pages,
			n->as.annex->fit == ANNEX_FIT_PAGE ? " fit=page" : "");
		break;
	case DOC_TABLE:
	case DOC_FIGURE:
		if (n->as.fl == NULL)
			break;
		dump_str(f, "url", n->as.fl->url);
		dump_str(f, "label", n->as.fl->label);
		dump_str(f, "caption", n->as.fl->title);
		dump_str(f, "sumber", n->as.fl->sumber);
		break;
	case DOC_LIST:
		if (n->as.list.tanda)
			fprintf(f, " huruf=\"a%c\"", n->as.list.tanda);
		break;
	case DOC_DOCUMENT:
	case DOC_COVER:
	case DOC_SIGNATURE:
	case DOC_PARAGRAPH:
	case DOC_ITEM:
	case DOC_BLOCKQUOTE:
	case DOC_RULE:
	case DOC_PAGEBREAK:
	case DOC_EMPH:
	case DOC_STRONG:
	case DOC_SOFTBREAK:
	case DOC_LINEBREAK:
	case DOC_STRIKE:
	case DOC_TYPE_MAX:
		break;
	}
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
		dump_payload(f, n);
		fputc('\n', f);
		if (n->first)
			depth++;
	}
}

/* ---- The tree check (cmark's cmark_node_check is the model) ---- */

/* Where a node of each type may sit: the type of its parent. */
enum place {
	AT_ROOT,     /* the document itself */
	AT_TOP,      /* a part: child of the document */
	AT_BLOCK,    /* in a chapter, a list item or a block quote */
	AT_CHAPTER,  /* directly in a chapter */
	AT_LIST,     /* in a list */
	AT_TABLE,    /* in a table */
	AT_ROW,      /* in a table row */
	AT_INLINE,   /* in a paragraph, heading, cell or inline container */
};

/* What a node of each type may hold. */
enum holds {
	HOLDS_NOTHING,
	HOLDS_PARTS,
	HOLDS_BLOCKS,
	HOLDS_ITEMS,
	HOLDS_ROWS,
	HOLDS_CELLS,
	HOLDS_INLINES,
};

static enum place place_of(enum doc_type t)
{
	switch (t) {
	case DOC_DOCUMENT:
		return AT_ROOT;
	case DOC_COVER:
	case DOC_TOC:
	case DOC_CHAPTER:
	case DOC_SUMMARY:
		return AT_TOP;
	case DOC_SIGNATURE:
	case DOC_ANNEX:
		return AT_CHAPTER;
	case DOC_HEADING:
	case DOC_PARAGRAPH:
	case DOC_LIST:
	case DOC_BLOCKQUOTE:
	case DOC_CODEBLOCK:
	case DOC_RULE:
	case DOC_TABLE:
	case DOC_FIGURE:
	case DOC_PAGEBREAK:
		return AT_BLOCK;
	case DOC_ITEM:
		return AT_LIST;
	case DOC_ROW:
		return AT_TABLE;
	case DOC_CELL:
		return AT_ROW;
	case DOC_TEXT:
	case DOC_EMPH:
	case DOC_STRONG:
	case DOC_CODE:
	case DOC_LINK:
	case DOC_IMAGE:
	case DOC_XREF:
	case DOC_SOFTBREAK:
	case DOC_LINEBREAK:
	case DOC_STRIKE:
	case DOC_TYPE_MAX:
		break;
	}
	return AT_INLINE;
}

static enum holds holds_of(enum doc_type t)
{
	switch (t) {
	case DOC_DOCUMENT:
		return HOLDS_PARTS;
	case DOC_CHAPTER:
	case DOC_ITEM:
	case DOC_BLOCKQUOTE:
		return HOLDS_BLOCKS;
	case DOC_LIST:
		return HOLDS_ITEMS;
	case DOC_TABLE:
		return HOLDS_ROWS;
	case DOC_ROW:
		return HOLDS_CELLS;
	case DOC_HEADING:
	case DOC_PARAGRAPH:
	case DOC_CELL:
	case DOC_EMPH:
	case DOC_STRONG:
	case DOC_LINK:
	case DOC_STRIKE:
		return HOLDS_INLINES;
	case DOC_COVER:
	case DOC_TOC:
	case DOC_SUMMARY:
	case DOC_CODEBLOCK:
	case DOC_RULE:
	case DOC_FIGURE:
	case DOC_SIGNATURE:
	case DOC_PAGEBREAK:
	case DOC_ANNEX:
	case DOC_TEXT:
	case DOC_CODE:
	case DOC_IMAGE:
	case DOC_XREF:
	case DOC_SOFTBREAK:
	case DOC_LINEBREAK:
	case DOC_TYPE_MAX:
		break;
	}
	return HOLDS_NOTHING;
}

static bool may_hold(const struct doc_node *parent, enum doc_type child)
{
	enum place at = place_of(child);
	switch (holds_of(parent->type)) {
	case HOLDS_PARTS:
		return at == AT_TOP;
	case HOLDS_BLOCKS:
		return at == AT_BLOCK ||
			(at == AT_CHAPTER && parent->type == DOC_CHAPTER);
	case HOLDS_ITEMS:
		return at == AT_LIST;
	case HOLDS_ROWS:
		return at == AT_TABLE;
	case HOLDS_CELLS:
		return at == AT_ROW;
	case HOLDS_INLINES:
		return at == AT_INLINE;
	case HOLDS_NOTHING:
		break;
	}
	return false;
}

/* At most this many faults are described; the count goes on. */
#define CHECK_MAX_REPORTED 20

struct check {
	struct diag_list *diags;
	struct strmap *ids;   /* anchor id -> its node */
	size_t faults;
};

static void fault(struct check *k, const struct doc_node *n,
	const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void fault(struct check *k, const struct doc_node *n,
	const char *fmt, ...)
{
	if (k->faults++ >= CHECK_MAX_REPORTED || k->diags == NULL)
		return;
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_add(k->diags, DIAG_ERROR, n->pos, "internal error, document "
		"tree: %s node: %s", doc_type_name(n->type), msg);
}

static void check_table(struct check *k, const struct doc_node *n)
{
	if (n->as.fl == NULL) {
		fault(k, n, "no caption data");
		return;
	}
	int rows = 0, head = n->as.fl->header_rows;
	for (const struct doc_node *r = n->first; r; r = r->next)
		rows++;
	if (head < 0 || head > rows) {
		fault(k, n, "header_rows %d, rows %d", head, rows);
		return;
	}
	/* The head is the leading run of header rows (a header row further
	 * down is emphasis). */
	int i = 0;
	for (const struct doc_node *r = n->first; i < head; r = r->next, i++)
		if (!r->as.row.header)
			fault(k, r, "row %d is in the head (header_rows "
				"%d) but not a header row", i + 1, head);
}

/* The invariants of one node's own payload. */
static void check_payload(struct check *k, const struct doc_node *n)
{
	/* A figure's provenance is for text and cells only (doc.h). */
	if (n->fig != NULL && n->type != DOC_TEXT && n->type != DOC_CELL)
		fault(k, n, "a figure on a %s", doc_type_name(n->type));
	switch (n->type) {
	case DOC_TEXT:
	case DOC_CODE:
	case DOC_CODEBLOCK:
		if (n->as.literal == NULL)
			fault(k, n, "no text");
		break;
	case DOC_CHAPTER:
		if (n->as.chapter.title == NULL)
			fault(k, n, "no title");
		if (n->as.chapter.kind == CHAPTER_BAB &&
				n->as.chapter.number == NULL)
			fault(k, n, "a BAB without a number");
		if (n->id == NULL)
			fault(k, n, "no id");
		break;
	case DOC_HEADING:
		if (n->as.heading.level < 2 || n->as.heading.level > 4)
			fault(k, n, "level %d (2 to 4)", n->as.heading.level);
		if (n->as.heading.title == NULL)
			fault(k, n, "no title");
		break;
	case DOC_TOC:
		if (n->as.toc.title == NULL)
			fault(k, n, "no title");
		break;
	case DOC_LIST:
		if (n->as.list.start < 0)
			fault(k, n, "start %d", n->as.list.start);
		break;
	case DOC_CELL:
		if (n->as.cell.colspan < 1 || n->as.cell.rowspan < 1)
			fault(k, n, "colspan %d, rowspan %d (at least 1)",
				n->as.cell.colspan, n->as.cell.rowspan);
		break;
	case DOC_TABLE:
		check_table(k, n);
		break;
	case DOC_FIGURE:
		if (n->as.fl == NULL)
			fault(k, n, "no caption data");
		else if (n->as.fl->chart == NULL && n->as.fl->img == NULL)
			fault(k, n, "neither a chart nor an image");
		break;
	case DOC_COVER:
		if (n->as.cover == NULL)
			fault(k, n, "no cover data");
		break;
	case DOC_SIGNATURE:
		if (n->as.sig == NULL)
			fault(k, n, "no signature data");
		break;
	case DOC_ANNEX:
		if (n->as.annex == NULL || n->as.annex->label == NULL ||
				n->as.annex->title == NULL ||
				n->as.annex->name == NULL ||
				n->as.annex->data == NULL || n->as.annex->pages < 1)
			fault(k, n, "label, title, file, bytes and pages needed");
		else if (n->parent != NULL && (n->parent->type != DOC_CHAPTER ||
				n->parent->as.chapter.kind != CHAPTER_LAMPIRAN))
			fault(k, n, "not in a lampiran part");
		if (n->id == NULL)
			fault(k, n, "no id");
		break;
	case DOC_SUMMARY:
		if (n->as.sum == NULL)
			fault(k, n, "no summary data");
		/* The answer first. */
		if (n->parent != NULL && n->parent->first != n)
			fault(k, n, "not the document's first part");
		break;
	case DOC_LINK:
		if (n->as.link.url == NULL)
			fault(k, n, "no url");
		break;
	case DOC_IMAGE:
		if (n->as.image.url == NULL || n->as.image.img == NULL ||
				n->as.image.alt == NULL)
			fault(k, n, "url, bytes and text alternative needed");
		break;
	case DOC_XREF:
		if (n->as.xref.target == NULL || n->as.xref.label == NULL)
			fault(k, n, "unresolved");
		else if (strmap_get(k->ids, n->as.xref.target) == NULL)
			fault(k, n, "target \"%s\" is no node's id",
				n->as.xref.target);
		break;
	case DOC_DOCUMENT:
	case DOC_PARAGRAPH:
	case DOC_ITEM:
	case DOC_BLOCKQUOTE:
	case DOC_RULE:
	case DOC_ROW:
	case DOC_PAGEBREAK:
	case DOC_EMPH:
	case DOC_STRONG:
	case DOC_SOFTBREAK:
	case DOC_LINEBREAK:
	case DOC_STRIKE:
	case DOC_TYPE_MAX:
		break;
	}
}

/* The links between n and its children. Checked before the walk follows
 * them, so a cycle (a node its own ancestor, a sibling chain that loops)
 * is a fault found, not a walk that never ends. Returns whether the
 * children may be walked. */
static bool check_links(struct check *k, const struct doc_node *root,
	const struct doc_node *n)
{
	if (n->first == NULL || n->last == NULL) {
		if (n->first != n->last)
			fault(k, n, "first and last disagree");
		return false;
	}
	if (n->first->prev != NULL)
		fault(k, n, "the first child has a previous sibling");
	if (n->last->next != NULL)
		fault(k, n, "the last child has a next sibling");
	size_t before = k->faults;
	const struct doc_node *c = n->first;
	for (;;) {
		if (c == root) {
			fault(k, n, "holds the node the check began at "
				"(a cycle)");
			break;
		}
		if (c->parent != n)
			fault(k, c, "its parent link names another node");
		if (!may_hold(n, c->type))
			fault(k, c, "may not be in a %s node",
				doc_type_name(n->type));
		if (c->next == NULL) {
			if (c != n->last)
				fault(k, n, "the last child is not the end of "
					"the sibling chain");
			break;
		}
		if (c->next->prev != c) {
			fault(k, c, "next and prev links disagree");
			break;
		}
		c = c->next;
	}
	return k->faults == before;
}

size_t doc_node_check(const struct doc_node *root, struct diag_list *dl)
{
	struct arena *a = arena_new();
	struct check k = { dl, strmap_new(a), 0 };
	if ((unsigned)root->type >= DOC_TYPE_MAX) {
		fault(&k, root, "type %d", (int)root->type);
		arena_free(a);
		return k.faults;
	}
	/* Two walks: the links and the ids first, so that the second can
	 * follow the links and look an xref's target up. */
	bool walkable = true;
	for (int pass = 0; pass < 2 && walkable; pass++) {
		const struct doc_node *n = root;
		while (n != NULL) {
			bool down = false;
			if (pass == 0) {
				if ((unsigned)n->type >= DOC_TYPE_MAX) {
					fault(&k, n, "type %d", (int)n->type);
					walkable = false;
					break;
				}
				down = check_links(&k, root, n);
				if (n->first != NULL && !down)
					walkable = false;
				if (n->id != NULL && strmap_put(k.ids, n->id,
						(void *)n) != NULL)
					fault(&k, n, "id \"%s\" is taken",
						n->id);
			} else {
				check_payload(&k, n);
				down = n->first != NULL;
			}
			/* Depth first, on the links just checked. */
			if (down) {
				n = n->first;
				continue;
			}
			while (n != root && n->next == NULL)
				n = n->parent;
			n = n == root ? NULL : n->next;
		}
	}
	arena_free(a);
	return k.faults;
}
