/* A synthetic LKjIP document tree built by hand, covering what the PDF
 * backend must lay out: cover with logo, the three lists, front chapters,
 * BAB chapters with headings, long paragraphs, lists, a 60-row table that
 * must split across pages, a 12-column table that must go landscape, a
 * table with colspan/rowspan headers, a chart figure, cross-references, a
 * link and a signature. Included by the tests (static functions only). */
#ifndef TESTS_PDF_SYNTH_H
#define TESTS_PDF_SYNTH_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "util/arena.h"
#include "util/path.h"

static const char *const SYN_SENTENCES[] = {
	"Dinas Koperasi dan Usaha Kecil Menengah melaksanakan urusan "
	"pemerintahan bidang koperasi dan usaha kecil menengah yang menjadi "
	"kewenangan daerah.",
	"Pengukuran kinerja dilakukan dengan membandingkan realisasi dengan "
	"target setiap indikator kinerja sasaran strategis.",
	"Capaian kinerja organisasi pada tahun anggaran berjalan menunjukkan "
	"peningkatan dibandingkan dengan tahun sebelumnya.",
	"Pemberdayaan koperasi diarahkan pada peningkatan kualitas "
	"kelembagaan, tata kelola, dan produktivitas usaha anggota.",
	"Keberhasilan tersebut didukung oleh pendampingan, pelatihan, serta "
	"fasilitasi pembiayaan bagi pelaku usaha mikro di seluruh kecamatan.",
	"Kendala yang dihadapi antara lain keterbatasan sumber daya manusia "
	"dan belum optimalnya pemanfaatan teknologi informasi.",
};

static struct doc_node *syn_para(struct doc *d, int seed, int sentences)
{
	struct doc_node *p = doc_node_new(d, DOC_PARAGRAPH);
	char buf[4096] = "";
	for (int i = 0; i < sentences; i++) {
		strcat(buf, SYN_SENTENCES[(seed + i) % 6]);
		if (i + 1 < sentences)
			strcat(buf, " ");
	}
	doc_append(p, doc_text(d, buf));
	return p;
}

static struct doc_node *syn_heading(struct doc *d, int level,
	const char *num, const char *title, const char *id)
{
	struct doc_node *h = doc_node_new(d, DOC_HEADING);
	h->as.heading.level = level;
	h->as.heading.number = num;
	h->as.heading.title = title;
	h->id = id;
	h->as.heading.in_toc = true;
	doc_append(h, doc_text(d, title));
	return h;
}

static struct doc_node *syn_chapter(struct doc *d, enum doc_chapter_kind k,
	const char *number, const char *title, const char *id)
{
	struct doc_node *c = doc_node_new(d, DOC_CHAPTER);
	c->as.chapter.kind = k;
	c->as.chapter.number = number;
	c->as.chapter.title = title;
	c->id = id;
	doc_append(d->root, c);
	return c;
}

static struct doc_node *syn_cell(struct doc *d, struct doc_node *row,
	const char *text, bool numeric)
{
	struct doc_node *c = doc_node_new(d, DOC_CELL);
	c->as.cell.numeric = numeric;
	c->as.cell.header = row->as.row.header;
	doc_append(c, doc_text(d, text));
	doc_append(row, c);
	return c;
}

static struct doc_node *syn_row(struct doc *d, struct doc_node *t, bool head)
{
	struct doc_node *r = doc_node_new(d, DOC_ROW);
	r->as.row.header = head;
	doc_append(t, r);
	return r;
}

static struct doc_node *syn_table(struct doc *d, const char *label,
	const char *title, const char *id, const char *sumber)
{
	struct doc_node *t = doc_node_new(d, DOC_TABLE);
	t->id = id;
	t->as.fl = arena_alloc(d->arena, sizeof *t->as.fl);
	t->as.fl->label = label;
	t->as.fl->title = title;
	t->as.fl->sumber = sumber;
	return t;
}

/* Tabel 3.2: 60 rows, must run over several pages. */
static struct doc_node *syn_long_table(struct doc *d)
{
	struct doc_node *t = syn_table(d, "Tabel 3.2",
	    "Realisasi Anggaran per Sub Kegiatan", "tabel-3-2",
	    "DPA dan LRA Dinas Koperasi UKM 2024");
	t->as.fl->header_rows = 1;
	struct doc_node *r = syn_row(d, t, true);
	syn_cell(d, r, "No", false);
	syn_cell(d, r, "Uraian Sub Kegiatan", false);
	syn_cell(d, r, "Pagu (Rp)", false);
	syn_cell(d, r, "Realisasi (Rp)", false);
	syn_cell(d, r, "Serapan (%)", false);
	for (int i = 1; i <= 60; i++) {
		char no[8], ur[160], pg[32], rl[32], sp[16];
		long long pagu = 25000000LL + i * 1234567LL;
		long long real = pagu - i * 234567LL;
		snprintf(no, sizeof no, "%d", i);
		snprintf(ur, sizeof ur, "Sub kegiatan nomor %d: %s", i,
		    i % 3 ? "fasilitasi pemberdayaan usaha mikro" :
		    "pengawasan dan pemeriksaan koperasi yang wilayah "
		    "keanggotaannya dalam daerah kabupaten");
		snprintf(pg, sizeof pg, "%lld.%03lld.%03lld", pagu / 1000000,
		    pagu / 1000 % 1000, pagu % 1000);
		snprintf(rl, sizeof rl, "%lld.%03lld.%03lld", real / 1000000,
		    real / 1000 % 1000, real % 1000);
		snprintf(sp, sizeof sp, "%.2f", 100.0 * real / pagu);
		*strchr(sp, '.') = ',';
		r = syn_row(d, t, false);
		syn_cell(d, r, no, true);
		syn_cell(d, r, ur, false);
		syn_cell(d, r, pg, true);
		syn_cell(d, r, rl, true);
		syn_cell(d, r, sp, true);
	}
	return t;
}

/* Tabel 2.1: 12 columns of figures, too wide for portrait. */
static struct doc_node *syn_wide_table(struct doc *d)
{
	struct doc_node *t = syn_table(d, "Tabel 2.1",
	    "Target dan Realisasi Indikator Kinerja per Triwulan",
	    "tabel-2-1", "Renstra dan Perjanjian Kinerja 2024");
	t->as.fl->header_rows = 2;
	struct doc_node *r = syn_row(d, t, true);
	struct doc_node *c = syn_cell(d, r, "Indikator Kinerja", false);
	c->as.cell.rowspan = 2;
	c = syn_cell(d, r, "Satuan", false);
	c->as.cell.rowspan = 2;
	const char *tw[] = { "TW I", "TW II", "TW III", "TW IV", "Tahunan" };
	for (int i = 0; i < 5; i++) {
		c = syn_cell(d, r, tw[i], false);
		c->as.cell.colspan = 2;
	}
	r = syn_row(d, t, true);
	for (int i = 0; i < 5; i++) {
		syn_cell(d, r, "Target", false);
		syn_cell(d, r, "Realisasi", false);
	}
	const char *ind[] = {
		"Persentase koperasi sehat",
		"Persentase usaha mikro yang naik kelas",
		"Jumlah wirausaha baru yang difasilitasi",
	};
	for (int i = 0; i < 3; i++) {
		r = syn_row(d, t, false);
		syn_cell(d, r, ind[i], false);
		syn_cell(d, r, i == 2 ? "orang" : "persen", false);
		for (int k = 0; k < 10; k++) {
			char v[32];
			snprintf(v, sizeof v, "%d.%03d.%03d,%02d", 1 + i + k,
			    (k * 137) % 1000, (i * 311 + k) % 1000, k * 7 % 100);
			syn_cell(d, r, v, true);
		}
	}
	return t;
}

/* Tabel 3.1: small, header with colspan and rowspan. */
static struct doc_node *syn_span_table(struct doc *d)
{
	struct doc_node *t = syn_table(d, "Tabel 3.1",
	    "Capaian Kinerja Sasaran Strategis", "tabel-3-1",
	    "Hasil pengukuran kinerja 2024");
	t->as.fl->header_rows = 2;
	struct doc_node *r = syn_row(d, t, true);
	struct doc_node *c = syn_cell(d, r, "Indikator", false);
	c->as.cell.rowspan = 2;
	c = syn_cell(d, r, "Tahun 2024", false);
	c->as.cell.colspan = 3;
	r = syn_row(d, t, true);
	syn_cell(d, r, "Target", false);
	syn_cell(d, r, "Realisasi", false);
	syn_cell(d, r, "Capaian (%)", false);
	const char *rows[][4] = {
		{ "Persentase koperasi sehat", "40,00", "43,43", "108,57" },
		{ "Persentase usaha mikro naik kelas", "5,00", "4,20", "84,00" },
		{ "Indeks kepuasan masyarakat", "80,00", "82,15", "102,69" },
	};
	for (int i = 0; i < 3; i++) {
		r = syn_row(d, t, false);
		syn_cell(d, r, rows[i][0], false);
		for (int k = 1; k < 4; k++)
			syn_cell(d, r, rows[i][k], true);
	}
	return t;
}

static const char *SYN_CATS[] = { "2020", "2021", "2022", "2023", "2024" };
static const double SYN_TARGET[] = { 30, 32, 35, 38, 40 };
static const double SYN_REAL[] = { 28.5, 33.1, 36.0, 39.2, 43.43 };
static const struct chart_series SYN_SERIES[] = {
	{ "Target", SYN_TARGET },
	{ "Realisasi", SYN_REAL },
};
static const struct chart SYN_CHART = {
	.kind = CHART_BAR, .title = "Persentase Koperasi Sehat",
	.y_label = "Persen", .unit = CHART_UNIT_PERCENT, .decimals = 2,
	.categories = SYN_CATS, .ncategories = 5, .series = SYN_SERIES,
	.nseries = 2, .show_values = true,
};

static struct doc_node *syn_figure(struct doc *d)
{
	struct doc_node *f = doc_node_new(d, DOC_FIGURE);
	f->id = "gambar-3-1";
	f->as.fl = arena_alloc(d->arena, sizeof *f->as.fl);
	f->as.fl->label = "Gambar 3.1";
	f->as.fl->title = "Perkembangan Persentase Koperasi Sehat 2020-2024";
	f->as.fl->chart = &SYN_CHART;
	f->as.fl->sumber = "Bidang Koperasi";
	return f;
}

static struct doc_node *syn_list(struct doc *d, bool ordered, int n, int seed)
{
	struct doc_node *l = doc_node_new(d, DOC_LIST);
	l->as.list.ordered = ordered;
	l->as.list.tight = true;
	for (int i = 0; i < n; i++) {
		struct doc_node *it = doc_node_new(d, DOC_ITEM);
		doc_append(it, syn_para(d, seed + i, 1 + i % 2));
		doc_append(l, it);
	}
	return l;
}

static struct doc_node *syn_signature(struct doc *d)
{
	struct doc_node *s = doc_node_new(d, DOC_SIGNATURE);
	s->as.sig = arena_alloc(d->arena, sizeof *s->as.sig);
	s->as.sig->tempat_tanggal = "Magetan, 14 Februari 2025";
	s->as.sig->jabatan = "KEPALA DINAS KOPERASI DAN USAHA KECIL MENENGAH "
	    "KABUPATEN MAGETAN";
	s->as.sig->nama = "Dr. SUPRIYANTO, S.E., M.M.";
	s->as.sig->pangkat = "Pembina Utama Muda (IV/c)";
	s->as.sig->nip = "NIP. 19740428 199901 2 001";
	return s;
}

/* A paragraph with emphasis, code, a link and cross-references. */
static struct doc_node *syn_rich_para(struct doc *d)
{
	struct doc_node *p = doc_node_new(d, DOC_PARAGRAPH);
	doc_append(p, doc_text(d, "Rincian realisasi anggaran disajikan pada "));
	struct doc_node *x = doc_node_new(d, DOC_XREF);
	x->as.xref.target = "tabel-3-2";
	x->as.xref.label = "Tabel 3.2";
	doc_append(p, x);
	doc_append(p, doc_text(d, ", sedangkan perkembangan capaian dapat "
	    "dilihat pada "));
	x = doc_node_new(d, DOC_XREF);
	x->as.xref.target = "gambar-3-1";
	x->as.xref.label = "Gambar 3.1";
	doc_append(p, x);
	doc_append(p, doc_text(d, ". Kode program "));
	struct doc_node *c = doc_node_new(d, DOC_CODE);
	c->as.literal = "2.17.02.2.01";
	doc_append(p, c);
	doc_append(p, doc_text(d, " dilaksanakan dengan "));
	struct doc_node *e = doc_node_new(d, DOC_EMPH);
	doc_append(e, doc_text(d, "prinsip efisiensi"));
	doc_append(p, e);
	doc_append(p, doc_text(d, " dan "));
	struct doc_node *s = doc_node_new(d, DOC_STRONG);
	doc_append(s, doc_text(d, "akuntabilitas"));
	doc_append(p, s);
	doc_append(p, doc_text(d, ". Data lengkap tersedia di "));
	struct doc_node *l = doc_node_new(d, DOC_LINK);
	l->as.link.url = "https://diskopukm.magetan.go.id/lkjip";
	doc_append(l, doc_text(d, "laman resmi dinas"));
	doc_append(p, l);
	doc_append(p, doc_text(d, "."));
	return p;
}

static struct doc *syn_doc(void)
{
	struct arena *a = arena_new();
	struct doc *d = arena_alloc(a, sizeof *d);
	d->arena = a;
	d->root = doc_node_new(d, DOC_DOCUMENT);
	d->title = "Laporan Kinerja Instansi Pemerintah Tahun 2024";
	d->author = "Dinas Koperasi dan Usaha Kecil Menengah Kabupaten Magetan";
	d->subject = "LKjIP 2024";
	d->lang = "id";
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	d->source_date = sde ? atoll(sde) : 0;

	struct doc_node *cv = doc_node_new(d, DOC_COVER);
	cv->as.cover = arena_alloc(a, sizeof *cv->as.cover);
	cv->as.cover->judul = "LAPORAN KINERJA INSTANSI PEMERINTAH";
	cv->as.cover->singkatan = "(LKjIP)";
	cv->as.cover->tahun = "TAHUN 2024";
	cv->as.cover->instansi = "DINAS KOPERASI DAN USAHA KECIL MENENGAH";
	cv->as.cover->pemerintah = "KABUPATEN MAGETAN";
	cv->as.cover->logo = arena_printf(a, "%s/tests/data/pdf/logo.png",
	    lkjip_data_dir());
	doc_append(d->root, cv);

	struct doc_node *ch = syn_chapter(d, CHAPTER_FRONT, NULL,
	    "KATA PENGANTAR", "kata-pengantar");
	for (int i = 0; i < 3; i++)
		doc_append(ch, syn_para(d, i, 4));
	doc_append(ch, syn_signature(d));

	ch = syn_chapter(d, CHAPTER_FRONT, NULL, "IKHTISAR EKSEKUTIF",
	    "ikhtisar");
	for (int i = 0; i < 6; i++)
		doc_append(ch, syn_para(d, i + 2, 5));

	static const enum doc_toc_kind kinds[] = { TOC_ISI, TOC_TABEL,
		TOC_GAMBAR };
	static const char *const tids[] = { "daftar-isi", "daftar-tabel",
		"daftar-gambar" };
	for (int i = 0; i < 3; i++) {
		struct doc_node *t = doc_node_new(d, DOC_TOC);
		static const char *const TITLE[] = { "DAFTAR ISI",
			"DAFTAR TABEL", "DAFTAR GAMBAR" };
		t->as.toc.kind = kinds[i];
		t->as.toc.title = TITLE[i];
		t->id = tids[i];
		doc_append(d->root, t);
	}

	ch = syn_chapter(d, CHAPTER_BAB, "BAB I", "PENDAHULUAN", "bab-1");
	doc_append(ch, syn_heading(d, 2, "A.", "Latar Belakang",
	    "latar-belakang"));
	for (int i = 0; i < 5; i++)
		doc_append(ch, syn_para(d, i, 6));
	doc_append(ch, syn_heading(d, 2, "B.", "Tugas Pokok dan Fungsi",
	    "tupoksi"));
	doc_append(ch, syn_para(d, 1, 2));
	doc_append(ch, syn_list(d, true, 5, 0));
	doc_append(ch, syn_para(d, 3, 3));
	doc_append(ch, syn_list(d, false, 4, 2));
	doc_append(ch, syn_heading(d, 2, "C.", "Sumber Daya Aparatur",
	    "sdm"));
	for (int i = 0; i < 4; i++)
		doc_append(ch, syn_para(d, i + 1, 5));
	doc_append(ch, syn_heading(d, 3, "1.", "Sumber Daya Manusia",
	    "sdm-manusia"));
	for (int i = 0; i < 3; i++)
		doc_append(ch, syn_para(d, i + 3, 5));

	ch = syn_chapter(d, CHAPTER_BAB, "BAB II", "PERENCANAAN KINERJA",
	    "bab-2");
	doc_append(ch, syn_heading(d, 2, "A.", "Rencana Strategis",
	    "renstra"));
	doc_append(ch, syn_para(d, 0, 4));
	doc_append(ch, syn_wide_table(d));
	doc_append(ch, syn_heading(d, 2, "B.", "Perjanjian Kinerja",
	    "pk"));
	for (int i = 0; i < 3; i++)
		doc_append(ch, syn_para(d, i, 5));

	ch = syn_chapter(d, CHAPTER_BAB, "BAB III", "AKUNTABILITAS KINERJA",
	    "bab-3");
	doc_append(ch, syn_heading(d, 2, "A.", "Capaian Kinerja Organisasi",
	    "capaian"));
	doc_append(ch, syn_para(d, 2, 4));
	doc_append(ch, syn_span_table(d));
	doc_append(ch, syn_rich_para(d));
	doc_append(ch, syn_figure(d));
	doc_append(ch, syn_heading(d, 2, "B.", "Realisasi Anggaran",
	    "anggaran"));
	doc_append(ch, syn_para(d, 4, 5));
	doc_append(ch, syn_long_table(d));
	for (int i = 0; i < 4; i++)
		doc_append(ch, syn_para(d, i, 6));

	ch = syn_chapter(d, CHAPTER_BAB, "BAB IV", "PENUTUP", "bab-4");
	doc_append(ch, syn_heading(d, 2, "A.", "Kesimpulan", "kesimpulan"));
	for (int i = 0; i < 3; i++)
		doc_append(ch, syn_para(d, i + 1, 5));
	doc_append(ch, syn_heading(d, 2, "B.", "Rencana Tindak Lanjut",
	    "tindak-lanjut"));
	doc_append(ch, syn_list(d, true, 3, 1));
	doc_append(ch, syn_signature(d));

	ch = syn_chapter(d, CHAPTER_LAMPIRAN, "LAMPIRAN 1",
	    "PERJANJIAN KINERJA", "lampiran-1");
	doc_append(ch, syn_para(d, 5, 3));
	/* A tree doc_build could have made (doc_node_check): a test of a
	 * backend on a shape the builder never makes would prove little. */
	if (doc_node_check(d->root, NULL) != 0)
		abort();
	return d;
}

static void syn_free(struct doc *d)
{
	if (d)
		arena_free(d->arena);
}

#endif
