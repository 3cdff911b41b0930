#define _GNU_SOURCE
/* .xlsx files with libxlsxwriter: it writes notes (cell comments) and
 * data validation, which a hand-rolled writer (libxml2's writer + a zip
 * library) would need several more XML parts and relationships for
 * (vmlDrawing, comments, their rels); the reader side of lkjip does not
 * need it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "scaffold/scaffold.h"
#include "util/path.h"

/* Rows a drop-down or a year check covers: far more than any report. */
enum { ROWS_CHECKED = 5000 };

/* The number a cell of a schema column holds, when it is one exactly: a
 * plain number (no unit, no %, no range, no grade) of at most 15
 * significant digits, which a double and the workbook's text of it
 * (libxlsxwriter writes 16 significant digits, and readers take the
 * shortest form) give back unchanged. */
static bool exact_number(const char *s, enum num_convention conv, double *v)
{
	struct num_value nv;
	char err[128];
	if (num_parse(s, conv, &nv, err, sizeof err) < 0 ||
			nv.kind != NUM_VALUE || nv.percent || nv.unit[0] != '\0')
		return false;
	struct dec d = dec_trim(nv.exact);
	__int128 m = d.m < 0 ? -d.m : d.m;
	int digits = 0;
	for (; m > 0; m /= 10)
		digits++;
	if (digits > 15)
		return false;
	*v = dec_to_double(d);
	return true;
}

static bool exact_year(const char *s, double *v)
{
	char *end;
	long y = strtol(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != '\0' || y < 1900 || y > 2200)
		return false;
	*v = (double)y;
	return true;
}

static void write_cell(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c,
	const char *s, const struct skema_kolom *k, enum num_convention conv)
{
	if (s == NULL || *s == '\0')
		return;
	double v;
	if (k != NULL && ((k->jenis == KOLOM_ANGKA && exact_number(s, conv,
			&v)) || (k->jenis == KOLOM_TAHUN && exact_year(s, &v))))
		worksheet_write_number(ws, r, c, v, NULL);
	else
		worksheet_write_string(ws, r, c, s, NULL);
}

/* A drop-down of the allowed values; anything else is refused with a
 * message naming them (the loader would refuse it too). */
static void add_list(lxw_worksheet *ws, lxw_col_t c,
	const struct skema_kolom *k)
{
	lxw_data_validation dv = {0};
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = (char **)k->pilihan;
	dv.ignore_blank = LXW_VALIDATION_ON;
	dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
	dv.error_title = "Nilai tidak dikenal";
	dv.error_message = (char *)k->catatan;
	worksheet_data_validation_range(ws, 1, c, ROWS_CHECKED, c, &dv);
}

static void add_year_check(lxw_worksheet *ws, lxw_col_t c)
{
	lxw_data_validation dv = {0};
	dv.validate = LXW_VALIDATION_TYPE_INTEGER;
	dv.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
	dv.minimum_number = 1900;
	dv.maximum_number = 2200;
	dv.ignore_blank = LXW_VALIDATION_ON;
	dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
	dv.error_title = "Tahun";
	dv.error_message = "Tulis tahun 1900 sampai 2200, misalnya 2024.";
	worksheet_data_validation_range(ws, 1, c, ROWS_CHECKED, c, &dv);
}

static void write_sheet(lxw_workbook *wb, lxw_format *bold,
	const struct lembar *l)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, l->nama);
	if (ws == NULL)
		return;
	size_t ncol = l->header ? l->ncol : l->skema->nkolom;
	/* The schema's column of each header cell, when there is one. */
	const struct skema_kolom **kol = calloc(ncol + 1, sizeof *kol);
	if (kol == NULL)
		abort();
	for (size_t c = 0; c < ncol; c++) {
		const char *h = l->header ? l->header[c] : l->skema->kolom[c].nama;
		for (size_t j = 0; l->skema && j < l->skema->nkolom; j++)
			if (!strcmp(l->skema->kolom[j].nama, h))
				kol[c] = &l->skema->kolom[j];
		worksheet_write_string(ws, 0, (lxw_col_t)c, h, bold);
		size_t w = strlen(h) + 2;
		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c,
			w < 12 ? 12 : w > 40 ? 40 : (double)w, NULL);
		if (kol[c] == NULL)
			continue;
		char *note = NULL;
		if (asprintf(&note, "%s%s", kol[c]->catatan, kol[c]->wajib ?
				" (wajib)" : " (boleh kosong)") < 0)
			abort();
		lxw_comment_options co = {0};
		co.author = "lkjip";
		co.width = 260;
		co.height = 90;
		worksheet_write_comment_opt(ws, 0, (lxw_col_t)c, note, &co);
		free(note);
		if (kol[c]->pilihan != NULL)
			add_list(ws, (lxw_col_t)c, kol[c]);
		else if (kol[c]->jenis == KOLOM_TAHUN)
			add_year_check(ws, (lxw_col_t)c);
	}
	worksheet_freeze_panes(ws, 1, 0);
	for (size_t r = 0; r < l->nbaris; r++)
		for (size_t c = 0; c < ncol; c++)
			write_cell(ws, (lxw_row_t)(r + 1), (lxw_col_t)c,
				l->baris[r][c], kol[c], l->conv);
	free(kol);
}

int scaffold_workbook(const char *path, const struct lembar *l, size_t n,
	time_t created)
{
	/* libxlsxwriter writes to a file name: a private folder, then the
	 * bytes go to path through file_write_atomic. */
	const char *base = getenv("TMPDIR");
	char *dir = NULL;
	if (asprintf(&dir, "%s/lkjip-xlsx-XXXXXX", base && *base ? base :
			"/tmp") < 0)
		abort();
	if (mkdtemp(dir) == NULL) {
		int e = errno;
		free(dir);
		errno = e;
		return -1;
	}
	char *file = NULL;
	if (asprintf(&file, "%s/w.xlsx", dir) < 0)
		abort();
	lxw_workbook_options opt = {.tmpdir = dir};
	lxw_workbook *wb = workbook_new_opt(file, &opt);
	int rc = -1, err = EIO;
	if (wb != NULL) {
		lxw_doc_properties props = {0};
		props.title = "Data LKjIP";
		props.comments = "Ditulis oleh lkjip " LKJIP_VERSION;
		props.created = created;
		workbook_set_properties(wb, &props);
		lxw_format *bold = workbook_add_format(wb);
		format_set_bold(bold);
		for (size_t i = 0; i < n; i++)
			write_sheet(wb, bold, &l[i]);
		if (workbook_close(wb) == LXW_NO_ERROR) {
			size_t len;
			char *buf = file_read(file, &len);
			if (buf != NULL) {
				rc = file_write_atomic(path, buf, len);
				err = errno;
				free(buf);
			} else
				err = errno;
		}
	}
	unlink(file);
	rmdir(dir);
	free(file);
	free(dir);
	errno = err;
	return rc;
}

/* Excel's rule for a sheet name: 1 to 31 characters, none of []:*?/\,
 * not starting or ending with an apostrophe. */
static const char *bad_sheet_name(const char *s)
{
	size_t chars = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		chars += (*p & 0xC0) != 0x80;
	if (chars > 31)
		return "is longer than the 31 characters a sheet name may have";
	if (s[strcspn(s, "[]:*?/\\")] != '\0' || s[0] == '\'' ||
			s[strlen(s) - 1] == '\'')
		return "holds a character a sheet name cannot ([]:*?/\\ or "
			"a leading or trailing ')";
	return NULL;
}

struct lembar *scaffold_lembar_laporan(struct report *r, size_t *n,
	struct diag_list *dl)
{
	size_t nd;
	struct tabel_mentah *d = model_data_mentah(r, &nd, dl);
	struct lembar *l = arena_alloc(r->arena, (nd + r->ntabel + 1) *
		sizeof *l);
	*n = 0;
	for (size_t i = 0; i < nd; i++) {
		for (size_t k = 0; k < d[i].ncomment; k++)
			diag_add(dl, DIAG_WARNING, (struct src_pos){d[i].path, 0,
				0, NULL}, "the comment row \"# %s:\" has no "
				"place in a workbook sheet: left out%s",
				d[i].comment_key[k], !strcmp(d[i].comment_key[k],
				"angka") ? " (the figures it governs are written "
				"as numbers; one kept as text, with a unit, is read "
				"by laporan.yaml's angka)" : "");
		l[*n] = (struct lembar){d[i].skema->lembar, d[i].skema,
			d[i].header, d[i].ncol,
			(const char *const *const *)d[i].baris, d[i].nbaris,
			d[i].conv};
		(*n)++;
	}
	for (size_t i = 0; i < r->ntabel; i++) {
		const struct tabel_polos *t = &r->tabel[i];
		const char *nama = arena_printf(r->arena, "tabel-%s", t->nama);
		const char *why = bad_sheet_name(nama);
		if (why != NULL) {
			diag_add(dl, DIAG_WARNING, (struct src_pos){t->path, 0, 0,
				NULL}, "its sheet name \"%s\" %s: left out of "
				"the workbook (keep the CSV file: CSV files and "
				"sheets may be mixed)", nama, why);
			continue;
		}
		if (t->judul || t->sumber)
			diag_add(dl, DIAG_WARNING, (struct src_pos){t->path, 0, 0,
				NULL}, "its \"# judul:\" and \"# sumber:\" rows "
				"have no place in a workbook sheet: give them in "
				"the chapter, {{tabel csv nama=%s judul=\"...\" "
				"sumber=\"...\"}}", t->nama);
		l[*n] = (struct lembar){nama, NULL, t->kolom, t->nkolom,
			(const char *const *const *)t->baris, t->nbaris,
			NUM_UNDECIDED};
		(*n)++;
	}
	return l;
}
