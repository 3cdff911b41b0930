/* Figures as text: every number that reaches the document goes through
 * util/num.h with the report's style for its kind (angka_gaya in
 * metrics/teks.c, which diagnostics and diff use too). */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "doc/internal.h"
#include "util/date.h"
#include "util/arena.h"
#include "util/num.h"

static const char *dup(struct build_ctx *c, const char *s)
{
	return arena_strdup(c->doc->arena, s);
}

const char *fmt_capaian(struct build_ctx *c, double pct)
{
	char b[64];
	return dup(c, num_format_percent(b, sizeof b, pct,
		angka_gaya(&c->report->meta, JENIS_CAPAIAN, pct)));
}

const char *fmt_persen(struct build_ctx *c, double pct)
{
	char b[64];
	return dup(c, num_format_percent(b, sizeof b, pct,
		angka_gaya(&c->report->meta, JENIS_ANGGARAN, pct)));
}

const char *fmt_efisiensi(struct build_ctx *c, double v)
{
	char b[64];
	struct num_style st = angka_gaya(&c->report->meta, JENIS_EFISIENSI, v);
	if (c->report->meta.efisiensi == EFISIENSI_RASIO)
		return dup(c, num_format(b, sizeof b, v, st));
	return dup(c, num_format_percent(b, sizeof b, v, st));
}

const char *fmt_nilai(struct build_ctx *c, double v)
{
	char b[64];
	return dup(c, num_format(b, sizeof b, v, angka_gaya(&c->report->meta,
		JENIS_NILAI, v)));
}

/* Words that only name the kind of figure ("Angka", "Skor", "Nilai",
 * "Indeks") are not written after the number: "91,91", not
 * "91,91 Angka". */
static bool satuan_ditulis(const char *satuan)
{
	static const char *const KATA[] = {"angka", "skor", "nilai", "indeks",
		"index"};
	if (satuan == NULL || *satuan == '\0')
		return false;
	for (size_t i = 0; i < sizeof KATA / sizeof KATA[0]; i++)
		if (strcasecmp(satuan, KATA[i]) == 0)
			return false;
	return true;
}

/* An indicator measured in money (a revenue office's "Realisasi
 * penerimaan pajak daerah", satuan Rupiah or Rp) is written as money is
 * written in Indonesian: "Rp 96.500.000.000", never "96.500.000.000
 * Rupiah". */
static bool satuan_rupiah(const char *satuan)
{
	return satuan != NULL && (strcasecmp(satuan, "rp") == 0 ||
		strcasecmp(satuan, "rp.") == 0 ||
		strcasecmp(satuan, "rupiah") == 0);
}

const char *fmt_nilai_satuan(struct build_ctx *c, double v, const char *satuan)
{
	const char *n = fmt_nilai(c, v);
	if (!satuan_ditulis(satuan) || isnan(v))
		return n;
	if (satuan_rupiah(satuan))
		return arena_printf(c->doc->arena, "Rp" NUM_NBSP "%s", n);
	if (strcmp(satuan, "%") == 0)
		return arena_printf(c->doc->arena, "%s" NUM_NBSP "%%", n);
	return arena_printf(c->doc->arena, "%s" NUM_NBSP "%s", n, satuan);
}

const char *fmt_figure(struct build_ctx *c, const struct figure *f)
{
	char b[128];
	if (!f->ada)
		return f->tak_dilaporkan ? "tidak dilaporkan" : "-";
	if (f->text != NULL)
		return f->text;
	struct num_style st = angka_gaya(&c->report->meta, f->jenis, f->v);
	switch (f->kind) {
	case FIGURE_PERCENT:
		return dup(c, num_format_percent_dec(b, sizeof b, figure_dec(f), st));
	case FIGURE_RUPIAH:
		return dup(c, num_format_rupiah_dec(b, sizeof b, figure_dec(f), st));
	case FIGURE_COUNT:
	case FIGURE_INDEX:
	case FIGURE_GRADE:
	case FIGURE_TEXT:
		break;
	}
	num_format_dec(b, sizeof b, figure_dec(f), st);
	if (!satuan_ditulis(f->unit))
		return dup(c, b);
	if (satuan_rupiah(f->unit))
		return arena_printf(c->doc->arena, "Rp" NUM_NBSP "%s", b);
	if (strcmp(f->unit, "%") == 0)
		return arena_printf(c->doc->arena, "%s" NUM_NBSP "%%", b);
	return arena_printf(c->doc->arena, "%s" NUM_NBSP "%s", b, f->unit);
}

const char *fmt_rupiah(struct build_ctx *c, double v)
{
	char b[64];
	return dup(c, num_format_rupiah(b, sizeof b, v,
		angka_gaya(&c->report->meta, JENIS_RUPIAH, v)));
}

const char *fmt_terbilang(struct build_ctx *c, const struct figure *f)
{
	char b[1024];
	if (!f->ada || f->text != NULL)
		return NULL;
	if (f->kind == FIGURE_RUPIAH)
		return num_terbilang_rupiah(b, sizeof b, f->v) < 0 ? NULL :
			dup(c, b);
	if (num_terbilang_dec(b, sizeof b, figure_dec(f),
			angka_gaya(&c->report->meta, f->jenis, f->v)) < 0)
		return NULL;
	if (f->kind == FIGURE_PERCENT || (f->unit && !strcmp(f->unit, "%")))
		return arena_printf(c->doc->arena, "%s persen", b);
	if (satuan_rupiah(f->unit))
		return arena_printf(c->doc->arena, "%s rupiah", b);
	return dup(c, b);
}

const char *fmt_singkat(struct build_ctx *c, const struct figure *f)
{
	char b[128];
	if (!f->ada || f->text != NULL || f->kind != FIGURE_RUPIAH)
		return NULL;
	return dup(c, num_format_rupiah_singkat_dec(b, sizeof b, figure_dec(f),
		angka_gaya(&c->report->meta, f->jenis, f->v)));
}

const char *fmt_angka(struct build_ctx *c, double v)
{
	char b[64];
	/* Amounts keep their sen when they have any. */
	return dup(c, num_format(b, sizeof b, v, angka_gaya(&c->report->meta,
		JENIS_JUMLAH, v)));
}

const char *fmt_int(struct build_ctx *c, double v)
{
	char b[64];
	return dup(c, num_format(b, sizeof b, v, angka_gaya(&c->report->meta,
		JENIS_CACAH, v)));
}

const char *fmt_tahun(struct build_ctx *c, int from, int to)
{
	char b[32];
	return dup(c, num_format_years(b, sizeof b, from, to));
}

const char *fmt_cell_nilai(struct build_ctx *c, const struct nilai *n)
{
	if (n == NULL || !n->ada)
		return "-";
	if (n->grade != NULL)
		return n->teks ? n->teks : n->grade;
	/* The cell's exact digits (n->d), not its double: a value of more
	 * than 15 digits prints as typed. */
	char lo[64];
	struct num_style st = angka_gaya(&c->report->meta, JENIS_NILAI, n->v);
	num_format_dec(lo, sizeof lo, nilai_dec(n), st);
	if (n->is_rentang) {
		char r[160];
		return dup(c, num_format_range_dec(r, sizeof r, nilai_dec(n),
			nilai_dec_atas(n), st));
	}
	return dup(c, lo);
}

const char *fmt_tanggal(struct build_ctx *c, const char *iso)
{
	static const char *const BULAN[] = {"Januari", "Februari", "Maret",
		"April", "Mei", "Juni", "Juli", "Agustus", "September",
		"Oktober", "November", "Desember"};
	int y, m, d;
	if (iso == NULL)
		return "";
	/* A report dated by month only: "Januari 2025". */
	if (date_parse_bulan(iso, &y, &m))
		return arena_printf(c->doc->arena, "%s %d", DATE_BULAN[m - 1],
			y);
	if (sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3 || m < 1 || m > 12)
		return dup(c, iso);
	return arena_printf(c->doc->arena, "%d %s %d", d, BULAN[m - 1], y);
}

const char *fmt_nip(struct build_ctx *c, const char *nip)
{
	if (nip == NULL)
		return "";
	if (strlen(nip) != 18 || strspn(nip, "0123456789") != 18)
		return dup(c, nip);
	/* birth date (8), appointment month (6), sex (1), serial (3) */
	return arena_printf(c->doc->arena, "%.8s %.6s %.1s %.3s", nip, nip + 8,
		nip + 14, nip + 15);
}

const char *fmt_predikat(const struct predikat_band *b)
{
	return b ? b->nama : "-";
}
