/* The names of the files the site will have, checked before anything is
 * written (and by `lkjip check`): a name made from the content must fit in
 * a file name, and two sources must not give the same name, where the
 * second would silently overwrite the first. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "html/html.h"
#include "html/internal.h"
#include "util/arena.h"
#include "util/path.h"
#include "util/xalloc.h"

/* NAME_MAX of Linux file systems, and what file_write_atomic (util/path.h)
 * appends for its temp file: ".tmp." and a pid of up to 7 digits. */
#define NAME_LIMIT 255
#define TEMP_SUFFIX 12

/* One published name and where it comes from. */
struct name {
	const char *out;     /* the published name, relative */
	const char *group;   /* what gives it (agency key), or NULL */
	struct src_pos pos;
	const char *source;  /* the file or value named in messages */
};

struct names {
	struct arena *a;
	struct name *v;
	size_t n, cap;
	struct diag_list *dl;
};

static void add(struct names *ns, const char *out, const char *group,
	struct src_pos pos, const char *source)
{
	if (ns->n == ns->cap) {
		ns->cap = ns->cap ? 2 * ns->cap : 16;
		ns->v = xreallocarray(ns->v, ns->cap, sizeof *ns->v);
	}
	ns->v[ns->n++] = (struct name){out, group, pos, source};
}

static bool fits(struct names *ns, const char *file, struct src_pos pos,
	const char *what)
{
	/* A line break in a name split the line-based records of the
	 * build (the manifest, the workers' reports): the file was written
	 * but never listed, so never removed. */
	for (const char *c = file; *c; c++) {
		if ((unsigned char)*c < 0x20 || *c == 0x7f) {
			diag_add(ns->dl, DIAG_ERROR, pos, "%s holds a control "
				"character (U+%04X, a line break or a tab): rename "
				"the file", what, (unsigned)(unsigned char)*c);
			return false;
		}
	}
	size_t n = strlen(file);
	if (n + TEMP_SUFFIX <= NAME_LIMIT)
		return true;
	/* Its first 40 bytes, not cutting a UTF-8 character. */
	int shown = 40;
	while (shown > 0 && ((unsigned char)file[shown] & 0xc0) == 0x80)
		shown--;
	diag_add(ns->dl, DIAG_ERROR, pos, "%s is too long: the published file "
		"\"%.*s...\" would have %zu bytes, and the temporary file "
		"written first %zu, over the limit of %d bytes of a file name: "
		"shorten it by %zu bytes", what, shown, file, n, n + TEMP_SUFFIX,
		NAME_LIMIT, n + TEMP_SUFFIX - NAME_LIMIT);
	return false;
}

static int cmp_name(const void *a, const void *b)
{
	const struct name *x = a, *y = b;
	int c = strcmp(x->out, y->out);
	if (c == 0)
		c = strcmp(x->source, y->source);
	return c;
}

/* Sorted, so equal names are neighbours: n log n, whatever the count. */
static void collisions(struct names *ns)
{
	if (ns->n > 1)
		qsort(ns->v, ns->n, sizeof *ns->v, cmp_name);
	for (size_t i = 1; i < ns->n; i++) {
		const struct name *x = &ns->v[i - 1], *y = &ns->v[i];
		if (strcmp(x->out, y->out))
			continue;
		/* The reports of one agency share its page. */
		if (x->group && y->group && !strcmp(x->group, y->group))
			continue;
		diag_add(ns->dl, DIAG_ERROR, y->pos, "%s and %s would both be "
			"published as %s: rename one", x->source, y->source,
			y->out);
	}
	ns->n = 0;
}

/* The CSV files of dir, published as <sub>/<slug of the stem>.csv (the
 * same files html_render_report copies). */
static void csv_names(struct names *ns, const char *dir, const char *sub)
{
	DIR *d = opendir(dir);
	if (d == NULL)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!path_is_csv_name(e->d_name))
			continue;
		size_t n = strlen(e->d_name);
		const char *path = arena_printf(ns->a, "%s/%s", dir, e->d_name);
		struct src_pos pos = {path, 0, 0, NULL};
		char *slug = html_slug(ns->a, arena_strndup(ns->a, e->d_name,
			n - 4));
		if (*slug == '\0') {
			diag_add(ns->dl, DIAG_ERROR, pos, "the file name has "
				"no letter or digit to publish it under");
			continue;
		}
		const char *file = arena_printf(ns->a, "%s.csv", slug);
		if (!fits(ns, file, pos, "the CSV file name"))
			continue;
		add(ns, arena_printf(ns->a, "%s/%s", sub, file), NULL, pos,
			path);
	}
	closedir(d);
}

int html_check_doc_names(const struct doc *d, struct diag_list *dl)
{
	size_t before = diag_errors(dl);
	struct names ns = {.dl = dl};
	struct doc_iter it;
	struct doc_node *n;
	enum doc_event ev;
	/* Images of the Markdown (![alt](path)) are copied under their own
	 * name. doc_iter walks without recursion: the depth is the user's. */
	doc_iter_init(&it, d->root);
	while ((ev = doc_iter_next(&it, &n)) != DOC_DONE) {
		if (ev == DOC_ENTER && n->type == DOC_ANNEX) {
			/* An annex is published under its own name too. */
			const char *name = n->as.annex->name;
			const char *base = strrchr(name, '/');
			fits(&ns, base ? base + 1 : name, n->pos,
				"the annex file name");
			continue;
		}
		if (ev != DOC_ENTER || n->type != DOC_IMAGE)
			continue;
		const char *url = n->as.image.url;
		if (url == NULL || !path_is_contained(url))
			continue;
		/* The file is published under its decoded name
		 * ("c%0Ad.png" is "c", a line break, "d.png"). */
		const struct doc_image *img = n->as.image.img;
		const char *name = img && img->name ? img->name : url;
		const char *base = strrchr(name, '/');
		fits(&ns, base ? base + 1 : name, n->pos,
			"the image file name");
	}
	return diag_errors(dl) == before ? 0 : -1;
}

struct html_names {
	struct names ns;     /* the agency pages' names, over all reports */
	size_t before;       /* errors when it began */
};

struct html_names *html_names_new(struct diag_list *dl)
{
	struct html_names *h = xcalloc(1, sizeof *h);
	h->ns = (struct names){.a = arena_new(), .dl = dl};
	h->before = diag_errors(dl);
	return h;
}

void html_names_add_report(struct html_names *h, const struct report *r)
{
	if (r == NULL || r->id == NULL)
		return;
	/* A report's own files: checked now, forgotten after. */
	struct names own = {.a = arena_new(), .dl = h->ns.dl};
	/* The longest name made from the folder name: <id>.pdf. */
	fits(&own, arena_printf(own.a, "%s.pdf", r->id),
		(struct src_pos){r->dir, 0, 0, NULL},
		"the report folder name");
	if (r->dir != NULL) {
		csv_names(&own, r->dir, "data");
		collisions(&own);
		csv_names(&own, arena_printf(own.a, "%s/tabel", r->dir),
			"data/tabel");
		collisions(&own);
	}
	free(own.v);
	arena_free(own.a);
	/* Agency pages: instansi/<slug of name and government>.html, one per
	 * agency (site.c). Kept, in the set's arena: the report is freed
	 * before the last one is seen. */
	struct names *ns = &h->ns;
	const struct report_meta *m = &r->meta;
	const char *ins = m->instansi ? m->instansi : "";
	const char *pem = m->pemerintah ? m->pemerintah : "";
	const char *slug = html_slug(ns->a, arena_printf(ns->a, "%s %s",
		ins, pem));
	const char *file = arena_printf(ns->a, "%s.html", slug);
	struct src_pos pos = m->pos_instansi;
	if (pos.file != NULL)
		pos.file = arena_strdup(ns->a, pos.file);
	pos.column_name = NULL;
	if (!fits(ns, file, pos, "the agency's name and government"))
		return;
	add(ns, arena_printf(ns->a, "instansi/%s", file),
		arena_printf(ns->a, "%s\n%s", pem, ins), pos,
		arena_printf(ns->a, "the agency \"%s, %s\" (%s)", ins, pem,
		pos.file ? pos.file : r->id));
	/* Government pages: pemerintah/<slug of the government>.html, one
	 * per government (site.c; "pemerintah" when it has no name). */
	const char *gslug = html_slug(ns->a, pem);
	const char *gfile = arena_printf(ns->a, "%s.html", *gslug ? gslug :
		"pemerintah");
	if (!fits(ns, gfile, pos, "the government's name"))
		return;
	add(ns, arena_printf(ns->a, "pemerintah/%s", gfile),
		arena_printf(ns->a, "%s", pem), pos,
		arena_printf(ns->a, "the government \"%s\" (%s)", pem,
		pos.file ? pos.file : r->id));
}

int html_names_finish(struct html_names *h)
{
	if (h == NULL)
		return 0;
	collisions(&h->ns);
	free(h->ns.v);
	arena_free(h->ns.a);
	int rc = diag_errors(h->ns.dl) == h->before ? 0 : -1;
	free(h);
	return rc;
}

int html_check_names(const struct site *s, struct diag_list *dl)
{
	struct html_names *h = html_names_new(dl);
	for (size_t i = 0; s != NULL && i < s->nreport; i++)
		html_names_add_report(h, s->report[i]);
	return html_names_finish(h);
}
