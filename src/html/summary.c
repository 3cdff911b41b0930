/* The answer first: the DOC_SUMMARY node (made by the document builder,
 * figures already formatted there) as the block that opens a report page,
 * with the link to the PDF. The PDF's size is read from the file the PDF
 * backend wrote just before (lkjip build renders the PDF first); when
 * there is none (a test rendering the page alone), the size is left out. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "html/internal.h"
#include "util/num.h"
#include "util/xalloc.h"

static void item(struct hbuf *b, const char *label, const char *value,
	const char *rest)
{
	hbuf_puts(b, "<div><dt>");
	hesc_text(b, label);
	hbuf_puts(b, "</dt><dd><span class=\"besar\">");
	hesc_text(b, value);
	hbuf_puts(b, "</span>");
	if (rest) {
		hbuf_putc(b, ' ');
		hesc_text(b, rest);
	}
	hbuf_puts(b, "</dd></div>\n");
}

/* "1,4 MB" / "850 KB" (decimal units, the report's comma). */
const char *html_size_text(char *buf, size_t n, off_t bytes)
{
	char num[64];
	struct num_style st = {1, ROUND_HALF_UP, false};
	if (bytes >= 1000000) {
		snprintf(buf, n, "%s" NUM_NBSP "MB", num_format(num, sizeof num,
			(double)bytes / 1e6, st));
	} else {
		st.decimals = 0;
		double kb = (double)bytes / 1e3;
		snprintf(buf, n, "%s" NUM_NBSP "KB", num_format(num, sizeof num,
			kb < 1 ? 1 : kb, st));
	}
	return buf;
}

void html_summary(struct html_ctx *c, struct hbuf *b,
	const struct doc_node *n)
{
	const struct doc_summary *s = n->as.sum;
	const struct report *r = c->doc->report;
	if (s == NULL || r == NULL)
		return;
	hbuf_puts(b, "<section class=\"ringkasan\" id=\"");
	hesc_attr(b, n->id ? n->id : "ringkasan");
	hbuf_puts(b, "\">\n<h2>Ringkasan Kinerja");
	if (r->meta.tahun > 0) {
		hbuf_puts(b, " Tahun ");
		hbuf_int(b, r->meta.tahun);
	}
	hbuf_puts(b, "</h2>\n");
	if (s->capaian || s->tercapai || s->serapan || s->efisiensi) {
		hbuf_puts(b, "<dl class=\"angka-utama\">\n");
		if (s->capaian) {
			/* The predikat sits with the figure it grades, in
			 * words (never colour alone). */
			hbuf_puts(b, "<div class=\"utama\"><dt>Capaian kinerja"
				"</dt><dd><span class=\"besar\">");
			hesc_text(b, s->capaian);
			hbuf_puts(b, "</span>");
			if (s->predikat) {
				hbuf_puts(b, " <span class=\"predikat");
				if (s->predikat_kelas && *s->predikat_kelas) {
					hbuf_putc(b, ' ');
					hesc_class(b, s->predikat_kelas);
				}
				hbuf_puts(b, "\">");
				hesc_text(b, s->predikat);
				hbuf_puts(b, "</span>");
			}
			if (s->capaian_catatan) {
				hbuf_puts(b, " <span class=\"tak-wajar\">(");
				hesc_text(b, s->capaian_catatan);
				hbuf_puts(b, ")</span>");
			}
			hbuf_puts(b, "</dd></div>\n");
		}
		if (s->tercapai && s->indikator) {
			char rest[128];
			snprintf(rest, sizeof rest, "dari %s indikator",
				s->indikator);
			item(b, "Indikator mencapai target", s->tercapai, rest);
		}
		if (s->serapan)
			item(b, "Serapan anggaran", s->serapan, NULL);
		if (s->efisiensi)
			item(b, "Efisiensi anggaran", s->efisiensi, NULL);
		hbuf_puts(b, "</dl>\n");
	}
	const char *pdf = arena_printf(c->arena, "%s.pdf", r->id);
	struct stat st;
	char size[64] = "";
	if (stat(arena_printf(c->arena, "%s/%s", c->report_out, pdf), &st) == 0
	    && S_ISREG(st.st_mode))
		html_size_text(size, sizeof size, st.st_size);
	hbuf_puts(b, "<p class=\"unduh-ringkas\"><a class=\"tombol utama\" "
		"href=\"");
	hesc_url(b, pdf);
	hbuf_puts(b, "\">Unduh laporan lengkap (PDF");
	if (*size) {
		hbuf_puts(b, ", ");
		hesc_text(b, size);
	}
	hbuf_puts(b, ")</a> <a class=\"tombol\" href=\"#unduh\">Unduh data"
		"</a></p>\n");
	if (c->nversi > 0) {
		/* Corrections in the open: when, what moved, and the PDF as
		 * it was before. */
		const struct ringkasan_versi *v = &c->versi[c->nversi - 1];
		hbuf_puts(b, "<div class=\"diperbarui\" role=\"note\">\n"
			"<p><strong>Diperbarui ");
		hesc_text(b, v->tanggal);
		hbuf_puts(b, "</strong>: angka berikut berubah dari versi ");
		hbuf_int(b, v->nomor);
		hbuf_puts(b, " (sebelumnya &#8594; sekarang).</p>\n<ul>\n");
		for (size_t i = 0; i < v->nberubah; i++) {
			/* "76 -> 78" as "76 → 78": the change report's ASCII
			 * arrow, shown as an arrow. */
			hbuf_puts(b, "<li>");
			for (const char *p = v->berubah[i]; *p;) {
				const char *q = strstr(p, " -> ");
				size_t n = q ? (size_t)(q - p) : strlen(p);
				char *part = xstrndup(p, n);
				hesc_text(b, part);
				free(part);
				if (q == NULL)
					break;
				hbuf_puts(b, " &#8594; ");
				p = q + 4;
			}
			hbuf_puts(b, "</li>\n");
		}
		hbuf_puts(b, "</ul>\n<p>Versi sebelumnya:");
		for (size_t k = 0; k < c->nversi; k++) {
			hbuf_puts(b, k ? ", " : " ");
			hbuf_puts(b, "<a href=\"");
			hesc_url(b, c->versi[k].pdf);
			hbuf_puts(b, "\">PDF versi ");
			hbuf_int(b, c->versi[k].nomor);
			hbuf_puts(b, "</a> (diganti ");
			hesc_text(b, c->versi[k].tanggal);
			hbuf_puts(b, ")");
		}
		hbuf_puts(b, ".</p>\n</div>\n");
	}
	if (s->tanggal) {
		hbuf_puts(b, "<p class=\"tanggal\">Laporan bertanggal ");
		hesc_text(b, s->tanggal);
		hbuf_puts(b, ".</p>\n");
	}
	hbuf_puts(b, "</section>\n");
}
