/* Computed charts: a struct chart built in the arena from the figure table
 * (every value read by its key, IKU1.capaian.2024, anggaran.KODE.pagu,
 * data.SERI.TAHUN, so a chart shows the very figures the tables and the
 * sentences print), wrapped in a DOC_FIGURE with a text alternative that
 * states the data in words (the chart is an image to a screen reader and
 * to a PDF text extractor). The alt text and the value labels are the
 * figures as fmt_figure prints them; the chart module draws them.
 *
 * The charts take the computed tables' vocabulary where it means
 * something for a drawing: kolom= (which series), tahun= (which years),
 * and the filters tujuan=, sasaran=, indikator=, program=, tingkat=
 * (docs/directives.md, "Grafik"). */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "doc/kolom.h"
#include "doc/tables.h"
#include "util/num.h"
#include "util/strmap.h"

static bool opt_ukuran(struct build_ctx *c, const struct directive *d,
	double def_w, double def_h, double *w, double *h)
{
	return directive_opt_mm(c, d, "lebar", def_w, w) &&
		directive_opt_mm(c, d, "tinggi", def_h, h);
}

static struct chart *chart_new(struct build_ctx *c, enum chart_kind kind,
	const char *title, size_t ncat, size_t nseries)
{
	struct chart *ch = arena_alloc(ARENA(c), sizeof *ch);
	ch->kind = kind;
	ch->title = title;
	ch->ncategories = ncat;
	ch->categories = arena_alloc(ARENA(c), (ncat ? ncat : 1) *
		sizeof *ch->categories);
	ch->nseries = nseries;
	struct chart_series *s = arena_alloc(ARENA(c), (nseries ? nseries : 1)
		* sizeof *s);
	const char ***lb = arena_alloc(ARENA(c), (nseries ? nseries : 1) *
		sizeof *lb);
	for (size_t i = 0; i < nseries; i++) {
		s[i].values = arena_alloc(ARENA(c), (ncat ? ncat : 1) *
			sizeof(double));
		lb[i] = arena_alloc(ARENA(c), (ncat ? ncat : 1) *
			sizeof(char *));
	}
	ch->series = s;
	ch->labels = (const char *const *const *)lb;
	return ch;
}

static double *vals(struct chart *ch, size_t series)
{
	return (double *)ch->series[series].values;
}

static const char **labels(struct chart *ch, size_t series)
{
	return (const char **)ch->labels[series];
}

/* ---- Figures by key ---- */

/* The figure under the key fmt..., or NULL. */
static const struct figure *fig(struct build_ctx *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static const struct figure *fig(struct build_ctx *c, const char *fmt, ...)
{
	char key[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(key, sizeof key, fmt, ap);
	va_end(ap);
	return metrics_figure(c->metrics, key);
}

/* Its value where the chart draws it; NAN when absent. */
static double fig_v(const struct figure *f)
{
	return f != NULL && f->ada ? f->v : NAN;
}

/* As the tables print it, with its unit ("108,57 %", "Rp 3.297.585.325",
 * "76 UM"); "-" when absent. */
static const char *fig_teks(struct build_ctx *c, const struct figure *f)
{
	return f != NULL ? fmt_figure(c, f) : "-";
}

/* The label over its bar: the tables' digits, with "%" on a percent axis
 * (the axis title carries any other unit); NULL when absent. */
static const char *fig_label(struct build_ctx *c, const struct figure *f,
	bool persen)
{
	if (f == NULL || !f->ada)
		return NULL;
	char b[128];
	figure_teks(b, sizeof b, &c->report->meta, f);
	if (persen && f->text == NULL)
		return arena_printf(ARENA(c), "%s" NUM_NBSP "%%", b);
	return arena_strdup(ARENA(c), b);
}

/* Puts figure f at (series s, category i). */
static void put(struct build_ctx *c, struct chart *ch, size_t s, size_t i,
	const struct figure *f)
{
	vals(ch, s)[i] = fig_v(f);
	labels(ch, s)[i] = fig_label(c, f, ch->unit == CHART_UNIT_PERCENT);
}

/* The value labels round as the report rounds the figures of this kind. */
static void gaya(struct build_ctx *c, struct chart *ch, enum angka_jenis j)
{
	struct num_style st = angka_gaya(&c->report->meta, j, 0);
	ch->decimals = st.decimals;
	ch->rounding = st.rounding;
}

/* True when some value of the chart is there to draw. */
static bool ada_nilai(const struct chart *ch)
{
	for (size_t s = 0; s < ch->nseries; s++)
		for (size_t i = 0; i < ch->ncategories; i++)
			if (!isnan(ch->series[s].values[i]))
				return true;
	return false;
}

/* ---- Alt text ---- */

/* Builds the alt text piece by piece: "head: a; b; c." */
struct alt {
	struct ptrvec parts;
};

static void alt_add(struct build_ctx *c, struct alt *a, const char *s)
{
	ptrvec_push(ARENA(c), &a->parts, (void *)arena_strdup(ARENA(c), s));
}

/* The parts joined by sep. */
static const char *alt_join(struct build_ctx *c, const struct alt *a,
	const char *sep)
{
	size_t len = 1;
	for (size_t i = 0; i < a->parts.n; i++)
		len += strlen(a->parts.v[i]) + strlen(sep);
	char *s = arena_alloc(ARENA(c), len);
	for (size_t i = 0; i < a->parts.n; i++) {
		if (i > 0)
			strcat(s, sep);
		strcat(s, a->parts.v[i]);
	}
	return s;
}

static const char *alt_text(struct build_ctx *c, const char *head,
	const struct alt *a)
{
	return arena_printf(ARENA(c), "%s: %s.", head, alt_join(c, a, "; "));
}

/* The same for items that hold "; " themselves (an indicator over
 * several years): one sentence each. */
static const char *alt_kalimat(struct build_ctx *c, const char *head,
	const struct alt *a)
{
	return arena_printf(ARENA(c), "%s. %s.", head, alt_join(c, a, ". "));
}

/* ---- The vocabulary: kolom=, tahun=, filters ---- */

#define MAX_KOLOM 8
#define MAX_TAHUN 12

/* kolom=a,b against the columns this chart draws (valid, NULL-ended;
 * `alias` pairs name another spelling and the column it means). Returns
 * the count, def's when absent, or -1 after an error naming the valid
 * ones. */
static int opt_kolom(struct build_ctx *c, const struct directive *d,
	const char *const *valid, const char *const *alias,
	const char *const *def, const char **out)
{
	const char *s = directive_opt(d, "kolom");
	int n = 0;
	if (s == NULL) {
		while (def[n] != NULL) {
			out[n] = def[n];
			n++;
		}
		return n;
	}
	const char *p = s;
	for (char *k; (k = directive_list_next(c, &p)) != NULL;) {
		const char *name = NULL;
		for (size_t i = 0; valid[i] != NULL && name == NULL; i++)
			if (strcmp(k, valid[i]) == 0)
				name = valid[i];
		for (size_t i = 0; alias != NULL && alias[i] != NULL &&
		     name == NULL; i += 2)
			if (strcmp(k, alias[i]) == 0)
				name = alias[i + 1];
		if (name == NULL) {
			char list[256] = "";
			for (size_t i = 0; valid[i] != NULL; i++) {
				if (i)
					strncat(list, ", ", sizeof list -
						strlen(list) - 1);
				strncat(list, valid[i], sizeof list -
					strlen(list) - 1);
			}
			directive_error(c, d, "{{grafik %s}}: unknown kolom "
				"\"%s\" (this chart draws: %s)", d->arg, k,
				list);
			return -1;
		}
		for (int i = 0; i < n; i++)
			if (strcmp(out[i], name) == 0) {
				directive_error(c, d, "{{grafik %s}}: kolom "
					"\"%s\" is listed twice", d->arg, k);
				return -1;
			}
		if (n == MAX_KOLOM) {
			directive_error(c, d, "{{grafik %s}}: at most %d "
				"columns", d->arg, MAX_KOLOM);
			return -1;
		}
		out[n++] = name;
	}
	if (n == 0) {
		directive_error(c, d, "{{grafik %s}}: kolom= is empty", d->arg);
		return -1;
	}
	return n;
}

static bool has_kolom(const char *const *k, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (strcmp(k[i], name) == 0)
			return true;
	return false;
}

/* tahun= (a list, ranges allowed: 2020-2024), else the n_def years
 * ending with the report's. Returns the count or -1. */
static int opt_tahun_grafik(struct build_ctx *c, const struct directive *d,
	int n_def, int *years)
{
	int n = directive_opt_years(c, d, "tahun", years, MAX_TAHUN);
	/* The years run along an axis and name a span ("2022–2024"). */
	for (int i = 1; i < n; i++)
		if (years[i] <= years[i - 1]) {
			directive_error(c, d, "{{grafik %s}}: tahun=%s: the "
				"years must rise", d->arg,
				directive_opt(d, "tahun"));
			return -1;
		}
	if (n != 0)
		return n;
	int y0 = c->report->meta.tahun;
	for (int i = 0; i < n_def; i++)
		years[i] = y0 - n_def + 1 + i;
	return n_def;
}

/* "2024", "2022–2024" (the span of the years charted, which rise). */
static const char *tahun_teks(struct build_ctx *c, const int *years, int ny)
{
	if (years[0] == years[ny - 1])
		return arena_printf(ARENA(c), "%d", years[0]);
	return fmt_tahun(c, years[0], years[ny - 1]);
}

/* True when anc is ind or one of its ancestors. */
static bool di_bawah(const struct indikator *ind, const struct indikator *anc)
{
	for (const struct indikator *p = ind; p != NULL; p = p->induk)
		if (p == anc)
			return true;
	return false;
}

/* The indicators to chart: indikator=IKU1,IKU2 in that order, else the
 * indicators of the sasaran, as the capaian tables list them (a tujuan's
 * own indicators have their own table, and would be empty slots here);
 * then only those under sasaran= and tujuan=. The codes are read by the
 * tables' reader (kolom_saringan), with its messages. Nothing left is an
 * error. Returns the count or -1. */
static ssize_t opt_indikator(struct build_ctx *c, const struct directive *d,
	const struct indikator ***out)
{
	struct saringan f;
	if (!kolom_saringan(c, d, &f))
		return -1;
	struct ptrvec v = {0};
	for (size_t i = 0; f.indikator && f.indikator[i]; i++)
		ptrvec_push(ARENA(c), &v, (void *)f.indikator[i]);
	if (f.indikator == NULL) {
		for (size_t i = 0; i < c->report->nindikator; i++) {
			const struct indikator *x = c->report->indikator[i];
			if (x->tingkat == TINGKAT_INDIKATOR && !(x->induk &&
			    x->induk->tingkat == TINGKAT_TUJUAN))
				ptrvec_push(ARENA(c), &v, (void *)x);
		}
	}
	size_t k = 0;
	for (size_t i = 0; i < v.n; i++) {
		bool ok = f.sasaran == NULL;
		for (size_t j = 0; f.sasaran && f.sasaran[j] && !ok; j++)
			ok = di_bawah(v.v[i], f.sasaran[j]);
		if (ok) {
			ok = f.tujuan == NULL;
			for (size_t j = 0; f.tujuan && f.tujuan[j] && !ok; j++)
				ok = di_bawah(v.v[i], f.tujuan[j]);
		}
		if (ok)
			v.v[k++] = v.v[i];
	}
	if (k == 0) {
		directive_error(c, d, "{{grafik %s}}: no indikator to chart%s",
			d->arg, f.sasaran || f.tujuan ? " (sasaran=/tujuan= leave "
			"none)" : "");
		return -1;
	}
	*out = (const struct indikator **)v.v;
	return (ssize_t)k;
}

/* The budget lines to chart: down to tingkat= (program by default);
 * with program= or sasaran=, the lines the budget tables choose
 * (kolom_pilih_anggaran) and the lines under them. Returns the count or
 * -1. */
static ssize_t opt_anggaran(struct build_ctx *c, const struct directive *d,
	enum anggaran_tingkat def, const struct anggaran ***out)
{
	enum anggaran_tingkat maks;
	struct saringan f;
	if (!opt_tingkat(c, d, def, &maks) || !kolom_saringan(c, d, &f))
		return -1;
	const struct anggaran **lines;
	const char **no;
	size_t n = list_anggaran(c, maks, &lines, &no);
	if (n == 0) {
		directive_error(c, d, "{{grafik %s}} needs anggaran.csv",
			d->arg);
		return -1;
	}
	struct ptrvec v = {0};
	for (size_t i = 0; i < n; i++) {
		bool ok = false;
		for (const struct anggaran *a = lines[i]; a != NULL && !ok;
		     a = a->induk)
			ok = kolom_pilih_anggaran(&f, a);
		if (ok)
			ptrvec_push(ARENA(c), &v, (void *)lines[i]);
	}
	if (v.n == 0) {
		directive_error(c, d, "{{grafik %s}}: no budget line to chart "
			"(sasaran=%s down to tingkat=%s leaves none)", d->arg,
			directive_opt(d, "sasaran"), directive_opt(d, "tingkat") ?
			directive_opt(d, "tingkat") : "program");
		return -1;
	}
	*out = (const struct anggaran **)v.v;
	return (ssize_t)v.n;
}

/* ---- target-realisasi ---- */

/* The unit all the indicators share, "" when none gives one, or NULL when
 * they differ: %, UM, an index and a score on one axis compare lengths
 * that mean nothing to each other. */
static const char *satuan_bersama(const struct indikator **inds, size_t n)
{
	const char *u = NULL;
	for (size_t i = 0; i < n; i++) {
		const char *s = inds[i]->satuan ? inds[i]->satuan : "";
		if (u == NULL)
			u = s;
		else if (strcasecmp(u, s) != 0)
			return NULL;
	}
	return u;
}

static const char *const KOLOM_TR[] = {"target", "realisasi", "capaian",
	NULL};
static const char *const KOLOM_TR_DEF[] = {"target", "realisasi", NULL};

/* "Target", "Realisasi", "Capaian" */
static const char *judul_kolom(struct build_ctx *c, const char *k)
{
	char *s = arena_strdup(ARENA(c), k);
	s[0] = (char)(s[0] - 'a' + 'A');
	for (char *p = s; *p; p++)
		if (*p == '_')
			*p = ' ';
	return s;
}

/* One alt-text item per indicator and year: "Persentase koperasi aktif
 * 2024 target 70 %, realisasi 76 %, capaian 108,57 %". */
static const char *alt_indikator(struct build_ctx *c,
	const struct indikator *ind, const int *years, int ny,
	const char *const *kol, int nk, bool capaian_juga)
{
	struct alt per = {0};
	for (int t = 0; t < ny; t++) {
		struct alt fs = {0};
		for (int k = 0; k < nk; k++)
			alt_add(c, &fs, arena_printf(ARENA(c), "%s %s", kol[k],
				fig_teks(c, fig(c, "%s.%s.%d", ind->kode,
				kol[k], years[t]))));
		if (capaian_juga && !has_kolom(kol, nk, "capaian"))
			alt_add(c, &fs, arena_printf(ARENA(c), "capaian %s",
				fig_teks(c, fig(c, "%s.capaian.%d", ind->kode,
				years[t]))));
		const char *s = alt_join(c, &fs, ", ");
		alt_add(c, &per, ny > 1 ? arena_printf(ARENA(c), "%d %s",
			years[t], s) : s);
	}
	return arena_printf(ARENA(c), ny > 1 ? "%s: %s" : "%s %s",
		ind->uraian, alt_join(c, &per, "; "));
}

/* bentuk=panel: one small chart per indicator, its own axis from 0 and
 * its unit in its title; the years along each panel, the columns as its
 * bars. */
static struct doc_node *tr_panel(struct build_ctx *c,
	const struct directive *d, const struct indikator **inds, size_t n,
	const int *years, int ny, const char *const *kol, int nk)
{
	/* The PDF's text width (14 cm) holds two panels to a row. */
	size_t cols = n >= 2 ? 2 : 1;
	size_t rows = (n + cols - 1) / cols;
	double w, h;
	if (!opt_ukuran(c, d, 160, fmin(12 + 58.0 * (double)rows, 240), &w,
	    &h))
		return NULL;
	struct chart *grid = arena_alloc(ARENA(c), sizeof *grid);
	struct chart *ps = arena_alloc(ARENA(c), n * sizeof *ps);
	grid->kind = CHART_BAR;
	grid->panels = ps;
	grid->npanels = n;
	grid->title = arena_printf(ARENA(c), "Target dan Realisasi Kinerja "
		"Tahun %s", tahun_teks(c, years, ny));
	bool hanya_capaian = nk == 1 && strcmp(kol[0], "capaian") == 0;
	struct alt alt = {0};
	bool ada = false;
	for (size_t i = 0; i < n; i++) {
		const struct indikator *ind = inds[i];
		const char *sat = hanya_capaian ? "%" :
			ind->satuan && *ind->satuan ? ind->satuan : NULL;
		struct chart *p = chart_new(c, CHART_BAR, sat ?
			arena_printf(ARENA(c), "%s (%s)", ind->uraian, sat) :
			ind->uraian, (size_t)ny, (size_t)nk);
		p->unit = sat && strcmp(sat, "%") == 0 ? CHART_UNIT_PERCENT :
			CHART_UNIT_NUMBER;
		gaya(c, p, hanya_capaian ? JENIS_CAPAIAN : JENIS_NILAI);
		p->show_values = true;
		p->full_axis = true;
		p->panel = true;
		for (int t = 0; t < ny; t++)
			p->categories[t] = arena_printf(ARENA(c), "%d",
				years[t]);
		for (int k = 0; k < nk; k++) {
			((struct chart_series *)p->series)[k].name =
				judul_kolom(c, kol[k]);
			for (int t = 0; t < ny; t++)
				put(c, p, (size_t)k, (size_t)t, fig(c,
					"%s.%s.%d", ind->kode, kol[k],
					years[t]));
		}
		ada |= ada_nilai(p);
		ps[i] = *p;
		alt_add(c, &alt, alt_indikator(c, ind, years, ny, kol, nk,
			false));
	}
	if (!ada) {
		directive_error(c, d, "{{grafik %s}}: no figure for tahun=%s",
			d->arg, tahun_teks(c, years, ny));
		return NULL;
	}
	struct alt ks = {0};
	for (int k = 0; k < nk; k++)
		alt_add(c, &ks, kol[k]);
	const char *head = arena_printf(ARENA(c), "Grafik panel %s per "
		"indikator tahun %s, tiap panel dengan sumbu dan satuannya "
		"sendiri", alt_join(c, &ks, " dan "), tahun_teks(c, years, ny));
	return fig_new_chart(c, grid, ny > 1 ? alt_kalimat(c, head, &alt) :
		alt_text(c, head, &alt), w, h);
}

static struct doc_node *grafik_target_realisasi(struct build_ctx *c,
	const struct directive *d)
{
	const struct indikator **inds;
	const char *kol[MAX_KOLOM];
	int years[MAX_TAHUN];
	ssize_t n = opt_indikator(c, d, &inds);
	if (n < 0)
		return NULL;
	int nk = opt_kolom(c, d, KOLOM_TR, NULL, KOLOM_TR_DEF, kol);
	int ny = nk < 0 ? -1 : opt_tahun_grafik(c, d, 1, years);
	if (ny < 0)
		return NULL;
	const char *bentuk = directive_opt(d, "bentuk");
	if (bentuk != NULL && strcmp(bentuk, "panel") != 0 &&
	    strcmp(bentuk, "satu") != 0) {
		directive_error(c, d, "{{grafik %s}}: unknown bentuk \"%s\": "
			"expected panel or satu", d->arg, bentuk);
		return NULL;
	}
	if (bentuk != NULL && strcmp(bentuk, "panel") == 0) {
		/* A capaian beside a target in UM on one panel axis would
		 * compare a percentage with a count. */
		const char *u = satuan_bersama(inds, (size_t)n);
		if (nk > 1 && has_kolom(kol, nk, "capaian") &&
		    (u == NULL || strcmp(u, "%") != 0)) {
			directive_error(c, d, "{{grafik %s bentuk=panel}}: "
				"capaian is a percentage and the indicators' "
				"units are not all %%: give kolom=capaian alone, "
				"or target and realisasi", d->arg);
			return NULL;
		}
		return tr_panel(c, d, inds, (size_t)n, years, ny, kol, nk);
	}

	double w, h;
	if (!opt_ukuran(c, d, 160, 90, &w, &h))
		return NULL;
	/* One unit: the columns as typed, on an axis titled with it. Mixed
	 * units: each indicator as capaian, its target being 100 %, so
	 * every bar is read against one scale. Capaian alone is a
	 * percentage whatever the units. */
	const char *satuan = satuan_bersama(inds, (size_t)n);
	bool hanya_capaian = nk == 1 && strcmp(kol[0], "capaian") == 0;
	bool capaian = !hanya_capaian && (satuan == NULL ||
		(has_kolom(kol, nk, "capaian") && strcmp(satuan, "%") != 0));
	if (capaian) {
		/* Target as 100 % and realisasi as capaian. */
		static const char *const TR[] = {"target", "realisasi"};
		nk = 2;
		kol[0] = TR[0];
		kol[1] = TR[1];
	}
	size_t ns = (size_t)(nk * ny);
	const char *tahun = tahun_teks(c, years, ny);
	struct chart *ch = chart_new(c, CHART_BAR, arena_printf(ARENA(c),
		hanya_capaian ? "Capaian Kinerja Tahun %s" : capaian ?
		"Capaian Target dan Realisasi Kinerja Tahun %s" :
		"Target dan Realisasi Kinerja Tahun %s", tahun), (size_t)n, ns);
	struct chart_series *se = (struct chart_series *)ch->series;
	for (int t = 0; t < ny; t++)
		for (int k = 0; k < nk; k++) {
			const char *nm = capaian ? (k == 0 ?
				"Target (100" NUM_NBSP "%)" :
				"Realisasi (capaian)") : judul_kolom(c, kol[k]);
			se[t * nk + k].name = ny > 1 ? arena_printf(ARENA(c),
				"%s %d", nm, years[t]) : nm;
		}
	if (capaian || hanya_capaian) {
		ch->unit = CHART_UNIT_PERCENT;
		ch->y_label = hanya_capaian ? "Capaian" :
			"Capaian terhadap target";
		gaya(c, ch, JENIS_CAPAIAN);
	} else if (strcmp(satuan, "%") == 0) {
		ch->unit = CHART_UNIT_PERCENT;
		ch->y_label = "Target dan realisasi";
		gaya(c, ch, JENIS_NILAI);
	} else {
		ch->unit = CHART_UNIT_NUMBER;
		ch->y_label = *satuan ? arena_printf(ARENA(c),
			"Target dan realisasi (%s)", satuan) :
			"Target dan realisasi";
		gaya(c, ch, JENIS_NILAI);
	}
	ch->show_values = true;
	struct alt alt = {0};
	for (ssize_t i = 0; i < n; i++) {
		const struct indikator *ind = inds[i];
		ch->categories[i] = ind->uraian;
		for (int t = 0; t < ny; t++) {
			const struct figure *cp = fig(c, "%s.capaian.%d",
				ind->kode, years[t]);
			for (int k = 0; k < nk; k++) {
				size_t s = (size_t)(t * nk + k);
				if (!capaian) {
					put(c, ch, s, (size_t)i, fig(c,
						"%s.%s.%d", ind->kode, kol[k],
						years[t]));
				} else if (k == 0) {
					/* The target is 100 % by definition:
					 * no figure, the chart formats it. */
					vals(ch, s)[i] = cp && cp->ada ? 100 :
						NAN;
				} else {
					put(c, ch, s, (size_t)i, cp);
				}
			}
		}
		alt_add(c, &alt, alt_indikator(c, ind, years, ny, kol, nk,
			capaian));
	}
	if (!ada_nilai(ch)) {
		directive_error(c, d, "{{grafik %s}}: no figure for tahun=%s",
			d->arg, tahun);
		return NULL;
	}
	const char *head = capaian ? arena_printf(ARENA(c),
		"Grafik batang capaian kinerja tahun %s: satuan indikator "
		"berbeda, maka realisasi tiap indikator digambar sebagai "
		"persentase dari targetnya (target = 100 %%)", tahun) :
		hanya_capaian ? arena_printf(ARENA(c), "Grafik batang capaian "
		"kinerja tahun %s", tahun) :
		arena_printf(ARENA(c), "Grafik batang target dan realisasi "
		"tahun %s%s%s", tahun, *satuan ? ", dalam " : "", satuan);
	return fig_new_chart(c, ch, ny > 1 ? alt_kalimat(c, head, &alt) :
		alt_text(c, head, &alt), w, h);
}

/* ---- capaian-tahunan ---- */

static const char *const KOLOM_CT[] = {"capaian", NULL};

/* jenis=garis|batang; false after an error. */
static bool opt_garis(struct build_ctx *c, const struct directive *d,
	bool *garis)
{
	const char *jenis = directive_opt(d, "jenis");
	*garis = jenis == NULL || strcmp(jenis, "garis") == 0;
	if (!*garis && strcmp(jenis, "batang") != 0) {
		directive_error(c, d, "unknown jenis \"%s\": expected garis or "
			"batang", jenis);
		return false;
	}
	return true;
}

static struct doc_node *grafik_capaian_tahunan(struct build_ctx *c,
	const struct directive *d)
{
	int years[MAX_TAHUN];
	const char *kol[MAX_KOLOM];
	int ny = opt_tahun_grafik(c, d, 3, years);
	double w, h;
	bool garis;
	if (ny < 0 || !opt_ukuran(c, d, 160, 90, &w, &h) ||
	    opt_kolom(c, d, KOLOM_CT, NULL, KOLOM_CT, kol) < 0 ||
	    !opt_garis(c, d, &garis))
		return NULL;
	const struct indikator **inds;
	ssize_t n = opt_indikator(c, d, &inds);
	if (n < 0)
		return NULL;
	const char *tahun = tahun_teks(c, years, ny);
	const char *title = arena_printf(ARENA(c), "Capaian Kinerja Tahun %s",
		tahun);
	/* Lines run over the years (one line per indicator); bars group
	 * the years under each indicator, as the reports draw them. */
	struct chart *ch = garis ?
		chart_new(c, CHART_LINE, title, (size_t)ny, (size_t)n) :
		chart_new(c, CHART_BAR, title, (size_t)n, (size_t)ny);
	struct chart_series *s = (struct chart_series *)ch->series;
	ch->unit = CHART_UNIT_PERCENT;
	ch->y_label = "Capaian";
	gaya(c, ch, JENIS_CAPAIAN);
	ch->show_values = !garis;
	for (int k = 0; k < ny; k++) {
		const char *ty = arena_printf(ARENA(c), "%d", years[k]);
		if (garis)
			ch->categories[k] = ty;
		else
			s[k].name = arena_printf(ARENA(c), "Tahun %d", years[k]);
	}
	struct alt alt = {0};
	for (ssize_t i = 0; i < n; i++) {
		const struct indikator *ind = inds[i];
		if (garis)
			s[i].name = ind->uraian;
		else
			ch->categories[i] = ind->uraian;
		struct alt per = {0};
		for (int k = 0; k < ny; k++) {
			const struct figure *f = fig(c, "%s.capaian.%d",
				ind->kode, years[k]);
			if (garis)
				put(c, ch, (size_t)i, (size_t)k, f);
			else
				put(c, ch, (size_t)k, (size_t)i, f);
			alt_add(c, &per, arena_printf(ARENA(c), "%s (%d)",
				fig_teks(c, f), years[k]));
		}
		alt_add(c, &alt, arena_printf(ARENA(c), "%s %s", ind->uraian,
			alt_join(c, &per, ", ")));
	}
	if (!ada_nilai(ch)) {
		directive_error(c, d, "{{grafik %s}}: no capaian for tahun=%s",
			d->arg, tahun);
		return NULL;
	}
	return fig_new_chart(c, ch, alt_text(c, arena_printf(ARENA(c),
		"Grafik %s capaian kinerja tahun %s", garis ? "garis" :
		"batang", tahun), &alt), w, h);
}

/* ---- anggaran, komposisi-anggaran ---- */

static const char *const KOLOM_ANG[] = {"pagu_awal", "pagu",
	"realisasi_anggaran", "sisa_anggaran", "serapan", NULL};
static const char *const KOLOM_ANG_DEF[] = {"pagu", "realisasi_anggaran",
	"serapan", NULL};
/* A budget line's realisasi is its realisasi_anggaran. */
static const char *const ALIAS_ANG[] = {"realisasi", "realisasi_anggaran",
	NULL};
static const char *const KOLOM_KOMP[] = {"pagu_awal", "pagu",
	"realisasi_anggaran", "sisa_anggaran", NULL};
static const char *const KOLOM_KOMP_DEF[] = {"pagu", "realisasi_anggaran",
	NULL};

/* The figure key of a budget column: anggaran.KODE.realisasi holds a
 * line's realisasi_anggaran. */
static const char *kunci_anggaran(const char *kolom)
{
	return strcmp(kolom, "realisasi_anggaran") == 0 ? "realisasi" : kolom;
}

/* "Pagu", "Pagu awal", "Realisasi", "Sisa anggaran", "Serapan" */
static const char *nama_anggaran(const char *kolom)
{
	return strcmp(kolom, "pagu") == 0 ? "Pagu" :
		strcmp(kolom, "pagu_awal") == 0 ? "Pagu awal" :
		strcmp(kolom, "realisasi_anggaran") == 0 ? "Realisasi" :
		strcmp(kolom, "sisa_anggaran") == 0 ? "Sisa anggaran" :
		"Serapan";
}

/* The same in a sentence: "pagu", "realisasi", ... */
static const char *kata_anggaran(const char *kolom)
{
	return strcmp(kolom, "pagu") == 0 ? "pagu" :
		strcmp(kolom, "pagu_awal") == 0 ? "pagu awal" :
		strcmp(kolom, "realisasi_anggaran") == 0 ? "realisasi" :
		strcmp(kolom, "sisa_anggaran") == 0 ? "sisa anggaran" :
		"serapan";
}

static struct doc_node *grafik_anggaran(struct build_ctx *c,
	const struct directive *d)
{
	const struct anggaran **lines;
	const char *kol[MAX_KOLOM];
	ssize_t sn = opt_anggaran(c, d, ANGGARAN_PROGRAM, &lines);
	int nk = sn < 0 ? -1 : opt_kolom(c, d, KOLOM_ANG, ALIAS_ANG,
		KOLOM_ANG_DEF, kol);
	if (nk < 0)
		return NULL;
	size_t n = (size_t)sn;
	double w, h;
	/* Horizontal bars: the height grows with the number of lines. */
	double def_h = fmin(40 + 14.0 * (double)n, 230);
	if (!opt_ukuran(c, d, 160, def_h, &w, &h))
		return NULL;
	/* Money columns are the bars; serapan beside them is their
	 * annotation, alone it is the bars (a percentage axis). */
	const char *rp[MAX_KOLOM];
	size_t nrp = 0;
	for (int k = 0; k < nk; k++)
		if (strcmp(kol[k], "serapan") != 0)
			rp[nrp++] = kol[k];
	bool serapan = has_kolom(kol, nk, "serapan");
	bool persen = nrp == 0;
	int y = c->report->meta.tahun;
	struct chart *ch = chart_new(c, CHART_BAR_H, arena_printf(ARENA(c),
		persen ? "Serapan Anggaran Tahun %d" :
		"Pagu dan Realisasi Anggaran Tahun %d", y), n, persen ? 1 : nrp);
	struct chart_series *se = (struct chart_series *)ch->series;
	if (persen) {
		se[0].name = "Serapan";
		ch->unit = CHART_UNIT_PERCENT;
		ch->y_label = "Serapan anggaran";
		gaya(c, ch, JENIS_ANGGARAN);
		ch->show_values = true;
	} else {
		for (size_t k = 0; k < nrp; k++)
			se[k].name = nama_anggaran(rp[k]);
		ch->unit = CHART_UNIT_RUPIAH;
		ch->y_label = "Anggaran";
	}
	if (serapan && !persen) {
		ch->annotation_label = "Serapan";
		ch->annotations = arena_alloc(ARENA(c), n *
			sizeof *ch->annotations);
	}
	struct alt alt = {0}, tak = {0};
	for (size_t i = 0; i < n; i++) {
		const char *kode = lines[i]->kode;
		ch->categories[i] = lines[i]->uraian;
		struct alt per = {0};
		const struct figure *rf = fig(c, "anggaran.%s.realisasi", kode);
		/* Left out of the drawing (NAN), never a bar of 0: said
		 * under the chart. */
		if (rf != NULL && rf->tak_dilaporkan)
			alt_add(c, &tak, lines[i]->uraian);
		for (size_t k = 0; k < nrp; k++) {
			const struct figure *f = fig(c, "anggaran.%s.%s", kode,
				kunci_anggaran(rp[k]));
			/* Rupiah labels follow the axis's juta/miliar: the
			 * chart writes them. */
			vals(ch, k)[i] = fig_v(f);
			if (f != NULL && f->tak_dilaporkan && !f->ada)
				labels(ch, k)[i] = fmt_figure(c, f);
			alt_add(c, &per, arena_printf(ARENA(c), "%s %s",
				kata_anggaran(rp[k]), fig_teks(c, f)));
		}
		const struct figure *sf = fig(c, "anggaran.%s.serapan", kode);
		const char *ser = sf && sf->ada ? fmt_figure(c, sf) : NULL;
		if (persen) {
			put(c, ch, 0, i, sf);
			alt_add(c, &per, arena_printf(ARENA(c), "serapan %s",
				fig_teks(c, sf)));
		} else if (serapan) {
			ch->annotations[i] = ser;
		}
		const char *s = alt_join(c, &per, ", ");
		alt_add(c, &alt, arena_printf(ARENA(c), "%s %s%s%s%s",
			lines[i]->uraian, s, serapan && !persen && ser ?
			" (serapan " : "", serapan && !persen && ser ? ser : "",
			serapan && !persen && ser ? ")" : ""));
	}
	if (!ada_nilai(ch)) {
		directive_error(c, d, "{{grafik %s}}: no figure to chart",
			d->arg);
		return NULL;
	}
	struct doc_node *g = fig_new_chart(c, ch, alt_text(c,
		arena_printf(ARENA(c), persen ?
		"Grafik batang serapan anggaran tahun %d" :
		"Grafik batang pagu dan realisasi anggaran tahun %d", y), &alt),
		w, h);
	if (tak.parts.n > 0) {
		g->as.fl->catatan = arena_printf(ARENA(c), "Realisasi %s tidak "
			"dilaporkan, tidak digambarkan", alt_join(c, &tak, ", "));
		g->as.fl->sumber = "Data diolah";
	}
	return g;
}

static struct doc_node *grafik_komposisi_anggaran(struct build_ctx *c,
	const struct directive *d)
{
	const struct anggaran **lines;
	const char *kol[MAX_KOLOM];
	ssize_t sn = opt_anggaran(c, d, ANGGARAN_PROGRAM, &lines);
	int nk = sn < 0 ? -1 : opt_kolom(c, d, KOLOM_KOMP, ALIAS_ANG,
		KOLOM_KOMP_DEF, kol);
	double w, h;
	if (nk < 0 || !opt_ukuran(c, d, 160, 90, &w, &h))
		return NULL;
	size_t n = (size_t)sn;
	int y = c->report->meta.tahun;
	struct chart *ch = chart_new(c, CHART_STACKED_100,
		arena_printf(ARENA(c), "Komposisi Anggaran per Program Tahun %d",
			y), (size_t)nk, n);
	struct chart_series *s = (struct chart_series *)ch->series;
	for (int k = 0; k < nk; k++)
		ch->categories[k] = nama_anggaran(kol[k]);
	ch->unit = CHART_UNIT_RUPIAH;
	ch->y_label = "Bagian dari jumlah";
	struct alt alt = {0};
	for (size_t i = 0; i < n; i++) {
		s[i].name = lines[i]->uraian;
		struct alt per = {0};
		for (int k = 0; k < nk; k++) {
			const struct figure *f = fig(c, "anggaran.%s.%s",
				lines[i]->kode, kunci_anggaran(kol[k]));
			vals(ch, i)[k] = fig_v(f);
			alt_add(c, &per, arena_printf(ARENA(c), "%s %s",
				kata_anggaran(kol[k]), fig_teks(c, f)));
		}
		alt_add(c, &alt, arena_printf(ARENA(c), "%s %s",
			lines[i]->uraian, alt_join(c, &per, ", ")));
	}
	/* The whole report's sums, when the chart shows all of it. */
	if (directive_opt(d, "program") == NULL &&
	    directive_opt(d, "sasaran") == NULL) {
		struct alt per = {0};
		for (int k = 0; k < nk; k++)
			alt_add(c, &per, arena_printf(ARENA(c), "%s %s",
				kata_anggaran(kol[k]), fig_teks(c, fig(c,
				"laporan.%s", kol[k]))));
		alt_add(c, &alt, arena_printf(ARENA(c), "jumlah %s",
			alt_join(c, &per, ", ")));
	}
	return fig_new_chart(c, ch, alt_text(c, arena_printf(ARENA(c),
		"Grafik komposisi anggaran per program tahun %d", y), &alt), w,
		h);
}

/* ---- pegawai ---- */

static struct doc_node *grafik_pegawai(struct build_ctx *c,
	const struct directive *d)
{
	double w, h;
	if (!opt_ukuran(c, d, 160, 90, &w, &h))
		return NULL;
	const char *k;
	const struct pegawai **ps;
	size_t n = opt_kelompok_pegawai(c, d, &k, &ps);
	if (n == 0)
		return NULL;
	/* Split by sex when any row gives it; else the counts alone
	 * (pegawai.csv's jumlah column). */
	bool split = false;
	for (size_t i = 0; i < n; i++)
		split |= ps[i]->laki_laki.ada || ps[i]->perempuan.ada;
	struct chart *ch = chart_new(c, split ? CHART_STACKED : CHART_BAR,
		arena_printf(ARENA(c), "Pegawai Berdasarkan %s",
		kelompok_label(k)), n, split ? 2 : 1);
	((struct chart_series *)ch->series)[0].name = split ? "Laki-laki" :
		"Jumlah pegawai";
	if (split)
		((struct chart_series *)ch->series)[1].name = "Perempuan";
	ch->unit = CHART_UNIT_NUMBER;
	ch->y_label = "Jumlah pegawai (orang)";
	gaya(c, ch, JENIS_CACAH);
	ch->show_values = true;
	struct alt alt = {0};
	for (size_t i = 0; i < n; i++) {
		const struct pegawai *p = ps[i];
		/* pegawai.N.*: N is the row's number in pegawai.csv. */
		size_t no = (size_t)(p - c->report->pegawai) + 1;
		ch->categories[i] = p->uraian;
		if (!split) {
			const struct figure *j = fig(c, "pegawai.%zu.jumlah",
				no);
			put(c, ch, 0, i, j);
			if (isnan(vals(ch, 0)[i]))
				vals(ch, 0)[i] = 0;
			alt_add(c, &alt, arena_printf(ARENA(c), "%s %s orang",
				p->uraian, j && j->ada ? fmt_figure(c, j) :
				"0"));
			continue;
		}
		const struct figure *l = fig(c, "pegawai.%zu.laki_laki", no);
		const struct figure *pr = fig(c, "pegawai.%zu.perempuan", no);
		/* A sex not given is none of them (0), as the table says. */
		vals(ch, 0)[i] = l && l->ada ? l->v : 0;
		vals(ch, 1)[i] = pr && pr->ada ? pr->v : 0;
		alt_add(c, &alt, arena_printf(ARENA(c),
			"%s laki-laki %s, perempuan %s", p->uraian,
			l && l->ada ? fmt_figure(c, l) : "0",
			pr && pr->ada ? fmt_figure(c, pr) : "0"));
	}
	return fig_new_chart(c, ch, alt_text(c, arena_printf(ARENA(c),
		"Grafik batang %spegawai berdasarkan %s", split ?
		"bertumpuk " : "", kelompok_label(k)), &alt), w, h);
}

/* ---- seri: data series of data.csv ---- */

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

/* A series as the reader knows it: the name its figures carry (data.csv
 * uraian, else the series' name) and their unit (satuan, or NULL), as
 * {{tabel seri}} heads its columns. */
static const char *seri_nama(struct build_ctx *c, const char *seri,
	const char **satuan)
{
	const struct ptrvec *rows = c->report->data_seri ?
		strmap_get(c->report->data_seri, seri) : NULL;
	const struct data_seri *d0 = rows && rows->n ? rows->v[0] : NULL;
	const struct figure *f = d0 ? fig(c, "data.%s.%d", seri, d0->tahun) :
		NULL;
	*satuan = f && f->unit && *f->unit ? f->unit : NULL;
	return f && f->nama ? f->nama : seri;
}

/* The unit every series shares, or NULL (none, or they differ). */
static const char *seri_satuan(struct build_ctx *c, const struct ptrvec *seri)
{
	const char *u = NULL;
	for (size_t i = 0; i < seri->n; i++) {
		const char *s;
		seri_nama(c, seri->v[i], &s);
		if (s == NULL || (u != NULL && strcmp(u, s) != 0))
			return NULL;
		u = s;
	}
	return u;
}

/* A series' label in a legend or under a bar group: its name, with its
 * unit when the axis does not say it ("Jumlah pegawai (orang)"). */
static const char *seri_label(struct build_ctx *c, const char *seri,
	bool satuan)
{
	const char *u, *n = seri_nama(c, seri, &u);
	return satuan && u ? arena_printf(ARENA(c), "%s (%s)", n, u) : n;
}

/* bentuk=panel: a panel per series, each on its own axis from 0 (the
 * series of data.csv count different things). */
static struct doc_node *seri_panel(struct build_ctx *c,
	const struct directive *d, const struct ptrvec *seri, const int *years,
	int ny, bool garis, const char *title, const char *nama)
{
	size_t n = seri->n;
	size_t rows = (n + 1) / 2;
	double w, h;
	if (!opt_ukuran(c, d, 160, fmin(12 + 58.0 * (double)rows, 240), &w,
	    &h))
		return NULL;
	struct chart *grid = arena_alloc(ARENA(c), sizeof *grid);
	struct chart *ps = arena_alloc(ARENA(c), n * sizeof *ps);
	grid->kind = CHART_BAR;
	grid->title = title;
	grid->panels = ps;
	grid->npanels = n;
	struct alt alt = {0};
	bool ada = false;
	for (size_t i = 0; i < n; i++) {
		const char *nm = seri->v[i], *u;
		const char *label = seri_nama(c, nm, &u);
		struct chart *p = chart_new(c, garis ? CHART_LINE : CHART_BAR,
			label, (size_t)ny, 1);
		((struct chart_series *)p->series)[0].name = label;
		p->y_label = u;
		p->unit = CHART_UNIT_NUMBER;
		gaya(c, p, JENIS_JUMLAH);
		p->show_values = true;
		p->full_axis = true;
		p->panel = true;
		struct alt per = {0};
		for (int k = 0; k < ny; k++) {
			p->categories[k] = arena_printf(ARENA(c), "%d",
				years[k]);
			const struct figure *f = fig(c, "data.%s.%d", nm,
				years[k]);
			put(c, p, 0, (size_t)k, f);
			alt_add(c, &per, arena_printf(ARENA(c), "%s (%d)",
				fig_teks(c, f), years[k]));
		}
		ada |= ada_nilai(p);
		ps[i] = *p;
		alt_add(c, &alt, arena_printf(ARENA(c), "%s %s",
			seri_label(c, nm, false), alt_join(c, &per, ", ")));
	}
	if (!ada) {
		directive_error(c, d, "{{grafik seri}}: no value of %s for "
			"tahun=%s", d->arg2, tahun_teks(c, years, ny));
		return NULL;
	}
	return fig_new_chart(c, grid, alt_text(c, arena_printf(ARENA(c),
		"Grafik panel data %s tahun %s, tiap panel dengan sumbunya "
		"sendiri", nama, tahun_teks(c, years, ny)), &alt), w, h);
}

/* {{grafik seri A,B tahun=2020-2024 jenis=garis|batang}}: the series
 * over the years (lines), or the years grouped under each series
 * (bars). Without tahun=, every year the series have. */
static struct doc_node *grafik_seri(struct build_ctx *c,
	const struct directive *d)
{
	if (d->arg2 == NULL) {
		directive_error(c, d, "{{grafik seri}} needs the series of "
			"data.csv, e.g. {{grafik seri koperasi_aktif}}");
		return NULL;
	}
	struct ptrvec seri = {0};
	const char *p = d->arg2;
	for (char *s; (s = directive_list_next(c, &p)) != NULL;) {
		bool ada = false;
		for (size_t i = 0; i < c->report->ndata && !ada; i++)
			ada = strcmp(c->report->data[i].seri, s) == 0;
		if (!ada) {
			directive_error(c, d, "{{grafik seri}}: unknown series "
				"\"%s\" (not in data.csv)", s);
			return NULL;
		}
		ptrvec_push(ARENA(c), &seri, s);
	}
	int years[MAX_TAHUN];
	int ny = opt_tahun_grafik(c, d, 0, years);
	double w, h;
	bool garis;
	if (ny < 0 || !opt_ukuran(c, d, 160, 90, &w, &h) ||
	    !opt_garis(c, d, &garis))
		return NULL;
	if (ny == 0) {
		for (size_t i = 0; i < c->report->ndata; i++) {
			const struct data_seri *r = &c->report->data[i];
			bool mine = false, seen = false;
			for (size_t s = 0; s < seri.n && !mine; s++)
				mine = strcmp(r->seri, seri.v[s]) == 0;
			for (int k = 0; k < ny && !seen; k++)
				seen = years[k] == r->tahun;
			if (!mine || seen)
				continue;
			if (ny == MAX_TAHUN) {
				directive_error(c, d, "{{grafik seri}}: more "
					"than %d years; choose them with "
					"tahun=", MAX_TAHUN);
				return NULL;
			}
			years[ny++] = r->tahun;
		}
		qsort(years, (size_t)ny, sizeof *years, cmp_int);
	}
	size_t n = seri.n;
	const char *tahun = tahun_teks(c, years, ny);
	/* Named by their uraian, the unit on the axis when they share one,
	 * else beside each name. */
	const char *satuan = seri_satuan(c, &seri);
	struct ptrvec label = {0};
	for (size_t i = 0; i < n; i++)
		ptrvec_push(ARENA(c), &label, (void *)seri_label(c, seri.v[i],
			satuan == NULL));
	struct ptrvec nm_seri = {0};
	for (size_t i = 0; i < n; i++)
		ptrvec_push(ARENA(c), &nm_seri, (void *)seri_label(c, seri.v[i],
			false));
	const char *nama = alt_join(c, &(struct alt){nm_seri}, ", ");
	if (n > 1)
		nama = arena_printf(ARENA(c), "%s dan %s", alt_join(c,
			&(struct alt){{nm_seri.v, n - 1, n - 1}}, ", "),
			(const char *)nm_seri.v[n - 1]);
	const char *title = arena_printf(ARENA(c), "Data %s Tahun %s", nama,
		tahun);
	const char *bentuk = directive_opt(d, "bentuk");
	if (bentuk != NULL && strcmp(bentuk, "panel") != 0 &&
	    strcmp(bentuk, "satu") != 0) {
		directive_error(c, d, "{{grafik seri}}: unknown bentuk \"%s\": "
			"expected panel or satu", bentuk);
		return NULL;
	}
	if (bentuk != NULL && strcmp(bentuk, "panel") == 0)
		return seri_panel(c, d, &seri, years, ny, garis, title, nama);
	struct chart *ch = garis ?
		chart_new(c, CHART_LINE, title, (size_t)ny, n) :
		chart_new(c, CHART_BAR, title, n, (size_t)ny);
	struct chart_series *s = (struct chart_series *)ch->series;
	ch->unit = CHART_UNIT_NUMBER;
	ch->y_label = satuan ? satuan : "Nilai";
	gaya(c, ch, JENIS_JUMLAH);
	ch->show_values = true;
	for (int k = 0; k < ny; k++) {
		if (garis)
			ch->categories[k] = arena_printf(ARENA(c), "%d",
				years[k]);
		else
			s[k].name = arena_printf(ARENA(c), "Tahun %d",
				years[k]);
	}
	struct alt alt = {0};
	for (size_t i = 0; i < n; i++) {
		const char *nm = seri.v[i];
		if (garis)
			s[i].name = label.v[i];
		else
			ch->categories[i] = label.v[i];
		struct alt per = {0};
		for (int k = 0; k < ny; k++) {
			const struct figure *f = fig(c, "data.%s.%d", nm,
				years[k]);
			if (garis)
				put(c, ch, i, (size_t)k, f);
			else
				put(c, ch, (size_t)k, i, f);
			alt_add(c, &per, arena_printf(ARENA(c), "%s (%d)",
				fig_teks(c, f), years[k]));
		}
		alt_add(c, &alt, arena_printf(ARENA(c), "%s %s",
			seri_label(c, nm, false), alt_join(c, &per, ", ")));
	}
	if (!ada_nilai(ch)) {
		directive_error(c, d, "{{grafik seri}}: no value of %s for "
			"tahun=%s", d->arg2, tahun);
		return NULL;
	}
	return fig_new_chart(c, ch, alt_text(c, arena_printf(ARENA(c),
		"Grafik %s data %s tahun %s", garis ? "garis" : "batang",
		nama, tahun), &alt), w, h);
}

/* ---- Registry ---- */

static const char *const OPT_TR[] = {"kolom", "tahun", "indikator",
	"sasaran", "tujuan", "bentuk", "lebar", "tinggi", NULL};
static const char *const OPT_CT[] = {"kolom", "tahun", "jenis", "indikator",
	"sasaran", "tujuan", "lebar", "tinggi", NULL};
static const char *const OPT_ANG[] = {"kolom", "tingkat", "program",
	"sasaran", "lebar", "tinggi", NULL};
static const char *const OPT_PEG[] = {"kelompok", "lebar", "tinggi", NULL};
static const char *const OPT_SERI[] = {"tahun", "jenis", "bentuk", "lebar",
	"tinggi", NULL};

const struct block_def CHART_DEFS[] = {
	{"target-realisasi", OPT_TR, grafik_target_realisasi},
	{"capaian-tahunan", OPT_CT, grafik_capaian_tahunan},
	{"anggaran", OPT_ANG, grafik_anggaran},
	{"komposisi-anggaran", OPT_ANG, grafik_komposisi_anggaran},
	{"pegawai", OPT_PEG, grafik_pegawai},
	{"seri", OPT_SERI, grafik_seri},
};
const size_t NCHART_DEFS = sizeof CHART_DEFS / sizeof CHART_DEFS[0];
