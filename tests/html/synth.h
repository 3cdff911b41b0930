/* A small synthetic LKjIP built by hand (no Markdown, no loader): cover,
 * daftar pages, a front chapter with a signature, BAB I with headings, a
 * list and inline markup, BAB III with a two-row-header table (colspan,
 * rowspan, numeric cells, predicate cells) and a chart figure, a lampiran
 * with an image figure. Reports for a three-report site: one agency with
 * 2023 and 2024, another with 2024. Included by the html tests. */
#ifndef LKJIP_TEST_HTML_SYNTH_H
#define LKJIP_TEST_HTML_SYNTH_H

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "metrics/metrics.h"
#include "model/model.h"
#include "util/arena.h"
#include "util/path.h"

#define SYNTH_DIR "tests/data/html/content/contoh-2024"

static struct doc_node *s_node(struct doc *d, struct doc_node *parent,
	enum doc_type t)
{
	struct doc_node *n = doc_node_new(d, t);
	if (parent)
		doc_append(parent, n);
	return n;
}

/* An SVG of the synth content as the builder leaves it (doc/image.c). */
static const struct doc_image *s_svg(struct doc *d, const char *rel)
{
	struct doc_image *im = arena_alloc(d->arena, sizeof *im);
	size_t len;
	char *data = file_read(arena_printf(d->arena, "%s/%s", SYNTH_DIR, rel),
		&len);
	im->format = DOC_IMAGE_SVG;
	im->format_name = "SVG";
	im->ext = ".svg";
	im->width = 300;
	im->height = 150;
	im->data = (const unsigned char *)arena_strdup(d->arena, data);
	im->len = len;
	im->name = rel;
	free(data);
	return im;
}

static struct doc_node *s_text(struct doc *d, struct doc_node *parent,
	const char *text)
{
	struct doc_node *n = doc_text(d, text);
	doc_append(parent, n);
	return n;
}

static struct doc_node *s_para(struct doc *d, struct doc_node *parent,
	const char *text)
{
	struct doc_node *p = s_node(d, parent, DOC_PARAGRAPH);
	s_text(d, p, text);
	return p;
}

static struct doc_node *s_heading(struct doc *d, struct doc_node *ch,
	int level, const char *number, const char *title, const char *id)
{
	struct doc_node *h = s_node(d, ch, DOC_HEADING);
	h->as.heading.level = level;
	h->as.heading.number = number;
	h->as.heading.title = title;
	h->id = id;
	h->as.heading.in_toc = true;
	s_text(d, h, title);
	return h;
}

static struct doc_node *s_chapter(struct doc *d, enum doc_chapter_kind k,
	const char *number, const char *title, const char *id)
{
	struct doc_node *c = s_node(d, d->root, DOC_CHAPTER);
	c->as.chapter.kind = k;
	c->as.chapter.number = number;
	c->as.chapter.title = title;
	c->id = id;
	return c;
}

static struct doc_node *s_cell(struct doc *d, struct doc_node *row,
	const char *text, bool numeric, int colspan, int rowspan)
{
	struct doc_node *c = s_node(d, row, DOC_CELL);
	c->as.cell.header = row->as.row.header;
	c->as.cell.numeric = numeric;
	c->as.cell.colspan = colspan;
	c->as.cell.rowspan = rowspan;
	s_text(d, c, text);
	return c;
}

static struct indikator *s_indikator(struct arena *a, const char *kode,
	enum tingkat t, struct indikator *induk, const char *uraian,
	const char *satuan)
{
	struct indikator *i = arena_alloc(a, sizeof *i);
	i->kode = kode;
	i->tingkat = t;
	i->induk = induk;
	i->uraian = uraian;
	i->satuan = satuan;
	i->polaritas = POLARITAS_POSITIF;
	i->sifat = SIFAT_PERSENTASE;
	i->iku = t == TINGKAT_INDIKATOR;
	return i;
}

static void s_tahun(struct arena *a, struct indikator *i, int tahun,
	double target, double realisasi)
{
	struct tahunan *n = arena_alloc(a, (i->ntahun + 1) * sizeof *n);
	if (i->ntahun)
		memcpy(n, i->tahun, i->ntahun * sizeof *n);
	struct tahunan *t = &n[i->ntahun];
	t->tahun = tahun;
	t->target = (struct nilai){.ada = true, .v = target};
	t->realisasi = (struct nilai){.ada = true, .v = realisasi};
	i->tahun = n;
	i->ntahun++;
}

/* A report of agency `instansi` for `tahun`; IKU1 has 2023 and 2024 data,
 * IKU2 only exists in reports of 2024. */
static struct report *synth_report(const char *id, const char *dir,
	const char *instansi, int tahun)
{
	struct arena *a = arena_new();
	struct report *r = arena_alloc(a, sizeof *r);
	r->arena = a;
	r->id = id;
	r->dir = dir;
	struct report_meta *m = &r->meta;
	m->judul = "Laporan Kinerja Instansi Pemerintah";
	m->tahun = tahun;
	m->instansi = instansi;
	m->pemerintah = "Kabupaten Contoh";
	m->renstra_awal = 2021;
	m->renstra_akhir = 2026;
	m->kepala_nama = "Nama Kepala, S.E.";
	m->tempat = "Contoh";
	m->tanggal = "2025-02-14";
	model_skala_preset(a, "magetan", &m->skala);
	m->efisiensi = EFISIENSI_SELISIH;
	m->ambang_wajar = 300;
	m->fmt_capaian = (struct num_style){2, ROUND_TRUNCATE, false};
	m->fmt_anggaran = (struct num_style){2, ROUND_HALF_UP, false};
	m->fmt_efisiensi = (struct num_style){2, ROUND_HALF_UP, false};
	m->fmt_nilai = (struct num_style){2, ROUND_HALF_UP, true};
	m->angka = NUM_ID;

	struct indikator *s1 = s_indikator(a, "S1", TINGKAT_SASARAN, NULL,
		"Meningkatnya kualitas koperasi", NULL);
	struct indikator *iku1 = s_indikator(a, "IKU1", TINGKAT_INDIKATOR, s1,
		"Persentase koperasi sehat", "%");
	s_tahun(a, iku1, 2023, 60, 65);
	if (tahun >= 2024)
		s_tahun(a, iku1, 2024, 70, 76);
	struct indikator *iku2 = s_indikator(a, "IKU2", TINGKAT_INDIKATOR, s1,
		"Jumlah usaha mikro naik kelas", "UM");
	s_tahun(a, iku2, 2024, 40, 20);
	s1->anak = arena_alloc(a, 2 * sizeof *s1->anak);
	s1->anak[0] = iku1;
	s1->nanak = 1;
	if (tahun >= 2024)
		s1->anak[s1->nanak++] = iku2;
	r->nindikator = 1 + s1->nanak;
	r->indikator = arena_alloc(a, r->nindikator * sizeof *r->indikator);
	r->indikator[0] = s1;
	r->indikator[1] = iku1;
	if (tahun >= 2024)
		r->indikator[2] = iku2;
	return r;
}

static void synth_report_free(struct report *r)
{
	if (r)
		arena_free(r->arena);
}

static const double SYNTH_TARGET[] = {70, 40};
static const double SYNTH_REALISASI[] = {76, 20};
static const struct chart_series SYNTH_SERIES[] = {
	{"Target", SYNTH_TARGET},
	{"Realisasi", SYNTH_REALISASI},
};
static const char *SYNTH_CATS[] = {"IKU1", "IKU2"};
static const struct chart SYNTH_CHART = {
	.kind = CHART_BAR,
	.title = "Target dan Realisasi Indikator Tahun 2024",
	.unit = CHART_UNIT_NUMBER,
	.categories = SYNTH_CATS,
	.ncategories = 2,
	.series = SYNTH_SERIES,
	.nseries = 2,
	.show_values = true,
};

/* title: the document title (the escaping test passes a hostile one). */
static struct doc *synth_doc(const struct report *r, const char *title)
{
	struct doc *d = calloc(1, sizeof *d);
	d->arena = arena_new();
	d->report = r;
	/* As doc_build does: the document carries the figures it shows. */
	struct diag_list *scratch = diag_list_new();
	d->metrics = metrics_compute(r, scratch);
	diag_list_free(scratch);
	d->title = title;
	d->author = "Dinas Contoh Kabupaten Contoh";
	d->lang = "id";
	d->root = doc_node_new(d, DOC_DOCUMENT);

	/* The answer first, as doc_build makes it (figures as text). */
	struct doc_node *sm = s_node(d, d->root, DOC_SUMMARY);
	sm->id = "ringkasan";
	sm->as.sum = arena_alloc(d->arena, sizeof *sm->as.sum);
	sm->as.sum->tercapai = "1";
	sm->as.sum->indikator = "2";
	sm->as.sum->capaian = "79,28 %";
	sm->as.sum->predikat = "Berhasil";
	sm->as.sum->predikat_kelas = "baik";
	sm->as.sum->serapan = "98,93 %";
	sm->as.sum->efisiensi = "-19,65 %";
	sm->as.sum->tanggal = "14 Februari 2025";

	struct doc_node *cv = s_node(d, d->root, DOC_COVER);
	cv->id = "sampul";
	cv->as.cover = arena_alloc(d->arena, sizeof *cv->as.cover);
	cv->as.cover->judul = "LAPORAN KINERJA INSTANSI PEMERINTAH";
	cv->as.cover->singkatan = "(LKjIP)";
	cv->as.cover->tahun = arena_printf(d->arena, "TAHUN %d", r->meta.tahun);
	cv->as.cover->instansi = "DINAS CONTOH";
	cv->as.cover->pemerintah = "KABUPATEN CONTOH";
	if (r->dir) {
		char *abs = realpath(SYNTH_DIR "/logo.svg", NULL);
		cv->as.cover->logo = arena_strdup(d->arena, abs);
		cv->as.cover->logo_img = s_svg(d, "logo.svg");
		free(abs);
	}
	for (int k = TOC_ISI; k <= TOC_GAMBAR; k++) {
		static const char *const TITLE[] = { "DAFTAR ISI",
			"DAFTAR TABEL", "DAFTAR GAMBAR" };
		struct doc_node *t = s_node(d, d->root, DOC_TOC);
		t->as.toc.kind = (enum doc_toc_kind)k;
		t->as.toc.title = TITLE[k];
	}

	struct doc_node *kp = s_chapter(d, CHAPTER_FRONT, NULL,
		"KATA PENGANTAR", "kata-pengantar");
	s_para(d, kp, "Puji syukur kami panjatkan.");
	struct doc_node *sg = s_node(d, kp, DOC_SIGNATURE);
	sg->as.sig = arena_alloc(d->arena, sizeof *sg->as.sig);
	sg->as.sig->tempat_tanggal = "Contoh, 14 Februari 2025";
	sg->as.sig->jabatan = "KEPALA DINAS CONTOH";
	sg->as.sig->nama = "Nama Kepala, S.E.";
	sg->as.sig->pangkat = "Pembina Utama Muda (IV/c)";
	sg->as.sig->nip = "NIP. 19740428 199901 2 001";

	struct doc_node *b1 = s_chapter(d, CHAPTER_BAB, "BAB I", "PENDAHULUAN",
		"bab-1");
	s_heading(d, b1, 2, "A.", "Latar Belakang", "bab-1-a");
	struct doc_node *p = s_node(d, b1, DOC_PARAGRAPH);
	s_text(d, p, "Laporan ini ");
	struct doc_node *em = s_node(d, p, DOC_EMPH);
	s_text(d, em, "disusun");
	s_text(d, p, " sesuai ");
	struct doc_node *st = s_node(d, p, DOC_STRONG);
	s_text(d, st, "PermenPAN-RB 53/2014");
	s_text(d, p, "; lihat ");
	struct doc_node *lk = s_node(d, p, DOC_LINK);
	lk->as.link.url = "https://jdih.menpan.go.id/";
	s_text(d, lk, "JDIH");
	s_text(d, p, " dan ");
	struct doc_node *xr = s_node(d, p, DOC_XREF);
	xr->as.xref.target = "tabel-3-1";
	xr->as.xref.label = "Tabel 3.1";
	s_text(d, p, ".");
	s_node(d, p, DOC_SOFTBREAK);
	s_text(d, p, "Capaian & realisasi < 100 % dibahas.");
	s_heading(d, b1, 3, "1.", "Dasar Hukum", "bab-1-a-1");
	struct doc_node *ls = s_node(d, b1, DOC_LIST);
	ls->as.list.ordered = true;
	ls->as.list.tight = true;
	s_para(d, s_node(d, ls, DOC_ITEM), "Peraturan Presiden 29/2014");
	s_para(d, s_node(d, ls, DOC_ITEM), "PermenPAN-RB 53/2014");

	struct doc_node *b3 = s_chapter(d, CHAPTER_BAB, "BAB III",
		"AKUNTABILITAS KINERJA", "bab-3");
	s_heading(d, b3, 2, "A.", "Capaian Kinerja Organisasi", "bab-3-a");
	struct doc_node *t = s_node(d, b3, DOC_TABLE);
	t->id = "tabel-3-1";
	t->as.fl = arena_alloc(d->arena, sizeof *t->as.fl);
	t->as.fl->label = "Tabel 3.1";
	t->as.fl->title = "Capaian Kinerja Sasaran Tahun 2024";
	t->as.fl->sumber = "Data diolah";
	t->as.fl->header_rows = 2;
	struct doc_node *h1 = s_node(d, t, DOC_ROW);
	h1->as.row.header = true;
	s_cell(d, h1, "No", false, 1, 2);
	s_cell(d, h1, "Indikator", false, 1, 2);
	s_cell(d, h1, "Tahun 2024", false, 3, 1);
	s_cell(d, h1, "Predikat", false, 1, 2);
	struct doc_node *h2 = s_node(d, t, DOC_ROW);
	h2->as.row.header = true;
	s_cell(d, h2, "Target", false, 1, 1);
	s_cell(d, h2, "Realisasi", false, 1, 1);
	s_cell(d, h2, "Capaian", false, 1, 1);
	static const char *const ROWS[2][6] = {
		{"1", "Persentase koperasi sehat", "70 %", "76 %", "108,57 %",
			"Sangat Berhasil"},
		{"2", "Jumlah usaha mikro naik kelas", "40", "20", "50,00 %",
			"Kurang Berhasil"},
	};
	static const char *const BAND[2] = {"sangat-baik", "kurang"};
	for (int i = 0; i < 2; i++) {
		struct doc_node *row = s_node(d, t, DOC_ROW);
		s_cell(d, row, ROWS[i][0], false, 1, 1)->as.cell.align =
			ALIGN_CENTER;
		s_cell(d, row, ROWS[i][1], false, 1, 1)->as.cell.header = true;
		for (int k = 2; k < 5; k++)
			s_cell(d, row, ROWS[i][k], true, 1, 1);
		struct doc_node *pc = s_cell(d, row, ROWS[i][5], false, 1, 1);
		pc->as.cell.css_class = BAND[i];
		pc->as.cell.align = ALIGN_CENTER;
	}
	struct doc_node *tot = s_node(d, t, DOC_ROW);
	tot->as.row.css_class = "total";
	s_cell(d, tot, "Rata-rata", false, 4, 1);
	s_cell(d, tot, "79,28 %", true, 1, 1);
	s_cell(d, tot, "Berhasil", false, 1, 1)->as.cell.css_class = "baik";

	struct doc_node *f = s_node(d, b3, DOC_FIGURE);
	f->id = "gambar-3-1";
	f->as.fl = arena_alloc(d->arena, sizeof *f->as.fl);
	f->as.fl->label = "Gambar 3.1";
	f->as.fl->title = "Target dan Realisasi Indikator Tahun 2024";
	f->as.fl->sumber = "Tabel 3.1";
	f->as.fl->chart = &SYNTH_CHART;
	f->as.fl->alt = "Grafik batang target dan realisasi: IKU1 target 70, "
		"realisasi 76; IKU2 target 40, realisasi 20.";
	f->as.fl->width = 480;
	f->as.fl->height = 270;
	s_para(d, b3, "Capaian rata-rata berpredikat Berhasil.");

	struct doc_node *lp = s_chapter(d, CHAPTER_LAMPIRAN, "LAMPIRAN 1",
		"STRUKTUR ORGANISASI", "lampiran-1");
	if (r->dir) {
		struct doc_node *g = s_node(d, lp, DOC_FIGURE);
		g->id = "gambar-a-1";
		g->as.fl = arena_alloc(d->arena, sizeof *g->as.fl);
		g->as.fl->label = "Gambar A.1";
		g->as.fl->title = "Struktur Organisasi";
		char *abs = realpath(SYNTH_DIR "/gambar/struktur.svg", NULL);
		g->as.fl->image = arena_strdup(d->arena, abs);
		g->as.fl->img = s_svg(d, "gambar/struktur.svg");
		free(abs);
		g->as.fl->alt = "Bagan struktur organisasi Dinas Contoh";
		g->as.fl->width = 150;
		g->as.fl->height = 60;
		struct doc_node *ip = s_node(d, lp, DOC_PARAGRAPH);
		struct doc_node *im = s_node(d, ip, DOC_IMAGE);
		im->as.image.url = "gambar/struktur.svg";
		im->as.image.img = s_svg(d, "gambar/struktur.svg");
		im->as.image.alt = "Bagan kecil";
	}
	/* A tree doc_build could have made (doc_node_check): a test of a
	 * backend on a shape the builder never makes would prove little. */
	if (doc_node_check(d->root, NULL) != 0)
		abort();
	return d;
}

static void synth_doc_free(struct doc *d)
{
	if (d == NULL)
		return;
	metrics_free((struct metrics *)d->metrics);
	arena_free(d->arena);
	free(d);
}

#endif
