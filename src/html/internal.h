/* Shared between the parts of the HTML backend (render.c: blocks and
 * inlines; report.c: report pages; site.c: index, agency pages, sitemap;
 * files.c: writing and copying). Not a public header. */
#ifndef LKJIP_HTML_INTERNAL_H
#define LKJIP_HTML_INTERNAL_H

#include <stdbool.h>

#include "doc/doc.h"
#include "html/html.h"
#include "html/escape.h"
#include "html/template.h"
#include "util/arena.h"
#include "util/diag.h"
#include "util/strmap.h"

/* Default chart size in points when the directive gave none. */
#define HTML_CHART_W 480.0
#define HTML_CHART_H 270.0
/* Width in points of a chart's phone drawing, and the smallest type it
 * should need (the chart module's tick and value size): 7,5 pt shown at
 * 358 / 220 px a point is 12 px on a 390 px phone. */
#define HTML_PHONE_W 220.0
#define HTML_PHONE_MIN_PT 7.5
/* The phone drawing of a chart (render.c) and its size in points. */
struct chart html_phone_chart(const struct chart *, double *w, double *h);

/* Tables are labelled per column up to this many columns; those with at
 * least HTML_STACK_COLS are stacked into cards on phones. */
#define HTML_MAX_COLS 64
#define HTML_STACK_COLS 4

/* The state of rendering one report. */
struct html_ctx {
	const struct doc *doc;
	struct arena *arena;
	const char *report_out;  /* out_dir/<report id> */
	const char *report_dir;  /* the content folder, or NULL */
	struct diag_list *diags;
	int errors;
	int figures;             /* figures without a label, numbered */
	bool toc_emitted;        /* lists of tables/figures already rendered */
	/* Earlier versions replaced by corrections, oldest first: the
	 * summary says "Diperbarui" and what moved (lkjip build). */
	const struct ringkasan_versi *versi;
	size_t nversi;
	int asal;                /* figures given their provenance so far:
	                            numbers the tooltips' ids */
	const char **views;      /* each data file's page (report.c) */
	struct strmap *view_of;  /* data file name -> its page */
	struct strmap *view_used; /* the pages a figure links to */
};

/* The page of the site showing a data file of the report with an anchor
 * per row ("baris-5"), relative to the report's page:
 * "data/kinerja.html" for kinerja.csv, "data/tabel/x.html" for
 * tabel/x.csv, "data/data-xlsx/kinerja.html" for the sheet kinerja of
 * data.xlsx (name "data.xlsx" DIAG_SHEET "kinerja"); NULL for a file the
 * loader did not keep. The page is written because it was asked for
 * (report.c). */
const char *html_data_view(struct html_ctx *, const char *name);

/* Blocks of a container node (chapter body, list item, ...). */
void html_blocks(struct html_ctx *, struct hbuf *, const struct doc_node *);
/* A file's size as the site states it: "1,4 MB", "850 KB" (summary.c). */
#include <sys/types.h>
const char *html_size_text(char *buf, size_t n, off_t bytes);
/* The answer-first block of a report page (summary.c). */
void html_summary(struct html_ctx *, struct hbuf *, const struct doc_node *);
/* The table of contents as nested lists, to maxlevel heading levels; with
 * parts=true it also lists the cover, daftar pages and the download
 * section (the sidebar). */
void html_toc(struct html_ctx *, struct hbuf *, int maxlevel, bool sidebar);

/* Files. All writes go through file_write_atomic. Each returns 0, or -1
 * after adding an error diagnostic. */
int html_write(const char *path, const void *data, size_t len,
	struct diag_list *);
int html_copy(const char *from, const char *to, struct diag_list *);
/* Copies templates/lkjip.css to out_dir/lkjip.css. */
/* html_copy for a file of the content folder root (path_open_under: no
 * link, FIFO or device). */
int html_copy_in(const char *root, const char *from, const char *to,
	struct diag_list *);
int html_copy_css(const char *out_dir, struct diag_list *);
/* Copies templates/<name> (a file the site serves as is: cari.js). */
int html_copy_asset(const char *out_dir, const char *name,
	struct diag_list *);
/* Lowercase ASCII slug: letters and digits, other runs become "-". */
char *html_slug(struct arena *, const char *);
/* Extension of a file name including the dot, lowercase and sanitized
 * (".png"), or "" when none. */
const char *html_ext(struct arena *, const char *path);

/* Fills templates/halaman.html (the page shell) around a content fragment
 * and writes it. akar is the relative path to the site root ("", "../"). */
struct html_page {
	const char *lang;
	const char *judul;      /* <title> */
	const char *deskripsi;
	const char *akar;
	const char *kelas;      /* body class */
	const char *konten;     /* HTML fragment */
	const char *url;        /* absolute address (og:url), or NULL */
	const char *situs;      /* site name (og:site_name), or NULL */
};
int html_write_page(const char *path, const struct html_page *,
	struct diag_list *);

#endif
