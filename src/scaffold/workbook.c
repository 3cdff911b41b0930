#define _GNU_SOURCE
/* .xlsx files with libxlsxwriter: it writes notes (cell comments) and
 * data validation, which a hand-rolled writer (libxml2's writer + a zip
 * library) would need several more XML parts and relationships for
 * (vmlDrawing, comments, their rels). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "scaffold/scaffold.h"
#include "util/path.h"
#include "util/xalloc.h"

/* Rows a drop-down or a year check covers: far more than any report. */
enum { ROWS_CHECKED = 5000 };

/* A number cell: its value, and the decimals and grouping its text was
 * typed with, so that a spreadsheet (and lkjip's workbook reader) shows
 * the same text again. */
struct angka_sel {
	double v;
	int decimals;
	bool grouped;
};

/* Whether s is one number exactly as a spreadsheet shows it: an optional
 * '-', then 0, or digits without a leading zero, or 1-3 digits and
 * groups of three after each group mark; then the decimal mark and
 * digits not ending in 0. At most 15 significant digits, so that the
 * double and the 16 digits libxlsxwriter writes of it give the decimal
 * back. An undecided file (no cell told its convention) makes a number
 * of plain digits only. */
static bool exact_number(const char *s, enum num_convention conv,
	struct angka_sel *out)
{
	char group = conv == NUM_EN ? ',' : '.';
	char mark = conv == NUM_EN ? '.' : ',';
	char digits[40];
	size_t nd = 0, lead = 0;
	const char *p = s;
	bool neg = *p == '-';
	if (neg)
		p++;
	if (*p < '0' || *p > '9')
		return false;
	out->grouped = false;
	out->decimals = 0;
	while (*p >= '0' && *p <= '9' && nd < 20)
		digits[nd++] = *p++, lead++;
	if (lead > 1 && digits[0] == '0')
		return false;
	if (*p == group && conv != NUM_UNDECIDED) {
		if (lead > 3 || digits[0] == '0')
			return false;
		while (*p == group) {
			p++;
			for (int k = 0; k < 3; k++, p++) {
				if (*p < '0' || *p > '9' || nd >= 20)
					return false;
				digits[nd++] = *p;
			}
		}
		out->grouped = true;
	}
	if (*p == mark && conv != NUM_UNDECIDED) {
		p++;
		const char *f = p;
		while (*p >= '0' && *p <= '9' && nd < 36)
			digits[nd++] = *p++;
		out->decimals = (int)(p - f);
		if (out->decimals == 0 || p[-1] == '0')
			return false;
	}
	if (*p != '\0')
		return false;
	size_t first = 0;
	while (first < nd && digits[first] == '0')
		first++;
	if (nd - first > 15)
		return false;
	/* value = digits / 10^decimals, exactly, as a decimal. */
	__int128 m = 0;
	for (size_t k = 0; k < nd; k++)
		m = m * 10 + (digits[k] - '0');
	out->v = dec_to_double((struct dec){neg ? -m : m, out->decimals});
	return true;
}

/* "#,##0" with the decimals the cell was typed with: a spreadsheet
 * shows 2.992.759.325 or 1.234,5 again. One format per count. */
static lxw_format *group_format(lxw_workbook *wb, lxw_format **cache,
	int decimals)
{
	if (cache[decimals] == NULL) {
		char f[48] = "#,##0";
		if (decimals > 0) {
			strcat(f, ".");
			for (int k = 0; k < decimals; k++)
				strcat(f, "0");
		}
		cache[decimals] = workbook_add_format(wb);
		format_set_num_format(cache[decimals], f);
	}
	return cache[decimals];
}

static void write_cell(lxw_workbook *wb, lxw_format **cache,
	lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s,
	const struct skema_kolom *k, bool plain, enum num_convention conv)
{
	if (s == NULL || *s == '\0')
		return;
	struct angka_sel a;
	bool typed = plain || (k != NULL && k->jenis != KOLOM_TEKS);
	if (typed && s[0] != '#' && exact_number(s, conv, &a))
		worksheet_write_number(ws, r, c, a.v, a.grouped ?
			group_format(wb, cache, a.decimals) : NULL);
	else
		worksheet_write_string(ws, r, c, s, NULL);
}

/* A drop-down of the allowed values; anything else is refused with a
 * message naming them (the loader would refuse it too). */
static void add_list(lxw_worksheet *ws, lxw_row_t first, lxw_col_t c,
	const struct skema_kolom *k)
{
	lxw_data_validation dv = {0};
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = (char **)k->pilihan;
	dv.ignore_blank = LXW_VALIDATION_ON;
	dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
	dv.error_title = "Nilai tidak dikenal";
	dv.error_message = (char *)k->catatan;
	worksheet_data_validation_range(ws, first, c, first + ROWS_CHECKED - 1,
		c, &dv);
}

static void add_year_check(lxw_worksheet *ws, lxw_row_t first,
	lxw_col_t c)
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
	worksheet_data_validation_range(ws, first, c, first + ROWS_CHECKED - 1,
		c, &dv);
}

static void write_sheet(lxw_workbook *wb, lxw_format *bold,
	lxw_format **cache, const struct lembar *l)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, l->nama);
	if (ws == NULL)
		return;
	size_t ncol = l->header ? l->ncol : l->skema->nkolom;
	lxw_row_t hr = (lxw_row_t)(l->header_row - 1);
	/* The schema's column of each header cell, when there is one. */
	const struct skema_kolom **kol = xcalloc(ncol + 1, sizeof *kol);
	for (size_t c = 0; c < ncol; c++) {
		const char *h = l->header ? l->header[c] : l->skema->kolom[c].nama;
		for (size_t j = 0; l->skema && j < l->skema->nkolom; j++)
			if (!strcmp(l->skema->kolom[j].nama, h))
				kol[c] = &l->skema->kolom[j];
		worksheet_write_string(ws, hr, (lxw_col_t)c, h, bold);
		size_t w = strlen(h) + 2;
		if (kol[c] != NULL && kol[c]->jenis == KOLOM_TEKS &&
				kol[c]->pilihan == NULL)
			w = 24; /* names and statements */
		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c,
			w < 12 ? 12 : w > 40 ? 40 : (double)w, NULL);
		if (kol[c] == NULL)
			continue;
		char *note = xasprintf("%s%s", kol[c]->catatan, kol[c]->wajib ?
			" (wajib)" : " (boleh kosong)");
		lxw_comment_options co = {0};
		co.author = "lkjip";
		co.width = 260;
		co.height = 90;
		worksheet_write_comment_opt(ws, hr, (lxw_col_t)c, note, &co);
		free(note);
		if (kol[c]->pilihan != NULL)
			add_list(ws, hr + 1, (lxw_col_t)c, kol[c]);
		else if (kol[c]->jenis == KOLOM_TAHUN)
			add_year_check(ws, hr + 1, (lxw_col_t)c);
	}
	worksheet_freeze_panes(ws, hr + 1, 0);
	for (size_t i = 0; i < l->nbaris; i++) {
		const struct lembar_baris *b = &l->baris[i];
		for (size_t c = 0; c < b->n; c++)
			write_cell(wb, cache, ws, (lxw_row_t)(b->row - 1),
				(lxw_col_t)c, b->cell[c], c < ncol ? kol[c] : NULL,
				l->skema == NULL, l->conv);
	}
	free(kol);
}

int scaffold_workbook(const char *path, const struct lembar *l, size_t n,
	time_t created)
{
	/* libxlsxwriter writes to a file name: a private folder, then the
	 * bytes go to path through file_write_atomic. */
	const char *base = getenv("TMPDIR");
	char *dir = xasprintf("%s/lkjip-xlsx-XXXXXX", base && *base ? base :
		"/tmp");
	if (mkdtemp(dir) == NULL) {
		int e = errno;
		free(dir);
		errno = e;
		return -1;
	}
	char *file = xasprintf("%s/w.xlsx", dir);
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
		lxw_format *cache[40] = {0};
		for (size_t i = 0; i < n; i++)
			write_sheet(wb, bold, cache, &l[i]);
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

/* Excel's rule for a sheet name: 1 to 31 characters, none of
 * [ ] : * ? / and backslash, no apostrophe first or last. */
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
	struct arena *a = r->arena;
	/* A workbook the report already has: its sheets are not read
	 * here, only the CSV files are. */
	static const char *const own[] = {"data.xlsx", "data.ods"};
	for (int i = 0; i < 2; i++) {
		int fd = path_open_in(r->dir, own[i]);
		if (fd < 0)
			continue;
		close(fd);
		diag_add(dl, DIAG_WARNING, (struct src_pos){arena_printf(a,
			"%s/%s", r->dir, own[i]), 0, 0, NULL}, "its sheets are "
			"not copied: export --format xlsx writes the report's "
			"CSV files");
	}
	size_t nd;
	struct tabel_mentah *d = model_data_mentah(r, &nd, dl);
	struct lembar *l = arena_alloc(a, (nd + 1) * sizeof *l);
	*n = 0;
	for (size_t i = 0; i < nd; i++) {
		const char *why = bad_sheet_name(d[i].nama);
		if (why != NULL) {
			diag_add(dl, DIAG_WARNING, (struct src_pos){d[i].path, 0,
				0, NULL}, "its sheet name \"%s\" %s: left out of "
				"the workbook (keep the CSV file: CSV files and "
				"sheets may be mixed)", d[i].nama, why);
			continue;
		}
		/* The "# key: value" rows above the header, one cell each,
		 * then the data rows, each at its own row. */
		size_t nb = d[i].nkomentar + d[i].nbaris;
		struct lembar_baris *b = arena_alloc(a, (nb + 1) * sizeof *b);
		size_t k = 0;
		for (size_t j = 0; j < d[i].nkomentar; j++)
			b[k++] = (struct lembar_baris){d[i].komentar_row[j],
				&d[i].komentar[j], 1};
		for (size_t j = 0; j < d[i].nbaris; j++)
			b[k++] = (struct lembar_baris){d[i].baris_row[j],
				d[i].baris[j], d[i].ncol};
		l[(*n)++] = (struct lembar){d[i].nama, d[i].skema,
			d[i].header_row, d[i].header, d[i].ncol, b, nb,
			d[i].conv};
	}
	return l;
}
