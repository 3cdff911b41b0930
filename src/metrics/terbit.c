/* Published figures (terbit.csv) against the computed ones: the list an
 * evaluator wants, each with the correct value. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "metrics/internal.h"
#include "metrics/metrics.h"

/* A published figure in a message: the digits it was written with. */
static const char *tertulis(char *buf, size_t len, const struct nilai *n)
{
	struct num_style st = {nilai_desimal(n), ROUND_TRUNCATE, false};
	return num_ascii_minus(num_format_dec(buf, len, nilai_dec(n), st));
}

/* The computed figure a published one claims to be, from the figure
 * table; NULL when there is none (e.g. an indicator without
 * realisation). A kode that is no indicator, sasaran or budget line
 * names the whole report's figure, as it always did. */
static const struct figure *dihitung(const struct metrics *m,
	const struct terbit *t, const char **what)
{
	const char *k = t->kode;
	bool ind = k && metrics_indikator(m, k) != NULL;
	bool sas = k && metrics_sasaran(m, k) != NULL;
	bool ang = k && metrics_anggaran(m, k) != NULL;
	*what = k ? k : "the report";
	char key[512];
	const char *q = NULL;  /* the quantity's name in the key */
	switch (t->besaran) {
	case BESARAN_CAPAIAN:
		if (ind) {
			snprintf(key, sizeof key, "%s.capaian.%d", k, t->tahun);
			return metrics_figure(m, key);
		}
		q = "capaian";
		break;
	case BESARAN_KEMAJUAN:
		if (!ind)
			return NULL;
		snprintf(key, sizeof key, "%s.kemajuan", k);
		return metrics_figure(m, key);
	case BESARAN_SERAPAN:
		q = "serapan";
		break;
	case BESARAN_EFISIENSI:
		q = "efisiensi";
		break;
	case BESARAN_PAGU:
		q = "pagu";
		break;
	case BESARAN_PAGU_AWAL:
		sas = false; /* a sasaran has no original ceiling */
		q = "pagu_awal";
		break;
	case BESARAN_REALISASI_ANGGARAN:
		q = ang ? "realisasi" : "realisasi_anggaran";
		break;
	case BESARAN_MAX:
		return NULL;
	}
	if (ang && t->besaran != BESARAN_CAPAIAN)
		snprintf(key, sizeof key, "anggaran.%s.%s", k, q);
	else if (sas)
		snprintf(key, sizeof key, "%s.%s", k, q);
	else
		snprintf(key, sizeof key, "laporan.%s", q);
	return metrics_figure(m, key);
}

void cek_terbit(const struct metrics *m, struct diag_list *dl)
{
	const struct report *r = m->report;
	char a[64], b[64];
	for (size_t i = 0; i < r->nterbit; i++) {
		const struct terbit *t = &r->terbit[i];
		const char *what;
		const char *name = BESARAN_NAMA[t->besaran];
		const struct figure *f = dihitung(m, t, &what);
		if (f == NULL || !f->ada) {
			diag_add(dl, DIAG_WARNING, t->nilai.pos, "published %s of %s "
				"(%s) cannot be checked: lkjip cannot compute it from "
				"the data", name, what,
				tertulis(a, sizeof a, &t->nilai));
			continue;
		}
		/* Money is sums of typed cells: exact. */
		bool ok = f->kind == FIGURE_RUPIAH ?
			dec_cmp(figure_dec(f), nilai_dec(&t->nilai)) == 0 :
			metrics_sesuai_pembulatan(t->nilai.v,
				nilai_desimal(&t->nilai), f->v);
		if (ok)
			continue;
		diag_add(dl, DIAG_WARNING, t->nilai.pos, "published %s of %s %s%s%s "
			"differs from the computed %s", name, what,
			tertulis(a, sizeof a, &t->nilai), t->sumber ? " in " : "",
			t->sumber ? t->sumber : "",
			num_ascii_minus(figure_teks(b, sizeof b, &r->meta, f)));
	}
}
