/* The Renstra matrix (pagu_renstra.csv): each line's ceiling per Renstra
 * year, a parent's the sum of its lines, the period's the sum of its
 * years, when left empty; a typed one stays as typed (anggaran.csv's
 * rule) and is a warning when it does not add up. And the budget lines' progress toward the
 * Renstra end target (tingkat kemajuan, SPEC: R / T_end x 100). */
#include "metrics/metrics.h"
#include "metrics/internal.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "util/strmap.h"

static void lapor(struct diag_list *dl, struct src_pos pos,
	const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void lapor(struct diag_list *dl, struct src_pos pos,
	const char *fmt, ...)
{
	if (dl == NULL)
		return;
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(dl, DIAG_WARNING, pos, fmt, ap);
	va_end(ap);
}

static const struct renstra_tahun *tahun_of(const struct renstra *rs,
	int y)
{
	for (size_t i = 0; i < rs->ntahun; i++)
		if (rs->tahun[i].tahun == y)
			return &rs->tahun[i];
	return NULL;
}

/* The sum of the ceilings of rs's lines in the Renstra's year i; false
 * when it has none or one of them plans nothing that year. */
static bool jumlah_anak(const struct metrics *m, struct strmap *kode,
	const struct renstra *rs, size_t i, double *out)
{
	(void)m;
	double s = 0;
	for (size_t k = 0; k < rs->nanak; k++) {
		const struct metrik_renstra *a = strmap_get(kode,
			rs->anak[k]->kode);
		if (!a->ada_pagu[i])
			return false;
		s = angka_tambah(s, a->pagu[i]);
	}
	*out = s;
	return rs->nanak > 0;
}

/* The sum of a line's ceilings over the Renstra's years; false when a
 * year has none. */
static bool jumlah_tahun(const struct metrik_renstra *mr, double *out)
{
	double s = 0;
	for (size_t i = 0; i < mr->nth; i++) {
		if (!mr->ada_pagu[i])
			return false;
		s = angka_tambah(s, mr->pagu[i]);
	}
	*out = s;
	return mr->nth > 0;
}

/* Its lines first: a parent adds up lines already computed. */
static void hitung_baris(const struct report *r, struct metrics *m,
	struct strmap *kode, struct metrik_renstra *mr)
{
	const struct renstra *rs = mr->rs;
	const struct report_meta *meta = &r->meta;
	for (size_t k = 0; k < rs->nanak; k++)
		hitung_baris(r, m, kode, strmap_get(kode, rs->anak[k]->kode));
	for (size_t i = 0; i < mr->nth; i++) {
		const struct renstra_tahun *th = tahun_of(rs,
			meta->renstra_awal + (int)i);
		double jumlah;
		if (th && th->pagu.ada) {
			/* As typed, like anggaran.csv's parents: a sum over
			 * lines the Renstra got wrong is no better (cek_renstra
			 * says so). */
			mr->ada_pagu[i] = true;
			mr->pagu[i] = th->pagu.v;
		} else if (jumlah_anak(m, kode, rs, i, &jumlah)) {
			mr->ada_pagu[i] = true;
			mr->pagu[i] = jumlah;
			mr->pagu_dijumlah[i] = true;
		}
	}
	double jumlah;
	if (rs->pagu_akhir.ada) {
		mr->ada_pagu_akhir = true;
		mr->pagu_akhir = rs->pagu_akhir.v;
	} else if (jumlah_tahun(mr, &jumlah)) {
		mr->ada_pagu_akhir = true;
		mr->pagu_akhir = jumlah;
		mr->pagu_akhir_dijumlah = true;
	}
}

/* A budget line's progress toward its Renstra end target. A rate's
 * realisasi is this year's; a count's is the sum of the Renstra's years
 * so far, which anggaran.csv (one year) holds only in the first year. */
static void kemajuan(const struct report *r, struct metrik_anggaran *ma,
	struct diag_list *dl)
{
	const struct report_meta *meta = &r->meta;
	const struct anggaran *a = ma->a;
	const struct renstra *rs = model_renstra(r, a->kode);
	if (rs == NULL || !rs->target_akhir.ada || !a->realisasi.ada)
		return;
	if (rs->target_akhir.grade != NULL || a->realisasi.grade != NULL ||
			rs->target_akhir.is_rentang || a->realisasi.is_rentang)
		return;
	bool pertama = meta->tahun == meta->renstra_awal;
	if (!pertama && !(rs->ada_sifat && rs->sifat == SIFAT_PERSENTASE)) {
		lapor(dl, rs->target_akhir.pos, "no kemajuan for %s: %s", a->kode,
			rs->ada_sifat ? "an absolut line's progress counts the "
			"realisasi of every Renstra year so far, and anggaran.csv "
			"holds the reporting year's only" : "give its sifat "
			"(persentase or absolut) in pagu_renstra.csv");
		return;
	}
	if (rs->target_akhir.v == 0) {
		lapor(dl, rs->target_akhir.pos, "no kemajuan for %s: its "
			"target_akhir is 0", a->kode);
		return;
	}
	ma->ada_kemajuan = true;
	ma->kemajuan = angka_persen(a->realisasi.v, rs->target_akhir.v);
}

void hitung_renstra(const struct report *r, struct metrics *m,
	struct diag_list *dl)
{
	const struct report_meta *meta = &r->meta;
	size_t nth = meta->renstra_awal > 0 && meta->renstra_akhir >=
		meta->renstra_awal ? (size_t)(meta->renstra_akhir -
		meta->renstra_awal + 1) : 0;
	m->nrenstra = r->nrenstra;
	m->renstra = arena_alloc(m->arena, (r->nrenstra ? r->nrenstra : 1) *
		sizeof *m->renstra);
	struct strmap *kode = m->renstra_kode = strmap_new(m->arena);
	for (size_t i = 0; i < r->nrenstra; i++) {
		struct metrik_renstra *mr = &m->renstra[i];
		mr->rs = r->renstra[i];
		strmap_put(kode, mr->rs->kode, mr);
		mr->nth = nth;
		mr->ada_pagu = arena_alloc(m->arena, (nth ? nth : 1) *
			sizeof *mr->ada_pagu);
		mr->pagu = arena_alloc(m->arena, (nth ? nth : 1) *
			sizeof *mr->pagu);
		mr->pagu_dijumlah = arena_alloc(m->arena, (nth ? nth : 1) *
			sizeof *mr->pagu_dijumlah);
	}
	for (size_t i = 0; i < m->nrenstra; i++)
		if (m->renstra[i].rs->induk == NULL)
			hitung_baris(r, m, kode, &m->renstra[i]);
	for (size_t i = 0; i < m->nanggaran; i++)
		kemajuan(r, &m->anggaran[i], dl);
}

const struct metrik_renstra *metrics_renstra(const struct metrics *m,
	const char *kode)
{
	return m->renstra_kode ? strmap_get(m->renstra_kode, kode) : NULL;
}

void cek_renstra(const struct metrics *m, struct diag_list *dl)
{
	const struct report_meta *meta = &m->report->meta;
	char a[64], b[64];
	for (size_t k = 0; k < m->nrenstra; k++) {
		const struct metrik_renstra *mr = &m->renstra[k];
		const struct renstra *rs = mr->rs;
		for (size_t i = 0; i < mr->nth; i++) {
			int y = meta->renstra_awal + (int)i;
			const struct renstra_tahun *th = tahun_of(rs, y);
			double s;
			if (th == NULL || !th->pagu.ada || !jumlah_anak(m,
					m->renstra_kode, rs, i, &s) ||
					angka_kurang(s, th->pagu.v) == 0)
				continue;
			lapor(dl, th->pagu.pos, "pagu %d of %s is %s, but the "
				"sum of its %zu line%s is %s: the typed figure is "
				"printed", y, rs->kode, angka_teks(a, sizeof a,
				meta, JENIS_RUPIAH, th->pagu.v), rs->nanak,
				rs->nanak == 1 ? "" : "s", angka_teks(b, sizeof b,
				meta, JENIS_RUPIAH, s));
		}
		double s;
		if (rs->pagu_akhir.ada && jumlah_tahun(mr, &s) &&
				angka_kurang(s, rs->pagu_akhir.v) != 0)
			lapor(dl, rs->pagu_akhir.pos, "pagu_akhir of %s is %s, but "
				"the sum of its %zu years is %s: the typed figure "
				"is printed", rs->kode, angka_teks(a, sizeof a, meta,
				JENIS_RUPIAH, rs->pagu_akhir.v), mr->nth,
				angka_teks(b, sizeof b, meta, JENIS_RUPIAH, s));
	}
}
