/* The directive registry (DIRECTIVES, at the end): inline values
 * ({{capaian IKU1}}, {{angka IKU1.capaian.2024}}) and block directives
 * ({{tabel}}, {{grafik}}, {{gambar}}, ...), each a row with its builder.
 * Every figure is read from the metrics' figure table by its key and goes
 * through format.c. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "doc/build.h"
#include "doc/tables.h"
#include "util/arena.h"
#include "util/num.h"
#include "util/path.h"
#include "util/suggest.h"

static const char *const COMMON_OPTS[] = {"id", "judul", "sumber", "lanskap",
	"nomor", NULL};

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

/* ---- Figures by key ---- */

/* The mark a table gives figure f ("*)", "**)"; NULL for none): an
 * indicator's realisasi typed where its rumus cannot compute the year, a
 * capaian above the report's ambang_wajar. *catatan: what it means. */
static const char *tanda(struct build_ctx *c, const struct figure *f,
	const char **catatan)
{
	const char *k = f->key, *q;
	bool real = (q = strstr(k, ".realisasi.")) != NULL;
	if (!real && (q = strstr(k, ".capaian.")) == NULL)
		return NULL;
	char *end;
	long y = strtol(strchr(q + 1, '.') + 1, &end, 10);
	if (*end != '\0')
		return NULL;
	const struct metrik_indikator *mi = metrics_indikator(c->metrics,
		arena_strndup(c->doc->arena, k, (size_t)(q - k)));
	const struct metrik_tahun *mt = mi ? metrics_tahun(mi, (int)y) : NULL;
	if (mt == NULL)
		return NULL;
	const struct report_meta *m = &c->report->meta;
	if (real && mt->realisasi_diketik) {
		*catatan = CATATAN_DIKETIK;
		return "*)";
	}
	if (!real && mt->status == CAPAIAN_OK && m->ambang_wajar > 0 &&
			mt->capaian > m->ambang_wajar) {
		*catatan = catatan_tak_wajar(c);
		return "**)";
	}
	return NULL;
}

/* A figure of the table as text in a sentence; the node keeps the figure
 * so a backend can tell where it comes from. In a paragraph, a figure a
 * table would mark carries the same mark, and the paragraph is followed
 * by what it means (build.c), once per note. */
static struct doc_node *figure_text(struct build_ctx *c,
	const struct directive *d, const struct figure *f, const char *s)
{
	const char *catatan = NULL;
	const char *t = c->in_paragraph && f->ada ? tanda(c, f, &catatan) :
		NULL;
	if (t != NULL) {
		s = arena_printf(c->doc->arena, "%s %s", s, t);
		if (c->catatan == NULL)
			c->catatan = catatan;
		else if (strstr(c->catatan, catatan) == NULL)
			c->catatan = arena_printf(c->doc->arena, "%s. %s",
				c->catatan, catatan);
	}
	struct doc_node *n = text(c, d, s);
	n->fig = f;
	return n;
}

static const struct figure *figure_of(struct build_ctx *c, const char *fmt,
	...) __attribute__((format(printf, 2, 3)));

static const struct figure *figure_of(struct build_ctx *c, const char *fmt,
	...)
{
	char key[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(key, sizeof key, fmt, ap);
	va_end(ap);
	return metrics_figure(c->metrics, key);
}

/* Budget figures: a budget code, a sasaran, or (no argument) the total,
 * as the key of the figure table ("anggaran.2.17.02.serapan",
 * "S1.serapan", "laporan.serapan"). NULL after a diagnostic; *f NULL
 * when that figure does not exist (a sasaran has no pagu_awal). */
static bool figure_anggaran(struct build_ctx *c, const struct directive *d,
	const char *what, const char *kode, const struct figure **f)
{
	const struct metrics *m = c->metrics;
	static const struct {
		const char *nama, *laporan, *baris;
	} KUNCI[] = {
		{"pagu", "pagu", "pagu"},
		{"pagu-awal", "pagu_awal", "pagu_awal"},
		{"realisasi-anggaran", "realisasi_anggaran", "realisasi"},
		{"sisa-anggaran", "sisa_anggaran", "sisa_anggaran"},
		{"serapan", "serapan", "serapan"},
		{"efisiensi", "efisiensi", "efisiensi"},
	};
	size_t k = 0;
	while (k + 1 < sizeof KUNCI / sizeof *KUNCI && strcmp(KUNCI[k].nama,
			what))
		k++;
	if (kode == NULL)
		*f = figure_of(c, "laporan.%s", KUNCI[k].laporan);
	else if (metrics_anggaran(m, kode))
		*f = figure_of(c, "anggaran.%s.%s", kode, KUNCI[k].baris);
	else if (metrics_sasaran(m, kode))
		*f = figure_of(c, "%s.%s", kode, KUNCI[k].laporan);
	else {
		directive_error(c, d, "{{%s %s}}: \"%s\" is neither a code in "
			"anggaran.csv nor a sasaran", d->name, kode, kode);
		return false;
	}
	return true;
}

/* ---- Builders of inline directives (one per row family) ---- */

static struct doc_node *b_meta(struct build_ctx *c, const struct directive *d)
{
	const struct report_meta *m = &c->report->meta;
	struct arena *a = c->doc->arena;
	const char *nm = d->name;
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
	if (!strcmp(nm, "kepala")) {
		if (m->kepala_nama == NULL) {
			directive_error(c, d, "{{kepala}}: laporan.yaml gives "
				"no kepala: nama");
			return NULL;
		}
		return text(c, d, m->kepala_nama);
	}
	if (!strcmp(nm, "jabatan"))
		return text(c, d, m->kepala_jabatan);
	return text(c, d, fmt_tahun(c, m->renstra_awal, m->renstra_akhir));
}

static struct doc_node *b_uraian(struct build_ctx *c, const struct directive *d)
{
	const char *nm = d->name;
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

/* {{target KODE}}, {{realisasi KODE}}: KODE.target.TAHUN. */
static struct doc_node *b_target(struct build_ctx *c, const struct directive *d)
{
	bool ok;
	int tahun = year_of(c, d, &ok);
	if (!ok)
		return NULL;
	const struct metrik_indikator *mi = need_indikator(c, d);
	if (mi == NULL)
		return NULL;
	const struct figure *f = figure_of(c, "%s.%s.%d", d->arg, d->name,
		tahun);
	if (f == NULL || !f->ada) {
		directive_error(c, d, "{{%s %s}}: no %s for %d in "
			"kinerja.csv", d->name, d->arg, d->name, tahun);
		return NULL;
	}
	return figure_text(c, d, f, fmt_figure(c, f));
}

/* {{capaian}}, {{predikat}}: of the report, a sasaran or an indicator. */
static struct doc_node *b_capaian(struct build_ctx *c,
	const struct directive *d)
{
	const struct report_meta *m = &c->report->meta;
	const char *nm = d->name;
	bool ok;
	int tahun = year_of(c, d, &ok);
	if (!ok)
		return NULL;
	bool cap = !strcmp(nm, "capaian");
	if (!cap && m->skala.nband == 0) {
		directive_error(c, d, "{{predikat}}: laporan.yaml says "
			"predikat: tidak ada (the report grades no capaian)");
		return NULL;
	}
	const char *q = cap ? "capaian" : "predikat";
	const struct metrik_sasaran *ms = d->arg == NULL ? NULL :
		metrics_sasaran(c->metrics, d->arg);
	const char *pre = d->arg == NULL ? "laporan" : d->arg;
	if ((d->arg == NULL || ms != NULL) && tahun != m->tahun) {
		/* Another year's mean. */
		const struct figure *f = figure_of(c, "%s.%s.%d", pre, q, tahun);
		if (f == NULL) {
			directive_error(c, d, "{{%s%s%s tahun=%d}}: no indicator "
				"%shas a capaian for %d in kinerja.csv", nm,
				d->arg ? " " : "", d->arg ? d->arg : "", tahun,
				ms ? "of this sasaran " : "", tahun);
			return NULL;
		}
		return figure_text(c, d, f, fmt_figure(c, f));
	}
	if (d->arg == NULL || ms != NULL) {
		const struct figure *f = figure_of(c, "%s.%s", pre, q);
		const struct figure *fc = figure_of(c, "%s.capaian", pre);
		if (f == NULL || fc == NULL || !fc->ada)
			return text(c, d, "-");
		return figure_text(c, d, f, fmt_figure(c, f));
	}
	const struct metrik_indikator *mi = need_indikator(c, d);
	if (mi == NULL)
		return NULL;
	const struct figure *fc = figure_of(c, "%s.capaian.%d", d->arg, tahun);
	if (fc == NULL) {
		directive_error(c, d, "{{%s %s}}: no row for %d in "
			"kinerja.csv", nm, d->arg, tahun);
		return NULL;
	}
	if (!fc->ada)
		return text(c, d, "tidak dapat dihitung");
	const struct figure *f = cap ? fc : figure_of(c, "%s.predikat.%d",
		d->arg, tahun);
	return figure_text(c, d, f, fmt_figure(c, f));
}

/* {{target-akhir KODE}}, {{kemajuan KODE}}: over the Renstra. */
static struct doc_node *b_renstra(struct build_ctx *c,
	const struct directive *d)
{
	const struct metrik_indikator *mi = need_indikator(c, d);
	if (mi == NULL)
		return NULL;
	const struct figure *f = figure_of(c, "%s.%s", d->arg,
		!strcmp(d->name, "target-akhir") ? "target_akhir" : "kemajuan");
	if (f == NULL || !f->ada)
		return text(c, d, "-");
	return figure_text(c, d, f, fmt_figure(c, f));
}

static struct doc_node *b_anggaran(struct build_ctx *c,
	const struct directive *d)
{
	const struct figure *f;
	if (!figure_anggaran(c, d, d->name, d->arg, &f))
		return NULL;
	if (f == NULL || (!f->ada && !f->tak_dilaporkan))
		return text(c, d, "-");
	return figure_text(c, d, f, fmt_figure(c, f));
}

/* The kind of spending named "operasi", "modal", ... (belanja.csv); -1
 * after an error naming the kinds. */
static int jenis_belanja(struct build_ctx *c, const struct directive *d,
	const char *s)
{
	for (int j = 0; s && j < BELANJA_MAX; j++)
		if (!strcmp(s, BELANJA_NAMA[j])) {
			if (!c->metrics->belanja[j].ada) {
				directive_error(c, d, "{{%s}}: belanja.csv has no "
					"line of %s", d->name, BELANJA_NAMA[j]);
				return -1;
			}
			return j;
		}
	directive_error(c, d, "{{%s}}: expected a kind of spending: "
		"operasi, modal, tidak-terduga, transfer, langsung or "
		"tidak-langsung", d->name);
	return -1;
}

/* {{belanja JENIS}}: belanja.JENIS.anggaran. */
static struct doc_node *b_belanja(struct build_ctx *c,
	const struct directive *d)
{
	int j = jenis_belanja(c, d, d->arg);
	if (j < 0)
		return NULL;
	const struct figure *f = figure_of(c, "belanja.%s.anggaran",
		BELANJA_NAMA[j]);
	return figure_text(c, d, f, fmt_figure(c, f));
}

/* {{jumlah-program}}, ...: laporan.jumlah_program, ... */
static struct doc_node *b_jumlah(struct build_ctx *c,
	const struct directive *d)
{
	const struct figure *f = figure_of(c, "laporan.jumlah_%s",
		d->name + strlen("jumlah-"));
	char b[64];
	return figure_text(c, d, f, arena_strdup(c->doc->arena,
		figure_teks(b, sizeof b, &c->report->meta, f)));
}

static struct doc_node *b_terbilang(struct build_ctx *c,
	const struct directive *d)
{
	if (d->arg != NULL && !strcmp(d->arg, "belanja")) {
		int j = jenis_belanja(c, d, d->arg2);
		char buf[1024];
		if (j < 0)
			return NULL;
		const struct figure *f = figure_of(c, "belanja.%s.anggaran",
			BELANJA_NAMA[j]);
		if (f == NULL || !f->ada ||
				num_terbilang_rupiah(buf, sizeof buf, f->v) < 0) {
			directive_error(c, d, "{{terbilang}}: the amount cannot "
				"be written in words");
			return NULL;
		}
		return figure_text(c, d, f, arena_strdup(c->doc->arena, buf));
	}
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
	const struct figure *f;
	if (!figure_anggaran(c, &inner, d->arg, d->arg2, &f))
		return NULL;
	char buf[1024];
	if (f == NULL || !f->ada ||
			num_terbilang_rupiah(buf, sizeof buf, f->v) < 0) {
		directive_error(c, d, "{{terbilang}}: the amount cannot be "
			"written in words");
		return NULL;
	}
	return figure_text(c, d, f, arena_strdup(c->doc->arena, buf));
}

static struct doc_node *b_data(struct build_ctx *c, const struct directive *d)
{
	bool ok;
	int tahun = year_of(c, d, &ok);
	if (!ok)
		return NULL;
	if (d->arg == NULL) {
		directive_error(c, d, "{{data}} needs a series name");
		return NULL;
	}
	const struct figure *f = figure_of(c, "data.%s.%d", d->arg, tahun);
	if (f != NULL)
		return figure_text(c, d, f, fmt_figure(c, f));
	bool seen = false;
	for (size_t i = 0; i < c->report->ndata && !seen; i++)
		seen = !strcmp(c->report->data[i].seri, d->arg);
	directive_error(c, d, seen ? "{{data %s}}: no value for %d in "
		"data.csv" : "{{data %s}}: no series of that name in "
		"data.csv", d->arg, tahun);
	return NULL;
}

static struct doc_node *b_sakip(struct build_ctx *c, const struct directive *d)
{
	bool ok;
	int tahun = year_of(c, d, &ok);
	if (!ok)
		return NULL;
	const struct figure *f = figure_of(c, "sakip.%s.%d",
		!strcmp(d->name, "sakip") ? "nilai" : "predikat", tahun);
	if (f == NULL) {
		directive_error(c, d, "{{%s}}: no SAKIP evaluation for %d in "
			"evaluasi_sakip.csv", d->name, tahun);
		return NULL;
	}
	/* The score as the tables print it: without a unit. */
	char b[128];
	return figure_text(c, d, f, arena_strdup(c->doc->arena,
		figure_teks(b, sizeof b, &c->report->meta, f)));
}

/* {{angka KEY}}: any figure of the table by its key (docs/directives.md,
 * "Kunci angka"); bentuk=angka leaves out the unit, bentuk=terbilang
 * writes it in words (fmt_terbilang), bentuk=singkat money the short way
 * ("Rp 4,6 miliar"). */
static struct doc_node *b_angka(struct build_ctx *c, const struct directive *d)
{
	if (d->arg == NULL) {
		directive_error(c, d, "{{angka}} needs the key of a figure, e.g. "
			"{{angka IKU1.capaian.%d}} (lkjip explain REPORT lists "
			"them)", c->report->meta.tahun);
		return NULL;
	}
	const struct figure *f = metrics_figure(c->metrics, d->arg);
	if (f == NULL) {
		size_t n = metrics_figure_count(c->metrics);
		const char **keys = arena_alloc(c->doc->arena,
			(n ? n : 1) * sizeof *keys);
		for (size_t i = 0; i < n; i++)
			keys[i] = metrics_figure_at(c->metrics, i)->key;
		const char *s = suggest_nearest(d->arg, keys, n);
		directive_error(c, d, "{{angka %s}}: the report has no figure "
			"\"%s\"%s%s%s (lkjip explain REPORT lists the keys)",
			d->arg, d->arg, s ? "; did you mean \"" : "", s ? s : "",
			s ? "\"?" : "");
		return NULL;
	}
	const char *bentuk = directive_opt(d, "bentuk");
	if (bentuk == NULL || !strcmp(bentuk, "lengkap"))
		return figure_text(c, d, f, fmt_figure(c, f));
	if (!strcmp(bentuk, "angka")) {
		char b[128];
		return figure_text(c, d, f, arena_strdup(c->doc->arena,
			figure_teks(b, sizeof b, &c->report->meta, f)));
	}
	if (!strcmp(bentuk, "terbilang") || !strcmp(bentuk, "singkat")) {
		bool kata = !strcmp(bentuk, "terbilang");
		const char *s = kata ? fmt_terbilang(c, f) : fmt_singkat(c, f);
		if (s != NULL)
			return figure_text(c, d, f, s);
		directive_error(c, d, "{{angka %s bentuk=%s}}: %s", d->arg,
			bentuk, !f->ada ? "the figure has no value" : kata ?
			(f->kind == FIGURE_RUPIAH ? "the amount is too large or "
			"negative to be written in words" : "a grade, a text or a "
			"range is not a number to write in words") :
			"only an amount of money has a short form");
		return NULL;
	}
	directive_error(c, d, "{{angka %s}}: bentuk= is lengkap, angka, "
		"terbilang or singkat, found \"%s\"", d->arg, bentuk);
	return NULL;
}

static struct doc_node *b_ref(struct build_ctx *c, const struct directive *d)
{
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
	const struct directive_def *def)
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

/* ---- blocks ---- */

void number_float(struct build_ctx *c, struct doc_node *n,
	const struct directive *d)
{
	struct arena *a = c->doc->arena;
	bool fig = n->type == DOC_FIGURE;
	const char *v = d ? directive_opt(d, "nomor") : NULL;
	if (v && strcmp(v, "ya") && strcmp(v, "tidak"))
		directive_error(c, d, "option nomor: expected ya or tidak, found "
			"\"%s\"", v);
	/* nomor=tidak: captioned but not counted, nor listed. */
	if (v == NULL || strcmp(v, "tidak")) {
		int no = fig ? ++c->figure_no : ++c->table_no;
		const char *word = fig ? "Gambar" : "Tabel";
		n->as.fl->label = c->chapter_label[0] ?
			arena_printf(a, "%s %s.%d", word, c->chapter_label, no) :
			arena_printf(a, "%s %d", word, no);
	}
	const char *key = NULL;
	if (d != NULL && d->arg != NULL)
		key = fig ? arena_printf(a, "grafik-%s", d->arg) : d->arg;
	const char *sk_sumber = NULL;
	const char *sk_title = key ? skeleton_caption(c, key, &sk_sumber) : NULL;
	/* A chart of other columns (kolom=) than the skeleton's caption
	 * describes, or of other years than the report's under a caption
	 * naming the reporting year, keeps its own title, which names
	 * them. */
	bool sendiri = fig && sk_title && n->as.fl->title &&
		(directive_opt(d, "kolom") || (directive_opt(d, "tahun") &&
		strstr(sk_title, arena_printf(a, "%d",
		c->report->meta.tahun))));
	if (sk_title && strcmp(d->arg, "csv") && !sendiri)
		n->as.fl->title = sk_title;
	if (sk_sumber && strcmp(d->arg, "csv"))
		n->as.fl->sumber = sk_sumber;
	if (d && (v = directive_opt(d, "judul")))
		n->as.fl->title = v;
	if (d && (v = directive_opt(d, "sumber")))
		n->as.fl->sumber = v;
	/* What the table's marks mean follows whichever source it shows. */
	if (n->as.fl->catatan != NULL)
		n->as.fl->sumber = n->as.fl->sumber && *n->as.fl->sumber ?
			arena_printf(a, "%s. %s", n->as.fl->sumber,
				n->as.fl->catatan) : n->as.fl->catatan;
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
		/* {{tabel seri A,B}}, {{grafik seri A,B}} name their series
		 * with a second word. */
		bool arg2 = !strcmp(defs[i].name, "seri");
		if (!check_opts(c, d, defs[i].options, true) ||
				!no_extra_arg(c, d, arg2 ? NULL : d->arg2, false))
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

static struct doc_node *b_tabel(struct build_ctx *c, const struct directive *d)
{
	return registered(c, d, TABLE_DEFS, NTABLE_DEFS, "tabel");
}

static struct doc_node *b_grafik(struct build_ctx *c, const struct directive *d)
{
	return registered(c, d, CHART_DEFS, NCHART_DEFS, "grafik");
}

/* {{tanda-tangan}}, {{halaman-baru}}: no argument, no option. */
static struct doc_node *b_polos(struct build_ctx *c, const struct directive *d)
{
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
static struct doc_node *b_gambar(struct build_ctx *c, const struct directive *d)
{
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

/* ---- The registry: every directive, inline and block, in one table ----
 *
 * name, kind, the options it accepts, the bare words and tahun= it uses
 * (inline), and its builder. A name not here is an error wherever it is
 * written. Adding a directive is adding a row and a builder
 * (docs/architecture.md). */
static const char *const OPT_TAHUN[] = {"tahun", NULL};
static const char *const OPT_ANGKA[] = {"bentuk", NULL};

#define INLINE(n, o, a, a2, t, b) {n, DIREKTIF_INLINE, o, a, a2, t, b}
#define BLOK(n, b) {n, DIREKTIF_BLOK, NULL, false, false, false, b}
static const struct directive_def DIRECTIVES[] = {
	INLINE("tahun", OPT_TAHUN, false, false, false, b_meta),
	INLINE("tahun-lalu", OPT_TAHUN, false, false, false, b_meta),
	INLINE("tahun-depan", OPT_TAHUN, false, false, false, b_meta),
	INLINE("instansi", OPT_TAHUN, false, false, false, b_meta),
	INLINE("pemerintah", OPT_TAHUN, false, false, false, b_meta),
	INLINE("kepala", OPT_TAHUN, false, false, false, b_meta),
	INLINE("jabatan", OPT_TAHUN, false, false, false, b_meta),
	INLINE("renstra", OPT_TAHUN, false, false, false, b_meta),
	INLINE("uraian", OPT_TAHUN, true, false, false, b_uraian),
	INLINE("satuan", OPT_TAHUN, true, false, false, b_uraian),
	INLINE("target", OPT_TAHUN, true, false, true, b_target),
	INLINE("realisasi", OPT_TAHUN, true, false, true, b_target),
	INLINE("capaian", OPT_TAHUN, true, false, true, b_capaian),
	INLINE("predikat", OPT_TAHUN, true, false, true, b_capaian),
	INLINE("target-akhir", OPT_TAHUN, true, false, false, b_renstra),
	INLINE("kemajuan", OPT_TAHUN, true, false, false, b_renstra),
	INLINE("pagu", OPT_TAHUN, true, false, false, b_anggaran),
	INLINE("pagu-awal", OPT_TAHUN, true, false, false, b_anggaran),
	INLINE("realisasi-anggaran", OPT_TAHUN, true, false, false, b_anggaran),
	INLINE("sisa-anggaran", OPT_TAHUN, true, false, false, b_anggaran),
	INLINE("serapan", OPT_TAHUN, true, false, false, b_anggaran),
	INLINE("efisiensi", OPT_TAHUN, true, false, false, b_anggaran),
	INLINE("terbilang", OPT_TAHUN, true, true, false, b_terbilang),
	INLINE("data", OPT_TAHUN, true, false, true, b_data),
	INLINE("sakip", OPT_TAHUN, false, false, true, b_sakip),
	INLINE("sakip-predikat", OPT_TAHUN, false, false, true, b_sakip),
	INLINE("belanja", OPT_TAHUN, true, false, false, b_belanja),
	INLINE("jumlah-program", OPT_TAHUN, false, false, false, b_jumlah),
	INLINE("jumlah-kegiatan", OPT_TAHUN, false, false, false, b_jumlah),
	INLINE("jumlah-subkegiatan", OPT_TAHUN, false, false, false, b_jumlah),
	INLINE("angka", OPT_ANGKA, true, false, false, b_angka),
	INLINE("ref", NULL, true, false, false, b_ref),
	BLOK("tabel", b_tabel),
	BLOK("grafik", b_grafik),
	BLOK("gambar", b_gambar),
	BLOK("tanda-tangan", b_polos),
	BLOK("halaman-baru", b_polos),
};
#undef INLINE
#undef BLOK

const struct directive_def *directive_find(const char *name)
{
	for (size_t i = 0; i < sizeof DIRECTIVES / sizeof *DIRECTIVES; i++)
		if (!strcmp(DIRECTIVES[i].name, name))
			return &DIRECTIVES[i];
	return NULL;
}

struct doc_node *inline_value(struct build_ctx *c, const struct directive *d)
{
	const struct directive_def *def = directive_find(d->name);
	if (def == NULL) {
		/* An option is reported first, as before the registry. */
		if (!check_opts(c, d, OPT_TAHUN, false))
			return NULL;
		directive_error(c, d, "unknown directive {{%s}} (see "
			"docs/directives.md)", d->name);
		return NULL;
	}
	if (def->kind != DIREKTIF_INLINE) {
		directive_error(c, d, "{{%s}} must stand alone in its own "
			"paragraph", d->name);
		return NULL;
	}
	if (!check_opts(c, d, def->options, false) ||
			!check_inline_use(c, d, def))
		return NULL;
	return def->build(c, d);
}

struct doc_node *block_directive(struct build_ctx *c, const struct directive *d)
{
	const struct directive_def *def = directive_find(d->name);
	if (def == NULL || def->kind != DIREKTIF_BLOK)
		return inline_value(c, d);
	return def->build(c, d);
}
