/* Computed charts: a struct chart built in the arena from ctx->metrics,
 * wrapped in a DOC_FIGURE with a text alternative that states the data in
 * words (the chart is an image to a screen reader and to a PDF text
 * extractor). Values and labels go through the fmt_* helpers; the chart
 * module draws them. */
#include <math.h>
#include <string.h>
#include <strings.h>

#include "doc/tables.h"

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
	for (size_t i = 0; i < nseries; i++)
		s[i].values = arena_alloc(ARENA(c), (ncat ? ncat : 1) *
			sizeof(double));
	ch->series = s;
	return ch;
}

static double *vals(struct chart *ch, size_t series)
{
	return (double *)ch->series[series].values;
}

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

/* indikator=IKU1,IKU2 -> indicators; when absent, the indicators of the
 * sasaran, as the capaian tables list them (a tujuan's indicators have
 * their own table, and would be empty slots here). */
static ssize_t opt_indikator(struct build_ctx *c, const struct directive *d,
	const struct indikator ***out)
{
	struct ptrvec v = {0};
	const char *s = directive_opt(d, "indikator");
	if (s == NULL) {
		for (size_t i = 0; i < c->report->nindikator; i++)
		{
			const struct indikator *x = c->report->indikator[i];
			if (x->tingkat == TINGKAT_INDIKATOR && !(x->induk &&
			    x->induk->tingkat == TINGKAT_TUJUAN))
				ptrvec_push(ARENA(c), &v, (void *)x);
		}
	} else {
		const char *p = s;
		while (*p) {
			while (*p == ' ' || *p == ',')
				p++;
			size_t n = strcspn(p, ", ");
			if (n == 0)
				break;
			char *kode = arena_strndup(ARENA(c), p, n);
			p += n;
			struct indikator *ind = model_indikator(c->report, kode);
			if (ind == NULL || ind->tingkat != TINGKAT_INDIKATOR) {
				directive_error(c, d, "unknown indikator \"%s\"",
					kode);
				return -1;
			}
			ptrvec_push(ARENA(c), &v, ind);
		}
	}
	*out = (const struct indikator **)v.v;
	return (ssize_t)v.n;
}

static const struct metrik_tahun *mtahun(struct build_ctx *c,
	const struct indikator *ind, int tahun)
{
	const struct metrik_indikator *mi = metrics_indikator(c->metrics,
		ind->kode);
	return mi ? metrics_tahun(mi, tahun) : NULL;
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

static struct doc_node *grafik_target_realisasi(struct build_ctx *c,
	const struct directive *d)
{
	const struct indikator **inds;
	ssize_t n = opt_indikator(c, d, &inds);
	double w, h;
	if (n < 0 || !opt_ukuran(c, d, 160, 90, &w, &h))
		return NULL;
	if (n == 0) {
		directive_error(c, d, "grafik target-realisasi: no indikator");
		return NULL;
	}
	int y = c->report->meta.tahun;
	/* One unit: target and realisasi as typed, on an axis titled with
	 * it. Mixed units: each indicator as capaian, its target being
	 * 100 %, so every bar is read against one scale. */
	const char *satuan = satuan_bersama(inds, (size_t)n);
	bool capaian = satuan == NULL;
	struct chart *ch = chart_new(c, CHART_BAR, arena_printf(ARENA(c),
		capaian ? "Capaian Target dan Realisasi Kinerja Tahun %d" :
		"Target dan Realisasi Kinerja Tahun %d", y), (size_t)n, 2);
	((struct chart_series *)ch->series)[0].name = capaian ?
		"Target (100" NUM_NBSP "%)" : "Target";
	((struct chart_series *)ch->series)[1].name = capaian ?
		"Realisasi (capaian)" : "Realisasi";
	struct num_style st;
	if (capaian) {
		ch->unit = CHART_UNIT_PERCENT;
		ch->y_label = "Capaian terhadap target";
		st = angka_gaya(&c->report->meta, JENIS_CAPAIAN, 0);
	} else if (strcmp(satuan, "%") == 0) {
		ch->unit = CHART_UNIT_PERCENT;
		ch->y_label = "Target dan realisasi";
		st = angka_gaya(&c->report->meta, JENIS_NILAI, 0);
	} else {
		ch->unit = CHART_UNIT_NUMBER;
		ch->y_label = *satuan ? arena_printf(ARENA(c),
			"Target dan realisasi (%s)", satuan) :
			"Target dan realisasi";
		st = angka_gaya(&c->report->meta, JENIS_NILAI, 0);
	}
	ch->decimals = st.decimals;
	ch->rounding = st.rounding;
	ch->show_values = true;
	struct alt alt = {0};
	for (ssize_t i = 0; i < n; i++) {
		const struct indikator *ind = inds[i];
		const struct metrik_tahun *mt = mtahun(c, ind, y);
		bool ok = mt && mt->status == CAPAIAN_OK;
		ch->categories[i] = ind->uraian;
		if (capaian) {
			vals(ch, 0)[i] = ok ? 100 : NAN;
			vals(ch, 1)[i] = ok ? mt->capaian : NAN;
		} else {
			vals(ch, 0)[i] = mt && mt->ada_target ? mt->target : NAN;
			vals(ch, 1)[i] = mt && mt->ada_realisasi ?
				mt->realisasi : NAN;
		}
		const char *tr = arena_printf(ARENA(c),
			"%s target %s, realisasi %s", ind->uraian,
			fmt_tr(c, target_model(ind, y), mt && mt->ada_target,
				mt ? mt->target : 0, ind->satuan),
			fmt_tr(c, realisasi_model(ind, y),
				mt && mt->ada_realisasi,
				mt ? mt->realisasi : 0, ind->satuan));
		if (capaian)
			tr = arena_printf(ARENA(c), "%s, capaian %s", tr,
				ok ? fmt_capaian(c, mt->capaian) : "-");
		alt_add(c, &alt, tr);
	}
	const char *head = capaian ? arena_printf(ARENA(c),
		"Grafik batang capaian kinerja tahun %d: satuan indikator "
		"berbeda, maka realisasi tiap indikator digambar sebagai "
		"persentase dari targetnya (target = 100 %%)", y) :
		arena_printf(ARENA(c), "Grafik batang target dan realisasi "
		"tahun %d%s%s", y, *satuan ? ", dalam " : "", satuan);
	return fig_new_chart(c, ch, alt_text(c, head, &alt), w, h);
}

/* ---- capaian-tahunan ---- */

#define MAX_TAHUN 8

static struct doc_node *grafik_capaian_tahunan(struct build_ctx *c,
	const struct directive *d)
{
	int years[MAX_TAHUN];
	int ny = directive_opt_years(c, d, "tahun", years, MAX_TAHUN);
	double w, h;
	if (ny < 0 || !opt_ukuran(c, d, 160, 90, &w, &h))
		return NULL;
	int y0 = c->report->meta.tahun;
	if (ny == 0) {
		ny = 3;
		for (int i = 0; i < 3; i++)
			years[i] = y0 - 2 + i;
	}
	const char *jenis = directive_opt(d, "jenis");
	bool garis = jenis == NULL || strcmp(jenis, "garis") == 0;
	if (!garis && strcmp(jenis, "batang") != 0) {
		directive_error(c, d, "unknown jenis \"%s\": expected garis or "
			"batang", jenis);
		return NULL;
	}
	const struct indikator **inds;
	ssize_t n = opt_indikator(c, d, &inds);
	if (n <= 0) {
		if (n == 0)
			directive_error(c, d, "grafik capaian-tahunan: no "
				"indikator");
		return NULL;
	}
	const char *title = arena_printf(ARENA(c),
		"Capaian Kinerja Tahun %s", fmt_tahun(c, years[0],
		years[ny - 1]));
	/* Lines run over the years (one line per indicator); bars group
	 * the years under each indicator, as the reports draw them. */
	struct chart *ch = garis ?
		chart_new(c, CHART_LINE, title, (size_t)ny, (size_t)n) :
		chart_new(c, CHART_BAR, title, (size_t)n, (size_t)ny);
	struct chart_series *s = (struct chart_series *)ch->series;
	ch->unit = CHART_UNIT_PERCENT;
	ch->y_label = "Capaian";
	struct num_style st = angka_gaya(&c->report->meta, JENIS_CAPAIAN, 0);
	ch->decimals = st.decimals;
	ch->rounding = st.rounding;
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
			const struct metrik_tahun *mt = mtahun(c, ind, years[k]);
			bool ok = mt && mt->status == CAPAIAN_OK;
			double v = ok ? mt->capaian : NAN;
			if (garis)
				vals(ch, (size_t)i)[k] = v;
			else
				vals(ch, (size_t)k)[i] = v;
			alt_add(c, &per, arena_printf(ARENA(c), "%s (%d)",
				ok ? fmt_capaian(c, v) : "-", years[k]));
		}
		alt_add(c, &alt, arena_printf(ARENA(c), "%s %s", ind->uraian,
			alt_join(c, &per, ", ")));
	}
	return fig_new_chart(c, ch, alt_text(c, arena_printf(ARENA(c),
		"Grafik %s capaian kinerja tahun %s", garis ? "garis" :
		"batang", fmt_tahun(c, years[0], years[ny - 1])), &alt), w, h);
}

/* ---- anggaran, komposisi-anggaran ---- */

static struct doc_node *grafik_anggaran(struct build_ctx *c,
	const struct directive *d)
{
	enum anggaran_tingkat maks;
	if (!opt_tingkat(c, d, ANGGARAN_PROGRAM, &maks))
		return NULL;
	const struct anggaran **lines;
	const char **no;
	size_t n = list_anggaran(c, maks, &lines, &no);
	double w, h;
	/* Horizontal bars: the height grows with the number of lines. */
	double def_h = fmin(40 + 14.0 * (double)n, 230);
	if (!opt_ukuran(c, d, 160, def_h, &w, &h))
		return NULL;
	if (n == 0) {
		directive_error(c, d, "grafik anggaran needs anggaran.csv");
		return NULL;
	}
	int y = c->report->meta.tahun;
	struct chart *ch = chart_new(c, CHART_BAR_H, arena_printf(ARENA(c),
		"Pagu dan Realisasi Anggaran Tahun %d", y), n, 2);
	((struct chart_series *)ch->series)[0].name = "Pagu";
	((struct chart_series *)ch->series)[1].name = "Realisasi";
	ch->unit = CHART_UNIT_RUPIAH;
	ch->y_label = "Anggaran";
	ch->annotation_label = "Serapan";
	ch->annotations = arena_alloc(ARENA(c), n * sizeof *ch->annotations);
	struct alt alt = {0};
	for (size_t i = 0; i < n; i++) {
		const struct metrik_anggaran *ma =
			metrics_anggaran(c->metrics, lines[i]->kode);
		ch->categories[i] = lines[i]->uraian;
		vals(ch, 0)[i] = ma ? ma->pagu : NAN;
		vals(ch, 1)[i] = ma ? ma->realisasi : NAN;
		const char *ser = ma && ma->ada_serapan ?
			fmt_persen(c, ma->serapan) : NULL;
		ch->annotations[i] = ser;
		alt_add(c, &alt, arena_printf(ARENA(c),
			"%s pagu %s, realisasi %s%s%s%s", lines[i]->uraian,
			ma ? fmt_rupiah(c, ma->pagu) : "-",
			ma ? fmt_rupiah(c, ma->realisasi) : "-",
			ser ? " (serapan " : "", ser ? ser : "",
			ser ? ")" : ""));
	}
	return fig_new_chart(c, ch, alt_text(c, arena_printf(ARENA(c),
		"Grafik batang pagu dan realisasi anggaran tahun %d", y), &alt),
		w, h);
}

static struct doc_node *grafik_komposisi_anggaran(struct build_ctx *c,
	const struct directive *d)
{
	const struct anggaran **lines;
	const char **no;
	size_t n = list_anggaran(c, ANGGARAN_PROGRAM, &lines, &no);
	double w, h;
	if (!opt_ukuran(c, d, 160, 90, &w, &h))
		return NULL;
	if (n == 0) {
		directive_error(c, d, "grafik komposisi-anggaran needs "
			"anggaran.csv");
		return NULL;
	}
	int y = c->report->meta.tahun;
	struct chart *ch = chart_new(c, CHART_STACKED_100,
		arena_printf(ARENA(c), "Komposisi Anggaran per Program Tahun %d",
			y), 2, n);
	struct chart_series *s = (struct chart_series *)ch->series;
	ch->categories[0] = "Pagu";
	ch->categories[1] = "Realisasi";
	ch->unit = CHART_UNIT_RUPIAH;
	ch->y_label = "Bagian dari jumlah";
	struct alt alt = {0};
	for (size_t i = 0; i < n; i++) {
		const struct metrik_anggaran *ma =
			metrics_anggaran(c->metrics, lines[i]->kode);
		s[i].name = lines[i]->uraian;
		vals(ch, i)[0] = ma ? ma->pagu : NAN;
		vals(ch, i)[1] = ma ? ma->realisasi : NAN;
		alt_add(c, &alt, arena_printf(ARENA(c),
			"%s pagu %s, realisasi %s", lines[i]->uraian,
			ma ? fmt_rupiah(c, ma->pagu) : "-",
			ma ? fmt_rupiah(c, ma->realisasi) : "-"));
	}
	alt_add(c, &alt, arena_printf(ARENA(c), "jumlah pagu %s, realisasi %s",
		fmt_rupiah(c, c->metrics->pagu),
		fmt_rupiah(c, c->metrics->realisasi)));
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
	ch->decimals = 0;
	ch->show_values = true;
	struct alt alt = {0};
	for (size_t i = 0; i < n; i++) {
		const struct pegawai *p = ps[i];
		ch->categories[i] = p->uraian;
		if (!split) {
			double j = p->jumlah.ada ? p->jumlah.v : 0;
			vals(ch, 0)[i] = j;
			alt_add(c, &alt, arena_printf(ARENA(c), "%s %s orang",
				p->uraian, fmt_int(c, j)));
			continue;
		}
		double l = p->laki_laki.ada ? p->laki_laki.v : 0;
		double pr = p->perempuan.ada ? p->perempuan.v : 0;
		vals(ch, 0)[i] = l;
		vals(ch, 1)[i] = pr;
		alt_add(c, &alt, arena_printf(ARENA(c),
			"%s laki-laki %s, perempuan %s", p->uraian,
			fmt_int(c, l), fmt_int(c, pr)));
	}
	return fig_new_chart(c, ch, alt_text(c, arena_printf(ARENA(c),
		"Grafik batang %spegawai berdasarkan %s", split ?
		"bertumpuk " : "", kelompok_label(k)), &alt), w, h);
}

/* ---- Registry ---- */

static const char *const OPT_TR[] = {"indikator", "lebar", "tinggi", NULL};
static const char *const OPT_CT[] = {"tahun", "jenis", "indikator", "lebar",
	"tinggi", NULL};
static const char *const OPT_ANG[] = {"tingkat", "lebar", "tinggi", NULL};
static const char *const OPT_UKURAN[] = {"lebar", "tinggi", NULL};
static const char *const OPT_PEG[] = {"kelompok", "lebar", "tinggi", NULL};

const struct block_def CHART_DEFS[] = {
	{"target-realisasi", OPT_TR, grafik_target_realisasi},
	{"capaian-tahunan", OPT_CT, grafik_capaian_tahunan},
	{"anggaran", OPT_ANG, grafik_anggaran},
	{"komposisi-anggaran", OPT_UKURAN, grafik_komposisi_anggaran},
	{"pegawai", OPT_PEG, grafik_pegawai},
};
const size_t NCHART_DEFS = sizeof CHART_DEFS / sizeof CHART_DEFS[0];
