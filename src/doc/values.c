/* Inline values ({{capaian IKU1}}) and the dispatch of block directives
 * to the registered tables and charts. Every figure comes from the
 * metrics and goes through format.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "doc/build.h"
#include "util/arena.h"
#include "util/num.h"
#include "util/path.h"

static const char *const COMMON_OPTS[] = {"id", "judul", "sumber", "lanskap",
	NULL};

static bool in_list(const char *const *l, const char *s)
{
	for (; l && *l; l++)
		if (!strcmp(*l, s))
			return true;
	return false;
}

/* Every option of d must be in allowed or COMMON (when common). */
static bool check_opts(struct build_ctx *c, const struct directive *d,
	const char *const *allowed, bool common)
{
	bool ok = true;
	for (size_t i = 0; i < d->nopt; i++) {
		if (in_list(allowed, d->opt[i].key) ||
				(common && in_list(COMMON_OPTS, d->opt[i].key)))
			continue;
		directive_error(c, d, "{{%s%s%s}}: unknown option \"%s\"", d->name,
			d->arg ? " " : "", d->arg ? d->arg : "", d->opt[i].key);
		ok = false;
	}
	return ok;
}

static int year_of(struct build_ctx *c, const struct directive *d, bool *ok)
{
	int y[1];
	int n = directive_opt_years(c, d, "tahun", y, 1);
	*ok = n >= 0;
	return n == 1 ? y[0] : c->report->meta.tahun;
}

static struct doc_node *text(struct build_ctx *c, const struct directive *d,
	const char *s)
{
	struct doc_node *n = doc_text(c->doc, s);
	n->pos = d->pos;
	return n;
}

static const struct metrik_indikator *need_indikator(struct build_ctx *c,
	const struct directive *d)
{
	if (d->arg == NULL) {
		directive_error(c, d, "{{%s}} needs an indicator kode, e.g. "
			"{{%s IKU1}}", d->name, d->name);
		return NULL;
	}
	const struct metrik_indikator *mi = metrics_indikator(c->metrics, d->arg);
	if (mi == NULL)
		directive_error(c, d, "{{%s %s}}: \"%s\" is not an indikator in "
			"indikator.csv", d->name, d->arg, d->arg);
	return mi;
}

/* Budget figures: a budget code, a sasaran, or (no argument) the total. */
static bool nilai_anggaran(struct build_ctx *c, const struct directive *d,
	const char *what, const char *kode, double *out)
{
	const struct metrics *m = c->metrics;
	double pagu, pagu_awal, real;
	bool ada_serapan, ada_ef;
	double serapan, ef;
	if (kode == NULL) {
		pagu = m->pagu;
		pagu_awal = m->pagu_awal;
		real = m->realisasi;
		ada_serapan = m->ada_serapan;
		serapan = m->serapan;
		ada_ef = m->ada_efisiensi;
		ef = m->efisiensi;
	} else if (metrics_anggaran(m, kode)) {
		const struct metrik_anggaran *a = metrics_anggaran(m, kode);
		pagu = a->pagu;
		pagu_awal = a->pagu_awal;
		real = a->realisasi;
		ada_serapan = a->ada_serapan;
		serapan = a->serapan;
		ada_ef = a->ada_efisiensi;
		ef = a->efisiensi;
	} else if (metrics_sasaran(m, kode)) {
		const struct metrik_sasaran *s = metrics_sasaran(m, kode);
		pagu = s->pagu;
		pagu_awal = NAN;
		real = s->realisasi;
		ada_serapan = s->ada_serapan;
		serapan = s->serapan;
		ada_ef = s->ada_efisiensi;
		ef = s->efisiensi;
	} else {
		directive_error(c, d, "{{%s %s}}: \"%s\" is neither a code in "
			"anggaran.csv nor a sasaran", d->name, kode, kode);
		return false;
	}
	if (!strcmp(what, "pagu"))
		*out = pagu;
	else if (!strcmp(what, "pagu-awal"))
		*out = pagu_awal;
	else if (!strcmp(what, "realisasi-anggaran"))
		*out = real;
	else if (!strcmp(what, "sisa-anggaran"))
		*out = pagu - real;
	else if (!strcmp(what, "serapan"))
		*out = ada_serapan ? serapan : NAN;
	else
		*out = ada_ef ? ef : NAN;
	return true;
}

static const char *const DIREKTIF_ANGGARAN[] = {"pagu", "pagu-awal",
	"realisasi-anggaran", "sisa-anggaran", "serapan", "efisiensi", NULL};

/* What each inline value uses: an argument (a kode, a series, a budget
 * value), a second one, tahun=. Anything else written is an error, never
 * ignored: {{capaian IKU1 2023}} once printed the 2024 figure. */
static const struct inline_def {
	const char *name;
	bool arg, arg2, tahun;
} INLINE_DEFS[] = {
	{"tahun", false, false, false},
	{"tahun-lalu", false, false, false},
	{"tahun-depan", false, false, false},
	{"instansi", false, false, false},
	{"pemerintah", false, false, false},
	{"kepala", false, false, false},
	{"jabatan", false, false, false},
	{"renstra", false, false, false},
	{"uraian", true, false, false},
	{"satuan", true, false, false},
	{"target", true, false, true},
	{"realisasi", true, false, true},
	{"capaian", true, false, true},
	{"predikat", true, false, true},
	{"target-akhir", true, false, false},
	{"kemajuan", true, false, false},
	{"pagu", true, false, false},
	{"pagu-awal", true, false, false},
	{"realisasi-anggaran", true, false, false},
	{"sisa-anggaran", true, false, false},
	{"serapan", true, false, false},
	{"efisiensi", true, false, false},
	{"terbilang", true, true, false},
	{"data", true, false, true},
	{"sakip", false, false, true},
	{"sakip-predikat", false, false, true},
};

/* A directive's name and bare arguments as written, for messages. */
static const char *written(struct build_ctx *c, const struct directive *d)
{
	return arena_printf(c->doc->arena, "%s%s%s%s%s", d->name,
		d->arg ? " " : "", d->arg ? d->arg : "", d->arg2 ? " " : "",
		d->arg2 ? d->arg2 : "");
}

/* A bare word the directive does not use: an error naming it (a year
 * gets the tahun= spelling when the directive takes one). */
static bool no_extra_arg(struct build_ctx *c, const struct directive *d,
	const char *extra, bool tahun)
{
	if (extra == NULL)
		return true;
	char *end;
	long y = strtol(extra, &end, 10);
	if (tahun && *end == '\0' && y >= 1900 && y <= 2200)
		directive_error(c, d, "{{%s}}: \"%s\" is not an argument; a "
			"year is written tahun=%s", written(c, d), extra, extra);
	else
		directive_error(c, d, "{{%s}}: unexpected \"%s\" (see "
			"docs/directives.md)", written(c, d), extra);
	return false;
}

/* An argument or tahun= the directive would not use. */
static bool check_inline_use(struct build_ctx *c, const struct directive *d,
	const struct inline_def *def)
{
	if (!no_extra_arg(c, d, !def->arg ? d->arg : !def->arg2 ? d->arg2 :
			NULL, def->tahun))
		return false;
	if (!def->tahun && directive_opt(d, "tahun") != NULL) {
		directive_error(c, d, "{{%s}}: tahun= does not apply to this value "
			"(see docs/directives.md)", written(c, d));
		return false;
	}
	return true;
}

struct doc_node *inline_value(struct build_ctx *c, const struct directive *d)
{
	const struct report_meta *m = &c->report->meta;
	struct arena *a = c->doc->arena;
	const char *nm = d->name;
	static const char *const only_tahun[] = {"tahun", NULL};
	if (!strcmp(nm, "ref")) {
		if (!check_opts(c, d, NULL, false) ||
				!no_extra_arg(c, d, d->arg2, false))
			return NULL;
		if (d->arg == NULL) {
			directive_error(c, d, "{{ref}} needs an id, e.g. "
				"{{ref tabel-capaian}}");
			return NULL;
		}
		struct doc_node *x = doc_node_new(c->doc, DOC_XREF);
		x->as.xref.target = d->arg;
		x->as.xref.label = d->arg;
		x->pos = d->pos;
		return x;
	}
	if (!check_opts(c, d, only_tahun, false))
		return NULL;
	const struct inline_def *def = NULL;
	for (size_t i = 0; i < sizeof INLINE_DEFS / sizeof *INLINE_DEFS; i++)
		if (!strcmp(INLINE_DEFS[i].name, nm))
			def = &INLINE_DEFS[i];
	if (def == NULL) {
		directive_error(c, d, "unknown directive {{%s}} (see "
			"docs/directives.md)", nm);
		return NULL;
	}
	if (!check_inline_use(c, d, def))
		return NULL;
	bool ok;
	int tahun = year_of(c, d, &ok);
	if (!ok)
		return NULL;

	/* Report metadata. */
	if (!strcmp(nm, "tahun"))
		return text(c, d, arena_printf(a, "%d", m->tahun));
	if (!strcmp(nm, "tahun-lalu"))
		return text(c, d, arena_printf(a, "%d", m->tahun - 1));
	if (!strcmp(nm, "tahun-depan"))
		return text(c, d, arena_printf(a, "%d", m->tahun + 1));
	if (!strcmp(nm, "instansi"))
		return text(c, d, m->instansi);
	if (!strcmp(nm, "pemerintah"))
		return text(c, d, m->pemerintah);
	if (!strcmp(nm, "kepala"))
		return text(c, d, m->kepala_nama);
	if (!strcmp(nm, "jabatan"))
		return text(c, d, m->kepala_jabatan);
	if (!strcmp(nm, "renstra"))
		return text(c, d, fmt_tahun(c, m->renstra_awal,
			m->renstra_akhir));

	if (!strcmp(nm, "uraian") || !strcmp(nm, "satuan")) {
		if (d->arg == NULL) {
			directive_error(c, d, "{{%s}} needs a kode", nm);
			return NULL;
		}
		const struct indikator *ind = model_indikator(c->report, d->arg);
		const struct anggaran *ag = model_anggaran(c->report, d->arg);
		if (ind == NULL && ag == NULL) {
			directive_error(c, d, "{{%s %s}}: \"%s\" is not in "
				"indikator.csv or anggaran.csv", nm, d->arg, d->arg);
			return NULL;
		}
		const char *v = !strcmp(nm, "uraian") ?
			(ind ? ind->uraian : ag->uraian) :
			(ind ? ind->satuan : ag->satuan);
		return text(c, d, v ? v : "");
	}
	if (!strcmp(nm, "target") || !strcmp(nm, "realisasi")) {
		const struct metrik_indikator *mi = need_indikator(c, d);
		if (mi == NULL)
			return NULL;
		const struct metrik_tahun *mt = metrics_tahun(mi, tahun);
		bool t = !strcmp(nm, "target");
		if (mt == NULL || !(t ? mt->ada_target : mt->ada_realisasi)) {
			/* Qualitative values are shown as written. */
			const struct tahunan *ty = model_tahun(mi->ind, tahun);
			const struct nilai *nv = ty == NULL ? NULL : t ?
				model_target_efektif(ty) : &ty->realisasi;
			if (nv && nv->ada)
				return text(c, d, fmt_cell_nilai(c, nv));
			directive_error(c, d, "{{%s %s}}: no %s for %d in "
				"kinerja.csv", nm, d->arg, nm, tahun);
			return NULL;
		}
		return text(c, d, fmt_nilai_satuan(c, t ? mt->target :
			mt->realisasi, mi->ind->satuan));
	}
	if (!strcmp(nm, "capaian") || !strcmp(nm, "predikat")) {
		bool cap = !strcmp(nm, "capaian");
		const struct metrik_sasaran *ms = d->arg == NULL ? NULL :
			metrics_sasaran(c->metrics, d->arg);
		if ((d->arg == NULL || ms != NULL) && tahun != m->tahun) {
			/* Another year's mean, computed on demand. */
			double v;
			if (!metrics_capaian_tahun(c->metrics, ms ? ms->sasaran :
					NULL, tahun, &v)) {
				directive_error(c, d, "{{%s%s%s tahun=%d}}: no indicator "
					"%shas a capaian for %d in kinerja.csv", nm,
					d->arg ? " " : "", d->arg ? d->arg : "", tahun,
					ms ? "of this sasaran " : "", tahun);
				return NULL;
			}
			return text(c, d, cap ? fmt_capaian(c, v) : fmt_predikat(
				predikat_cari(&m->skala, v)));
		}
		if (d->arg == NULL) {
			if (!c->metrics->ada_capaian)
				return text(c, d, "-");
			return text(c, d, cap ? fmt_capaian(c, c->metrics->capaian) :
				fmt_predikat(c->metrics->predikat));
		}
		if (ms != NULL) {
			if (!ms->ada_capaian)
				return text(c, d, "-");
			return text(c, d, cap ? fmt_capaian(c, ms->capaian) :
				fmt_predikat(ms->predikat));
		}
		const struct metrik_indikator *mi = need_indikator(c, d);
		if (mi == NULL)
			return NULL;
		const struct metrik_tahun *mt = metrics_tahun(mi, tahun);
		if (mt == NULL) {
			directive_error(c, d, "{{%s %s}}: no row for %d in "
				"kinerja.csv", nm, d->arg, tahun);
			return NULL;
		}
		if (mt->status != CAPAIAN_OK)
			return text(c, d, "tidak dapat dihitung");
		return text(c, d, cap ? fmt_capaian(c, mt->capaian) :
			fmt_predikat(mt->predikat));
	}
	if (!strcmp(nm, "target-akhir") || !strcmp(nm, "kemajuan")) {
		const struct metrik_indikator *mi = need_indikator(c, d);
		if (mi == NULL)
			return NULL;
		if (!strcmp(nm, "target-akhir"))
			return text(c, d, mi->ada_target_akhir ? fmt_nilai_satuan(c,
				mi->target_akhir, mi->ind->satuan) : "-");
		return text(c, d, mi->ada_kemajuan ? fmt_capaian(c, mi->kemajuan) :
			"-");
	}
	if (in_list(DIREKTIF_ANGGARAN, nm)) {
		double v;
		if (!nilai_anggaran(c, d, nm, d->arg, &v))
			return NULL;
		if (isnan(v))
			return text(c, d, "-");
		if (!strcmp(nm, "serapan"))
			return text(c, d, fmt_persen(c, v));
		if (!strcmp(nm, "efisiensi"))
			return text(c, d, fmt_efisiensi(c, v));
		return text(c, d, fmt_rupiah(c, v));
	}
	if (!strcmp(nm, "terbilang")) {
		static const char *const money[] = {"pagu", "pagu-awal",
			"realisasi-anggaran", "sisa-anggaran", NULL};
		if (d->arg == NULL || !in_list(money, d->arg)) {
			directive_error(c, d, "{{terbilang}} takes pagu, pagu-awal, "
				"realisasi-anggaran or sisa-anggaran, e.g. "
				"{{terbilang pagu}}");
			return NULL;
		}
		struct directive inner = *d;
		inner.name = d->arg;
		inner.arg = d->arg2;
		double v;
		if (!nilai_anggaran(c, &inner, d->arg, d->arg2, &v))
			return NULL;
		char buf[1024];
		if (isnan(v) || num_terbilang_rupiah(buf, sizeof buf, v) < 0) {
			directive_error(c, d, "{{terbilang}}: the amount cannot be "
				"written in words");
			return NULL;
		}
		return text(c, d, buf);
	}
	if (!strcmp(nm, "data")) {
		if (d->arg == NULL) {
			directive_error(c, d, "{{data}} needs a series name");
			return NULL;
		}
		bool seen = false;
		for (size_t i = 0; i < c->report->ndata; i++) {
			const struct data_seri *s = &c->report->data[i];
			if (strcmp(s->seri, d->arg))
				continue;
			seen = true;
			if (s->tahun == tahun)
				return text(c, d, fmt_cell_nilai(c, &s->nilai));
		}
		directive_error(c, d, seen ? "{{data %s}}: no value for %d in "
			"data.csv" : "{{data %s}}: no series of that name in "
			"data.csv", d->arg, tahun);
		return NULL;
	}
	if (!strcmp(nm, "sakip") || !strcmp(nm, "sakip-predikat")) {
		for (size_t i = 0; i < c->metrics->nsakip; i++) {
			const struct metrik_sakip *s = &c->metrics->sakip[i];
			if (s->tahun != tahun)
				continue;
			if (!strcmp(nm, "sakip"))
				return text(c, d, fmt_nilai(c, s->total));
			return text(c, d, s->grade);
		}
		directive_error(c, d, "{{%s}}: no SAKIP evaluation for %d in "
			"evaluasi_sakip.csv", nm, tahun);
		return NULL;
	}
	directive_error(c, d, "unknown directive {{%s}} (see docs/directives.md)",
		nm);
	return NULL;
}

/* ---- blocks ---- */

void number_float(struct build_ctx *c, struct doc_node *n,
	const struct directive *d)
{
	struct arena *a = c->doc->arena;
	bool fig = n->type == DOC_FIGURE;
	int no = fig ? ++c->figure_no : ++c->table_no;
	const char *word = fig ? "Gambar" : "Tabel";
	n->as.fl->label = c->chapter_label[0] ?
		arena_printf(a, "%s %s.%d", word, c->chapter_label, no) :
		arena_printf(a, "%s %d", word, no);
	const char *key = NULL;
	if (d != NULL && d->arg != NULL)
		key = fig ? arena_printf(a, "grafik-%s", d->arg) : d->arg;
	const char *sk_sumber = NULL;
	const char *sk_title = key ? skeleton_caption(c, key, &sk_sumber) : NULL;
	if (sk_title && strcmp(d->arg, "csv"))
		n->as.fl->title = sk_title;
	if (sk_sumber && strcmp(d->arg, "csv"))
		n->as.fl->sumber = sk_sumber;
	const char *v;
	if (d && (v = directive_opt(d, "judul")))
		n->as.fl->title = v;
	if (d && (v = directive_opt(d, "sumber")))
		n->as.fl->sumber = v;
	if (d && (v = directive_opt(d, "lanskap"))) {
		n->as.fl->landscape = !strcmp(v, "ya");
		if (!n->as.fl->landscape && strcmp(v, "tidak"))
			directive_error(c, d, "option lanskap: expected ya or tidak, "
				"found \"%s\"", v);
	}
	if (d && (v = directive_opt(d, "id"))) {
		const char *id = unique_id(c, v);
		if (strcmp(id, v))
			directive_error(c, d, "id \"%s\" is already used", v);
		n->id = id;
	} else {
		const char *base = d == NULL ? (fig ? "gambar" : "tabel") :
			d->arg == NULL ? d->name :
			!strcmp(d->arg, "csv") && directive_opt(d, "nama") ?
			arena_printf(a, "tabel-%s", directive_opt(d, "nama")) :
			arena_printf(a, "%s-%s", fig ? "gambar" : "tabel", d->arg);
		n->id = unique_id(c, base);
	}
}

static struct doc_node *registered(struct build_ctx *c,
	const struct directive *d, const struct block_def *defs, size_t ndefs,
	const char *kind)
{
	if (d->arg == NULL) {
		directive_error(c, d, "{{%s}} needs a name, e.g. {{%s %s}}", kind,
			kind, defs[0].name);
		return NULL;
	}
	for (size_t i = 0; i < ndefs; i++) {
		if (strcmp(defs[i].name, d->arg))
			continue;
		if (!check_opts(c, d, defs[i].options, true) ||
				!no_extra_arg(c, d, d->arg2, false))
			return NULL;
		struct doc_node *n = defs[i].build(c, d);
		if (n == NULL)
			return NULL;
		n->pos = d->pos;
		if (n->as.fl == NULL)
			n->as.fl = arena_alloc(c->doc->arena, sizeof *n->as.fl);
		number_float(c, n, d);
		return n;
	}
	char list[1024] = "";
	for (size_t i = 0; i < ndefs; i++) {
		if (i)
			strncat(list, ", ", sizeof list - strlen(list) - 1);
		strncat(list, defs[i].name, sizeof list - strlen(list) - 1);
	}
	directive_error(c, d, "unknown %s \"%s\" (known: %s)", kind, d->arg, list);
	return NULL;
}

struct doc_node *block_directive(struct build_ctx *c, const struct directive *d)
{
	if (!strcmp(d->name, "tabel"))
		return registered(c, d, TABLE_DEFS, NTABLE_DEFS, "tabel");
	if (!strcmp(d->name, "grafik"))
		return registered(c, d, CHART_DEFS, NCHART_DEFS, "grafik");
	if (!strcmp(d->name, "tanda-tangan") || !strcmp(d->name, "halaman-baru")) {
		if (!check_opts(c, d, NULL, false))
			return NULL;
		if (d->arg) {
			directive_error(c, d, "{{%s}} takes no argument", d->name);
			return NULL;
		}
		if (!strcmp(d->name, "halaman-baru"))
			return doc_node_new(c->doc, DOC_PAGEBREAK);
		struct doc_node *s = make_signature(c);
		s->pos = d->pos;
		return s;
	}
	/* {{gambar FILE alt="..." judul="..."}} */
	static const char *const gopts[] = {"alt", "lebar", "tinggi", NULL};
	if (!check_opts(c, d, gopts, true) || !no_extra_arg(c, d, d->arg2, false))
		return NULL;
	if (d->arg == NULL) {
		directive_error(c, d, "{{gambar}} needs a file, e.g. "
			"{{gambar struktur.png alt=\"Struktur organisasi\"}}");
		return NULL;
	}
	const struct doc_image *img = image_load(c, d->arg, d->pos);
	if (img == NULL)
		return NULL;
	const char *alt = directive_opt(d, "alt");
	if (alt == NULL) {
		directive_error(c, d, "{{gambar %s}}: give a text alternative, "
			"alt=\"...\", for readers who cannot see the image", d->arg);
		return NULL;
	}
	struct doc_node *n = doc_node_new(c->doc, DOC_FIGURE);
	n->pos = d->pos;
	n->as.fl = arena_alloc(c->doc->arena, sizeof *n->as.fl);
	n->as.fl->image = arena_printf(c->doc->arena, "%s/%s", c->report->dir,
		d->arg);
	n->as.fl->img = img;
	n->as.fl->alt = alt;
	const char *judul = directive_opt(d, "judul");
	n->as.fl->title = judul ? judul : alt;
	n->as.fl->url = d->arg;
	/* 0: the backend's default size for images. */
	if (!directive_opt_mm(c, d, "lebar", 0, &n->as.fl->width) ||
			!directive_opt_mm(c, d, "tinggi", 0, &n->as.fl->height))
		return NULL;
	number_float(c, n, d);
	return n;
}
