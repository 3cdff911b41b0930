/* {{tabel seri A,B tahun=2020-2024 selisih=ya pertumbuhan=ya baris=seri}}:
 * the series of data.csv (or a workbook's data sheet), years x series,
 * with the change from the year before and its growth in percent. Every
 * cell is a figure of the figure table (data.SERI.TAHUN,
 * data.SERI.selisih.TAHUN, data.SERI.pertumbuhan.TAHUN: metrics/figure.c);
 * nothing is computed here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc/tables.h"
#include "util/strmap.h"
#include "util/suggest.h"

/* A table wider than this is not a table a page can hold. */
#define SERI_MAX_TAHUN 15
#define SERI_MAX 12

struct seri {
	const char *nama;   /* as in data.csv */
	const char *label;  /* uraian, or the name */
	const char *satuan; /* or NULL */
	const struct ptrvec *rows;
};

/* ya/tidak option, default false. False after an error. */
static bool opt_ya(struct build_ctx *c, const struct directive *d,
	const char *key, bool *out)
{
	const char *v = directive_opt(d, key);
	*out = v != NULL && !strcmp(v, "ya");
	if (v == NULL || *out || !strcmp(v, "tidak"))
		return true;
	directive_error(c, d, "option %s: expected ya or tidak, found \"%s\"",
		key, v);
	return false;
}

/* The series named by the second word ("a,b"); 0 after an error. */
static size_t seri_list(struct build_ctx *c, const struct directive *d,
	struct seri *out)
{
	const struct report *r = c->report;
	if (d->arg2 == NULL) {
		directive_error(c, d, "{{tabel seri}} needs the series of "
			"data.csv to show, e.g. {{tabel seri koperasi_aktif,"
			"um_berlegalitas}}");
		return 0;
	}
	size_t n = 0;
	const char *p = d->arg2;
	while (*p) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		const char *nama = arena_strndup(ARENA(c), p, len);
		p += len + (e != NULL);
		if (*nama == '\0') {
			directive_error(c, d, "{{tabel seri %s}}: an empty series "
				"name in the list", d->arg2);
			return 0;
		}
		const struct ptrvec *rows = r->data_seri ?
			strmap_get(r->data_seri, nama) : NULL;
		if (rows == NULL || rows->n == 0) {
			const char **names = arena_alloc(ARENA(c),
				(r->ndata ? r->ndata : 1) * sizeof *names);
			for (size_t i = 0; i < r->ndata; i++)
				names[i] = r->data[i].seri;
			const char *s = suggest_nearest(nama, names, r->ndata);
			directive_error(c, d, "{{tabel seri}}: no series \"%s\" in "
				"data.csv%s%s%s", nama, s ? "; did you mean \"" : "",
				s ? s : "", s ? "\"?" : "");
			return 0;
		}
		for (size_t i = 0; i < n; i++)
			if (!strcmp(out[i].nama, nama)) {
				directive_error(c, d, "{{tabel seri}}: series \"%s\" "
					"is named twice", nama);
				return 0;
			}
		if (n == SERI_MAX) {
			directive_error(c, d, "{{tabel seri}}: at most %d series "
				"in one table", SERI_MAX);
			return 0;
		}
		const struct data_seri *d0 = rows->v[0];
		out[n].nama = nama;
		out[n].label = d0->uraian ? d0->uraian : nama;
		out[n].satuan = d0->satuan;
		out[n].rows = rows;
		n++;
	}
	return n;
}

/* tahun=2020-2024 (a span) or 2022,2024 (a list); by default every year
 * from the first to the last the series give. -1 after an error. */
static int seri_tahun(struct build_ctx *c, const struct directive *d,
	const struct seri *s, size_t ns, int *years)
{
	const char *v = directive_opt(d, "tahun");
	if (v != NULL && strchr(v, '-') != NULL) {
		char *e1, *e2;
		long a = strtol(v, &e1, 10);
		long b = *e1 == '-' ? strtol(e1 + 1, &e2, 10) : 0;
		if (*e1 != '-' || e2 == e1 + 1 || *e2 != '\0' || a < 1900 ||
				b > 2200 || a > b) {
			directive_error(c, d, "{{tabel seri}}: tahun=\"%s\" is not "
				"a span of years such as 2020-2024", v);
			return -1;
		}
		if (b - a + 1 > SERI_MAX_TAHUN) {
			directive_error(c, d, "{{tabel seri}}: tahun=\"%s\" spans "
				"%ld years; a table shows at most %d", v, b - a + 1,
				SERI_MAX_TAHUN);
			return -1;
		}
		for (long y = a; y <= b; y++)
			years[y - a] = (int)y;
		return (int)(b - a + 1);
	}
	if (v != NULL) {
		int n = directive_opt_years(c, d, "tahun", years,
			SERI_MAX_TAHUN);
		for (int i = 1; i < n; i++)
			if (years[i] <= years[i - 1]) {
				directive_error(c, d, "{{tabel seri}}: the years of "
					"tahun=\"%s\" must rise", v);
				return -1;
			}
		return n;
	}
	int lo = 0, hi = 0;
	for (size_t i = 0; i < ns; i++)
		for (size_t k = 0; k < s[i].rows->n; k++) {
			const struct data_seri *r = s[i].rows->v[k];
			if (lo == 0 || r->tahun < lo)
				lo = r->tahun;
			if (r->tahun > hi)
				hi = r->tahun;
		}
	if (hi - lo + 1 > SERI_MAX_TAHUN) {
		directive_error(c, d, "{{tabel seri}}: the series span %d-%d; "
			"choose at most %d years with tahun=", lo, hi,
			SERI_MAX_TAHUN);
		return -1;
	}
	for (int y = lo; y <= hi; y++)
		years[y - lo] = y;
	return hi - lo + 1;
}

/* A year a series has no value for, when a selisih or pertumbuhan of
 * the table needs it: a warning naming the years left "-". */
static void seri_kosong(struct build_ctx *c, const struct directive *d,
	const struct seri *s, const int *years, int ny)
{
	char list[256] = "";
	int nmiss = 0;
	for (int y = 0; y < ny; y++) {
		char key[300];
		snprintf(key, sizeof key, "data.%s.%d", s->nama, years[y]);
		const struct figure *f = metrics_figure(c->metrics, key);
		if (f != NULL && f->ada)
			continue;
		size_t l = strlen(list);
		snprintf(list + l, sizeof list - l, "%s%d", nmiss ? ", " : "",
			years[y]);
		nmiss++;
	}
	if (nmiss > 0)
		diag_add(c->diags, DIAG_WARNING, d->pos, "{{tabel seri}}: "
			"series \"%s\" has no value for %s in data.csv: its "
			"selisih and pertumbuhan that need %s are shown as \"-\"",
			s->nama, list, nmiss > 1 ? "them" : "it");
}

/* The header of a series: "Koperasi aktif (unit)". */
static const char *seri_kepala(struct build_ctx *c, const struct seri *s,
	bool satuan)
{
	if (!satuan || s->satuan == NULL)
		return s->label;
	return arena_printf(ARENA(c), "%s (%s)", s->label, s->satuan);
}

/* The cells of one series in one year: value, selisih, pertumbuhan. */
static void seri_sel(struct build_ctx *c, struct doc_node *r,
	const struct seri *s, int y, bool selisih, bool tumbuh)
{
	tbl_cell_fig(c, r, false, "data.%s.%d", s->nama, y);
	if (selisih)
		tbl_cell_fig(c, r, false, "data.%s.selisih.%d", s->nama, y);
	if (tumbuh)
		tbl_cell_fig(c, r, false, "data.%s.pertumbuhan.%d", s->nama, y);
}

static void sub_kepala(struct build_ctx *c, struct doc_node *r,
	bool selisih, bool tumbuh)
{
	tbl_hcell(c, r, "Nilai", 1, 1);
	if (selisih)
		tbl_hcell(c, r, "Selisih", 1, 1);
	if (tumbuh)
		tbl_hcell(c, r, "Pertumbuhan (%)", 1, 1);
}

struct doc_node *tabel_seri(struct build_ctx *c, const struct directive *d)
{
	struct seri s[SERI_MAX];
	int years[SERI_MAX_TAHUN];
	bool selisih, tumbuh;
	size_t ns = seri_list(c, d, s);
	if (ns == 0 || !opt_ya(c, d, "selisih", &selisih) ||
			!opt_ya(c, d, "pertumbuhan", &tumbuh))
		return NULL;
	const char *baris = directive_opt(d, "baris");
	if (baris != NULL && strcmp(baris, "seri") && strcmp(baris, "tahun")) {
		directive_error(c, d, "{{tabel seri}}: option baris: expected "
			"seri (a row per series) or tahun (a row per year), found "
			"\"%s\"", baris);
		return NULL;
	}
	bool per_tahun = baris != NULL && !strcmp(baris, "tahun");
	int ny = seri_tahun(c, d, s, ns, years);
	if (ny <= 0)
		return NULL;
	if (selisih || tumbuh)
		for (size_t i = 0; i < ns; i++)
			seri_kosong(c, d, &s[i], years, ny);

	int k = 1 + selisih + tumbuh; /* columns per series and year */
	const char *nama = s[0].label;
	for (size_t i = 1; i < ns; i++)
		nama = arena_printf(ARENA(c), "%s%s%s", nama, i + 1 == ns ?
			" dan " : ", ", s[i].label);
	struct doc_node *t = tbl_new(c, arena_printf(ARENA(c), "%s Tahun %s",
		nama, ny > 1 ? fmt_tahun(c, years[0], years[ny - 1]) :
		arena_printf(ARENA(c), "%d", years[0])), "Data diolah");
	struct doc_node *r = tbl_row(c, t, true);
	if (per_tahun) {
		/* Tahun | A (Nilai, Selisih, Pertumbuhan) | B ... */
		tbl_hcell(c, r, "Tahun", 1, k > 1 ? 2 : 1);
		for (size_t i = 0; i < ns; i++)
			tbl_hcell(c, r, seri_kepala(c, &s[i], true), k, 1);
		if (k > 1) {
			r = tbl_row(c, t, true);
			for (size_t i = 0; i < ns; i++)
				sub_kepala(c, r, selisih, tumbuh);
		}
		for (int y = 0; y < ny; y++) {
			r = tbl_row(c, t, false);
			tbl_center(tbl_cell(c, r, arena_printf(ARENA(c), "%d",
				years[y]), false));
			for (size_t i = 0; i < ns; i++)
				seri_sel(c, r, &s[i], years[y], selisih, tumbuh);
		}
		tbl_lebar(t, 1 + (int)ns * k);
		return t;
	}
	/* No | Uraian | Satuan | Tahun Y (Nilai, Selisih, Pertumbuhan) ... */
	bool satuan = false;
	for (size_t i = 0; i < ns; i++)
		satuan |= s[i].satuan != NULL;
	tbl_hcell(c, r, "No", 1, k > 1 ? 2 : 1);
	tbl_hcell(c, r, "Uraian", 1, k > 1 ? 2 : 1);
	if (satuan)
		tbl_hcell(c, r, "Satuan", 1, k > 1 ? 2 : 1);
	for (int y = 0; y < ny; y++)
		tbl_hcell(c, r, arena_printf(ARENA(c), "%d", years[y]), k, 1);
	if (k > 1) {
		r = tbl_row(c, t, true);
		for (int y = 0; y < ny; y++)
			sub_kepala(c, r, selisih, tumbuh);
	}
	for (size_t i = 0; i < ns; i++) {
		r = tbl_row(c, t, false);
		tbl_center(tbl_cell(c, r, nomor(c, i), false));
		tbl_cell(c, r, s[i].label, false);
		if (satuan)
			tbl_center(tbl_cell(c, r, s[i].satuan ? s[i].satuan : "-",
				false));
		for (int y = 0; y < ny; y++)
			seri_sel(c, r, &s[i], years[y], selisih, tumbuh);
	}
	tbl_lebar(t, 2 + satuan + ny * k);
	return t;
}
