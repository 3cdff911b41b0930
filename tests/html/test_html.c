/* HTML backend: escaping, the template language, a synthetic report and
 * site rendered against golden files, well-formedness of every page and a
 * link check over the whole output folder. Golden files: re-bless with
 * LKJIP_BLESS=1 after reviewing the change. */
#include "check.h"
#include "synth.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "html/escape.h"
#include "html/html.h"
#include "html/internal.h"
#include "html/template.h"

static const char *out_root(void)
{
	static char buf[4096];
	const char *b = getenv("LKJIP_BUILD_DIR");
	snprintf(buf, sizeof buf, "%s/test-html", b && *b ? b : "/tmp");
	return buf;
}

static char *out_path(const char *sub)
{
	static char buf[4][4096];
	static int k;
	char *p = buf[k++ % 4];
	if (snprintf(p, 4096, "%s/%s", out_root(), sub) >= 4096)
		fail_msg("path too long: %s", sub);
	return p;
}

static void rm_rf(const char *dir)
{
	char cmd[4200];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

static void print_diags(struct diag_list *dl)
{
	if (diag_count(dl))
		diag_print(dl, stderr);
}

/* ---- Escaping ---- */

static char *esc(void (*f)(struct hbuf *, const char *), const char *in)
{
	static char out[1024];
	struct hbuf b = {0};
	f(&b, in);
	snprintf(out, sizeof out, "%s", b.len ? hbuf_str(&b) : "");
	hbuf_free(&b);
	return out;
}

static void test_escape_text_attr(void **state)
{
	(void)state;
	assert_string_equal(esc(hesc_text, "a<b>&\"'c"),
		"a&lt;b&gt;&amp;\"'c");
	assert_string_equal(esc(hesc_attr, "a<b>&\"'c"),
		"a&lt;b&gt;&amp;&quot;&#39;c");
	/* UTF-8 passes through; C0 controls (not allowed in XML) dropped. */
	assert_string_equal(esc(hesc_text, "108,57\xc2\xa0%\x01x"),
		"108,57\xc2\xa0%x");
	assert_string_equal(esc(hesc_class, "baik\" onclick=\"x y"),
		"baikonclickxy");
}

static void test_escape_url(void **state)
{
	(void)state;
	static const char *const CASES[][2] = {
		{"javascript:alert(1)", "#"},
		{"JavaScript:alert(1)", "#"},
		{" javascript:alert(1)", "#"},
		{"java\tscript:alert(1)", "#"},
		{"data:text/html,<b>x</b>", "#"},
		{"vbscript:msgbox", "#"},
		{"//evil.example/x", "#"},
		{"\\\\evil.example", "#"},
		{"", "#"},
		{"https://a.go.id/?x=1&y=\"2\"", "https://a.go.id/?x=1&amp;y=&quot;2&quot;"},
		{"HTTP://a.go.id/", "HTTP://a.go.id/"},
		{"mailto:dinas@contoh.go.id", "mailto:dinas@contoh.go.id"},
		{"#tabel-3-1", "#tabel-3-1"},
		{"data/kinerja.csv", "data/kinerja.csv"},
		{"../index.html", "../index.html"},
		{"a/b:c.html", "a/b:c.html"},
		{"a.html#x:y", "a.html#x:y"},
	};
	for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
		const char *got = esc(hesc_url, CASES[i][0]);
		if (strcmp(got, CASES[i][1]) != 0)
			fail_msg("url \"%s\": got \"%s\", want \"%s\"",
				CASES[i][0], got, CASES[i][1]);
	}
	assert_false(hesc_url_safe(NULL));
}

/* A published file's name as a link: every byte that could end the
 * attribute, start a scheme or a query, or be read differently by a
 * browser is percent-encoded; a path stays a path. */
static void test_escape_path_url(void **state)
{
	(void)state;
	assert_string_equal(esc(hesc_path_url,
		"lampiran/bagan & struktur.png"),
		"lampiran/bagan%20%26%20struktur.png");
	assert_string_equal(esc(hesc_path_url, "javascript:alert(1)"),
		"javascript%3Aalert%281%29");
	assert_string_equal(esc(hesc_path_url, "a\"b<c>?d#e.pdf"),
		"a%22b%3Cc%3E%3Fd%23e.pdf");
	assert_string_equal(esc(hesc_path_url, "pk-2024_v1.0~.pdf"),
		"pk-2024_v1.0~.pdf");
	/* UTF-8 byte by byte: "Perjanjian Kinerja é" */
	assert_string_equal(esc(hesc_path_url, "\xc3\xa9.pdf"), "%C3%A9.pdf");
}

/* ---- Templates ---- */

static void test_template(void **state)
{
	(void)state;
	struct tpl_vars vs = {0};
	tpl_set(&vs, "a", "<&>\"", TPL_TEXT);
	tpl_set(&vs, "u", "javascript:alert(1)", TPL_URL);
	tpl_set(&vs, "h", "<b>ok</b>", TPL_HTML);
	tpl_set(&vs, "kosong", NULL, TPL_TEXT);
	struct hbuf b = {0};
	struct diag_list *dl = diag_list_new();
	assert_int_equal(tpl_render_text("t.html",
		"{{! comment }}<p title=\"{{a}}\">{{a}}</p>"
		"{{?u}}<a href=\"{{u}}\">{{h}}</a>{{/u}}"
		"{{?kosong}}hidden {{a}}{{/kosong}}.", &vs, &b, dl), 0);
	assert_string_equal(hbuf_str(&b),
		"<p title=\"&lt;&amp;&gt;&quot;\">&lt;&amp;&gt;&quot;</p>"
		"<a href=\"#\"><b>ok</b></a>.");
	assert_int_equal(diag_count(dl), 0);

	/* Errors name the template place (line 2, column 3). */
	b.len = 0;
	assert_int_equal(tpl_render_text("t.html", "<p>\n  {{nope}}</p>", &vs,
		&b, dl), -1);
	assert_int_equal(diag_errors(dl), 1);
	char *msg = diag_format(diag_get(dl, 0));
	assert_string_equal(msg, "t.html:2:3: error: unknown placeholder "
		"\"nope\"");
	free(msg);
	assert_int_equal(tpl_render_text("t.html", "{{?a}}open", &vs, &b, dl),
		-1);
	assert_int_equal(tpl_render_text("t.html", "x{{/a}}", &vs, &b, dl), -1);
	assert_int_equal(diag_errors(dl), 3);
	hbuf_free(&b);
	diag_list_free(dl);
}

/* ---- The synthetic site ---- */

struct fixture {
	struct report *r[3];
	struct doc *d[4]; /* NULL-terminated, as the CLI passes them */
	struct site site;
};

static void fixture_init(struct fixture *f)
{
	memset(f, 0, sizeof *f);
	f->r[0] = synth_report("contoh-2024", SYNTH_DIR, "Dinas Contoh", 2024);
	f->r[1] = synth_report("contoh-2023", NULL, "Dinas Contoh", 2023);
	f->r[2] = synth_report("lain-2024", NULL, "Badan Lain", 2024);
	for (int i = 0; i < 3; i++)
		f->d[i] = synth_doc(f->r[i], arena_printf(f->r[i]->arena,
			"Laporan Kinerja %s Tahun %d", f->r[i]->meta.instansi,
			f->r[i]->meta.tahun));
	f->site.judul = "Portal LKjIP Kabupaten Contoh";
	f->site.base_url = "https://lkjip.example.go.id/";
	f->site.deskripsi = "Laporan kinerja yang telah dipublikasikan.";
	f->site.report = f->r;
	f->site.nreport = 3;
}

static void fixture_free(struct fixture *f)
{
	for (int i = 0; i < 3; i++) {
		synth_doc_free(f->d[i]);
		synth_report_free(f->r[i]);
	}
}

static void render_all(struct fixture *f, const char *dir)
{
	struct diag_list *dl = diag_list_new();
	rm_rf(dir);
	for (int i = 0; i < 3; i++) {
		if (html_render_report(f->d[i], dir, dl) != 0)
			print_diags(dl);
		assert_int_equal(diag_errors(dl), 0);
	}
	/* The site from the summaries, through their text form as lkjip
	 * build keeps them in out/. */
	struct ringkasan *rk[3];
	for (int i = 0; i < 3; i++) {
		struct ringkasan *x = html_ringkasan_dari_doc(f->d[i], dir);
		size_t len;
		char *t = html_ringkasan_serialize(x, &len);
		rk[i] = html_ringkasan_parse(t, "ringkasan.tsv", NULL, dl);
		assert_non_null(rk[i]);
		free(t);
		html_ringkasan_free(x);
	}
	assert_int_equal(html_render_site(&f->site, rk, 3, dir, dl), 0);
	for (int i = 0; i < 3; i++)
		html_ringkasan_free(rk[i]);
	print_diags(dl);
	assert_int_equal(diag_count(dl), 0);
	diag_list_free(dl);
	/* The PDF backend writes these; stand-ins for the link check. */
	for (int i = 0; i < 3; i++) {
		char p[4096];
		snprintf(p, sizeof p, "%s/%s/%s.pdf", dir, f->r[i]->id,
			f->r[i]->id);
		assert_int_equal(file_write_atomic(p, "%PDF-1.7\n", 9), 0);
	}
}

static void golden(const char *written, const char *name)
{
	char gpath[512];
	snprintf(gpath, sizeof gpath, "tests/data/html/%s.golden", name);
	size_t n;
	char *got = file_read(written, &n);
	assert_non_null(got);
	const char *bless = getenv("LKJIP_BLESS");
	if (bless && *bless == '1') {
		assert_int_equal(file_write_atomic(gpath, got, n), 0);
	} else {
		char *want = file_read(gpath, NULL);
		if (want == NULL)
			fail_msg("%s missing: run with LKJIP_BLESS=1", gpath);
		if (strcmp(got, want) != 0)
			fail_msg("%s differs from %s (diff them; re-bless with "
				"LKJIP_BLESS=1 after review)", written, gpath);
		free(want);
	}
	free(got);
}

static bool exists(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static char *slurp(const char *p)
{
	char *s = file_read(p, NULL);
	if (s == NULL)
		fail_msg("cannot read %s", p);
	return s;
}

static void test_site_golden(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	render_all(&f, out_path("site"));
	golden(out_path("site/contoh-2024/index.html"), "report");
	golden(out_path("site/index.html"), "index");
	golden(out_path("site/instansi/dinas-contoh-kabupaten-contoh.html"),
		"instansi");
	golden(out_path("site/sitemap.xml"), "sitemap");

	/* Files around the page. */
	assert_true(exists(out_path("site/lkjip.css")));
	assert_true(exists(out_path("site/contoh-2024/gambar-3-1.svg")));
	assert_true(exists(out_path("site/contoh-2024/gambar-a-1.svg")));
	assert_true(exists(out_path("site/contoh-2024/gambar/struktur.svg")));
	assert_true(exists(out_path("site/contoh-2024/logo.svg")));
	assert_true(exists(out_path("site/contoh-2024/data/kinerja.csv")));
	assert_true(exists(out_path("site/contoh-2024/data/indikator.csv")));
	assert_true(exists(out_path(
		"site/contoh-2024/data/tabel/koperasi-jenis.csv")));
	/* Every agency has a page (governments -> agencies -> years), and
	 * the government its own; the search index and its script. */
	assert_true(exists(out_path("site/instansi/badan-lain-kabupaten-"
		"contoh.html")));
	assert_true(exists(out_path("site/pemerintah/kabupaten-contoh.html")));
	assert_true(exists(out_path("site/cari.js")));
	golden(out_path("site/cari.json"), "cari");
	golden(out_path("site/pemerintah/kabupaten-contoh.html"),
		"pemerintah");

	/* What the agency page says, from the metrics: IKU1 2023 R 65
	 * capaian 108,33 %; 2024 R 76 capaian 108,57 % (truncated). IKU2
	 * exists in 2024 only, so it is not listed. */
	char *ag = slurp(out_path("site/instansi/dinas-contoh-kabupaten-"
		"contoh.html"));
	assert_non_null(strstr(ag,
		"<td class=\"angka\" data-label=\"2023 \xe2\x80\x93 Realisasi\">65</td>"
		"<td class=\"angka sangat-baik\" data-label=\"2023 \xe2\x80\x93 "
		"Capaian\">108,33\xc2\xa0%</td>"
		"<td class=\"angka\" data-label=\"2024 \xe2\x80\x93 Realisasi\">76</td>"
		"<td class=\"angka sangat-baik\" data-label=\"2024 \xe2\x80\x93 "
		"Capaian\">108,57\xc2\xa0%</td>"
		"<td data-label=\"Arah\">\xe2\x86\x91 naik</td>"));
	assert_null(strstr(ag, "IKU2"));
	free(ag);

	/* The index links each agency's latest report; the agency page
	 * lists its reports newest first. */
	char *ix = slurp(out_path("site/index.html"));
	assert_non_null(strstr(ix, "<a href=\"contoh-2024/index.html\">"
		"LKjIP 2024</a>"));
	assert_null(strstr(ix, "contoh-2023/index.html"));
	free(ix);
	char *ag2 = slurp(out_path("site/instansi/dinas-contoh-kabupaten-"
		"contoh.html"));
	char *y24 = strstr(ag2, "contoh-2024/index.html");
	char *y23 = strstr(ag2, "contoh-2023/index.html");
	assert_non_null(y24);
	assert_non_null(y23);
	assert_true(y24 < y23);
	free(ag2);

	/* Same input, same bytes. */
	render_all(&f, out_path("site2"));
	char *a = slurp(out_path("site/contoh-2024/index.html"));
	char *b = slurp(out_path("site2/contoh-2024/index.html"));
	assert_string_equal(a, b);
	free(a);
	free(b);
	fixture_free(&f);
}

static void test_wellformed_and_links(void **state)
{
	(void)state;
	struct fixture f;
	fixture_init(&f);
	render_all(&f, out_path("links"));
	struct check c;
	int bad = check_site(out_path("links"), &c);
	if (bad)
		fail_msg("%d problems:\n%s", bad, c.log);
	/* 3 reports, the index, one government page, two agency pages. */
	assert_int_equal(c.pages, 7);
	assert_true(c.links > 80);

	/* Every page has a title and a description of its own. */
	static const char *const pages[] = {"index.html",
		"contoh-2024/index.html", "contoh-2023/index.html",
		"lain-2024/index.html", "pemerintah/kabupaten-contoh.html",
		"instansi/dinas-contoh-kabupaten-contoh.html",
		"instansi/badan-lain-kabupaten-contoh.html"};
	char *title[7], *desc[7];
	for (int i = 0; i < 7; i++) {
		char p[512];
		snprintf(p, sizeof p, "links/%s", pages[i]);
		char *html = slurp(out_path(p));
		char *t = strstr(html, "<title>"), *e = t ? strstr(t,
			"</title>") : NULL;
		char *d = strstr(html, "property=\"og:description\" content=\"");
		assert_non_null(e);
		assert_non_null(d);
		assert_non_null(strstr(html, "property=\"og:title\""));
		title[i] = strndup(t + 7, (size_t)(e - t - 7));
		d += strlen("property=\"og:description\" content=\"");
		desc[i] = strndup(d, strcspn(d, "\""));
		free(html);
	}
	for (int i = 0; i < 7; i++)
		for (int j = i + 1; j < 7; j++) {
			if (!strcmp(title[i], title[j]))
				fail_msg("%s and %s share the title \"%s\"",
					pages[i], pages[j], title[i]);
			if (!strcmp(desc[i], desc[j]))
				fail_msg("%s and %s share the description",
					pages[i], pages[j]);
		}
	assert_string_equal(title[4], "Kabupaten Contoh - Portal LKjIP "
		"Kabupaten Contoh");
	for (int i = 0; i < 7; i++) {
		free(title[i]);
		free(desc[i]);
	}
	fixture_free(&f);
}

/* The checker itself must catch what it claims to catch. */
static void test_checker_catches(void **state)
{
	(void)state;
	const char *dir = out_path("bad");
	rm_rf(dir);
	char p[4096];
	snprintf(p, sizeof p, "%s/a.html", dir);
	const char *page = "<!DOCTYPE html><html><body id=\"x\">"
		"<a href=\"#x\">ok</a><a href=\"#nope\">1</a>"
		"<a href=\"b.html\">2</a><img src=\"c.png\" alt=\"\"/>"
		"<a href=\"#\">3</a></body></html>";
	assert_int_equal(file_write_atomic(p, page, strlen(page)), 0);
	snprintf(p, sizeof p, "%s/d.html", dir);
	assert_int_equal(file_write_atomic(p, "<p>unclosed", 11), 0);
	struct check c;
	check_site(dir, &c);
	assert_int_equal(c.errors, 5 + 1); /* 4 links, d.html twice */
}

static void test_hostile_input(void **state)
{
	(void)state;
	struct report *r = synth_report("jahat-2024", NULL,
		"Dinas <i>A</i> & B", 2024);
	struct doc *d = synth_doc(r, "<script>alert(1)</script> & Co");
	/* A hostile link, caption and class inside BAB I. */
	struct doc_node *b1 = d->root->first;
	while (b1 && !(b1->type == DOC_CHAPTER && b1->as.chapter.number))
		b1 = b1->next;
	assert_non_null(b1);
	struct doc_node *p = s_node(d, b1, DOC_PARAGRAPH);
	struct doc_node *lk = s_node(d, p, DOC_LINK);
	lk->as.link.url = "javascript:alert(1)";
	s_text(d, lk, "<script>alert(2)</script>");
	struct doc_node *im = s_node(d, p, DOC_IMAGE);
	im->as.image.url = "data:image/svg+xml,<svg onload=alert(3)>";
	im->as.image.alt = "\" onerror=\"alert(4)";
	struct doc_node *t = s_node(d, b1, DOC_TABLE);
	t->id = "t\"x";
	t->as.fl = arena_alloc(d->arena, sizeof *t->as.fl);
	t->as.fl->label = "Tabel 1.1";
	t->as.fl->title = "\"><img src=x onerror=alert(5)>";
	struct doc_node *row = s_node(d, t, DOC_ROW);
	s_cell(d, row, "x", false, 1, 1)->as.cell.css_class =
		"a\" onmouseover=\"b";

	const char *dir = out_path("hostile");
	rm_rf(dir);
	struct diag_list *dl = diag_list_new();
	assert_int_equal(html_render_report(d, dir, dl), 0);
	print_diags(dl);
	char *s = slurp(out_path("hostile/jahat-2024/index.html"));
	assert_null(strstr(s, "<script"));
	assert_null(strstr(s, "javascript:"));
	assert_null(strstr(s, "data:image"));
	assert_null(strstr(s, "<img src=x"));
	assert_null(strstr(s, "onerror=\""));
	assert_null(strstr(s, "onmouseover=\""));
	assert_null(strstr(s, "<i>A</i>"));
	assert_non_null(strstr(s, "<title>&lt;script&gt;alert(1)&lt;/script&gt;"
		" &amp; Co - Dinas Contoh Kabupaten Contoh</title>"));
	assert_non_null(strstr(s, "<a href=\"#\">&lt;script&gt;alert(2)"));
	assert_non_null(strstr(s, "<table id=\"t&quot;x\">"));
	free(s);
	/* Still a well-formed page. */
	struct check c;
	memset(&c, 0, sizeof c);
	xmlDoc *x = chk_parse(&c, out_path("hostile/jahat-2024/index.html"));
	if (x == NULL)
		fail_msg("%s", c.log);
	xmlFreeDoc(x);
	diag_list_free(dl);
	synth_doc_free(d);
	synth_report_free(r);
}

/* A figure without alt text still gets one (its title) and a warning. */
static void test_missing_alt_warns(void **state)
{
	(void)state;
	struct report *r = synth_report("alt-2024", NULL, "Dinas Alt", 2024);
	struct doc *d = synth_doc(r, "Alt");
	struct doc_iter it;
	struct doc_node *n;
	doc_iter_init(&it, d->root);
	while (doc_iter_next(&it, &n) != DOC_DONE)
		if (it.ev == DOC_ENTER && n->type == DOC_FIGURE)
			n->as.fl->alt = NULL;
	const char *dir = out_path("alt");
	rm_rf(dir);
	struct diag_list *dl = diag_list_new();
	assert_int_equal(html_render_report(d, dir, dl), 0);
	assert_int_equal(diag_warnings(dl), 1);
	char *s = slurp(out_path("alt/alt-2024/index.html"));
	assert_non_null(strstr(s, "<img src=\"gambar-3-1.svg\" alt=\"Target "
		"dan Realisasi Indikator Tahun 2024\""));
	free(s);
	diag_list_free(dl);
	synth_doc_free(d);
	synth_report_free(r);
}

/* The summary opens the page with the figures and the PDF's size, read
 * from the PDF written before the page; its values are escaped. */
static void test_summary(void **state)
{
	(void)state;
	struct report *r = synth_report("ringkas-2024", NULL, "Dinas Ringkas",
		2024);
	struct doc *d = synth_doc(r, "Ringkas");
	assert_int_equal(d->root->first->type, DOC_SUMMARY);
	d->root->first->as.sum->predikat = "<b>Berhasil</b>";
	const char *dir = out_path("ringkas");
	rm_rf(dir);
	char *pdf = out_path("ringkas/ringkas-2024/ringkas-2024.pdf");
	assert_int_equal(mkdir_p(out_path("ringkas/ringkas-2024")), 0);
	char *bytes = calloc(1, 1234567);
	assert_int_equal(file_write_atomic(pdf, bytes, 1234567), 0);
	free(bytes);
	struct diag_list *dl = diag_list_new();
	assert_int_equal(html_render_report(d, dir, dl), 0);
	char *s = slurp(out_path("ringkas/ringkas-2024/index.html"));
	const char *sum = strstr(s, "<section class=\"ringkasan\"");
	assert_non_null(sum);
	assert_true(sum < strstr(s, "<section class=\"sampul\""));
	assert_non_null(strstr(s, "<span class=\"besar\">79,28 %</span> "
		"<span class=\"predikat baik\">&lt;b&gt;Berhasil&lt;/b&gt;"
		"</span>"));
	assert_non_null(strstr(s, "<span class=\"besar\">1</span> dari 2 "
		"indikator"));
	assert_non_null(strstr(s, "href=\"ringkas-2024.pdf\">Unduh laporan "
		"lengkap (PDF, 1,2\xc2\xa0MB)</a>"));
	assert_non_null(strstr(s, "Laporan bertanggal 14 Februari 2025."));
	free(s);
	diag_list_free(dl);
	synth_doc_free(d);
	synth_report_free(r);
}

/* A wide table's cells carry their column's label for the phone cards:
 * two header rows joined, body cells under a rowspan put in the right
 * column, and the rows under it marked as its group. */
static void test_stacked_labels(void **state)
{
	(void)state;
	struct report *r = synth_report("kartu-2024", NULL, "Dinas Kartu",
		2024);
	struct doc *d = synth_doc(r, "Kartu");
	struct doc_node *ch = d->root->last;
	struct doc_node *t = s_node(d, ch, DOC_TABLE);
	t->id = "tabel-kartu";
	t->as.fl = arena_alloc(d->arena, sizeof *t->as.fl);
	t->as.fl->label = "Tabel 9.1";
	t->as.fl->title = "Kartu";
	t->as.fl->header_rows = 2;
	struct doc_node *h1 = s_node(d, t, DOC_ROW);
	h1->as.row.header = true;
	s_cell(d, h1, "Sasaran", false, 1, 2);
	s_cell(d, h1, "Indikator", false, 1, 2);
	s_cell(d, h1, "Tahun 2024", false, 2, 1);
	struct doc_node *h2 = s_node(d, t, DOC_ROW);
	h2->as.row.header = true;
	s_cell(d, h2, "Target", false, 1, 1);
	s_cell(d, h2, "Capaian (%)", false, 1, 1);
	struct doc_node *b1 = s_node(d, t, DOC_ROW);
	s_cell(d, b1, "S1", false, 1, 2);
	s_cell(d, b1, "I1", false, 1, 1);
	s_cell(d, b1, "70", true, 1, 1);
	s_cell(d, b1, "108,57 %", true, 1, 1);
	struct doc_node *b2 = s_node(d, t, DOC_ROW);
	s_cell(d, b2, "I2", false, 1, 1);
	s_cell(d, b2, "40", true, 1, 1);
	s_cell(d, b2, "50,00 %", true, 1, 1);
	struct doc_node *b3 = s_node(d, t, DOC_ROW);
	s_cell(d, b3, "Rata-rata", false, 3, 1);
	s_cell(d, b3, "79,28 %", true, 1, 1);
	const char *dir = out_path("kartu");
	rm_rf(dir);
	struct diag_list *dl = diag_list_new();
	assert_int_equal(html_render_report(d, dir, dl), 0);
	char *s = slurp(out_path("kartu/kartu-2024/index.html"));
	const char *tb = strstr(s, "<table id=\"tabel-kartu\">");
	assert_non_null(tb);
	assert_non_null(strstr(s, "<div class=\"tabel bertumpuk\">\n"
		"<div class=\"gulir\" tabindex=\"0\" role=\"region\" "
		"aria-label=\"Tabel 9.1\">\n<table id=\"tabel-kartu\">"));
	assert_non_null(strstr(tb, "<tr><td rowspan=\"2\" data-label=\""
		"Sasaran\">S1</td><td data-label=\"Indikator\">I1</td>"
		"<td class=\"angka\" data-label=\"Tahun 2024 \xe2\x80\x93 "
		"Target\">70</td>"));
	assert_non_null(strstr(tb, "<tr class=\"lanjut\"><td data-label=\""
		"Indikator\">I2</td><td class=\"angka\" data-label=\"Tahun "
		"2024 \xe2\x80\x93 Target\">40</td><td class=\"angka\" "
		"data-label=\"Tahun 2024 \xe2\x80\x93 Capaian (%)\">50,00 %"
		"</td></tr>"));
	assert_non_null(strstr(tb, "<tr><td colspan=\"3\">Rata-rata</td>"
		"<td class=\"angka\" data-label=\"Tahun 2024 \xe2\x80\x93 "
		"Capaian (%)\">79,28 %</td></tr>"));
	free(s);
	diag_list_free(dl);
	synth_doc_free(d);
	synth_report_free(r);
}

/* Every chart has a phone drawing, narrower, chosen by <picture>, with
 * the same alt text; its file is written. */
static void test_phone_chart(void **state)
{
	(void)state;
	struct report *r = synth_report("ponsel-2024", NULL, "Dinas Ponsel",
		2024);
	struct doc *d = synth_doc(r, "Ponsel");
	const char *dir = out_path("ponsel");
	rm_rf(dir);
	struct diag_list *dl = diag_list_new();
	assert_int_equal(html_render_report(d, dir, dl), 0);
	char *s = slurp(out_path("ponsel/ponsel-2024/index.html"));
	assert_non_null(strstr(s, "<picture>\n<source media=\"(max-width: "
		"600px)\" srcset=\"gambar-3-1-ponsel.svg\" width=\"293\""));
	assert_non_null(strstr(s, "<img src=\"gambar-3-1.svg\" alt=\""
		"Grafik batang target dan realisasi"));
	assert_true(exists(out_path("ponsel/ponsel-2024/gambar-3-1-ponsel.svg")));
	free(s);
	diag_list_free(dl);
	synth_doc_free(d);
	synth_report_free(r);
}

/* The phone drawing never shrinks its type below HTML_PHONE_MIN_PT (what
 * e2e_chromium.sh multiplies by the shown scale), for charts shaped as
 * the samples' are: budget bars with long names and annotations, a line
 * over five years, a stacked composition; where the desktop drawing of
 * the long names does shrink it. */
static void test_phone_chart_type(void **state)
{
	(void)state;
	static const char *prog[] = {
		"Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
		"Program Pelayanan Izin Usaha Simpan Pinjam",
		"Program Pengawasan dan Pemeriksaan Koperasi",
		"Program Penilaian Kesehatan KSP/USP Koperasi",
		"Program Pendidikan dan Latihan Perkoperasian",
		"Program Pemberdayaan dan Perlindungan Koperasi",
		"Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro",
		"Program Pengembangan Usaha Menengah, Usaha Kecil, dan Usaha Mikro",
		"Program Pengembangan UMKM", "Program Kesembilan",
		"Program Kesepuluh", "Program Kesebelas"};
	static const char *serapan[] = {"98,95 %", "99,05 %", "95,96 %",
		"96,43 %", "98,73 %", "99,92 %", "54,22 %", "98,31 %", "90 %",
		"91 %", "92 %", "93 %"};
	static const double pagu[] = {3.3e9, 1.2e8, 2.6e7, 2.9e7, 1.6e8,
		6e7, 1.65e9, 2.1e8, 1e8, 2e8, 3e8, 4e8};
	static const double real[] = {3.26e9, 1.19e8, 2.5e7, 2.8e7, 1.58e8,
		5.9e7, 8.96e8, 2.06e8, 9e7, 1.8e8, 2.7e8, 3.7e8};
	static const struct chart_series ang[] = {{"Pagu", pagu},
		{"Realisasi", real}};
	static const char *years[] = {"2020", "2021", "2022", "2023", "2024"};
	static const double l1[] = {100, 121, 57, 108, 110},
		l2[] = {90, 100, 100, 150, 120}, l3[] = {100, 100, 101, 101, 100},
		l4[] = {99, 100, 100, 100, 100};
	static const struct chart_series lines[] = {
		{"Persentase Koperasi Sehat", l1},
		{"Jumlah Usaha Mikro yang Naik Kelas", l2},
		{"Nilai SAKIP Dinas Koperasi dan UKM", l3},
		{"Indeks Kepuasan Masyarakat Dinas Koperasi dan UKM", l4}};
	static const double lk[] = {6, 4, 9}, pr[] = {14, 3, 2};
	static const struct chart_series jk[] = {{"Laki-laki", lk},
		{"Perempuan", pr}};
	static const char *bidang[] = {"Sekretariat", "Bidang Koperasi",
		"Bidang Usaha Mikro"};
	const struct chart one = {.kind = CHART_BAR, .unit = CHART_UNIT_NUMBER,
		.categories = years + 2, .ncategories = 3, .series = jk,
		.nseries = 2, .show_values = true, .full_axis = true,
		.panel = true, .title = "Indeks Kepuasan Masyarakat Dinas "
		"Koperasi dan UKM (Skor)"};
	const struct chart panel[] = {one, one, one, one};
	const struct chart charts[] = {
		{.kind = CHART_BAR, .unit = CHART_UNIT_RUPIAH, .categories = prog,
		 .ncategories = 12, .series = ang, .nseries = 2,
		 .annotations = serapan, .show_values = true},
		{.kind = CHART_LINE, .unit = CHART_UNIT_PERCENT,
		 .categories = years, .ncategories = 5, .series = lines,
		 .nseries = 4},
		{.kind = CHART_STACKED, .unit = CHART_UNIT_NUMBER,
		 .categories = bidang, .ncategories = 3, .series = jk,
		 .nseries = 2},
		SYNTH_CHART,
		/* Small multiples: one panel to a row on a phone. */
		{.kind = CHART_BAR, .panels = panel, .npanels = 4},
	};
	for (size_t i = 0; i < sizeof charts / sizeof charts[0]; i++) {
		double w, h;
		struct chart p = html_phone_chart(&charts[i], &w, &h);
		assert_true(charts[i].npanels == 0 || p.columns == 1);
		double pt = chart_min_type(&p, w, h);
		if (!(pt >= HTML_PHONE_MIN_PT))
			fail_msg("chart %zu: phone type %.2f pt", i, pt);
	}
	/* The measure can fail: twelve horizontal bar pairs in a squat
	 * drawing shrink their names. */
	struct chart squat = charts[0];
	squat.kind = CHART_BAR_H;
	assert_true(chart_min_type(&squat, HTML_CHART_W, 120) <
		HTML_PHONE_MIN_PT);
}

/* The summary's text form: a value with a tab, a newline and a
 * backslash comes back as it was, versions and their moved figures too,
 * and writing what was read gives the same bytes. A foreign or damaged
 * file is refused at its line. */
static void test_ringkasan_text(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct ringkasan r = {0};
	r.id = "contoh-2024";
	r.instansi = "Dinas\tA\\B\nC";
	r.pemerintah = "Kabupaten Contoh";
	r.tahun = 2024;
	r.capaian = "108,57\xc2\xa0%";
	r.predikat = "Sangat Berhasil";
	r.predikat_kelas = "sangat-baik";
	r.tercapai = "7";
	r.jumlah_indikator = "9";
	r.pdf_bytes = 1234567;
	r.pdf_ukuran = "1,2\xc2\xa0MB";
	struct ringkasan_indikator ind = {"IKU1", "Persentase koperasi sehat",
		"%", "76", "108,57\xc2\xa0%", "sangat-baik"};
	r.indikator = &ind;
	r.nindikator = 1;
	const char *berubah[] = {"IKU1 2024: realisasi 76 -> 78"};
	struct ringkasan_versi v = {1, "2 Januari 2026", "contoh-2024-v1.pdf",
		berubah, 1};
	r.versi = &v;
	r.nversi = 1;
	size_t n1, n2;
	char *t1 = html_ringkasan_serialize(&r, &n1);
	assert_non_null(strstr(t1, "instansi\tDinas\\tA\\\\B\\nC\n"));
	struct diag_list *dl = diag_list_new();
	struct ringkasan *b = html_ringkasan_parse(t1, "x.tsv", a, dl);
	assert_non_null(b);
	assert_string_equal(b->instansi, "Dinas\tA\\B\nC");
	assert_int_equal(b->tahun, 2024);
	assert_int_equal(b->pdf_bytes, 1234567);
	assert_string_equal(b->indikator[0].capaian, "108,57\xc2\xa0%");
	assert_int_equal(b->nversi, 1);
	assert_string_equal(b->versi[0].pdf, "contoh-2024-v1.pdf");
	assert_string_equal(b->versi[0].berubah[0],
		"IKU1 2024: realisasi 76 -> 78");
	char *t2 = html_ringkasan_serialize(b, &n2);
	assert_int_equal(n1, n2);
	assert_memory_equal(t1, t2, n1);
	assert_int_equal(diag_count(dl), 0);
	/* Damaged: an unknown field, at its line. */
	assert_null(html_ringkasan_parse("lkjip-ringkasan\t1\nid\tx\n"
		"hujan\tderas\n", "y.tsv", NULL, dl));
	assert_int_equal(diag_count(dl), 1);
	char *m = diag_format(diag_get(dl, 0));
	assert_string_equal(m, "y.tsv:3:1: error: unknown field \"hujan\": the "
		"file was not written by this lkjip; build the report again");
	free(m);
	free(t1);
	free(t2);
	diag_list_free(dl);
	arena_free(a);
}

/* A portal of many governments: the index is cut into pages of whole
 * government sections, none over 300 KB, every government on exactly
 * one of them; past 1.000 agencies each government shows a count per
 * predikat. 1.500 summaries, one agency each (as bench/synth.sh makes). */
static void test_index_pages(void **state)
{
	(void)state;
	enum { N = 1500 };
	struct ringkasan *rk[N];
	for (int i = 0; i < N; i++) {
		struct arena *a = arena_new();
		struct ringkasan *r = arena_alloc(a, sizeof *r);
		memset(r, 0, sizeof *r);
		r->arena = a;
		r->id = arena_printf(a, "laporan-%04d", i);
		r->instansi = "Dinas Koperasi dan Usaha Mikro";
		r->pemerintah = arena_printf(a, "Kabupaten Contoh %04d", i);
		r->tahun = 2024;
		r->capaian = "108,57\xc2\xa0%";
		r->predikat = i % 3 ? "Sangat Berhasil" : "Berhasil";
		r->predikat_kelas = i % 3 ? "sangat-baik" : "baik";
		rk[i] = r;
	}
	struct site site = {.judul = "Portal", .base_url = "https://x.go.id/"};
	const char *dir = out_path("banyak");
	rm_rf(dir);
	struct diag_list *dl = diag_list_new();
	assert_int_equal(html_render_site(&site, rk, N, dir, dl), 0);
	int pages = 0, seen[N] = {0};
	for (int p = 1;; p++) {
		char name[64];
		snprintf(name, sizeof name, p == 1 ? "banyak/index.html" :
			"banyak/indeks-%d.html", p);
		char *html = file_read(out_path(name), NULL);
		if (html == NULL)
			break;
		pages++;
		assert_true(strlen(html) < 300000);
		/* "2 Sangat Berhasil" style counts, no agency table. */
		assert_null(strstr(html, "Perangkat daerah dan laporan"));
		for (const char *q = html; (q = strstr(q,
				"href=\"pemerintah/kabupaten-contoh-")) != NULL;
				q++)
			seen[atoi(q + strlen("href=\"pemerintah/kabupaten-"
				"contoh-"))]++;
		free(html);
	}
	assert_true(pages >= 2);
	for (int i = 0; i < N; i++)
		assert_int_equal(seen[i], 1);
	for (int i = 0; i < N; i++)
		html_ringkasan_free(rk[i]);
	diag_list_free(dl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape_text_attr),
		cmocka_unit_test(test_escape_url),
		cmocka_unit_test(test_escape_path_url),
		cmocka_unit_test(test_template),
		cmocka_unit_test(test_site_golden),
		cmocka_unit_test(test_wellformed_and_links),
		cmocka_unit_test(test_checker_catches),
		cmocka_unit_test(test_hostile_input),
		cmocka_unit_test(test_missing_alt_warns),
		cmocka_unit_test(test_summary),
		cmocka_unit_test(test_stacked_labels),
		cmocka_unit_test(test_phone_chart),
		cmocka_unit_test(test_phone_chart_type),
		cmocka_unit_test(test_index_pages),
		cmocka_unit_test(test_ringkasan_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
