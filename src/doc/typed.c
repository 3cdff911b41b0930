/* Figures typed into the narrative. SPEC 4 lists "a sentence quoting a
 * number that is not the data's" among the contradictions evaluators find;
 * lkjip binds figures with directives, and warns about the ones still
 * typed: a typed figure that equals a figure of the data should be a
 * directive (else the next correction will not reach it), and one that
 * equals none is probably wrong. Only what reads as a figure is checked:
 * percentages, rupiah amounts, grouped thousands and decimal commas; plain
 * integers (years, law numbers, counts of things) are left alone. */
#include <ctype.h>
#include <math.h>
#include <string.h>

#include "doc/build.h"
#include "util/arena.h"
#include "util/num.h"

struct figs {
	double *v;
	size_t n, cap;
};

static void add(struct arena *a, struct figs *f, double v)
{
	if (isnan(v))
		return;
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 256;
		double *nv = arena_alloc(a, cap * sizeof *nv);
		if (f->n)
			memcpy(nv, f->v, f->n * sizeof *nv);
		f->v = nv;
		f->cap = cap;
	}
	f->v[f->n++] = v;
}

static void add_nilai(struct arena *a, struct figs *f, const struct nilai *n)
{
	if (n->ada) {
		add(a, f, n->v);
		if (n->is_rentang)
			add(a, f, n->v_atas);
	}
}

/* Every figure of the data and of the metrics, once per build. */
static struct figs *collect(struct build_ctx *c)
{
	struct build_state *st = c->state;
	if (st->typed_figs != NULL)
		return st->typed_figs;
	struct arena *a = c->doc->arena;
	struct figs *f = arena_alloc(a, sizeof *f);
	const struct report *r = c->report;
	for (size_t i = 0; i < r->nindikator; i++) {
		const struct indikator *ind = r->indikator[i];
		add_nilai(a, f, &ind->target_akhir);
		for (size_t k = 0; k < ind->ntahun; k++) {
			const struct tahunan *t = &ind->tahun[k];
			add_nilai(a, f, &t->target);
			add_nilai(a, f, &t->target_pk);
			add_nilai(a, f, &t->target_pk_perubahan);
			add_nilai(a, f, &t->realisasi);
			add_nilai(a, f, &t->standar);
		}
	}
	for (size_t i = 0; i < r->nanggaran; i++) {
		const struct anggaran *g = r->anggaran[i];
		add_nilai(a, f, &g->target);
		add_nilai(a, f, &g->realisasi);
		add_nilai(a, f, &g->pagu_awal);
		add_nilai(a, f, &g->pagu_perubahan);
		add_nilai(a, f, &g->realisasi_anggaran);
	}
	for (size_t i = 0; i < r->ndata; i++)
		add_nilai(a, f, &r->data[i].nilai);
	for (size_t i = 0; i < r->nsakip; i++) {
		add_nilai(a, f, &r->sakip[i].bobot);
		add_nilai(a, f, &r->sakip[i].nilai);
	}
	for (size_t i = 0; i < r->naset; i++) {
		add_nilai(a, f, &r->aset[i].saldo_awal);
		add_nilai(a, f, &r->aset[i].penambahan);
		add_nilai(a, f, &r->aset[i].pengurangan);
		add_nilai(a, f, &r->aset[i].saldo_akhir);
	}
	const struct metrics *m = c->metrics;
	for (size_t i = 0; i < m->nindikator; i++) {
		const struct metrik_indikator *mi = &m->indikator[i];
		for (size_t k = 0; k < mi->ntahun; k++) {
			const struct metrik_tahun *t = &mi->tahun[k];
			if (t->ada_realisasi)
				add(a, f, t->realisasi);
			if (t->status == CAPAIAN_OK)
				add(a, f, t->capaian);
		}
		if (mi->ada_kemajuan)
			add(a, f, mi->kemajuan);
		if (mi->ada_target_akhir)
			add(a, f, mi->target_akhir);
		if (mi->ada_standar)
			add(a, f, mi->banding_standar);
		if (mi->ada_perubahan)
			add(a, f, fabs(mi->perubahan));
	}
	for (size_t i = 0; i < m->nsasaran; i++) {
		const struct metrik_sasaran *s = &m->sasaran[i];
		if (s->ada_capaian)
			add(a, f, s->capaian);
		if (s->ada_serapan)
			add(a, f, s->serapan);
		if (s->ada_efisiensi)
			add(a, f, s->efisiensi);
		add(a, f, s->pagu);
		add(a, f, s->realisasi);
	}
	for (size_t i = 0; i < m->nanggaran; i++) {
		const struct metrik_anggaran *g = &m->anggaran[i];
		if (g->ada_serapan)
			add(a, f, g->serapan);
		if (g->ada_efisiensi)
			add(a, f, g->efisiensi);
		if (g->ada_capaian)
			add(a, f, g->capaian);
		add(a, f, angka_kurang(g->pagu, g->realisasi));
	}
	if (m->ada_capaian)
		add(a, f, m->capaian);
	if (m->ada_serapan)
		add(a, f, m->serapan);
	if (m->ada_efisiensi)
		add(a, f, m->efisiensi);
	add(a, f, m->pagu);
	add(a, f, m->pagu_awal);
	add(a, f, m->realisasi);
	add(a, f, angka_kurang(m->pagu, m->realisasi));
	for (size_t i = 0; i < m->nsakip; i++)
		add(a, f, m->sakip[i].total);
	st->typed_figs = f;
	return f;
}

static bool known(const struct figs *f, double v, int decimals)
{
	for (size_t i = 0; i < f->n; i++)
		if (fabs(f->v[i] - v) <= 1e-9 * fmax(1, fabs(v)) ||
				metrics_sesuai_pembulatan(v, decimals, f->v[i]))
			return true;
	return false;
}

/* Length of a number body at p ("1.234.567,89", "98,95", "70"), 0 if
 * none. *grouped / *decimal say what it showed. */
static size_t body(const char *p, bool *grouped, bool *decimal)
{
	size_t i = 0;
	*grouped = *decimal = false;
	while (isdigit((unsigned char)p[i]))
		i++;
	if (i == 0)
		return 0;
	while (i <= 3 && p[i] == '.' && isdigit((unsigned char)p[i + 1]) &&
			isdigit((unsigned char)p[i + 2]) &&
			isdigit((unsigned char)p[i + 3]) &&
			!isdigit((unsigned char)p[i + 4])) {
		*grouped = true;
		i += 4;
		while (p[i] == '.' && isdigit((unsigned char)p[i + 1]) &&
				isdigit((unsigned char)p[i + 2]) &&
				isdigit((unsigned char)p[i + 3]) &&
				!isdigit((unsigned char)p[i + 4])) {
			i += 4;
		}
		break;
	}
	if (p[i] == ',' && isdigit((unsigned char)p[i + 1])) {
		*decimal = true;
		i++;
		while (isdigit((unsigned char)p[i]))
			i++;
	}
	return i;
}

void typed_figures_check(struct build_ctx *c, struct src_pos base,
	const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		const char *p = s + i;
		bool rp = false;
		size_t start = i;
		if ((p[0] == 'R' && p[1] == 'p') && (i == 0 ||
				!isalnum((unsigned char)s[i - 1]))) {
			size_t k = 2;
			if (p[k] == '.')
				k++;
			while (p[k] == ' ' || ((unsigned char)p[k] == 0xc2 &&
					(unsigned char)p[k + 1] == 0xa0))
				k += p[k] == ' ' ? 1 : 2;
			if (isdigit((unsigned char)p[k])) {
				rp = true;
				p += k;
				i += k;
			}
		}
		if (!isdigit((unsigned char)*p) || (i > 0 && !rp &&
				(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.' ||
				 s[i - 1] == ',' || s[i - 1] == '/'))) {
			i = start + 1;
			continue;
		}
		bool grouped, decimal;
		size_t n = body(p, &grouped, &decimal);
		size_t end = i + n;
		/* A code or a number glued to letters: not a figure. */
		if (end < len && (isalnum((unsigned char)s[end]) || s[end] == '/' ||
				(s[end] == '.' && end + 1 < len &&
				 isdigit((unsigned char)s[end + 1])))) {
			i = end + 1;
			continue;
		}
		size_t k = end;
		while (k < len && s[k] == ' ')
			k++;
		bool pct = k < len && s[k] == '%';
		/* "x 100 %" in a formula is arithmetic, not a figure. */
		const char *before = s + start;
		while (before > s && before[-1] == ' ')
			before--;
		bool formula = before > s && (before[-1] == 'x' ||
			before[-1] == '*' || (before - s >= 2 &&
			!memcmp(before - 2, "\xc3\x97", 2)));
		if (!(rp || pct || grouped || decimal) || formula) {
			i = end;
			continue;
		}
		char tok[64];
		size_t tl = (pct ? k + 1 : end) - start;
		if (tl >= sizeof tok)
			tl = sizeof tok - 1;
		memcpy(tok, s + start, tl);
		tok[tl] = '\0';
		struct num_value v;
		char numtxt[48];
		size_t nl = n < sizeof numtxt ? n : sizeof numtxt - 1;
		memcpy(numtxt, p, nl);
		numtxt[nl] = '\0';
		if (num_parse(numtxt, NUM_ID, &v, NULL, 0) == 0 &&
				v.kind == NUM_VALUE) {
			struct nilai nv = {.teks = numtxt};
			int dec = nilai_desimal(&nv);
			struct src_pos at = base;
			at.column += (int)start;
			if (known(collect(c), v.value, dec))
				diag_add(c->diags, DIAG_WARNING, at, "typed figure "
					"\"%s\" is a figure of the data: write it as a "
					"directive (docs/directives.md) so a correction "
					"reaches this sentence", tok);
			else
				diag_add(c->diags, DIAG_WARNING, at, "typed figure "
					"\"%s\" is not a figure of the data: check it, or "
					"bind the sentence to the data with a directive",
					tok);
		}
		i = pct ? k + 1 : end;
	}
}
