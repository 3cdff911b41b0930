/* PDF backend: hyphenation, rendering of the synthetic report, atomic
 * output and errors. Page-level checks (TOC numbers, landscape, repeated
 * headers) are in pdf_layout.sh, which runs this program as
 * `test_pdf render OUT.pdf`; `test_pdf bench N` times pdf_render;
 * `test_pdf report DIR OUT.pdf` renders a report folder and
 * `test_pdf bench-report DIR N` times pdf_render on it (best of N);
 * `test_pdf pages OUT.pdf` renders the page-breaking stress document of
 * pages.h for pdf_pages.sh. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "pdf/internal.h"
#include <cairo-pdf.h>
#include <zlib.h>

#include "model/model.h"
#include "pdf/pdf.h"
#include "synth.h"
#include "pages.h"
#include "chart/fonts.h"

static char *hyph_str(const char *in)
{
	struct hyph *h = hyph_open(NULL);
	assert_non_null(h);
	GString *s = g_string_new(NULL);
	hyph_append(h, s, in);
	hyph_free(h);
	/* Show soft hyphens as '-' for readable expectations. */
	GString *o = g_string_new(NULL);
	for (const char *p = s->str; *p; p++) {
		if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xAD) {
			g_string_append_c(o, '-');
			p++;
		} else {
			g_string_append_c(o, *p);
		}
	}
	g_string_free(s, TRUE);
	return g_string_free(o, FALSE);
}

static void test_hyph_words(void **state)
{
	(void)state;
	char *s = hyph_str("pembangunan koperasi");
	assert_string_equal(s, "pem-ba-ngu-nan ko-pe-rasi");
	g_free(s);
	s = hyph_str("pemberdayaan masyarakat");
	assert_string_equal(s, "pem-ber-da-yaan ma-sya-ra-kat");
	g_free(s);
}

static void test_hyph_capitalised(void **state)
{
	(void)state;
	/* \uchyph=0: names, places and acronyms are never split; the
	 * lower-case words around them are. */
	char *s = hyph_str("Pemberdayaan Kabupaten Magetan Jombang SAKIP "
	    "Daerah (Perkoperasian) pembangunan");
	assert_string_equal(s, "Pemberdayaan Kabupaten Magetan Jombang SAKIP "
	    "Daerah (Perkoperasian) pem-ba-ngu-nan");
	g_free(s);
}

static void test_hyph_protected(void **state)
{
	(void)state;
	/* Short words, numbers, codes, URLs and addresses stay whole. */
	char *s = hyph_str("ada atas 2024 108,57% 2.17.02.2.01 "
	    "https://diskopukm.magetan.go.id info@magetan.go.id "
	    "www.magetankab.go.id");
	assert_string_equal(s, "ada atas 2024 108,57% 2.17.02.2.01 "
	    "https://diskopukm.magetan.go.id info@magetan.go.id "
	    "www.magetankab.go.id");
	g_free(s);
	struct hyph *none = NULL;
	GString *g = g_string_new(NULL);
	hyph_append(none, g, "pembangunan");
	assert_string_equal(g->str, "pembangunan");
	g_string_free(g, TRUE);
	assert_null(hyph_open("/nonexistent/hyph.dic"));
	hyph_free(NULL);
}

/* linebreak.c: the lines of a paragraph chosen at once. */
struct lines {
	int n, hyphenated, most_run; /* lines; those ending in a hyphen */
	double widest;               /* the widest line's logical width */
	int first_len;               /* bytes of the first line */
	double first_w;
};

static struct lines lines_of(PangoLayout *l)
{
	struct lines r = { 0 };
	const char *t = pango_layout_get_text(l);
	int run = 0;
	for (GSList *ls = pango_layout_get_lines_readonly(l); ls;
	    ls = ls->next) {
		PangoLayoutLine *line = ls->data;
		int e = line->start_index + line->length;
		bool h = line->length >= 2 && (unsigned char)t[e - 2] == 0xC2 &&
		    (unsigned char)t[e - 1] == 0xAD;
		PangoRectangle lr;
		pango_layout_line_get_extents(line, NULL, &lr);
		double w = (double)lr.width / PANGO_SCALE;
		if (r.n == 0) {
			r.first_len = line->length;
			r.first_w = w;
		}
		r.n++;
		run = h ? run + 1 : 0;
		r.most_run = MAX(r.most_run, run);
		r.hyphenated += h;
		r.widest = MAX(r.widest, w);
	}
	return r;
}

/* Without the soft hyphens and the joiners that replaced those not used,
 * the layout's text is the text given. */
static void assert_same_text(PangoLayout *l, const char *text)
{
	GString *plain = g_string_new(NULL);
	for (const char *c = pango_layout_get_text(l); *c;
	    c = g_utf8_next_char(c)) {
		gunichar u = g_utf8_get_char(c);
		if (u != 0xAD && u != 0x34F)
			g_string_append_unichar(plain, u);
	}
	assert_string_equal(plain->str, text);
	g_string_free(plain, TRUE);
}

static const struct tstyle ST_J = { .family = FONT_SERIF, .size = 12,
	.align = PANGO_ALIGN_LEFT, .justify = true, .hyphenate = true };

static const char LONG_WORDS[] = "pertanggungjawaban penyelenggaraan "
    "pemberdayaan kesejahteraan pengembangan keberlanjutan "
    "permasyarakatan pertanggungjawaban penyelenggaraan pemberdayaan "
    "kesejahteraan pengembangan keberlanjutan permasyarakatan "
    "pembangunan perekonomian kemasyarakatan pengorganisasian "
    "pendampingan";

static struct pdf break_pdf(void)
{
	assert_true(fonts_init(NULL));
	struct pdf p = { 0 };
	p.pctx = pango_font_map_create_context(
	    pango_cairo_font_map_get_default());
	p.hyph = hyph_open(NULL);
	assert_non_null(p.hyph);
	return p;
}

/* Long lower-case words, each hyphenable, at a report's measure (397 pt,
 * where Pango alone hyphenated at every line it could): no line ends in a
 * hyphen, every line but the last is justified to the measure, none is
 * wider, no letter is lost. */
static void test_break_no_hyphen(void **state)
{
	(void)state;
	struct pdf p = break_pdf();
	PangoLayout *l = pdf_layout_text(&p, LONG_WORDS, &ST_J, 396.9);
	struct lines r = lines_of(l);
	assert_int_equal(r.hyphenated, 0);
	assert_true(r.n >= 4);
	assert_true(r.widest <= 396.9 + 0.05);
	int k = 0;
	for (GSList *ls = pango_layout_get_lines_readonly(l); ls;
	    ls = ls->next, k++) {
		PangoRectangle lr;
		pango_layout_line_get_extents(ls->data, NULL, &lr);
		if (ls->next != NULL) /* justified: the measure, to 0.1 pt */
			assert_true(fabs((double)lr.width / PANGO_SCALE -
			    396.9) < 0.1);
	}
	assert_same_text(l, LONG_WORDS);
	g_object_unref(l);
	hyph_free(p.hyph);
	g_object_unref(p.pctx);
}

/* A word wider than the column (60 pt; "pertanggungjawaban" is about
 * 100 pt) is the one case for a hyphen: it breaks at its syllables, and
 * no letter is lost. */
static void test_break_long_word(void **state)
{
	(void)state;
	struct pdf p = break_pdf();
	PangoLayout *l = pdf_layout_text(&p, LONG_WORDS, &ST_J, 60);
	struct lines r = lines_of(l);
	assert_true(r.hyphenated >= 14); /* every word is split */
	assert_same_text(l, LONG_WORDS);
	g_object_unref(l);
	hyph_free(p.hyph);
	g_object_unref(p.pctx);
}

/* A line 2 pt longer than the measure keeps its last word, its 56 letter
 * gaps each 2.5 / 56 = 0.045 pt closer (the limit is 0.16 pt) rather
 * than leaving "kolomnya" to the next line and stretching 7 spaces by
 * some 45 pt; 12 pt too long (0.22 pt a gap) it cannot, and the word
 * goes on. */
static void test_break_tighter(void **state)
{
	(void)state;
	struct pdf p = break_pdf();
	const char *s = "sebuah baris yang sedikit terlalu panjang untuk "
	    "kolomnya";
	PangoLayout *m = pdf_layout_text(&p, s, &ST_J, -1);
	PangoRectangle mr;
	pango_layout_get_extents(m, NULL, &mr);
	double nat = (double)mr.width / PANGO_SCALE;
	g_object_unref(m);
	assert_true(nat > 250 && nat < 350);
	GString *text = g_string_new(s);
	g_string_append(text, " dan satu baris lagi");
	PangoLayout *l = pdf_layout_text(&p, text->str, &ST_J, nat - 2);
	struct lines r = lines_of(l);
	assert_int_equal(r.n, 2);
	/* the first line: s, its 7 soft hyphens made U+034F (2 bytes each
	 * either way) and the space */
	GString *h = g_string_new(NULL);
	hyph_append(p.hyph, h, s);
	assert_int_equal(r.first_len, (int)h->len + 1);
	assert_true(fabs(r.first_w - (nat - 2)) < 0.1);
	g_object_unref(l);
	l = pdf_layout_text(&p, text->str, &ST_J, nat - 12);
	r = lines_of(l);
	assert_true(r.first_len < (int)h->len - 8);
	assert_true(r.widest <= nat - 12 + 0.05);
	assert_same_text(l, text->str);
	g_object_unref(l);
	g_string_free(h, TRUE);
	g_string_free(text, TRUE);
	hyph_free(p.hyph);
	g_object_unref(p.pctx);
}

/* A typed hyphen inside a word breaks no line (a reader would join the
 * halves without it): at 100 pt, where Pango set "peraturan perundang-"
 * on the first line, each word has a line of its own. */
static void test_break_not_at_hyphen(void **state)
{
	(void)state;
	struct pdf p = break_pdf();
	const struct tstyle st = { .family = FONT_SANS, .size = 9,
		.align = PANGO_ALIGN_LEFT };
	PangoLayout *l = pdf_layout_text(&p, "peraturan perundang-undangan "
	    "kegiatan-kegiatan", &st, 100);
	const char *t = pango_layout_get_text(l);
	int n = 0;
	for (GSList *ls = pango_layout_get_lines_readonly(l); ls;
	    ls = ls->next, n++) {
		const PangoLayoutLine *line = ls->data;
		int e = line->start_index + line->length;
		static const char *const want[] = { "peraturan ",
			"perundang-undangan ", "kegiatan-kegiatan" };
		assert_true(n < 3);
		assert_int_equal(line->length, (int)strlen(want[n]));
		assert_memory_equal(t + line->start_index, want[n],
		    strlen(want[n]));
		(void)e;
	}
	assert_int_equal(n, 3);
	g_object_unref(l);
	hyph_free(p.hyph);
	g_object_unref(p.pctx);
}

static unsigned char *render_bytes(size_t *len)
{
	struct doc *d = syn_doc();
	d->source_date = 1739491200; /* 14 Feb 2025 00:00 UTC */
	char path[] = "/tmp/lkjip-pdf-test-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	struct diag_list *dl = diag_list_new();
	int rc = pdf_render(d, path, dl);
	if (diag_count(dl))
		diag_print(dl, stderr);
	assert_int_equal(rc, 0);
	assert_int_equal(diag_count(dl), 0);
	diag_list_free(dl);
	unsigned char *b = (unsigned char *)file_read(path, len);
	assert_non_null(b);
	unlink(path);
	syn_free(d);
	return b;
}

static void test_render_deterministic(void **state)
{
	(void)state;
	size_t n1, n2;
	unsigned char *a = render_bytes(&n1);
	unsigned char *b = render_bytes(&n2);
	assert_true(n1 > 10000);
	assert_memory_equal(a, "%PDF-", 5);
	assert_true(memmem(a, n1, "%%EOF", 5) != NULL);
	/* Metadata from the document and SOURCE_DATE_EPOCH. */
	assert_non_null(memmem(a, n1, "(20250214000000Z)", 17));
	assert_int_equal(n1, n2);
	assert_memory_equal(a, b, n1);
	free(a);
	free(b);
}

static void test_unwritable(void **state)
{
	(void)state;
	struct doc *d = syn_doc();
	struct diag_list *dl = diag_list_new();
	int rc = pdf_render(d, "/proc/lkjip-no-such-dir/out.pdf", dl);
	assert_int_equal(rc, -1);
	assert_int_equal(diag_errors(dl), 1);
	assert_non_null(strstr(diag_get(dl, 0)->message, "PDF"));
	diag_list_free(dl);
	syn_free(d);
}

static void test_empty_doc(void **state)
{
	(void)state;
	/* No parts at all: still one valid page, no crash. */
	struct arena *a = arena_new();
	struct doc *d = arena_alloc(a, sizeof *d);
	d->arena = a;
	d->root = doc_node_new(d, DOC_DOCUMENT);
	struct diag_list *dl = diag_list_new();
	char path[] = "/tmp/lkjip-pdf-empty-XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	assert_int_equal(pdf_render(d, path, dl), 0);
	size_t n;
	char *b = file_read(path, &n);
	assert_non_null(b);
	assert_non_null(memmem(b, n, "/Count 1", 8));
	free(b);
	unlink(path);
	diag_list_free(dl);
	arena_free(a);
}

/* ---- Nothing lost (issue 11): tall groups, tall cells, wide tables, deep
 * nesting. The text of the PDF comes from pdftotext. ---- */

static struct doc_node *tall_group_table(struct doc *d)
{
	struct doc_node *t = syn_table(d, "Tabel 3.1", "Capaian", "t-group",
	    NULL);
	struct doc_node *r = syn_row(d, t, true);
	syn_cell(d, r, "Sasaran", false);
	syn_cell(d, r, "Indikator", false);
	syn_cell(d, r, "Capaian", false);
	for (int i = 1; i <= 40; i++) {
		r = syn_row(d, t, false);
		if (i == 1)
			syn_cell(d, r, "sasarantunggal", false)
				->as.cell.rowspan = 40;
		syn_cell(d, r, arena_printf(d->arena, "Indikator nomor "
		    "baris%d dengan uraian yang cukup panjang sehingga "
		    "dibungkus menjadi beberapa baris di dalam selnya", i),
		    false);
		syn_cell(d, r, "100,00", true);
	}
	return t;
}

static struct doc_node *tall_cell_table(struct doc *d)
{
	struct doc_node *t = syn_table(d, "Tabel 3.2", "Sel", "t-cell", NULL);
	struct doc_node *r = syn_row(d, t, true);
	syn_cell(d, r, "No", false);
	syn_cell(d, r, "Uraian", false);
	r = syn_row(d, t, false);
	syn_cell(d, r, "1", true);
	GString *s = g_string_new(NULL);
	for (int i = 0; i < 1500; i++)
		g_string_append_printf(s, "%skata%d", i ? " " : "", i);
	syn_cell(d, r, arena_printf(d->arena, "%s", s->str), false);
	g_string_free(s, TRUE);
	r = syn_row(d, t, false);
	syn_cell(d, r, "2", true);
	syn_cell(d, r, "baristerakhir", false);
	return t;
}

/* A header row taller than a page. */
static struct doc_node *tall_head_table(struct doc *d)
{
	struct doc_node *t = syn_table(d, "Tabel 3.4", "Kepala", "t-head",
	    NULL);
	struct doc_node *r = syn_row(d, t, true);
	GString *s = g_string_new(NULL);
	for (int i = 0; i < 1000; i++)
		g_string_append_printf(s, "%skepala%d", i ? " " : "", i);
	syn_cell(d, r, arena_printf(d->arena, "%s", s->str), false);
	g_string_free(s, TRUE);
	syn_cell(d, r, "B", false);
	for (int i = 0; i < 30; i++) {
		r = syn_row(d, t, false);
		syn_cell(d, r, arena_printf(d->arena, "isi%d", i), false);
		syn_cell(d, r, "1", true);
	}
	return t;
}

static struct doc_node *wide_table(struct doc *d)
{
	struct doc_node *t = syn_table(d, "Tabel 3.3", "Lebar", "t-wide",
	    "Sumber lebar");
	struct doc_node *r = syn_row(d, t, true);
	for (int c = 1; c <= 70; c++)
		syn_cell(d, r, c == 1 ? "No" : c == 2 ? "Nama" :
		    arena_printf(d->arena, "Kol%d", c), false);
	for (int i = 1; i <= 3; i++) {
		r = syn_row(d, t, false);
		for (int c = 1; c <= 70; c++)
			syn_cell(d, r, c == 2 ? arena_printf(d->arena,
			    "nama%d", i) : arena_printf(d->arena, "%d",
			    c == 1 ? i : i * 1000 + c), c != 2);
	}
	return t;
}

/* n block quotes (or list items) one inside the other, the innermost
 * holding a paragraph of 40 words. */
static struct doc_node *nested(struct doc *d, enum doc_type type,
	int n)
{
	struct doc_node *outer = NULL, *in = NULL;
	for (int i = 0; i < n; i++) {
		struct doc_node *q = doc_node_new(d, type);
		if (type == DOC_LIST) {
			struct doc_node *it = doc_node_new(d, DOC_ITEM);
			doc_append(q, it);
			doc_append(it, syn_para(d, i, 1));
			if (in)
				doc_append(in, q);
			in = it;
		} else {
			if (in)
				doc_append(in, q);
			in = q;
		}
		if (outer == NULL)
			outer = q;
	}
	GString *s = g_string_new(NULL);
	for (int i = 0; i < 40; i++)
		g_string_append_printf(s, "%sdalam%s%d", i ? " " : "",
		    type == DOC_LIST ? "daftar" : "kutip", i);
	struct doc_node *p = doc_node_new(d, DOC_PARAGRAPH);
	doc_append(p, doc_text(d, arena_printf(d->arena, "%s", s->str)));
	g_string_free(s, TRUE);
	doc_append(in, p);
	return outer;
}

static char *pdf_text(const char *pdf)
{
	char *cmd = g_strdup_printf("pdftotext -enc UTF-8 %s -", pdf);
	FILE *f = popen(cmd, "r");
	g_free(cmd);
	assert_non_null(f);
	GString *s = g_string_new(NULL);
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		g_string_append_len(s, buf, (gssize)n);
	assert_int_equal(pclose(f), 0);
	return g_string_free(s, FALSE);
}

/* How many times word occurs in text as a whole word. */
static int count_word(const char *text, const char *word)
{
	int n = 0;
	size_t len = strlen(word);
	for (const char *p = strstr(text, word); p; p = strstr(p + 1, word))
		if ((p == text || !g_ascii_isalnum(p[-1])) &&
		    !g_ascii_isalnum(p[len]))
			n++;
	return n;
}

static void test_nothing_lost(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct doc *d = arena_alloc(a, sizeof *d);
	d->arena = a;
	d->root = doc_node_new(d, DOC_DOCUMENT);
	/* A cover and a chapter title of 400 words. */
	GString *ls = g_string_new(NULL);
	for (int i = 0; i < 400; i++)
		g_string_append_printf(ls, "%ssampul%d", i ? " " : "", i);
	struct doc_node *cv = doc_node_new(d, DOC_COVER);
	cv->as.cover = arena_alloc(a, sizeof *cv->as.cover);
	cv->as.cover->judul = "LAPORAN";
	cv->as.cover->instansi = arena_printf(a, "%s", ls->str);
	cv->as.cover->pemerintah = "KABUPATEN";
	doc_append(d->root, cv);
	g_string_truncate(ls, 0);
	for (int i = 0; i < 400; i++)
		g_string_append_printf(ls, "%sjudulbab%d", i ? " " : "", i);
	syn_chapter(d, CHAPTER_BAB, "BAB II", arena_printf(a, "%s", ls->str),
	    "bab-2");
	g_string_free(ls, TRUE);
	struct doc_node *ch = syn_chapter(d, CHAPTER_BAB, "BAB III",
	    "AKUNTABILITAS", "bab-3");
	doc_append(ch, tall_group_table(d));
	doc_append(ch, tall_cell_table(d));
	doc_append(ch, wide_table(d));
	doc_append(ch, tall_head_table(d));
	doc_append(ch, nested(d, DOC_BLOCKQUOTE, 64));
	doc_append(ch, nested(d, DOC_LIST, 64));
	struct diag_list *dl = diag_list_new();
	char path[] = "/tmp/lkjip-pdf-lost-XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	assert_int_equal(pdf_render(d, path, dl), 0);
	assert_int_equal(diag_count(dl), 0);
	char *t = pdf_text(path);
	/* Every row of the tall group; its sasaran again on each page it
	 * runs over, under "(lanjutan)". */
	for (int i = 1; i <= 40; i++) {
		char w[16];
		snprintf(w, sizeof w, "baris%d", i);
		assert_int_equal(count_word(t, w), 1);
	}
	int cont = count_word(t, "Tabel 3.1 (lanjutan)");
	assert_true(cont >= 1);
	assert_int_equal(count_word(t, "sasarantunggal"), cont + 1);
	/* Every word of the tall cell, once, and the row after it. */
	for (int i = 0; i < 1500; i++) {
		char w[16];
		snprintf(w, sizeof w, "kata%d", i);
		assert_int_equal(count_word(t, w), 1);
	}
	assert_int_equal(count_word(t, "baristerakhir"), 1);
	/* Every column of the wide table, in panels that repeat No and
	 * Nama; the source line once, after the last panel. */
	for (int c = 3; c <= 70; c++) {
		char w[16];
		snprintf(w, sizeof w, "Kol%d", c);
		assert_int_equal(count_word(t, w), 1);
		snprintf(w, sizeof w, "%d", 3000 + c);
		assert_int_equal(count_word(t, w), 1);
	}
	int panels = count_word(t, "nama3");
	assert_true(panels >= 2);
	assert_non_null(strstr(t, "(bagian 1 dari"));
	assert_int_equal(count_word(t, "Nama"), panels);
	assert_int_equal(count_word(t, "lebar"), 1); /* "Sumber lebar" */
	for (int i = 0; i < 400; i++) {
		char w[16];
		snprintf(w, sizeof w, "sampul%d", i);
		assert_int_equal(count_word(t, w), 1);
		snprintf(w, sizeof w, "judulbab%d", i);
		assert_true(count_word(t, w) >= 1); /* running header too */
	}
	assert_int_equal(count_word(t, "KABUPATEN"), 1);
	/* A header taller than a page: set once, split, not repeated. */
	for (int i = 0; i < 1000; i++) {
		char w[16];
		snprintf(w, sizeof w, "kepala%d", i);
		assert_int_equal(count_word(t, w), 1);
	}
	for (int i = 0; i < 30; i++) {
		char w[16];
		snprintf(w, sizeof w, "isi%d", i);
		assert_int_equal(count_word(t, w), 1);
	}
	/* The innermost paragraphs of 64 nested quotes and lists, whole. */
	for (int i = 0; i < 40; i++) {
		char w[24];
		snprintf(w, sizeof w, "dalamkutip%d", i);
		assert_int_equal(count_word(t, w), 1);
		snprintf(w, sizeof w, "dalamdaftar%d", i);
		assert_int_equal(count_word(t, w), 1);
	}
	g_free(t);
	unlink(path);
	diag_list_free(dl);
	arena_free(a);
}

static cairo_status_t to_bytes(void *closure, const unsigned char *data,
	unsigned int len)
{
	g_byte_array_append(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

/* Two pages from cairo, as pdf_render gets them. */
static GByteArray *two_pages(void)
{
	GByteArray *b = g_byte_array_new();
	/* Page contents uncompressed, as pdf_render has them made. */
	g_setenv("CAIRO_DEBUG_PDF", "1", TRUE);
	cairo_surface_t *s = cairo_pdf_surface_create_for_stream(to_bytes, b,
	    A4_W, A4_H);
	g_unsetenv("CAIRO_DEBUG_PDF");
	cairo_t *cr = cairo_create(s);
	cairo_rectangle(cr, 10, 10, 50, 50);
	cairo_fill(cr);
	cairo_show_page(cr);
	cairo_pdf_surface_set_size(s, A4_H, A4_W);
	cairo_show_page(cr);
	cairo_destroy(cr);
	cairo_surface_finish(s);
	cairo_surface_destroy(s);
	return b;
}

static bool has(const char *hay, size_t n, const char *needle)
{
	return memmem(hay, n, needle, strlen(needle)) != NULL;
}

static void test_annots(void **state)
{
	(void)state;
	const double h[2] = { A4_H, A4_W };
	struct pannot an[2] = {
		{ .page = 1, .x = 100, .y = 200, .w = 300, .h = 14,
		  .dest_page = 2, .dest_x = 85.04, .dest_y = 107.72 },
		{ .page = 2, .x = 10, .y = 20, .w = 30, .h = 10,
		  .uri = "https://example.go.id/a(b)" },
	};
	const char *why = NULL;
	GByteArray *b = two_pages();
	guint len0 = b->len;
	assert_true(has((const char *)b->data, b->len, "stream\n1 0 0 -1 0 "));
	assert_int_equal(pdf_annots_apply(b, an, 2, h, 2, NULL, &why), 0);
	/* The file is written again (the page contents compressed): one
	 * xref, no update appended. */
	const char *t = (const char *)b->data;
	size_t tl = b->len;
	assert_true(tl > 9 && memcmp(t, "%PDF-1.", 7) == 0);
	assert_false(has(t, tl, "/Prev "));
	assert_true(has(t, tl, "/Filter /FlateDecode"));
	assert_false(has(t, tl, "stream\n1 0 0 -1 0 "));
	(void)len0;
	/* The link area is turned bottom-up; the target point too, on
	 * the (landscape) page 2; qpdf checks whole files in the shell. */
	assert_true(has(t, tl, "/Rect [ 100.00 627.89 400.00 "
	    "641.89 ]"));
	assert_true(has(t, tl,
	    "/XYZ 85.04 487.56 null"));
	assert_true(has(t, tl,
	    "/URI (https://example.go.id/a\\(b\\))"));
	g_byte_array_free(b, TRUE);

	/* Fail safe: a link to a page that does not exist, a page count
	 * that differs, or output that is not cairo's leave the file as it
	 * is. */
	b = two_pages();
	len0 = b->len;
	an[0].dest_page = 3;
	assert_int_equal(pdf_annots_apply(b, an, 2, h, 2, NULL, &why), -1);
	assert_string_equal(why, "link outside the document");
	an[0].dest_page = 2;
	assert_int_equal(pdf_annots_apply(b, an, 1, h, 3, NULL, &why), -1);
	assert_string_equal(why, "page count differs");
	assert_int_equal(b->len, len0);
	g_byte_array_free(b, TRUE);
	b = g_byte_array_new();
	g_byte_array_append(b, (const guint8 *)"%PDF-1.5\nxref\n%%EOF\n", 20);
	assert_int_equal(pdf_annots_apply(b, an, 1, h, 2, NULL, &why), -1);
	assert_int_equal(b->len, 20);
	g_byte_array_free(b, TRUE);
}


/* The first compressed stream of b holding text, uncompressed. */
static char *first_content(const GByteArray *b)
{
	const char *d = (const char *)b->data;
	const char *k = memmem(d, b->len, "/FlateDecode", 12);
	for (; k != NULL; k = memmem(k + 1, b->len - (size_t)(k + 1 - d),
	    "/FlateDecode", 12)) {
		const char *st = memmem(k, b->len - (size_t)(k - d), "stream\n",
		    7);
		const char *ln = memmem(d, (size_t)(k - d), "/Length ", 8);
		const char *lk = ln;
		while (lk != NULL && (lk = memmem(lk + 1, (size_t)(k - lk - 1),
		    "/Length ", 8)) != NULL)
			ln = lk;
		if (st == NULL || ln == NULL)
			continue;
		uLongf out = 1 << 20;
		char *buf = g_malloc(out + 1);
		if (uncompress((Bytef *)buf, &out, (const Bytef *)st + 7,
		    (uLong)strtoul(ln + 8, NULL, 10)) == Z_OK &&
		    memmem(buf, out, " Tm", 3) != NULL) {
			buf[out] = '\0';
			return buf;
		}
		g_free(buf);
	}
	return NULL;
}

/* ASCII text, a cluster per character, after a marker's empty cluster
 * when mark is given. */
static void show(cairo_t *cr, const char *utf8, const char *mark,
	double x, double y)
{
	cairo_glyph_t *g = NULL;
	int ng = 0;
	cairo_scaled_font_text_to_glyphs(cairo_get_scaled_font(cr), x, y,
	    utf8, -1, &g, &ng, NULL, NULL, NULL);
	assert_int_equal(ng, (int)strlen(utf8));
	char t[16];
	snprintf(t, sizeof t, "%s%s", mark ? mark : "", utf8);
	cairo_text_cluster_t cl[16];
	int nc = 0;
	if (mark) {
		cl[nc].num_bytes = 3;
		cl[nc++].num_glyphs = 0;
	}
	for (int i = 0; i < ng; i++) {
		cl[nc].num_bytes = 1;
		cl[nc++].num_glyphs = 1;
	}
	cairo_show_text_glyphs(cr, t, -1, g, ng, cl, nc, 0);
	cairo_glyph_free(g);
}

static GByteArray *row_pdf(void)
{
	GByteArray *b = g_byte_array_new();
	g_setenv("CAIRO_DEBUG_PDF", "1", TRUE);
	cairo_surface_t *s = cairo_pdf_surface_create_for_stream(to_bytes, b,
	    A4_W, A4_H);
	g_unsetenv("CAIRO_DEBUG_PDF");
	cairo_t *cr = cairo_create(s);
	cairo_select_font_face(cr, FONT_SANS, CAIRO_FONT_SLANT_NORMAL,
	    CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, 10);
	show(cr, "head", NULL, 100, 50);
	cairo_tag_begin(cr, "Table", NULL);
	cairo_tag_begin(cr, "TR", NULL);
	show(cr, "a", "\xEE\x80\x81", 100, 100);
	cairo_rectangle(cr, 100, 105, 10, 1);
	cairo_fill(cr);
	show(cr, "b", NULL, 100, 120);
	show(cr, "c", "\xEE\x80\x82", 200, 100);
	cairo_tag_end(cr, "TR");
	cairo_tag_end(cr, "Table");
	cairo_rectangle(cr, 90, 90, 200, 40);
	cairo_stroke(cr);
	cairo_show_page(cr);
	cairo_destroy(cr);
	cairo_surface_finish(s);
	cairo_surface_destroy(s);

	return b;
}

/* The page content annot.c writes for a table row of two cells, as
 * cairo 1.16 draws it: a running header outside every element, a TR
 * holding the cells' markers (see cell_mark), a fill between two lines
 * of the first cell (cairo ends the text object there). Worked example:
 * the header is /Artifact; cell 1 is TD MCID 0 (the TR's), closed before
 * the ET and going on as MCID 1 in the next text object; cell 2 is a TH,
 * MCID 2; the TR's own marked content is gone; the box is /Artifact. */
static void test_cells(void **state)
{
	(void)state;
	GByteArray *b = row_pdf();
	const double h[1] = { A4_H };
	struct ptags tg = { "id-ID", NULL, 0, 2, 2 };
	const char *why = NULL;
	assert_int_equal(pdf_annots_apply(b, NULL, 0, h, 1, &tg, &why), 0);
	char *c = first_content(b);
	assert_non_null(c);
	/* In order, each after the one before. */
	const char *want[] = {
		"/Artifact BMC\n", "(head)Tj\n", "EMC\nET\n",
		"BT\n", "/TD << /MCID 0 >> BDC\n", "(a)Tj\n", "EMC\nET\n",
		"/Artifact BMC\n", " re f\n", "EMC\n",
		"BT\n/TD << /MCID 1 >> BDC\n", "(b)Tj\n",
		"EMC\n/TH << /MCID 2 >> BDC\n", "(c)Tj\n", "EMC\nET\n",
		"/Artifact BMC\n", " re S\n", "EMC\n",
	};
	const char *at = c;
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		const char *f = strstr(at, want[i]);
		if (f == NULL)
			fail_msg("%s not found after: %.200s\n---\n%s", want[i],
			    at, c);
		at = f + strlen(want[i]);
	}
	assert_null(strstr(c, "/TR "));
	assert_null(strstr(c, "ActualText"));
	g_free(c);
	/* The elements: the TR holds a TD and a TH; the TD has both its
	 * MCIDs; the TH its scope. */
	const char *d = (const char *)b->data;
	assert_true(has(d, b->len, "/S /TD\n"));
	assert_true(has(d, b->len, "/K [ 0 1 ]\n"));
	assert_true(has(d, b->len, "/S /TH\n"));
	assert_true(has(d, b->len, "/K [ 2 ]\n   /A << /O /Table /Scope "
	    "/Column >>"));
	g_byte_array_free(b, TRUE);

}

static int render_main(const char *out)
{
	struct doc *d = syn_doc();
	struct diag_list *dl = diag_list_new();
	int rc = pdf_render(d, out, dl);
	diag_print(dl, stderr);
	diag_list_free(dl);
	syn_free(d);
	return rc == 0 ? 0 : 1;
}

/* A real report folder, as `lkjip build` makes it (without the metrics
 * checks): model_load_report + doc_build. */
static struct doc *load_doc(const char *dir, struct report **rep)
{
	struct diag_list *dl = diag_list_new();
	*rep = model_load_report(dir, dl);
	struct doc *d = *rep ? doc_build(*rep, dl) : NULL;
	if (diag_errors(dl))
		diag_print(dl, stderr);
	diag_list_free(dl);
	return d;
}

static int pages_main(const char *out)
{
	struct doc *d = pg_doc();
	struct diag_list *dl = diag_list_new();
	int rc = pdf_render(d, out, dl);
	diag_print(dl, stderr);
	bool clean = diag_count(dl) == 0;
	diag_list_free(dl);
	syn_free(d);
	return rc == 0 && clean ? 0 : 1;
}

static int report_main(const char *dir, const char *out)
{
	struct report *rep;
	struct doc *d = load_doc(dir, &rep);
	if (d == NULL)
		return 1;
	struct diag_list *dl = diag_list_new();
	int rc = pdf_render(d, out, dl);
	diag_print(dl, stderr);
	diag_list_free(dl);
	doc_free(d);
	model_report_free(rep);
	return rc == 0 ? 0 : 1;
}

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Best-of-n time of pdf_render on a report folder (the document is built
 * once, outside the timing). */
static int bench_report_main(const char *dir, int n)
{
	struct report *rep;
	struct doc *d = load_doc(dir, &rep);
	if (d == NULL)
		return 1;
	struct diag_list *dl = diag_list_new();
	double best = 1e9, total = 0;
	for (int i = 0; i < n; i++) {
		double t0 = now_ms();
		if (pdf_render(d, "/tmp/lkjip-pdf-bench.pdf", dl) != 0) {
			diag_print(dl, stderr);
			return 1;
		}
		double ms = now_ms() - t0;
		total += ms;
		if (ms < best)
			best = ms;
	}
	printf("pdf_render %s: %d runs, best %.1f ms, mean %.1f ms\n", dir, n,
	    best, total / n);
	unlink("/tmp/lkjip-pdf-bench.pdf");
	diag_list_free(dl);
	doc_free(d);
	model_report_free(rep);
	return 0;
}

static int bench_main(int n)
{
	struct doc *d = syn_doc();
	struct diag_list *dl = diag_list_new();
	double best = 1e9, total = 0;
	for (int i = 0; i < n; i++) {
		struct timespec t0, t1;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		if (pdf_render(d, "/tmp/lkjip-pdf-bench.pdf", dl) != 0) {
			diag_print(dl, stderr);
			return 1;
		}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		double ms = (t1.tv_sec - t0.tv_sec) * 1e3 +
		    (t1.tv_nsec - t0.tv_nsec) / 1e6;
		total += ms;
		if (ms < best)
			best = ms;
	}
	printf("pdf_render synthetic doc: %d runs, best %.1f ms, mean %.1f ms\n",
	    n, best, total / n);
	unlink("/tmp/lkjip-pdf-bench.pdf");
	diag_list_free(dl);
	syn_free(d);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 3 && strcmp(argv[1], "render") == 0)
		return render_main(argv[2]);
	if (argc >= 3 && strcmp(argv[1], "pages") == 0)
		return pages_main(argv[2]);
	if (argc >= 4 && strcmp(argv[1], "report") == 0)
		return report_main(argv[2], argv[3]);
	if (argc >= 3 && strcmp(argv[1], "bench-report") == 0)
		return bench_report_main(argv[2], argc >= 4 ? atoi(argv[3]) :
		    10);
	if (argc >= 2 && strcmp(argv[1], "bench") == 0)
		return bench_main(argc >= 3 ? atoi(argv[2]) : 10);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hyph_words),
		cmocka_unit_test(test_hyph_protected),
		cmocka_unit_test(test_hyph_capitalised),
		cmocka_unit_test(test_break_no_hyphen),
		cmocka_unit_test(test_break_long_word),
		cmocka_unit_test(test_break_tighter),
		cmocka_unit_test(test_break_not_at_hyphen),
		cmocka_unit_test(test_render_deterministic),
		cmocka_unit_test(test_unwritable),
		cmocka_unit_test(test_empty_doc),
		cmocka_unit_test(test_annots),
		cmocka_unit_test(test_cells),
		cmocka_unit_test(test_nothing_lost),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
