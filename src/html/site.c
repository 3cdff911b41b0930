/* The site around the reports: index.html (every report by agency and
 * year), one page per agency with several years (its key indicators across
 * the years, figures from the metrics engine), sitemap.xml, the
 * stylesheet. Links are relative everywhere except in the sitemap. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html/html.h"
#include "html/internal.h"
#include "metrics/metrics.h"
#include "util/num.h"
#include "util/path.h"

struct entry {
	const struct report *r;
	const struct metrics *m; /* the figures its document was built from */
	const char *key;   /* agency: "pemerintah\ninstansi" */
	const char *slug;  /* agency page name */
};

static const char *nz(const char *s)
{
	return s ? s : "";
}

static int cmp_entry(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c != 0)
		return c;
	if (x->r->meta.tahun != y->r->meta.tahun) /* newest first */
		return x->r->meta.tahun > y->r->meta.tahun ? -1 : 1;
	return strcmp(nz(x->r->id), nz(y->r->id));
}

static bool has_kode(const struct report *r, const char *kode)
{
	for (size_t i = 0; i < r->nindikator; i++)
		if (r->indikator[i]->kode
		    && strcmp(r->indikator[i]->kode, kode) == 0)
			return true;
	return false;
}

static void agency_name(struct hbuf *b, const struct report *r)
{
	hesc_text(b, r->meta.instansi);
	if (r->meta.pemerintah && *r->meta.pemerintah) {
		hbuf_puts(b, " <span class=\"pemerintah\">");
		hesc_text(b, r->meta.pemerintah);
		hbuf_puts(b, "</span>");
	}
}

static void report_item(struct arena *a, struct hbuf *b,
	const struct entry *e, const char *akar)
{
	const struct report *r = e->r;
	hbuf_puts(b, "<li><a href=\"");
	hesc_url(b, arena_printf(a, "%s%s/index.html", akar, r->id));
	hbuf_puts(b, "\">");
	hesc_text(b, r->meta.judul ? r->meta.judul
		: "Laporan Kinerja Instansi Pemerintah");
	hbuf_puts(b, " Tahun ");
	hbuf_int(b, r->meta.tahun);
	hbuf_puts(b, "</a> <a class=\"pdf\" href=\"");
	hesc_url(b, arena_printf(a, "%s%s/%s.pdf", akar, r->id, r->id));
	hbuf_puts(b, "\">PDF</a>");
	/* The headline figures, as the report's own Bab IV states them. */
	if (e->m != NULL && e->m->ada_capaian) {
		char c[64], sp[64];
		hbuf_puts(b, "<br/><span class=\"ringkas\">Capaian kinerja ");
		hesc_text(b, num_format_percent(c, sizeof c, e->m->capaian,
			angka_gaya(&r->meta, JENIS_CAPAIAN, e->m->capaian)));
		/* A mean that holds an implausible capaian says so: the
		 * index never shows it as if it were sound (issue 13). */
		if (e->m->tak_wajar > 0 && r->meta.tak_wajar !=
				TAK_WAJAR_KECUALIKAN) {
			hbuf_puts(b, " <span class=\"tak-wajar\">(");
			hesc_text(b, r->meta.tak_wajar == TAK_WAJAR_BATASI ?
				"capaian di atas ambang kewajaran dihitung "
				"sebesar ambang" : "termasuk capaian di atas "
				"ambang kewajaran: periksa satuan");
			hbuf_puts(b, ")</span>");
		}
		if (e->m->predikat) {
			hbuf_puts(b, " (<span class=\"predikat ");
			hesc_class(b, e->m->predikat->kelas);
			hbuf_puts(b, "\">");
			hesc_text(b, e->m->predikat->nama);
			hbuf_puts(b, "</span>)");
		}
		if (e->m->ada_serapan) {
			hbuf_puts(b, ", serapan anggaran ");
			hesc_text(b, num_format_percent(sp, sizeof sp,
				e->m->serapan, angka_gaya(&r->meta,
				JENIS_ANGGARAN, e->m->serapan)));
		}
		hbuf_puts(b, "</span>");
	}
	hbuf_puts(b, "</li>\n");
}

/* ---- Agency page ---- */

static const char *fmt(char *buf, size_t n, bool ok, double v,
	struct num_style st, int kind)
{
	if (!ok || isnan(v))
		return "-";
	if (kind == 1)
		return num_format_percent(buf, n, v, st);
	if (kind == 2)
		return num_format_rupiah(buf, n, v, st);
	return num_format(buf, n, v, st);
}

static void cell(struct hbuf *b, const char *text, const char *cls)
{
	hbuf_puts(b, "<td");
	if (cls && *cls) {
		hbuf_puts(b, " class=\"");
		hesc_class(b, cls);
		hbuf_puts(b, "\"");
	}
	hbuf_puts(b, ">");
	hesc_text(b, text);
	hbuf_puts(b, "</td>");
}

static void num_cell(struct hbuf *b, const char *text, const char *band)
{
	hbuf_puts(b, "<td class=\"angka");
	if (band && *band) {
		hbuf_putc(b, ' ');
		hesc_class(b, band);
	}
	hbuf_puts(b, "\">");
	hesc_text(b, text);
	hbuf_puts(b, "</td>");
}

/* Per-year summary: overall capaian, predicate, budget and absorption. */
static void summary_table(struct hbuf *b, const struct entry *e, size_t n,
	struct metrics **m)
{
	hbuf_puts(b, "<div class=\"tabel\"><div class=\"gulir\" tabindex=\"0\" "
		"role=\"region\" aria-label=\"Ringkasan per tahun\">\n<table>\n"
		"<caption>Ringkasan kinerja per tahun</caption>\n<thead>\n<tr>"
		"<th scope=\"col\">Tahun</th>"
		"<th scope=\"col\">Rata-rata capaian</th>"
		"<th scope=\"col\">Predikat</th>"
		"<th scope=\"col\">Pagu anggaran</th>"
		"<th scope=\"col\">Realisasi anggaran</th>"
		"<th scope=\"col\">Serapan</th></tr>\n</thead>\n<tbody>\n");
	/* Oldest first: a trend reads left to right, top to bottom. */
	for (size_t k = n; k-- > 0;) {
		const struct report_meta *mt = &e[k].r->meta;
		const struct metrics *x = m[k];
		char b1[64], b2[64], b3[64], b4[64];
		const struct predikat_band *p = x ? x->predikat : NULL;
		hbuf_puts(b, "<tr><th scope=\"row\">");
		hbuf_int(b, mt->tahun);
		hbuf_puts(b, "</th>");
		num_cell(b, fmt(b1, 64, x && x->ada_capaian, x ? x->capaian : 0,
			angka_gaya(mt, JENIS_CAPAIAN, 0), 1), NULL);
		cell(b, p && p->nama ? p->nama : "-", p ? p->kelas : NULL);
		struct num_style rp = angka_gaya(mt, JENIS_RUPIAH, 0);
		/* No budget lines is "no data", not Rp 0. */
		bool ada = x && x->nanggaran > 0;
		num_cell(b, fmt(b2, 64, ada, ada ? x->pagu : 0, rp, 2), NULL);
		num_cell(b, fmt(b3, 64, ada, ada ? x->realisasi : 0, rp, 2), NULL);
		num_cell(b, fmt(b4, 64, x && x->ada_serapan, x ? x->serapan : 0,
			angka_gaya(mt, JENIS_ANGGARAN, 0), 1), NULL);
		hbuf_puts(b, "</tr>\n");
	}
	hbuf_puts(b, "</tbody>\n</table>\n</div>\n</div>\n");
}

/* Indicators present in at least two of the agency's reports: realisasi
 * and capaian per year. The first report that has the code names it. */
static void indicator_table(struct arena *a, struct hbuf *b,
	const struct entry *e, size_t n, struct metrics **m)
{
	struct ptrvec codes = {0};
	for (size_t k = n; k-- > 0;) {
		const struct report *r = e[k].r;
		for (size_t i = 0; i < r->nindikator; i++) {
			const struct indikator *ind = r->indikator[i];
			if (ind->tingkat != TINGKAT_INDIKATOR || ind->kode == NULL)
				continue;
			bool seen = false;
			for (size_t j = 0; j < codes.n && !seen; j++)
				seen = strcmp(((struct indikator *)codes.v[j])->kode,
					ind->kode) == 0;
			if (seen)
				continue;
			int count = 0;
			for (size_t q = 0; q < n; q++)
				count += has_kode(e[q].r, ind->kode);
			if (count >= 2)
				ptrvec_push(a, &codes, (void *)ind);
		}
	}
	if (codes.n == 0) {
		hbuf_puts(b, "<p class=\"kosong\">Belum ada indikator yang "
			"dilaporkan pada lebih dari satu tahun.</p>\n");
		return;
	}
	hbuf_puts(b, "<div class=\"tabel\"><div class=\"gulir\" tabindex=\"0\" "
		"role=\"region\" aria-label=\"Indikator kinerja per tahun\">\n"
		"<table>\n<caption>Realisasi dan capaian indikator kinerja per "
		"tahun</caption>\n<thead>\n<tr><th scope=\"col\" rowspan=\"2\">"
		"Kode</th><th scope=\"col\" rowspan=\"2\">Indikator</th>"
		"<th scope=\"col\" rowspan=\"2\">Satuan</th>");
	for (size_t k = n; k-- > 0;) {
		hbuf_puts(b, "<th scope=\"colgroup\" colspan=\"2\">");
		hbuf_int(b, e[k].r->meta.tahun);
		hbuf_puts(b, "</th>");
	}
	hbuf_puts(b, "</tr>\n<tr>");
	for (size_t k = n; k-- > 0;)
		hbuf_puts(b, "<th scope=\"col\">Realisasi</th>"
			"<th scope=\"col\">Capaian</th>");
	hbuf_puts(b, "</tr>\n</thead>\n<tbody>\n");
	for (size_t j = 0; j < codes.n; j++) {
		const struct indikator *ind = codes.v[j];
		hbuf_puts(b, "<tr><th scope=\"row\">");
		hesc_text(b, ind->kode);
		hbuf_puts(b, "</th>");
		cell(b, ind->uraian ? ind->uraian : "", NULL);
		cell(b, ind->satuan ? ind->satuan : "", NULL);
		for (size_t k = n; k-- > 0;) {
			const struct report_meta *mt = &e[k].r->meta;
			const struct metrik_indikator *mi = m[k]
				? metrics_indikator(m[k], ind->kode) : NULL;
			const struct metrik_tahun *t = mi ? mi->ini : NULL;
			char b1[64], b2[64];
			num_cell(b, fmt(b1, 64, t && t->ada_realisasi,
				t ? t->realisasi : 0,
				angka_gaya(mt, JENIS_NILAI, 0), 0), NULL);
			bool ok = t && t->status == CAPAIAN_OK;
			num_cell(b, fmt(b2, 64, ok, ok ? t->capaian : 0,
				angka_gaya(mt, JENIS_CAPAIAN, 0), 1),
				ok && t->predikat ? t->predikat->kelas : NULL);
		}
		hbuf_puts(b, "</tr>\n");
	}
	hbuf_puts(b, "</tbody>\n</table>\n</div>\n</div>\n");
}

static int agency_page(struct arena *a, const struct site *s,
	const struct entry *e, size_t n, const char *out_dir,
	struct diag_list *diags)
{
	/* The figures come from each report's document: the site shows what
	 * the reports show, and computes nothing itself. */
	struct metrics **m = arena_alloc(a, n * sizeof *m);
	for (size_t k = 0; k < n; k++)
		m[k] = (struct metrics *)e[k].m;

	struct hbuf laporan = {0}, ringkasan = {0}, indikator = {0},
		nama = {0}, page = {0};
	hbuf_puts(&laporan, "<ul class=\"laporan-tahun\">\n");
	for (size_t k = 0; k < n; k++)
		report_item(a, &laporan, &e[k], "../");
	hbuf_puts(&laporan, "</ul>\n");
	summary_table(&ringkasan, e, n, m);
	indicator_table(a, &indikator, e, n, m);
	agency_name(&nama, e[0].r);

	struct tpl_vars vs = {0};
	tpl_set(&vs, "nama", hbuf_str(&nama), TPL_HTML);
	tpl_set(&vs, "situs", s->judul, TPL_TEXT);
	tpl_set(&vs, "laporan", hbuf_str(&laporan), TPL_HTML);
	tpl_set(&vs, "ringkasan", hbuf_str(&ringkasan), TPL_HTML);
	tpl_set(&vs, "indikator", hbuf_str(&indikator), TPL_HTML);
	int rc = tpl_render("instansi.html", &vs, &page, diags);
	if (rc == 0) {
		const struct report_meta *mt = &e[0].r->meta;
		struct html_page pg = {
			.lang = "id",
			.judul = arena_printf(a, "%s %s - Kinerja per Tahun",
				nz(mt->instansi), nz(mt->pemerintah)),
			.deskripsi = s->deskripsi,
			.akar = "../",
			.kelas = "halaman-instansi",
			.konten = hbuf_str(&page),
		};
		rc = html_write_page(arena_printf(a, "%s/instansi/%s.html",
			out_dir, e[0].slug), &pg, diags);
	}
	hbuf_free(&laporan);
	hbuf_free(&ringkasan);
	hbuf_free(&indikator);
	hbuf_free(&nama);
	hbuf_free(&page);
	return rc;
}

/* ---- Sitemap ---- */

static void sitemap_url(struct hbuf *b, const char *base, const char *rel)
{
	hbuf_puts(b, "<url><loc>");
	hesc_text(b, base);
	hesc_text(b, rel);
	hbuf_puts(b, "</loc></url>\n");
}

int html_render_site(const struct site *s, struct doc *const *docs,
	const char *out_dir, struct diag_list *diags)
{
	if (s == NULL) {
		diag_add(diags, DIAG_ERROR, (struct src_pos){0},
			"html: no site to render");
		return -1;
	}
	struct arena *a = arena_new();
	size_t n = 0;
	struct entry *e = arena_alloc(a, (s->nreport + 1) * sizeof *e);
	for (size_t i = 0; i < s->nreport; i++) {
		const struct report *r = s->report[i];
		if (r == NULL || r->id == NULL)
			continue;
		e[n].r = r;
		for (size_t k = 0; docs != NULL && docs[k] != NULL; k++)
			if (docs[k]->report == r)
				e[n].m = docs[k]->metrics;
		e[n].key = arena_printf(a, "%s\n%s", nz(r->meta.pemerintah),
			nz(r->meta.instansi));
		e[n].slug = html_slug(a, arena_printf(a, "%s %s",
			nz(r->meta.instansi), nz(r->meta.pemerintah)));
		n++;
	}
	if (n > 1)
		qsort(e, n, sizeof *e, cmp_entry);

	int rc = 0;
	struct hbuf daftar = {0}, page = {0}, map = {0};
	const char *base = s->base_url;
	bool want_map = base && *base;
	char *baseslash = want_map ? arena_printf(a, "%s%s", base,
		base[strlen(base) - 1] == '/' ? "" : "/") : NULL;
	if (want_map) {
		hbuf_puts(&map, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			"<urlset xmlns=\"http://www.sitemaps.org/schemas/"
			"sitemap/0.9\">\n");
		sitemap_url(&map, baseslash, "index.html");
	}
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && strcmp(e[j].key, e[i].key) == 0)
			j++;
		hbuf_puts(&daftar, "<section class=\"instansi\">\n<h2>");
		agency_name(&daftar, e[i].r);
		hbuf_puts(&daftar, "</h2>\n<ul class=\"laporan-tahun\">\n");
		for (size_t k = i; k < j; k++) {
			report_item(a, &daftar, &e[k], "");
			if (want_map)
				sitemap_url(&map, baseslash, arena_printf(a,
					"%s/index.html", e[k].r->id));
		}
		hbuf_puts(&daftar, "</ul>\n");
		if (j - i >= 2) {
			hbuf_puts(&daftar, "<p class=\"antar-tahun\"><a href=\"");
			hesc_url(&daftar, arena_printf(a, "instansi/%s.html",
				e[i].slug));
			hbuf_puts(&daftar, "\">Kinerja antar tahun</a></p>\n");
			if (agency_page(a, s, e + i, j - i, out_dir, diags) != 0)
				rc = -1;
			if (want_map)
				sitemap_url(&map, baseslash, arena_printf(a,
					"instansi/%s.html", e[i].slug));
		}
		hbuf_puts(&daftar, "</section>\n");
		i = j;
	}
	if (n == 0)
		hbuf_puts(&daftar, "<p class=\"kosong\">Belum ada laporan.</p>\n");

	struct tpl_vars vs = {0};
	tpl_set(&vs, "judul", s->judul ? s->judul : "Portal LKjIP", TPL_TEXT);
	tpl_set(&vs, "deskripsi", s->deskripsi, TPL_TEXT);
	tpl_set(&vs, "daftar", hbuf_str(&daftar), TPL_HTML);
	if (tpl_render("indeks.html", &vs, &page, diags) != 0)
		rc = -1;
	if (rc == 0) {
		struct html_page pg = {
			.lang = "id",
			.judul = s->judul ? s->judul : "Portal LKjIP",
			.deskripsi = s->deskripsi,
			.akar = "",
			.kelas = "halaman-indeks",
			.konten = hbuf_str(&page),
		};
		rc = html_write_page(arena_printf(a, "%s/index.html", out_dir),
			&pg, diags);
	}
	if (rc == 0 && want_map) {
		hbuf_puts(&map, "</urlset>\n");
		rc = html_write(arena_printf(a, "%s/sitemap.xml", out_dir),
			map.data, map.len, diags);
	} else if (!want_map && !s->satu_laporan) {
		/* One report folder built alone has no site.yaml to set it. */
		diag_add(diags, DIAG_WARNING, (struct src_pos){s->dir ?
			arena_printf(a, "%s/site.yaml", s->dir) : NULL, 0, 0, NULL},
			"url_dasar is not set: sitemap.xml not written");
	}
	if (rc == 0)
		rc = html_copy_css(out_dir, diags);
	hbuf_free(&daftar);
	hbuf_free(&page);
	hbuf_free(&map);
	arena_free(a);
	return rc;
}
