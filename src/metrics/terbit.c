/* Published figures (terbit.csv) against the computed ones: the list an
 * evaluator wants, each with the correct value. */
#include <ctype.h>
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
		/* An indicator's, or a budget line's against its Renstra end
		 * target (pagu_renstra.csv). */
		if (!ind && !ang)
			return NULL;
		snprintf(key, sizeof key, ind ? "%s.kemajuan" :
			"anggaran.%s.kemajuan", k);
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
	case BESARAN_PREDIKAT: /* words, not a figure: cek_predikat */
	case BESARAN_BELANJA:  /* belanja.csv: cek_belanja_terbit */
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

/* Words compared as a reader does: case and runs of blanks ignored. */
static bool kata_sama(const char *a, const char *b)
{
	for (;;) {
		while (*a == ' ')
			a++;
		while (*b == ' ')
			b++;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return false;
		a++;
		b++;
	}
}

/* A published predicate: the band of the computed capaian must carry the
 * words published. */
static void cek_predikat(const struct metrics *m, const struct terbit *t,
	struct diag_list *dl)
{
	struct terbit c = *t;
	c.besaran = BESARAN_CAPAIAN;
	const char *what;
	char a[64];
	const struct figure *f = dihitung(m, &c, &what);
	if (f == NULL || !f->ada || isnan(f->v)) {
		diag_add(dl, DIAG_WARNING, t->nilai.pos, "published predikat of "
			"%s \"%s\" cannot be checked: lkjip cannot compute its "
			"capaian from the data", what, t->teks);
		return;
	}
	const struct predikat_band *b = predikat_cari(&m->report->meta.skala,
		f->v);
	num_ascii_minus(figure_teks(a, sizeof a, &m->report->meta, f));
	if (b == NULL)
		diag_add(dl, DIAG_WARNING, t->nilai.pos, "published predikat of "
			"%s \"%s\": its capaian %s falls in a gap of the report's "
			"predicate scale, no band holds it", what, t->teks, a);
	else if (!kata_sama(b->nama, t->teks))
		diag_add(dl, DIAG_WARNING, t->nilai.pos, "published predikat of "
			"%s \"%s\"%s%s differs from the computed \"%s\" (capaian "
			"%s)", what, t->teks, t->sumber ? " in " : "",
			t->sumber ? t->sumber : "", b->nama, a);
}

/* A published budget of a kind of spending (belanja.csv): exact. */
static void cek_belanja_terbit(const struct metrics *m,
	const struct terbit *t, struct diag_list *dl)
{
	const struct report *r = m->report;
	char a[64], b[64];
	for (int j = 0; j < BELANJA_MAX; j++) {
		if (t->kode == NULL || strcmp(t->kode, BELANJA_NAMA[j]))
			continue;
		const struct metrik_belanja *mb = &m->belanja[j];
		if (!mb->ada)
			diag_add(dl, DIAG_WARNING, t->nilai.pos, "published "
				"belanja of %s (%s) cannot be checked: belanja.csv "
				"has no line of it", t->kode,
				tertulis(a, sizeof a, &t->nilai));
		else if (mb->anggaran != t->nilai.v) /* exact sums */
			diag_add(dl, DIAG_WARNING, t->nilai.pos, "published "
				"belanja of %s %s%s%s differs from the computed %s",
				t->kode, tertulis(a, sizeof a, &t->nilai),
				t->sumber ? " in " : "", t->sumber ? t->sumber : "",
				num_ascii_minus(angka_teks(b, sizeof b, &r->meta,
				JENIS_JUMLAH, mb->anggaran)));
		return;
	}
}

void cek_terbit(const struct metrics *m, struct diag_list *dl)
{
	const struct report *r = m->report;
	char a[64], b[64];
	for (size_t i = 0; i < r->nterbit; i++) {
		const struct terbit *t = &r->terbit[i];
		const char *what;
		const char *name = BESARAN_NAMA[t->besaran];
		if (t->besaran == BESARAN_PREDIKAT) {
			cek_predikat(m, t, dl);
			continue;
		}
		if (t->besaran == BESARAN_BELANJA) {
			cek_belanja_terbit(m, t, dl);
			continue;
		}
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
