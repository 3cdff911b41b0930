/* The portal around the reports, built from their summaries alone
 * (ringkasan.c; out/<id>/ringkasan.tsv), never from the content or the
 * trees: governments -> agencies -> years.
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
 *   sitemap.xml                from url_dasar of site.yaml
 *
 * Links are relative everywhere except in the sitemap and og:url. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html/html.h"
#include "html/internal.h"
#include "util/path.h"

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

static void predikat(struct hbuf *b, const struct ringkasan *r)
{
	if (r->predikat == NULL)
		return;
	hbuf_puts(b, "<span class=\"predikat");
	if (r->predikat_kelas) {
		hbuf_putc(b, ' ');
		hesc_class(b, r->predikat_kelas);
	}
	hbuf_puts(b, "\">");
	hesc_text(b, r->predikat);
	hbuf_puts(b, "</span>");
}

/* "Capaian kinerja 108,57 % (Sangat Berhasil), serapan anggaran 96,55 %" */
static void headline(struct hbuf *b, const struct ringkasan *r)
{
	if (r->capaian == NULL)
		return;
	hbuf_puts(b, "<span class=\"ringkas\">Capaian kinerja ");
	hesc_text(b, r->capaian);
	if (r->predikat) {
		hbuf_puts(b, " (");
		predikat(b, r);
		hbuf_puts(b, ")");
	}
	if (r->serapan) {
		hbuf_puts(b, ", serapan anggaran ");
		hesc_text(b, r->serapan);
	}
	hbuf_puts(b, "</span>");
}

static void link(struct hbuf *b, const char *href, const char *text)
{
	hbuf_puts(b, "<a href=\"");
	hesc_url(b, href);
	hbuf_puts(b, "\">");
	hesc_text(b, text);
	hbuf_puts(b, "</a>");
}

static void report_item(struct arena *a, struct hbuf *b,
	const struct ringkasan *r, const char *akar)
{
	hbuf_puts(b, "<li>");
	link(b, arena_printf(a, "%s%s/index.html", akar, r->id),
		arena_printf(a, "LKjIP Tahun %d", r->tahun));
	hbuf_puts(b, " <a class=\"pdf\" href=\"");
	hesc_url(b, arena_printf(a, "%s%s/%s.pdf", akar, r->id, r->id));
	hbuf_puts(b, "\">PDF");
	if (r->pdf_ukuran) {
		hbuf_puts(b, ", ");
		hesc_text(b, r->pdf_ukuran);
	}
	hbuf_puts(b, "</a>");
	if (r->nversi > 0) {
		hbuf_puts(b, " <span class=\"diperbarui\">Diperbarui ");
		hesc_text(b, r->versi[r->nversi - 1].tanggal);
		hbuf_puts(b, "</span>");
	}
	if (r->capaian) {
		hbuf_puts(b, "<br/>");
		headline(b, r);
	}
	hbuf_puts(b, "</li>\n");
}

static void table_open(struct hbuf *b, const char *label,
	const char *caption)
{
	/* bertumpuk: one card per row on a phone (lkjip.css). */
	hbuf_puts(b, "<div class=\"tabel bertumpuk\"><div class=\"gulir\" "
		"tabindex=\"0\" role=\"region\" aria-label=\"");
	hesc_attr(b, label);
	hbuf_puts(b, "\">\n<table>\n<caption>");
	hesc_text(b, caption);
	hbuf_puts(b, "</caption>\n");
}

static void table_close(struct hbuf *b)
{
	hbuf_puts(b, "</tbody>\n</table>\n</div>\n</div>\n");
}

static void th(struct hbuf *b, const char *text)
{
	hbuf_puts(b, "<th scope=\"col\">");
	hesc_text(b, text);
	hbuf_puts(b, "</th>");
}

/* A cell; data-label names its column when phones stack the row. */
static void td(struct hbuf *b, const char *label, const char *text,
	const char *cls)
{
	hbuf_puts(b, "<td data-label=\"");
	hesc_attr(b, label);
	hbuf_puts(b, "\"");
	if (cls && *cls) {
		/* Classes apart: each made safe on its own. */
		hbuf_puts(b, " class=\"");
		for (const char *p = cls; *p;) {
			size_t n = strcspn(p, " ");
			char one[128];
			snprintf(one, sizeof one, "%.*s", (int)n, p);
			hesc_class(b, one);
			p += n;
			if (*p == ' ') {
				hbuf_putc(b, ' ');
				p++;
			}
		}
		hbuf_puts(b, "\"");
	}
	hbuf_puts(b, ">");
	hesc_text(b, text ? text : "-");
	hbuf_puts(b, "</td>");
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
static void year_table(struct hbuf *b, const struct entry *e, size_t n)
{
	table_open(b, "Ringkasan per tahun", "Capaian kinerja per tahun");
	hbuf_puts(b, "<thead>\n<tr>");
	th(b, "Tahun");
	th(b, "Rata-rata capaian");
	th(b, "Predikat");
	th(b, "Indikator mencapai target");
	th(b, "Pagu anggaran");
	th(b, "Realisasi anggaran");
	th(b, "Serapan");
	hbuf_puts(b, "</tr>\n</thead>\n<tbody>\n");
	for (size_t k = n; k-- > 0;) {
		const struct ringkasan *r = e[k].r;
		hbuf_puts(b, "<tr><th scope=\"row\">");
		hbuf_int(b, r->tahun);
		hbuf_puts(b, "</th>");
		td(b, "Rata-rata capaian", r->capaian, "angka");
		td(b, "Predikat", r->predikat, r->predikat_kelas);
		char t[128] = "";
		if (r->tercapai)
			snprintf(t, sizeof t, "%s dari %s", r->tercapai,
				nz(r->jumlah_indikator));
		td(b, "Indikator mencapai target", *t ? t : NULL, "angka");
		td(b, "Pagu anggaran", r->pagu, "angka");
		td(b, "Realisasi anggaran", r->realisasi, "angka");
		td(b, "Serapan", r->serapan, "angka");
		hbuf_puts(b, "</tr>\n");
	}
	table_close(b);
}

static const struct ringkasan_indikator *find_ind(const struct ringkasan *r,
	const char *kode)
{
	for (size_t i = 0; i < r->nindikator; i++)
		if (!strcmp(nz(r->indikator[i].kode), kode))
			return &r->indikator[i];
	return NULL;
}

/* Indicators reported in at least two of the agency's years: realisasi
 * and capaian per year, oldest first. The newest report names them. */
static void indicator_table(struct arena *a, struct hbuf *b,
	const struct entry *e, size_t n)
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
		hbuf_puts(b, "<p class=\"kosong\">Belum ada indikator yang "
			"dilaporkan pada lebih dari satu tahun.</p>\n");
		return;
	}
	table_open(b, "Indikator kinerja per tahun", "Realisasi dan capaian "
		"indikator kinerja per tahun");
	hbuf_puts(b, "<thead>\n<tr><th scope=\"col\" rowspan=\"2\">Kode</th>"
		"<th scope=\"col\" rowspan=\"2\">Indikator</th>"
		"<th scope=\"col\" rowspan=\"2\">Satuan</th>");
	for (size_t k = n; k-- > 0;) {
		hbuf_puts(b, "<th scope=\"colgroup\" colspan=\"2\">");
		hbuf_int(b, e[k].r->tahun);
		hbuf_puts(b, "</th>");
	}
	hbuf_puts(b, "<th scope=\"col\" rowspan=\"2\">Arah</th></tr>\n<tr>");
	for (size_t k = n; k-- > 0;)
		hbuf_puts(b, "<th scope=\"col\">Realisasi</th>"
			"<th scope=\"col\">Capaian</th>");
	hbuf_puts(b, "</tr>\n</thead>\n<tbody>\n");
	for (size_t j = 0; j < codes.n; j++) {
		const struct ringkasan_indikator *ind = codes.v[j];
		hbuf_puts(b, "<tr><th scope=\"row\">");
		hesc_text(b, ind->kode);
		hbuf_puts(b, "</th>");
		td(b, "Indikator", nz(ind->uraian), NULL);
		td(b, "Satuan", nz(ind->satuan), NULL);
		/* The trend in words: the capaian of the two latest years
		 * that have one, compared as the reader sees them. */
		const char *last = NULL, *prev = NULL;
		for (size_t k = n; k-- > 0;) {
			const struct ringkasan_indikator *x = find_ind(e[k].r,
				ind->kode);
			char *l = arena_printf(a, "Realisasi %d", e[k].r->tahun);
			char *lc = arena_printf(a, "Capaian %d", e[k].r->tahun);
			td(b, l, x ? x->realisasi : NULL, "angka");
			td(b, lc, x ? x->capaian : NULL, x && x->kelas ?
				arena_printf(a, "angka %s", x->kelas) : "angka");
			if (x && x->capaian) {
				prev = last;
				last = x->capaian;
			}
		}
		const char *arah = "-";
		if (prev && last) {
			/* Both printed with the report's own decimals and
			 * comma: compare as numbers. */
			char *p1 = arena_strdup(a, prev), *p2 = arena_strdup(a,
				last);
			for (char *q = p1; *q; q++)
				if (*q == ',') *q = '.';
			for (char *q = p2; *q; q++)
				if (*q == ',') *q = '.';
			double d1 = strtod(p1, NULL), d2 = strtod(p2, NULL);
			arah = d2 > d1 ? "\xe2\x86\x91 naik" : d2 < d1 ?
				"\xe2\x86\x93 turun" : "= tetap";
		}
		td(b, "Arah", arah, NULL);
		hbuf_puts(b, "</tr>\n");
	}
	table_close(b);
}

static void versions(struct arena *a, struct hbuf *b, const struct entry *e,
	size_t n)
{
	bool any = false;
	for (size_t k = 0; k < n; k++)
		any |= e[k].r->nversi > 0;
	if (!any)
		return;
	hbuf_puts(b, "<h2>Riwayat versi</h2>\n<ul class=\"riwayat\">\n");
	for (size_t k = 0; k < n; k++) {
		const struct ringkasan *r = e[k].r;
		for (size_t v = r->nversi; v-- > 0;) {
			const struct ringkasan_versi *x = &r->versi[v];
			hbuf_puts(b, "<li>");
			hesc_text(b, arena_printf(a, "LKjIP Tahun %d: versi %d "
				"diganti pada %s (%zu baris angka berubah) ", r->tahun,
				x->nomor, nz(x->tanggal), x->nberubah));
			link(b, arena_printf(a, "../%s/%s", r->id, nz(x->pdf)),
				arena_printf(a, "PDF versi %d", x->nomor));
			hbuf_puts(b, "</li>\n");
		}
	}
	hbuf_puts(b, "</ul>\n");
}

static int agency_page(struct site_ctx *c, const struct entry *e, size_t n)
{
	struct hbuf laporan = {0}, tahun = {0}, indikator = {0}, riwayat = {0};
	const struct ringkasan *r0 = e[0].r;
	hbuf_puts(&laporan, "<ul class=\"laporan-tahun\">\n");
	for (size_t k = 0; k < n; k++)
		report_item(c->a, &laporan, e[k].r, "../");
	hbuf_puts(&laporan, "</ul>\n");
	year_table(&tahun, e, n);
	indicator_table(c->a, &indikator, e, n);
	versions(c->a, &riwayat, e, n);
	struct tpl_vars vs = {0};
	tpl_set(&vs, "nama", r0->instansi, TPL_TEXT);
	tpl_set(&vs, "pemerintah", r0->pemerintah, TPL_TEXT);
	tpl_set(&vs, "pemerintah_url", arena_printf(c->a, "../pemerintah/%s.html",
		e[0].pem_slug), TPL_URL);
	tpl_set(&vs, "situs", c->s->judul, TPL_TEXT);
	tpl_set(&vs, "laporan", hbuf_str(&laporan), TPL_HTML);
	tpl_set(&vs, "ringkasan", hbuf_str(&tahun), TPL_HTML);
	tpl_set(&vs, "indikator", hbuf_str(&indikator), TPL_HTML);
	tpl_set(&vs, "riwayat", riwayat.len ? hbuf_str(&riwayat) : NULL,
		TPL_HTML);
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
	hbuf_free(&laporan);
	hbuf_free(&tahun);
	hbuf_free(&indikator);
	hbuf_free(&riwayat);
	return rc;
}

/* ---- Government page ---- */

/* One row per agency: its latest report's figures. */
static void agency_rows(struct site_ctx *c, struct hbuf *b,
	const struct entry *e, size_t n, const char *akar)
{
	table_open(b, "Perangkat daerah", "Perangkat daerah dan laporan "
		"terakhirnya");
	hbuf_puts(b, "<thead>\n<tr>");
	th(b, "Perangkat daerah");
	th(b, "Tahun");
	th(b, "Capaian kinerja");
	th(b, "Predikat");
	th(b, "Serapan anggaran");
	th(b, "Laporan terakhir");
	hbuf_puts(b, "</tr>\n</thead>\n<tbody>\n");
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && same_agency(&e[j], &e[i]))
			j++;
		const struct ringkasan *r = e[i].r; /* newest */
		hbuf_puts(b, "<tr><th scope=\"row\">");
		link(b, arena_printf(c->a, "%sinstansi/%s.html", akar,
			e[i].ins_slug), nz(r->instansi));
		hbuf_puts(b, "</th>");
		td(b, "Tahun", arena_printf(c->a, "%d", r->tahun), "angka");
		td(b, "Capaian kinerja", r->capaian, "angka");
		td(b, "Predikat", r->predikat, r->predikat_kelas);
		td(b, "Serapan anggaran", r->serapan, "angka");
		hbuf_puts(b, "<td data-label=\"Laporan terakhir\">");
		link(b, arena_printf(c->a, "%s%s/index.html", akar, r->id),
			arena_printf(c->a, "LKjIP %d", r->tahun));
		hbuf_puts(b, "</td></tr>\n");
		i = j;
	}
	table_close(b);
}

static int government_page(struct site_ctx *c, const struct entry *e,
	size_t n, size_t nagency)
{
	struct hbuf daftar = {0};
	agency_rows(c, &daftar, e, n, "../");
	const char *pem = e[0].r->pemerintah ? e[0].r->pemerintah
		: "Pemerintah daerah";
	struct tpl_vars vs = {0};
	tpl_set(&vs, "nama", pem, TPL_TEXT);
	tpl_set(&vs, "situs", c->s->judul, TPL_TEXT);
	tpl_set(&vs, "daftar", hbuf_str(&daftar), TPL_HTML);
	int rc = write_page(c, arena_printf(c->a, "pemerintah/%s.html",
		e[0].pem_slug), "pemerintah.html", &vs, arena_printf(c->a,
		"%s - %s", pem, site_title(c->s)), arena_printf(c->a,
		"Laporan kinerja (LKjIP) %zu perangkat daerah %s: capaian, "
		"predikat dan serapan anggaran.", nagency, pem), "../",
		"halaman-pemerintah");
	hbuf_free(&daftar);
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

static void tally(struct arena *a, struct hbuf *b, const struct entry *e,
	size_t n)
{
	/* Latest predikat per agency, counted per predikat name, in the
	 * order first met. */
	const char *name[16];
	const char *kelas[16];
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
				kelas[k] = e[i].r->predikat_kelas;
				count[k++] = 0;
			}
			if (q < k)
				count[q]++;
		}
		i = j;
	}
	for (size_t q = 0; q < k; q++) {
		hbuf_puts(b, q ? ", " : " &#8212; ");
		hesc_text(b, arena_printf(a, "%zu ", count[q]));
		hbuf_puts(b, "<span class=\"predikat");
		if (kelas[q]) {
			hbuf_putc(b, ' ');
			hesc_class(b, kelas[q]);
		}
		hbuf_puts(b, "\">");
		hesc_text(b, name[q]);
		hbuf_puts(b, "</span>");
	}
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
		hbuf_puts(&daftar, "<section class=\"pemerintah\">\n<h2>");
		link(&daftar, arena_printf(c.a, "pemerintah/%s.html",
			e[i].pem_slug), e[i].r->pemerintah ? e[i].r->pemerintah
			: "Pemerintah daerah");
		hbuf_puts(&daftar, "</h2>\n");
		if (rinci) {
			agency_rows(&c, &daftar, e + i, j - i, "");
		} else {
			hbuf_puts(&daftar, "<p>");
			hesc_text(&daftar, arena_printf(c.a, "%zu perangkat "
				"daerah", nag));
			tally(c.a, &daftar, e + i, j - i);
			hbuf_puts(&daftar, "</p>\n");
		}
		hbuf_puts(&daftar, "</section>\n");
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
					link(&nav, q ? arena_printf(c.a,
						"indeks-%zu.html", q + 1) : "index.html",
						t);
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
	} else if (!c.base) {
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
