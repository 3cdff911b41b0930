/* The portal around the reports, built from their summaries alone
 * (ringkasan.c; out/<id>/ringkasan.tsv), never from the content or the
 * reports' trees: governments -> agencies -> years. Each page's lists and
 * tables are a small document tree of their own, rendered by render.c
 * like a report's; the templates give the page around them.
 *
 *   index.html                 every government; with its agencies and
 *                              their latest predikat while the site is
 *                              small, else a count per predikat (a page
 *                              stays under 300 KB at 20.000 reports)
 *   pemerintah/<slug>.html     a government: its agencies, latest figures
 *   instansi/<slug>.html       an agency: its reports by year, versions,
 *                              capaian over the years, a trend per
 *                              indicator reported in several years
 *   cari.json, cari.js         the search index and its small script
 *                              (our own: Pagefind is no Debian package)
 *   sitemap.xml                from url_dasar of site.yaml
 *
 * Links are relative everywhere except in the sitemap and og:url. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html/html.h"
#include "html/internal.h"
#include "util/path.h"
#include "util/xalloc.h"

/* Above this many agencies the index lists governments only (with a
 * count per predikat) rather than a table of agencies per government. */
#define INDEX_AGENCY_LIMIT 1000
/* The index is cut into pages (index.html, indeks-2.html, ...) of at most
 * this many bytes of list, so that no page passes 300 KB whatever the
 * number of governments (20.000 reports: bench/RESULTS.md). */
#define INDEX_PAGE_BYTES 240000

static const char *nz(const char *s)
{
	return s ? s : "";
}

struct entry {
	const struct ringkasan *r;
	const char *pem_slug, *ins_slug;
};

static int cmp_entry(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = strcmp(nz(x->r->pemerintah), nz(y->r->pemerintah));
	if (c == 0)
		c = strcmp(nz(x->r->instansi), nz(y->r->instansi));
	if (c != 0)
		return c;
	if (x->r->tahun != y->r->tahun) /* newest first */
		return x->r->tahun > y->r->tahun ? -1 : 1;
	return strcmp(nz(x->r->id), nz(y->r->id));
}

static bool same_pem(const struct entry *a, const struct entry *b)
{
	return !strcmp(nz(a->r->pemerintah), nz(b->r->pemerintah));
}

static bool same_agency(const struct entry *a, const struct entry *b)
{
	return same_pem(a, b) && !strcmp(nz(a->r->instansi),
		nz(b->r->instansi));
}

/* ---- The pages' content as document trees ----
 *
 * Like a report page, every list and table of the portal is a document
 * tree (doc/doc.h) rendered by the one HTML renderer (render.c): same
 * escaping, same tables (captions, header scopes, phone cards with each
 * value's column label), same classes. These helpers are the only place
 * here that knows the node fields. */

/* A page's fragment: root DOC_DOCUMENT for parts (the index's
 * government sections), DOC_ITEM for plain blocks. */
static struct doc *page_doc(enum doc_type root)
{
	struct doc *d = xcalloc(1, sizeof *d);
	d->arena = arena_new();
	d->lang = "id";
	d->root = doc_node_new(d, root);
	return d;
}

static struct doc_node *add(struct doc *d, struct doc_node *parent,
	enum doc_type t)
{
	struct doc_node *n = doc_node_new(d, t);
	doc_append(parent, n);
	return n;
}

static void text(struct doc *d, struct doc_node *parent, const char *s)
{
	if (s && *s)
		doc_append(parent, doc_text(d, s));
}

static void link(struct doc *d, struct doc_node *parent, const char *url,
	const char *s)
{
	struct doc_node *n = add(d, parent, DOC_LINK);
	n->as.link.url = arena_strdup(d->arena, url);
	text(d, n, s);
}

static struct doc_node *para(struct doc *d, struct doc_node *parent)
{
	return add(d, parent, DOC_PARAGRAPH);
}

/* A titled part (a <section> with its <h2>). */
static struct doc_node *part(struct doc *d, struct doc_node *parent,
	const char *title, const char *id)
{
	struct doc_node *n = add(d, parent, DOC_CHAPTER);
	n->as.chapter.kind = CHAPTER_FRONT;
	n->as.chapter.title = arena_strdup(d->arena, title);
	n->id = id ? arena_strdup(d->arena, id) : NULL;
	return n;
}

static struct doc_node *heading(struct doc *d, struct doc_node *parent,
	const char *title)
{
	struct doc_node *n = add(d, parent, DOC_HEADING);
	n->as.heading.level = 2;
	n->as.heading.title = arena_strdup(d->arena, title);
	text(d, n, title);
	return n;
}

static struct doc_node *list(struct doc *d, struct doc_node *parent)
{
	struct doc_node *n = add(d, parent, DOC_LIST);
	n->as.list.tight = true;
	return n;
}

/* A list item's paragraph, to put inlines in. */
static struct doc_node *item(struct doc *d, struct doc_node *l)
{
	return para(d, add(d, l, DOC_ITEM));
}

static struct doc_node *table(struct doc *d, struct doc_node *parent,
	const char *caption, int header_rows)
{
	struct doc_node *t = add(d, parent, DOC_TABLE);
	t->as.fl = arena_alloc(d->arena, sizeof *t->as.fl);
	t->as.fl->title = arena_strdup(d->arena, caption);
	t->as.fl->header_rows = header_rows;
	return t;
}

/* A row; the table's first header_rows rows are header rows. */
static struct doc_node *row(struct doc *d, struct doc_node *t)
{
	int before = 0;
	for (struct doc_node *r = t->first; r; r = r->next)
		before++;
	struct doc_node *r = add(d, t, DOC_ROW);
	r->as.row.header = before < t->as.fl->header_rows;
	return r;
}

/* A cell: header (th), numeric (a figure, right-aligned), cls (a
 * predikat band), "-" when there is no value. */
static struct doc_node *cell(struct doc *d, struct doc_node *r,
	const char *s, bool header, bool numeric, const char *cls)
{
	struct doc_node *n = add(d, r, DOC_CELL);
	n->as.cell.header = header;
	n->as.cell.numeric = numeric;
	n->as.cell.css_class = cls ? arena_strdup(d->arena, cls) : NULL;
	text(d, n, s ? s : "-");
	return n;
}

static struct doc_node *span_cell(struct doc *d, struct doc_node *r,
	const char *s, int colspan, int rowspan)
{
	struct doc_node *n = cell(d, r, s, true, false, NULL);
	n->as.cell.colspan = colspan;
	n->as.cell.rowspan = rowspan;
	return n;
}

/* The tree's blocks as HTML, for a template variable. */
static const char *render(struct arena *a, struct doc *d,
	struct diag_list *dl)
{
#ifndef NDEBUG
	/* As doc_build does in Debug builds: the tree is sound. */
	doc_node_check(d->root, dl);
#endif
	struct html_ctx hc = {.doc = d, .arena = a, .diags = dl};
	struct hbuf b = {0};
	html_blocks(&hc, &b, d->root);
	const char *out = arena_strdup(a, hbuf_str(&b));
	hbuf_free(&b);
	return out;
}

/* "204,29 % (capaian di atas ambang ...)": a mean that holds an
 * implausible capaian says so wherever the portal shows it, never as if
 * it were sound (issue 13). */
static const char *capaian_teks(struct arena *a, const struct ringkasan *r)
{
	if (r->capaian == NULL || r->capaian_catatan == NULL)
		return r->capaian;
	return arena_printf(a, "%s (%s)", r->capaian, r->capaian_catatan);
}

/* "Capaian kinerja 108,57 % (Sangat Berhasil), serapan anggaran
 * 96,55 %" */
static void headline(struct arena *a, struct doc *d, struct doc_node *p,
	const struct ringkasan *r)
{
	if (r->capaian == NULL)
		return;
	char *t = arena_printf(a, "Capaian kinerja %s", capaian_teks(a, r));
	if (r->predikat)
		t = arena_printf(a, "%s (%s)", t, r->predikat);
	if (r->serapan)
		t = arena_printf(a, "%s, serapan anggaran %s", t, r->serapan);
	text(d, p, t);
}

static void report_item(struct arena *a, struct doc *d, struct doc_node *l,
	const struct ringkasan *r, const char *akar)
{
	struct doc_node *p = item(d, l);
	link(d, p, arena_printf(a, "%s%s/index.html", akar, r->id),
		arena_printf(a, "LKjIP Tahun %d", r->tahun));
	text(d, p, " \xe2\x80\x94 ");
	link(d, p, arena_printf(a, "%s%s/%s.pdf", akar, r->id, r->id),
		r->pdf_ukuran ? arena_printf(a, "PDF, %s", r->pdf_ukuran) : "PDF");
	if (r->nversi > 0)
		text(d, p, arena_printf(a, " \xe2\x80\x94 diperbarui %s",
			nz(r->versi[r->nversi - 1].tanggal)));
	if (r->capaian) {
		add(d, p, DOC_LINEBREAK);
		headline(a, d, p, r);
	}
}

/* ---- Page shell ---- */

struct site_ctx {
	struct arena *a;
	const struct site *s;
	const char *out;
	const char *base;   /* url_dasar ending in '/', or NULL */
	struct hbuf map;
	struct diag_list *dl;
};

static const char *site_title(const struct site *s)
{
	return s->judul ? s->judul : "Portal LKjIP";
}

static int write_page(struct site_ctx *c, const char *rel, const char *tpl,
	struct tpl_vars *vs, const char *judul, const char *deskripsi,
	const char *akar, const char *kelas)
{
	struct hbuf page = {0};
	int rc = tpl_render(tpl, vs, &page, c->dl);
	if (rc == 0) {
		struct html_page pg = {
			.lang = "id",
			.judul = judul,
			.deskripsi = deskripsi,
			.akar = akar,
			.kelas = kelas,
			.konten = hbuf_str(&page),
			.url = c->base ? arena_printf(c->a, "%s%s", c->base,
				rel) : NULL,
			.situs = site_title(c->s),
		};
		rc = html_write_page(arena_printf(c->a, "%s/%s", c->out, rel),
			&pg, c->dl);
	}
	if (c->base) {
		hbuf_puts(&c->map, "<url><loc>");
		hesc_text(&c->map, c->base);
		hesc_text(&c->map, rel);
		hbuf_puts(&c->map, "</loc></url>\n");
	}
	hbuf_free(&page);
	return rc;
}

/* ---- Agency page ---- */

/* Per year, oldest first (a trend reads left to right, top to bottom). */
static void year_table(struct arena *a, struct doc *d, struct doc_node *p,
	const struct entry *e, size_t n)
{
	struct doc_node *t = table(d, p, "Capaian kinerja per tahun", 1);
	struct doc_node *h = row(d, t);
	static const char *const COL[] = {"Tahun", "Rata-rata capaian",
		"Predikat", "Indikator mencapai target", "Pagu anggaran",
		"Realisasi anggaran", "Serapan"};
	for (size_t i = 0; i < sizeof COL / sizeof *COL; i++)
		cell(d, h, COL[i], true, false, NULL);
	for (size_t k = n; k-- > 0;) {
		const struct ringkasan *r = e[k].r;
		struct doc_node *x = row(d, t);
		cell(d, x, arena_printf(a, "%d", r->tahun), true, false, NULL);
		cell(d, x, capaian_teks(a, r), false, true, NULL);
		cell(d, x, r->predikat, false, false, r->predikat_kelas);
		cell(d, x, r->tercapai ? arena_printf(a, "%s dari %s",
			r->tercapai, nz(r->jumlah_indikator)) : NULL, false, true,
			NULL);
		cell(d, x, r->pagu, false, true, NULL);
		cell(d, x, r->realisasi, false, true, NULL);
		cell(d, x, r->serapan, false, true, NULL);
	}
}

static const struct ringkasan_indikator *find_ind(const struct ringkasan *r,
	const char *kode)
{
	for (size_t i = 0; i < r->nindikator; i++)
		if (!strcmp(nz(r->indikator[i].kode), kode))
			return &r->indikator[i];
	return NULL;
}

/* Capaian as printed ("108,57 %", the report's comma) back to a number,
 * only to say which way it moved. */
static double shown(const char *s)
{
	char buf[64];
	size_t n = 0;
	for (; *s && n + 1 < sizeof buf; s++)
		if ((*s >= '0' && *s <= '9') || *s == ',' || *s == '-')
			buf[n++] = *s == ',' ? '.' : *s;
	buf[n] = '\0';
	return strtod(buf, NULL);
}

/* Indicators reported in at least two of the agency's years: realisasi
 * and capaian per year, oldest first, and which way the capaian of the
 * two latest years moved. The newest report names them. */
static void indicator_table(struct arena *a, struct doc *d,
	struct doc_node *p, const struct entry *e, size_t n)
{
	struct ptrvec codes = {0};
	for (size_t k = 0; k < n; k++) {
		const struct ringkasan *r = e[k].r;
		for (size_t i = 0; i < r->nindikator; i++) {
			const struct ringkasan_indikator *ri = &r->indikator[i];
			if (ri->kode == NULL)
				continue;
			bool seen = false;
			for (size_t j = 0; j < codes.n && !seen; j++)
				seen = !strcmp(((const struct ringkasan_indikator *)
					codes.v[j])->kode, ri->kode);
			int count = 0;
			for (size_t q = 0; q < n && !seen; q++)
				count += find_ind(e[q].r, ri->kode) != NULL;
			if (!seen && count >= 2)
				ptrvec_push(a, &codes, (void *)ri);
		}
	}
	if (codes.n == 0) {
		struct doc_node *q = para(d, p);
		text(d, add(d, q, DOC_EMPH), "Belum ada indikator yang "
			"dilaporkan pada lebih dari satu tahun.");
		return;
	}
	struct doc_node *t = table(d, p, "Realisasi dan capaian indikator "
		"kinerja per tahun", 2);
	struct doc_node *h1 = row(d, t), *h2 = row(d, t);
	span_cell(d, h1, "Kode", 1, 2);
	span_cell(d, h1, "Indikator", 1, 2);
	span_cell(d, h1, "Satuan", 1, 2);
	for (size_t k = n; k-- > 0;) {
		span_cell(d, h1, arena_printf(a, "%d", e[k].r->tahun), 2, 1);
		cell(d, h2, "Realisasi", true, false, NULL);
		cell(d, h2, "Capaian", true, false, NULL);
	}
	span_cell(d, h1, "Arah", 1, 2);
	for (size_t j = 0; j < codes.n; j++) {
		const struct ringkasan_indikator *ind = codes.v[j];
		struct doc_node *x = row(d, t);
		cell(d, x, ind->kode, true, false, NULL);
		cell(d, x, nz(ind->uraian), false, false, NULL);
		cell(d, x, nz(ind->satuan), false, false, NULL);
		const char *last = NULL, *prev = NULL;
		for (size_t k = n; k-- > 0;) {
			const struct ringkasan_indikator *y = find_ind(e[k].r,
				ind->kode);
			cell(d, x, y ? y->realisasi : NULL, false, true, NULL);
			cell(d, x, y ? y->capaian : NULL, false, true, y ?
				y->kelas : NULL);
			if (y && y->capaian) {
				prev = last;
				last = y->capaian;
			}
		}
		const char *arah = "-";
		if (prev && last) {
			double d1 = shown(prev), d2 = shown(last);
			arah = d2 > d1 ? "\xe2\x86\x91 naik" : d2 < d1 ?
				"\xe2\x86\x93 turun" : "= tetap";
		}
		cell(d, x, arah, false, false, NULL);
	}
}

/* Every corrected version, newest first, with its PDF. */
static void versions(struct arena *a, struct doc *d, struct doc_node *p,
	const struct entry *e, size_t n)
{
	bool any = false;
	for (size_t k = 0; k < n; k++)
		any |= e[k].r->nversi > 0;
	if (!any)
		return;
	heading(d, p, "Riwayat versi");
	struct doc_node *l = list(d, p);
	for (size_t k = 0; k < n; k++) {
		const struct ringkasan *r = e[k].r;
		for (size_t v = r->nversi; v-- > 0;) {
			const struct ringkasan_versi *x = &r->versi[v];
			struct doc_node *q = item(d, l);
			text(d, q, arena_printf(a, "LKjIP Tahun %d: versi %d "
				"diganti pada %s (%zu baris angka berubah) ",
				r->tahun, x->nomor, nz(x->tanggal), x->nberubah));
			link(d, q, arena_printf(a, "../%s/%s-v%d.pdf", r->id,
				r->id, x->nomor),
				arena_printf(a, "PDF versi %d", x->nomor));
		}
	}
}

static int agency_page(struct site_ctx *c, const struct entry *e, size_t n)
{
	const struct ringkasan *r0 = e[0].r;
	struct doc *dl = page_doc(DOC_ITEM), *dt = page_doc(DOC_ITEM),
		*di = page_doc(DOC_ITEM), *dv = page_doc(DOC_ITEM);
	struct doc_node *l = list(dl, dl->root);
	for (size_t k = 0; k < n; k++)
		report_item(c->a, dl, l, e[k].r, "../");
	year_table(c->a, dt, dt->root, e, n);
	indicator_table(c->a, di, di->root, e, n);
	versions(c->a, dv, dv->root, e, n);
	struct tpl_vars vs = {0};
	tpl_set(&vs, "nama", r0->instansi, TPL_TEXT);
	tpl_set(&vs, "pemerintah", r0->pemerintah, TPL_TEXT);
	tpl_set(&vs, "pemerintah_url", arena_printf(c->a, "../pemerintah/%s.html",
		e[0].pem_slug), TPL_URL);
	tpl_set(&vs, "situs", c->s->judul, TPL_TEXT);
	tpl_set(&vs, "laporan", render(c->a, dl, c->dl), TPL_HTML);
	tpl_set(&vs, "ringkasan", render(c->a, dt, c->dl), TPL_HTML);
	tpl_set(&vs, "indikator", render(c->a, di, c->dl), TPL_HTML);
	const char *riwayat = render(c->a, dv, c->dl);
	tpl_set(&vs, "riwayat", *riwayat ? riwayat : NULL, TPL_HTML);
	const char *nama = arena_printf(c->a, "%s %s", nz(r0->instansi),
		nz(r0->pemerintah));
	char *desk = arena_printf(c->a, "Kinerja %s dari tahun ke tahun: "
		"%zu laporan (LKjIP)", nama, n);
	if (r0->capaian)
		desk = arena_printf(c->a, "%s; capaian %d %s%s%s%s.", desk,
			r0->tahun, r0->capaian, r0->predikat ? " (" : "",
			nz(r0->predikat), r0->predikat ? ")" : "");
	int rc = write_page(c, arena_printf(c->a, "instansi/%s.html",
		e[0].ins_slug), "instansi.html", &vs, arena_printf(c->a,
		"%s - Kinerja per Tahun - %s", nama, site_title(c->s)), desk,
		"../", "halaman-instansi");
	doc_free(dl);
	doc_free(dt);
	doc_free(di);
	doc_free(dv);
	return rc;
}

/* ---- Government page ---- */

/* One row per agency: its latest report's figures. */
static void agency_rows(struct site_ctx *c, struct doc *d, struct doc_node *p,
	const struct entry *e, size_t n, const char *akar)
{
	struct doc_node *t = table(d, p, "Perangkat daerah dan laporan "
		"terakhirnya", 1);
	struct doc_node *h = row(d, t);
	static const char *const COL[] = {"Perangkat daerah", "Tahun",
		"Capaian kinerja", "Predikat", "Serapan anggaran",
		"Laporan terakhir"};
	for (size_t i = 0; i < sizeof COL / sizeof *COL; i++)
		cell(d, h, COL[i], true, false, NULL);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && same_agency(&e[j], &e[i]))
			j++;
		const struct ringkasan *r = e[i].r; /* newest */
		struct doc_node *x = row(d, t);
		struct doc_node *name = add(d, x, DOC_CELL);
		name->as.cell.header = true;
		link(d, name, arena_printf(c->a, "%sinstansi/%s.html", akar,
			e[i].ins_slug), nz(r->instansi));
		cell(d, x, arena_printf(c->a, "%d", r->tahun), false, true, NULL);
		cell(d, x, capaian_teks(c->a, r), false, true, NULL);
		cell(d, x, r->predikat, false, false, r->predikat_kelas);
		cell(d, x, r->serapan, false, true, NULL);
		struct doc_node *lap = add(d, x, DOC_CELL);
		link(d, lap, arena_printf(c->a, "%s%s/index.html", akar, r->id),
			arena_printf(c->a, "LKjIP %d", r->tahun));
		i = j;
	}
}

static int government_page(struct site_ctx *c, const struct entry *e,
	size_t n, size_t nagency)
{
	struct doc *d = page_doc(DOC_ITEM);
	agency_rows(c, d, d->root, e, n, "../");
	const char *pem = e[0].r->pemerintah ? e[0].r->pemerintah
		: "Pemerintah daerah";
	struct tpl_vars vs = {0};
	tpl_set(&vs, "nama", pem, TPL_TEXT);
	tpl_set(&vs, "situs", c->s->judul, TPL_TEXT);
	tpl_set(&vs, "daftar", render(c->a, d, c->dl), TPL_HTML);
	int rc = write_page(c, arena_printf(c->a, "pemerintah/%s.html",
		e[0].pem_slug), "pemerintah.html", &vs, arena_printf(c->a,
		"%s - %s", pem, site_title(c->s)), arena_printf(c->a,
		"Laporan kinerja (LKjIP) %zu perangkat daerah %s: capaian, "
		"predikat dan serapan anggaran.", nagency, pem), "../",
		"halaman-pemerintah");
	doc_free(d);
	return rc;
}

/* ---- Search index ---- */

static void json_str(struct hbuf *b, const char *s)
{
	hbuf_putc(b, '"');
	for (const unsigned char *p = (const unsigned char *)nz(s); *p; p++) {
		if (*p == '"' || *p == '\\') {
			hbuf_putc(b, '\\');
			hbuf_putc(b, (char)*p);
		} else if (*p < 0x20) {
			char u[8];
			snprintf(u, sizeof u, "\\u%04x", *p);
			hbuf_puts(b, u);
		} else if (*p == '<') {
			hbuf_puts(b, "\\u003c"); /* never "</script>" */
		} else {
			hbuf_putc(b, (char)*p);
		}
	}
	hbuf_putc(b, '"');
}

/* One record per report: where it is, how it is named, its headline
 * figures, and the text to match (agency, government, indicators with
 * their figures, sasaran, programmes). */
static void search_entry(struct hbuf *b, const struct ringkasan *r,
	bool first)
{
	hbuf_puts(b, first ? "\n{" : ",\n{");
	hbuf_puts(b, "\"u\":");
	json_str(b, r->id);
	hbuf_puts(b, ",\"i\":");
	json_str(b, r->instansi);
	hbuf_puts(b, ",\"g\":");
	json_str(b, r->pemerintah);
	hbuf_puts(b, ",\"y\":");
	hbuf_int(b, r->tahun);
	hbuf_puts(b, ",\"c\":");
	json_str(b, r->capaian);
	hbuf_puts(b, ",\"p\":");
	json_str(b, r->predikat);
	hbuf_puts(b, ",\"k\":[");
	for (size_t i = 0; i < r->nindikator; i++) {
		const struct ringkasan_indikator *x = &r->indikator[i];
		if (i)
			hbuf_putc(b, ',');
		hbuf_putc(b, '[');
		json_str(b, x->kode);
		hbuf_putc(b, ',');
		json_str(b, x->uraian);
		hbuf_putc(b, ',');
		json_str(b, x->realisasi);
		hbuf_putc(b, ',');
		json_str(b, x->capaian);
		hbuf_putc(b, ']');
	}
	hbuf_puts(b, "],\"s\":[");
	for (size_t i = 0; i < r->nsasaran; i++) {
		if (i)
			hbuf_putc(b, ',');
		json_str(b, r->sasaran[i]);
	}
	hbuf_puts(b, "],\"r\":[");
	for (size_t i = 0; i < r->nprogram; i++) {
		if (i)
			hbuf_putc(b, ',');
		json_str(b, r->program[i]);
	}
	hbuf_puts(b, "]}");
}

/* ---- The site ---- */

/* "3 perangkat daerah: 2 Sangat Berhasil, 1 Berhasil": the latest
 * predikat of each agency, counted per predikat in the order first met. */
static const char *tally(struct arena *a, const struct entry *e, size_t n,
	size_t nagency)
{
	const char *name[16];
	size_t count[16], k = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && same_agency(&e[j], &e[i]))
			j++;
		const char *p = e[i].r->predikat;
		if (p != NULL) {
			size_t q = 0;
			while (q < k && strcmp(name[q], p))
				q++;
			if (q == k && k < 16) {
				name[k] = p;
				count[k++] = 0;
			}
			if (q < k)
				count[q]++;
		}
		i = j;
	}
	char *t = arena_printf(a, "%zu perangkat daerah", nagency);
	for (size_t q = 0; q < k; q++)
		t = arena_printf(a, "%s%s%zu %s", t, q ? ", " : ": ", count[q],
			name[q]);
	return t;
}

int html_render_site(const struct site *s, struct ringkasan *const *rk,
	size_t n, const char *out_dir, struct diag_list *diags)
{
	if (s == NULL) {
		diag_add(diags, DIAG_ERROR, (struct src_pos){0},
			"html: no site to render");
		return -1;
	}
	struct site_ctx c = {.a = arena_new(), .s = s, .out = out_dir,
		.dl = diags};
	const char *base = s->base_url;
	if (base && *base)
		c.base = arena_printf(c.a, "%s%s", base,
			base[strlen(base) - 1] == '/' ? "" : "/");
	struct entry *e = arena_alloc(c.a, (n + 1) * sizeof *e);
	size_t ne = 0;
	for (size_t i = 0; i < n; i++) {
		if (rk[i] == NULL || rk[i]->id == NULL)
			continue;
		e[ne].r = rk[i];
		e[ne].pem_slug = html_slug(c.a, nz(rk[i]->pemerintah));
		if (*e[ne].pem_slug == '\0')
			e[ne].pem_slug = "pemerintah";
		e[ne].ins_slug = html_slug(c.a, arena_printf(c.a, "%s %s",
			nz(rk[i]->instansi), nz(rk[i]->pemerintah)));
		ne++;
	}
	if (ne > 1)
		qsort(e, ne, sizeof *e, cmp_entry);
	/* Two governments or agencies that give one page name: the second
	 * would overwrite the first (lkjip build checks this before writing;
	 * shards built apart meet only here). */
	for (size_t i = 1; i < ne; i++) {
		if (!same_pem(&e[i - 1], &e[i]) &&
				!strcmp(e[i - 1].pem_slug, e[i].pem_slug))
			diag_add(diags, DIAG_ERROR, (struct src_pos){0},
				"the governments \"%s\" and \"%s\" would both be "
				"published as pemerintah/%s.html: rename one",
				nz(e[i - 1].r->pemerintah), nz(e[i].r->pemerintah),
				e[i].pem_slug);
	}
	if (c.base)
		hbuf_puts(&c.map, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			"<urlset xmlns=\"http://www.sitemaps.org/schemas/"
			"sitemap/0.9\">\n");
	int rc = diag_errors(diags) ? -1 : 0;
	size_t nagency = 0, ngov = 0;
	for (size_t i = 0; i < ne; i++) {
		nagency += i == 0 || !same_agency(&e[i - 1], &e[i]);
		ngov += i == 0 || !same_pem(&e[i - 1], &e[i]);
	}
	struct hbuf daftar = {0}, cari = {0};
	bool rinci = nagency <= INDEX_AGENCY_LIMIT;
	/* Where each government's section begins in daftar. */
	size_t *mulai = arena_alloc(c.a, (ngov + 2) * sizeof *mulai), ng = 0;
	hbuf_puts(&cari, "{\"laporan\":[");
	for (size_t i = 0; rc == 0 && i < ne;) {
		size_t j = i, nag = 0;
		while (j < ne && same_pem(&e[j], &e[i]))
			j++;
		for (size_t k = i; k < j; k++)
			nag += k == i || !same_agency(&e[k - 1], &e[k]);
		mulai[ng++] = daftar.len;
		/* The government's part of the index, as a tree. */
		struct doc *d = page_doc(DOC_DOCUMENT);
		const char *pem = e[i].r->pemerintah ? e[i].r->pemerintah
			: "Pemerintah daerah";
		struct doc_node *sec = part(d, d->root, pem, arena_printf(c.a,
			"pemerintah-%s", e[i].pem_slug));
		struct doc_node *q = para(d, sec);
		if (!rinci)
			text(d, q, arena_printf(c.a, "%s. ", tally(c.a, e + i,
				j - i, nag)));
		link(d, q, arena_printf(c.a, "pemerintah/%s.html",
			e[i].pem_slug), arena_printf(c.a, "Halaman %s", pem));
		if (rinci)
			agency_rows(&c, d, sec, e + i, j - i, "");
		hbuf_puts(&daftar, render(c.a, d, diags));
		doc_free(d);
		if (government_page(&c, e + i, j - i, nag) != 0)
			rc = -1;
		for (size_t k = i; rc == 0 && k < j;) {
			size_t q = k;
			while (q < j && same_agency(&e[q], &e[k]))
				q++;
			if (agency_page(&c, e + k, q - k) != 0)
				rc = -1;
			for (size_t x = k; x < q; x++) {
				search_entry(&cari, e[x].r, x == 0);
				if (c.base) {
					hbuf_puts(&c.map, "<url><loc>");
					hesc_text(&c.map, c.base);
					hesc_text(&c.map, arena_printf(c.a,
						"%s/index.html", e[x].r->id));
					hbuf_puts(&c.map, "</loc></url>\n");
				}
			}
			k = q;
		}
		i = j;
	}
	hbuf_puts(&cari, "\n]}\n");
	mulai[ng] = daftar.len;
	if (ne == 0)
		hbuf_puts(&daftar, "<p class=\"kosong\">Belum ada laporan.</p>\n");

	/* Pages of whole government sections, each under the budget. */
	size_t *awal = arena_alloc(c.a, (ng + 2) * sizeof *awal), np = 0;
	awal[np++] = 0;
	for (size_t g = 1; g < ng; g++)
		if (mulai[g + 1] - mulai[awal[np - 1]] > INDEX_PAGE_BYTES)
			awal[np++] = g;
	awal[np] = ng;
	const char *judul = site_title(s);
	for (size_t p = 0; rc == 0 && p < np; p++) {
		struct hbuf nav = {0}, isi = {0};
		if (np > 1) {
			hbuf_puts(&nav, "<nav class=\"halaman\" aria-label=\""
				"Halaman daftar\">Halaman:");
			for (size_t q = 0; q < np; q++) {
				hbuf_putc(&nav, ' ');
				const char *t = arena_printf(c.a, "%zu", q + 1);
				if (q == p) {
					hbuf_puts(&nav, "<span aria-current=\"page\">");
					hesc_text(&nav, t);
					hbuf_puts(&nav, "</span>");
				} else {
					hbuf_puts(&nav, "<a href=\"");
					hesc_url(&nav, q ? arena_printf(c.a,
						"indeks-%zu.html", q + 1) : "index.html");
					hbuf_puts(&nav, "\">");
					hesc_text(&nav, t);
					hbuf_puts(&nav, "</a>");
				}
			}
			hbuf_puts(&nav, "</nav>\n");
		}
		if (ng > 0)
			hbuf_putn(&isi, daftar.data + mulai[awal[p]],
				mulai[awal[p + 1]] - mulai[awal[p]]);
		else
			hbuf_puts(&isi, hbuf_str(&daftar));
		struct tpl_vars vs = {0};
		tpl_set(&vs, "judul", judul, TPL_TEXT);
		tpl_set(&vs, "deskripsi", s->deskripsi, TPL_TEXT);
		tpl_set(&vs, "jumlah", arena_printf(c.a, "%zu laporan dari %zu "
			"perangkat daerah di %zu pemerintah daerah.", ne, nagency,
			ngov), TPL_TEXT);
		tpl_set(&vs, "halaman", nav.len ? hbuf_str(&nav) : NULL,
			TPL_HTML);
		tpl_set(&vs, "daftar", hbuf_str(&isi), TPL_HTML);
		const char *desk = s->deskripsi ? s->deskripsi : judul;
		rc = write_page(&c, p ? arena_printf(c.a, "indeks-%zu.html",
			p + 1) : "index.html", "indeks.html", &vs, p ?
			arena_printf(c.a, "%s - halaman %zu", judul, p + 1) : judul,
			p ? arena_printf(c.a, "%s (halaman %zu dari %zu)", desk,
			p + 1, np) : desk, "", "halaman-indeks");
		hbuf_free(&nav);
		hbuf_free(&isi);
	}
	if (rc == 0)
		rc = html_write(arena_printf(c.a, "%s/cari.json", out_dir),
			cari.data, cari.len, diags);
	if (rc == 0 && c.base) {
		hbuf_puts(&c.map, "</urlset>\n");
		rc = html_write(arena_printf(c.a, "%s/sitemap.xml", out_dir),
			c.map.data, c.map.len, diags);
	} else if (!c.base && !s->satu_laporan) {
		/* One report folder built alone has no site.yaml to set it. */
		diag_add(diags, DIAG_WARNING, (struct src_pos){s->dir ?
			arena_printf(c.a, "%s/site.yaml", s->dir) : NULL, 0, 0,
			NULL}, "url_dasar is not set: sitemap.xml not written");
	}
	if (rc == 0)
		rc = html_copy_css(out_dir, diags);
	if (rc == 0)
		rc = html_copy_asset(out_dir, "cari.js", diags);
	hbuf_free(&daftar);
	hbuf_free(&cari);
	hbuf_free(&c.map);
	arena_free(c.a);
	return rc;
}
