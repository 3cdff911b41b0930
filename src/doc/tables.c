/* The computed table of performance that is not rows of indicators (those
 * are presets of the column vocabulary, kolom.c): the predicate scale;
 * plus the helpers every table shares and the registry TABLE_DEFS, the
 * one list of table names.
 * Budget, staff, asset and plain tables are in tables_anggaran.c and
 * tables_lain.c. Every figure comes from ctx->metrics and is written with
 * the fmt_* helpers; nothing is computed here. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "doc/kolom.h"
#include "doc/tables.h"

/* ---- Options ---- */

bool opt_tahun(struct build_ctx *c, const struct directive *d, int *tahun)
{
	const char *s = directive_opt(d, "tahun");
	*tahun = c->report->meta.tahun;
	if (s == NULL)
		return true;
	char *end;
	long y = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || y < 1900 || y > 2999) {
		directive_error(c, d, "invalid tahun \"%s\": expected a year "
			"such as 2024", s);
		return false;
	}
	*tahun = (int)y;
	return true;
}

bool opt_tingkat(struct build_ctx *c, const struct directive *d,
	enum anggaran_tingkat def, enum anggaran_tingkat *out)
{
	const char *s = directive_opt(d, "tingkat");
	*out = def;
	if (s == NULL)
		return true;
	if (strcmp(s, "program") == 0)
		*out = ANGGARAN_PROGRAM;
	else if (strcmp(s, "kegiatan") == 0)
		*out = ANGGARAN_KEGIATAN;
	else if (strcmp(s, "subkegiatan") == 0 ||
		strcmp(s, "sub-kegiatan") == 0)
		*out = ANGGARAN_SUBKEGIATAN;
	else {
		directive_error(c, d, "unknown tingkat \"%s\": expected "
			"program, kegiatan or subkegiatan", s);
		return false;
	}
	return true;
}

/* ---- Lists ---- */

size_t list_sasaran(struct build_ctx *c, const struct indikator *only,
	const struct indikator ***out)
{
	struct ptrvec v = {0};
	for (size_t i = 0; i < c->report->nindikator; i++) {
		const struct indikator *s = c->report->indikator[i];
		if (s->tingkat == TINGKAT_SASARAN && (only == NULL || s == only))
			ptrvec_push(ARENA(c), &v, (void *)s);
	}
	*out = (const struct indikator **)v.v;
	return v.n;
}

size_t list_indikator(struct build_ctx *c, const struct indikator *s,
	const struct indikator ***out)
{
	struct ptrvec v = {0};
	for (size_t i = 0; i < s->nanak; i++)
		if (s->anak[i]->tingkat == TINGKAT_INDIKATOR)
			ptrvec_push(ARENA(c), &v, s->anak[i]);
	*out = (const struct indikator **)v.v;
	return v.n;
}

static void anggaran_rec(struct build_ctx *c, const struct anggaran *a,
	enum anggaran_tingkat maks, const char *no, struct ptrvec *lines,
	struct ptrvec *nums)
{
	if (a->tingkat > maks)
		return;
	ptrvec_push(ARENA(c), lines, (void *)a);
	ptrvec_push(ARENA(c), nums, (void *)no);
	size_t k = 0;
	for (size_t i = 0; i < a->nanak; i++) {
		if (a->anak[i]->tingkat > maks)
			continue;
		k++;
		anggaran_rec(c, a->anak[i], maks,
			arena_printf(ARENA(c), "%s.%zu", no, k), lines, nums);
	}
}

size_t list_anggaran(struct build_ctx *c, enum anggaran_tingkat maks,
	const struct anggaran ***out, const char ***nomor_out)
{
	struct ptrvec lines = {0}, nums = {0};
	size_t k = 0;
	/* Roots are lines without a parent: programs, and any orphan line the
	 * loader already reported. */
	for (size_t i = 0; i < c->report->nanggaran; i++) {
		const struct anggaran *a = c->report->anggaran[i];
		if (a->induk != NULL || a->tingkat > maks)
			continue;
		anggaran_rec(c, a, maks, nomor(c, k++), &lines, &nums);
	}
	*out = (const struct anggaran **)lines.v;
	*nomor_out = (const char **)nums.v;
	return lines.n;
}

bool ada_pagu_perubahan(const struct report *r)
{
	for (size_t i = 0; i < r->nanggaran; i++)
		if (r->anggaran[i]->pagu_perubahan.ada)
			return true;
	return false;
}

/* ---- Figures ---- */

const char *fmt_tr(struct build_ctx *c, const struct nilai *model, bool ada,
	double v, const char *satuan)
{
	if (model != NULL && model->ada &&
		(model->grade != NULL || model->is_rentang))
		return fmt_cell_nilai(c, model);
	if (!ada)
		return "-";
	return fmt_nilai_satuan(c, v, (satuan));
}

const struct nilai *target_model(const struct indikator *ind, int tahun)
{
	const struct tahunan *th = model_tahun(ind, tahun);
	return th ? model_target_efektif(th) : NULL;
}

void tbl_catatan(struct build_ctx *c, struct doc_node *t, const char *teks)
{
	if (t == NULL || t->as.fl == NULL)
		return;
	const char *s = t->as.fl->catatan;
	if (s != NULL && strstr(s, teks) != NULL)
		return; /* once per table */
	t->as.fl->catatan = s ? arena_printf(ARENA(c), "%s. %s", s, teks) : teks;
}


const char *catatan_tak_wajar(struct build_ctx *c)
{
	const struct report_meta *m = &c->report->meta;
	const char *rata = "";
	switch (m->tak_wajar) {
	case TAK_WAJAR_SERTAKAN:
		rata = "; tetap dihitung dalam rata-rata";
		break;
	case TAK_WAJAR_KECUALIKAN:
		rata = "; tidak dihitung dalam rata-rata";
		break;
	case TAK_WAJAR_BATASI:
		rata = arena_printf(ARENA(c), "; dihitung %s dalam "
			"rata-rata", fmt_capaian(c, m->ambang_wajar));
		break;
	}
	return arena_printf(ARENA(c), "**) capaian di atas ambang kewajaran "
		"%s: satuan target dan realisasi perlu diperiksa%s",
		fmt_capaian(c, m->ambang_wajar), rata);
}

struct doc_node *cell_realisasi(struct build_ctx *c, struct doc_node *row,
	const struct indikator *ind, int tahun, const struct metrik_tahun *mt)
{
	const char *s = fmt_tr(c, realisasi_model(ind, tahun),
		mt && mt->ada_realisasi, mt ? mt->realisasi : 0, ind->satuan);
	if (mt != NULL && mt->realisasi_diketik) {
		s = arena_printf(ARENA(c), "%s *)", s);
		tbl_catatan(c, row->parent, CATATAN_DIKETIK);
	}
	return tbl_cell(c, row, s, true);
}

const struct nilai *realisasi_model(const struct indikator *ind, int tahun)
{
	const struct tahunan *th = model_tahun(ind, tahun);
	return th ? &th->realisasi : NULL;
}

/* A target cell's figure: the key of whichever target of kinerja.csv the
 * cell shows (the one that counts is KODE.target.TAHUN, the others
 * KODE.target_renstra / target_pk / target_pk_perubahan.TAHUN). */
struct doc_node *cell_target(struct build_ctx *c, struct doc_node *cell,
	const struct indikator *ind, int y, const struct nilai *n)
{
	const struct tahunan *th = model_tahun(ind, y);
	if (th == NULL || n == NULL)
		return cell;
	const char *q = n == model_target_efektif(th) ? "target" :
		n == &th->target ? "target_renstra" : n == &th->target_pk ?
		"target_pk" : n == &th->target_pk_perubahan ?
		"target_pk_perubahan" : NULL;
	return q ? cell_fig(c, cell, "%s.%s.%d", ind->kode, q, y) : cell;
}

/* ---- Cells and rows ---- */

struct doc_node *cell_span(struct build_ctx *c, struct doc_node *row,
	const char *text, bool numeric, int rowspan)
{
	struct doc_node *n = tbl_cell(c, row, text, numeric);
	n->as.cell.rowspan = rowspan > 1 ? rowspan : 1;
	return n;
}

const char *capaian_tanda(struct build_ctx *c, struct doc_node *row,
	double capaian)
{
	const struct report_meta *m = &c->report->meta;
	if (m->capaian_tampilan) /* the convention, said where it applies */
		tbl_catatan(c, row->parent, arena_printf(ARENA(c), "Capaian "
			"dihitung dari target dan realisasi sebagaimana "
			"ditampilkan (dibulatkan %d desimal)",
			m->fmt_nilai.decimals));
	if (m->ambang_wajar > 0 && capaian > m->ambang_wajar) {
		/* Implausible (a unit mismatch, most often): marked, and
		 * the note says what the averages did with it. */
		tbl_catatan(c, row->parent, catatan_tak_wajar(c));
		return " **)";
	}
	return "";
}

struct doc_node *cell_capaian(struct build_ctx *c, struct doc_node *row,
	const struct metrik_tahun *mt)
{
	if (mt == NULL || mt->status != CAPAIAN_OK)
		return tbl_cell(c, row, "-", true);
	const char *t = capaian_tanda(c, row, mt->capaian);
	return tbl_cell(c, row, *t ? arena_printf(ARENA(c), "%s%s",
		fmt_capaian(c, mt->capaian), t) : fmt_capaian(c, mt->capaian),
		true);
}

/* A report without a scale (predikat: tidak ada) has no predicate
 * column at all: its cells and its header are left out. */
bool ada_skala(const struct build_ctx *c)
{
	return c->report->meta.skala.nband > 0;
}

struct doc_node *cell_predikat(struct build_ctx *c,
	struct doc_node *row,
	const struct predikat_band *b)
{
	if (!ada_skala(c))
		return NULL;
	struct doc_node *n = tbl_cell(c, row, fmt_predikat(b), false);
	n->as.cell.align = ALIGN_CENTER;
	if (b != NULL)
		n->as.cell.css_class = b->kelas;
	return n;
}

void row_nihil(struct build_ctx *c, struct doc_node *t, int ncols)
{
	struct doc_node *r = tbl_row(c, t, false);
	struct doc_node *n = tbl_cell(c, r, "NIHIL", false);
	n->as.cell.colspan = ncols;
	n->as.cell.align = ALIGN_CENTER;
}

struct doc_node *row_total(struct build_ctx *c, struct doc_node *t,
	const char *label, int span)
{
	struct doc_node *r = tbl_row(c, t, false);
	r->as.row.css_class = "total";
	struct doc_node *n = tbl_cell(c, r, label, false);
	n->as.cell.colspan = span > 1 ? span : 1;
	n->as.cell.align = ALIGN_CENTER;
	return r;
}

const char *nomor(struct build_ctx *c, size_t i)
{
	return arena_printf(ARENA(c), "%zu", i + 1);
}

void tbl_lebar(struct doc_node *t, int ncols)
{
	if (ncols > 8)
		t->as.fl->landscape = true;
}

/* ---- kriteria ---- */

static const char *batas(struct build_ctx *c, bool inklusif, bool bawah,
	double v)
{
	const char *op = bawah ? (inklusif ? "\u2265 " : "> ")
		: (inklusif ? "\u2264 " : "< ");
	return arena_printf(ARENA(c), "%s%s", op, fmt_nilai_satuan(c, v, "%"));
}

static struct doc_node *tabel_kriteria(struct build_ctx *c,
	const struct directive *d)
{
	const struct predikat_skala *sk = &c->report->meta.skala;
	if (!ada_skala(c)) {
		directive_error(c, d, "{{tabel kriteria}}: laporan.yaml says "
			"predikat: tidak ada, so there is no scale to show");
		return NULL;
	}
	struct doc_node *t = tbl_new(c, "Kriteria Capaian Kinerja", NULL);
	struct doc_node *r = tbl_row(c, t, true);
	tbl_hcell(c, r, "No", 1, 1);
	tbl_hcell(c, r, "Nilai Capaian Kinerja", 1, 1);
	tbl_hcell(c, r, "Kategori", 1, 1);
	for (size_t i = 0; i < sk->nband; i++) {
		const struct predikat_band *b = &sk->band[i];
		const char *rentang;
		if (b->teks != NULL) /* the report's own words for the band */
			rentang = b->teks;
		else if (b->has_min && b->has_max)
			rentang = arena_printf(ARENA(c), "%s s.d. %s",
				batas(c, b->min_inklusif, true, b->min),
				batas(c, b->maks_inklusif, false, b->maks));
		else if (b->has_min)
			rentang = batas(c, b->min_inklusif, true, b->min);
		else if (b->has_max)
			rentang = batas(c, b->maks_inklusif, false, b->maks);
		else
			rentang = "-";
		r = tbl_row(c, t, false);
		tbl_center(tbl_cell(c, r, nomor(c, i), false));
		tbl_center(tbl_cell(c, r, rentang, false));
		cell_predikat(c, r, b);
	}
	return t;
}

/* ---- Registry ---- */

static const char *const OPT_NONE[] = {NULL};
static const char *const OPT_TAHUN[] = {"tahun", NULL};
static const char *const OPT_KELOMPOK[] = {"kelompok", NULL};
static const char *const OPT_NAMA[] = {"nama", NULL};
static const char *const OPT_SILANG[] = {"baris", "kolom", NULL};
static const char *const OPT_SERI[] = {"tahun", "selisih", "pertumbuhan",
	"baris", NULL};

const struct block_def TABLE_DEFS[] = {
	{"kriteria", OPT_NONE, tabel_kriteria},
	{"renstra", KOLOM_OPTIONS, tabel_kolom},
	{"renstra-program", KOLOM_OPTIONS, tabel_kolom},
	{"iku", KOLOM_OPTIONS, tabel_kolom},
	{"pk", KOLOM_OPTIONS, tabel_kolom},
	{"pk-perubahan", KOLOM_OPTIONS, tabel_kolom},
	{"program", KOLOM_OPTIONS, tabel_kolom},
	{"capaian", KOLOM_OPTIONS, tabel_kolom},
	{"perbandingan", KOLOM_OPTIONS, tabel_kolom},
	{"kemajuan", KOLOM_OPTIONS, tabel_kolom},
	{"standar", KOLOM_OPTIONS, tabel_kolom},
	{"anggaran", KOLOM_OPTIONS, tabel_kolom},
	{"efisiensi-sasaran", KOLOM_OPTIONS, tabel_kolom},
	{"efisiensi-program", KOLOM_OPTIONS, tabel_kolom},
	{"rkt", KOLOM_OPTIONS, tabel_kolom},
	{"ringkasan", KOLOM_OPTIONS, tabel_kolom},
	{"rencana-aksi", OPT_NONE, tabel_rencana_aksi},
	{"sakip", OPT_TAHUN, tabel_sakip},
	{"pegawai", OPT_KELOMPOK, tabel_pegawai},
	{"aset", OPT_NONE, tabel_aset},
	{"csv", OPT_NAMA, tabel_csv},
	{"indikator-tujuan", KOLOM_OPTIONS, tabel_kolom},
	{"aset-kondisi", OPT_NONE, tabel_aset_kondisi},
	{"belanja", OPT_NONE, tabel_belanja},
	{"pegawai-silang", OPT_SILANG, tabel_pegawai_silang},
	{"efisiensi-indikator", KOLOM_OPTIONS, tabel_kolom},
	{"indikator", KOLOM_OPTIONS, tabel_kolom},
	{"seri", OPT_SERI, tabel_seri},
	{"sasaran", KOLOM_OPTIONS, tabel_kolom},
};
const size_t NTABLE_DEFS = sizeof TABLE_DEFS / sizeof TABLE_DEFS[0];
