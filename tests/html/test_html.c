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
	for (int i = 0; i < 3; i++)
		assert_int_equal(html_render_report(f->d[i], dir, dl), 0);
	assert_int_equal(html_render_site(&f->site, f->d, dir, dl), 0);
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
	/* Only agencies with several years get a page. */
	assert_false(exists(out_path("site/instansi/badan-lain-kabupaten-"
		"contoh.html")));

	/* What the agency page says, from the metrics: IKU1 2023 R 65
	 * capaian 108,33 %; 2024 R 76 capaian 108,57 % (truncated). IKU2
	 * exists in 2024 only, so it is not listed. */
	char *ag = slurp(out_path("site/instansi/dinas-contoh-kabupaten-"
		"contoh.html"));
	assert_non_null(strstr(ag, "<td class=\"angka\">65</td>"
		"<td class=\"angka sangat-baik\">108,33\xc2\xa0%</td>"
		"<td class=\"angka\">76</td>"
		"<td class=\"angka sangat-baik\">108,57\xc2\xa0%</td>"));
	assert_null(strstr(ag, "IKU2"));
	free(ag);

	/* The index lists the agency's reports newest first. */
	char *ix = slurp(out_path("site/index.html"));
	char *y24 = strstr(ix, "contoh-2024/index.html");
	char *y23 = strstr(ix, "contoh-2023/index.html");
	assert_non_null(y24);
	assert_non_null(y23);
	assert_true(y24 < y23);
	free(ix);

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
	/* 3 reports, the index, one agency page. */
	assert_int_equal(c.pages, 5);
	assert_true(c.links > 80);
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
	while (b1 && !(b1->type == DOC_CHAPTER && b1->number))
		b1 = b1->next;
	assert_non_null(b1);
	struct doc_node *p = s_node(d, b1, DOC_PARAGRAPH);
	struct doc_node *lk = s_node(d, p, DOC_LINK);
	lk->url = "javascript:alert(1)";
	s_text(d, lk, "<script>alert(2)</script>");
	struct doc_node *im = s_node(d, p, DOC_IMAGE);
	im->url = "data:image/svg+xml,<svg onload=alert(3)>";
	im->literal = "\" onerror=\"alert(4)";
	struct doc_node *t = s_node(d, b1, DOC_TABLE);
	t->id = "t\"x";
	t->fl = arena_alloc(d->arena, sizeof *t->fl);
	t->fl->label = "Tabel 1.1";
	t->fl->title = "\"><img src=x onerror=alert(5)>";
	struct doc_node *row = s_node(d, t, DOC_ROW);
	s_cell(d, row, "x", false, 1, 1)->css_class = "a\" onmouseover=\"b";

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
		" &amp; Co</title>"));
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
			n->fl->alt = NULL;
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape_text_attr),
		cmocka_unit_test(test_escape_url),
		cmocka_unit_test(test_template),
		cmocka_unit_test(test_site_golden),
		cmocka_unit_test(test_wellformed_and_links),
		cmocka_unit_test(test_checker_catches),
		cmocka_unit_test(test_hostile_input),
		cmocka_unit_test(test_missing_alt_warns),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
