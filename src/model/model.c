/* Lookups over the loaded model, the predicate scale presets and the check
 * that a scale covers every capaian exactly once. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "model/model.h"
#include "util/strmap.h"

struct indikator *model_indikator(const struct report *r, const char *kode)
{
	if (r->indikator_kode != NULL)
		return strmap_get(r->indikator_kode, kode);
	for (size_t i = 0; i < r->nindikator; i++)
		if (strcmp(r->indikator[i]->kode, kode) == 0)
			return r->indikator[i];
	return NULL;
}

struct anggaran *model_anggaran(const struct report *r, const char *kode)
{
	if (r->anggaran_kode != NULL)
		return strmap_get(r->anggaran_kode, kode);
	for (size_t i = 0; i < r->nanggaran; i++)
		if (strcmp(r->anggaran[i]->kode, kode) == 0)
			return r->anggaran[i];
	return NULL;
}

struct renstra *model_renstra(const struct report *r, const char *kode)
{
	if (r->renstra_kode != NULL)
		return strmap_get(r->renstra_kode, kode);
	for (size_t i = 0; i < r->nrenstra; i++)
		if (strcmp(r->renstra[i]->kode, kode) == 0)
			return r->renstra[i];
	return NULL;
}

const struct tahunan *model_tahun(const struct indikator *ind, int tahun)
{
	for (size_t i = 0; i < ind->ntahun; i++)
		if (ind->tahun[i].tahun == tahun)
			return &ind->tahun[i];
	return NULL;
}

const struct tabel_polos *model_tabel(const struct report *r, const char *nama)
{
	for (size_t i = 0; i < r->ntabel; i++)
		if (strcmp(r->tabel[i].nama, nama) == 0)
			return &r->tabel[i];
	return NULL;
}

const struct nilai *model_target_efektif(const struct tahunan *t)
{
	if (t->target_pk_perubahan.ada)
		return &t->target_pk_perubahan;
	if (t->target_pk.ada)
		return &t->target_pk;
	return &t->target;
}

bool model_anggaran_sasaran(const struct anggaran *a,
	const struct indikator *s)
{
	/* A line built without the list (a test's model) has only its
	 * first sasaran. */
	if (a->nsasaran == 0)
		return s != NULL && a->sasaran == s;
	for (size_t i = 0; i < a->nsasaran; i++)
		if (a->sasaran_semua[i] == s)
			return true;
	return false;
}

const struct nilai *model_pagu_efektif(const struct anggaran *a)
{
	return a->pagu_perubahan.ada ? &a->pagu_perubahan : &a->pagu_awal;
}

/* ---- predicate scales ---- */

struct band_spec {
	const char *nama, *kelas;
	bool has_min, min_inkl;
	double min;
	bool has_max, maks_inkl;
	double maks;
};

#define NOMIN false, false, 0
#define NOMAX false, false, 0

static const struct band_spec MAGETAN[] = {
	{"Sangat Berhasil", "sangat-baik", true, true, 100, NOMAX},
	{"Berhasil", "baik", true, true, 75, true, false, 100},
	{"Cukup Berhasil", "cukup", true, true, 55, true, false, 75},
	{"Kurang Berhasil", "kurang", NOMIN, true, false, 55},
};

static const struct band_spec PERMENDAGRI[] = {
	{"Sangat Tinggi", "sangat-baik", true, false, 90, NOMAX},
	{"Tinggi", "baik", true, false, 75, true, true, 90},
	{"Sedang", "cukup", true, false, 65, true, true, 75},
	{"Rendah", "kurang", true, false, 50, true, true, 65},
	{"Sangat Rendah", "sangat-kurang", NOMIN, true, true, 50},
};

static const struct band_spec JOMBANG[] = {
	{"Istimewa (Sangat Berhasil)", "sangat-baik", true, false, 110, NOMAX},
	{"Baik (Berhasil)", "baik", true, false, 90, true, true, 110},
	{"Butuh Perbaikan (Cukup)", "cukup", true, false, 70, true, true, 90},
	{"Kurang", "kurang", true, false, 50, true, true, 70},
	{"Sangat Kurang", "sangat-kurang", NOMIN, true, true, 50},
};

static void fill(struct arena *a, const struct band_spec *s, size_t n,
	const char *nama, struct predikat_skala *out)
{
	out->nama = nama;
	out->nband = n;
	out->band = arena_alloc(a, n * sizeof *out->band);
	for (size_t i = 0; i < n; i++) {
		struct predikat_band *b = &out->band[i];
		b->nama = s[i].nama;
		b->kelas = s[i].kelas;
		b->has_min = s[i].has_min;
		b->min_inklusif = s[i].min_inkl;
		b->min = s[i].min;
		b->has_max = s[i].has_max;
		b->maks_inklusif = s[i].maks_inkl;
		b->maks = s[i].maks;
	}
}

bool model_skala_preset(struct arena *a, const char *nama,
	struct predikat_skala *out)
{
	if (strcmp(nama, "magetan") == 0)
		fill(a, MAGETAN, 4, "magetan", out);
	else if (strcmp(nama, "permendagri") == 0)
		fill(a, PERMENDAGRI, 5, "permendagri", out);
	else if (strcmp(nama, "jombang") == 0)
		fill(a, JOMBANG, 5, "jombang", out);
	else
		return false;
	return true;
}

static void fmt_bound(char *buf, size_t len, double v)
{
	char n[64];
	num_format(n, sizeof n, v, (struct num_style){2, ROUND_HALF_UP, true});
	snprintf(buf, len, "%s", n);
}

/* Bands are listed high to low. Walking down, each band's upper edge must
 * meet the previous band's lower edge exactly: same value, and exactly one
 * of the two including it. The first band must be unbounded above; the
 * last must reach 0 (or be unbounded below). */
bool model_skala_check(const struct predikat_skala *s, struct diag_list *dl)
{
	bool ok = true;
	char a[64], b[64];
	if (s->nband == 0) {
		diag_add(dl, DIAG_ERROR, (struct src_pos){0},
			"predicate scale has no bands");
		return false;
	}
	if (s->band[0].has_max && !s->celah) {
		fmt_bound(a, sizeof a, s->band[0].maks);
		diag_add(dl, DIAG_ERROR, s->band[0].pos,
			"predicate band \"%s\" ends at %s: capaian above it would "
			"have no predicate (leave the top band open: \">= ...\")",
			s->band[0].nama, a);
		ok = false;
	}
	for (size_t i = 1; i < s->nband; i++) {
		const struct predikat_band *hi = &s->band[i - 1], *lo = &s->band[i];
		if (!hi->has_min || !lo->has_max) {
			diag_add(dl, DIAG_ERROR, lo->pos,
				"predicate band \"%s\" overlaps band \"%s\": only the "
				"lowest band may be open below", hi->nama, lo->nama);
			ok = false;
			continue;
		}
		fmt_bound(a, sizeof a, lo->maks);
		fmt_bound(b, sizeof b, hi->min);
		if (lo->maks < hi->min && s->celah) {
			continue; /* the report's own gap */
		} else if (lo->maks < hi->min) {
			diag_add(dl, DIAG_ERROR, lo->pos,
				"predicate scale has a gap between %s (end of \"%s\") "
				"and %s (start of \"%s\")", a, lo->nama, b, hi->nama);
			ok = false;
		} else if (lo->maks > hi->min) {
			diag_add(dl, DIAG_ERROR, lo->pos,
				"predicate bands \"%s\" and \"%s\" overlap between %s "
				"and %s", lo->nama, hi->nama, b, a);
			ok = false;
		} else if (lo->maks_inklusif == hi->min_inklusif &&
				(lo->maks_inklusif || !s->celah)) {
			diag_add(dl, DIAG_ERROR, lo->pos, lo->maks_inklusif ?
				"predicate bands \"%s\" and \"%s\" both include %s" :
				"predicate bands \"%s\" and \"%s\" both exclude %s: "
				"it has no predicate", lo->nama, hi->nama, a);
			ok = false;
		}
	}
	const struct predikat_band *last = &s->band[s->nband - 1];
	if (last->has_min && !s->celah && (last->min > 0 ||
			(last->min == 0 && !last->min_inklusif))) {
		fmt_bound(a, sizeof a, last->min);
		diag_add(dl, DIAG_ERROR, last->pos,
			"predicate band \"%s\" starts at %s: lower capaian would have "
			"no predicate", last->nama, a);
		ok = false;
	}
	return ok;
}
