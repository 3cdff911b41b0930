/* Computed tables of the budget that are not rows of budget lines (those
 * are presets of the column vocabulary, kolom.c): spending by kind; and a
 * budget row's class. Figures from ctx->metrics. */
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
