/* Annexes (src/doc/annex.c): laporan.yaml lampiran: entries become
 * DOC_ANNEX nodes with their pages counted by poppler, in a LAMPIRAN part
 * made even without its Markdown file, listed by a daftar-lampiran part;
 * what cannot be attached is an error at the line naming it. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo.h>

#include "doc/doc.h"
#include "model/model.h"
#include "util/path.h"

#include "../tmpcopy.h"

#define DATA "tests/data/doc/build"

/* r1's skeleton with a lampiran part (no file) and a daftar-lampiran. */
static const char KERANGKA[] =
	"bagian:\n"
	"  - jenis: sampul\n"
	"  - jenis: daftar-isi\n"
	"  - jenis: daftar-lampiran\n"
	"  - jenis: bab\n"
	"    id: bab-1\n"
	"    judul: PENDAHULUAN\n"
	"    berkas: bab/satu.md\n"
	"  - jenis: lampiran\n"
	"    id: lampiran\n"
	"    judul: LAMPIRAN\n"
	"    berkas: bab/lampiran.md\n"
	"    wajib: tidak\n"
	"keterangan:\n"
	"  capaian: { judul: \"Capaian\", sumber: \"Data diolah\" }\n";

static char *yaml0; /* r1's laporan.yaml as committed */

static int setup(void **state)
{
	(void)state;
	if (tmpcopy_setup(DATA) != 0)
		return -1;
	char p[512];
	snprintf(p, sizeof p, "%s/r1/laporan.yaml", tmpdir);
	size_t n;
	yaml0 = file_read(p, &n);
	if (yaml0 == NULL)
		return -1;
	/* A PDF of two pages, A4 upright then landscape, and a PNG of
	 * 30 x 20 pixels, drawn here. */
	snprintf(p, sizeof p, "%s/r1/lampiran", tmpdir);
	mkdir_p(p);
	snprintf(p, sizeof p, "%s/r1/lampiran/pk.pdf", tmpdir);
	cairo_surface_t *s = cairo_pdf_surface_create(p, 595, 842);
	cairo_t *cr = cairo_create(s);
	cairo_rectangle(cr, 50, 50, 100, 100);
	cairo_fill(cr);
	cairo_show_page(cr);
	cairo_pdf_surface_set_size(s, 842, 595);
	cairo_rectangle(cr, 50, 50, 100, 100);
	cairo_fill(cr);
	cairo_show_page(cr);
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 30, 20);
	snprintf(p, sizeof p, "%s/r1/lampiran/bagan.png", tmpdir);
	int rc = cairo_surface_write_to_png(s, p) == CAIRO_STATUS_SUCCESS ?
		0 : -1;
	cairo_surface_destroy(s);
	return rc;
}

static int teardown(void **state)
{
	free(yaml0);
	return tmpcopy_teardown(state);
}

/* Builds r1 with the skeleton above and these lampiran: lines; returns
 * the doc (NULL on errors, their text in *errs). */
static struct doc *build(const char *lampiran, char **errs,
	struct report **rp, struct diag_list **dlp)
{
	put("r1/kerangka.yaml", KERANGKA);
	char *y = NULL;
	assert_true(asprintf(&y, "%s%s", yaml0, lampiran) > 0);
	put("r1/laporan.yaml", y);
	free(y);
	char dir[512];
	snprintf(dir, sizeof dir, "%s/r1", tmpdir);
	struct diag_list *dl = diag_list_new();
	struct report *r = model_load_report(dir, dl);
	struct doc *d = r ? doc_build(r, dl) : NULL;
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	diag_sort(dl);
	for (size_t i = 0; i < diag_count(dl); i++) {
		char *s = diag_format(diag_get(dl, i));
		fprintf(f, "%s\n", s);
		free(s);
	}
	fclose(f);
	tmpcopy_mask(out);
	*errs = out;
	*rp = r;
	*dlp = dl;
	return d;
}

static void test_annexes(void **state)
{
	(void)state;
	char *errs;
	struct report *r;
	struct diag_list *dl;
	struct doc *d = build("lampiran:\n"
		"  - judul: Perjanjian Kinerja Tahun 2024\n"
		"    berkas: lampiran/pk.pdf\n"
		"    ukuran: halaman\n"
		"  - judul: Struktur Organisasi\n"
		"    berkas: lampiran/bagan.png\n", &errs, &r, &dl);
	if (d == NULL)
		fail_msg("%s", errs);
	/* The annexes where the tree check expects them. */
	assert_int_equal(doc_node_check(d->root, NULL), 0);
	/* sampul, daftar isi, daftar lampiran, BAB I, LAMPIRAN */
	const struct doc_node *n = d->root->first;
	while (n && n->type == DOC_SUMMARY)
		n = n->next;
	assert_int_equal(n->type, DOC_COVER);
	n = n->next->next;
	assert_int_equal(n->type, DOC_TOC);
	assert_int_equal(n->as.toc.kind, TOC_LAMPIRAN);
	assert_string_equal(n->as.toc.title, "DAFTAR LAMPIRAN");
	n = n->next->next;
	assert_int_equal(n->type, DOC_CHAPTER);
	assert_int_equal(n->as.chapter.kind, CHAPTER_LAMPIRAN);
	assert_string_equal(n->as.chapter.title, "LAMPIRAN");
	assert_null(n->next);
	/* No Markdown: the annexes alone. */
	const struct doc_node *a = n->first;
	assert_int_equal(a->type, DOC_ANNEX);
	assert_string_equal(a->as.annex->label, "Lampiran 1");
	assert_string_equal(a->as.annex->title, "Perjanjian Kinerja Tahun 2024");
	assert_string_equal(a->as.annex->name, "lampiran/pk.pdf");
	assert_int_equal(a->as.annex->pages, 2);
	assert_int_equal(a->as.annex->fit, ANNEX_FIT_PAGE);
	assert_null(a->as.annex->img);
	assert_memory_equal(a->as.annex->data, "%PDF-", 5);
	assert_string_equal(a->id, "lampiran-1");
	a = a->next;
	assert_int_equal(a->type, DOC_ANNEX);
	assert_string_equal(a->as.annex->label, "Lampiran 2");
	assert_int_equal(a->as.annex->pages, 1);
	assert_int_equal(a->as.annex->fit, ANNEX_FIT_TEXT);
	assert_non_null(a->as.annex->img);
	assert_int_equal(a->as.annex->img->width, 30);
	assert_int_equal(a->as.annex->img->height, 20);
	assert_string_equal(a->as.annex->name, "lampiran/bagan.png");
	assert_null(a->next);
	doc_free(d);
	model_report_free(r);
	diag_list_free(dl);
	free(errs);

	/* Without lampiran: no Daftar Lampiran, and the optional LAMPIRAN
	 * without its file is left out as before. */
	d = build("", &errs, &r, &dl);
	assert_non_null(d);
	for (n = d->root->first; n; n = n->next) {
		assert_false(n->type == DOC_TOC && n->as.toc.kind == TOC_LAMPIRAN);
		assert_false(n->type == DOC_CHAPTER &&
			n->as.chapter.kind == CHAPTER_LAMPIRAN);
	}
	doc_free(d);
	model_report_free(r);
	diag_list_free(dl);
	free(errs);
}

static void test_annex_errors(void **state)
{
	(void)state;
	put("r1/lampiran/rusak.pdf", "%PDF-1.7\n1 0 obj <<\n");
	put("r1/lampiran/catatan.pdf", "bukan PDF\n");
	char *errs;
	struct report *r;
	struct diag_list *dl;
	struct doc *d = build("lampiran:\n"
		"  - judul: A\n"
		"    berkas: lampiran/tidak-ada.pdf\n"
		"  - judul: B\n"
		"    berkas: lampiran/rusak.pdf\n"
		"  - judul: C\n"
		"    berkas: lampiran/catatan.pdf\n", &errs, &r, &dl);
	assert_null(d);
	/* The entries follow r1's own lines: berkas of the first on the
	 * second line after them. */
	int base = 1;
	for (const char *c = yaml0; *c; c++)
		base += *c == '\n';
	char want[1024];
	snprintf(want, sizeof want,
		"X/r1/laporan.yaml:%d:13: error: lampiran "
		"\"lampiran/tidak-ada.pdf\": no such file in the report folder\n"
		"X/r1/laporan.yaml:%d:13: error: lampiran \"lampiran/rusak.pdf\": "
		"a damaged PDF file (it cannot be read as a PDF)\n"
		"X/r1/laporan.yaml:%d:13: error: lampiran "
		"\"lampiran/catatan.pdf\": not a PDF, and as an image: not a PNG, "
		"JPEG or SVG image (lkjip reads the file's bytes, not its name)\n",
		base + 2, base + 4, base + 6);
	assert_string_equal(errs, want);
	model_report_free(r);
	diag_list_free(dl);
	free(errs);
}

/* A one-page PDF whose text uses Helvetica without embedding it (as an
 * old "print to PDF" writes), with a correct xref. */
static void put_unembedded_pdf(const char *rel)
{
	static const char *const objs[] = {
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
		"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		"<< /Length 38 >>\nstream\nBT /F1 12 Tf 72 720 Td (Kinerja) Tj "
		"ET\nendstream",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	};
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	long off[5];
	fputs("%PDF-1.4\n", f);
	for (int i = 0; i < 5; i++) {
		fflush(f);
		off[i] = (long)len;
		fprintf(f, "%d 0 obj\n%s\nendobj\n", i + 1, objs[i]);
	}
	fflush(f);
	long xref = (long)len;
	fputs("xref\n0 6\n0000000000 65535 f \n", f);
	for (int i = 0; i < 5; i++)
		fprintf(f, "%010ld 00000 n \n", off[i]);
	fprintf(f, "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%ld\n"
		"%%%%EOF\n", xref);
	fclose(f);
	put(rel, buf);
	free(buf);
}

/* A PDF that does not embed a font is attached, with a warning naming
 * the font: its pages are drawn with a substitute. */
static void test_annex_font_warning(void **state)
{
	(void)state;
	put_unembedded_pdf("r1/lampiran/tanpa-font.pdf");
	char *errs;
	struct report *r;
	struct diag_list *dl;
	struct doc *d = build("lampiran:\n"
		"  - judul: Surat\n"
		"    berkas: lampiran/tanpa-font.pdf\n", &errs, &r, &dl);
	assert_non_null(d);
	int line = 1;
	for (const char *c = yaml0; *c; c++)
		line += *c == '\n';
	char want[512];
	snprintf(want, sizeof want, "X/r1/laporan.yaml:%d:13: warning: "
		"lampiran \"lampiran/tanpa-font.pdf\": the font \"Helvetica\" "
		"is not embedded in the PDF: its pages are drawn with a "
		"substitute font (export the PDF with its fonts embedded)\n",
		line + 2);
	assert_string_equal(errs, want);
	doc_free(d);
	model_report_free(r);
	diag_list_free(dl);
	free(errs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_annexes),
		cmocka_unit_test(test_annex_errors),
		cmocka_unit_test(test_annex_font_warning),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
