/* Computed tables of the budget that are not rows of budget lines (those
 * are presets of the column vocabulary, kolom.c): spending by kind and
 * efficiency per indicator; and a budget row's class. Figures from
 * ctx->metrics. */
#include "doc/tables.h"

const char *line_class(const struct anggaran *a)
{
	switch (a->tingkat) {
	case ANGGARAN_PROGRAM:
		return "program";
	case ANGGARAN_KEGIATAN:
		return "kegiatan";
	case ANGGARAN_SUBKEGIATAN:
		break;
	}
	return "subkegiatan";
}

/* ---- belanja ---- */

/* Spending by kind (belanja.csv): each kind a subtotal row followed by
 * its lines, then the total. */
struct doc_node *tabel_belanja(struct build_ctx *c, const struct directive *d)
{
	const struct report *rep = c->report;
	const struct metrics *m = c->metrics;
	if (rep->nbelanja == 0) {
		directive_error(c, d, "tabel belanja needs belanja.csv");
		return NULL;
	}
	struct doc_node *t = tbl_new(c, arena_printf(ARENA(c),
		"Realisasi Anggaran menurut Jenis Belanja Tahun %d",
		rep->meta.tahun), "Data diolah");
	struct doc_node *r = tbl_row(c, t, true);
	tbl_hcell(c, r, "No", 1, 1);
	tbl_hcell(c, r, "Jenis Belanja", 1, 1);
	tbl_hcell(c, r, "Anggaran (Rp)", 1, 1);
	tbl_hcell(c, r, "Realisasi (Rp)", 1, 1);
	tbl_hcell(c, r, "Serapan (%)", 1, 1);
	size_t no = 0;
	for (int j = 0; j < BELANJA_MAX; j++) {
		const struct metrik_belanja *mb = &m->belanja[j];
		if (!mb->ada)
			continue;
		const char *nj = nomor(c, no++);
		r = tbl_row(c, t, false);
		r->as.row.css_class = "program"; /* bold, as a program row */
		tbl_center(tbl_cell(c, r, nj, false));
		tbl_cell(c, r, BELANJA_JUDUL[j], false);
		tbl_cell(c, r, fmt_angka(c, mb->anggaran), true);
		tbl_cell(c, r, fmt_angka(c, mb->realisasi), true);
		tbl_cell(c, r, mb->ada_serapan ? fmt_persen(c, mb->serapan) :
			"-", true);
		size_t k = 0;
		for (size_t i = 0; i < rep->nbelanja; i++) {
			const struct belanja *b = &rep->belanja[i];
			if ((int)b->jenis != j)
				continue;
			r = tbl_row(c, t, false);
			r->pos = b->pos;
			tbl_center(tbl_cell(c, r, arena_printf(ARENA(c), "%s.%zu", nj, ++k),
				false));
			tbl_cell(c, r, b->uraian, false);
			tbl_cell(c, r, b->anggaran.ada ? fmt_angka(c,
				b->anggaran.v) : "-", true);
			tbl_cell(c, r, b->realisasi.ada ? fmt_angka(c,
				b->realisasi.v) : "-", true);
			tbl_cell(c, r, b->anggaran.ada && b->realisasi.ada &&
				b->anggaran.v != 0 ? fmt_persen(c, serapan_hitung(
				b->realisasi.v, b->anggaran.v)) : "-", true);
		}
	}
	r = row_total(c, t, "Jumlah", 2);
	tbl_cell(c, r, fmt_angka(c, m->belanja_anggaran), true);
	tbl_cell(c, r, fmt_angka(c, m->belanja_realisasi), true);
	tbl_cell(c, r, m->belanja_anggaran != 0 ? fmt_persen(c,
		serapan_hitung(m->belanja_realisasi, m->belanja_anggaran)) :
		"-", true);
	return t;
}

/* ---- efisiensi-indikator ---- */

/* Efficiency per indicator, from the budget lines supporting it
 * (anggaran.csv mendukung). */
struct doc_node *tabel_efisiensi_indikator(struct build_ctx *c,
	const struct directive *d)
{
	const struct metrics *m = c->metrics;
	int y = c->report->meta.tahun;
	struct doc_node *t = tbl_new(c, arena_printf(ARENA(c),
		"Efisiensi Kinerja per Indikator Tahun %d", y), "Data diolah");
	struct doc_node *h = tbl_row(c, t, true);
	tbl_hcell(c, h, "No", 1, 2);
	tbl_hcell(c, h, "Indikator Kinerja", 1, 2);
	tbl_hcell(c, h, "Program/Kegiatan Pendukung", 1, 2);
	tbl_hcell(c, h, "Kinerja", 3, 1);
	tbl_hcell(c, h, "Anggaran", 3, 1);
	tbl_hcell(c, h, "Tingkat Efisiensi", 1, 2);
	h = tbl_row(c, t, true);
	tbl_hcell(c, h, "Target", 1, 1);
	tbl_hcell(c, h, "Realisasi", 1, 1);
	tbl_hcell(c, h, "Capaian (%)", 1, 1);
	tbl_hcell(c, h, "Pagu (Rp)", 1, 1);
	tbl_hcell(c, h, "Realisasi (Rp)", 1, 1);
	tbl_hcell(c, h, "Serapan (%)", 1, 1);
	tbl_lebar(t, 10);
	size_t no = 0;
	for (size_t i = 0; i < m->nindikator; i++) {
		const struct metrik_indikator *mi = &m->indikator[i];
		if (!mi->ada_anggaran)
			continue;
		const struct indikator *ind = mi->ind;
		struct doc_node *r = tbl_row(c, t, false);
		r->pos = ind->pos;
		tbl_center(tbl_cell(c, r, nomor(c, no++), false));
		tbl_cell(c, r, ind->uraian, false);
		/* The supporting lines, by code. */
		const char *lines = "";
		for (size_t k = 0; k < c->report->nanggaran; k++) {
			const struct anggaran *a = c->report->anggaran[k];
			for (size_t j = 0; j < a->nmendukung; j++)
				if (a->mendukung[j] == ind)
					lines = arena_printf(ARENA(c), "%s%s%s",
						lines, *lines ? ", " : "", a->kode);
		}
		tbl_cell(c, r, lines, false);
		tbl_cell(c, r, fmt_tr(c, target_model(ind, y), mi->ini &&
			mi->ini->ada_target, mi->ini ? mi->ini->target : 0,
			ind->satuan), true);
		cell_realisasi(c, r, ind, y, mi->ini);
		cell_capaian(c, r, mi->ini);
		tbl_cell(c, r, fmt_angka(c, mi->pagu), true);
		tbl_cell(c, r, fmt_angka(c, mi->realisasi_anggaran), true);
		tbl_cell(c, r, mi->ada_serapan ? fmt_persen(c, mi->serapan) :
			"-", true);
		tbl_cell(c, r, mi->ada_efisiensi ? fmt_efisiensi(c,
			mi->efisiensi) : "-", true);
	}
	if (no == 0) {
		directive_error(c, d, "tabel efisiensi-indikator: no budget line "
			"names an indicator in the column mendukung of "
			"anggaran.csv");
		return NULL;
	}
	return t;
}
