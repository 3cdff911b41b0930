/* A report folder -> struct report: every CSV and YAML file read, checked
 * and linked. All errors of the folder are reported, not only the first. */
#include <ctype.h>
#include <dirent.h>
#include <math.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/csv.h"
#include "model/load.h"
#include "model/workbook.h"
#include "util/strmap.h"
#include "util/suggest.h"

struct loader {
	struct report *r;
	struct arena *a;
	struct diag_list *dl;
	/* indikator.csv could not be read: references to its codes are not
	 * reported one by one (the file's own error says it all). */
	bool no_indikator;
	/* Names given to read_csv: every other CSV of the folder is still
	 * published under data/, so it is checked too (check_other_csv). */
	struct ptrvec read;
	/* data.xlsx or data.ods, when the folder has one */
	struct workbook *wb;
	/* indikator codes by their lower case, built at the first unknown
	 * code (kode_tak_dikenal) */
	struct strmap *kode_kecil;
};

static const char *join(struct arena *a, const char *dir, const char *name)
{
	return arena_printf(a, "%s/%s", dir, name);
}

/* A data file as the loader read it, kept (the cells live in the model's
 * arena already) for the site's row-anchored view of it; name is the
 * file's, or "data.xlsx" DIAG_SHEET "kinerja" for a workbook's sheet, as
 * the cells' src_pos name them. */
static void keep_berkas(struct loader *L, const char *name,
	const struct csv_table *t)
{
	struct berkas_csv *b = arena_alloc(L->a, sizeof *b);
	b->nama = name;
	b->kolom = t->header;
	b->nkolom = t->ncol;
	int *baris = arena_alloc(L->a, (t->nrows ? t->nrows : 1) *
		sizeof *baris);
	const char ***sel = arena_alloc(L->a, (t->nrows ? t->nrows : 1) *
		sizeof *sel);
	for (size_t i = 0; i < t->nrows; i++) {
		baris[i] = t->rows[i].rownum;
		sel[i] = t->rows[i].cell;
	}
	b->baris = baris;
	b->sel = sel;
	b->nbaris = t->nrows;
	ptrvec_push(L->a, &L->r->berkas, b);
}

/* A file of the report folder, name relative to it, read through
 * path_open_in: what the loader reads is published under data/, so a
 * symbolic link (which may point outside the content folder), a FIFO or a
 * device is reported, never read. A missing file is NULL with errno ENOENT
 * and no diagnostic: the caller knows whether it was required. */
static struct csv_table *read_csv(struct loader *L, const char *name)
{
	const char *path = join(L->a, L->r->dir, name);
	ptrvec_push(L->a, &L->read, (void *)name);
	/* The sheet standing for this file: "kinerja" for kinerja.csv,
	 * "tabel-x" for tabel/x.csv. */
	struct wb_sheet *ws = NULL;
	if (L->wb != NULL) {
		const char *stem = arena_strndup(L->a, name, strlen(name) - 4);
		if (!strncmp(stem, "tabel/", 6))
			stem = arena_printf(L->a, "tabel-%s", stem + 6);
		ws = workbook_sheet(L->wb, stem);
	}
	if (ws != NULL) {
		ws->used = true;
		int fd = path_open_in(L->r->dir, name);
		if (fd >= 0 || errno != ENOENT) {
			if (fd >= 0)
				close(fd);
			diag_add(L->dl, DIAG_ERROR, (struct src_pos){path, 0, 0,
				NULL}, "this table is also the sheet \"%s\" of %s: "
				"keep one of the two", ws->name, L->r->workbook);
			errno = 0;
			return NULL;
		}
		errno = 0;
		if (ws->t != NULL)
			keep_berkas(L, arena_printf(L->a, "%s" DIAG_SHEET "%s",
				L->r->workbook, ws->name), ws->t);
		return ws->t;
	}
	size_t len;
	char *buf = file_read_in(L->r->dir, name, &len);
	if (buf == NULL) {
		int e = errno;
		if (e != ENOENT)
			diag_add(L->dl, DIAG_ERROR, (struct src_pos){path, 0, 0,
				NULL}, "%s", path_refusal(e));
		errno = e;
		return NULL;
	}
	struct csv_table *t = csv_load_mem(L->a, path, buf, len, L->dl);
	free(buf);
	errno = 0;
	if (t != NULL)
		keep_berkas(L, name, t);
	return t;
}

/* data.xlsx or data.ods: read once, before any table, through
 * path_open_in like every content file. */
static void load_workbook(struct loader *L)
{
	static const char *const names[] = {"data.xlsx", "data.ods"};
	for (int i = 0; i < 2; i++) {
		size_t len;
		/* Its own limit, not a text file's: refused by its size
		 * before a byte is read. */
		int fd = path_open_in(L->r->dir, names[i]);
		char *buf = fd < 0 ? NULL : file_read_fd_max(fd, WB_MAX_FILE,
			&len);
		int e = errno;
		if (fd >= 0)
			close(fd);
		const char *path = join(L->a, L->r->dir, names[i]);
		if (buf == NULL) {
			if (e == EFBIG)
				diag_add(L->dl, DIAG_ERROR, (struct src_pos){path,
					0, 0, NULL}, "the workbook is over %u MiB: "
					"the limit", WB_MAX_FILE >> 20);
			else if (e != ENOENT)
				diag_add(L->dl, DIAG_ERROR, (struct src_pos){path,
					0, 0, NULL}, "%s", path_refusal(e));
			continue;
		}
		if (L->r->workbook != NULL) {
			diag_add(L->dl, DIAG_ERROR, (struct src_pos){path, 0, 0,
				NULL}, "the report already has %s: keep one "
				"workbook", L->r->workbook);
			free(buf);
			continue;
		}
		L->r->workbook = names[i];
		L->wb = workbook_load(L->a, path, i == 1, buf, len, L->dl);
		free(buf);
	}
}

/* A sheet no loader took: a typo in its name would leave its table out
 * without a word. */
static void check_sheets_used(struct loader *L)
{
	static const char *const known[] = {"indikator", "kinerja", "anggaran",
		"pagu_renstra", "rencana_aksi", "data", "evaluasi_sakip",
		"pegawai", "aset", "terbit", "aset_kondisi", "belanja",
		"pegawai_rinci"};
	for (size_t i = 0; L->wb && i < L->wb->nsheet; i++) {
		if (L->wb->sheet[i].used)
			continue;
		const char *name = L->wb->sheet[i].name;
		/* "Kinerja": sheet names are matched exactly, like file names */
		const char *near = NULL;
		for (size_t k = 0; k < sizeof known / sizeof *known; k++)
			if (!strcasecmp(name, known[k]))
				near = known[k];
		if (near == NULL)
			near = suggest_nearest(name, known, sizeof known /
				sizeof *known);
		struct src_pos p = {arena_printf(L->a, "%s" DIAG_SHEET "%s",
			L->wb->path, name), 0, 0, NULL};
		if (near != NULL)
			diag_add(L->dl, DIAG_WARNING, p, "not a table lkjip reads: "
				"ignored (did you mean \"%s\"?)", near);
		else
			diag_add(L->dl, DIAG_WARNING, p, "not a table lkjip reads "
				"(indikator, kinerja, anggaran, pagu_renstra, "
				"rencana_aksi, data, evaluasi_sakip, pegawai, aset, "
				"aset_kondisi, belanja, pegawai_rinci, terbit or "
				"tabel-NAME): ignored");
	}
}

/* Opens an optional or required CSV and checks its header. */
static struct csv_table *open_csv(struct loader *L, const char *name,
	bool required, const char *const *req, const char *const *opt,
	const char *const *numeric)
{
	struct csv_table *t = read_csv(L, name);
	/* A workbook that could not be read: its own error says it all. */
	bool wb_failed = L->r->workbook != NULL && L->wb == NULL;
	if (t == NULL && errno == ENOENT && required && !wb_failed)
		diag_add(L->dl, DIAG_ERROR, (struct src_pos){join(L->a,
			L->r->dir, name), 0, 0, NULL}, "missing file: every report "
			"needs %s%s", name, L->wb ? arena_printf(L->a, " or a sheet "
			"%.*s in %s", (int)strlen(name) - 4, name,
			L->r->workbook) : "");
	if (t == NULL)
		return NULL;
	if (!csv_check_header(t, req, opt))
		return NULL;
	csv_settle_convention(t, L->r->meta.angka, numeric);
	return t;
}

static bool valid_kode(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '.' && *s != '-' && *s != '_')
			return false;
	return true;
}

static int parse_year(struct loader *L, const struct csv_table *t,
	const struct csv_row *row, const char *col)
{
	const char *s = csv_get(t, row, col);
	char *end;
	long y = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || y < 1900 || y > 2200) {
		diag_add(L->dl, DIAG_ERROR, csv_pos(t, row, col), "expected a year "
			"such as 2024, found \"%s\"%s", s, csv_is_date(s) ?
			" (a cell formatted as a date): format it as a "
			"number" : "");
		return 0;
	}
	return (int)y;
}

static int cmp_sakip(const void *a, const void *b)
{
	const struct sakip_komponen *x = *(const struct sakip_komponen *const *)a;
	const struct sakip_komponen *y = *(const struct sakip_komponen *const *)b;
	if (x->tahun != y->tahun)
		return (x->tahun > y->tahun) - (x->tahun < y->tahun);
	return (x->pos.line > y->pos.line) - (x->pos.line < y->pos.line);
}

/* The weights of one year's SAKIP components sum to 100: the total score
 * and its grade (AA..D) are read on that scale, so a missing or mistyped
 * component would publish a wrong grade. */
static void check_sakip_weights(struct loader *L, const struct report *r)
{
	const struct sakip_komponen **k = arena_alloc(L->a,
		(r->nsakip ? r->nsakip : 1) * sizeof *k);
	for (size_t i = 0; i < r->nsakip; i++)
		k[i] = &r->sakip[i];
	qsort(k, r->nsakip, sizeof *k, cmp_sakip);
	for (size_t i = 0, j; i < r->nsakip; i = j) {
		/* Exact: 33,33 + 33,33 + 33,34 is 100, 33,333 x 3 is not. */
		struct dec sum = dec_int(0);
		bool all = true;
		for (j = i; j < r->nsakip && k[j]->tahun == k[i]->tahun; j++) {
			all &= k[j]->bobot.ada;
			if (k[j]->bobot.ada)
				sum = dec_add(sum, k[j]->bobot.d);
		}
		if (k[i]->tahun == 0 || dec_cmp(sum, dec_int(100)) == 0)
			continue;
		char buf[64];
		/* The sum's own digits: no rounding can make it look like 100. */
		struct num_style st = {dec_trim(sum).scale, ROUND_TRUNCATE, false};
		diag_add(L->dl, DIAG_ERROR, k[i]->bobot.pos, "the weights (bobot) "
			"of SAKIP %d sum to %s, not 100%s", k[i]->tahun,
			num_format_dec(buf, sizeof buf, sum, st),
			all ? "" : " (some are empty)");
	}
}

/* A unit as written, for comparing: lower case, "persen" is "%", and
 * "Rp" is "rupiah" (an indicator in Rp takes "1.500.000 rupiah" as an
 * indicator in Rupiah takes "Rp 1.500.000"). */
static void unit_norm(const char *u, char *out, size_t len)
{
	size_t n = 0;
	for (; *u && n + 1 < len; u++)
		out[n++] = (char)tolower((unsigned char)*u);
	out[n] = '\0';
	if (!strcmp(out, "persen"))
		snprintf(out, len, "%%");
	else if (!strcmp(out, "rp") || !strcmp(out, "rp."))
		snprintf(out, len, "rupiah");
}

/* A unit typed in a number cell ("85 %", "3 UM") must be the satuan the
 * figure is measured in: "85 %" for an indicator counted in Orang is a
 * figure of another indicator, and would be computed as 85 people. */
static void check_unit(struct loader *L, const struct nilai *v,
	const char *satuan, const char *what, const char *kode)
{
	char a[64], b[64];
	unit_norm(satuan ? satuan : "", b, sizeof b);
	/* "10.800" for an indicator in %: the decimal typed with a point,
	 * read as ten thousand eight hundred percent (csv.c says so when
	 * the "%" is typed too). A share is never that large. */
	const char *dot = v->ada && v->unit == NULL && !v->is_rentang &&
		v->teks != NULL && !strcmp(b, "%") ? strchr(v->teks, '.') : NULL;
	if (dot != NULL && strrchr(v->teks, '.') == dot &&
			strchr(v->teks, ',') == NULL && fabs(v->v) >= 1000) {
		char as_read[64], meant[64];
		size_t k = 0, m = 0;
		for (const char *c = v->teks; *c && m + 1 < sizeof meant; c++) {
			meant[m++] = *c == '.' ? ',' : *c;
			if (*c != '.' && k + 1 < sizeof as_read)
				as_read[k++] = *c;
		}
		as_read[k] = meant[m] = '\0';
		diag_add(L->dl, DIAG_ERROR, v->pos, "\"%s\" reads as %s %%, but "
			"%s %s is measured in %% (a point groups thousands in the "
			"Indonesian convention): write the decimal with a comma, "
			"\"%s\"", v->teks, as_read, what, kode, meant);
		return;
	}
	if (!v->ada || v->unit == NULL)
		return;
	unit_norm(v->unit, a, sizeof a);
	if (!strcmp(a, b))
		return;
	if (b[0] == '\0')
		diag_add(L->dl, DIAG_ERROR, v->pos, "\"%s\" is in %s, but %s %s "
			"has no satuan: leave the unit out or give the satuan",
			v->teks, v->unit, what, kode);
	else
		diag_add(L->dl, DIAG_ERROR, v->pos, "\"%s\" is in %s, but %s %s is "
			"measured in %s", v->teks, v->unit, what, kode, satuan);
}

static bool parse_enum(struct loader *L, const struct csv_table *t,
	const struct csv_row *row, const char *col, const char *const *names,
	int def, int *out)
{
	const char *s = csv_get(t, row, col);
	if (*s == '\0') {
		*out = def;
		return true;
	}
	for (int i = 0; names[i]; i++)
		if (strcasecmp(s, names[i]) == 0) {
			*out = i;
			return true;
		}
	char list[256] = "";
	for (int i = 0; names[i]; i++) {
		if (i)
			strncat(list, ", ", sizeof list - strlen(list) - 1);
		strncat(list, names[i], sizeof list - strlen(list) - 1);
	}
	diag_add(L->dl, DIAG_ERROR, csv_pos(t, row, col), "expected one of %s, "
		"found \"%s\"", list, s);
	*out = def;
	return false;
}

static const char *opt_str(struct loader *L, const struct csv_table *t,
	const struct csv_row *row, const char *col)
{
	/* No copy: the table's cells live in the report's arena. */
	(void)L;
	const char *s = csv_get(t, row, col);
	return *s ? s : NULL;
}

/* rumus: "rasio(a, b)", "pertumbuhan(a)", "jumlah(a, b, ...)",
 * "jumlah_anak()". */
static void parse_rumus(struct loader *L, const struct csv_table *t,
	const struct csv_row *row, struct rumus *ru)
{
	const char *s = csv_get(t, row, "rumus");
	ru->pos = csv_pos(t, row, "rumus");
	if (*s == '\0')
		return;
	static const char *const names[] = {"", "rasio", "pertumbuhan",
		"jumlah", "jumlah_anak"};
	const char *open = strchr(s, '(');
	size_t nl = open ? (size_t)(open - s) : 0;
	while (nl > 0 && s[nl - 1] == ' ')
		nl--;
	int kind = 0;
	for (int i = 1; i < 5; i++)
		if (open && strlen(names[i]) == nl && !strncmp(s, names[i], nl))
			kind = i;
	const char *close = open ? strrchr(open, ')') : NULL;
	if (kind == 0 || close == NULL || close[1] != '\0') {
		diag_add(L->dl, DIAG_ERROR, ru->pos, "expected rasio(a, b), "
			"pertumbuhan(a), jumlah(a, b, ...) or jumlah_anak(), found "
			"\"%s\"", s);
		return;
	}
	ru->jenis = (enum rumus_jenis)kind;
	const char *p = open + 1;
	while (p < close) {
		while (p < close && (*p == ' ' || *p == ','))
			p++;
		const char *e = p;
		while (e < close && *e != ',')
			e++;
		const char *te = e;
		while (te > p && te[-1] == ' ')
			te--;
		if (te > p) {
			if (ru->nseri == 8) {
				diag_add(L->dl, DIAG_ERROR, ru->pos, "at most 8 series "
					"in a formula");
				return;
			}
			ru->seri[ru->nseri++] = arena_strndup(L->a, p, (size_t)(te - p));
		}
		p = e;
	}
	/* rasio(a, b, 100.000): a rate per 1.000 or 100.000 (maternal and
	 * infant mortality, incidence), not a percentage. The third place
	 * holds the multiplier, grouped or not (100.000, 100000). */
	if (kind == RUMUS_RASIO && ru->nseri == 3) {
		const char *k = ru->seri[2];
		char digits[16];
		size_t nd = 0;
		bool ok = k[0] >= '1' && k[0] <= '9';
		for (const char *c = k; ok && *c; c++) {
			if (*c >= '0' && *c <= '9' && nd < 10)
				digits[nd++] = *c;
			else if (*c != '.' || c[1] < '0' || c[1] > '9')
				ok = false;
		}
		digits[nd] = '\0';
		if (!ok || nd == 0 || nd >= 10) {
			diag_add(L->dl, DIAG_ERROR, ru->pos, "the third argument of "
				"rasio is the multiplier, a whole number such as "
				"1.000 or 100.000, found \"%s\"", k);
			ru->jenis = RUMUS_TIDAK_ADA;
			return;
		}
		ru->skala = strtod(digits, NULL);
		ru->skala_teks = k;
		ru->nseri = 2;
	}
	size_t want_min = kind == RUMUS_RASIO ? 2 : kind == RUMUS_PERTUMBUHAN ? 1 :
		kind == RUMUS_JUMLAH ? 1 : 0;
	size_t want_max = kind == RUMUS_RASIO ? 2 : kind == RUMUS_PERTUMBUHAN ? 1 :
		kind == RUMUS_JUMLAH ? 8 : 0;
	if (ru->nseri < want_min || ru->nseri > want_max) {
		diag_add(L->dl, DIAG_ERROR, ru->pos, "%s takes %zu series, found %zu",
			names[kind], want_min == want_max ? want_min : want_min,
			ru->nseri);
		ru->jenis = RUMUS_TIDAK_ADA;
	}
}

static void load_indikator(struct loader *L)
{
	static const char *const req[] = {"kode", "tingkat", "uraian", NULL};
	static const char *const opt[] = {"induk", "satuan", "polaritas",
		"sifat", "iku", "formula", "definisi", "sumber_data",
		"penanggung_jawab", "rumus", "target_akhir", NULL};
	static const char *const num[] = {"target_akhir", NULL};
	struct csv_table *t = open_csv(L, "indikator.csv", true, req, opt, num);
	if (t == NULL) {
		L->no_indikator = true;
		return;
	}
	struct report *r = L->r;
	r->indikator = arena_alloc(L->a, (t->nrows + 1) * sizeof *r->indikator);
	const char **induk = arena_alloc(L->a, (t->nrows + 1) * sizeof *induk);
	struct src_pos *induk_pos = arena_alloc(L->a, (t->nrows + 1) * sizeof *induk_pos);
	static const char *const tingkat[] = {"tujuan", "sasaran", "indikator",
		NULL};
	static const char *const polaritas[] = {"positif", "negatif",
		"negatif-rasio", "rentang", "kualitatif", NULL};
	static const char *const sifat[] = {"persentase", "absolut", NULL};
	static const char *const iku[] = {"tidak", "ya", NULL};
	r->indikator_kode = strmap_new(L->a);
	for (size_t i = 0; i < t->nrows; i++) {
		const struct csv_row *row = &t->rows[i];
		struct indikator *ind = arena_alloc(L->a, sizeof *ind);
		ind->pos = csv_pos(t, row, "kode");
		ind->kode = arena_strdup(L->a, csv_get(t, row, "kode"));
		if (!valid_kode(ind->kode)) {
			diag_add(L->dl, DIAG_ERROR, ind->pos, "kode must be letters, "
				"digits, '.', '-' or '_', found \"%s\"", ind->kode);
			continue;
		}
		struct indikator *dup = strmap_put(r->indikator_kode, ind->kode,
			ind);
		if (dup != NULL) {
			diag_add(L->dl, DIAG_ERROR, ind->pos, "kode \"%s\" is "
				"already used at row %d", ind->kode, dup->pos.line);
			continue;
		}
		int v;
		parse_enum(L, t, row, "tingkat", tingkat, TINGKAT_INDIKATOR, &v);
		ind->tingkat = (enum tingkat)v;
		parse_enum(L, t, row, "polaritas", polaritas, POLARITAS_POSITIF, &v);
		ind->polaritas = (enum polaritas)v;
		parse_enum(L, t, row, "sifat", sifat, SIFAT_PERSENTASE, &v);
		ind->sifat = (enum sifat)v;
		parse_enum(L, t, row, "iku", iku, 0, &v);
		ind->iku = v == 1;
		ind->uraian = opt_str(L, t, row, "uraian");
		if (ind->uraian == NULL)
			diag_add(L->dl, DIAG_ERROR, csv_pos(t, row, "uraian"),
				"uraian is empty");
		ind->satuan = opt_str(L, t, row, "satuan");
		ind->formula = opt_str(L, t, row, "formula");
		ind->definisi = opt_str(L, t, row, "definisi");
		ind->sumber_data = opt_str(L, t, row, "sumber_data");
		ind->penanggung_jawab = opt_str(L, t, row, "penanggung_jawab");
		ind->target_akhir = csv_nilai(L->a, t, row, "target_akhir", false);
		parse_rumus(L, t, row, &ind->rumus);
		if (ind->tingkat != TINGKAT_INDIKATOR && ind->rumus.jenis)
			diag_add(L->dl, DIAG_ERROR, ind->rumus.pos, "only an "
				"indikator can have a rumus");
		induk[r->nindikator] = opt_str(L, t, row, "induk");
		induk_pos[r->nindikator] = csv_pos(t, row, "induk");
		r->indikator[r->nindikator++] = ind;
	}
	/* Link parents; the level steps down by one, except that an
	 * indikator may belong to a tujuan directly. */
	for (size_t i = 0; i < r->nindikator; i++) {
		struct indikator *ind = r->indikator[i];
		if (ind->tingkat == TINGKAT_TUJUAN) {
			if (induk[i] != NULL)
				diag_add(L->dl, DIAG_ERROR, induk_pos[i], "a tujuan has "
					"no induk, found \"%s\"", induk[i]);
			continue;
		}
		/* A sasaran without a tujuan is accepted: many plans state
		 * sasaran only. */
		if (induk[i] == NULL && ind->tingkat == TINGKAT_SASARAN)
			continue;
		if (induk[i] == NULL) {
			diag_add(L->dl, DIAG_ERROR, induk_pos[i], "an indikator "
				"needs an induk (the kode of its sasaran, or of its "
				"tujuan for a tujuan's indicator)");
			continue;
		}
		struct indikator *p = model_indikator(r, induk[i]);
		if (p == NULL) {
			diag_add(L->dl, DIAG_ERROR, induk_pos[i], "induk \"%s\" is "
				"not a kode in indikator.csv", induk[i]);
			continue;
		}
		if (p == ind) {
			diag_add(L->dl, DIAG_ERROR, induk_pos[i], "\"%s\" names "
				"itself as its induk", induk[i]);
			continue;
		}
		/* An indicator of a tujuan (IKU of the tujuan, as Renstra
		 * tables list them) hangs from the tujuan itself. */
		if (ind->tingkat == TINGKAT_INDIKATOR &&
				p->tingkat == TINGKAT_TUJUAN) {
			ind->induk = p;
			continue;
		}
		if (p->tingkat != ind->tingkat - 1) {
			/* "an indikator", not "a indikator". */
			diag_add(L->dl, DIAG_ERROR, induk_pos[i], "the induk of "
				"%s %s must be a %s; \"%s\" is %s %s",
				ind->tingkat == TINGKAT_INDIKATOR ? "an" : "a",
				tingkat[ind->tingkat],
				ind->tingkat == TINGKAT_INDIKATOR ?
				"sasaran or a tujuan" : tingkat[ind->tingkat - 1],
				p->kode, p->tingkat == TINGKAT_INDIKATOR ? "an" : "a",
				tingkat[p->tingkat]);
			continue;
		}
		ind->induk = p;
	}
	/* Children lists, in file order: count, allocate, fill (one pass
	 * each, not one scan per parent). Levels strictly descend along
	 * induk links, so the hierarchy cannot hold a cycle. */
	for (size_t i = 0; i < r->nindikator; i++)
		if (r->indikator[i]->induk != NULL)
			r->indikator[i]->induk->nanak++;
	for (size_t i = 0; i < r->nindikator; i++) {
		struct indikator *p = r->indikator[i];
		p->anak = arena_alloc(L->a, (p->nanak ? p->nanak : 1) *
			sizeof *p->anak);
		p->nanak = 0;
	}
	for (size_t i = 0; i < r->nindikator; i++) {
		struct indikator *c = r->indikator[i];
		if (c->induk != NULL)
			c->induk->anak[c->induk->nanak++] = c;
	}
	for (size_t i = 0; i < r->nindikator; i++) {
		struct indikator *ind = r->indikator[i];
		if (ind->tingkat == TINGKAT_INDIKATOR && ind->satuan == NULL)
			diag_add(L->dl, DIAG_WARNING, ind->pos, "indikator \"%s\" has "
				"no satuan", ind->kode);
		if (ind->rumus.jenis == RUMUS_JUMLAH_ANAK && ind->nanak == 0)
			diag_add(L->dl, DIAG_ERROR, ind->rumus.pos, "jumlah_anak() but "
				"\"%s\" has no child indikator", ind->kode);
	}
}

static int cmp_tahunan(const void *a, const void *b)
{
	const struct tahunan *x = a, *y = b;
	return (x->tahun > y->tahun) - (x->tahun < y->tahun);
}

static char *lower(struct arena *a, const char *s)
{
	char *l = arena_strdup(a, s);
	for (char *c = l; *c; c++)
		*c = (char)tolower((unsigned char)*c);
	return l;
}

/* An indikator code not in indikator.csv; "iku4" for IKU4 (codes match
 * exactly, as everywhere) names the code meant. */
static void kode_tak_dikenal(struct loader *L, struct src_pos p, const char *k)
{
	if (L->no_indikator)
		return;
	if (L->kode_kecil == NULL) {
		L->kode_kecil = strmap_new(L->a);
		for (size_t i = 0; i < L->r->nindikator; i++)
			strmap_put(L->kode_kecil, lower(L->a,
				L->r->indikator[i]->kode),
				(void *)L->r->indikator[i]->kode);
	}
	const char *near = strmap_get(L->kode_kecil, lower(L->a, k));
	if (near != NULL)
		diag_add(L->dl, DIAG_ERROR, p, "\"%s\" is not a kode in "
			"indikator.csv (did you mean \"%s\"? codes match exactly)",
			k, near);
	else
		diag_add(L->dl, DIAG_ERROR, p, "\"%s\" is not a kode in "
			"indikator.csv", k);
}

static void load_kinerja(struct loader *L)
{
	static const char *const req[] = {"indikator", "tahun", NULL};
	static const char *const opt[] = {"target", "target_pk",
		"target_pk_perubahan", "realisasi", "capaian_tertulis", "standar",
		"standar_sumber", "keterangan", NULL};
	static const char *const num[] = {"target", "target_pk",
		"target_pk_perubahan", "realisasi", "capaian_tertulis", "standar",
		NULL};
	struct csv_table *t = open_csv(L, "kinerja.csv", true, req, opt, num);
	if (t == NULL)
		return;
	struct report *r = L->r;
	/* Two passes: count per indicator (in ntahun), then fill. */
	struct indikator **of = arena_alloc(L->a, (t->nrows + 1) * sizeof *of);
	for (size_t i = 0; i < t->nrows; i++) {
		const char *k = csv_get(t, &t->rows[i], "indikator");
		struct indikator *ind = model_indikator(r, k);
		if (ind == NULL) {
			kode_tak_dikenal(L, csv_pos(t, &t->rows[i], "indikator"),
				k);
			continue;
		}
		if (ind->tingkat == TINGKAT_TUJUAN) {
			diag_add(L->dl, DIAG_ERROR, csv_pos(t, &t->rows[i], "indikator"),
				"\"%s\" is a tujuan: targets belong to indikator or "
				"sasaran rows", k);
			continue;
		}
		/* Kept in the model, but no table or value shows a sasaran's
		 * own target and realisasi (its capaian is the mean of its
		 * indicators'): say so rather than drop them unseen. */
		if (ind->tingkat == TINGKAT_SASARAN)
			diag_add(L->dl, DIAG_WARNING, csv_pos(t, &t->rows[i],
				"indikator"), "\"%s\" is a sasaran: the report shows "
				"no sasaran's own target or realisasi (its capaian "
				"is the mean of its indicators'); give the figures to "
				"an indikator", k);
		of[i] = ind;
		ind->ntahun++;
	}
	for (size_t j = 0; j < r->nindikator; j++) {
		struct indikator *ind = r->indikator[j];
		ind->tahun = arena_alloc(L->a, (ind->ntahun ? ind->ntahun : 1) *
			sizeof(struct tahunan));
		ind->ntahun = 0;
	}
	for (size_t i = 0; i < t->nrows; i++) {
		struct indikator *ind = of[i];
		if (ind == NULL)
			continue;
		const struct csv_row *row = &t->rows[i];
		int year = parse_year(L, t, row, "tahun");
		if (year == 0)
			continue;
		const struct tahunan *dup = model_tahun(ind, year);
		if (dup != NULL) {
			diag_add(L->dl, DIAG_ERROR, csv_pos(t, row, "tahun"), "\"%s\" "
				"%d is already given at row %d", ind->kode, year,
				dup->pos.line);
			continue;
		}
		bool grade = ind->polaritas == POLARITAS_KUALITATIF;
		struct tahunan *y = &ind->tahun[ind->ntahun++];
		y->tahun = year;
		y->pos = csv_pos(t, row, "tahun");
		y->target = csv_nilai(L->a, t, row, "target", grade);
		y->target_pk = csv_nilai(L->a, t, row, "target_pk", grade);
		y->target_pk_perubahan = csv_nilai(L->a, t, row,
			"target_pk_perubahan", grade);
		y->realisasi = csv_nilai(L->a, t, row, "realisasi", grade);
		y->capaian_tertulis = csv_nilai(L->a, t, row, "capaian_tertulis",
			false);
		y->standar = csv_nilai(L->a, t, row, "standar", grade);
		y->standar_sumber = opt_str(L, t, row, "standar_sumber");
		y->keterangan = opt_str(L, t, row, "keterangan");
		const struct nilai *all[] = {&y->target, &y->target_pk,
			&y->target_pk_perubahan, &y->realisasi, &y->standar};
		for (size_t k = 0; k < sizeof all / sizeof *all; k++)
			check_unit(L, all[k], ind->satuan, "indicator", ind->kode);
		const struct nilai *tv[] = {&y->target, &y->target_pk,
			&y->target_pk_perubahan};
		for (int k = 0; k < 3; k++)
			if (tv[k]->is_rentang && ind->polaritas != POLARITAS_RENTANG)
				diag_add(L->dl, DIAG_ERROR, tv[k]->pos, "a range target "
					"needs polaritas rentang in indikator.csv (\"%s\")",
					ind->kode);
	}
	/* qsort with a NULL base is undefined even for 0 elements. */
	for (size_t j = 0; j < r->nindikator; j++)
		if (r->indikator[j]->ntahun > 1)
			qsort(r->indikator[j]->tahun, r->indikator[j]->ntahun,
				sizeof(struct tahunan), cmp_tahunan);
}

/* Number of dot-separated parts of a Kepmendagri code. */
static int code_parts(const char *k)
{
	int n = 1;
	for (; *k; k++)
		n += *k == '.';
	return n;
}

static void load_anggaran(struct loader *L)
{
	static const char *const req[] = {"kode", "uraian",
		"realisasi_anggaran", NULL};
	static const char *const opt[] = {"sasaran", "indikator", "satuan",
		"target", "target_awal", "realisasi", "pagu_awal",
		"pagu_perubahan", "pagu", "penanggung_jawab", "mendukung",
		"keterangan", NULL};
	static const char *const num[] = {"target", "target_awal",
		"realisasi", "pagu_awal", "pagu_perubahan", "pagu",
		"realisasi_anggaran", NULL};
	struct csv_table *t = open_csv(L, "anggaran.csv", true, req, opt, num);
	if (t == NULL)
		return;
	struct report *r = L->r;
	/* Many reports give one "Anggaran" column, neither called original
	 * nor revised: "pagu". Beside pagu_awal or pagu_perubahan it would
	 * leave unsaid which ceiling counts. */
	bool satu = csv_col(t, "pagu") >= 0;
	const char *kol_pagu = satu ? "pagu" : "pagu_awal";
	if (satu && (csv_col(t, "pagu_awal") >= 0 ||
			csv_col(t, "pagu_perubahan") >= 0)) {
		diag_add(L->dl, DIAG_ERROR, (struct src_pos){t->path,
			t->header_row, csv_col(t, "pagu") + 1, "pagu"}, "pagu and %s "
			"both given: the one ceiling known is pagu; the original "
			"and revised ones are pagu_awal and pagu_perubahan",
			csv_col(t, "pagu_awal") >= 0 ? "pagu_awal" :
			"pagu_perubahan");
		return;
	}
	if (!satu && csv_col(t, "pagu_awal") < 0 &&
			csv_col(t, "pagu_perubahan") < 0) {
		diag_add(L->dl, DIAG_ERROR, (struct src_pos){t->path,
			t->header_row, 0, NULL}, "anggaran.csv needs a pagu "
			"column: pagu (the one ceiling known), or pagu_awal (and "
			"pagu_perubahan)");
		return;
	}
	r->pagu_satu = satu;
	r->anggaran = arena_alloc(L->a, (t->nrows + 1) * sizeof *r->anggaran);
	r->anggaran_kode = strmap_new(L->a);
	for (size_t i = 0; i < t->nrows; i++) {
		const struct csv_row *row = &t->rows[i];
		struct anggaran *a = arena_alloc(L->a, sizeof *a);
		a->pos = csv_pos(t, row, "kode");
		a->kode = arena_strdup(L->a, csv_get(t, row, "kode"));
		int parts = code_parts(a->kode);
		bool digits = a->kode[0] != '\0' &&
			strspn(a->kode, "0123456789.") == strlen(a->kode) &&
			a->kode[0] != '.' && a->kode[strlen(a->kode) - 1] != '.' &&
			strstr(a->kode, "..") == NULL;
		if (!digits || (parts != 3 && parts != 5 && parts != 6)) {
			diag_add(L->dl, DIAG_ERROR, a->pos, "expected a Kepmendagri "
				"code: program 2.17.02, kegiatan 2.17.02.2.01 or sub "
				"kegiatan 2.17.02.2.01.0001; found \"%s\"", a->kode);
			continue;
		}
		/* A kegiatan ends in two digits (2.17.02.2.01); four are a
		 * sub kegiatan's, whose kegiatan part was left out. */
		const char *last = strrchr(a->kode, '.');
		if (parts == 5 && last != NULL && strlen(last + 1) > 2) {
			diag_add(L->dl, DIAG_ERROR, a->pos, "\"%s\" ends like a sub "
				"kegiatan (four digits) but has the five parts of a "
				"kegiatan: a part is missing (sub kegiatan "
				"2.17.02.2.01.0001, kegiatan 2.17.02.2.01)", a->kode);
			continue;
		}
		struct anggaran *dup = strmap_put(r->anggaran_kode, a->kode, a);
		if (dup != NULL) {
			diag_add(L->dl, DIAG_ERROR, a->pos, "kode \"%s\" is already "
				"used at row %d", a->kode, dup->pos.line);
			continue;
		}
		a->tingkat = parts == 3 ? ANGGARAN_PROGRAM : parts == 5 ?
			ANGGARAN_KEGIATAN : ANGGARAN_SUBKEGIATAN;
		a->uraian = opt_str(L, t, row, "uraian");
		if (a->uraian == NULL)
			diag_add(L->dl, DIAG_ERROR, csv_pos(t, row, "uraian"),
				"uraian is empty");
		/* "S1; S3": a programme serving several sasaran (a health
		 * programme serves maternal care and stunting alike). */
		const char *s = csv_get(t, row, "sasaran");
		if (*s) {
			size_t cap = 1;
			for (const char *q = s; *q; q++)
				cap += *q == ';';
			a->sasaran_semua = arena_alloc(L->a, cap *
				sizeof *a->sasaran_semua);
			char *dup = arena_strdup(L->a, s), *save = NULL;
			for (char *k = strtok_r(dup, ";", &save); k != NULL;
					k = strtok_r(NULL, ";", &save)) {
				k += strspn(k, " ");
				size_t n = strlen(k);
				while (n > 0 && k[n - 1] == ' ')
					k[--n] = '\0';
				struct indikator *sa = model_indikator(r, k);
				if (sa == NULL || sa->tingkat != TINGKAT_SASARAN) {
					if (!L->no_indikator)
						diag_add(L->dl, DIAG_ERROR, csv_pos(t,
							row, "sasaran"), "\"%s\" is "
							"not a sasaran in indikator.csv "
							"(sasaran lists sasaran codes "
							"separated by ';')", k);
					continue;
				}
				if (!model_anggaran_sasaran(a, sa))
					a->sasaran_semua[a->nsasaran++] = sa;
			}
			a->sasaran = a->nsasaran ? a->sasaran_semua[0] : NULL;
		}
		/* "IKU1; IKU2": the indicators the line supports. */
		const char *md = csv_get(t, row, "mendukung");
		if (*md) {
			size_t cap = 1;
			for (const char *q = md; *q; q++)
				cap += *q == ';';
			a->mendukung = arena_alloc(L->a, cap * sizeof *a->mendukung);
			char *dup = arena_strdup(L->a, md), *save = NULL;
			for (char *k = strtok_r(dup, ";", &save); k != NULL;
					k = strtok_r(NULL, ";", &save)) {
				while (*k == ' ')
					k++;
				size_t n = strlen(k);
				while (n > 0 && k[n - 1] == ' ')
					k[--n] = '\0';
				struct indikator *ind = model_indikator(r, k);
				if (ind == NULL || ind->tingkat != TINGKAT_INDIKATOR) {
					if (!L->no_indikator)
						diag_add(L->dl, DIAG_ERROR, csv_pos(t,
							row, "mendukung"), "\"%s\" is "
							"not an indikator in indikator.csv "
							"(mendukung lists indikator codes "
							"separated by ';')", k);
					continue;
				}
				a->mendukung[a->nmendukung++] = ind;
			}
		}
		a->indikator = opt_str(L, t, row, "indikator");
		a->satuan = opt_str(L, t, row, "satuan");
		a->target = csv_nilai(L->a, t, row, "target", false);
		a->target_awal = csv_nilai(L->a, t, row, "target_awal", false);
		a->realisasi = csv_nilai(L->a, t, row, "realisasi", false);
		a->pagu_awal = csv_nilai(L->a, t, row, kol_pagu, false);
		a->pagu_perubahan = csv_nilai(L->a, t, row, "pagu_perubahan", false);
		a->realisasi_anggaran = csv_nilai(L->a, t, row,
			"realisasi_anggaran", false);
		a->penanggung_jawab = opt_str(L, t, row, "penanggung_jawab");
		a->keterangan = opt_str(L, t, row, "keterangan");
		check_unit(L, &a->target, a->satuan, "budget line", a->kode);
		check_unit(L, &a->target_awal, a->satuan, "budget line", a->kode);
		check_unit(L, &a->realisasi, a->satuan, "budget line", a->kode);
		/* Empty is "tidak dilaporkan", 0 is nothing spent: a "-" or
		 * NIHIL would leave unsaid which one the source means. */
		static const char *const lapor[] = {"realisasi",
			"realisasi_anggaran"};
		for (int k = 0; k < 2; k++) {
			const struct nilai *v = k ? &a->realisasi_anggaran :
				&a->realisasi;
			/* teks: read without error, yet no number */
			if (!v->ada && v->teks != NULL)
				diag_add(L->dl, DIAG_ERROR, v->pos, "\"%s\" in %s: "
					"write 0 when nothing was %s, and leave the "
					"cell empty when the source does not report it "
					"(tidak dilaporkan)", v->teks, lapor[k],
					k ? "spent" : "achieved");
		}
		const struct nilai *money[] = {&a->pagu_awal, &a->pagu_perubahan,
			&a->realisasi_anggaran};
		for (int k = 0; k < 3; k++) {
			if (money[k]->ada && money[k]->v < 0)
				diag_add(L->dl, DIAG_ERROR, money[k]->pos, "an amount of "
					"money cannot be negative");
			check_unit(L, money[k], "rupiah", "the money of budget line",
				a->kode);
		}
		/* Spending needs a ceiling; serapan would divide by zero. */
		const struct nilai *pg = model_pagu_efektif(a);
		if (pg->ada && pg->v == 0 && a->realisasi_anggaran.ada &&
				a->realisasi_anggaran.v > 0)
			diag_add(L->dl, DIAG_ERROR, pg->pos, "budget line %s spent "
				"%s against a pagu of 0: a line without a ceiling "
				"cannot spend (a pagu not known is left empty)",
				a->kode, a->realisasi_anggaran.teks);
		r->anggaran[r->nanggaran++] = a;
	}
	/* Parent = the line whose code is the longest proper prefix (ending
	 * before a '.'): each prefix looked up, longest first. */
	for (size_t i = 0; i < r->nanggaran; i++) {
		struct anggaran *a = r->anggaran[i];
		if (a->tingkat == ANGGARAN_PROGRAM)
			continue;
		char *pre = arena_strdup(L->a, a->kode);
		char *dot;
		while (a->induk == NULL && (dot = strrchr(pre, '.')) != NULL) {
			*dot = '\0';
			struct anggaran *p = strmap_get(r->anggaran_kode, pre);
			if (p != NULL && p->tingkat < a->tingkat)
				a->induk = p;
		}
		if (a->induk == NULL)
			diag_add(L->dl, DIAG_WARNING, a->pos, "\"%s\" has no %s line "
				"above it in anggaran.csv", a->kode,
				a->tingkat == ANGGARAN_KEGIATAN ? "program" : "kegiatan");
		else if (a->nsasaran == 0) {
			a->sasaran = a->induk->sasaran;
			a->sasaran_semua = a->induk->sasaran_semua;
			a->nsasaran = a->induk->nsasaran;
		}
	}
	/* Children lists: count, allocate, fill, as for indikator. */
	for (size_t i = 0; i < r->nanggaran; i++)
		if (r->anggaran[i]->induk != NULL)
			r->anggaran[i]->induk->nanak++;
	for (size_t i = 0; i < r->nanggaran; i++) {
		struct anggaran *p = r->anggaran[i];
		p->anak = arena_alloc(L->a, (p->nanak ? p->nanak : 1) *
			sizeof *p->anak);
		p->nanak = 0;
	}
	for (size_t i = 0; i < r->nanggaran; i++) {
		struct anggaran *c = r->anggaran[i];
		if (c->induk != NULL)
			c->induk->anak[c->induk->nanak++] = c;
	}
	/* A program or kegiatan left empty gets the sum of its lines (the
	 * metrics add them up); a line with none has no ceiling at all. */
	for (size_t i = 0; i < r->nanggaran; i++) {
		struct anggaran *a = r->anggaran[i];
		if (a->nanak == 0 && !a->pagu_awal.ada &&
				!a->pagu_perubahan.ada)
			diag_add(L->dl, DIAG_ERROR, a->pagu_awal.pos, "%s is "
				"empty, and %s has no lines below it to add up",
				r->pagu_satu ? "pagu" : "pagu_awal", a->kode);
	}
}

static struct indikator *ref_indikator(struct loader *L,
	const struct csv_table *t, const struct csv_row *row, const char *col)
{
	const char *k = csv_get(t, row, col);
	struct indikator *ind = model_indikator(L->r, k);
	if (ind == NULL)
		kode_tak_dikenal(L, csv_pos(t, row, col), k);
	return ind;
}

/* Money, staff counts and SAKIP scores are never below zero: a minus
 * there is a typo that would be summed and published as it is. */
static void not_negative(struct loader *L, const struct nilai *v)
{
	if (v->ada && v->v < 0)
		diag_add(L->dl, DIAG_ERROR, v->pos, "cannot be negative, found "
			"%g", v->v);
}

/* A second row for the same key and year: which one is meant? The first
 * was used and the second silently ignored. */
static void dup_row(struct loader *L, struct strmap *seen, const char *kode,
	int tahun, const struct src_pos *pos)
{
	const struct src_pos *first = strmap_put(seen, arena_printf(L->a,
		"%s\t%d", kode, tahun), (void *)pos);
	if (first != NULL)
		diag_add(L->dl, DIAG_ERROR, *pos, "\"%s\" %d is already given "
			"at row %d", kode, tahun, first->line);
}

/* data.csv uraian / satuan (*v, of row d): the first row of a series
 * giving one is kept in first (seri -> row); another row giving a
 * different one is a warning at its cell (the first is used). */
static void seri_label(struct loader *L, struct strmap *first,
	const struct data_seri *d, const char *const *v, struct src_pos pos,
	const char *kolom)
{
	if (*v == NULL)
		return;
	const struct data_seri *f = strmap_get(first, d->seri);
	if (f == NULL) {
		strmap_put(first, d->seri, (void *)d);
		return;
	}
	const char *had = !strcmp(kolom, "uraian") ? f->uraian : f->satuan;
	if (strcmp(had, *v) != 0)
		diag_add(L->dl, DIAG_WARNING, pos, "series \"%s\" has %s "
			"\"%s\" at row %d; this row's \"%s\" is not used",
			d->seri, kolom, had, f->pos.line, *v);
}

/* A line's cell that describes the line, not a year (uraian, baseline,
 * target_akhir, ...): typed on one of its rows. A second row giving
 * another value is an error: which one does the Renstra say? */
static bool renstra_atribut(struct loader *L, struct strmap *first,
	const struct renstra *rs, const struct csv_table *t,
	const struct csv_row *row, const char *col)
{
	const char *v = csv_get(t, row, col);
	if (*v == '\0')
		return false;
	const char *key = arena_printf(L->a, "%s\t%s", rs->kode, col);
	const struct csv_row *had = strmap_get(first, key);
	if (had == NULL) {
		strmap_put(first, key, (void *)row);
		return true;
	}
	if (strcmp(csv_get(t, had, col), v) != 0)
		diag_add(L->dl, DIAG_ERROR, csv_pos(t, row, col), "%s of %s is "
			"\"%s\" at row %d: a line's %s is given once (leave this "
			"cell empty)", col, rs->kode, csv_get(t, had, col),
			had->rownum, col);
	return false;
}

struct renstra_baris {
	struct renstra *rs;
	size_t urutan;          /* the line's place in r->renstra */
	struct renstra_tahun th;
};

static int cmp_renstra_baris(const void *a, const void *b)
{
	const struct renstra_baris *x = a, *y = b;
	if (x->urutan != y->urutan)
		return x->urutan < y->urutan ? -1 : 1;
	return (x->th.tahun > y->th.tahun) - (x->th.tahun < y->th.tahun);
}

/* pagu_renstra.csv: the Renstra matrix (Tabel TC.27), a row per line
 * and year. The first shape, kode,tahun,pagu of programmes, is the
 * same file with fewer columns. */
static void load_renstra(struct loader *L)
{
	static const char *const req[] = {"kode", "tahun", NULL};
	static const char *const opt[] = {"pagu", "target", "uraian",
		"indikator", "satuan", "baseline", "target_akhir", "pagu_akhir",
		"sifat", NULL};
	static const char *const num[] = {"pagu", "target", "baseline",
		"target_akhir", "pagu_akhir", NULL};
	static const char *const sifat[] = {"persentase", "absolut", NULL};
	struct report *r = L->r;
	struct csv_table *t = open_csv(L, "pagu_renstra.csv", false, req, opt,
		num);
	if (t == NULL)
		return;
	r->renstra = arena_alloc(L->a, (t->nrows + 1) * sizeof *r->renstra);
	r->renstra_kode = strmap_new(L->a);
	struct renstra_baris *rb = arena_alloc(L->a, (t->nrows + 1) *
		sizeof *rb);
	size_t nrb = 0;
	struct strmap *seen = strmap_new(L->a), *first = strmap_new(L->a);
	struct strmap *urutan = strmap_new(L->a); /* kode -> index + 1 */
	for (size_t i = 0; i < t->nrows; i++) {
		const struct csv_row *row = &t->rows[i];
		const char *kode = csv_get(t, row, "kode");
		struct src_pos pos = csv_pos(t, row, "kode");
		int parts = code_parts(kode);
		bool digits = kode[0] != '\0' && kode[0] != '.' &&
			strspn(kode, "0123456789.") == strlen(kode) &&
			kode[strlen(kode) - 1] != '.' && strstr(kode, "..") == NULL;
		bool kode_ok = digits && parts != 4 && parts <= 6;
		if (!kode_ok)
			diag_add(L->dl, DIAG_ERROR, pos, "expected a Kepmendagri "
				"code: urusan 2, bidang urusan 2.17, program 2.17.02, "
				"kegiatan 2.17.02.2.01 or sub kegiatan "
				"2.17.02.2.01.0001; found \"%s\"", kode);
		struct renstra *rs = kode_ok ? strmap_get(r->renstra_kode, kode) :
			NULL;
		if (!kode_ok) {
			/* Its other cells are still checked. */
			rs = arena_alloc(L->a, sizeof *rs);
			rs->kode = kode;
		} else if (rs == NULL) {
			rs = arena_alloc(L->a, sizeof *rs);
			rs->kode = arena_strdup(L->a, kode);
			rs->bagian = parts;
			rs->pos = pos;
			rs->anggaran = model_anggaran(r, kode);
			strmap_put(r->renstra_kode, rs->kode, rs);
			r->renstra[r->nrenstra++] = rs;
			strmap_put(urutan, rs->kode, (void *)(uintptr_t)r->nrenstra);
		}
		if (renstra_atribut(L, first, rs, t, row, "uraian"))
			rs->uraian = opt_str(L, t, row, "uraian");
		if (renstra_atribut(L, first, rs, t, row, "indikator"))
			rs->indikator = opt_str(L, t, row, "indikator");
		if (renstra_atribut(L, first, rs, t, row, "satuan"))
			rs->satuan = opt_str(L, t, row, "satuan");
		if (renstra_atribut(L, first, rs, t, row, "sifat")) {
			int v;
			rs->ada_sifat = parse_enum(L, t, row, "sifat", sifat, 0, &v);
			rs->sifat = (enum sifat)v;
		}
		if (renstra_atribut(L, first, rs, t, row, "baseline"))
			rs->baseline = csv_nilai(L->a, t, row, "baseline", false);
		if (renstra_atribut(L, first, rs, t, row, "target_akhir"))
			rs->target_akhir = csv_nilai(L->a, t, row, "target_akhir",
				false);
		if (renstra_atribut(L, first, rs, t, row, "pagu_akhir")) {
			rs->pagu_akhir = csv_nilai(L->a, t, row, "pagu_akhir",
				false);
			not_negative(L, &rs->pagu_akhir);
			check_unit(L, &rs->pagu_akhir, "rupiah", "the Renstra "
				"ceiling of", rs->kode);
		}
		/* A row with neither target nor pagu may leave tahun empty:
		 * it only describes the line (the urusan's name, the end
		 * target of a programme). */
		bool tahunan = *csv_get(t, row, "target") != '\0' ||
			*csv_get(t, row, "pagu") != '\0';
		if (!tahunan && *csv_get(t, row, "tahun") == '\0')
			continue;
		struct renstra_baris *b = &rb[nrb];
		b->rs = rs;
		b->urutan = (uintptr_t)strmap_get(urutan, rs->kode);
		b->th.pos = pos;
		b->th.tahun = parse_year(L, t, row, "tahun");
		b->th.pagu = csv_nilai(L->a, t, row, "pagu", false);
		not_negative(L, &b->th.pagu);
		check_unit(L, &b->th.pagu, "rupiah", "the Renstra ceiling of",
			rs->kode);
		b->th.target = csv_nilai(L->a, t, row, "target", false);
		if (b->th.tahun == 0 || !kode_ok)
			continue;
		dup_row(L, seen, rs->kode, b->th.tahun, &b->th.pos);
		/* The table has a column per Renstra year only. */
		if (b->th.tahun < r->meta.renstra_awal ||
				b->th.tahun > r->meta.renstra_akhir)
			diag_add(L->dl, DIAG_WARNING, csv_pos(t, row, "tahun"),
				"%d is outside the Renstra %d-%d: no table shows it",
				b->th.tahun, r->meta.renstra_awal,
				r->meta.renstra_akhir);
		nrb++;
	}
	qsort(rb, nrb, sizeof *rb, cmp_renstra_baris);
	/* Sorted, a line's years are one run: each its own array. */
	for (size_t i = 0, j; i < nrb; i = j) {
		struct renstra *rs = rb[i].rs;
		for (j = i; j < nrb && rb[j].rs == rs; j++)
			;
		rs->tahun = arena_alloc(L->a, (j - i) * sizeof *rs->tahun);
		for (size_t k = i; k < j; k++)
			rs->tahun[rs->ntahun++] = rb[k].th;
	}
	/* Each line under the nearest line above it in the file: a
	 * kegiatan under its programme, a programme under its bidang
	 * urusan when the Renstra lists it. */
	for (size_t k = 0; k < r->nrenstra; k++) {
		struct renstra *rs = r->renstra[k];
		char *p = arena_strdup(L->a, rs->kode), *dot;
		while (rs->induk == NULL && (dot = strrchr(p, '.')) != NULL) {
			*dot = '\0';
			rs->induk = strmap_get(r->renstra_kode, p);
		}
		if (rs->induk != NULL)
			rs->induk->nanak++;
		if (rs->anggaran == NULL && rs->uraian == NULL)
			diag_add(L->dl, DIAG_ERROR, rs->pos, "%s is no line of "
				"anggaran.csv: give its uraian (and indikator, "
				"satuan) in pagu_renstra.csv", rs->kode);
	}
	for (size_t k = 0; k < r->nrenstra; k++) {
		struct renstra *rs = r->renstra[k];
		if (rs->nanak > 0 && rs->anak == NULL) {
			rs->anak = arena_alloc(L->a, rs->nanak * sizeof *rs->anak);
			rs->nanak = 0;
		}
	}
	for (size_t k = 0; k < r->nrenstra; k++) {
		struct renstra *rs = r->renstra[k];
		if (rs->induk != NULL)
			rs->induk->anak[rs->induk->nanak++] = rs;
	}
}

static void load_optional(struct loader *L)
{
	load_renstra(L);
	struct report *r = L->r;
	struct csv_table *t;
	{
		static const char *const req[] = {"indikator", "tahun", NULL};
		static const char *const opt[] = {"target", "tw1", "tw2", "tw3",
			"tw4", NULL};
		static const char *const num[] = {"target", "tw1", "tw2", "tw3",
			"tw4", NULL};
		if ((t = open_csv(L, "rencana_aksi.csv", false, req, opt, num))) {
			r->rencana_aksi = arena_alloc(L->a, (t->nrows + 1) *
				sizeof *r->rencana_aksi);
			struct strmap *seen = strmap_new(L->a);
			for (size_t i = 0; i < t->nrows; i++) {
				const struct csv_row *row = &t->rows[i];
				struct rencana_aksi *ra = &r->rencana_aksi[r->nrencana_aksi];
				ra->pos = csv_pos(t, row, "indikator");
				ra->indikator = ref_indikator(L, t, row, "indikator");
				ra->tahun = parse_year(L, t, row, "tahun");
				bool g = ra->indikator &&
					ra->indikator->polaritas == POLARITAS_KUALITATIF;
				ra->target = csv_nilai(L->a, t, row, "target", g);
				static const char *const tw[] = {"tw1", "tw2", "tw3", "tw4"};
				for (int k = 0; k < 4; k++)
					ra->tw[k] = csv_nilai(L->a, t, row, tw[k], g);
				for (int k = 0; k < 4 && ra->indikator; k++)
					check_unit(L, &ra->tw[k], ra->indikator->satuan,
						"indicator", ra->indikator->kode);
				if (ra->indikator)
					check_unit(L, &ra->target, ra->indikator->satuan,
						"indicator", ra->indikator->kode);
				if (ra->indikator) {
					dup_row(L, seen, ra->indikator->kode, ra->tahun,
						&ra->pos);
					r->nrencana_aksi++;
				}
			}
			/* The table shows one year: the next one, else the
			 * latest (tables_lain.c); other rows are shown nowhere. */
			int y = 0, maks = 0;
			for (size_t i = 0; i < r->nrencana_aksi; i++) {
				if (r->rencana_aksi[i].tahun == r->meta.tahun + 1)
					y = r->meta.tahun + 1;
				if (r->rencana_aksi[i].tahun > maks)
					maks = r->rencana_aksi[i].tahun;
			}
			if (y == 0)
				y = maks;
			for (size_t i = 0; i < r->nrencana_aksi; i++)
				if (r->rencana_aksi[i].tahun != y &&
						r->rencana_aksi[i].tahun != 0)
					diag_add(L->dl, DIAG_WARNING,
						r->rencana_aksi[i].pos, "the plan of %d is "
						"not shown: the table shows the plan of %d "
						"only", r->rencana_aksi[i].tahun, y);
		}
	}
	{
		static const char *const req[] = {"seri", "tahun", "nilai", NULL};
		static const char *const opt[] = {"keterangan", "uraian",
			"satuan", NULL};
		static const char *const num[] = {"nilai", NULL};
		if ((t = open_csv(L, "data.csv", false, req, opt, num))) {
			r->data = arena_alloc(L->a, (t->nrows + 1) * sizeof *r->data);
			/* "seri<TAB>tahun" -> its first row (a seri holds no tab) */
			struct strmap *seen = strmap_new(L->a);
			/* seri -> its first row giving uraian / satuan */
			struct strmap *label = strmap_new(L->a);
			struct strmap *unit = strmap_new(L->a);
			r->data_seri = strmap_new(L->a);
			for (size_t i = 0; i < t->nrows; i++) {
				const struct csv_row *row = &t->rows[i];
				struct data_seri *d = &r->data[r->ndata];
				d->seri = arena_strdup(L->a, csv_get(t, row, "seri"));
				d->pos = csv_pos(t, row, "seri");
				d->tahun = parse_year(L, t, row, "tahun");
				d->nilai = csv_nilai(L->a, t, row, "nilai", false);
				d->keterangan = opt_str(L, t, row, "keterangan");
				d->uraian = opt_str(L, t, row, "uraian");
				d->satuan = opt_str(L, t, row, "satuan");
				if (!valid_kode(d->seri)) {
					diag_add(L->dl, DIAG_ERROR, d->pos, "series name "
						"must be letters, digits, '.', '-' or '_', "
						"found \"%s\"", d->seri);
					continue;
				}
				struct data_seri *dup = strmap_put(seen,
					arena_printf(L->a, "%s\t%d", d->seri, d->tahun), d);
				if (dup != NULL)
					diag_add(L->dl, DIAG_ERROR, d->pos, "series "
						"\"%s\" %d is already given at row %d",
						d->seri, d->tahun, dup->pos.line);
				struct ptrvec *rows = strmap_get(r->data_seri, d->seri);
				if (rows == NULL) {
					rows = arena_alloc(L->a, sizeof *rows);
					strmap_put(r->data_seri, d->seri, rows);
				}
				ptrvec_push(L->a, rows, d);
				seri_label(L, label, d, &d->uraian,
					csv_pos(t, row, "uraian"), "uraian");
				seri_label(L, unit, d, &d->satuan,
					csv_pos(t, row, "satuan"), "satuan");
				r->ndata++;
			}
			/* A series' header is given once, on any of its rows:
			 * every row gets it. */
			for (size_t i = 0; i < r->ndata; i++) {
				struct data_seri *d = &r->data[i];
				const struct data_seri *u = strmap_get(label, d->seri);
				const struct data_seri *s = strmap_get(unit, d->seri);
				d->uraian = u ? u->uraian : NULL;
				d->satuan = s ? s->satuan : NULL;
			}
		}
	}
	{
		static const char *const req[] = {"tahun", "komponen", "bobot",
			"nilai", NULL};
		static const char *const num[] = {"bobot", "nilai", NULL};
		if ((t = open_csv(L, "evaluasi_sakip.csv", false, req, NULL, num))) {
			r->sakip = arena_alloc(L->a, (t->nrows + 1) * sizeof *r->sakip);
			for (size_t i = 0; i < t->nrows; i++) {
				const struct csv_row *row = &t->rows[i];
				struct sakip_komponen *s = &r->sakip[r->nsakip++];
				s->pos = csv_pos(t, row, "komponen");
				s->tahun = parse_year(L, t, row, "tahun");
				s->komponen = opt_str(L, t, row, "komponen");
				s->bobot = csv_nilai(L->a, t, row, "bobot", false);
				s->nilai = csv_nilai(L->a, t, row, "nilai", false);
				not_negative(L, &s->bobot);
				not_negative(L, &s->nilai);
			}
			check_sakip_weights(L, r);
		}
	}
	{
		static const char *const req[] = {"kelompok", "uraian", NULL};
		static const char *const opt[] = {"laki_laki", "perempuan",
			"jumlah", "kebutuhan", NULL};
		static const char *const num[] = {"laki_laki", "perempuan",
			"jumlah", "kebutuhan", NULL};
		if ((t = open_csv(L, "pegawai.csv", false, req, opt, num))) {
			if (csv_col(t, "jumlah") < 0 && (csv_col(t, "laki_laki") < 0 ||
					csv_col(t, "perempuan") < 0))
				diag_add(L->dl, DIAG_ERROR, csv_at(t, t->header_row,
					0, NULL), "pegawai.csv needs the "
					"columns laki_laki and perempuan, or jumlah");
			r->pegawai = arena_alloc(L->a, (t->nrows + 1) * sizeof *r->pegawai);
			static const char *const kel[] = {"jabatan", "golongan",
				"pendidikan", NULL};
			for (size_t i = 0; i < t->nrows; i++) {
				const struct csv_row *row = &t->rows[i];
				struct pegawai *p = &r->pegawai[r->npegawai++];
				int k;
				p->pos = csv_pos(t, row, "kelompok");
				if (parse_enum(L, t, row, "kelompok", kel, 0, &k))
					p->kelompok = kel[k];
				p->uraian = opt_str(L, t, row, "uraian");
				p->laki_laki = csv_nilai(L->a, t, row, "laki_laki", false);
				p->perempuan = csv_nilai(L->a, t, row, "perempuan", false);
				p->jumlah = csv_nilai(L->a, t, row, "jumlah", false);
				/* "-" in a count column means nobody. */
				struct dec lp = dec_add(p->laki_laki.ada ?
					p->laki_laki.d : dec_int(0),
					p->perempuan.ada ? p->perempuan.d : dec_int(0));
				char jb[64];
				if (p->jumlah.ada && (p->laki_laki.ada ||
						p->perempuan.ada) &&
						dec_cmp(p->jumlah.d, lp) != 0)
					diag_add(L->dl, DIAG_WARNING, p->jumlah.pos,
						"jumlah %s is not laki_laki + perempuan",
						num_format_dec(jb, sizeof jb,
						p->jumlah.d, (struct num_style){
						p->jumlah.d.scale, ROUND_TRUNCATE,
						false}));
				p->kebutuhan = csv_nilai(L->a, t, row, "kebutuhan", false);
				/* A share typed for a count ("12 %") would be
				 * added up as 12 staff. */
				const struct nilai *cnt[] = {&p->laki_laki,
					&p->perempuan, &p->jumlah, &p->kebutuhan};
				for (int c = 0; c < 4; c++)
					check_unit(L, cnt[c], "orang", "the staff "
						"count of", p->uraian ? p->uraian : "");
				not_negative(L, &p->laki_laki);
				not_negative(L, &p->perempuan);
				not_negative(L, &p->jumlah);
				not_negative(L, &p->kebutuhan);
			}
		}
	}
	{
		static const char *const req[] = {"uraian", "saldo_awal",
			"penambahan", "pengurangan", "saldo_akhir", NULL};
		static const char *const num[] = {"saldo_awal", "penambahan",
			"pengurangan", "saldo_akhir", NULL};
		if ((t = open_csv(L, "aset.csv", false, req, NULL, num))) {
			r->aset = arena_alloc(L->a, (t->nrows + 1) * sizeof *r->aset);
			for (size_t i = 0; i < t->nrows; i++) {
				const struct csv_row *row = &t->rows[i];
				struct aset *s = &r->aset[r->naset++];
				s->pos = csv_pos(t, row, "uraian");
				s->uraian = opt_str(L, t, row, "uraian");
				s->saldo_awal = csv_nilai(L->a, t, row, "saldo_awal", false);
				s->penambahan = csv_nilai(L->a, t, row, "penambahan", false);
				s->pengurangan = csv_nilai(L->a, t, row, "pengurangan", false);
				s->saldo_akhir = csv_nilai(L->a, t, row, "saldo_akhir", false);
				const struct nilai *rp[] = {&s->saldo_awal,
					&s->penambahan, &s->pengurangan,
					&s->saldo_akhir};
				for (int c = 0; c < 4; c++) {
					not_negative(L, rp[c]);
					check_unit(L, rp[c], "rupiah", "the money of "
						"asset", s->uraian ? s->uraian : "");
				}
			}
		}
	}
}

/* aset_kondisi.csv: assets by units and condition. */
static void load_aset_kondisi(struct loader *L)
{
	static const char *const req[] = {"uraian", "baik", "rusak_ringan",
		"rusak_berat", NULL};
	static const char *const opt[] = {"satuan", "jumlah", NULL};
	static const char *const num[] = {"baik", "rusak_ringan",
		"rusak_berat", "jumlah", NULL};
	struct csv_table *t = open_csv(L, "aset_kondisi.csv", false, req, opt,
		num);
	if (t == NULL)
		return;
	struct report *r = L->r;
	r->aset_kondisi = arena_alloc(L->a, (t->nrows + 1) *
		sizeof *r->aset_kondisi);
	for (size_t i = 0; i < t->nrows; i++) {
		const struct csv_row *row = &t->rows[i];
		struct aset_kondisi *k = &r->aset_kondisi[r->naset_kondisi++];
		k->pos = csv_pos(t, row, "uraian");
		k->uraian = opt_str(L, t, row, "uraian");
		if (k->uraian == NULL)
			diag_add(L->dl, DIAG_ERROR, k->pos, "uraian is empty");
		k->satuan = opt_str(L, t, row, "satuan");
		struct nilai *v[] = {&k->baik, &k->rusak_ringan,
			&k->rusak_berat, &k->jumlah};
		static const char *const kol[] = {"baik", "rusak_ringan",
			"rusak_berat", "jumlah"};
		struct dec sum = dec_int(0);
		for (int j = 0; j < 4; j++) {
			*v[j] = csv_nilai(L->a, t, row, kol[j], false);
			not_negative(L, v[j]);
			check_unit(L, v[j], k->satuan, "the count of",
				k->uraian ? k->uraian : "");
			if (j < 3 && v[j]->ada)
				sum = dec_add(sum, v[j]->d);
		}
		/* A count of units: the three conditions are all there is. */
		char a[64], b[64];
		if (k->jumlah.ada && dec_cmp(sum, k->jumlah.d) != 0)
			diag_add(L->dl, DIAG_WARNING, k->jumlah.pos, "jumlah %s "
				"is not baik + rusak_ringan + rusak_berat = %s",
				num_format_dec(a, sizeof a, k->jumlah.d,
				(struct num_style){k->jumlah.d.scale,
				ROUND_TRUNCATE, false}),
				num_format_dec(b, sizeof b, sum, (struct num_style){
				sum.scale, ROUND_TRUNCATE, false}));
	}
}

const char *const BELANJA_NAMA[BELANJA_MAX] = {"operasi", "modal",
	"tidak-terduga", "transfer", "langsung", "tidak-langsung"};
const char *const BELANJA_JUDUL[BELANJA_MAX] = {"Belanja Operasi",
	"Belanja Modal", "Belanja Tidak Terduga", "Belanja Transfer",
	"Belanja Langsung", "Belanja Tidak Langsung"};

/* belanja.csv: spending by kind. */
static void load_belanja(struct loader *L)
{
	static const char *const req[] = {"jenis", "uraian", "anggaran",
		"realisasi", NULL};
	static const char *const num[] = {"anggaran", "realisasi", NULL};
	struct csv_table *t = open_csv(L, "belanja.csv", false, req, NULL,
		num);
	if (t == NULL)
		return;
	const char *names[BELANJA_MAX + 1];
	for (int k = 0; k < BELANJA_MAX; k++)
		names[k] = BELANJA_NAMA[k];
	names[BELANJA_MAX] = NULL;
	struct report *r = L->r;
	r->belanja = arena_alloc(L->a, (t->nrows + 1) * sizeof *r->belanja);
	const struct belanja *baru = NULL, *lama = NULL;
	for (size_t i = 0; i < t->nrows; i++) {
		const struct csv_row *row = &t->rows[i];
		struct belanja *b = &r->belanja[r->nbelanja];
		b->pos = csv_pos(t, row, "jenis");
		int j;
		if (!parse_enum(L, t, row, "jenis", names, -1, &j))
			continue;
		if (j < 0) {
			diag_add(L->dl, DIAG_ERROR, b->pos, "jenis is empty");
			continue;
		}
		b->jenis = (enum jenis_belanja)j;
		b->uraian = opt_str(L, t, row, "uraian");
		if (b->uraian == NULL)
			diag_add(L->dl, DIAG_ERROR, csv_pos(t, row, "uraian"),
				"uraian is empty");
		b->anggaran = csv_nilai(L->a, t, row, "anggaran", false);
		b->realisasi = csv_nilai(L->a, t, row, "realisasi", false);
		not_negative(L, &b->anggaran);
		not_negative(L, &b->realisasi);
		check_unit(L, &b->anggaran, "rupiah", "the money of belanja",
			b->uraian ? b->uraian : "");
		check_unit(L, &b->realisasi, "rupiah", "the money of belanja",
			b->uraian ? b->uraian : "");
		/* Operasi/modal/... and langsung/tidak langsung divide the
		 * same money two ways: both in one report count it twice. */
		bool old_scheme = b->jenis >= BELANJA_LANGSUNG;
		const struct belanja *other = old_scheme ? baru : lama;
		if (other != NULL) {
			diag_add(L->dl, DIAG_ERROR, b->pos, "\"%s\" is of the "
				"older scheme (langsung, tidak-langsung) and row %d "
				"of the Permendagri 77/2020 one (operasi, modal, "
				"tidak-terduga, transfer): a report uses one",
				old_scheme ? BELANJA_NAMA[b->jenis] :
				BELANJA_NAMA[other->jenis], old_scheme ?
				other->pos.line : b->pos.line);
			continue;
		}
		if (old_scheme && lama == NULL)
			lama = b;
		if (!old_scheme && baru == NULL)
			baru = b;
		r->nbelanja++;
	}
}

const char *const PEGAWAI_DIMENSI[PEGAWAI_NDIM] = {"golongan",
	"pendidikan", "jabatan", "jenis_kelamin", "eselon", "usia", "status"};

/* pegawai_rinci.csv: staff by two or more attributes and a count. */
static void load_pegawai_rinci(struct loader *L)
{
	static const char *const req[] = {"jumlah", NULL};
	static const char *const num[] = {"jumlah", NULL};
	const char *opt[PEGAWAI_NDIM + 1];
	for (int k = 0; k < PEGAWAI_NDIM; k++)
		opt[k] = PEGAWAI_DIMENSI[k];
	opt[PEGAWAI_NDIM] = NULL;
	struct csv_table *t = open_csv(L, "pegawai_rinci.csv", false, req,
		opt, num);
	if (t == NULL)
		return;
	struct report *r = L->r;
	int ndim = 0;
	for (int k = 0; k < PEGAWAI_NDIM; k++) {
		/* A column empty in every row is as if absent: the sheet of
		 * `lkjip new` has all seven, and a report fills two or
		 * three. */
		bool filled = csv_col(t, PEGAWAI_DIMENSI[k]) >= 0 &&
			t->nrows == 0;
		if (csv_col(t, PEGAWAI_DIMENSI[k]) >= 0)
			for (size_t i = 0; i < t->nrows && !filled; i++)
				filled = opt_str(L, t, &t->rows[i],
					PEGAWAI_DIMENSI[k]) != NULL;
		if ((r->pegawai_dimensi[k] = filled))
			ndim++;
	}
	if (ndim < 2) {
		diag_add(L->dl, DIAG_ERROR, (struct src_pos){t->path,
			t->header_row, 0, NULL}, "pegawai_rinci.csv needs two or "
			"more of the columns golongan, pendidikan, jabatan, "
			"jenis_kelamin, eselon, usia, status (a table crosses "
			"two of them)");
		return;
	}
	r->pegawai_rinci = arena_alloc(L->a, (t->nrows + 1) *
		sizeof *r->pegawai_rinci);
	for (size_t i = 0; i < t->nrows; i++) {
		const struct csv_row *row = &t->rows[i];
		struct pegawai_rinci *p = &r->pegawai_rinci[r->npegawai_rinci++];
		p->pos = csv_pos(t, row, "jumlah");
		for (int k = 0; k < PEGAWAI_NDIM; k++) {
			if (!r->pegawai_dimensi[k])
				continue;
			p->nilai[k] = opt_str(L, t, row, PEGAWAI_DIMENSI[k]);
			if (p->nilai[k] == NULL)
				diag_add(L->dl, DIAG_ERROR, csv_pos(t, row,
					PEGAWAI_DIMENSI[k]), "%s is empty",
					PEGAWAI_DIMENSI[k]);
		}
		p->jumlah = csv_nilai(L->a, t, row, "jumlah", false);
		not_negative(L, &p->jumlah);
		check_unit(L, &p->jumlah, "orang", "the staff count of",
			"pegawai_rinci.csv");
	}
}

const char *const BESARAN_NAMA[BESARAN_MAX] = {"capaian", "kemajuan",
	"serapan", "efisiensi", "pagu", "pagu-awal", "realisasi-anggaran",
	"predikat", "belanja"};

/* terbit.csv: published figures to check against the computed ones. */
static void load_terbit(struct loader *L)
{
	static const char *const req[] = {"besaran", "nilai", NULL};
	static const char *const opt[] = {"kode", "tahun", "sumber", NULL};
	static const char *const num[] = {"nilai", NULL};
	struct csv_table *t = open_csv(L, "terbit.csv", false, req, opt, num);
	if (t == NULL)
		return;
	/* parse_enum wants a NULL-terminated list; BESARAN_NAMA is not. */
	const char *names[BESARAN_MAX + 1];
	for (int k = 0; k < BESARAN_MAX; k++)
		names[k] = BESARAN_NAMA[k];
	names[BESARAN_MAX] = NULL;
	struct report *r = L->r;
	r->terbit = arena_alloc(L->a, (t->nrows + 1) * sizeof *r->terbit);
	for (size_t i = 0; i < t->nrows; i++) {
		const struct csv_row *row = &t->rows[i];
		struct terbit *p = &r->terbit[r->nterbit];
		int b;
		p->pos = csv_pos(t, row, "besaran");
		if (!parse_enum(L, t, row, "besaran", names, -1, &b))
			continue; /* reported; b was not set */
		if (b < 0) {
			diag_add(L->dl, DIAG_ERROR, p->pos, "besaran is empty");
			continue;
		}
		p->besaran = (enum besaran)b;
		p->kode = opt_str(L, t, row, "kode");
		p->tahun = r->meta.tahun;
		if (*csv_get(t, row, "tahun"))
			p->tahun = parse_year(L, t, row, "tahun");
		/* A predicate is words ("Sangat Berhasil"), not a number. */
		if (p->besaran == BESARAN_PREDIKAT)
			p->teks = opt_str(L, t, row, "nilai");
		else
			p->nilai = csv_nilai(L->a, t, row, "nilai", false);
		p->nilai.pos = csv_pos(t, row, "nilai");
		p->sumber = opt_str(L, t, row, "sumber");
		/* The tables its codes refer to could not be read (their own
		 * errors say why): "IKU1 is not an indikator" would only
		 * mislead. */
		if (L->no_indikator || (r->workbook != NULL && L->wb == NULL))
			continue;
		struct src_pos kp = csv_pos(t, row, "kode");
		const struct indikator *ind = p->kode ?
			model_indikator(r, p->kode) : NULL;
		/* Progress is an indicator's, or a budget line's against
		 * its Renstra end target. */
		bool indikator_only = p->besaran == BESARAN_KEMAJUAN &&
			!(p->kode && model_anggaran(r, p->kode) &&
			model_renstra(r, p->kode));
		if (indikator_only && (ind == NULL ||
				ind->tingkat != TINGKAT_INDIKATOR)) {
			diag_add(L->dl, DIAG_ERROR, kp, "kemajuan needs the kode of "
				"an indikator (or of a budget line in "
				"pagu_renstra.csv), found \"%s\"", p->kode ? p->kode :
				"");
			continue;
		}
		if (p->besaran == BESARAN_BELANJA) {
			int j = -1;
			for (int k = 0; p->kode && k < BELANJA_MAX; k++)
				if (!strcmp(p->kode, BELANJA_NAMA[k]))
					j = k;
			if (j < 0) {
				diag_add(L->dl, DIAG_ERROR, kp, "belanja needs the "
					"kind of spending as kode (operasi, modal, "
					"tidak-terduga, transfer, langsung, "
					"tidak-langsung), found \"%s\"",
					p->kode ? p->kode : "");
				continue;
			}
			if (p->nilai.ada)
				r->nterbit++;
			continue;
		}
		bool capaian = p->besaran == BESARAN_CAPAIAN ||
			p->besaran == BESARAN_PREDIKAT;
		if (capaian && p->kode && (ind == NULL ||
				ind->tingkat == TINGKAT_TUJUAN)) {
			diag_add(L->dl, DIAG_ERROR, kp, "\"%s\" is not an indikator "
				"or sasaran in indikator.csv", p->kode);
			continue;
		}
		if (p->besaran >= BESARAN_SERAPAN && !capaian && p->kode &&
				model_anggaran(r, p->kode) == NULL && (ind == NULL ||
				ind->tingkat != TINGKAT_SASARAN)) {
			diag_add(L->dl, DIAG_ERROR, kp, "\"%s\" is neither a code in "
				"anggaran.csv nor a sasaran", p->kode);
			continue;
		}
		if (p->besaran == BESARAN_PAGU_AWAL && r->pagu_satu) {
			diag_add(L->dl, DIAG_ERROR, p->pos, "pagu-awal: anggaran.csv "
				"gives one pagu (column pagu), check it as pagu");
			continue;
		}
		if (p->besaran == BESARAN_PAGU_AWAL && p->kode &&
				model_anggaran(r, p->kode) == NULL) {
			diag_add(L->dl, DIAG_ERROR, kp, "pagu-awal needs a code in "
				"anggaran.csv or no kode (the total)");
			continue;
		}
		if (p->tahun != r->meta.tahun && !(capaian &&
				ind && ind->tingkat == TINGKAT_INDIKATOR)) {
			diag_add(L->dl, DIAG_ERROR, csv_pos(t, row, "tahun"), "only an "
				"indikator's capaian or predikat can be checked for "
				"another year than %d", r->meta.tahun);
			continue;
		}
		if (p->besaran == BESARAN_PREDIKAT &&
				r->meta.skala.nband == 0) {
			diag_add(L->dl, DIAG_ERROR, p->pos, "a predikat to check, "
				"but laporan.yaml says predikat: tidak ada");
			continue;
		}
		if (p->nilai.ada || p->teks != NULL)
			r->nterbit++;
	}
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A total row names itself in its first non-empty cell, in the first or
 * second column (after an empty No). */
static bool baris_jumlah(const struct csv_table *t, const struct csv_row *r)
{
	for (size_t k = 0; k < t->ncol && k < 2; k++) {
		const char *s = r->cell[k];
		if (*s == '\0')
			continue;
		return !strcasecmp(s, "jumlah") || !strcasecmp(s, "total") ||
			!strcasecmp(s, "jumlah total");
	}
	return false;
}

/* A cell as an exact number for a column sum: "" and "-" are 0; text is
 * not a number (the column is not summed). */
static bool sel_angka(const char *s, enum num_convention conv, struct dec *out)
{
	struct num_value v;
	if (*s == '\0' || !strcmp(s, "-")) {
		*out = dec_int(0);
		return true;
	}
	if (num_parse(s, conv, &v, NULL, 0) != 0 || v.kind != NUM_VALUE)
		return false;
	*out = v.exact;
	return true;
}

static const char *teks_dec(struct arena *a, struct dec d)
{
	char b[96];
	struct num_style st = {d.scale, ROUND_HALF_UP, false};
	return arena_strdup(a, num_ascii_minus(num_format_dec(b, sizeof b, d,
		st)));
}

/* Each typed total against the sum of the rows above it (since the header
 * or the previous total row): a total that does not add up is a warning
 * naming both values, at its cell. Columns holding text are not summed. */
static void cek_jumlah(struct loader *L, const struct csv_table *t,
	const struct tabel_polos *tp, size_t awal, enum num_convention conv)
{
	size_t dari = awal;
	for (size_t i = awal; i < tp->nbaris; i++) {
		if (!tp->jumlah[i])
			continue;
		for (size_t k = 0; k < t->ncol; k++) {
			struct dec typed, sum = dec_int(0), x;
			const char *s = tp->baris[i][k];
			if (*s == '\0' || !strcmp(s, "-") ||
					!sel_angka(s, conv, &typed))
				continue;
			bool ok = true;
			for (size_t j = dari; j < i && ok; j++) {
				ok = sel_angka(tp->baris[j][k], conv, &x);
				if (ok)
					sum = dec_add(sum, x);
			}
			if (!ok || !dec_ok(sum) || dec_cmp(sum, typed) == 0)
				continue;
			diag_add(L->dl, DIAG_WARNING, csv_at(t,
				t->rows[i].rownum, (int)k + 1, t->header[k]),
				"the total of column \"%s\" is typed %s but its "
				"rows add up to %s", t->header[k],
				teks_dec(L->a, typed), teks_dec(L->a, sum));
		}
		dari = i + 1;
	}
}

/* tabel/NAME.csv and the sheets tabel-NAME: plain tables, sorted by name
 * for determinism. */
static void load_tabel(struct loader *L)
{
	const char *dir = join(L->a, L->r->dir, "tabel");
	struct ptrvec names = {0};
	struct stat st;
	bool have = lstat(dir, &st) == 0;
	if (have && !S_ISDIR(st.st_mode)) {
		diag_add(L->dl, DIAG_ERROR, (struct src_pos){dir, 0, 0, NULL},
			"%s", path_refusal(S_ISLNK(st.st_mode) ? ELOOP : ENOTDIR));
		return;
	}
	DIR *d = have ? opendir(dir) : NULL;
	if (d != NULL) {
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (path_is_csv_name(e->d_name))
				ptrvec_push(L->a, &names, arena_strdup(L->a,
					e->d_name));
		}
		closedir(d);
	}
	size_t nfiles = names.n;
	for (size_t i = 0; L->wb && i < L->wb->nsheet; i++) {
		const char *sn = L->wb->sheet[i].name;
		if (strncmp(sn, "tabel-", 6) != 0 || sn[6] == '\0' ||
				strchr(sn, '/') != NULL)
			continue;
		const char *file = arena_printf(L->a, "%s.csv", sn + 6);
		bool dup = false;
		for (size_t k = 0; k < nfiles && !dup; k++)
			dup = !strcmp(names.v[k], file);
		if (!dup) /* both: read_csv reports it */
			ptrvec_push(L->a, &names, (void *)file);
	}
	if (names.n > 1)
		qsort(names.v, names.n, sizeof *names.v, cmp_str);
	L->r->tabel = arena_alloc(L->a, (names.n + 1) * sizeof *L->r->tabel);
	for (size_t i = 0; i < names.n; i++) {
		const char *name = names.v[i];
		struct csv_table *t = read_csv(L, join(L->a, "tabel", name));
		if (t == NULL)
			continue;
		const char *path = t->sheet ? t->path : join(L->a, dir, name);
		/* Excel cuts a sheet name to 31 characters: a table named
		 * "tabel-" + 26 or more letters loses its end, and its
		 * {{tabel csv nama=...}} finds nothing. */
		if (t->sheet && strlen(t->sheet) == 31)
			diag_add(L->dl, DIAG_WARNING, csv_at(t, 0, 0, NULL),
				"the sheet name has 31 characters, Excel's limit: "
				"if the table's name was longer it has been cut "
				"(the table is now \"%.*s\"); give the table a "
				"name of at most 25 characters", (int)strlen(name) -
				4, name);
		struct tabel_polos *tp = &L->r->tabel[L->r->ntabel++];
		tp->nama = arena_strndup(L->a, name, strlen(name) - 4);
		tp->path = path;
		tp->judul = csv_comment(t, "judul");
		tp->sumber = csv_comment(t, "sumber");
		tp->kolom = t->header;
		tp->nkolom = t->ncol;
		tp->nbaris = t->nrows;
		tp->baris = arena_alloc(L->a, (t->nrows + 1) * sizeof *tp->baris);
		for (size_t r = 0; r < t->nrows; r++)
			tp->baris[r] = t->rows[r].cell;
		tp->pos = csv_at(t, t->header_row, 0, NULL);
		tp->nkepala = 1;
		const char *kepala = csv_comment(t, "kepala");
		if (kepala != NULL) {
			char *end;
			long n = strtol(kepala, &end, 10);
			if (*end != '\0' || n < 1 || (size_t)n > t->nrows + 1)
				diag_add(L->dl, DIAG_ERROR, csv_comment_pos(t,
					"kepala"), "kepala: expected the number of "
					"header rows (1 to %zu), found \"%s\"",
					t->nrows + 1, kepala);
			else
				tp->nkepala = (size_t)n;
		}
		bool *jumlah = arena_alloc(L->a, (t->nrows + 1) * sizeof *jumlah);
		for (size_t r = tp->nkepala - 1; r < t->nrows; r++)
			jumlah[r] = baris_jumlah(t, &t->rows[r]);
		tp->jumlah = jumlah;
		/* "# jumlah: tidak": rows nest (program, kegiatan, sub
		 * kegiatan), so a column's rows add up to more than its total. */
		const char *cek = csv_comment(t, "jumlah");
		if (cek && strcmp(cek, "tidak") && strcmp(cek, "ya"))
			diag_add(L->dl, DIAG_ERROR, csv_comment_pos(t, "jumlah"),
				"jumlah: expected ya or tidak, found \"%s\"",
				cek);
		else if (cek == NULL || !strcmp(cek, "ya"))
			cek_jumlah(L, t, tp, tp->nkepala - 1,
				L->r->meta.angka == NUM_EN ? NUM_EN : NUM_ID);
		for (size_t k = 0; k < t->ncomment; k++)
			if (strcmp(t->comment_key[k], "judul") &&
					strcmp(t->comment_key[k], "sumber") &&
					strcmp(t->comment_key[k], "kepala") &&
					strcmp(t->comment_key[k], "jumlah") &&
					strcmp(t->comment_key[k], "angka"))
				diag_add(L->dl, DIAG_ERROR, csv_at(t,
					t->comment_row[k], 1, NULL),
					"unknown comment key \"%s\" (expected judul, "
					"sumber, kepala, jumlah or angka)", t->comment_key[k]);
	}
}

/* The CSV files of the report folder the loader does not read are copied
 * to the site's data/ all the same: they must be regular files too. */
static void check_other_csv(struct loader *L)
{
	DIR *d = opendir(L->r->dir);
	if (d == NULL)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!path_is_csv_name(e->d_name))
			continue;
		bool seen = false;
		for (size_t i = 0; i < L->read.n && !seen; i++)
			seen = !strcmp(L->read.v[i], e->d_name);
		if (seen)
			continue;
		int fd = path_open_in(L->r->dir, e->d_name);
		if (fd >= 0)
			close(fd);
		else
			diag_add(L->dl, DIAG_ERROR, (struct src_pos){join(L->a,
				L->r->dir, e->d_name), 0, 0, NULL}, "%s",
				path_refusal(errno));
	}
	closedir(d);
}

struct report *model_load_report(const char *dir, struct diag_list *dl)
{
	size_t before = diag_errors(dl);
	struct arena *a = arena_new();
	struct report *r = arena_alloc(a, sizeof *r);
	r->arena = a;
	r->dir = arena_strdup(a, dir);
	size_t dl_len = strlen(r->dir);
	while (dl_len > 1 && r->dir[dl_len - 1] == '/')
		((char *)r->dir)[--dl_len] = '\0';
	const char *slash = strrchr(r->dir, '/');
	r->id = slash ? slash + 1 : r->dir;
	struct loader L = {.r = r, .a = a, .dl = dl};
	const char *meta = join(a, r->dir, "laporan.yaml");
	/* Nothing else is read when laporan.yaml cannot be. */
	int fd = path_open_in(r->dir, "laporan.yaml");
	if (fd < 0) {
		diag_add(dl, DIAG_ERROR, (struct src_pos){meta, 0, 0, NULL}, "%s",
			errno == ENOENT ? "missing file: every report folder needs "
			"laporan.yaml" : path_refusal(errno));
		model_report_free(r);
		return NULL;
	}
	close(fd);
	/* Nor when it is not YAML at all: the year, the Renstra and the
	 * number convention the tables are read by would be guesses (every
	 * year of pagu_renstra.csv "outside the Renstra 0-0"). */
	if (!load_meta(r, meta, dl)) {
		model_report_free(r);
		return NULL;
	}
	load_workbook(&L);
	load_indikator(&L);
	load_kinerja(&L);
	load_anggaran(&L);
	load_optional(&L);
	load_aset_kondisi(&L);
	load_belanja(&L);
	load_pegawai_rinci(&L);
	load_terbit(&L);
	load_tabel(&L);
	check_other_csv(&L);
	check_sheets_used(&L);
	if (diag_errors(dl) != before) {
		model_report_free(r);
		return NULL;
	}
	return r;
}

void model_report_free(struct report *r)
{
	if (r != NULL)
		arena_free(r->arena);
}

static bool valid_folder_name(const char *s)
{
	if (s[0] == '.' || strstr(s, "..") != NULL)
		return false;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_')
			return false;
	return true;
}

static int cmp_report(const void *a, const void *b)
{
	const struct report *x = *(struct report *const *)a;
	const struct report *y = *(struct report *const *)b;
	int c = strcmp(x->meta.pemerintah, y->meta.pemerintah);
	if (c == 0)
		c = strcmp(x->meta.instansi, y->meta.instansi);
	if (c == 0)
		c = y->meta.tahun - x->meta.tahun;
	if (c == 0)
		c = strcmp(x->id, y->id);
	return c;
}

struct site *model_scan_site(const char *content_dir, struct diag_list *dl)
{
	size_t before = diag_errors(dl);
	struct arena *a = arena_new();
	struct site *s = arena_alloc(a, sizeof *s);
	s->arena = a;
	char *dir = arena_strdup(a, content_dir);
	for (size_t n = strlen(dir); n > 1 && dir[n - 1] == '/';)
		dir[--n] = '\0';
	s->dir = content_dir = dir;
	struct stat st;
	/* One report folder given for the whole content: that report alone,
	 * without site.yaml, and no other report's messages (lkjip check
	 * content/REPORT while one report is being written). */
	if (lstat(join(a, content_dir, "laporan.yaml"), &st) == 0) {
		/* Both: which one was meant is not for lkjip to guess. */
		if (lstat(join(a, content_dir, "site.yaml"), &st) == 0) {
			diag_add(dl, DIAG_ERROR, (struct src_pos){join(a,
				content_dir, "laporan.yaml"), 0, 0, NULL}, "the "
				"folder holds site.yaml and laporan.yaml: a content "
				"folder keeps each report in a folder of its own");
			model_site_free(s);
			return NULL;
		}
		s->satu_laporan = true;
		/* The report's id is its folder's name, also when the folder
		 * was given as "." or "../x/": the name the pages get. */
		char *real = realpath(content_dir, NULL);
		const char *base = real ? strrchr(real, '/') : NULL;
		const char *id = base && base[1] ? arena_strdup(a, base + 1) :
			NULL;
		free(real);
		if (id == NULL || !valid_folder_name(id)) {
			diag_add(dl, DIAG_ERROR, (struct src_pos){content_dir, 0, 0,
				NULL}, "report folder names are letters, digits, "
				"'-' and '_'");
			model_site_free(s);
			return NULL;
		}
		/* The caller loads it, as any report folder. */
		s->folder = arena_alloc(a, sizeof *s->folder);
		s->folder_id = arena_alloc(a, sizeof *s->folder_id);
		s->folder[0] = content_dir;
		s->folder_id[0] = id;
		s->nfolder = 1;
		return s;
	}
	const char *sy = join(a, content_dir, "site.yaml");
	if (lstat(sy, &st) != 0)
		diag_add(dl, DIAG_ERROR, (struct src_pos){sy, 0, 0, NULL},
			"missing file: the content folder needs site.yaml");
	else
		load_site_yaml(s, sy, dl);
	DIR *d = opendir(content_dir);
	if (d == NULL) {
		diag_add(dl, DIAG_ERROR, (struct src_pos){content_dir, 0, 0, NULL},
			"cannot open the content folder: %s", strerror(errno));
		model_site_free(s);
		return NULL;
	}
	struct ptrvec names = {0};
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		/* A hidden folder (.git) is looked into like any other: one
		 * holding laporan.yaml is refused by its name below, not
		 * skipped silently. */
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		const char *path = join(a, content_dir, e->d_name);
		if (lstat(path, &st) != 0)
			continue;
		/* A linked folder is looked into only to say why it is not
		 * built: a report is never left out silently. */
		bool link = S_ISLNK(st.st_mode);
		if (link && stat(path, &st) != 0)
			continue;
		if (!S_ISDIR(st.st_mode))
			continue;
		if (lstat(join(a, path, "laporan.yaml"), &st) != 0) {
			if (lstat(join(a, path, "laporan.yml"), &st) == 0)
				diag_add(dl, DIAG_ERROR, (struct src_pos){join(a,
					path, "laporan.yml"), 0, 0, NULL}, "a report "
					"folder's file is named laporan.yaml, not "
					"laporan.yml: this report is not built");
			continue;
		}
		if (link) {
			diag_add(dl, DIAG_ERROR, (struct src_pos){path, 0, 0, NULL},
				"symbolic links are not followed in the content "
				"folder: this report folder is not built");
			continue;
		}
		if (!valid_folder_name(e->d_name)) {
			diag_add(dl, DIAG_ERROR, (struct src_pos){path, 0, 0, NULL},
				"report folder names are letters, digits, '-' and '_'");
			continue;
		}
		ptrvec_push(a, &names, arena_strdup(a, e->d_name));
	}
	closedir(d);
	if (names.n > 1)
		qsort(names.v, names.n, sizeof *names.v, cmp_str);
	s->folder = arena_alloc(a, (names.n + 1) * sizeof *s->folder);
	s->folder_id = arena_alloc(a, (names.n + 1) * sizeof *s->folder_id);
	for (size_t i = 0; i < names.n; i++) {
		s->folder_id[i] = names.v[i];
		s->folder[i] = join(a, content_dir, names.v[i]);
	}
	s->nfolder = names.n;
	if (s->nfolder == 0 && diag_errors(dl) == before)
		diag_add(dl, DIAG_ERROR, (struct src_pos){content_dir, 0, 0, NULL},
			"no report folder (a folder holding laporan.yaml) found");
	return s;
}

struct site *model_load_site(const char *content_dir, struct diag_list *dl)
{
	size_t before = diag_errors(dl);
	struct site *s = model_scan_site(content_dir, dl);
	if (s == NULL)
		return NULL;
	s->report = arena_alloc(s->arena, (s->nfolder + 1) * sizeof *s->report);
	for (size_t i = 0; i < s->nfolder; i++) {
		struct report *r = model_load_report(s->folder[i], dl);
		if (r != NULL) {
			r->id = arena_strdup(r->arena, s->folder_id[i]);
			s->report[s->nreport++] = r;
		}
	}
	if (diag_errors(dl) != before) {
		model_site_free(s);
		return NULL;
	}
	if (s->nreport > 1)
		qsort(s->report, s->nreport, sizeof *s->report, cmp_report);
	return s;
}

void model_site_free(struct site *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->nreport; i++)
		model_report_free(s->report[i]);
	arena_free(s->arena);
}
