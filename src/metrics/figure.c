/* The figure table: every figure of a report under one key, with its exact
 * value, its kind and where it comes from (the cells it was read from, or
 * the formula and the figures it was computed from). Built once at the end
 * of metrics_compute from what metrics.c computed; the document (inline
 * values, computed tables, the site's provenance), the typed-figure and
 * terbit.csv checks, `lkjip diff` and `lkjip explain` read it. Key
 * grammar: metrics.h. */
#include "metrics/metrics.h"
#include "metrics/internal.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/num.h"
#include "util/strmap.h"

struct tabel {
	struct metrics *m;
	struct arena *a;
	size_t cap;
	const char *rumus_predikat; /* the same for every predikat */
};

/* A key from fmt with %s, %d and %zu only: vsnprintf was a third of
 * building the table of a large report (a key or two per figure). */
static void kunci(char *buf, size_t len, const char *fmt, va_list ap)
{
	size_t o = 0;
	for (const char *p = fmt; *p && o + 1 < len; p++) {
		char num[24];
		const char *s = NULL;
		if (p[0] == '%' && p[1] == 's') {
			s = va_arg(ap, const char *);
			p++;
		} else if (p[0] == '%' && p[1] == 'd') {
			int v = va_arg(ap, int);
			unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
			size_t k = sizeof num;
			num[--k] = '\0';
			do
				num[--k] = (char)('0' + u % 10);
			while ((u /= 10) != 0);
			if (v < 0)
				num[--k] = '-';
			s = num + k;
			p++;
		} else if (p[0] == '%' && p[1] == 'z' && p[2] == 'u') {
			size_t u = va_arg(ap, size_t);
			size_t k = sizeof num;
			num[--k] = '\0';
			do
				num[--k] = (char)('0' + u % 10);
			while ((u /= 10) != 0);
			s = num + k;
			p += 2;
		}
		if (s == NULL) {
			buf[o++] = *p;
			continue;
		}
		while (*s && o + 1 < len)
			buf[o++] = *s++;
	}
	buf[o] = '\0';
}

static struct figure *baru(struct tabel *t, enum figure_kind kind,
	enum angka_jenis jenis, const char *nama, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* A new figure under the key fmt..., with no value yet. A key already
 * there (two rows for one indicator and year are reported by the loader)
 * keeps its first figure; the new one is still listed. */
static struct figure *baru(struct tabel *t, enum figure_kind kind,
	enum angka_jenis jenis, const char *nama, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char key[512];
	kunci(key, sizeof key, fmt, ap);
	va_end(ap);
	struct figure *f = arena_alloc(t->a, sizeof *f);
	memset(f, 0, sizeof *f);
	f->key = arena_strdup(t->a, key);
	f->nama = nama;
	f->kind = kind;
	f->jenis = jenis;
	f->value = DEC_NONE;
	f->v = NAN;
	f->v_atas = NAN;
	struct metrics *m = t->m;
	if (m->nfigure == t->cap) {
		/* Doubling in the arena: the old array is left for the arena
		 * to free, at most as much again as the last one. */
		size_t cap = t->cap ? t->cap * 2 : 256;
		struct figure **v = arena_alloc(t->a, cap * sizeof *v);
		if (m->nfigure)
			memcpy(v, m->figure, m->nfigure * sizeof *v);
		m->figure = v;
		t->cap = cap;
	}
	m->figure[m->nfigure++] = f;
	strmap_put(m->figure_kunci, f->key, f);
	return f;
}

/* A computed value (a double of the metrics, the decimal it stands for). */
static void nilai_hitung(struct figure *f, bool ada, double v)
{
	f->ada = ada && !isnan(v);
	/* Its decimal is read from the double when asked (figure_dec): most
	 * figures of a large report are never printed. */
	if (f->ada)
		f->v = v;
}

/* A value read from a cell: its exact digits and its place. */
static void nilai_sel(struct tabel *t, struct figure *f, const struct nilai *n)
{
	if (n == NULL)
		return;
	/* The model outlives the metrics: point at the cell's place. */
	f->cell = &n->pos;
	f->ncell = n->pos.file != NULL;
	if (!n->ada)
		return;
	f->ada = true;
	f->v = n->v;
	f->value = nilai_dec(n);
	if (n->grade != NULL) {
		f->kind = FIGURE_GRADE;
		f->text = n->teks ? n->teks : n->grade;
	} else if (n->is_rentang) {
		f->kind = FIGURE_TEXT;
		f->v_atas = n->v_atas;
		/* As the document prints a range ("60–80"). */
		char r[160];
		struct num_style st = angka_gaya(&t->m->report->meta, f->jenis,
			n->v);
		f->text = arena_strdup(t->a, num_format_range_dec(r, sizeof r,
			nilai_dec(n), nilai_dec_atas(n), st));
	}
}

/* The inputs of a computed figure: n figures (NULL ones skipped). */
static void masukan(struct tabel *t, struct figure *f, const char *formula,
	const struct figure *const *in, size_t n)
{
	f->formula = formula;
	f->input = arena_alloc(t->a, (n ? n : 1) * sizeof *f->input);
	f->ninput = 0;
	for (size_t i = 0; i < n; i++)
		if (in[i] != NULL)
			f->input[f->ninput++] = in[i];
}

static void masukan2(struct tabel *t, struct figure *f, const char *formula,
	const struct figure *a, const struct figure *b)
{
	const struct figure *in[2] = {a, b};
	masukan(t, f, formula, in, 2);
}

/* "$1 + $2 + ... + $n" for a sum of n inputs (at most 9 are named). */
static const char *rumus_jumlah(struct tabel *t, size_t n)
{
	if (n == 0)
		return "0";
	if (n == 1)
		return "$1";
	if (n > 9)
		return arena_printf(t->a, "$1 + $2 + ... (%zu angka)", n);
	char buf[64] = "$1";
	for (size_t i = 2; i <= n; i++) {
		size_t l = strlen(buf);
		snprintf(buf + l, sizeof buf - l, " + $%zu", i);
	}
	return arena_strdup(t->a, buf);
}

/* "rata-rata($1, $2, $3)" for a mean of n capaian, with the report's
 * cap and basis when they apply. */
static const char *rumus_rata(struct tabel *t, size_t n)
{
	const struct report_meta *meta = &t->m->report->meta;
	char buf[96] = "";
	if (n == 1)
		snprintf(buf, sizeof buf, "$1");
	else if (n > 9)
		snprintf(buf, sizeof buf, "rata-rata($1, $2, ... %zu angka)", n);
	else if (n > 1) {
		snprintf(buf, sizeof buf, "rata-rata($1");
		for (size_t i = 2; i <= n; i++) {
			size_t l = strlen(buf);
			snprintf(buf + l, sizeof buf - l, ", $%zu", i);
		}
		size_t l = strlen(buf);
		snprintf(buf + l, sizeof buf - l, ")");
	}
	const char *s = arena_strdup(t->a, buf);
	if (meta->has_batas_capaian) {
		char b[64];
		s = arena_printf(t->a, "%s, tiap capaian dibatasi %s", s,
			angka_teks(b, sizeof b, meta, JENIS_CAPAIAN,
				meta->batas_capaian));
	}
	if (meta->rata_rata == RATA_TAMPILAN)
		s = arena_printf(t->a, "%s, dari capaian yang dibulatkan", s);
	return s;
}

static const char *rumus_capaian(enum polaritas p)
{
	switch (p) {
	case POLARITAS_POSITIF:
		return "$1 ÷ $2 × 100";
	case POLARITAS_NEGATIF:
		return "(2 × $2 − $1) ÷ $2 × 100";
	case POLARITAS_NEGATIF_RASIO:
		return "$2 ÷ $1 × 100";
	case POLARITAS_RENTANG:
		return "100 bila $1 di dalam rentang $2, selain itu terhadap "
			"batas yang dilewati";
	case POLARITAS_KUALITATIF:
		return "skor $1 ÷ skor $2 × 100";
	}
	return "$1 ÷ $2 × 100";
}

static const char *rumus_efisiensi(enum efisiensi_metode mt)
{
	switch (mt) {
	case EFISIENSI_SELISIH:
		return "$1 − $2";
	case EFISIENSI_RASIO:
		return "$1 ÷ $2";
	case EFISIENSI_PMK214:
		return "PMK 214/2017: Σ(pagu × capaian − realisasi) ÷ "
			"Σ(pagu × capaian) × 100, dari $1 dan $2";
	case EFISIENSI_SISA: /* the unspent share: no capaian needed */
		return "100 − $2";
	}
	return "$1 − $2";
}

static enum figure_kind jenis_efisiensi(const struct report_meta *meta)
{
	return meta->efisiensi == EFISIENSI_RASIO ? FIGURE_INDEX :
		FIGURE_PERCENT;
}

/* ---- Indicators ---- */

static const struct figure *cari(struct tabel *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void alias(struct tabel *t, const struct figure *f, const char *fmt,
	...) __attribute__((format(printf, 3, 4)));

static const struct figure *cari(struct tabel *t, const char *fmt, ...)
{
	char key[512];
	va_list ap;
	va_start(ap, fmt);
	kunci(key, sizeof key, fmt, ap);
	va_end(ap);
	return strmap_get(t->m->figure_kunci, key);
}

/* The inputs of a PMK 214 efficiency: pagu, capaian and realisasi of
 * each output under the lines (metrics.c anggaran_keluaran), not the
 * capaian and serapan of the lines themselves. */
static void masukan_pmk214(struct tabel *t, struct figure *e,
	const struct anggaran *const *lines, size_t nlines)
{
	const struct metrics *m = t->m;
	const struct anggaran **ks = arena_alloc(t->a, (m->nanggaran ?
		m->nanggaran : 1) * sizeof *ks);
	size_t nk = 0;
	for (size_t i = 0; i < nlines; i++)
		anggaran_keluaran(m, lines[i], ks, &nk);
	const struct figure **in = arena_alloc(t->a, (nk ? 3 * nk : 1) *
		sizeof *in);
	for (size_t i = 0; i < nk; i++) {
		in[3 * i] = cari(t, "anggaran.%s.pagu", ks[i]->kode);
		in[3 * i + 1] = cari(t, "anggaran.%s.capaian", ks[i]->kode);
		in[3 * i + 2] = cari(t, "anggaran.%s.realisasi", ks[i]->kode);
	}
	masukan(t, e, arena_printf(t->a, "PMK 214/2017: Σ(pagu × capaian − "
		"realisasi) ÷ Σ(pagu × capaian) × 100 atas %zu keluaran", nk),
		in, 3 * nk);
}

/* The formula and inputs of a derived indicator's realisation: the
 * data.csv series it reads, or its children's realisations (called again
 * once every indicator is in the table, as a child may come after its
 * parent in the file). */
static void realisasi_turunan(struct tabel *t, struct figure *f,
	const struct indikator *ind, int th)
{
	const struct rumus *r = &ind->rumus;
	const struct figure *in[16];
	size_t n = 0;
	switch (r->jenis) {
	case RUMUS_TIDAK_ADA:
		return;
	case RUMUS_RASIO:
		for (size_t i = 0; i < r->nseri && i < 2; i++)
			in[n++] = cari(t, "data.%s.%d", r->seri[i], th);
		masukan(t, f, r->skala_teks ? arena_printf(t->a,
			"$1 ÷ $2 × %s", r->skala_teks) : "$1 ÷ $2 × 100", in, n);
		return;
	case RUMUS_PERTUMBUHAN:
		if (r->nseri >= 1) {
			in[n++] = cari(t, "data.%s.%d", r->seri[0], th);
			in[n++] = cari(t, "data.%s.%d", r->seri[0], th - 1);
		}
		masukan(t, f, "($1 − $2) ÷ $2 × 100", in, n);
		return;
	case RUMUS_JUMLAH:
		for (size_t i = 0; i < r->nseri && n < 16; i++)
			in[n++] = cari(t, "data.%s.%d", r->seri[i], th);
		masukan(t, f, rumus_jumlah(t, n), in, n);
		return;
	case RUMUS_JUMLAH_ANAK:
		for (size_t i = 0; i < ind->nanak && n < 16; i++)
			in[n++] = cari(t, "%s.realisasi.%d", ind->anak[i]->kode,
				th);
		masukan(t, f, rumus_jumlah(t, n), in, n);
		return;
	}
}

static void tabel_indikator(struct tabel *t, const struct metrik_indikator *mi)
{
	const struct indikator *ind = mi->ind;
	const struct report_meta *meta = &t->m->report->meta;
	const char *k = ind->kode;
	for (size_t i = 0; i < mi->ntahun; i++) {
		const struct metrik_tahun *y = &mi->tahun[i];
		const struct tahunan *ty = model_tahun(ind, y->tahun);
		/* The typed targets, each (the one that counts is
		 * KODE.target.TAHUN, below). */
		static const char *const TARGET[] = {"target_renstra",
			"target_pk", "target_pk_perubahan"};
		const struct nilai *ef = ty ? model_target_efektif(ty) : NULL;
		for (int j = 0; ty != NULL && j < 3; j++) {
			const struct nilai *n = j == 0 ? &ty->target : j == 1 ?
				&ty->target_pk : &ty->target_pk_perubahan;
			/* The one that counts is KODE.target.TAHUN. */
			if (!n->ada || n == ef)
				continue;
			struct figure *f = baru(t, FIGURE_INDEX, JENIS_NILAI,
				TARGET[j], "%s.%s.%d", k, TARGET[j], y->tahun);
			f->unit = ind->satuan;
			nilai_sel(t, f, n);
		}
		struct figure *tg = baru(t, FIGURE_INDEX, JENIS_NILAI, "target",
			"%s.target.%d", k, y->tahun);
		tg->unit = ind->satuan;
		if (ty != NULL)
			nilai_sel(t, tg, model_target_efektif(ty));
		/* The typed target that counts under its own name too, and
		 * the PK target in force (the revised one, else the first):
		 * what a table's column of that name shows (doc/kolom.c). */
		for (int j = 0; ty != NULL && j < 3; j++) {
			const struct nilai *n = j == 0 ? &ty->target : j == 1 ?
				&ty->target_pk : &ty->target_pk_perubahan;
			if (n->ada && n == ef)
				alias(t, tg, "%s.%s.%d", k, TARGET[j], y->tahun);
		}
		int pk = ty == NULL ? -1 : ty->target_pk_perubahan.ada ? 2 :
			ty->target_pk.ada ? 1 : -1;
		if (pk > 0)
			alias(t, cari(t, "%s.%s.%d", k, TARGET[pk], y->tahun),
				"%s.target_pk_akhir.%d", k, y->tahun);
		struct figure *re = baru(t, FIGURE_INDEX, JENIS_NILAI,
			"realisasi", "%s.realisasi.%d", k, y->tahun);
		re->unit = ind->satuan;
		re->diketik = y->realisasi_diketik;
		/* A typed realisasi standing in for a rumus that cannot
		 * compute the year (marked "*)") comes from its cell. */
		if (ind->rumus.jenis == RUMUS_TIDAK_ADA || y->realisasi_diketik) {
			if (ty != NULL)
				nilai_sel(t, re, &ty->realisasi);
		} else {
			nilai_hitung(re, y->ada_realisasi, y->realisasi);
			realisasi_turunan(t, re, ind, y->tahun);
		}
		struct figure *c = baru(t, FIGURE_PERCENT, JENIS_CAPAIAN,
			"capaian", "%s.capaian.%d", k, y->tahun);
		c->unit = "%";
		nilai_hitung(c, y->status == CAPAIAN_OK, y->capaian);
		/* The rounding convention, said where the figure is
		 * explained (dasar_capaian: tampilan). */
		const struct report_meta *mt_ = &t->m->report->meta;
		masukan2(t, c, mt_->capaian_tampilan ? arena_printf(t->a,
			"%s, dari $1 dan $2 sebagaimana ditampilkan (dibulatkan "
			"%d desimal)", rumus_capaian(ind->polaritas),
			mt_->fmt_nilai.decimals) : rumus_capaian(ind->polaritas),
			re, tg);
		struct figure *p = baru(t, FIGURE_GRADE, JENIS_CAPAIAN,
			"predikat", "%s.predikat.%d", k, y->tahun);
		p->ada = y->predikat != NULL;
		p->text = y->predikat ? y->predikat->nama : NULL;
		masukan2(t, p, t->rumus_predikat, c, NULL);
	}

	const struct figure *ini_r = cari(t, "%s.realisasi.%d", k, meta->tahun);
	if (mi->ada_perubahan) {
		struct figure *f = baru(t, FIGURE_INDEX, JENIS_NILAI,
			"perubahan", "%s.perubahan", k);
		f->unit = ind->satuan;
		nilai_hitung(f, true, mi->perubahan);
		masukan2(t, f, "$1 − $2", ini_r,
			cari(t, "%s.realisasi.%d", k, meta->tahun - 1));
	}
	if (mi->ada_target_akhir) {
		struct figure *f = baru(t, FIGURE_INDEX, JENIS_NILAI,
			"target akhir", "%s.target_akhir", k);
		f->unit = ind->satuan;
		if (mi->target_akhir_grade != NULL) {
			/* A grade, as written: the cell it was read from. */
			nilai_sel(t, f, mi->target_akhir_grade);
		} else if (ind->target_akhir.ada) {
			nilai_sel(t, f, &ind->target_akhir);
		} else if (ind->sifat == SIFAT_PERSENTASE) {
			nilai_hitung(f, true, mi->target_akhir);
			masukan2(t, f, "$1", cari(t, "%s.target.%d", k,
				meta->renstra_akhir), NULL);
		} else {
			nilai_hitung(f, true, mi->target_akhir);
			const struct figure *in[64];
			size_t n = 0;
			for (int y = meta->renstra_awal; y <= meta->renstra_akhir &&
				meta->renstra_awal > 0 && n < 64; y++) {
				const struct figure *g = cari(t, "%s.target.%d", k, y);
				if (g != NULL && g->ada)
					in[n++] = g;
			}
			masukan(t, f, rumus_jumlah(t, n), in, n);
		}
	}
	if (mi->ada_kemajuan) {
		const struct figure *r = ini_r;
		/* Grades do not add up: a qualitative one's is this year's. */
		if (ind->sifat == SIFAT_ABSOLUT &&
				ind->polaritas != POLARITAS_KUALITATIF) {
			struct figure *kum = baru(t, FIGURE_INDEX, JENIS_NILAI,
				"realisasi kumulatif", "%s.realisasi_kumulatif", k);
			kum->unit = ind->satuan;
			nilai_hitung(kum, true, mi->realisasi_kumulatif);
			const struct figure *in[64];
			size_t n = 0;
			for (size_t i = 0; i < mi->ntahun && n < 64; i++) {
				const struct metrik_tahun *y = &mi->tahun[i];
				if (y->tahun >= meta->renstra_awal &&
					y->tahun <= meta->tahun && y->ada_realisasi)
					in[n++] = cari(t, "%s.realisasi.%d", k,
						y->tahun);
			}
			masukan(t, kum, rumus_jumlah(t, n), in, n);
			r = kum;
		}
		struct figure *f = baru(t, FIGURE_PERCENT, JENIS_CAPAIAN,
			"kemajuan", "%s.kemajuan", k);
		f->unit = "%";
		nilai_hitung(f, true, mi->kemajuan);
		masukan2(t, f, ind->polaritas == POLARITAS_NEGATIF ?
			"(2 × $2 − $1) ÷ $2 × 100" : ind->polaritas ==
			POLARITAS_NEGATIF_RASIO ? "$2 ÷ $1 × 100" :
			"$1 ÷ $2 × 100", r, cari(t, "%s.target_akhir", k));
	}
	/* A rate's or a grade's progress is on this year's realisasi
	 * (SPEC 3): that is its realisasi_kumulatif. */
	if (ind->sifat != SIFAT_ABSOLUT || ind->polaritas == POLARITAS_KUALITATIF)
		alias(t, ini_r, "%s.realisasi_kumulatif", k);
	if (mi->ada_standar) {
		const struct tahunan *ty = model_tahun(ind, meta->tahun);
		struct figure *s = baru(t, FIGURE_INDEX, JENIS_NILAI, "standar",
			"%s.standar", k);
		s->unit = ind->satuan;
		nilai_sel(t, s, ty ? &ty->standar : NULL);
		struct figure *f = baru(t, FIGURE_PERCENT, JENIS_CAPAIAN,
			"banding standar", "%s.banding_standar", k);
		f->unit = "%";
		nilai_hitung(f, true, mi->banding_standar);
		masukan2(t, f, "$1 ÷ $2 × 100", ini_r, s);
	}
}

/* ---- Budget ---- */

static void tabel_anggaran(struct tabel *t, const struct metrik_anggaran *ma)
{
	const struct anggaran *a = ma->a;
	const struct report_meta *meta = &t->m->report->meta;
	const char *k = a->kode;
	struct figure *pa = baru(t, FIGURE_RUPIAH, JENIS_RUPIAH, "pagu awal",
		"anggaran.%s.pagu_awal", k);
	pa->unit = "Rp";
	nilai_sel(t, pa, &a->pagu_awal);
	struct figure *pg = baru(t, FIGURE_RUPIAH, JENIS_RUPIAH, "pagu",
		"anggaran.%s.pagu", k);
	pg->unit = "Rp";
	nilai_sel(t, pg, model_pagu_efektif(a));
	struct figure *re = baru(t, FIGURE_RUPIAH, JENIS_RUPIAH, "realisasi",
		"anggaran.%s.realisasi", k);
	re->unit = "Rp";
	nilai_sel(t, re, &a->realisasi_anggaran);
	re->tak_dilaporkan = ma->tak_dilaporkan;
	struct figure *si = baru(t, FIGURE_RUPIAH, JENIS_RUPIAH,
		"sisa anggaran", "anggaran.%s.sisa_anggaran", k);
	si->unit = "Rp";
	si->tak_dilaporkan = ma->tak_dilaporkan;
	nilai_hitung(si, !ma->tak_dilaporkan, angka_kurang(ma->pagu,
		ma->realisasi));
	masukan2(t, si, "$1 − $2", pg, re);
	struct figure *se = baru(t, FIGURE_PERCENT, JENIS_ANGGARAN, "serapan",
		"anggaran.%s.serapan", k);
	se->unit = "%";
	se->tak_dilaporkan = ma->tak_dilaporkan;
	nilai_hitung(se, ma->ada_serapan, ma->serapan);
	masukan2(t, se, "$1 ÷ $2 × 100", re, pg);
	struct figure *tg = baru(t, FIGURE_INDEX, JENIS_NILAI, "target",
		"anggaran.%s.target", k);
	tg->unit = a->satuan;
	nilai_sel(t, tg, &a->target);
	/* Before the revision; the same cell as target when not given. */
	struct figure *ta = baru(t, FIGURE_INDEX, JENIS_NILAI, "target awal",
		"anggaran.%s.target_awal", k);
	ta->unit = a->satuan;
	nilai_sel(t, ta, a->target_awal.ada || a->target_awal.teks ?
		&a->target_awal : &a->target);
	struct figure *rk = baru(t, FIGURE_INDEX, JENIS_NILAI,
		"realisasi keluaran", "anggaran.%s.realisasi_keluaran", k);
	rk->unit = a->satuan;
	nilai_sel(t, rk, &a->realisasi);
	/* With a target to measure, an empty realisasi is not reported;
	 * without one, the line has no output figure at all ("-"). */
	rk->tak_dilaporkan = a->target.ada && !a->realisasi.ada;
	struct figure *c = baru(t, FIGURE_PERCENT, JENIS_CAPAIAN, "capaian",
		"anggaran.%s.capaian", k);
	c->unit = "%";
	c->tak_dilaporkan = rk->tak_dilaporkan;
	nilai_hitung(c, ma->ada_capaian, ma->capaian);
	masukan2(t, c, "$1 ÷ $2 × 100", rk, tg);
	struct figure *e = baru(t, jenis_efisiensi(meta), JENIS_EFISIENSI,
		"efisiensi", "anggaran.%s.efisiensi", k);
	e->unit = meta->efisiensi == EFISIENSI_RASIO ? NULL : "%";
	e->tak_dilaporkan = ma->tak_dilaporkan || (c->tak_dilaporkan &&
		meta->efisiensi != EFISIENSI_SISA);
	nilai_hitung(e, ma->ada_efisiensi, ma->efisiensi);
	/* PMK 214's inputs are the outputs' figures, set once every line
	 * has its own (metrics_figure_table). */
	if (meta->efisiensi != EFISIENSI_PMK214)
		masukan2(t, e, rumus_efisiensi(meta->efisiensi), c, se);
}

/* A program or kegiatan whose pagu or realisasi was left empty holds the
 * sum of its lines (metrics.c jumlah_anak): its figures say so, with the
 * lines' figures as inputs. Its lines first, whatever the file order. */
static void anggaran_dijumlah(struct tabel *t, const struct metrik_anggaran *ma)
{
	const struct anggaran *a = ma->a;
	for (size_t i = 0; i < a->nanak; i++)
		anggaran_dijumlah(t, metrics_anggaran(t->m, a->anak[i]->kode));
	static const char *const besaran[] = {"pagu", "pagu_awal", "realisasi"};
	for (size_t b = 0; b < 3; b++) {
		bool real = b == 2;
		if (!(real ? ma->realisasi_dijumlah : ma->pagu_dijumlah))
			continue;
		struct figure *f = strmap_get(t->m->figure_kunci,
			arena_printf(t->a, "anggaran.%s.%s", a->kode, besaran[b]));
		if (f == NULL || f->formula != NULL)
			continue;       /* done on an earlier visit */
		const struct figure **in = arena_alloc(t->a, a->nanak *
			sizeof *in);
		bool ada = false;
		for (size_t i = 0; i < a->nanak; i++) {
			in[i] = cari(t, "anggaran.%s.%s", a->anak[i]->kode,
				besaran[b]);
			ada = ada || (in[i] != NULL && in[i]->ada);
		}
		/* Computed, not read: no cell, no typed digits. */
		f->cell = NULL;
		f->ncell = 0;
		f->value = DEC_NONE;
		nilai_hitung(f, ada && !(real && ma->tak_dilaporkan), b == 0 ?
			ma->pagu : b == 1 ? ma->pagu_awal : ma->realisasi);
		masukan(t, f, rumus_jumlah(t, a->nanak), in, a->nanak);
	}
}

/* A line of the Renstra matrix (pagu_renstra.csv): its typed targets,
 * baseline and end target; its ceilings, typed or the sum of its lines,
 * and the period's, the sum of its years. Then the budget line's
 * progress toward that end target. */
static void tabel_renstra(struct tabel *t, const struct metrik_renstra *mr)
{
	const struct renstra *rs = mr->rs;
	const struct report_meta *meta = &t->m->report->meta;
	const char *k = rs->kode;
	/* A line the Renstra names (uraian) has its own satuan or none;
	 * one it does not is anggaran.csv's. */
	const char *satuan = rs->uraian || rs->anggaran == NULL ? rs->satuan :
		rs->anggaran->satuan;
	struct figure *b = baru(t, FIGURE_INDEX, JENIS_NILAI, "baseline",
		"anggaran.%s.renstra.baseline", k);
	b->unit = satuan;
	nilai_sel(t, b, &rs->baseline);
	for (size_t i = 0; i < rs->ntahun; i++) {
		const struct renstra_tahun *th = &rs->tahun[i];
		if (th->tahun < meta->renstra_awal || th->tahun >
				meta->renstra_akhir)
			continue;
		struct figure *f = baru(t, FIGURE_INDEX, JENIS_NILAI,
			"target Renstra", "anggaran.%s.renstra.target.%d", k,
			th->tahun);
		f->unit = satuan;
		nilai_sel(t, f, &th->target);
	}
	/* Lines first: a parent's sum names their figures. */
	for (size_t i = 0; i < mr->nth; i++) {
		int y = meta->renstra_awal + (int)i;
		const struct renstra_tahun *th = NULL;
		for (size_t j = 0; j < rs->ntahun; j++)
			if (rs->tahun[j].tahun == y)
				th = &rs->tahun[j];
		/* A year the line has no row and no sum for has no figure
		 * (a Renstra mistyped as 300 years long stays small). */
		if (th == NULL && !mr->ada_pagu[i])
			continue;
		struct figure *f = baru(t, FIGURE_RUPIAH, JENIS_RUPIAH,
			"pagu Renstra", "anggaran.%s.renstra.pagu.%d", k, y);
		f->unit = "Rp";
		if (!mr->pagu_dijumlah[i]) {
			nilai_sel(t, f, th ? &th->pagu : NULL);
			continue;
		}
		nilai_hitung(f, mr->ada_pagu[i], mr->pagu[i]);
		const struct figure **in = arena_alloc(t->a, rs->nanak *
			sizeof *in);
		for (size_t j = 0; j < rs->nanak; j++)
			in[j] = cari(t, "anggaran.%s.renstra.pagu.%d",
				rs->anak[j]->kode, y);
		masukan(t, f, rumus_jumlah(t, rs->nanak), in, rs->nanak);
	}
	struct figure *ta = baru(t, FIGURE_INDEX, JENIS_NILAI, "target akhir",
		"anggaran.%s.renstra.target_akhir", k);
	ta->unit = satuan;
	nilai_sel(t, ta, &rs->target_akhir);
	struct figure *pa = baru(t, FIGURE_RUPIAH, JENIS_RUPIAH, "pagu akhir",
		"anggaran.%s.renstra.pagu_akhir", k);
	pa->unit = "Rp";
	if (!mr->pagu_akhir_dijumlah) {
		nilai_sel(t, pa, &rs->pagu_akhir);
	} else {
		nilai_hitung(pa, true, mr->pagu_akhir);
		const struct figure **in = arena_alloc(t->a, mr->nth *
			sizeof *in);
		for (size_t i = 0; i < mr->nth; i++)
			in[i] = cari(t, "anggaran.%s.renstra.pagu.%d", k,
				meta->renstra_awal + (int)i);
		masukan(t, pa, rumus_jumlah(t, mr->nth), in, mr->nth);
	}
	const struct metrik_anggaran *ma = rs->anggaran ?
		metrics_anggaran(t->m, k) : NULL;
	if (ma == NULL)
		return;
	struct figure *f = baru(t, FIGURE_PERCENT, JENIS_CAPAIAN, "kemajuan",
		"anggaran.%s.kemajuan", k);
	f->unit = "%";
	nilai_hitung(f, ma->ada_kemajuan, ma->kemajuan);
	masukan2(t, f, "$1 ÷ $2 × 100", cari(t, "anggaran.%s."
		"realisasi_keluaran", k), ta);
}

static void renstra_pohon(struct tabel *t, const struct metrik_renstra *mr)
{
	for (size_t i = 0; i < mr->rs->nanak; i++)
		renstra_pohon(t, metrics_renstra(t->m, mr->rs->anak[i]->kode));
	tabel_renstra(t, mr);
}

/* Money over budget lines (those of a sasaran, or the top ones). */
static void tabel_uang(struct tabel *t, const char *pre, bool ada_serapan,
	double pagu, double realisasi, bool tak_lapor, double serapan,
	bool ada_ef, double ef,
	const struct figure *capaian, const struct anggaran **lines, size_t n,
	double pagu_awal, bool dengan_awal)
{
	const struct report_meta *meta = &t->m->report->meta;
	const struct figure **in = arena_alloc(t->a,
		(n ? n : 1) * sizeof *in);
	struct figure *pg = baru(t, FIGURE_RUPIAH, JENIS_RUPIAH, "pagu",
		"%s.pagu", pre);
	pg->unit = "Rp";
	nilai_hitung(pg, true, pagu);
	for (size_t i = 0; i < n; i++)
		in[i] = cari(t, "anggaran.%s.pagu", lines[i]->kode);
	masukan(t, pg, rumus_jumlah(t, n), in, n);
	if (dengan_awal) {
		struct figure *pa = baru(t, FIGURE_RUPIAH, JENIS_RUPIAH,
			"pagu awal", "%s.pagu_awal", pre);
		pa->unit = "Rp";
		nilai_hitung(pa, true, pagu_awal);
		const struct figure **ia = arena_alloc(t->a,
			(n ? n : 1) * sizeof *ia);
		for (size_t i = 0; i < n; i++)
			ia[i] = cari(t, "anggaran.%s.pagu_awal", lines[i]->kode);
		masukan(t, pa, rumus_jumlah(t, n), ia, n);
	}
	struct figure *re = baru(t, FIGURE_RUPIAH, JENIS_RUPIAH,
		"realisasi anggaran", "%s.realisasi_anggaran", pre);
	re->unit = "Rp";
	re->tak_dilaporkan = tak_lapor;
	nilai_hitung(re, !tak_lapor, realisasi);
	const struct figure **ir = arena_alloc(t->a, (n ? n : 1) * sizeof *ir);
	for (size_t i = 0; i < n; i++)
		ir[i] = cari(t, "anggaran.%s.realisasi", lines[i]->kode);
	masukan(t, re, rumus_jumlah(t, n), ir, n);
	struct figure *si = baru(t, FIGURE_RUPIAH, JENIS_RUPIAH,
		"sisa anggaran", "%s.sisa_anggaran", pre);
	si->unit = "Rp";
	si->tak_dilaporkan = tak_lapor;
	nilai_hitung(si, !tak_lapor, angka_kurang(pagu, realisasi));
	masukan2(t, si, "$1 − $2", pg, re);
	struct figure *se = baru(t, FIGURE_PERCENT, JENIS_ANGGARAN, "serapan",
		"%s.serapan", pre);
	se->unit = "%";
	se->tak_dilaporkan = tak_lapor;
	nilai_hitung(se, ada_serapan, serapan);
	masukan2(t, se, "$1 ÷ $2 × 100", re, pg);
	struct figure *e = baru(t, jenis_efisiensi(meta), JENIS_EFISIENSI,
		"efisiensi", "%s.efisiensi", pre);
	e->unit = meta->efisiensi == EFISIENSI_RASIO ? NULL : "%";
	e->tak_dilaporkan = tak_lapor;
	nilai_hitung(e, ada_ef, ef);
	if (meta->efisiensi == EFISIENSI_PMK214)
		masukan_pmk214(t, e, lines, n);
	else
		masukan2(t, e, rumus_efisiensi(meta->efisiensi), capaian, se);
}

/* Capaian as the mean of the indicators' capaian in year th: of one
 * sasaran (its children), or of the report when s is NULL. With hitung,
 * the mean is computed here (another year than the one metrics.c holds,
 * the way metrics_capaian_tahun computes it, without a buffer of every
 * indicator per call); else it is ada/v. */
static struct figure *tabel_rata(struct tabel *t, const char *key,
	const struct indikator *s, int th, bool hitung, bool ada, double v)
{
	const struct metrics *m = t->m;
	size_t cap = s != NULL ? s->nanak : m->nindikator;
	const struct figure **in = arena_alloc(t->a, (cap ? cap : 1) *
		sizeof *in);
	size_t n = 0;
	for (size_t i = 0; i < cap; i++) {
		const struct metrik_indikator *mi = s != NULL ?
			metrics_indikator(m, s->anak[i]->kode) : &m->indikator[i];
		/* The report's mean leaves out a tujuan's own indicators, as
		 * metrics.c computes it. */
		if (mi == NULL || (s == NULL && indikator_tujuan(mi->ind)))
			continue;
		const struct metrik_tahun *y = metrics_tahun(mi, th);
		if (y != NULL && y->status == CAPAIAN_OK) {
			const struct figure *f = cari(t, "%s.capaian.%d",
				mi->ind->kode, th);
			if (f != NULL)
				in[n++] = f;
		}
	}
	if (hitung) {
		double *buf = arena_alloc(t->a, (n ? n : 1) * sizeof *buf);
		for (size_t i = 0; i < n; i++)
			buf[i] = in[i]->v;
		ada = n > 0;
		v = ada ? capaian_rata_rata(buf, n, &m->report->meta) : NAN;
	}
	if (hitung && !ada)
		return NULL;
	struct figure *c = baru(t, FIGURE_PERCENT, JENIS_CAPAIAN, "capaian",
		"%s", key);
	c->unit = "%";
	nilai_hitung(c, ada, v);
	masukan(t, c, rumus_rata(t, n), in, n);
	return c;
}

/* A second key for a figure already in the table (not listed again by
 * metrics_figure_at), when it has a value. */
static void alias(struct tabel *t, const struct figure *f, const char *fmt,
	...)
{
	if (f == NULL || !f->ada)
		return;
	char key[512];
	va_list ap;
	va_start(ap, fmt);
	kunci(key, sizeof key, fmt, ap);
	va_end(ap);
	strmap_put(t->m->figure_kunci, arena_strdup(t->a, key), (void *)f);
}

static void tabel_predikat(struct tabel *t, const char *key,
	const struct figure *c, const struct predikat_band *band)
{
	struct figure *p = baru(t, FIGURE_GRADE, JENIS_CAPAIAN, "predikat",
		"%s", key);
	p->ada = band != NULL;
	p->text = band ? band->nama : NULL;
	masukan2(t, p, t->rumus_predikat, c, NULL);
}

/* The years with any capaian, ascending. */
static size_t tahun_capaian(const struct metrics *m, int *v, size_t cap)
{
	size_t n = 0;
	for (size_t i = 0; i < m->nindikator; i++)
		for (size_t k = 0; k < m->indikator[i].ntahun; k++) {
			int y = m->indikator[i].tahun[k].tahun;
			if (m->indikator[i].tahun[k].status != CAPAIAN_OK)
				continue;
			size_t j = 0;
			while (j < n && v[j] < y)
				j++;
			if (j < n && v[j] == y)
				continue;
			if (n == cap)
				return n;
			memmove(v + j + 1, v + j, (n - j) * sizeof *v);
			v[j] = y;
			n++;
		}
	return n;
}

static void tabel_sasaran(struct tabel *t, const struct metrik_sasaran *ms,
	const int *th, size_t nth)
{
	const struct metrics *m = t->m;
	const struct report_meta *meta = &m->report->meta;
	const char *k = ms->sasaran->kode;
	struct figure *c = tabel_rata(t, arena_printf(t->a, "%s.capaian", k),
		ms->sasaran, meta->tahun, false, ms->ada_capaian, ms->capaian);
	tabel_predikat(t, arena_printf(t->a, "%s.predikat", k), c,
		ms->predikat);
	for (size_t i = 0; i < nth; i++) {
		if (th[i] == meta->tahun) {
			/* The reporting year's is the one above, by a second
			 * key. */
			alias(t, c, "%s.capaian.%d", k, th[i]);
			alias(t, cari(t, "%s.predikat", k), "%s.predikat.%d", k,
				th[i]);
			continue;
		}
		struct figure *cy = tabel_rata(t, arena_printf(t->a,
			"%s.capaian.%d", k, th[i]), ms->sasaran, th[i], true,
			false, NAN);
		if (cy != NULL)
			tabel_predikat(t, arena_printf(t->a, "%s.predikat.%d", k,
				th[i]), cy, predikat_cari(&meta->skala, cy->v));
	}
	const struct anggaran **lines = arena_alloc(t->a,
		(m->nanggaran ? m->nanggaran : 1) * sizeof *lines);
	size_t n = 0;
	/* The original ceilings too, so that a budget table of the sasaran
	 * ({{tabel anggaran sasaran=S1}}) closes every column it shows. */
	double pagu_awal = 0;
	for (size_t i = 0; i < m->nanggaran; i++) {
		const struct anggaran *a = m->anggaran[i].a;
		if (model_anggaran_sasaran(a, ms->sasaran) &&
		    !anggaran_leluhur_tertaut(a, ms->sasaran)) {
			lines[n++] = a;
			pagu_awal = angka_tambah(pagu_awal,
				m->anggaran[i].pagu_awal);
		}
	}
	tabel_uang(t, k, ms->ada_serapan, ms->pagu, ms->realisasi,
		ms->tak_dilaporkan, ms->serapan,
		ms->ada_efisiensi, ms->efisiensi, c, lines, n, pagu_awal, true);
}

static void tabel_laporan(struct tabel *t, const int *th, size_t nth)
{
	const struct metrics *m = t->m;
	const struct report_meta *meta = &m->report->meta;
	struct figure *c = tabel_rata(t, "laporan.capaian", NULL, meta->tahun,
		false, m->ada_capaian, m->capaian);
	tabel_predikat(t, "laporan.predikat", c, m->predikat);
	for (size_t i = 0; i < nth; i++) {
		if (th[i] == meta->tahun) {
			alias(t, c, "laporan.capaian.%d", th[i]);
			alias(t, cari(t, "laporan.predikat"),
				"laporan.predikat.%d", th[i]);
			continue;
		}
		struct figure *cy = tabel_rata(t, arena_printf(t->a,
			"laporan.capaian.%d", th[i]), NULL, th[i], true, false,
			NAN);
		if (cy != NULL)
			tabel_predikat(t, arena_printf(t->a,
				"laporan.predikat.%d", th[i]), cy,
				predikat_cari(&meta->skala, cy->v));
	}
	const struct anggaran **lines = arena_alloc(t->a,
		(m->nanggaran ? m->nanggaran : 1) * sizeof *lines);
	size_t n = 0;
	for (size_t i = 0; i < m->nanggaran; i++)
		if (m->anggaran[i].a->induk == NULL)
			lines[n++] = m->anggaran[i].a;
	tabel_uang(t, "laporan", m->ada_serapan, m->pagu, m->realisasi,
		m->tak_dilaporkan,
		m->serapan, m->ada_efisiensi, m->efisiensi, c, lines, n,
		m->pagu_awal, true);
}

/* ---- SAKIP, data, staff ---- */

static void tabel_sakip(struct tabel *t)
{
	const struct metrics *m = t->m;
	const struct report *r = m->report;
	for (size_t j = 0; j < m->nsakip; j++) {
		const struct metrik_sakip *sk = &m->sakip[j];
		const struct figure **nil = arena_alloc(t->a,
			(r->nsakip ? r->nsakip : 1) * sizeof *nil);
		const struct figure **bob = arena_alloc(t->a,
			(r->nsakip ? r->nsakip : 1) * sizeof *bob);
		size_t n = 0, nb = 0, no = 0;
		struct dec tb = dec_int(0);
		for (size_t i = 0; i < r->nsakip; i++) {
			const struct sakip_komponen *kp = &r->sakip[i];
			if (kp->tahun != sk->tahun)
				continue;
			no++;
			struct figure *fn = baru(t, FIGURE_INDEX, JENIS_NILAI,
				"nilai komponen", "sakip.%zu.nilai.%d", no, sk->tahun);
			nilai_sel(t, fn, &kp->nilai);
			struct figure *fb = baru(t, FIGURE_INDEX, JENIS_NILAI,
				"bobot komponen", "sakip.%zu.bobot.%d", no, sk->tahun);
			nilai_sel(t, fb, &kp->bobot);
			/* The component's share of its weight (Jombang Tabel
			 * 1.3), computed here rather than in the table. */
			struct figure *fp = baru(t, FIGURE_PERCENT, JENIS_CAPAIAN,
				"persen komponen", "sakip.%zu.persen.%d", no,
				sk->tahun);
			fp->unit = "%";
			nilai_hitung(fp, true, sakip_persen_komponen(kp));
			masukan2(t, fp, "$1 ÷ $2 × 100", fn, fb);
			if (kp->nilai.ada)
				nil[n++] = fn;
			if (kp->bobot.ada) {
				bob[nb++] = fb;
				tb = dec_add(tb, nilai_dec(&kp->bobot));
			}
		}
		struct figure *fn = baru(t, FIGURE_INDEX, JENIS_NILAI,
			"nilai SAKIP", "sakip.nilai.%d", sk->tahun);
		nilai_hitung(fn, true, sk->total);
		masukan(t, fn, rumus_jumlah(t, n), nil, n);
		struct figure *fb = baru(t, FIGURE_INDEX, JENIS_NILAI,
			"bobot SAKIP", "sakip.bobot.%d", sk->tahun);
		nilai_hitung(fb, nb > 0, dec_to_double(tb));
		masukan(t, fb, rumus_jumlah(t, nb), bob, nb);
		struct figure *fp = baru(t, FIGURE_PERCENT, JENIS_CAPAIAN,
			"persen SAKIP", "sakip.persen.%d", sk->tahun);
		fp->unit = "%";
		nilai_hitung(fp, nb > 0, angka_persen(sk->total, fb->v));
		masukan2(t, fp, "$1 ÷ $2 × 100", fn, fb);
		struct figure *fg = baru(t, FIGURE_GRADE, JENIS_NILAI,
			"predikat SAKIP", "sakip.predikat.%d", sk->tahun);
		fg->ada = sk->grade != NULL;
		fg->text = sk->grade;
		masukan2(t, fg, "AA > 90, A > 80, BB > 70, B > 60, CC > 50, "
			"C > 30, D (PermenPAN-RB 88/2021) dari $1", fn, NULL);
	}
}

static void tabel_data(struct tabel *t)
{
	const struct report *r = t->m->report;
	for (size_t i = 0; i < r->ndata; i++) {
		const struct data_seri *d = &r->data[i];
		/* Named as the reader knows it: its uraian when given. */
		struct figure *f = baru(t, FIGURE_INDEX, JENIS_NILAI,
			d->uraian ? d->uraian : d->seri, "data.%s.%d", d->seri,
			d->tahun);
		f->unit = d->satuan;
		nilai_sel(t, f, &d->nilai);
	}
	/* Year on year, wherever the year before is given too (a table of
	 * the series shows them: {{tabel seri}}). A growth from 0 has no
	 * value: nothing is divided by 0. */
	for (size_t i = 0; i < r->ndata; i++) {
		const struct data_seri *d = &r->data[i];
		const struct figure *ini = cari(t, "data.%s.%d", d->seri, d->tahun);
		const struct figure *lalu = cari(t, "data.%s.%d", d->seri,
			d->tahun - 1);
		if (ini == NULL || lalu == NULL || !ini->ada || !lalu->ada ||
				ini->text != NULL || lalu->text != NULL)
			continue;
		struct figure *s = baru(t, FIGURE_INDEX, JENIS_NILAI,
			arena_printf(t->a, "selisih %s %d", ini->nama, d->tahun),
			"data.%s.selisih.%d", d->seri, d->tahun);
		s->unit = d->satuan;
		nilai_hitung(s, true, angka_kurang(ini->v, lalu->v));
		masukan2(t, s, "$1 − $2", ini, lalu);
		struct figure *p = baru(t, FIGURE_PERCENT, JENIS_NILAI,
			arena_printf(t->a, "pertumbuhan %s %d", ini->nama,
			d->tahun),
			"data.%s.pertumbuhan.%d", d->seri, d->tahun);
		p->unit = "%";
		nilai_hitung(p, lalu->v != 0, angka_persen(angka_kurang(ini->v,
			lalu->v), lalu->v));
		masukan2(t, p, lalu->v != 0 ? "($1 − $2) ÷ $2 × 100" :
			"tidak dihitung: pembagi $2 bernilai 0", ini, lalu);
	}
}

/* Figures as published (terbit.csv), so a sentence can quote what was
 * published: terbit.BESARAN.KODE.TAHUN, or terbit.BESARAN.TAHUN for the
 * whole report (BESARAN as terbit.csv writes it: terbit.pagu-awal.2024). */
static void tabel_terbit(struct tabel *t)
{
	const struct report *r = t->m->report;
	const struct report_meta *meta = &r->meta;
	for (size_t i = 0; i < r->nterbit; i++) {
		const struct terbit *p = &r->terbit[i];
		enum figure_kind kind = FIGURE_PERCENT;
		enum angka_jenis jenis = JENIS_CAPAIAN;
		const char *unit = "%";
		switch (p->besaran) {
		case BESARAN_CAPAIAN:
		case BESARAN_KEMAJUAN:
			break;
		case BESARAN_SERAPAN:
			jenis = JENIS_ANGGARAN;
			break;
		case BESARAN_EFISIENSI:
			kind = jenis_efisiensi(meta);
			jenis = JENIS_EFISIENSI;
			unit = kind == FIGURE_INDEX ? NULL : "%";
			break;
		case BESARAN_PAGU:
		case BESARAN_PAGU_AWAL:
		case BESARAN_REALISASI_ANGGARAN:
		case BESARAN_BELANJA:
			kind = FIGURE_RUPIAH;
			jenis = JENIS_RUPIAH;
			unit = "Rp";
			break;
		case BESARAN_PREDIKAT:
			kind = FIGURE_GRADE;
			unit = NULL;
			break;
		case BESARAN_MAX:
			continue;
		}
		const char *b = BESARAN_NAMA[p->besaran];
		const char *nama = arena_printf(t->a, "%s terbit%s%s", b,
			p->sumber ? " " : "", p->sumber ? p->sumber : "");
		const char *k = p->kode ? arena_printf(t->a, "terbit.%s.%s.%d",
			b, p->kode, p->tahun) : arena_printf(t->a, "terbit.%s.%d", b,
			p->tahun);
		/* The same figure published twice (Magetan's capaian: 114,74
		 * in Tabel 4.1, 100 in BAB IV.A): the later row is named by
		 * its row in terbit.csv. */
		struct figure *f = cari(t, "%s", k) == NULL ? baru(t, kind, jenis,
			nama, "%s", k) : baru(t, kind, jenis, nama, "%s.baris%d", k,
			p->pos.line);
		f->unit = unit;
		if (p->besaran == BESARAN_PREDIKAT) {
			f->cell = &p->nilai.pos;
			f->ncell = p->nilai.pos.file != NULL;
			f->ada = p->teks != NULL;
			f->text = p->teks;
		} else {
			nilai_sel(t, f, &p->nilai);
		}
	}
}

/* Staff (pegawai.csv): per row, per kelompok (each breaks down the same
 * people) and for the report (the first kelompok, as metrics.c counts
 * it). A row's head count is its jumlah, else laki-laki + perempuan;
 * its shortfall is kebutuhan - jumlah. */
static void tabel_pegawai(struct tabel *t)
{
	const struct metrics *m = t->m;
	const struct report *r = m->report;
	if (r->npegawai == 0)
		return;
	/* Per row. */
	struct figure **jml = arena_alloc(t->a, r->npegawai * sizeof *jml);
	struct figure **kur = arena_alloc(t->a, r->npegawai * sizeof *kur);
	struct figure **lk = arena_alloc(t->a, r->npegawai * sizeof *lk);
	struct figure **pr = arena_alloc(t->a, r->npegawai * sizeof *pr);
	struct figure **bt = arena_alloc(t->a, r->npegawai * sizeof *bt);
	for (size_t i = 0; i < r->npegawai; i++) {
		const struct pegawai *pg = &r->pegawai[i];
		size_t no = i + 1;
		lk[i] = pr[i] = bt[i] = kur[i] = NULL;
		if (pg->laki_laki.ada) {
			lk[i] = baru(t, FIGURE_COUNT, JENIS_CACAH, "laki-laki",
				"pegawai.%zu.laki_laki", no);
			nilai_sel(t, lk[i], &pg->laki_laki);
		}
		if (pg->perempuan.ada) {
			pr[i] = baru(t, FIGURE_COUNT, JENIS_CACAH, "perempuan",
				"pegawai.%zu.perempuan", no);
			nilai_sel(t, pr[i], &pg->perempuan);
		}
		jml[i] = baru(t, FIGURE_COUNT, JENIS_CACAH, "jumlah",
			"pegawai.%zu.jumlah", no);
		if (pg->jumlah.ada) {
			nilai_sel(t, jml[i], &pg->jumlah);
		} else {
			nilai_hitung(jml[i], true, angka_tambah(
				lk[i] ? lk[i]->v : 0, pr[i] ? pr[i]->v : 0));
			masukan2(t, jml[i], lk[i] && pr[i] ? "$1 + $2" :
				lk[i] || pr[i] ? "$1" : "0 (baris tanpa jumlah)",
				lk[i] ? lk[i] : pr[i], lk[i] ? pr[i] : NULL);
		}
		if (pg->kebutuhan.ada) {
			bt[i] = baru(t, FIGURE_COUNT, JENIS_CACAH, "kebutuhan",
				"pegawai.%zu.kebutuhan", no);
			nilai_sel(t, bt[i], &pg->kebutuhan);
			kur[i] = baru(t, FIGURE_COUNT, JENIS_CACAH, "kekurangan",
				"pegawai.%zu.kekurangan", no);
			nilai_hitung(kur[i], true, angka_kurang(bt[i]->v,
				jml[i]->v));
			masukan2(t, kur[i], "$1 − $2", bt[i], jml[i]);
		}
	}
	/* Per kelompok, in the order they first appear. */
	const struct figure **in = arena_alloc(t->a,
		r->npegawai * sizeof *in);
	for (size_t i = 0; i < r->npegawai; i++) {
		const char *kel = r->pegawai[i].kelompok;
		bool pertama = kel != NULL;
		for (size_t j = 0; j < i && pertama; j++)
			pertama = r->pegawai[j].kelompok == NULL ||
				strcmp(r->pegawai[j].kelompok, kel) != 0;
		if (!pertama)
			continue;
		static const char *const NAMA[] = {"laki_laki", "perempuan",
			"jumlah", "kebutuhan", "kekurangan"};
		struct figure **kol[] = {lk, pr, jml, bt, kur};
		for (int q = 0; q < 5; q++) {
			size_t n = 0;
			double s = 0;
			for (size_t j = i; j < r->npegawai; j++) {
				const char *kj = r->pegawai[j].kelompok;
				if (kj == NULL || strcmp(kj, kel) != 0 ||
					kol[q][j] == NULL || !kol[q][j]->ada)
					continue;
				in[n++] = kol[q][j];
				s = angka_tambah(s, kol[q][j]->v);
			}
			struct figure *f = baru(t, FIGURE_COUNT, JENIS_CACAH,
				arena_printf(t->a, "%s per %s", NAMA[q], kel),
				"pegawai.%s.%s", kel, NAMA[q]);
			nilai_hitung(f, true, s);
			masukan(t, f, rumus_jumlah(t, n), in, n);
			/* The report's head count: the first kelompok's. */
			if (i == 0 && q < 3) {
				struct figure *g = baru(t, FIGURE_COUNT,
					JENIS_CACAH, arena_printf(t->a, "pegawai %s",
					NAMA[q]), "pegawai.%s", NAMA[q]);
				nilai_hitung(g, true, q == 0 ?
					m->pegawai_laki_laki : q == 1 ?
					m->pegawai_perempuan : s);
				masukan2(t, g, "$1", f, NULL);
			}
		}
	}
}

/* Fixed assets (aset.csv): each row's cells and each column's total
 * (aset.jumlah.saldo_awal, ...). */
static void tabel_aset(struct tabel *t)
{
	const struct report *r = t->m->report;
	static const char *const NAMA[] = {"saldo_awal", "penambahan",
		"pengurangan", "saldo_akhir"};
	if (r->naset == 0)
		return;
	const struct figure **in[4];
	size_t nin[4] = {0};
	double sum[4] = {0};
	for (int j = 0; j < 4; j++)
		in[j] = arena_alloc(t->a, r->naset * sizeof *in[j]);
	for (size_t i = 0; i < r->naset; i++) {
		const struct aset *a = &r->aset[i];
		const struct nilai *n[4] = {&a->saldo_awal, &a->penambahan,
			&a->pengurangan, &a->saldo_akhir};
		for (int j = 0; j < 4; j++) {
			if (!n[j]->ada)
				continue;
			struct figure *f = baru(t, FIGURE_RUPIAH, JENIS_JUMLAH,
				NAMA[j], "aset.%zu.%s", i + 1, NAMA[j]);
			nilai_sel(t, f, n[j]);
			in[j][nin[j]++] = f;
			sum[j] = angka_tambah(sum[j], n[j]->v);
		}
	}
	for (int j = 0; j < 4; j++) {
		struct figure *f = baru(t, FIGURE_RUPIAH, JENIS_JUMLAH,
			arena_printf(t->a, "jumlah %s", NAMA[j]), "aset.jumlah.%s",
			NAMA[j]);
		nilai_hitung(f, nin[j] > 0, sum[j]);
		masukan(t, f, rumus_jumlah(t, nin[j]), in[j], nin[j]);
	}
}

/* Money and efficiency per indicator, from the budget lines that support
 * it (anggaran.csv mendukung; the highest linked line of each branch):
 * IKU1.anggaran.pagu, .serapan, .efisiensi, ... */
static void tabel_mendukung(struct tabel *t, const struct metrik_indikator *mi)
{
	if (!mi->ada_anggaran)
		return;
	const struct metrics *m = t->m;
	const struct anggaran **lines = arena_alloc(t->a,
		(m->nanggaran ? m->nanggaran : 1) * sizeof *lines);
	size_t n = 0;
	for (size_t i = 0; i < m->nanggaran; i++) {
		const struct anggaran *a = m->anggaran[i].a;
		bool ya = false, atas = false;
		for (size_t j = 0; j < a->nmendukung; j++)
			ya |= a->mendukung[j] == mi->ind;
		for (const struct anggaran *p = a->induk; p && ya && !atas;
				p = p->induk)
			for (size_t j = 0; j < p->nmendukung; j++)
				atas |= p->mendukung[j] == mi->ind;
		if (ya && !atas)
			lines[n++] = a;
	}
	const char *pre = arena_printf(t->a, "%s.anggaran", mi->ind->kode);
	tabel_uang(t, pre, mi->ada_serapan, mi->pagu, mi->realisasi_anggaran,
		mi->tak_dilaporkan,
		mi->serapan, mi->ada_efisiensi, mi->efisiensi,
		cari(t, "%s.capaian.%d", mi->ind->kode, m->report->meta.tahun),
		lines, n, 0, false);
}

/* Spending by kind (belanja.csv: belanja.operasi.anggaran, ...) and the
 * budget lines counted by level (laporan.jumlah_program, ...). */
static void tabel_belanja(struct tabel *t)
{
	const struct metrics *m = t->m;
	for (int j = 0; j < BELANJA_MAX; j++) {
		const struct metrik_belanja *mb = &m->belanja[j];
		if (!mb->ada)
			continue;
		const char *nm = BELANJA_NAMA[j];
		struct figure *ag = baru(t, FIGURE_RUPIAH, JENIS_RUPIAH,
			"anggaran", "belanja.%s.anggaran", nm);
		ag->unit = "Rp";
		nilai_hitung(ag, true, mb->anggaran);
		masukan(t, ag, "jumlah anggaran baris belanja.csv", NULL, 0);
		struct figure *re = baru(t, FIGURE_RUPIAH, JENIS_RUPIAH,
			"realisasi", "belanja.%s.realisasi", nm);
		re->unit = "Rp";
		nilai_hitung(re, true, mb->realisasi);
		masukan(t, re, "jumlah realisasi baris belanja.csv", NULL, 0);
		struct figure *se = baru(t, FIGURE_PERCENT, JENIS_ANGGARAN,
			"serapan", "belanja.%s.serapan", nm);
		se->unit = "%";
		nilai_hitung(se, mb->ada_serapan, mb->serapan);
		masukan2(t, se, "$1 ÷ $2 × 100", re, ag);
	}
	static const char *const TINGKAT[] = {"program", "kegiatan",
		"subkegiatan"};
	const size_t jumlah[] = {m->jumlah_program, m->jumlah_kegiatan,
		m->jumlah_subkegiatan};
	for (int k = 0; k < 3; k++) {
		struct figure *f = baru(t, FIGURE_COUNT, JENIS_CACAH, "jumlah",
			"laporan.jumlah_%s", TINGKAT[k]);
		nilai_hitung(f, true, (double)jumlah[k]);
		masukan(t, f, "banyaknya baris anggaran.csv", NULL, 0);
	}
}

/* How many indicators met their target in the reporting year (capaian
 * at or above 100 %, the reports' own "tercapai"), of those with a
 * capaian: the site's headline. */
static void tabel_tercapai(struct tabel *t)
{
	const struct metrics *m = t->m;
	size_t met = 0, with = 0;
	for (size_t i = 0; i < m->nindikator; i++) {
		const struct metrik_tahun *y = m->indikator[i].ini;
		/* A tujuan's indicators are followed on their own. */
		if (y == NULL || y->status != CAPAIAN_OK ||
				indikator_tujuan(m->indikator[i].ind))
			continue;
		with++;
		met += y->capaian >= 100;
	}
	struct figure *fw = baru(t, FIGURE_COUNT, JENIS_CACAH,
		"indikator dengan capaian", "laporan.indikator");
	nilai_hitung(fw, with > 0, (double)with);
	masukan(t, fw, "banyaknya capaian tahun ini", NULL, 0);
	struct figure *fm = baru(t, FIGURE_COUNT, JENIS_CACAH,
		"indikator tercapai", "laporan.tercapai");
	nilai_hitung(fm, with > 0, (double)met);
	masukan(t, fm, "banyaknya capaian tahun ini yang ≥ 100 %", NULL, 0);
}

void metrics_figure_table(struct metrics *m)
{
	struct tabel t = {m, m->arena, 0, NULL};
	t.rumus_predikat = arena_printf(m->arena, "pita skala predikat %s yang "
		"memuat $1", m->report->meta.skala.nama ?
		m->report->meta.skala.nama : "");
	m->figure_kunci = strmap_new(m->arena);
	/* Inputs that others read come first: data before derived
	 * indicators; children are found by key once all are in. */
	tabel_data(&t);
	for (size_t i = 0; i < m->nindikator; i++)
		tabel_indikator(&t, &m->indikator[i]);
	/* A jumlah_anak realisation read its children before they were in
	 * the table when a parent comes first in the file: link again. */
	for (size_t i = 0; i < m->nindikator; i++) {
		const struct indikator *ind = m->indikator[i].ind;
		if (ind->rumus.jenis != RUMUS_JUMLAH_ANAK)
			continue;
		for (size_t k = 0; k < m->indikator[i].ntahun; k++) {
			int th = m->indikator[i].tahun[k].tahun;
			struct figure *f = strmap_get(m->figure_kunci,
				arena_printf(m->arena, "%s.realisasi.%d", ind->kode,
					th));
			if (f != NULL && !m->indikator[i].tahun[k].realisasi_diketik)
				realisasi_turunan(&t, f, ind, th);
		}
	}
	for (size_t i = 0; i < m->nanggaran; i++)
		tabel_anggaran(&t, &m->anggaran[i]);
	for (size_t i = 0; m->report->meta.efisiensi == EFISIENSI_PMK214 &&
			i < m->nanggaran; i++) {
		const struct anggaran *a = m->anggaran[i].a;
		masukan_pmk214(&t, strmap_get(m->figure_kunci, arena_printf(
			m->arena, "anggaran.%s.efisiensi", a->kode)), &a, 1);
	}
	for (size_t i = 0; i < m->nanggaran; i++)
		anggaran_dijumlah(&t, &m->anggaran[i]);
	/* Post-order: a Renstra parent's sum names its lines' figures. */
	for (size_t i = 0; i < m->nrenstra; i++)
		if (m->renstra[i].rs->induk == NULL)
			renstra_pohon(&t, &m->renstra[i]);
	int th[64];
	size_t nth = tahun_capaian(m, th, 64);
	for (size_t i = 0; i < m->nsasaran; i++)
		tabel_sasaran(&t, &m->sasaran[i], th, nth);
	tabel_laporan(&t, th, nth);
	tabel_sakip(&t);
	tabel_pegawai(&t);
	tabel_aset(&t);
	tabel_tercapai(&t);
	for (size_t i = 0; i < m->nindikator; i++)
		tabel_mendukung(&t, &m->indikator[i]);
	tabel_belanja(&t);
	tabel_terbit(&t);
}

/* ---- Figures of a selection ---- */

/* A figure outside the table (the caller's arena). */
static struct figure *lepas(struct arena *a, enum figure_kind kind,
	enum angka_jenis jenis, const char *nama, const char *unit)
{
	struct figure *f = arena_alloc(a, sizeof *f);
	memset(f, 0, sizeof *f);
	f->key = arena_printf(a, "pilihan.%s", nama);
	f->nama = nama;
	f->kind = kind;
	f->jenis = jenis;
	f->unit = unit;
	f->value = DEC_NONE;
	f->v = NAN;
	f->v_atas = NAN;
	return f;
}

/* Whether f is computed from exactly the n figures of set (by key; those
 * of its inputs that have a value, in any order). */
static bool masukan_sama(const struct figure *f, const struct strmap *set,
	size_t n)
{
	if (f == NULL || f->formula == NULL)
		return false;
	size_t k = 0;
	for (size_t i = 0; i < f->ninput; i++) {
		if (!f->input[i]->ada)
			continue;
		if (strmap_get(set, f->input[i]->key) != f->input[i])
			return false;
		k++;
	}
	return k == n;
}

const struct figure *metrics_pilihan(const struct metrics *m, struct arena *a,
	enum pilihan op, const char *nama, const char *const *kunci, size_t n,
	const char *sama)
{
	struct tabel t = {(struct metrics *)m, a, 0, NULL};
	const struct figure **in = arena_alloc(a, (n ? n : 1) * sizeof *in);
	size_t k = 0;
	/* Each figure once, by its key (a large report's closing row adds
	 * up thousands). */
	struct strmap *set = strmap_new(a);
	for (size_t i = 0; i < n; i++) {
		const struct figure *f = metrics_figure(m, kunci[i]);
		if (f != NULL && f->ada && f->text == NULL &&
				strmap_put(set, f->key, (void *)f) == NULL)
			in[k++] = f;
	}
	if (k == 0)
		return NULL;
	const struct figure *s = metrics_figure(m, sama);
	if (masukan_sama(s, set, k))
		return s;
	struct figure *f;
	switch (op) {
	case PILIHAN_JUMLAH: {
		if (k == 1) /* the sum of one figure is that figure */
			return in[0];
		struct dec d = dec_int(0);
		for (size_t i = 0; i < k; i++)
			d = dec_add(d, figure_dec(in[i]));
		f = lepas(a, in[0]->kind, in[0]->jenis, nama, in[0]->unit);
		nilai_hitung(f, dec_ok(d), dec_to_double(d));
		masukan(&t, f, rumus_jumlah(&t, k), in, k);
		return f;
	}
	case PILIHAN_RATA: {
		double *v = arena_alloc(a, k * sizeof *v);
		for (size_t i = 0; i < k; i++)
			v[i] = in[i]->v;
		f = lepas(a, FIGURE_PERCENT, JENIS_CAPAIAN, nama, "%");
		nilai_hitung(f, true, capaian_rata_rata(v, k, &m->report->meta));
		masukan(&t, f, rumus_rata(&t, k), in, k);
		return f;
	}
	}
	return NULL;
}

/* The outputs of the budget lines a sum of pagu adds up (PMK 214). */
static size_t keluaran(const struct metrics *m, const struct figure *pagu,
	struct arena *a, struct pmk214_keluaran **out)
{
	/* A line's own pagu (even one summed from its kegiatan) is one
	 * output; a selection's sum, those of its lines. */
	bool garis = !strncmp(pagu->key, "anggaran.", 9);
	const struct figure *const *in = garis ? &pagu : pagu->input;
	size_t n = garis ? 1 : pagu->ninput;
	struct pmk214_keluaran *k = arena_alloc(a, (n ? n : 1) * sizeof *k);
	size_t nk = 0;
	const struct report_meta *meta = &m->report->meta;
	for (size_t i = 0; i < n; i++) {
		size_t l = strlen(in[i]->key);
		if (strncmp(in[i]->key, "anggaran.", 9) || l < 14 ||
				strcmp(in[i]->key + l - 5, ".pagu"))
			continue;
		const struct metrik_anggaran *ma = metrics_anggaran(m,
			arena_printf(a, "%.*s", (int)(l - 14), in[i]->key + 9));
		if (ma == NULL || !ma->ada_capaian)
			continue;
		k[nk].pagu = ma->pagu;
		k[nk].realisasi = ma->realisasi;
		k[nk].capaian = angka_bagi(capaian_dibatasi(meta, ma->capaian),
			100);
		nk++;
	}
	*out = k;
	return nk;
}

const struct figure *metrics_turunan(const struct metrics *m, struct arena *a,
	enum turunan op, const struct figure *x, const struct figure *y,
	const char *sama)
{
	const struct report_meta *meta = &m->report->meta;
	const struct figure *s = metrics_figure(m, sama);
	if (x == NULL || (y == NULL && op != TURUNAN_PREDIKAT))
		return NULL;
	if (s != NULL && s->ninput == (y ? 2u : 1u) && s->input[0] == x &&
			(y == NULL || s->input[1] == y))
		return s;
	struct tabel t = {(struct metrics *)m, a, 0, NULL};
	struct figure *f = NULL;
	switch (op) {
	case TURUNAN_SISA:
		f = lepas(a, FIGURE_RUPIAH, JENIS_RUPIAH, "sisa anggaran", "Rp");
		nilai_hitung(f, x->ada && y->ada, angka_kurang(x->v, y->v));
		masukan2(&t, f, "$1 − $2", x, y);
		break;
	case TURUNAN_SERAPAN:
		f = lepas(a, FIGURE_PERCENT, JENIS_ANGGARAN, "serapan", "%");
		nilai_hitung(f, x->ada && y->ada, serapan_hitung(x->v, y->v));
		masukan2(&t, f, "$1 ÷ $2 × 100", x, y);
		break;
	case TURUNAN_EFISIENSI: {
		/* y: a serapan of a realisasi over a pagu (its inputs). */
		struct pmk214_keluaran *k = NULL;
		size_t nk = meta->efisiensi == EFISIENSI_PMK214 &&
			y->ninput == 2 ? keluaran(m, y->input[1], a, &k) : 0;
		f = lepas(a, jenis_efisiensi(meta), JENIS_EFISIENSI, "efisiensi",
			meta->efisiensi == EFISIENSI_RASIO ? NULL : "%");
		nilai_hitung(f, x->ada && y->ada, efisiensi_dengan(meta->efisiensi,
			capaian_dibatasi(meta, x->v), y->v, k, nk));
		masukan2(&t, f, rumus_efisiensi(meta->efisiensi), x, y);
		break;
	}
	case TURUNAN_PREDIKAT: {
		const struct predikat_band *b = x->ada ?
			predikat_cari(&meta->skala, x->v) : NULL;
		f = lepas(a, FIGURE_GRADE, JENIS_CAPAIAN, "predikat", NULL);
		f->ada = b != NULL;
		f->text = b ? b->nama : NULL;
		masukan2(&t, f, arena_printf(a, "pita skala predikat %s yang "
			"memuat $1", meta->skala.nama ? meta->skala.nama : ""),
			x, NULL);
		break;
	}
	}
	return f;
}

/* ---- Reading it ---- */

const struct figure *metrics_figure(const struct metrics *m, const char *key)
{
	return key ? strmap_get(m->figure_kunci, key) : NULL;
}

size_t metrics_figure_count(const struct metrics *m)
{
	return m->nfigure;
}

const struct figure *metrics_figure_at(const struct metrics *m, size_t i)
{
	return i < m->nfigure ? m->figure[i] : NULL;
}

struct dec figure_dec(const struct figure *f)
{
	if (!f->ada || f->text != NULL)
		return f->value;
	return dec_ok(f->value) ? f->value : dec_from_double(f->v);
}

char *figure_teks(char *buf, size_t len, const struct report_meta *meta,
	const struct figure *f)
{
	if (!f->ada) {
		snprintf(buf, len, "%s", f->tak_dilaporkan ?
			"tidak dilaporkan" : "-");
		return buf;
	}
	if (f->text != NULL) {
		snprintf(buf, len, "%s", f->text);
		return buf;
	}
	return num_format_dec(buf, len, figure_dec(f), angka_gaya(meta, f->jenis,
		f->v));
}

char *figure_tampil(char *buf, size_t len, const struct report_meta *meta,
	const struct figure *f)
{
	if (!f->ada || f->text != NULL)
		return figure_teks(buf, len, meta, f);
	struct num_style st = angka_gaya(meta, f->jenis, f->v);
	if (f->unit != NULL && strcmp(f->unit, "%") == 0)
		return num_format_percent_dec(buf, len, figure_dec(f), st);
	if (f->unit != NULL && strcmp(f->unit, "Rp") == 0)
		return num_format_rupiah_dec(buf, len, figure_dec(f), st);
	return num_format_dec(buf, len, figure_dec(f), st);
}

char *figure_sel_teks(char *buf, size_t len, const struct src_pos *p)
{
	const char *file = p->file ? p->file : "";
	const char *sheet = strstr(file, DIAG_SHEET);
	const char *slash = strrchr(file, '/');
	if (slash != NULL && (sheet == NULL || slash < sheet))
		file = slash + 1;
	/* A workbook's sheet (util/diag.h): "data.xlsx lembar kinerja". */
	if (sheet != NULL) {
		const char *nama = sheet + strlen(DIAG_SHEET);
		if (p->column_name != NULL)
			snprintf(buf, len, "%.*s lembar %s baris %d, kolom %s",
				(int)(sheet - file), file, nama, p->line,
				p->column_name);
		else
			snprintf(buf, len, "%.*s lembar %s baris %d",
				(int)(sheet - file), file, nama, p->line);
		return buf;
	}
	if (p->column_name != NULL)
		snprintf(buf, len, "%s baris %d, kolom %s", file, p->line,
			p->column_name);
	else
		snprintf(buf, len, "%s baris %d", file, p->line);
	return buf;
}

static bool sama_sel(const struct src_pos *a, const struct src_pos *b)
{
	return a->line == b->line && a->column == b->column &&
		strcmp(a->file ? a->file : "", b->file ? b->file : "") == 0;
}

size_t figure_sumber(const struct figure *f, const struct src_pos **out,
	size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < f->ncell && n < max; i++)
		out[n++] = &f->cell[i];
	for (size_t i = 0; i < f->ninput; i++)
		for (size_t k = 0; k < f->input[i]->ncell && n < max; k++) {
			const struct src_pos *p = &f->input[i]->cell[k];
			bool ada = false;
			for (size_t j = 0; j < n && !ada; j++)
				ada = sama_sel(out[j], p);
			if (!ada)
				out[n++] = p;
		}
	return n;
}

static void tambah(char *buf, size_t len, size_t *at, const char *s)
{
	size_t n = strlen(s);
	if (*at + 1 >= len)
		return;
	if (n > len - *at - 1)
		n = len - *at - 1;
	memcpy(buf + *at, s, n);
	*at += n;
	buf[*at] = '\0';
}

char *figure_derivasi(char *buf, size_t len, const struct report_meta *meta,
	const struct figure *f)
{
	size_t at = 0;
	char v[128], s[256];
	if (len == 0)
		return buf;
	buf[0] = '\0';
	/* "Capaian = " */
	snprintf(s, sizeof s, "%s", f->nama ? f->nama : f->key);
	if (s[0] >= 'a' && s[0] <= 'z')
		s[0] = (char)(s[0] - 'a' + 'A');
	tambah(buf, len, &at, s);
	tambah(buf, len, &at, " = ");
	if (f->formula != NULL) {
		for (const char *p = f->formula; *p; p++) {
			if (p[0] == '$' && p[1] >= '1' && p[1] <= '9' &&
				(size_t)(p[1] - '1') < f->ninput) {
				const struct figure *in = f->input[p[1] - '1'];
				snprintf(s, sizeof s, "%s %s", in->nama ? in->nama :
					in->key, figure_teks(v, sizeof v, meta, in));
				tambah(buf, len, &at, s);
				p++;
				continue;
			}
			char c[2] = {*p, 0};
			tambah(buf, len, &at, c);
		}
		tambah(buf, len, &at, " = ");
	}
	tambah(buf, len, &at, figure_tampil(v, sizeof v, meta, f));
	return buf;
}

char *figure_asal(char *buf, size_t len, const struct report_meta *meta,
	const struct figure *f)
{
	figure_derivasi(buf, len, meta, f);
	size_t at = strlen(buf);
	const struct src_pos *sel[32];
	size_t n = figure_sumber(f, sel, 32);
	char s[256];
	for (size_t i = 0; i < n; i++) {
		tambah(buf, len, &at, i == 0 ? " · " : "; ");
		tambah(buf, len, &at, figure_sel_teks(s, sizeof s, sel[i]));
	}
	return buf;
}
