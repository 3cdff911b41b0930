/* Rules of the reports' own predicate scales: a scale with gaps (celah)
 * leaves some capaian without a predicate, which the report must not
 * print as if one applied. */
#include <math.h>
#include <stdio.h>

#include "metrics/internal.h"
#include "metrics/metrics.h"

static void satu(const struct report *r, double c, const char *what,
	struct src_pos pos, struct diag_list *dl)
{
	char a[64];
	if (predikat_cari(&r->meta.skala, c) != NULL)
		return;
	diag_add(dl, DIAG_WARNING, pos, "capaian %s %% of %s falls in a gap "
		"of the report's predicate scale: no band holds it, so no "
		"predicate is printed", angka_teks(a, sizeof a, &r->meta,
		JENIS_CAPAIAN, c), what);
}

void cek_celah(const struct metrics *m, struct diag_list *dl)
{
	const struct report *r = m->report;
	if (!r->meta.skala.celah)
		return;
	for (size_t i = 0; i < m->nindikator; i++) {
		const struct metrik_indikator *mi = &m->indikator[i];
		const struct metrik_tahun *y = mi->ini;
		if (y == NULL || y->status != CAPAIAN_OK)
			continue;
		const struct tahunan *t = model_tahun(mi->ind, y->tahun);
		satu(r, y->capaian, mi->ind->kode, t == NULL ? mi->ind->pos :
			t->realisasi.ada ? t->realisasi.pos : t->pos, dl);
	}
	for (size_t i = 0; i < m->nsasaran; i++)
		if (m->sasaran[i].ada_capaian)
			satu(r, m->sasaran[i].capaian, m->sasaran[i].sasaran->kode,
				m->sasaran[i].sasaran->pos, dl);
	if (m->ada_capaian)
		satu(r, m->capaian, "the report", r->meta.skala.pos, dl);
}
