/* HTML backend: renders document trees through the templates in templates/
 * into a static site. Every value is escaped by construction (escape.c). */
#ifndef LKJIP_HTML_H
#define LKJIP_HTML_H

#include "doc/doc.h"
#include "model/model.h"
#include "util/diag.h"

/* Writes out_dir/<report id>/index.html (and its other pages, chart SVGs,
 * data/ CSV copies). Returns 0, or -1 with a diagnostic. */
int html_render_report(const struct doc *, const char *out_dir,
	struct diag_list *);
struct ringkasan_versi;
/* The same for a report corrected after publication: its summary says
 * "Diperbarui <tanggal>", lists the figures that moved and links the
 * earlier PDFs (versi, oldest first). */
int html_render_report_versi(const struct doc *, const char *out_dir,
	const struct ringkasan_versi *versi, size_t nversi,
	struct diag_list *);

/* One report as the site pages see it (ringkasan.c): names and headline
 * figures already formatted with the report's rounding, so the site step
 * needs neither the content nor the tree. Strings NULL when absent. */
struct ringkasan_indikator {
	const char *kode, *uraian, *satuan;
	const char *realisasi, *capaian; /* of the reporting year */
	const char *kelas;               /* CSS class of its predikat band */
};
/* A corrected earlier version: number n was replaced on tanggal, its PDF
 * kept as pdf; berubah are the figures that moved (src/diff lines). */
struct ringkasan_versi {
	int nomor;
	const char *tanggal;  /* "25 November 2026" */
	const char *pdf;      /* "<id>-v1.pdf", in the report's folder */
	const char **berubah;
	size_t nberubah;
};
struct ringkasan {
	struct arena *arena;
	const char *id, *judul, *instansi, *pemerintah, *tanggal;
	int tahun;
	const char *capaian, *predikat, *predikat_kelas;
	const char *capaian_catatan; /* the mean holds an implausible capaian */
	const char *tercapai, *jumlah_indikator; /* "7" of "9" */
	const char *serapan, *efisiensi, *pagu, *realisasi;
	long long pdf_bytes;
	const char *pdf_ukuran;                /* "1,4 MB" */
	struct ringkasan_indikator *indikator;
	size_t nindikator;
	const char **sasaran, **program;       /* names, for the search */
	size_t nsasaran, nprogram;
	struct ringkasan_versi *versi;         /* oldest first */
	size_t nversi;
};
#define HTML_RINGKASAN_FILE "ringkasan.tsv"

/* From a built tree, after its PDF is written (out_dir/<id>/<id>.pdf gives
 * the size). No versions: the caller carries them over. */
struct ringkasan *html_ringkasan_dari_doc(const struct doc *,
	const char *out_dir);
/* Deterministic text form (malloc'd), and back. parse returns NULL with an
 * error at path:line when the text is not such a summary; it allocates
 * from shared when given (the site step reads thousands: one arena, not
 * one each), then html_ringkasan_free does nothing and the caller frees
 * the arena. */
char *html_ringkasan_serialize(const struct ringkasan *, size_t *len);
struct ringkasan *html_ringkasan_parse(const char *text, const char *path,
	struct arena *shared, struct diag_list *);
void html_ringkasan_free(struct ringkasan *); /* accepts NULL */

/* Writes the site pages from the reports' summaries: out_dir/index.html
 * (governments, their agencies and latest predikat), one page per
 * government and per agency, the search index, sitemap.xml and the
 * stylesheet. site gives the title, description and base URL. */
int html_render_site(const struct site *, struct ringkasan *const *rk,
	size_t n, const char *out_dir, struct diag_list *);

/* Checks the names the site's files will have, before anything is
 * written: every name made from the content (report folder, CSV and
 * tabel/ file names, agency names) fits in a file name, no two sources
 * give the same name, and every CSV file the site copies is a regular
 * file. Returns 0, or -1 with located errors. */
int html_check_names(const struct site *, struct diag_list *);
/* The same one report at a time (lkjip build frees each report after its
 * check): new, add every report, finish (which reports the agency pages'
 * clashes, frees, and returns 0 or -1). */
struct html_names;
struct html_names *html_names_new(struct diag_list *);
void html_names_add_report(struct html_names *, const struct report *);
int html_names_finish(struct html_names *);
/* The same for the names one report's tree gives (Markdown images); best
 * called right after doc_build, while the tree is in the cache. */
int html_check_doc_names(const struct doc *, struct diag_list *);

#endif
