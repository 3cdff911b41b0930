/* A document made to break pages badly, for pdf_pages.sh: headings, short
 * tables, long tables and signatures placed after fillers of every length
 * (one sentence more each time), so that some of each fall at a page
 * foot; a landscape table in the middle of text; lists. Its markers ("Subjudul
 * Uji Nomor 7", "Baris 3.6", "bagian 4.") are what pdf_pages.py looks
 * for. Included after synth.h. */
#ifndef TESTS_PDF_PAGES_H
#define TESTS_PDF_PAGES_H

#include "synth.h"

static struct doc_node *pg_short_table(struct doc *d, int k, int rows)
{
	struct doc_node *t = syn_table(d, arena_printf(d->arena,
	    "Tabel 1.%d", k), "Tabel Pendek Uji", NULL, NULL);
	t->as.fl->header_rows = 1;
	struct doc_node *r = syn_row(d, t, true);
	syn_cell(d, r, "Uraian", false);
	syn_cell(d, r, "Nilai", false);
	for (int i = 1; i <= rows; i++) {
		r = syn_row(d, t, false);
		syn_cell(d, r, arena_printf(d->arena, "Baris %d.%d", k, i),
		    false);
		syn_cell(d, r, arena_printf(d->arena, "%d", i * 7), true);
	}
	return t;
}

static struct doc_node *pg_long_table(struct doc *d, int k, int rows)
{
	struct doc_node *t = syn_table(d, arena_printf(d->arena,
	    "Tabel 3.%d", k), "Tabel Panjang Uji", NULL, "Data uji");
	t->as.fl->header_rows = 1;
	struct doc_node *r = syn_row(d, t, true);
	syn_cell(d, r, "Uraian", false);
	syn_cell(d, r, "Nilai", false);
	for (int i = 1; i <= rows; i++) {
		r = syn_row(d, t, false);
		syn_cell(d, r, arena_printf(d->arena, "Rincian %d.%d", k, i),
		    false);
		syn_cell(d, r, arena_printf(d->arena, "%d", i * 11), true);
	}
	return t;
}

/* A budget table's levels: 4 programs, each over 3 kegiatan, each over 2
 * subkegiatan (40 rows), their rows classed as doc/tables_anggaran.c
 * does. */
static struct doc_node *pg_tree_table(struct doc *d, int k)
{
	struct doc_node *t = syn_table(d, arena_printf(d->arena,
	    "Tabel 4.%d", k), "Tabel Bertingkat Uji", NULL, NULL);
	t->as.fl->header_rows = 1;
	struct doc_node *r = syn_row(d, t, true);
	syn_cell(d, r, "Uraian", false);
	syn_cell(d, r, "Pagu", false);
	for (int p = 1; p <= 4; p++) {
		r = syn_row(d, t, false);
		r->as.row.css_class = "program";
		syn_cell(d, r, arena_printf(d->arena, "Program %d.%d", k, p),
		    false);
		syn_cell(d, r, "600", true);
		for (int q = 1; q <= 3; q++) {
			r = syn_row(d, t, false);
			r->as.row.css_class = "kegiatan";
			syn_cell(d, r, arena_printf(d->arena,
			    "Kegiatan %d.%d.%d", k, p, q), false);
			syn_cell(d, r, "200", true);
			for (int u = 1; u <= 2; u++) {
				r = syn_row(d, t, false);
				r->as.row.css_class = "subkegiatan";
				syn_cell(d, r, arena_printf(d->arena,
				    "Subkegiatan %d.%d.%d.%d", k, p, q, u),
				    false);
				syn_cell(d, r, "100", true);
			}
		}
	}
	return t;
}

/* Long uraian and indikator beside three budget figures that cannot wrap:
 * in portrait its text columns would be a word wide (rows of 8 lines,
 * three pages); it takes a landscape page. */
static struct doc_node *pg_squeezed_table(struct doc *d)
{
	struct doc_node *t = syn_table(d, "Tabel 5.1", "Tabel Sempit Uji",
	    NULL, NULL);
	t->as.fl->header_rows = 1;
	struct doc_node *r = syn_row(d, t, true);
	static const char *const head[] = { "No", "Program/Kegiatan",
		"Indikator", "Pagu Awal", "Pagu Perubahan", "Realisasi" };
	for (size_t i = 0; i < G_N_ELEMENTS(head); i++)
		syn_cell(d, r, head[i], false);
	for (int i = 1; i <= 14; i++) {
		r = syn_row(d, t, false);
		syn_cell(d, r, arena_printf(d->arena, "%d", i), false);
		syn_cell(d, r, arena_printf(d->arena, "Sempit %d program "
		    "pemberdayaan dan pengembangan koperasi serta usaha mikro "
		    "di seluruh kecamatan kabupaten", i), false);
		syn_cell(d, r, "jumlah koperasi aktif yang menyampaikan "
		    "laporan rapat anggota tahunan tepat waktu", false);
		for (int c = 0; c < 3; c++)
			syn_cell(d, r, "18.575.000.000", true);
	}
	return t;
}

/* 45 indicators under one tujuan and one sasaran of long texts, each a
 * cell spanning every row: the indikator column, wrapping on every row,
 * gets the width before them, its rows one line each. */
static struct doc_node *pg_group_table(struct doc *d)
{
	struct doc_node *t = syn_table(d, "Tabel 5.2", "Tabel Kelompok Uji",
	    NULL, NULL);
	t->as.fl->header_rows = 1;
	struct doc_node *r = syn_row(d, t, true);
	static const char *const head[] = { "No", "Tujuan", "Sasaran",
		"Indikator Kinerja", "Satuan", "2024", "2025", "2026" };
	for (size_t i = 0; i < G_N_ELEMENTS(head); i++)
		syn_cell(d, r, head[i], false);
	for (int i = 1; i <= 45; i++) {
		r = syn_row(d, t, false);
		if (i == 1) {
			static const char *const span[] = { "1",
				"Meningkatnya kesejahteraan masyarakat melalui "
				"koperasi yang sehat dan mandiri",
				"Meningkatnya jumlah koperasi aktif dan usaha "
				"mikro yang naik kelas" };
			for (size_t k = 0; k < G_N_ELEMENTS(span); k++)
				syn_cell(d, r, span[k], false)->as.cell.rowspan =
				    45;
		}
		syn_cell(d, r, arena_printf(d->arena, "Ukuran kelompok %d",
		    i), false);
		syn_cell(d, r, "%", false);
		for (int c = 0; c < 3; c++)
			syn_cell(d, r, "70,25", true);
	}
	return t;
}

static struct doc_node *pg_text(struct doc *d, const char *s)
{
	struct doc_node *p = doc_node_new(d, DOC_PARAGRAPH);
	doc_append(p, doc_text(d, s));
	return p;
}

static struct doc *pg_doc(void)
{
	struct arena *a = arena_new();
	struct doc *d = arena_alloc(a, sizeof *d);
	d->arena = a;
	d->root = doc_node_new(d, DOC_DOCUMENT);
	d->title = "Laporan Uji Pemisahan Halaman";
	d->lang = "id";

	/* Headings and short tables after fillers of 1, 2, 3 ... sentences. */
	struct doc_node *ch = syn_chapter(d, CHAPTER_BAB, "BAB I",
	    "JUDUL DAN TABEL PENDEK", "bab-1");
	for (int k = 1; k <= 24; k++) {
		doc_append(ch, syn_para(d, k, 1 + k % 6));
		doc_append(ch, syn_heading(d, 2, arena_printf(a, "%d.", k),
		    arena_printf(a, "Subjudul Uji Nomor %d", k), NULL));
		if (k % 4 == 3) /* a heading right above a table */
			doc_append(ch, pg_short_table(d, k, 6));
		doc_append(ch, syn_para(d, k + 1, 2 + k % 3));
		if (k % 2 == 0)
			doc_append(ch, pg_short_table(d, k, 6));
	}

	/* A landscape table in the middle of text: the text after it
	 * fills the portrait page first. */
	ch = syn_chapter(d, CHAPTER_BAB, "BAB II", "TABEL LEBAR DAN PANJANG",
	    "bab-2");
	doc_append(ch, syn_para(d, 0, 4));
	doc_append(ch, syn_wide_table(d));
	doc_append(ch, pg_text(d, "Teks sesudah tabel lebar ini mengisi "
	    "halaman tegak sebelum halaman mendatar."));
	doc_append(ch, syn_para(d, 1, 6));
	/* Long tables after fillers of many lengths: 3 rows or more on
	 * every page of a split. */
	for (int k = 1; k <= 10; k++) {
		doc_append(ch, syn_para(d, k, 1 + k));
		doc_append(ch, pg_long_table(d, k, k % 2 ? 12 : 40));
	}

	/* Tables of programs, kegiatan and subkegiatan after fillers of
	 * every length: a program or kegiatan row never ends a page. */
	for (int k = 1; k <= 8; k++) {
		doc_append(ch, syn_para(d, k, k));
		doc_append(ch, pg_tree_table(d, k));
	}

	doc_append(ch, syn_para(d, 3, 3));
	doc_append(ch, pg_squeezed_table(d));
	doc_append(ch, syn_para(d, 4, 2));
	doc_append(ch, pg_group_table(d));

	/* Lists after fillers of every length: a mark stays beside its
	 * item's first line. */
	for (int k = 1; k <= 12; k++) {
		doc_append(ch, syn_para(d, k, k % 5 + 1));
		doc_append(ch, syn_list(d, k % 2 == 0, 3, k));
	}

	/* Closing paragraphs and signatures after fillers of every length. */
	static const char *const roman[] = { "III", "IV", "V", "VI", "VII",
		"VIII", "IX", "X" };
	for (int k = 1; k <= 8; k++) {
		ch = syn_chapter(d, CHAPTER_BAB, arena_printf(a, "BAB %s",
		    roman[k - 1]), "PENUTUP UJI", arena_printf(a, "bab-%d",
		    k + 2));
		for (int i = 0; i < 3; i++)
			doc_append(ch, syn_para(d, i, 6));
		doc_append(ch, syn_para(d, k, 2 * k));
		doc_append(ch, pg_text(d, arena_printf(a, "Demikian laporan "
		    "ini disusun sebagai bahan evaluasi bagian %d.", k)));
		struct doc_node *s = syn_signature(d);
		s->as.sig->nip = arena_printf(a, "NIP. 1974042819990120%02d",
			k);
		doc_append(ch, s);
	}
	/* A tree doc_build could have made (doc_node_check): a test of a
	 * backend on a shape the builder never makes would prove little. */
	if (doc_node_check(d->root, NULL) != 0)
		abort();
	return d;
}

#endif
