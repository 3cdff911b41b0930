#define _GNU_SOURCE
#include "diff/angka.h"

#include <math.h>
#include <stdarg.h>
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

/* ---- From the figure table ---- */

/* One figure of the table under the snapshot's entity and quantity names,
 * as the report prints it (figure_teks/figure_tampil: the one formatter,
 * the report's rounding). A grade is its text as written, score
 * included: "BB (75)" -> "BB (80)" is a change the page shows. */
static void put_key(struct angka *a, const struct metrics *m,
	const char *entitas, const char *besaran, bool satuan,
	const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void put_key(struct angka *a, const struct metrics *m,
	const char *entitas, const char *besaran, bool satuan,
	const char *fmt, ...)
{
	char key[512], buf[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(key, sizeof key, fmt, ap);
	va_end(ap);
	const struct figure *f = metrics_figure(m, key);
	const struct report_meta *meta = &m->report->meta;
	if (f == NULL) {
		put(a, entitas, besaran, "-");
		return;
	}
	if (f->ada && !isnan(f->v_atas)) {
		/* A range: "60 - 80", as snapshots have always written it. */
		char lo[64], hi[64];
		struct num_style st = angka_gaya(meta, f->jenis, f->v);
		num_format_dec(lo, sizeof lo, f->value, st);
		num_format_dec(hi, sizeof hi, dec_from_double(f->v_atas), st);
		snprintf(buf, sizeof buf, "%s - %s", lo, hi);
	} else if (satuan) {
		figure_tampil(buf, sizeof buf, meta, f);
	} else {
		figure_teks(buf, sizeof buf, meta, f);
	}
	put(a, entitas, besaran, num_ascii_minus(buf));
}

struct angka *angka_dari_metrics(const struct metrics *m)
{
	struct angka *a = xcalloc(1, sizeof *a);
	char ent[256];
	bool skala = m->report->meta.skala.nband > 0;
	for (size_t i = 0; i < m->nindikator; i++) {
		const struct metrik_indikator *mi = &m->indikator[i];
		const char *k = mi->ind->kode;
		for (size_t y = 0; y < mi->ntahun; y++) {
			int th = mi->tahun[y].tahun;
			snprintf(ent, sizeof ent, "%s %d", k, th);
			put_key(a, m, ent, "target", false, "%s.target.%d", k, th);
			put_key(a, m, ent, "realisasi", false, "%s.realisasi.%d",
				k, th);
			put_key(a, m, ent, "capaian", true, "%s.capaian.%d", k, th);
			/* A report without a scale has no predicate to
			 * follow (predikat: tidak ada). */
			if (skala)
				put_key(a, m, ent, "predikat", false,
					"%s.predikat.%d", k, th);
		}
		if (mi->ada_anggaran) { /* anggaran.csv mendukung */
			snprintf(ent, sizeof ent, "%s anggaran", k);
			put_key(a, m, ent, "pagu", true, "%s.anggaran.pagu", k);
			put_key(a, m, ent, "realisasi", true,
				"%s.anggaran.realisasi_anggaran", k);
			put_key(a, m, ent, "serapan", true,
				"%s.anggaran.serapan", k);
			put_key(a, m, ent, "efisiensi", true,
				"%s.anggaran.efisiensi", k);
		}
		if (mi->ada_target_akhir || mi->ada_kemajuan) {
			snprintf(ent, sizeof ent, "%s Renstra", k);
			put_key(a, m, ent, "target akhir", false,
				"%s.target_akhir", k);
			put_key(a, m, ent, "kemajuan", true, "%s.kemajuan", k);
		}
	}
	for (size_t i = 0; i < m->nsasaran; i++) {
		const char *k = m->sasaran[i].sasaran->kode;
		snprintf(ent, sizeof ent, "Sasaran %s", k);
		put_key(a, m, ent, "capaian", true, "%s.capaian", k);
		if (skala)
			put_key(a, m, ent, "predikat", false, "%s.predikat", k);
		put_key(a, m, ent, "pagu", true, "%s.pagu", k);
		put_key(a, m, ent, "realisasi anggaran", true,
			"%s.realisasi_anggaran", k);
		put_key(a, m, ent, "serapan", true, "%s.serapan", k);
		put_key(a, m, ent, "efisiensi", true, "%s.efisiensi", k);
	}
	for (size_t i = 0; i < m->nanggaran; i++) {
		const char *k = m->anggaran[i].a->kode;
		snprintf(ent, sizeof ent, "Anggaran %s", k);
		put_key(a, m, ent, "pagu", true, "anggaran.%s.pagu", k);
		put_key(a, m, ent, "realisasi", true, "anggaran.%s.realisasi",
			k);
		put_key(a, m, ent, "serapan", true, "anggaran.%s.serapan", k);
		put_key(a, m, ent, "capaian keluaran", true,
			"anggaran.%s.capaian", k);
		put_key(a, m, ent, "efisiensi", true, "anggaran.%s.efisiensi",
			k);
	}
	put_key(a, m, "Keseluruhan", "capaian rata-rata", true,
		"laporan.capaian");
	if (skala)
		put_key(a, m, "Keseluruhan", "predikat", false,
			"laporan.predikat");
	put_key(a, m, "Keseluruhan", "pagu", true, "laporan.pagu");
	put_key(a, m, "Keseluruhan", "realisasi anggaran", true,
		"laporan.realisasi_anggaran");
	put_key(a, m, "Keseluruhan", "serapan", true, "laporan.serapan");
	put_key(a, m, "Keseluruhan", "efisiensi", true, "laporan.efisiensi");
	for (int j = 0; j < BELANJA_MAX; j++) { /* belanja.csv */
		if (!m->belanja[j].ada)
			continue;
		const char *nm = BELANJA_NAMA[j];
		put_key(a, m, BELANJA_JUDUL[j], "anggaran", true,
			"belanja.%s.anggaran", nm);
		put_key(a, m, BELANJA_JUDUL[j], "realisasi", true,
			"belanja.%s.realisasi", nm);
		put_key(a, m, BELANJA_JUDUL[j], "serapan", true,
			"belanja.%s.serapan", nm);
	}
	for (size_t i = 0; i < m->nsakip; i++) {
		int th = m->sakip[i].tahun;
		snprintf(ent, sizeof ent, "SAKIP %d", th);
		put_key(a, m, ent, "nilai", false, "sakip.nilai.%d", th);
		put_key(a, m, ent, "predikat", false, "sakip.predikat.%d", th);
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
