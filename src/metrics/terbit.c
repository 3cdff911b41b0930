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

/* A computed figure: as the document prints that kind. */
static enum angka_jenis jenis(enum besaran b)
{
	switch (b) {
	case BESARAN_CAPAIAN:
	case BESARAN_KEMAJUAN:
		return JENIS_CAPAIAN;
	case BESARAN_SERAPAN:
		return JENIS_ANGGARAN;
	case BESARAN_EFISIENSI:
		return JENIS_EFISIENSI;
	case BESARAN_PAGU:
	case BESARAN_PAGU_AWAL:
	case BESARAN_REALISASI_ANGGARAN:
	case BESARAN_MAX:
		break;
	}
	return JENIS_JUMLAH;
}

/* The computed figure a published one claims to be; false when there is
 * none (e.g. an indicator without realisation). */
static bool dihitung(const struct metrics *m, const struct terbit *t,
	double *out, const char **what)
{
	const struct metrik_indikator *mi = t->kode ?
		metrics_indikator(m, t->kode) : NULL;
	const struct metrik_sasaran *ms = t->kode ?
		metrics_sasaran(m, t->kode) : NULL;
	const struct metrik_anggaran *ma = t->kode ?
		metrics_anggaran(m, t->kode) : NULL;
	*what = t->kode ? t->kode : "the report";
	switch (t->besaran) {
	case BESARAN_CAPAIAN:
		if (mi) {
			const struct metrik_tahun *y = metrics_tahun(mi, t->tahun);
			if (y == NULL || y->status != CAPAIAN_OK)
				return false;
			*out = y->capaian;
			return true;
		}
		if (ms) {
			*out = ms->capaian;
			return ms->ada_capaian;
		}
		*out = m->capaian;
		return m->ada_capaian;
	case BESARAN_KEMAJUAN:
		*out = mi ? mi->kemajuan : NAN;
		return mi && mi->ada_kemajuan;
	case BESARAN_SERAPAN:
		*out = ma ? ma->serapan : ms ? ms->serapan : m->serapan;
		return ma ? ma->ada_serapan : ms ? ms->ada_serapan : m->ada_serapan;
	case BESARAN_EFISIENSI:
		*out = ma ? ma->efisiensi : ms ? ms->efisiensi : m->efisiensi;
		return ma ? ma->ada_efisiensi : ms ? ms->ada_efisiensi :
			m->ada_efisiensi;
	case BESARAN_PAGU:
		*out = ma ? ma->pagu : ms ? ms->pagu : m->pagu;
		return true;
	case BESARAN_PAGU_AWAL:
		*out = ma ? ma->pagu_awal : m->pagu_awal;
		return true;
	case BESARAN_REALISASI_ANGGARAN:
		*out = ma ? ma->realisasi : ms ? ms->realisasi : m->realisasi;
		return true;
	case BESARAN_MAX:
		break;
	}
	return false;
}

void cek_terbit(const struct metrics *m, struct diag_list *dl)
{
	const struct report *r = m->report;
	char a[64], b[64];
	for (size_t i = 0; i < r->nterbit; i++) {
		const struct terbit *t = &r->terbit[i];
		double v;
		const char *what;
		const char *name = BESARAN_NAMA[t->besaran];
		if (!dihitung(m, t, &v, &what) || isnan(v)) {
			diag_add(dl, DIAG_WARNING, t->nilai.pos, "published %s of %s "
				"(%s) cannot be checked: lkjip cannot compute it from "
				"the data", name, what,
				tertulis(a, sizeof a, &t->nilai));
			continue;
		}
		bool money = t->besaran == BESARAN_PAGU ||
			t->besaran == BESARAN_PAGU_AWAL ||
			t->besaran == BESARAN_REALISASI_ANGGARAN;
		bool ok = money ? v == t->nilai.v : /* exact sums */
			metrics_sesuai_pembulatan(t->nilai.v,
				nilai_desimal(&t->nilai), v);
		if (ok)
			continue;
		diag_add(dl, DIAG_WARNING, t->nilai.pos, "published %s of %s %s%s%s "
			"differs from the computed %s", name, what,
			tertulis(a, sizeof a, &t->nilai), t->sumber ? " in " : "",
			t->sumber ? t->sumber : "",
			angka_teks(b, sizeof b, &r->meta, jenis(t->besaran), v));
	}
}
