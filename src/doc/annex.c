/* The attached documents of laporan.yaml lampiran: (a scan of the signed
 * Perjanjian Kinerja, a decree, an organisation chart), read once through
 * path_open_in and checked here, so `lkjip check` finds a missing or
 * damaged one at the line that names it. A PDF is opened with poppler-glib
 * (the same library draws its pages in src/pdf); an image goes through
 * image_load like any other. */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <poppler.h>

#include "doc/build.h"
#include "util/arena.h"
#include "util/path.h"

/* Poppler reports what it repairs or cannot parse through GLib's log (at
 * warning level): the library never prints, and the reason the file is
 * refused reaches the user as a diagnostic. */
static void quiet(const gchar *domain, GLogLevelFlags level,
	const gchar *message, gpointer data)
{
	(void)domain;
	(void)level;
	(void)message;
	(void)data;
}

/* The first font the PDF uses without embedding it, or NULL: its pages
 * are then drawn with a substitute of the system's (other widths, other
 * shapes). */
static const char *font_not_embedded(struct arena *a, PopplerDocument *doc,
	int pages)
{
	const char *name = NULL;
	PopplerFontInfo *fi = poppler_font_info_new(doc);
	PopplerFontsIter *it = NULL;
	while (name == NULL && poppler_font_info_scan(fi, pages, &it)) {
		if (it == NULL)
			continue;
		do {
			if (!poppler_fonts_iter_is_embedded(it)) {
				const char *f = poppler_fonts_iter_get_name(it);
				name = arena_strdup(a, f ? f : "?");
				break;
			}
		} while (poppler_fonts_iter_next(it));
		poppler_fonts_iter_free(it);
		it = NULL;
	}
	poppler_font_info_free(fi);
	return name;
}

/* The PDF in data as poppler reads it: NULL with why set when it cannot
 * be attached as it is; *font names a font it does not embed. */
static const char *check_pdf(struct arena *a, const unsigned char *data,
	size_t len, int *pages, const char **font)
{
	guint h = g_log_set_handler("Poppler", G_LOG_LEVEL_MASK, quiet, NULL);
	GBytes *b = g_bytes_new_static(data, len);
	GError *err = NULL;
	PopplerDocument *doc = poppler_document_new_from_bytes(b, NULL, &err);
	g_bytes_unref(b);
	g_log_remove_handler("Poppler", h);
	if (doc == NULL) {
		bool locked = err && err->domain == POPPLER_ERROR &&
			err->code == POPPLER_ERROR_ENCRYPTED;
		g_clear_error(&err);
		return locked ? "the PDF is locked with a password: attach a "
			"copy without one" : "a damaged PDF file (it cannot be "
			"read as a PDF)";
	}
	const char *why = NULL;
	int n = poppler_document_get_n_pages(doc);
	if (n < 1)
		why = "a PDF without pages";
	else if (n > ANNEX_MAX_PAGES)
		why = arena_printf(a, "a PDF of %d pages: the limit is %d (attach "
			"the pages the report needs)", n, ANNEX_MAX_PAGES);
	for (int i = 0; why == NULL && i < n; i++) {
		PopplerPage *pg = poppler_document_get_page(doc, i);
		double w = 0, ht = 0;
		if (pg != NULL) {
			poppler_page_get_size(pg, &w, &ht);
			g_object_unref(pg);
		}
		/* 1 pt to 200 in (PDF's own limits are 3 pt and 200 in). */
		if (!(w >= 1 && ht >= 1 && w <= 14400 && ht <= 14400))
			why = arena_printf(a, "page %d of the PDF has no usable "
				"size", i + 1);
	}
	*font = why == NULL ? font_not_embedded(a, doc, n) : NULL;
	g_object_unref(doc);
	*pages = n;
	return why;
}

/* One entry of lampiran: as a node, or NULL after a diagnostic. */
static struct doc_node *annex(struct build_ctx *c, const struct lampiran *l,
	int no)
{
	struct arena *a = c->doc->arena;
	struct doc_annex *x = arena_alloc(a, sizeof *x);
	x->label = arena_printf(a, "Lampiran %d", no);
	x->title = l->judul;
	x->name = l->berkas;
	x->fit = l->ukuran == LAMPIRAN_HALAMAN ? ANNEX_FIT_PAGE :
		ANNEX_FIT_TEXT;
	int fd = path_open_in(c->report->dir, l->berkas);
	struct stat st;
	if (fd >= 0 && fstat(fd, &st) == 0 && st.st_size > ANNEX_MAX_BYTES) {
		close(fd);
		diag_add(c->diags, DIAG_ERROR, l->pos_berkas, "lampiran \"%s\" is "
			"%lld MB: the limit is %d MB", l->berkas,
			(long long)st.st_size >> 20, ANNEX_MAX_BYTES >> 20);
		return NULL;
	}
	size_t len = 0;
	char *buf = fd >= 0 ? file_read_fd(fd, &len) : NULL;
	int e = errno;
	if (fd >= 0)
		close(fd);
	if (buf == NULL) {
		diag_add(c->diags, DIAG_ERROR, l->pos_berkas, "lampiran \"%s\": %s",
			l->berkas, e == ENOENT ? missing_file(a, c->report->dir,
			l->berkas) : path_refusal(e));
		return NULL;
	}
	/* A PDF header may follow up to 1024 bytes of other data. */
	bool pdf = memmem(buf, len < 1024 ? len : 1024, "%PDF-", 5) != NULL;
	if (pdf) {
		unsigned char *data = arena_alloc(a, len + 1);
		memcpy(data, buf, len);
		free(buf);
		const char *font = NULL;
		const char *why = check_pdf(a, data, len, &x->pages, &font);
		if (why != NULL) {
			diag_add(c->diags, DIAG_ERROR, l->pos_berkas, "lampiran "
				"\"%s\": %s", l->berkas, why);
			return NULL;
		}
		if (font != NULL)
			diag_add(c->diags, DIAG_WARNING, l->pos_berkas,
				"lampiran \"%s\": the font \"%s\" is not embedded "
				"in the PDF: its pages are drawn with a substitute "
				"font (export the PDF with its fonts embedded)",
				l->berkas, font);
		x->data = data;
		x->len = len;
	} else {
		/* Not a PDF: an image (read again by image_load, which
		 * publishes it under a name agreeing with its bytes). */
		struct doc_image probe;
		const char *why = image_identify(a, (unsigned char *)buf, len,
			&probe);
		free(buf);
		if (why != NULL) {
			diag_add(c->diags, DIAG_ERROR, l->pos_berkas, "lampiran "
				"\"%s\": not a PDF, and as an image: %s",
				l->berkas, why);
			return NULL;
		}
		x->img = image_load(c, l->berkas, l->pos_berkas);
		if (x->img == NULL)
			return NULL;
		x->data = x->img->data;
		x->len = x->img->len;
		x->pages = 1;
		/* Published under its name made to agree with its bytes. */
		x->name = x->img->name;
	}
	struct doc_node *n = doc_node_new(c->doc, DOC_ANNEX);
	n->as.annex = x;
	n->pos = l->pos_berkas;
	n->id = unique_id(c, x->label);
	return n;
}

void annexes_append(struct build_ctx *c, struct doc_node *chapter)
{
	const struct report_meta *m = &c->report->meta;
	int total = 0;
	for (size_t i = 0; i < m->nlampiran; i++) {
		struct doc_node *n = annex(c, &m->lampiran[i], (int)i + 1);
		if (n == NULL) {
			ptrvec_push(c->doc->arena, &c->annex_gagal, (void *)
				unique_id(c, arena_printf(c->doc->arena,
					"Lampiran %d", (int)i + 1)));
			continue;
		}
		total += n->as.annex->pages;
		if (total > ANNEX_MAX_TOTAL_PAGES) {
			diag_add(c->diags, DIAG_ERROR, m->lampiran[i].pos_berkas,
				"lampiran \"%s\": the annexes reach %d pages, over "
				"the limit of %d", m->lampiran[i].berkas, total,
				ANNEX_MAX_TOTAL_PAGES);
			return;
		}
		doc_append(chapter, n);
	}
}
