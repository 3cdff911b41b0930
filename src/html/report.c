/* One report: out_dir/<id>/index.html with the whole LKjIP, its chart
 * SVGs and images, and data/ with copies of the report's CSV files. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "html/html.h"
#include "html/internal.h"
#include "metrics/metrics.h"
#include "util/path.h"
#include "util/strmap.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The attached documents (DOC_ANNEX, in the lampiran part) as items of
 * the download list, after the PDF: each its own file, written with the
 * lampiran part (render.c). */
static void annex_items(const struct doc *d, struct hbuf *b)
{
	for (const struct doc_node *ch = d->root->first; ch; ch = ch->next) {
		if (ch->type != DOC_CHAPTER)
			continue;
		for (const struct doc_node *n = ch->first; n; n = n->next) {
			if (n->type != DOC_ANNEX)
				continue;
			const struct doc_annex *x = n->as.annex;
			char size[64];
			html_size_text(size, sizeof size, (off_t)x->len);
			hbuf_puts(b, "<li><a href=\"");
			hesc_path_url(b, x->name);
			hbuf_puts(b, "\">");
			hesc_text(b, x->label);
			hbuf_putc(b, ' ');
			hesc_text(b, x->title);
			hbuf_puts(b, " (");
			hesc_text(b, x->img ? x->img->format_name : "PDF");
			hbuf_puts(b, ", ");
			hesc_text(b, size);
			hbuf_puts(b, ")</a></li>\n");
		}
	}
}

/* CSV file names of a folder, sorted (readdir order is not stable). */
static size_t list_csv(struct arena *a, const char *dir, char ***out)
{
	struct ptrvec v = {0};
	DIR *d = opendir(dir);
	if (d != NULL) {
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (path_is_csv_name(e->d_name))
				ptrvec_push(a, &v, arena_strdup(a, e->d_name));
		}
		closedir(d);
	}
	if (v.n > 1)
		qsort(v.v, v.n, sizeof *v.v, cmp_str);
	*out = (char **)v.v;
	return v.n;
}

static const char *describe(const char *name)
{
	static const struct {
		const char *file, *what;
	} KNOWN[] = {
		{"indikator.csv", "Tujuan, sasaran dan indikator kinerja"},
		{"kinerja.csv", "Target dan realisasi indikator per tahun"},
		{"anggaran.csv", "Program, kegiatan, sub kegiatan, pagu dan realisasi anggaran"},
		{"pagu_renstra.csv", "Matriks Renstra: target dan pagu per tahun"},
		{"rencana_aksi.csv", "Rencana aksi dan target triwulan"},
		{"data.csv", "Data dasar perhitungan indikator"},
		{"evaluasi_sakip.csv", "Nilai evaluasi SAKIP per komponen"},
		{"pegawai.csv", "Jumlah pegawai"},
		{"aset.csv", "Aset tetap"},
		{"aset_kondisi.csv", "Aset menurut kondisi (unit)"},
		{"belanja.csv", "Anggaran dan realisasi menurut jenis belanja"},
		{"pegawai_rinci.csv", "Jumlah pegawai menurut beberapa ciri sekaligus"},
	};
	for (size_t i = 0; i < sizeof KNOWN / sizeof KNOWN[0]; i++)
		if (strcmp(KNOWN[i].file, name) == 0)
			return KNOWN[i].what;
	return NULL;
}

/* Copies the CSV files of dir to out/<sub>, adding one list item per file. */
static int copy_csv(struct html_ctx *c, struct hbuf *b, const char *dir,
	const char *sub)
{
	char **names;
	size_t n = list_csv(c->arena, dir, &names);
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		/* The copy gets a URL-safe name: a slug of the stem. */
		char *stem = arena_strndup(c->arena, names[i],
			strlen(names[i]) - 4);
		char *rel = arena_printf(c->arena, "%s/%s.csv", sub,
			html_slug(c->arena, stem));
		char *from = arena_printf(c->arena, "%s/%s", dir, names[i]);
		char *to = arena_printf(c->arena, "%s/%s", c->report_out, rel);
		if (html_copy_in(c->report_dir, from, to, c->diags) != 0) {
			rc = -1;
			continue;
		}
		hbuf_puts(b, "<li><a href=\"");
		hesc_url(b, rel);
		hbuf_puts(b, "\">");
		hesc_text(b, rel + strlen("data/"));
		hbuf_puts(b, "</a>");
		const char *what = describe(names[i]);
		if (what) {
			hbuf_puts(b, " <span class=\"ket\">");
			hesc_text(b, what);
			hbuf_puts(b, "</span>");
		}
		hbuf_puts(b, "</li>\n");
	}
	return rc;
}

/* The page's description (meta, og:description): whose report, which
 * year, and the answer, so that two years of one agency differ. */
static const char *meta_description(struct html_ctx *c)
{
	const struct doc *d = c->doc;
	const struct report_meta *m = &d->report->meta;
	const char *who = m->instansi ? arena_printf(c->arena, "%s%s%s",
		m->instansi, m->pemerintah ? " " : "", m->pemerintah ?
		m->pemerintah : "") : d->author;
	const struct doc_summary *s = NULL;
	for (const struct doc_node *n = d->root->first; n && !s; n = n->next)
		if (n->type == DOC_SUMMARY)
			s = n->as.sum;
	char *t = arena_printf(c->arena, "Laporan Kinerja Instansi Pemerintah "
		"(LKjIP) %s Tahun %d", who ? who : "", d->report->meta.tahun);
	if (s && s->capaian)
		t = arena_printf(c->arena, "%s: capaian kinerja %s%s%s%s", t,
			s->capaian, s->predikat ? " (" : "", s->predikat ?
			s->predikat : "", s->predikat ? ")" : "");
	if (s && s->serapan)
		t = arena_printf(c->arena, "%s, serapan anggaran %s", t,
			s->serapan);
	return arena_printf(c->arena, "%s.", t);
}

/* The page of a data file, relative to the report's page, or NULL for a
 * file that has none: "data/kinerja.html" for kinerja.csv,
 * "data/tabel/x.html" for tabel/x.csv, "data/data-xlsx/kinerja.html" for
 * the sheet kinerja of data.xlsx. */
static const char *view_name(struct arena *a, const char *nama)
{
	const char *sheet = strstr(nama, DIAG_SHEET);
	if (sheet != NULL) {
		/* A folder per workbook: no CSV file's page can have its
		 * name. */
		const char *wb = html_slug(a, arena_strndup(a, nama,
			(size_t)(sheet - nama)));
		const char *sh = html_slug(a, sheet + strlen(DIAG_SHEET));
		return *wb && *sh ? arena_printf(a, "data/%s/%s.html", wb, sh)
			: NULL;
	}
	const char *base = strrchr(nama, '/');
	base = base ? base + 1 : nama;
	if (!path_is_csv_name(base))
		return NULL;
	char *stem = arena_strndup(a, base, strlen(base) - 4);
	return arena_printf(a, "data/%s%s.html", base != nama ? "tabel/" : "",
		html_slug(a, stem));
}

/* Every data file's page name, once per report: figures ask for them by
 * the file their cells name. Two sheets whose names make one slug: the
 * first keeps the page. */
static void views_init(struct html_ctx *c)
{
	const struct report *r = c->doc->report;
	c->views = arena_alloc(c->arena, (r->berkas.n + 1) * sizeof *c->views);
	c->view_of = strmap_new(c->arena);
	c->view_used = strmap_new(c->arena);
	struct strmap *taken = strmap_new(c->arena);
	for (size_t i = 0; i < r->berkas.n; i++) {
		const struct berkas_csv *b = r->berkas.v[i];
		const char *v = view_name(c->arena, b->nama);
		if (v != NULL && strmap_put(taken, v, (void *)b) != NULL)
			v = NULL;
		c->views[i] = v;
		if (v != NULL)
			strmap_put(c->view_of, b->nama, (void *)v);
	}
}

const char *html_data_view(struct html_ctx *c, const char *name)
{
	if (c->views == NULL)
		views_init(c);
	const char *v = strmap_get(c->view_of, name);
	if (v != NULL)
		strmap_put(c->view_used, v, (void *)v);
	return v;
}

/* An empty cell of anggaran.csv's realisasi columns says the source
 * does not report it: the page says so as the report does (the figure
 * "tidak dilaporkan"), not as a blank a reader takes for 0. */
static const char *sel_tampil(const struct html_ctx *c,
	const struct berkas_csv *f, size_t i, size_t k)
{
	const char *v = f->sel[i][k] ? f->sel[i][k] : "";
	const char *sheet = strstr(f->nama, DIAG_SHEET);
	if (*v || c->doc->metrics == NULL || !(strcmp(f->nama,
			"anggaran.csv") == 0 || (sheet != NULL && strcmp(sheet +
			strlen(DIAG_SHEET), "anggaran") == 0)))
		return v;
	bool uang = strcmp(f->kolom[k], "realisasi_anggaran") == 0;
	if (!uang && strcmp(f->kolom[k], "realisasi") != 0)
		return v;
	for (size_t j = 0; j < f->nkolom; j++) {
		if (strcmp(f->kolom[j], "kode") != 0 || f->sel[i][j] == NULL)
			continue;
		const struct figure *g = metrics_figure(c->doc->metrics,
			arena_printf(c->arena, "anggaran.%s.%s", f->sel[i][j],
			uang ? "realisasi" : "realisasi_keluaran"));
		if (g != NULL && !g->ada && g->tak_dilaporkan)
			return "tidak dilaporkan";
	}
	return v;
}

/* The page of one data file: its rows as a table, each row anchored by
 * its spreadsheet row number (id="baris-5"), which the figures' entries
 * link to; the CSV itself (a sheet: its workbook) is next to it. */
static int data_view(struct html_ctx *c, const struct berkas_csv *f,
	const char *rel)
{
	const struct doc *d = c->doc;
	if (rel == NULL)
		return 0;
	const char *sheet = strstr(f->nama, DIAG_SHEET);
	bool tabel = strncmp(f->nama, "tabel/", 6) == 0;
	/* What the page is of, and the file to download. */
	const char *judul, *unduh, *berkas;
	if (sheet != NULL) {
		berkas = arena_strndup(c->arena, f->nama,
			(size_t)(sheet - f->nama));
		judul = arena_printf(c->arena, "%s, lembar %s", berkas,
			sheet + strlen(DIAG_SHEET));
		unduh = arena_printf(c->arena, "../%s", berkas);
	} else {
		berkas = judul = tabel ? f->nama + 6 : f->nama;
		/* The published CSV: the same slug, next to this page. */
		const char *slash = strrchr(rel, '/');
		unduh = arena_printf(c->arena, "%.*s.csv",
			(int)(strlen(slash + 1) - 5), slash + 1);
	}
	bool dalam = tabel || sheet != NULL; /* data/<folder>/ */
	struct hbuf h = {0};
	hbuf_puts(&h, "<article class=\"data-csv\">\n<h1>");
	hesc_text(&h, judul);
	hbuf_puts(&h, "</h1>\n<p><a href=\"");
	hesc_path_url(&h, unduh);
	hbuf_puts(&h, "\">Unduh ");
	hesc_text(&h, berkas);
	hbuf_puts(&h, "</a> · <a href=\"");
	hesc_url(&h, dalam ? "../../index.html" : "../index.html");
	hbuf_puts(&h, "\">Kembali ke laporan</a></p>\n"
		"<div class=\"gulir\"><table>\n<thead><tr>"
		"<th scope=\"col\">Baris</th>");
	for (size_t k = 0; k < f->nkolom; k++) {
		hbuf_puts(&h, "<th scope=\"col\">");
		hesc_text(&h, f->kolom[k]);
		hbuf_puts(&h, "</th>");
	}
	hbuf_puts(&h, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < f->nbaris; i++) {
		hbuf_puts(&h, "<tr id=\"baris-");
		hbuf_int(&h, f->baris[i]);
		hbuf_puts(&h, "\"><th scope=\"row\">");
		hbuf_int(&h, f->baris[i]);
		hbuf_puts(&h, "</th>");
		for (size_t k = 0; k < f->nkolom; k++) {
			hbuf_puts(&h, "<td>");
			hesc_text(&h, sel_tampil(c, f, i, k));
			hbuf_puts(&h, "</td>");
		}
		hbuf_puts(&h, "</tr>\n");
	}
	hbuf_puts(&h, "</tbody>\n</table></div>\n</article>\n");
	struct html_page pg = {
		.lang = d->lang,
		.judul = arena_printf(c->arena, "%s: %s", judul, d->title),
		.deskripsi = d->subject ? d->subject : d->author,
		.akar = dalam ? "../../../" : "../../",
		.kelas = "halaman-data",
		.konten = hbuf_str(&h),
	};
	int rc = html_write_page(arena_printf(c->arena, "%s/%s", c->report_out,
		rel), &pg, c->diags);
	hbuf_free(&h);
	return rc;
}

int html_render_report(const struct doc *d, const char *out_dir,
	struct diag_list *diags)
{
	return html_render_report_versi(d, out_dir, NULL, 0, diags);
}

int html_render_report_versi(const struct doc *d, const char *out_dir,
	const struct ringkasan_versi *versi, size_t nversi,
	struct diag_list *diags)
{
	const struct report *r = d ? d->report : NULL;
	if (d == NULL || d->root == NULL || r == NULL || r->id == NULL) {
		diag_add(diags, DIAG_ERROR, (struct src_pos){0},
			"html: document without a report");
		return -1;
	}
	if (!path_is_contained(r->id) || strchr(r->id, '/') != NULL) {
		diag_add(diags, DIAG_ERROR, r->meta.pos,
			"html: report id \"%s\" is not a plain folder name", r->id);
		return -1;
	}
	struct html_ctx c = {
		.doc = d,
		.arena = arena_new(),
		.report_dir = r->dir,
		.diags = diags,
		.versi = versi,
		.nversi = nversi,
	};
	c.report_out = arena_printf(c.arena, "%s/%s", out_dir, r->id);
	if (mkdir_p(c.report_out) != 0) {
		diag_add(diags, DIAG_ERROR, (struct src_pos){c.report_out, 0, 0,
			NULL}, "cannot create folder");
		arena_free(c.arena);
		return -1;
	}

	struct hbuf isi = {0}, toc = {0}, data = {0}, page = {0}, lamp = {0};
	html_blocks(&c, &isi, d->root);
	html_toc(&c, &toc, 2, true); /* compact: A., B. only */
	annex_items(d, &lamp);
	if (r->dir) {
		struct hbuf items = {0};
		if (copy_csv(&c, &items, r->dir, "data") != 0)
			c.errors++;
		char *tabel = arena_printf(c.arena, "%s/tabel", r->dir);
		if (copy_csv(&c, &items, tabel, "data/tabel") != 0)
			c.errors++;
		/* data.xlsx / data.ods: published as it is, like the CSVs. */
		if (r->workbook != NULL) {
			char *rel = arena_printf(c.arena, "data/%s", r->workbook);
			if (html_copy_in(c.report_dir, arena_printf(c.arena,
					"%s/%s", r->dir, r->workbook), arena_printf(
					c.arena, "%s/%s", c.report_out, rel),
					diags) != 0)
				c.errors++;
			hbuf_puts(&items, "<li><a href=\"");
			hesc_url(&items, rel);
			hbuf_puts(&items, "\">");
			hesc_text(&items, r->workbook);
			hbuf_puts(&items, "</a> <span class=\"ket\">Buku kerja: "
				"data laporan, satu lembar per tabel</span></li>\n");
		}
		/* The pages the figures link to (the blocks are written):
		 * a page nothing links to would be one nobody finds. */
		for (size_t i = 0; c.views != NULL && i < r->berkas.n; i++)
			if (c.views[i] != NULL && strmap_get(c.view_used,
					c.views[i]) != NULL && data_view(&c,
					r->berkas.v[i], c.views[i]) != 0)
				c.errors++;
		if (items.len) {
			hbuf_puts(&data, "<ul class=\"unduh-data\">\n");
			hbuf_puts(&data, hbuf_str(&items));
			hbuf_puts(&data, "</ul>\n");
		}
		hbuf_free(&items);
	}

	char year[16] = "";
	if (r->meta.tahun > 0)
		snprintf(year, sizeof year, "%d", r->meta.tahun);
	struct tpl_vars vs = {0};
	tpl_set(&vs, "judul", d->title, TPL_TEXT);
	tpl_set(&vs, "instansi", r->meta.instansi, TPL_TEXT);
	tpl_set(&vs, "pemerintah", r->meta.pemerintah, TPL_TEXT);
	tpl_set(&vs, "tahun", year, TPL_TEXT);
	tpl_set(&vs, "toc", hbuf_str(&toc), TPL_HTML);
	tpl_set(&vs, "isi", hbuf_str(&isi), TPL_HTML);
	tpl_set(&vs, "pdf", arena_printf(c.arena, "%s.pdf", r->id), TPL_URL);
	/* The portal's pages of its government and agency: the names
	 * site.c gives them. */
	const char *pem = r->meta.pemerintah ? r->meta.pemerintah : "";
	const char *pslug = html_slug(c.arena, pem);
	tpl_set(&vs, "pemerintah_url", arena_printf(c.arena,
		"../pemerintah/%s.html", *pslug ? pslug : "pemerintah"), TPL_URL);
	tpl_set(&vs, "instansi_url", arena_printf(c.arena, "../instansi/%s.html",
		html_slug(c.arena, arena_printf(c.arena, "%s %s",
		r->meta.instansi ? r->meta.instansi : "", pem))), TPL_URL);
	tpl_set(&vs, "data", data.len ? hbuf_str(&data) : NULL, TPL_HTML);
	tpl_set(&vs, "lampiran", lamp.len ? hbuf_str(&lamp) : NULL, TPL_HTML);
	int rc = c.errors ? -1 : 0;
	if (tpl_render("laporan.html", &vs, &page, diags) != 0)
		rc = -1;
	if (rc == 0) {
		struct html_page pg = {
			.lang = d->lang,
			/* Unique across the portal: every LKjIP has the same
			 * formal title. */
			.judul = d->title && d->author && !strstr(d->title,
				r->meta.instansi ? r->meta.instansi : "") ?
				arena_printf(c.arena, "%s - %s", d->title,
				d->author) : d->title,
			.deskripsi = meta_description(&c),
			.akar = "../",
			.kelas = "halaman-laporan",
			.konten = hbuf_str(&page),
		};
		rc = html_write_page(arena_printf(c.arena, "%s/index.html",
			c.report_out), &pg, diags);
	}
	/* lkjip.css is the site step's (html_render_site): render workers
	 * run in parallel, and two copying it at once both counted it as a
	 * changed file. */
	hbuf_free(&isi);
	hbuf_free(&toc);
	hbuf_free(&data);
	hbuf_free(&lamp);
	hbuf_free(&page);
	arena_free(c.arena);
	return rc;
}
