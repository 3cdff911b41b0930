/* The pure formulas of SPEC section 3: one figure from a few numbers, no
 * model walking, no diagnostics. metrics.c applies them to a report. */
#include "metrics/metrics.h"

#include <math.h>
#include <string.h>
#include <strings.h>

#include "util/dec.h"

/* ---- Exact arithmetic ---- */

static struct dec D(double v)
{
	return dec_from_double(v);
}

static double F(struct dec d)
{
	return dec_to_double(d);
}

static const struct dec SERATUS = {100, 0};

double angka_tambah(double a, double b)
{
	return F(dec_add(D(a), D(b)));
}

double angka_kurang(double a, double b)
{
	return F(dec_sub(D(a), D(b)));
}

double angka_kali(double a, double b)
{
	return F(dec_mul(D(a), D(b)));
}

double angka_bagi(double a, double b)
{
	return F(dec_div(D(a), D(b))); /* NAN when b is 0 */
}

/* Multiplied before dividing, so 76 / 70 x 100 is 7600 / 70: one rounding,
 * at the 30th decimal. */
static struct dec persen(struct dec a, struct dec b)
{
	return dec_div(dec_mul(a, SERATUS), b);
}

double angka_persen(double a, double b)
{
	return F(persen(D(a), D(b)));
}

double angka_per(double a, double b, double k)
{
	return F(dec_div(dec_mul(D(a), D(k)), D(b)));
}

double angka_tampilan(double v, struct num_style st)
{
	if (isnan(v))
		return v;
	return F(dec_round(D(v), st.decimals, st.rounding));
}

struct dec nilai_dec(const struct nilai *n)
{
	if (n == NULL || !n->ada || isnan(n->v))
		return DEC_NONE;
	/* n->d is stale when a caller put another value into n->v (a derived
	 * realisation in a copy of the typed cell). */
	if (dec_ok(n->d) && dec_to_double(n->d) == n->v)
		return n->d;
	return D(n->v);
}

struct dec nilai_dec_atas(const struct nilai *n)
{
	if (n == NULL || !n->ada || !n->is_rentang || isnan(n->v_atas))
		return DEC_NONE;
	if (dec_ok(n->d_atas) && dec_to_double(n->d_atas) == n->v_atas)
		return n->d_atas;
	return D(n->v_atas);
}

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
	struct dec t = nilai_dec(target), r = nilai_dec(realisasi);
	if (pol != POLARITAS_KUALITATIF && (!dec_ok(t) || !dec_ok(r)))
		return CAPAIAN_TANPA_DATA;
	switch (pol) {
	case POLARITAS_POSITIF:
		if (dec_sign(t) == 0)
			return CAPAIAN_TARGET_NOL;
		*out = F(persen(r, t));
		return CAPAIAN_OK;
	case POLARITAS_NEGATIF:
		/* PermenPAN-RB: (T - (R - T)) / T x 100. */
		if (dec_sign(t) == 0)
			return CAPAIAN_TARGET_NOL;
		*out = F(persen(dec_sub(dec_add(t, t), r), t));
		return CAPAIAN_OK;
	case POLARITAS_NEGATIF_RASIO:
		if (dec_sign(t) == 0)
			return CAPAIAN_TARGET_NOL;
		if (dec_sign(r) == 0)
			return CAPAIAN_REALISASI_NOL;
		*out = F(persen(t, r));
		return CAPAIAN_OK;
	case POLARITAS_RENTANG: {
		struct dec lo = t, hi = target->is_rentang ?
			nilai_dec_atas(target) : t;
		if (dec_cmp(lo, hi) > 0) {
			struct dec x = lo;
			lo = hi;
			hi = x;
		}
		if (dec_cmp(r, lo) >= 0 && dec_cmp(r, hi) <= 0) {
			*out = 100;
			return CAPAIAN_OK;
		}
		/* Above the band the upper bound is a ceiling (lower is
		 * better); below it the lower bound is a floor. */
		if (dec_cmp(r, hi) > 0) {
			if (dec_sign(hi) == 0)
				return CAPAIAN_TARGET_NOL;
			*out = F(persen(dec_sub(dec_add(hi, hi), r), hi));
		} else {
			if (dec_sign(lo) == 0)
				return CAPAIAN_TARGET_NOL;
			*out = F(persen(r, lo));
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
		*out = angka_persen(sr, st);
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
	return angka_persen(realisasi, pagu);
}

double efisiensi_selisih(double capaian, double serapan)
{
	return angka_kurang(capaian, serapan);
}

double efisiensi_rasio(double capaian, double serapan)
{
	if (serapan == 0)
		return NAN;
	return angka_bagi(capaian, serapan);
}

double efisiensi_sisa(double serapan)
{
	if (isnan(serapan))
		return NAN;
	return angka_kurang(100, serapan);
}

double efisiensi_pmk214(const struct pmk214_keluaran *k, size_t n)
{
	struct dec atas = dec_int(0), bawah = dec_int(0);
	for (size_t i = 0; i < n; i++) {
		struct dec nilai = dec_mul(D(k[i].pagu), D(k[i].capaian));
		atas = dec_add(atas, dec_sub(nilai, D(k[i].realisasi)));
		bawah = dec_add(bawah, nilai);
	}
	if (dec_sign(bawah) == 0)
		return NAN;
	return F(persen(atas, bawah));
}

double capaian_rata_rata(const double *c, size_t n,
	const struct report_meta *m)
{
	if (n == 0)
		return NAN;
	struct dec sum = dec_int(0);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		struct dec v = D(c[i]);
		/* An implausible capaian (a unit mismatch, most often):
		 * as the report says (perhitungan.capaian_tak_wajar). */
		if (m != NULL && m->ambang_wajar > 0 && c[i] > m->ambang_wajar) {
			switch (m->tak_wajar) {
			case TAK_WAJAR_SERTAKAN:
				break;
			case TAK_WAJAR_KECUALIKAN:
				continue;
			case TAK_WAJAR_BATASI:
				v = D(m->ambang_wajar);
				break;
			}
		}
		if (m != NULL && m->has_batas_capaian &&
				dec_cmp(v, D(m->batas_capaian)) > 0)
			v = D(m->batas_capaian);
		if (m != NULL && m->rata_rata == RATA_TAMPILAN)
			v = dec_round(v, m->fmt_capaian.decimals,
				m->fmt_capaian.rounding);
		sum = dec_add(sum, v);
		k++;
	}
	if (k == 0)
		return NAN;
	return F(dec_div(sum, dec_int((long long)k)));
}

bool metrics_sesuai_pembulatan(double tertulis, int desimal, double dihitung)
{
	if (isnan(tertulis) || isnan(dihitung) || desimal < 0)
		return false;
	/* Half a unit of the last decimal shown would be too lax (it accepts
	 * both neighbours); compare against the two roundings actually used,
	 * digit for digit. */
	struct dec t = D(tertulis), c = D(dihitung);
	return dec_cmp(dec_round(c, desimal, ROUND_HALF_UP), t) == 0 ||
		dec_cmp(dec_round(c, desimal, ROUND_TRUNCATE), t) == 0;
}

int nilai_desimal(const struct nilai *n)
{
	/* The digits typed: "100,00" has 2, "1.080" (thousands) has 0. */
	if (n->ada && dec_ok(n->d) && !isnan(n->v) &&
		dec_to_double(n->d) == n->v)
		return n->d.scale;
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
	struct dec d = dec_trim(D(n->v));
	return !dec_ok(d) ? 0 : d.scale > 9 ? 9 : d.scale;
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

enum arah arah_perubahan(double perubahan)
{
	return perubahan > 0 ? ARAH_NAIK : perubahan < 0 ? ARAH_TURUN :
		ARAH_TETAP;
}

const char *arah_teks(enum arah a)
{
	switch (a) {
	case ARAH_NAIK:
		return "naik";
	case ARAH_TURUN:
		return "turun";
	case ARAH_TETAP:
		break;
	}
	return "tetap";
}

double sakip_persen_komponen(const struct sakip_komponen *k)
{
	if (!k->bobot.ada || !k->nilai.ada || k->bobot.v == 0)
		return NAN;
	return F(persen(nilai_dec(&k->nilai), nilai_dec(&k->bobot)));
}
