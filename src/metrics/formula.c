/* The pure formulas of SPEC section 3: one figure from a few numbers, no
 * model walking, no diagnostics. metrics.c applies them to a report. */
#include "metrics/metrics.h"

#include <math.h>
#include <string.h>
#include <strings.h>

static const struct grade_skor *grade_cari(const struct report_meta *m,
	const char *grade)
{
	if (m == NULL || grade == NULL)
		return NULL;
	for (size_t i = 0; i < m->ngrade; i++)
		if (m->grade[i].grade != NULL &&
			strcasecmp(m->grade[i].grade, grade) == 0)
			return &m->grade[i];
	return NULL;
}

/* The score of a qualitative cell. Only the report's explicit mapping
 * counts: a grade it does not list is an error, never a guess. A plain
 * number (no grade label) is taken as the score itself. */
static bool skor_kualitatif(const struct report_meta *m,
	const struct nilai *n, double *out)
{
	if (n->grade != NULL && n->grade[0] != '\0') {
		const struct grade_skor *g = grade_cari(m, n->grade);
		if (g == NULL)
			return false;
		*out = g->skor;
		return true;
	}
	*out = n->v;
	return true;
}

enum capaian_status capaian_hitung(enum polaritas pol,
	const struct nilai *target, const struct nilai *realisasi,
	const struct report_meta *meta, double *out)
{
	if (target == NULL || realisasi == NULL || !target->ada ||
		!realisasi->ada)
		return CAPAIAN_TANPA_DATA;
	double t = target->v, r = realisasi->v;
	switch (pol) {
	case POLARITAS_POSITIF:
		if (t == 0)
			return CAPAIAN_TARGET_NOL;
		*out = r / t * 100;
		return CAPAIAN_OK;
	case POLARITAS_NEGATIF:
		/* PermenPAN-RB: (T - (R - T)) / T x 100. */
		if (t == 0)
			return CAPAIAN_TARGET_NOL;
		*out = (2 * t - r) / t * 100;
		return CAPAIAN_OK;
	case POLARITAS_NEGATIF_RASIO:
		if (t == 0)
			return CAPAIAN_TARGET_NOL;
		if (r == 0)
			return CAPAIAN_REALISASI_NOL;
		*out = t / r * 100;
		return CAPAIAN_OK;
	case POLARITAS_RENTANG: {
		double lo = t, hi = target->is_rentang ? target->v_atas : t;
		if (lo > hi) {
			double x = lo;
			lo = hi;
			hi = x;
		}
		if (r >= lo && r <= hi) {
			*out = 100;
			return CAPAIAN_OK;
		}
		/* Above the band the upper bound is a ceiling (lower is
		 * better); below it the lower bound is a floor. */
		if (r > hi) {
			if (hi == 0)
				return CAPAIAN_TARGET_NOL;
			*out = (2 * hi - r) / hi * 100;
		} else {
			if (lo == 0)
				return CAPAIAN_TARGET_NOL;
			*out = r / lo * 100;
		}
		return CAPAIAN_OK;
	}
	case POLARITAS_KUALITATIF: {
		double st, sr;
		if (!skor_kualitatif(meta, target, &st) ||
			!skor_kualitatif(meta, realisasi, &sr))
			return CAPAIAN_GRADE_TAK_DIKENAL;
		if (st == 0)
			return CAPAIAN_TARGET_NOL;
		*out = sr / st * 100;
		return CAPAIAN_OK;
	}
	}
	return CAPAIAN_TANPA_DATA;
}

const struct predikat_band *predikat_cari(const struct predikat_skala *s,
	double c)
{
	if (s == NULL || isnan(c))
		return NULL;
	for (size_t i = 0; i < s->nband; i++) {
		const struct predikat_band *b = &s->band[i];
		if (b->has_min && (b->min_inklusif ? c < b->min : c <= b->min))
			continue;
		if (b->has_max && (b->maks_inklusif ? c > b->maks : c >= b->maks))
			continue;
		return b;
	}
	return NULL;
}

double serapan_hitung(double realisasi, double pagu)
{
	if (pagu == 0)
		return NAN;
	return realisasi / pagu * 100;
}

double efisiensi_selisih(double capaian, double serapan)
{
	return capaian - serapan;
}

double efisiensi_rasio(double capaian, double serapan)
{
	if (serapan == 0)
		return NAN;
	return capaian / serapan;
}

double efisiensi_pmk214(const struct pmk214_keluaran *k, size_t n)
{
	double atas = 0, bawah = 0;
	for (size_t i = 0; i < n; i++) {
		double nilai = k[i].pagu * k[i].capaian;
		atas += nilai - k[i].realisasi;
		bawah += nilai;
	}
	if (bawah == 0)
		return NAN;
	return atas / bawah * 100;
}

double capaian_rata_rata(const double *c, size_t n,
	const struct report_meta *m)
{
	if (n == 0)
		return NAN;
	double sum = 0;
	for (size_t i = 0; i < n; i++) {
		double v = c[i];
		if (m != NULL && m->has_batas_capaian && v > m->batas_capaian)
			v = m->batas_capaian;
		if (m != NULL && m->rata_rata == RATA_TAMPILAN)
			v = num_round(v, m->fmt_capaian.decimals,
				m->fmt_capaian.rounding);
		sum += v;
	}
	return sum / (double)n;
}

bool metrics_sesuai_pembulatan(double tertulis, int desimal, double dihitung)
{
	if (isnan(tertulis) || isnan(dihitung))
		return false;
	/* Half a unit of the last decimal shown would be too lax (it accepts
	 * both neighbours); compare against the two roundings actually used. */
	double eps = 1e-9 * fmax(1.0, fabs(tertulis));
	double h = num_round(dihitung, desimal, ROUND_HALF_UP);
	double t = num_round(dihitung, desimal, ROUND_TRUNCATE);
	return fabs(h - tertulis) <= eps || fabs(t - tertulis) <= eps;
}

int nilai_desimal(const struct nilai *n)
{
	if (n->teks != NULL) {
		/* Digits after the last separator are decimals, except that a
		 * group of exactly three after a whole value is thousands
		 * grouping ("1.080"); written zeros count ("100,00" -> 2). */
		const char *sep = NULL;
		for (const char *p = n->teks; *p; p++)
			if (*p == ',' || *p == '.')
				sep = p;
		if (sep == NULL)
			return 0;
		int d = 0;
		for (const char *p = sep + 1; *p >= '0' && *p <= '9'; p++)
			d++;
		if (d == 3 && n->v == floor(n->v))
			return 0;
		return d;
	}
	for (int d = 0; d < 9; d++)
		if (fabs(num_round(n->v, d, ROUND_HALF_UP) - n->v) <=
			1e-9 * fmax(1.0, fabs(n->v)))
			return d;
	return 9;
}

const char *sakip_grade(double skor)
{
	if (skor > 90)
		return "AA";
	if (skor > 80)
		return "A";
	if (skor > 70)
		return "BB";
	if (skor > 60)
		return "B";
	if (skor > 50)
		return "CC";
	if (skor > 30)
		return "C";
	return "D";
}

const char *arah_teks(enum arah a)
{
	switch (a) {
	case ARAH_NAIK:
		return "naik";
	case ARAH_TURUN:
		return "turun";
	default:
		return "tetap";
	}
}

double sakip_persen_komponen(const struct sakip_komponen *k)
{
	if (!k->bobot.ada || !k->nilai.ada || k->bobot.v == 0)
		return NAN;
	return k->nilai.v / k->bobot.v * 100;
}
