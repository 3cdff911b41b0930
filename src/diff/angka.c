#define _GNU_SOURCE
#include "diff/angka.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "metrics/metrics.h"
#include "model/model.h"
#include "util/num.h"
#include "util/xalloc.h"

#define HEADER "lkjip-angka 1"

/* A copy; NULL becomes "". */
static char *copy_or_empty(const char *s)
{
	return xstrdup(s ? s : "");
}

static void put(struct angka *a, const char *entitas, const char *besaran,
	const char *nilai)
{
	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 64;
		a->e = xreallocarray(a->e, a->cap, sizeof *a->e);
	}
	struct angka_entri *e = &a->e[a->n++];
	e->entitas = copy_or_empty(entitas);
	e->besaran = copy_or_empty(besaran);
	/* Tabs and newlines would break the one-line-per-figure text form. */
	e->nilai = copy_or_empty(nilai);
	for (char *p = e->nilai; *p; p++)
		if (*p == '\t' || *p == '\n' || *p == '\r')
			*p = ' ';
}

void angka_free(struct angka *a)
{
	if (a == NULL)
		return;
	for (size_t i = 0; i < a->n; i++) {
		free(a->e[i].entitas);
		free(a->e[i].besaran);
		free(a->e[i].nilai);
	}
	free(a->e);
	free(a);
}

/* ---- From the metrics ---- */

/* The snapshot is read back by the next build and compared as text: its
 * figures keep the ASCII '-' (num_ascii_minus), so a change of the page's
 * typography never reads as a moved figure. */

struct fmt {
	const struct report_meta *meta;
	char buf[192];
};

static const char *f_nilai(struct fmt *f, double v)
{
	return angka_teks(f->buf, sizeof f->buf, f->meta, JENIS_NILAI, v);
}

static const char *f_capaian(struct fmt *f, double v)
{
	return num_ascii_minus(num_format_percent(f->buf, sizeof f->buf, v,
		angka_gaya(f->meta, JENIS_CAPAIAN, v)));
}

static const char *f_persen(struct fmt *f, double v)
{
	return num_ascii_minus(num_format_percent(f->buf, sizeof f->buf, v,
		angka_gaya(f->meta, JENIS_ANGGARAN, v)));
}

static const char *f_rupiah(struct fmt *f, double v)
{
	return num_ascii_minus(num_format_rupiah(f->buf, sizeof f->buf, v,
		angka_gaya(f->meta, JENIS_RUPIAH, v)));
}

static const char *f_efisiensi(struct fmt *f, double v)
{
	struct num_style st = angka_gaya(f->meta, JENIS_EFISIENSI, v);
	if (f->meta->efisiensi == EFISIENSI_RASIO)
		return num_ascii_minus(num_format(f->buf, sizeof f->buf, v,
			st));
	return num_ascii_minus(num_format_percent(f->buf, sizeof f->buf, v,
		st));
}

/* A cell the way the report shows it: ranges and grades as written,
 * numbers through the formatter. */
static const char *f_cell(struct fmt *f, const struct nilai *n, bool ada,
	double v)
{
	if (n != NULL && n->ada && n->is_rentang) {
		char lo[64], hi[64];
		struct num_style st = angka_gaya(f->meta, JENIS_NILAI, n->v);
		num_format_dec(lo, sizeof lo, nilai_dec(n), st);
		num_format_dec(hi, sizeof hi, nilai_dec_atas(n), st);
		snprintf(f->buf, sizeof f->buf, "%s - %s", lo, hi);
		return num_ascii_minus(f->buf);
	}
	if (n != NULL && n->ada && n->grade != NULL)
		return n->grade;
	return ada ? f_nilai(f, v) : "-";
}

struct angka *angka_dari_metrics(const struct metrics *m)
{
	struct angka *a = xcalloc(1, sizeof *a);
	struct fmt f = {.meta = &m->report->meta};
	char ent[256];
	for (size_t i = 0; i < m->nindikator; i++) {
		const struct metrik_indikator *mi = &m->indikator[i];
		const struct indikator *ind = mi->ind;
		for (size_t k = 0; k < mi->ntahun; k++) {
			const struct metrik_tahun *mt = &mi->tahun[k];
			const struct tahunan *t = model_tahun(ind, mt->tahun);
			snprintf(ent, sizeof ent, "%s %d", ind->kode, mt->tahun);
			put(a, ent, "target", f_cell(&f,
				t ? model_target_efektif(t) : NULL,
				mt->ada_target, mt->target));
			put(a, ent, "realisasi", f_cell(&f,
				t && ind->rumus.jenis == RUMUS_TIDAK_ADA ?
				&t->realisasi : NULL,
				mt->ada_realisasi, mt->realisasi));
			put(a, ent, "capaian", mt->status == CAPAIAN_OK ?
				f_capaian(&f, mt->capaian) : "-");
			put(a, ent, "predikat", mt->predikat ?
				mt->predikat->nama : "-");
		}
		if (mi->ada_target_akhir || mi->ada_kemajuan) {
			snprintf(ent, sizeof ent, "%s Renstra", ind->kode);
			put(a, ent, "target akhir", mi->ada_target_akhir ?
				f_nilai(&f, mi->target_akhir) : "-");
			put(a, ent, "kemajuan", mi->ada_kemajuan ?
				f_capaian(&f, mi->kemajuan) : "-");
		}
	}
	for (size_t i = 0; i < m->nsasaran; i++) {
		const struct metrik_sasaran *ms = &m->sasaran[i];
		snprintf(ent, sizeof ent, "Sasaran %s", ms->sasaran->kode);
		put(a, ent, "capaian", ms->ada_capaian ?
			f_capaian(&f, ms->capaian) : "-");
		put(a, ent, "predikat", ms->predikat ? ms->predikat->nama : "-");
		put(a, ent, "pagu", f_rupiah(&f, ms->pagu));
		put(a, ent, "realisasi anggaran", f_rupiah(&f, ms->realisasi));
		put(a, ent, "serapan", ms->ada_serapan ?
			f_persen(&f, ms->serapan) : "-");
		put(a, ent, "efisiensi", ms->ada_efisiensi ?
			f_efisiensi(&f, ms->efisiensi) : "-");
	}
	for (size_t i = 0; i < m->nanggaran; i++) {
		const struct metrik_anggaran *ma = &m->anggaran[i];
		snprintf(ent, sizeof ent, "Anggaran %s", ma->a->kode);
		put(a, ent, "pagu", f_rupiah(&f, ma->pagu));
		put(a, ent, "realisasi", f_rupiah(&f, ma->realisasi));
		put(a, ent, "serapan", ma->ada_serapan ?
			f_persen(&f, ma->serapan) : "-");
		put(a, ent, "capaian keluaran", ma->ada_capaian ?
			f_capaian(&f, ma->capaian) : "-");
		put(a, ent, "efisiensi", ma->ada_efisiensi ?
			f_efisiensi(&f, ma->efisiensi) : "-");
	}
	put(a, "Keseluruhan", "capaian rata-rata", m->ada_capaian ?
		f_capaian(&f, m->capaian) : "-");
	put(a, "Keseluruhan", "predikat", m->predikat ? m->predikat->nama : "-");
	put(a, "Keseluruhan", "pagu", f_rupiah(&f, m->pagu));
	put(a, "Keseluruhan", "realisasi anggaran", f_rupiah(&f, m->realisasi));
	put(a, "Keseluruhan", "serapan", m->ada_serapan ?
		f_persen(&f, m->serapan) : "-");
	put(a, "Keseluruhan", "efisiensi", m->ada_efisiensi ?
		f_efisiensi(&f, m->efisiensi) : "-");
	for (size_t i = 0; i < m->nsakip; i++) {
		snprintf(ent, sizeof ent, "SAKIP %d", m->sakip[i].tahun);
		put(a, ent, "nilai", f_nilai(&f, m->sakip[i].total));
		put(a, ent, "predikat", m->sakip[i].grade ?
			m->sakip[i].grade : "-");
	}
	return a;
}

/* ---- Text form ---- */

char *angka_serialize(const struct angka *a, size_t *len)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = xopen_memstream(&buf, &n);
	fputs(HEADER "\n", f);
	for (size_t i = 0; i < a->n; i++)
		fprintf(f, "%s\t%s\t%s\n", a->e[i].entitas, a->e[i].besaran,
			a->e[i].nilai);
	if (fclose(f) != 0)
		abort();
	if (len != NULL)
		*len = n;
	return buf;
}

struct angka *angka_parse(const char *text)
{
	size_t hl = strlen(HEADER);
	if (text == NULL || strncmp(text, HEADER, hl) || text[hl] != '\n')
		return NULL;
	struct angka *a = xcalloc(1, sizeof *a);
	const char *p = text + hl + 1;
	while (*p) {
		const char *nl = strchr(p, '\n');
		if (nl == NULL)
			goto bad; /* truncated */
		char *line = xstrndup(p, (size_t)(nl - p));
		char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (t2 == NULL || strchr(t2 + 1, '\t') != NULL) {
			free(line);
			goto bad;
		}
		*t1 = *t2 = '\0';
		put(a, line, t1 + 1, t2 + 1);
		free(line);
		p = nl + 1;
	}
	return a;
bad:
	angka_free(a);
	return NULL;
}

/* ---- Comparison ---- */

struct index {
	const struct angka *a;
	size_t *ix; /* entries sorted by entity, then quantity */
};

static const struct angka *sort_target;

static int cmp_entry(const void *x, const void *y)
{
	const struct angka_entri *a = &sort_target->e[*(const size_t *)x];
	const struct angka_entri *b = &sort_target->e[*(const size_t *)y];
	int c = strcmp(a->entitas, b->entitas);
	if (c == 0)
		c = strcmp(a->besaran, b->besaran);
	return c != 0 ? c : (a < b ? -1 : a > b);
}

static void index_build(struct index *x, const struct angka *a)
{
	x->a = a;
	x->ix = xmalloc((a->n ? a->n : 1) * sizeof *x->ix);
	for (size_t i = 0; i < a->n; i++)
		x->ix[i] = i;
	sort_target = a;
	qsort(x->ix, a->n, sizeof *x->ix, cmp_entry);
}

/* First position whose entry is >= (entitas, besaran); besaran NULL
 * compares below every quantity. */
static size_t index_lower(const struct index *x, const char *entitas,
	const char *besaran)
{
	size_t lo = 0, hi = x->a->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct angka_entri *e = &x->a->e[x->ix[mid]];
		int c = strcmp(e->entitas, entitas);
		if (c == 0)
			c = besaran ? strcmp(e->besaran, besaran) : 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const struct angka_entri *index_find(const struct index *x,
	const char *entitas, const char *besaran)
{
	size_t i = index_lower(x, entitas, besaran);
	if (i < x->a->n) {
		const struct angka_entri *e = &x->a->e[x->ix[i]];
		if (!strcmp(e->entitas, entitas) && !strcmp(e->besaran, besaran))
			return e;
	}
	return NULL;
}

static bool index_has_entity(const struct index *x, const char *entitas)
{
	size_t i = index_lower(x, entitas, NULL);
	return i < x->a->n && !strcmp(x->a->e[x->ix[i]].entitas, entitas);
}

struct line {
	const char *indent, *entitas;
	int parts;
	FILE *out;
};

static void emit(struct line *l, const char *besaran, const char *lama,
	const char *baru)
{
	if (l->parts == 0)
		fprintf(l->out, "%s%s: ", l->indent, l->entitas);
	else
		fputs("; ", l->out);
	fprintf(l->out, "%s %s -> %s", besaran, lama, baru);
	l->parts++;
}

size_t angka_diff(const struct angka *lama, const struct angka *baru,
	const char *indent, FILE *out)
{
	static const struct angka empty;
	if (lama == NULL)
		lama = &empty;
	if (baru == NULL)
		baru = &empty;
	struct index xl, xb;
	index_build(&xl, lama);
	index_build(&xb, baru);
	size_t lines = 0;
	/* Entities of the new snapshot, in its order; entries of one entity
	 * are consecutive. */
	for (size_t i = 0; i < baru->n;) {
		size_t j = i;
		while (j < baru->n && !strcmp(baru->e[j].entitas,
				baru->e[i].entitas))
			j++;
		struct line l = {indent, baru->e[i].entitas, 0, out};
		for (size_t k = i; k < j; k++) {
			const struct angka_entri *o = index_find(&xl,
				baru->e[k].entitas, baru->e[k].besaran);
			const char *ov = o ? o->nilai : "-";
			if (strcmp(ov, baru->e[k].nilai))
				emit(&l, baru->e[k].besaran, ov,
					baru->e[k].nilai);
		}
		/* Quantities the old snapshot had and the new one lacks. */
		for (size_t p = index_lower(&xl, baru->e[i].entitas, NULL);
				p < lama->n; p++) {
			const struct angka_entri *o = &lama->e[xl.ix[p]];
			if (strcmp(o->entitas, baru->e[i].entitas))
				break;
			if (index_find(&xb, o->entitas, o->besaran) == NULL &&
					strcmp(o->nilai, "-"))
				emit(&l, o->besaran, o->nilai, "-");
		}
		if (l.parts) {
			fputc('\n', out);
			lines++;
		}
		i = j;
	}
	/* Entities that disappeared, in the old snapshot's order. */
	for (size_t i = 0; i < lama->n;) {
		size_t j = i;
		while (j < lama->n && !strcmp(lama->e[j].entitas,
				lama->e[i].entitas))
			j++;
		if (!index_has_entity(&xb, lama->e[i].entitas)) {
			struct line l = {indent, lama->e[i].entitas, 0, out};
			for (size_t k = i; k < j; k++)
				if (strcmp(lama->e[k].nilai, "-"))
					emit(&l, lama->e[k].besaran,
						lama->e[k].nilai, "-");
			if (l.parts) {
				fputc('\n', out);
				lines++;
			}
		}
		i = j;
	}
	free(xl.ix);
	free(xb.ix);
	return lines;
}
