/* metrics_compute: the formulas of formula.c applied to a loaded report.
 * Everything is kept in full precision; presentation rounds. */
#include "metrics/metrics.h"
#include "metrics/internal.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/strmap.h"
#include "util/xalloc.h"

static void lapor(struct diag_list *dl, enum diag_severity sev,
	struct src_pos pos, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void lapor(struct diag_list *dl, enum diag_severity sev,
	struct src_pos pos, const char *fmt, ...)
{
	if (dl == NULL)
		return;
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(dl, sev, pos, fmt, ap);
	va_end(ap);
}

/* The rules of which target and ceiling count live in the model. */
#define target_efektif model_target_efektif
#define pagu_efektif model_pagu_efektif

static const struct tahunan *cari_tahun(const struct indikator *ind, int th)
{
	for (size_t i = 0; i < ind->ntahun; i++)
		if (ind->tahun[i].tahun == th)
			return &ind->tahun[i];
	return NULL;
}

/* Numbers in messages: as the document prints a figure of that kind, with
 * the report's rounding ("108,57", "3.297.585.325"). */
static const char *angka(char *buf, size_t len, const struct report_meta *m,
	enum angka_jenis j, double v)
{
	return angka_teks(buf, len, m, j, v);
}

/* A typed cell in a message: the digits it was written with ("1,10"). */
static const char *tertulis(char *buf, size_t len, const struct nilai *n)
{
	struct num_style st = {nilai_desimal(n), ROUND_TRUNCATE, false};
	return num_ascii_minus(num_format_dec(buf, len, nilai_dec(n), st));
}

/* ---- Derived realisations ---- */

/* The rows of a series: through the loader's index (a scan of data.csv
 * per formula and year was quadratic), else all of data.csv. */
static const struct data_seri *cari_seri(const struct report *r,
	const char *seri, int th)
{
	if (r->data_seri != NULL) {
		const struct ptrvec *rows = strmap_get(r->data_seri, seri);
		for (size_t i = 0; rows != NULL && i < rows->n; i++) {
			const struct data_seri *d = rows->v[i];
			if (d->tahun == th && d->nilai.ada)
				return d;
		}
		return NULL;
	}
	for (size_t i = 0; i < r->ndata; i++)
		if (r->data[i].tahun == th && r->data[i].nilai.ada &&
			strcmp(r->data[i].seri, seri) == 0)
			return &r->data[i];
	return NULL;
}

static bool seri_dikenal(const struct report *r, const char *seri)
{
	if (r->data_seri != NULL)
		return strmap_get(r->data_seri, seri) != NULL;
	for (size_t i = 0; i < r->ndata; i++)
		if (strcmp(r->data[i].seri, seri) == 0)
			return true;
	return false;
}

/* The realisation of ind in year th: typed, or from its formula. Division
 * by zero in a formula is reported once per cell when dl is given. depth
 * guards against a jumlah_anak cycle. */
static bool realisasi_tahun(const struct report *r,
	const struct indikator *ind, int th, double *out,
	struct diag_list *dl, int depth)
{
	if (depth > 16)
		return false;
	const struct rumus *f = &ind->rumus;
	switch (f->jenis) {
	case RUMUS_TIDAK_ADA: {
		const struct tahunan *t = cari_tahun(ind, th);
		if (t == NULL || !t->realisasi.ada)
			return false;
		*out = t->realisasi.v;
		return true;
	}
	case RUMUS_RASIO: {
		if (f->nseri < 2)
			return false;
		const struct data_seri *a = cari_seri(r, f->seri[0], th);
		const struct data_seri *b = cari_seri(r, f->seri[1], th);
		if (a == NULL || b == NULL)
			return false;
		if (b->nilai.v == 0) {
			lapor(dl, DIAG_WARNING, b->nilai.pos,
				"%s: series \"%s\" is 0 in %d: the ratio for "
				"indicator %s is not computable", ind->kode,
				f->seri[1], th, ind->kode);
			return false;
		}
		*out = f->skala > 0 ? angka_per(a->nilai.v, b->nilai.v,
			f->skala) : angka_persen(a->nilai.v, b->nilai.v);
		return true;
	}
	case RUMUS_PERTUMBUHAN: {
		if (f->nseri < 1)
			return false;
		const struct data_seri *a = cari_seri(r, f->seri[0], th);
		const struct data_seri *p = cari_seri(r, f->seri[0], th - 1);
		if (a == NULL || p == NULL)
			return false;
		if (p->nilai.v == 0) {
			lapor(dl, DIAG_WARNING, p->nilai.pos,
				"series \"%s\" is 0 in %d: growth for %d "
				"(indicator %s) is not computable", f->seri[0],
				th - 1, th, ind->kode);
			return false;
		}
		*out = angka_persen(angka_kurang(a->nilai.v, p->nilai.v),
			p->nilai.v);
		return true;
	}
	case RUMUS_JUMLAH: {
		double s = 0;
		if (f->nseri == 0)
			return false;
		for (size_t i = 0; i < f->nseri; i++) {
			const struct data_seri *a = cari_seri(r, f->seri[i], th);
			if (a == NULL)
				return false;
			s = angka_tambah(s, a->nilai.v);
		}
		*out = s;
		return true;
	}
	case RUMUS_JUMLAH_ANAK: {
		double s = 0;
		if (ind->nanak == 0)
			return false;
		for (size_t i = 0; i < ind->nanak; i++) {
			double v;
			if (!realisasi_tahun(r, ind->anak[i], th, &v, dl,
				depth + 1))
				return false;
			s = angka_tambah(s, v);
		}
		*out = s;
		return true;
	}
	}
	return false;
}

/* Years that may hold a derived value: those of the series it reads (and
 * the next year for growth), or of its children. */
static void tahun_rumus(const struct report *r, const struct indikator *ind,
	int *v, size_t *n, size_t cap, int depth)
{
	const struct rumus *f = &ind->rumus;
	if (depth > 16)
		return;
	if (f->jenis == RUMUS_JUMLAH_ANAK) {
		for (size_t i = 0; i < ind->nanak; i++) {
			const struct indikator *a = ind->anak[i];
			for (size_t k = 0; k < a->ntahun && *n < cap; k++)
				v[(*n)++] = a->tahun[k].tahun;
			tahun_rumus(r, a, v, n, cap, depth + 1);
		}
		return;
	}
	if (f->jenis == RUMUS_TIDAK_ADA || f->nseri == 0)
		return;
	if (r->data_seri != NULL) {
		const struct ptrvec *rows = strmap_get(r->data_seri, f->seri[0]);
		for (size_t i = 0; rows != NULL && i < rows->n && *n < cap; i++)
			v[(*n)++] = ((const struct data_seri *)rows->v[i])->tahun +
				(f->jenis == RUMUS_PERTUMBUHAN);
		return;
	}
	for (size_t i = 0; i < r->ndata && *n < cap; i++)
		if (strcmp(r->data[i].seri, f->seri[0]) == 0)
			v[(*n)++] = r->data[i].tahun +
				(f->jenis == RUMUS_PERTUMBUHAN);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

/* ---- Indicators ---- */

static void status_lapor(struct diag_list *dl, enum capaian_status st,
	const struct indikator *ind, const struct tahunan *t,
	const struct nilai *target)
{
	switch (st) {
	case CAPAIAN_TARGET_NOL:
		lapor(dl, DIAG_WARNING, target->pos,
			"indicator %s, %d: target is 0, capaian is not "
			"computable", ind->kode, t->tahun);
		break;
	case CAPAIAN_REALISASI_NOL:
		lapor(dl, DIAG_WARNING, t->realisasi.pos,
			"indicator %s, %d: realisasi is 0, capaian T/R "
			"(negative polarity, ratio form) is not computable",
			ind->kode, t->tahun);
		break;
	case CAPAIAN_GRADE_TAK_DIKENAL:
		lapor(dl, DIAG_WARNING, t->realisasi.pos,
			"indicator %s, %d: grade \"%s\" / \"%s\" not in "
			"perhitungan.nilai_kualitatif", ind->kode, t->tahun,
			target->grade ? target->grade : target->teks ?
			target->teks : "",
			t->realisasi.grade ? t->realisasi.grade :
			t->realisasi.teks ? t->realisasi.teks : "");
		break;
	case CAPAIAN_OK:
	case CAPAIAN_TANPA_DATA:
		break;
	}
}

/* Where the series are, as the user keeps them: data.csv, or the sheet
 * data of the report's workbook. */
static const char *asal_data(const struct report *r, char *buf, size_t len)
{
	if (r->workbook == NULL)
		return "data.csv";
	const char *f = r->ndata > 0 ? r->data[0].nilai.pos.file : NULL;
	if (f != NULL && strstr(f, DIAG_SHEET) != NULL)
		snprintf(buf, len, "the sheet data of %s", r->workbook);
	else if (r->ndata > 0)
		return "data.csv";
	else
		snprintf(buf, len, "data.csv (or the sheet data of %s)",
			r->workbook);
	return buf;
}

/* A derived indicator whose formula cannot compute a year (its series
 * start later) takes the realisasi typed in kinerja.csv: said once, as a
 * note, where the cell is. */
static void realisasi_diketik_lapor(const struct report *r,
	const struct indikator *ind, const struct tahunan *t,
	struct diag_list *dl)
{
	char a[64], asal[96];
	lapor(dl, DIAG_NOTE, t->realisasi.pos, "indicator %s, %d: the rumus "
		"cannot compute this year from %s; the typed realisasi "
		"%s is used, marked *) in the tables", ind->kode, t->tahun,
		asal_data(r, asal, sizeof asal),
		tertulis(a, sizeof a, &t->realisasi));
}

/* A realisasi typed beside a formula that computes the year: the
 * formula's is used, so a typed one that disagrees is reported. */
static void realisasi_rumus_cek(const struct report *r,
	const struct indikator *ind, const struct tahunan *t, double v,
	struct diag_list *dl)
{
	if (ind->rumus.jenis == RUMUS_TIDAK_ADA || t == NULL ||
			!t->realisasi.ada || t->realisasi.grade != NULL ||
			metrics_sesuai_pembulatan(t->realisasi.v,
				nilai_desimal(&t->realisasi), v))
		return;
	char a[64], b[64];
	lapor(dl, DIAG_WARNING, t->realisasi.pos, "indicator %s, %d: the "
		"typed realisasi %s differs from %s computed by its rumus (the "
		"rumus's is used)", ind->kode, t->tahun,
		tertulis(a, sizeof a, &t->realisasi),
		angka(b, sizeof b, &r->meta, JENIS_NILAI, v));
}

/* Some agencies compute capaian from the figures as printed: target and
 * realisasi rounded to the report's pembulatan.nilai first. Grades and
 * ranges are left as they are. */
static void tampilan(const struct report_meta *meta, struct nilai *t,
	struct nilai *r)
{
	struct nilai *v[] = {t, r};
	for (int i = 0; i < 2; i++) {
		if (!v[i]->ada || v[i]->grade != NULL || v[i]->is_rentang)
			continue;
		v[i]->v = angka_tampilan(v[i]->v, meta->fmt_nilai);
		v[i]->d = DEC_NONE;
	}
}

static void hitung_indikator(const struct report *r, struct metrics *m,
	struct metrik_indikator *mi, struct diag_list *dl)
{
	const struct indikator *ind = mi->ind;
	const struct report_meta *meta = &r->meta;

	if (ind->rumus.jenis != RUMUS_TIDAK_ADA &&
		ind->rumus.jenis != RUMUS_JUMLAH_ANAK)
		for (size_t i = 0; i < ind->rumus.nseri; i++)
			if (!seri_dikenal(r, ind->rumus.seri[i])) {
				char asal[96];
				lapor(dl, DIAG_WARNING, ind->rumus.pos,
					"indicator %s: formula refers to series "
					"\"%s\", which %s does not have",
					ind->kode, ind->rumus.seri[i],
					asal_data(r, asal, sizeof asal));
			}

	/* Candidate years: the indicator's rows plus what a formula reads
	 * (at most every row of data.csv). Only a formula needs room for
	 * data.csv: zeroing that much for each of 100,000 indicators took
	 * most of a check. */
	size_t cap = ind->ntahun + 64 +
		(ind->rumus.jenis != RUMUS_TIDAK_ADA ? r->ndata : 0), n = 0;
	int *th = xcalloc(cap, sizeof *th);
	for (size_t i = 0; i < ind->ntahun; i++)
		th[n++] = ind->tahun[i].tahun;
	tahun_rumus(r, ind, th, &n, cap, 0);
	qsort(th, n, sizeof *th, cmp_int);

	mi->tahun = arena_alloc(m->arena, (n ? n : 1) * sizeof *mi->tahun);
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && th[i] == th[i - 1])
			continue;
		const struct tahunan *t = cari_tahun(ind, th[i]);
		struct metrik_tahun *y = &mi->tahun[mi->ntahun];
		memset(y, 0, sizeof *y);
		y->tahun = th[i];
		y->status = CAPAIAN_TANPA_DATA;
		const struct nilai *tg = t ? target_efektif(t) : NULL;
		if (tg != NULL && tg->ada) {
			y->ada_target = true;
			y->target = tg->v;
		}
		double rv;
		if (realisasi_tahun(r, ind, th[i], &rv, dl, 0)) {
			y->ada_realisasi = true;
			y->realisasi = rv;
			realisasi_rumus_cek(r, ind, t, rv, dl);
		} else if (ind->rumus.jenis != RUMUS_TIDAK_ADA && t != NULL &&
				t->realisasi.ada) {
			/* The series start later than the years shown: the
			 * typed realisasi stands in, marked, never dropped. */
			y->ada_realisasi = true;
			y->realisasi = t->realisasi.v;
			y->realisasi_diketik = true;
			realisasi_diketik_lapor(r, ind, t, dl);
		}
		if (!y->ada_target && !y->ada_realisasi)
			continue;
		if (y->ada_target && y->ada_realisasi) {
			/* Build a realisation cell carrying the derived value
			 * but the typed cell's grade and place. */
			struct nilai real = {0};
			if (t != NULL)
				real = t->realisasi;
			real.ada = true;
			real.v = y->realisasi;
			struct nilai tgt = *tg;
			if (meta->capaian_tampilan)
				tampilan(meta, &tgt, &real);
			y->status = capaian_hitung(ind->polaritas, &tgt, &real,
				meta, &y->capaian);
			if (t != NULL)
				status_lapor(dl, y->status, ind, t, tg);
		}
		if (y->status == CAPAIAN_OK) {
			y->capaian_dibatasi = y->capaian;
			if (meta->has_batas_capaian &&
				y->capaian > meta->batas_capaian)
				y->capaian_dibatasi = meta->batas_capaian;
			y->predikat = predikat_cari(&meta->skala, y->capaian);
		}
		mi->ntahun++;
	}
	free(th);

	mi->ini = metrics_tahun(mi, meta->tahun);
	mi->lalu = metrics_tahun(mi, meta->tahun - 1);

	/* Year on year: the realisation moved up, down or not at all. */
	if (mi->ini && mi->lalu && mi->ini->ada_realisasi &&
		mi->lalu->ada_realisasi) {
		mi->ada_perubahan = true;
		mi->perubahan = angka_kurang(mi->ini->realisasi,
			mi->lalu->realisasi);
		mi->arah = arah_perubahan(mi->perubahan);
	}

	/* Renstra end target. A grade ("Paripurna") is the last year's,
	 * never a sum, and progress to it is its capaian (the report's
	 * grade mapping). */
	if (ind->polaritas == POLARITAS_KUALITATIF) {
		const struct nilai *tg = ind->target_akhir.ada ?
			&ind->target_akhir : NULL;
		const struct tahunan *ta = cari_tahun(ind, meta->renstra_akhir);
		if (tg == NULL && ta != NULL)
			tg = ta->target.ada ? &ta->target : target_efektif(ta);
		const struct tahunan *ti = cari_tahun(ind, meta->tahun);
		double k;
		if (tg != NULL && tg->ada) {
			mi->ada_target_akhir = true;
			mi->target_akhir = tg->v;
			mi->target_akhir_grade = tg;
			if (ti != NULL && capaian_hitung(POLARITAS_KUALITATIF,
					tg, &ti->realisasi, meta, &k) ==
					CAPAIAN_OK) {
				mi->ada_kemajuan = true;
				mi->kemajuan = k;
				mi->realisasi_kumulatif = ti->realisasi.v;
			}
		}
	} else if (ind->target_akhir.ada) {
		mi->ada_target_akhir = true;
		mi->target_akhir = ind->target_akhir.v;
	} else if (ind->sifat == SIFAT_PERSENTASE) {
		const struct tahunan *t = cari_tahun(ind, meta->renstra_akhir);
		const struct nilai *tg = NULL;
		if (t != NULL)
			tg = t->target.ada ? &t->target : target_efektif(t);
		if (tg != NULL && tg->ada) {
			mi->ada_target_akhir = true;
			mi->target_akhir = tg->v;
		}
	} else {
		/* A count: the period's end target is the sum of its yearly
		 * targets (Renstra: "akumulasi"). */
		double s = 0;
		bool ada = false;
		for (int y = meta->renstra_awal; y <= meta->renstra_akhir &&
			meta->renstra_awal > 0; y++) {
			const struct tahunan *t = cari_tahun(ind, y);
			if (t == NULL)
				continue;
			const struct nilai *tg = t->target.ada ? &t->target :
				target_efektif(t);
			if (tg->ada) {
				s = angka_tambah(s, tg->v);
				ada = true;
			}
		}
		if (ada) {
			mi->ada_target_akhir = true;
			mi->target_akhir = s;
		}
	}
	if (mi->ada_target_akhir && mi->target_akhir != 0 && mi->ini &&
		mi->ini->ada_realisasi && ind->polaritas != POLARITAS_KUALITATIF) {
		double rr = mi->ini->realisasi;
		if (ind->sifat == SIFAT_ABSOLUT) {
			/* Counts accumulate over the Renstra period. */
			rr = 0;
			for (size_t i = 0; i < mi->ntahun; i++) {
				const struct metrik_tahun *y = &mi->tahun[i];
				if (y->tahun >= meta->renstra_awal &&
					y->tahun <= meta->tahun &&
					y->ada_realisasi)
					rr = angka_tambah(rr, y->realisasi);
			}
		}
		mi->realisasi_kumulatif = rr;
		mi->ada_kemajuan = true;
		double ta = mi->target_akhir;
		/* The capaian rule of the indicator's polarity, against the
		 * end target: a maternal mortality of 78,56 against an end
		 * target of 75 is short of it (95,25 %), not past it
		 * (78,56 / 75 = 104,75 %). */
		switch (ind->polaritas) {
		case POLARITAS_NEGATIF:
			mi->kemajuan = angka_persen(angka_kurang(angka_kali(2,
				ta), rr), ta);
			break;
		case POLARITAS_NEGATIF_RASIO:
			if (rr == 0)
				mi->ada_kemajuan = false;
			else
				mi->kemajuan = angka_persen(ta, rr);
			break;
		case POLARITAS_POSITIF:
		case POLARITAS_RENTANG:
		case POLARITAS_KUALITATIF:
			mi->kemajuan = angka_persen(rr, ta);
			break;
		}
	}

	/* Comparison with a standard. */
	const struct tahunan *ti = cari_tahun(ind, meta->tahun);
	if (ti != NULL && ti->standar.ada) {
		mi->ada_standar = true;
		mi->standar = ti->standar.v;
		if (mi->ini && mi->ini->ada_realisasi && ti->standar.v != 0)
			mi->banding_standar = angka_persen(
				mi->ini->realisasi, ti->standar.v);
		else
			mi->banding_standar = NAN;
	}
}

/* ---- Budget ---- */

/* Whether a budget line's parent (programme or kegiatan) already names
 * sasaran s: its money then counts once, at the parent. */
bool anggaran_leluhur_tertaut(const struct anggaran *a,
	const struct indikator *s)
{
	for (const struct anggaran *p = a->induk; p != NULL; p = p->induk)
		if (model_anggaran_sasaran(p, s))
			return true;
	return false;
}

double capaian_dibatasi(const struct report_meta *meta, double c)
{
	if (meta->has_batas_capaian && c > meta->batas_capaian)
		return meta->batas_capaian;
	return c;
}

double efisiensi_dengan(enum efisiensi_metode mt, double capaian,
	double serapan, const struct pmk214_keluaran *k, size_t nk)
{
	switch (mt) {
	case EFISIENSI_SELISIH:
		return efisiensi_selisih(capaian, serapan);
	case EFISIENSI_RASIO:
		return efisiensi_rasio(capaian, serapan);
	case EFISIENSI_PMK214:
		return efisiensi_pmk214(k, nk);
	case EFISIENSI_SISA:
		return efisiensi_sisa(serapan);
	}
	return NAN;
}

/* A program or kegiatan row left empty: the sum of its lines, computed
 * before it (metrics_compute goes from sub kegiatan up). A typed total
 * stays as typed, and is checked against the sum (cek_anggaran). */
static void jumlah_anak(const struct metrics *m, struct metrik_anggaran *ma,
	bool *ada_pagu, bool *ada_realisasi)
{
	const struct anggaran *a = ma->a;
	if (a->nanak == 0)
		return;
	bool pagu = !*ada_pagu, real = !*ada_realisasi;
	for (size_t i = 0; i < a->nanak; i++) {
		const struct metrik_anggaran *c = metrics_anggaran(m,
			a->anak[i]->kode);
		if (pagu) {
			ma->pagu = angka_tambah(ma->pagu, c->pagu);
			ma->pagu_awal = angka_tambah(ma->pagu_awal,
				c->pagu_awal);
		}
		if (real) {
			ma->realisasi = angka_tambah(ma->realisasi,
				c->realisasi);
			/* No partial sum passed off as the whole. */
			ma->tak_dilaporkan |= c->tak_dilaporkan;
		}
	}
	ma->pagu_dijumlah = pagu;
	ma->realisasi_dijumlah = real;
	*ada_pagu = *ada_realisasi = true;
}

/* Sums pagu/realisasi over the given lines and, for PMK 214, collects the
 * outputs under them (lines without an output capaian cannot take
 * part). */
struct kumpulan {
	double pagu, pagu_awal, realisasi;
	bool tak_dilaporkan;          /* a line's realisasi is not known */
	/* An output's realisasi is not known: PMK 214 is not computable
	 * (no partial sum), so k is emptied and stays so. */
	bool keluaran_tak_dilaporkan;
	struct pmk214_keluaran *k;
	size_t nk;
};

/* Does a line below a carry an output capaian? */
static bool keluaran_di_bawah(const struct metrics *m,
	const struct anggaran *a)
{
	for (size_t i = 0; i < a->nanak; i++) {
		const struct metrik_anggaran *c = metrics_anggaran(m,
			a->anak[i]->kode);
		if ((c != NULL && c->ada_capaian) ||
				keluaran_di_bawah(m, a->anak[i]))
			return true;
	}
	return false;
}

/* PMK 214/2017 weighs outputs (keluaran): the lowest lines under a (or a
 * itself) that carry an output capaian, so a programme whose sub
 * kegiatan have targets is measured by them, not by its own outcome
 * indicator; a branch with no capaian below its top takes the top's. */
void anggaran_keluaran(const struct metrics *m, const struct anggaran *a,
	const struct anggaran **out, size_t *n)
{
	if (keluaran_di_bawah(m, a)) {
		for (size_t i = 0; i < a->nanak; i++)
			anggaran_keluaran(m, a->anak[i], out, n);
		return;
	}
	const struct metrik_anggaran *ma = metrics_anggaran(m, a->kode);
	if (ma != NULL && ma->ada_capaian)
		out[(*n)++] = a;
}

static void keluaran(const struct metrics *m, const struct anggaran *a,
	const struct report_meta *meta, struct kumpulan *s)
{
	if (keluaran_di_bawah(m, a)) {
		for (size_t i = 0; i < a->nanak; i++)
			keluaran(m, a->anak[i], meta, s);
		return;
	}
	const struct metrik_anggaran *ma = metrics_anggaran(m, a->kode);
	if (ma == NULL || !ma->ada_capaian || s->keluaran_tak_dilaporkan)
		return;
	if (ma->tak_dilaporkan) {
		s->keluaran_tak_dilaporkan = true;
		s->nk = 0;
		return;
	}
	struct pmk214_keluaran *k = &s->k[s->nk++];
	k->pagu = ma->pagu;
	k->realisasi = ma->realisasi;
	k->capaian = angka_bagi(capaian_dibatasi(meta, ma->capaian), 100);
}

static void hitung_anggaran(const struct report *r, const struct metrics *m,
	struct metrik_anggaran *ma, struct pmk214_keluaran *kbuf,
	struct diag_list *dl)
{
	const struct anggaran *a = ma->a;
	const struct report_meta *meta = &r->meta;
	ma->pagu_awal = a->pagu_awal.ada ? a->pagu_awal.v : 0;
	const struct nilai *pg = pagu_efektif(a);
	ma->pagu = pg->ada ? pg->v : 0;
	ma->realisasi = a->realisasi_anggaran.ada ? a->realisasi_anggaran.v : 0;
	bool ada_pagu = pg->ada, ada_real = a->realisasi_anggaran.ada;
	jumlah_anak(m, ma, &ada_pagu, &ada_real);
	ma->tak_dilaporkan |= !ada_real;
	if (ada_pagu && !ma->tak_dilaporkan && ma->pagu != 0) {
		ma->ada_serapan = true;
		ma->serapan = serapan_hitung(ma->realisasi, ma->pagu);
	}
	double c;
	enum capaian_status st = capaian_hitung(POLARITAS_POSITIF, &a->target,
		&a->realisasi, meta, &c);
	if (st == CAPAIAN_OK) {
		ma->ada_capaian = true;
		ma->capaian = c;
	} else if (st == CAPAIAN_TARGET_NOL) {
		lapor(dl, DIAG_WARNING, a->target.pos,
			"budget line %s: target is 0, output capaian is not "
			"computable", a->kode);
	}
	/* PMK 214: the outputs under the line (its own capaian when none
	 * below has one). */
	if (meta->efisiensi == EFISIENSI_PMK214) {
		struct kumpulan s = {0, 0, 0, false, false, kbuf, 0};
		keluaran(m, a, meta, &s);
		double e = efisiensi_pmk214(s.k, s.nk);
		if (ma->ada_serapan && !isnan(e)) {
			ma->ada_efisiensi = true;
			ma->efisiensi = e;
		}
	/* The unspent share needs no output capaian. */
	} else if ((ma->ada_capaian || meta->efisiensi == EFISIENSI_SISA) &&
			ma->ada_serapan) {
		double cb = ma->ada_capaian ? capaian_dibatasi(meta, ma->capaian)
			: NAN;
		struct pmk214_keluaran k = {ma->pagu, ma->realisasi,
			angka_bagi(cb, 100)};
		double e = efisiensi_dengan(meta->efisiensi, cb, ma->serapan,
			&k, 1);
		if (!isnan(e)) {
			ma->ada_efisiensi = true;
			ma->efisiensi = e;
		}
	}
}

static void kumpul(const struct metrics *m, const struct metrik_anggaran *ma,
	const struct report_meta *meta, struct kumpulan *s)
{
	s->pagu = angka_tambah(s->pagu, ma->pagu);
	s->pagu_awal = angka_tambah(s->pagu_awal, ma->pagu_awal);
	s->realisasi = angka_tambah(s->realisasi, ma->realisasi);
	s->tak_dilaporkan |= ma->tak_dilaporkan;
	if (meta->efisiensi == EFISIENSI_PMK214)
		keluaran(m, ma->a, meta, s);
}

/* Does an ancestor of line a support ind too? Then a's money is in the
 * ancestor's already. */
static bool leluhur_mendukung(const struct anggaran *a,
	const struct indikator *ind)
{
	for (const struct anggaran *p = a->induk; p != NULL; p = p->induk)
		for (size_t i = 0; i < p->nmendukung; i++)
			if (p->mendukung[i] == ind)
				return true;
	return false;
}

/* Efficiency per indicator: the money of the budget lines that support
 * it (the highest linked line of each branch), against its capaian. */
static void efisiensi_indikator(const struct metrics *m,
	struct metrik_indikator *mi, struct pmk214_keluaran *kbuf)
{
	const struct report_meta *meta = &m->report->meta;
	struct kumpulan k = {0, 0, 0, false, false, kbuf, 0};
	for (size_t i = 0; i < m->nanggaran; i++) {
		const struct anggaran *a = m->anggaran[i].a;
		bool ya = false;
		for (size_t j = 0; j < a->nmendukung && !ya; j++)
			ya = a->mendukung[j] == mi->ind;
		if (!ya || leluhur_mendukung(a, mi->ind))
			continue;
		kumpul(m, &m->anggaran[i], meta, &k);
		mi->ada_anggaran = true;
	}
	if (!mi->ada_anggaran)
		return;
	mi->pagu = k.pagu;
	mi->realisasi_anggaran = k.realisasi;
	mi->tak_dilaporkan = k.tak_dilaporkan;
	if (k.pagu != 0 && !k.tak_dilaporkan) {
		mi->ada_serapan = true;
		mi->serapan = serapan_hitung(k.realisasi, k.pagu);
	}
	bool cap = mi->ini && mi->ini->status == CAPAIAN_OK;
	if (mi->ada_serapan && (cap || meta->efisiensi == EFISIENSI_SISA)) {
		double e = efisiensi_dengan(meta->efisiensi, cap ?
			capaian_dibatasi(meta, mi->ini->capaian) : NAN,
			mi->serapan, k.k, k.nk);
		if (!isnan(e)) {
			mi->ada_efisiensi = true;
			mi->efisiensi = e;
		}
	}
}

bool indikator_tujuan(const struct indikator *ind)
{
	return ind->induk != NULL && ind->induk->tingkat == TINGKAT_TUJUAN;
}

/* ---- The whole report ---- */

struct metrics *metrics_compute(const struct report *r, struct diag_list *dl)
{
	struct arena *ar = arena_new();
	struct metrics *m = arena_alloc(ar, sizeof *m);
	const struct report_meta *meta = &r->meta;
	m->arena = ar;
	m->report = r;

	size_t ni = 0, ns = 0;
	for (size_t i = 0; i < r->nindikator; i++) {
		ni += r->indikator[i]->tingkat == TINGKAT_INDIKATOR;
		ns += r->indikator[i]->tingkat == TINGKAT_SASARAN;
	}
	m->indikator = arena_alloc(ar, (ni ? ni : 1) * sizeof *m->indikator);
	m->sasaran = arena_alloc(ar, (ns ? ns : 1) * sizeof *m->sasaran);
	m->indikator_kode = strmap_new(ar);
	m->sasaran_kode = strmap_new(ar);
	m->anggaran_kode = strmap_new(ar);
	for (size_t i = 0; i < r->nindikator; i++) {
		struct indikator *ind = r->indikator[i];
		if (ind->tingkat == TINGKAT_INDIKATOR) {
			struct metrik_indikator *mi =
				&m->indikator[m->nindikator++];
			mi->ind = ind;
			/* Before hitung: it sees the indicators so far, as a
			 * scan of m->indikator would. */
			strmap_put(m->indikator_kode, ind->kode, mi);
			hitung_indikator(r, m, mi, dl);
		} else if (ind->tingkat == TINGKAT_SASARAN) {
			m->sasaran[m->nsasaran].sasaran = ind;
			strmap_put(m->sasaran_kode, ind->kode,
				&m->sasaran[m->nsasaran++]);
		}
	}

	m->anggaran = arena_alloc(ar,
		(r->nanggaran ? r->nanggaran : 1) * sizeof *m->anggaran);
	m->nanggaran = r->nanggaran;
	for (size_t i = 0; i < r->nanggaran; i++) {
		m->anggaran[i].a = r->anggaran[i];
		strmap_put(m->anggaran_kode, r->anggaran[i]->kode,
			&m->anggaran[i]);
	}
	struct pmk214_keluaran *kbuf = arena_alloc(ar,
		(r->nanggaran ? r->nanggaran : 1) * sizeof *kbuf);
	/* Sub kegiatan first, programs last: an empty parent adds up
	 * lines already computed. */
	for (int t = ANGGARAN_SUBKEGIATAN; t >= (int)ANGGARAN_PROGRAM; t--)
		for (size_t i = 0; i < r->nanggaran; i++)
			if ((int)r->anggaran[i]->tingkat == t)
				hitung_anggaran(r, m, &m->anggaran[i], kbuf, dl);

	double *buf = arena_alloc(ar, (ni ? ni : 1) * sizeof *buf);

	/* Per sasaran: capaian from its indicators, money from the budget
	 * lines linked to it (the highest linked line of each branch, so a
	 * kegiatan under a linked program is not counted twice). */
	for (size_t s = 0; s < m->nsasaran; s++) {
		struct metrik_sasaran *ms = &m->sasaran[s];
		size_t n = 0;
		/* Its children, in file order (not a scan of all
		 * indicators per sasaran). */
		for (size_t i = 0; i < ms->sasaran->nanak; i++) {
			const struct metrik_indikator *mi = metrics_indikator(m,
				ms->sasaran->anak[i]->kode);
			if (mi != NULL && mi->ini &&
				mi->ini->status == CAPAIAN_OK)
				buf[n++] = mi->ini->capaian;
		}
		/* NAN when every capaian was left out as implausible. */
		double rr = n > 0 ? capaian_rata_rata(buf, n, meta) : NAN;
		if (!isnan(rr)) {
			ms->ada_capaian = true;
			ms->capaian = rr;
			ms->predikat = predikat_cari(&meta->skala, ms->capaian);
		}
		struct kumpulan k = {0, 0, 0, false, false, kbuf, 0};
		size_t nlines = 0;
		for (size_t i = 0; i < m->nanggaran; i++) {
			const struct anggaran *a = m->anggaran[i].a;
			if (!model_anggaran_sasaran(a, ms->sasaran) ||
				anggaran_leluhur_tertaut(a, ms->sasaran))
				continue;
			kumpul(m, &m->anggaran[i], meta, &k);
			nlines++;
		}
		ms->pagu = k.pagu;
		ms->realisasi = k.realisasi;
		ms->tak_dilaporkan = k.tak_dilaporkan;
		if (nlines > 0 && k.pagu != 0 && !k.tak_dilaporkan) {
			ms->ada_serapan = true;
			ms->serapan = serapan_hitung(k.realisasi, k.pagu);
		}
		if (ms->ada_capaian && ms->ada_serapan) {
			double e = efisiensi_dengan(meta->efisiensi,
				capaian_dibatasi(meta, ms->capaian), ms->serapan,
				k.k, k.nk);
			if (!isnan(e)) {
				ms->ada_efisiensi = true;
				ms->efisiensi = e;
			}
		}
	}

	/* Overall: mean over the sasaran's indicators (those of a tujuan
	 * are shown and followed on their own, as the tables show them);
	 * money over the top lines. */
	size_t n = 0;
	for (size_t i = 0; i < m->nindikator; i++) {
		const struct metrik_indikator *mi = &m->indikator[i];
		if (indikator_tujuan(mi->ind))
			continue;
		if (mi->ini && mi->ini->status == CAPAIAN_OK) {
			buf[n++] = mi->ini->capaian;
			m->tak_wajar += meta->ambang_wajar > 0 &&
				mi->ini->capaian > meta->ambang_wajar;
		}
	}
	double rr = n > 0 ? capaian_rata_rata(buf, n, meta) : NAN;
	if (!isnan(rr)) {
		m->ada_capaian = true;
		m->capaian = rr;
		m->predikat = predikat_cari(&meta->skala, m->capaian);
	}
	struct kumpulan k = {0, 0, 0, false, false, kbuf, 0};
	for (size_t i = 0; i < m->nanggaran; i++)
		if (m->anggaran[i].a->induk == NULL)
			kumpul(m, &m->anggaran[i], meta, &k);
	m->pagu = k.pagu;
	m->pagu_awal = k.pagu_awal;
	m->realisasi = k.realisasi;
	m->tak_dilaporkan = k.tak_dilaporkan;
	if (k.pagu != 0 && !k.tak_dilaporkan) {
		m->ada_serapan = true;
		m->serapan = serapan_hitung(k.realisasi, k.pagu);
	}
	if (m->ada_capaian && m->ada_serapan) {
		double e = efisiensi_dengan(meta->efisiensi,
			capaian_dibatasi(meta, m->capaian), m->serapan, k.k,
			k.nk);
		if (!isnan(e)) {
			m->ada_efisiensi = true;
			m->efisiensi = e;
		}
	}

	hitung_renstra(r, m, dl);
	hitung_belanja(r, m);
	/* A scan of the lines per indicator: only when a line names any
	 * (100,000 indicators and no mendukung is the common large case). */
	bool mendukung = false;
	for (size_t i = 0; i < r->nanggaran && !mendukung; i++)
		mendukung = r->anggaran[i]->nmendukung > 0;
	for (size_t i = 0; mendukung && i < m->nindikator; i++)
		efisiensi_indikator(m, &m->indikator[i], kbuf);

	/* SAKIP evaluation: total per year, years ascending. */
	int *yrs = arena_alloc(ar, (r->nsakip ? r->nsakip : 1) * sizeof *yrs);
	size_t ny = 0;
	for (size_t i = 0; i < r->nsakip; i++) {
		bool seen = false;
		for (size_t j = 0; j < ny; j++)
			seen |= yrs[j] == r->sakip[i].tahun;
		if (!seen)
			yrs[ny++] = r->sakip[i].tahun;
	}
	qsort(yrs, ny, sizeof *yrs, cmp_int);
	m->sakip = arena_alloc(ar, (ny ? ny : 1) * sizeof *m->sakip);
	m->nsakip = ny;
	for (size_t j = 0; j < ny; j++) {
		struct metrik_sakip *sk = &m->sakip[j];
		sk->tahun = yrs[j];
		for (size_t i = 0; i < r->nsakip; i++)
			if (r->sakip[i].tahun == yrs[j] &&
				r->sakip[i].nilai.ada)
				sk->total = angka_tambah(sk->total,
					r->sakip[i].nilai.v);
		sk->grade = sakip_grade(sk->total);
	}

	/* Staff: each kelompok breaks down the same people, so the head
	 * count is the total of the first kelompok (validate compares the
	 * others against it). */
	const char *kel = r->npegawai ? r->pegawai[0].kelompok : NULL;
	for (size_t i = 0; i < r->npegawai; i++) {
		const struct pegawai *p = &r->pegawai[i];
		if (kel == NULL || p->kelompok == NULL ||
			strcmp(p->kelompok, kel) != 0)
			continue;
		if (p->laki_laki.ada)
			m->pegawai_laki_laki = angka_tambah(
				m->pegawai_laki_laki, p->laki_laki.v);
		if (p->perempuan.ada)
			m->pegawai_perempuan = angka_tambah(
				m->pegawai_perempuan, p->perempuan.v);
	}
	metrics_figure_table(m);
	return m;
}

void metrics_free(struct metrics *m)
{
	if (m == NULL)
		return;
	arena_free(m->arena);
}

const struct metrik_indikator *metrics_indikator(const struct metrics *m,
	const char *kode)
{
	if (m->indikator_kode != NULL)
		return strmap_get(m->indikator_kode, kode);
	for (size_t i = 0; i < m->nindikator; i++)
		if (strcmp(m->indikator[i].ind->kode, kode) == 0)
			return &m->indikator[i];
	return NULL;
}

const struct metrik_sasaran *metrics_sasaran(const struct metrics *m,
	const char *kode)
{
	if (m->sasaran_kode != NULL)
		return strmap_get(m->sasaran_kode, kode);
	for (size_t i = 0; i < m->nsasaran; i++)
		if (strcmp(m->sasaran[i].sasaran->kode, kode) == 0)
			return &m->sasaran[i];
	return NULL;
}

const struct metrik_anggaran *metrics_anggaran(const struct metrics *m,
	const char *kode)
{
	if (m->anggaran_kode != NULL)
		return strmap_get(m->anggaran_kode, kode);
	for (size_t i = 0; i < m->nanggaran; i++)
		if (strcmp(m->anggaran[i].a->kode, kode) == 0)
			return &m->anggaran[i];
	return NULL;
}

const struct metrik_tahun *metrics_tahun(const struct metrik_indikator *mi,
	int tahun)
{
	if (mi == NULL)
		return NULL;
	for (size_t i = 0; i < mi->ntahun; i++)
		if (mi->tahun[i].tahun == tahun)
			return &mi->tahun[i];
	return NULL;
}

bool metrics_capaian_tahun(const struct metrics *m,
	const struct indikator *sasaran, int tahun, double *out)
{
	double *buf = arena_alloc(m->arena,
		(m->nindikator ? m->nindikator : 1) * sizeof *buf);
	size_t n = 0;
	for (size_t i = 0; i < m->nindikator; i++) {
		const struct metrik_indikator *mi = &m->indikator[i];
		const struct metrik_tahun *mt = metrics_tahun(mi, tahun);
		if ((sasaran == NULL ? !indikator_tujuan(mi->ind) :
				mi->ind->induk == sasaran) && mt &&
				mt->status == CAPAIAN_OK)
			buf[n++] = mt->capaian;
	}
	if (n == 0)
		return false;
	*out = capaian_rata_rata(buf, n, &m->report->meta);
	return !isnan(*out);
}

/* ---- Validation (SPEC section 4) ---- */

static void cek_capaian_tertulis(const struct report_meta *m,
	const struct metrik_indikator *mi, struct diag_list *dl)
{
	const struct indikator *ind = mi->ind;
	char a[64], b[64], c[64], d[64];
	for (size_t i = 0; i < ind->ntahun; i++) {
		const struct tahunan *t = &ind->tahun[i];
		if (!t->capaian_tertulis.ada)
			continue;
		const struct metrik_tahun *y = metrics_tahun(mi, t->tahun);
		double p = t->capaian_tertulis.v;
		if (y == NULL || y->status != CAPAIAN_OK) {
			const char *why = y == NULL || !y->ada_target ?
				"there is no target" : !y->ada_realisasi ?
				"there is no realisasi" :
				y->status == CAPAIAN_TARGET_NOL ?
				"the target is 0" : "it is not computable";
			lapor(dl, DIAG_WARNING, t->capaian_tertulis.pos,
				"published capaian %s cannot be checked: %s",
				tertulis(a, sizeof a, &t->capaian_tertulis), why);
			continue;
		}
		int des = nilai_desimal(&t->capaian_tertulis);
		if (metrics_sesuai_pembulatan(p, des, y->capaian))
			continue;
		tertulis(a, sizeof a, &t->capaian_tertulis);
		angka(b, sizeof b, m, JENIS_CAPAIAN, y->capaian);
		angka(c, sizeof c, m, JENIS_NILAI, y->realisasi);
		angka(d, sizeof d, m, JENIS_NILAI, y->target);
		switch (ind->polaritas) {
		case POLARITAS_POSITIF:
			lapor(dl, DIAG_WARNING, t->capaian_tertulis.pos,
				"published capaian %s differs from computed %s "
				"(R %s / T %s)", a, b, c, d);
			break;
		case POLARITAS_NEGATIF:
			lapor(dl, DIAG_WARNING, t->capaian_tertulis.pos,
				"published capaian %s differs from computed %s "
				"((2T - R) / T, R %s, T %s)", a, b, c, d);
			break;
		case POLARITAS_NEGATIF_RASIO:
			lapor(dl, DIAG_WARNING, t->capaian_tertulis.pos,
				"published capaian %s differs from computed %s "
				"(T %s / R %s)", a, b, d, c);
			break;
		case POLARITAS_KUALITATIF:
		case POLARITAS_RENTANG:
			lapor(dl, DIAG_WARNING, t->capaian_tertulis.pos,
				"published capaian %s differs from computed %s "
				"(R %s, T %s)", a, b, c, d);
			break;
		}
	}
}

static void cek_kelengkapan(const struct report *r,
	const struct metrik_indikator *mi, struct diag_list *dl)
{
	const struct indikator *ind = mi->ind;
	char a[64];
	/* Without a row for the reporting year the indicator is in every
	 * table with "-" and left out of the averages, unremarked. */
	if (metrics_tahun(mi, r->meta.tahun) == NULL)
		lapor(dl, DIAG_WARNING, ind->pos, "indicator %s has no row for "
			"the reporting year %d in kinerja.csv: it is shown "
			"without figures and left out of the averages", ind->kode,
			r->meta.tahun);
	for (size_t i = 0; i < ind->ntahun; i++) {
		const struct tahunan *t = &ind->tahun[i];
		/* Future years have targets and nothing else, rightly: a
		 * realisasi there is most often a mistyped year, and a year
		 * after both the reporting year and the Renstra is shown by
		 * no table. Warnings: an older report rebuilt from a
		 * kinerja.csv kept up to date holds later years rightly. */
		if (t->tahun > r->meta.tahun) {
			if (t->realisasi.ada)
				lapor(dl, DIAG_WARNING, t->realisasi.pos,
					"indicator %s has a realisasi for %d, "
					"after the reporting year %d (is the "
					"tahun mistyped?)",
					ind->kode, t->tahun, r->meta.tahun);
			else if (t->tahun > r->meta.renstra_akhir)
				lapor(dl, DIAG_WARNING, t->pos,
					"indicator %s: a row for %d, after the "
					"reporting year %d and the Renstra "
					"%d-%d (is the tahun mistyped?)", ind->kode,
					t->tahun, r->meta.tahun,
					r->meta.renstra_awal,
					r->meta.renstra_akhir);
			continue;
		}
		const struct metrik_tahun *y = metrics_tahun(mi, t->tahun);
		const struct nilai *tg = target_efektif(t);
		if (y == NULL)
			continue;
		if (y->ada_target && !y->ada_realisasi)
			lapor(dl, DIAG_WARNING, tg->pos,
				"indicator %s has a target (%s) for %d but no "
				"realisasi", ind->kode,
				angka(a, sizeof a, &r->meta, JENIS_NILAI,
					y->target), t->tahun);
		else if (!y->ada_target && y->ada_realisasi)
			lapor(dl, DIAG_WARNING, t->realisasi.ada ?
				t->realisasi.pos : t->pos,
				"indicator %s has a realisasi (%s) for %d but no "
				"target", ind->kode,
				angka(a, sizeof a, &r->meta, JENIS_NILAI,
					y->realisasi), t->tahun);
	}
}

static void cek_wajar(const struct report *r, const struct metrik_indikator *mi,
	struct diag_list *dl)
{
	double amb = r->meta.ambang_wajar > 0 ? r->meta.ambang_wajar : 300;
	char a[64], b[64];
	for (size_t i = 0; i < mi->ntahun; i++) {
		const struct metrik_tahun *y = &mi->tahun[i];
		if (y->status != CAPAIAN_OK || y->capaian <= amb)
			continue;
		const struct tahunan *t = cari_tahun(mi->ind, y->tahun);
		struct src_pos pos = t ? (t->realisasi.ada ? t->realisasi.pos :
			t->pos) : mi->ind->pos;
		lapor(dl, DIAG_WARNING, pos,
			"indicator %s, %d: capaian %s %% is above the "
			"plausibility threshold %s %%: do target and realisasi "
			"use the same unit?", mi->ind->kode, y->tahun,
			angka(a, sizeof a, &r->meta, JENIS_CAPAIAN, y->capaian),
			angka(b, sizeof b, &r->meta, JENIS_JUMLAH, amb));
	}
}

static void cek_revisi_pk(const struct report_meta *m,
	const struct indikator *ind, struct diag_list *dl)
{
	char a[64], b[64];
	for (size_t i = 0; i < ind->ntahun; i++) {
		const struct tahunan *t = &ind->tahun[i];
		if (!t->target_pk_perubahan.ada)
			continue;
		if (!t->target_pk.ada) {
			/* The revision brought in a target the signed PK did
			 * not have: also a change the report must show. */
			lapor(dl, DIAG_NOTE, t->target_pk_perubahan.pos,
				"indicator %s, %d: revised PK target %s has no "
				"target in the original PK; the report must show "
				"both ({{tabel pk-perubahan}} does)", ind->kode,
				t->tahun,
				tertulis(a, sizeof a, &t->target_pk_perubahan));
			continue;
		}
		if (t->target_pk.v == t->target_pk_perubahan.v &&
			t->target_pk.v_atas == t->target_pk_perubahan.v_atas)
			continue;
		lapor(dl, DIAG_NOTE, t->target_pk_perubahan.pos,
			"indicator %s, %d: revised PK target %s differs from "
			"the PK target %s; the report must show both "
			"({{tabel pk-perubahan}} does)",
			ind->kode, t->tahun,
			angka(a, sizeof a, m, JENIS_NILAI,
				t->target_pk_perubahan.v),
			angka(b, sizeof b, m, JENIS_NILAI, t->target_pk.v));
	}
}

static const struct nilai *ambil_pagu_awal(const struct anggaran *a)
{
	return &a->pagu_awal;
}

static const struct nilai *ambil_realisasi(const struct anggaran *a)
{
	return &a->realisasi_anggaran;
}

/* One sum check of a budget line against its children. */
static void cek_jumlah_anak(const struct report_meta *m,
	const struct metrics *mt, const struct anggaran *a, const char *apa,
	const struct nilai *(*ambil)(const struct anggaran *),
	struct diag_list *dl)
{
	const struct nilai *induk = ambil(a);
	if (!induk->ada)
		return;
	double s = 0;
	for (size_t i = 0; i < a->nanak; i++) {
		const struct nilai *v = ambil(a->anak[i]);
		/* A line left empty counts with the sum of its own lines. */
		const struct metrik_anggaran *c = metrics_anggaran(mt,
			a->anak[i]->kode);
		bool real = ambil == ambil_realisasi;
		/* Lines not reported have no sum to check a total by. */
		if (real && c != NULL && c->tak_dilaporkan)
			return;
		if (v->ada)
			s = angka_tambah(s, v->v);
		else if (c != NULL && (real ? c->realisasi_dijumlah :
				c->pagu_dijumlah))
			s = angka_tambah(s, real ? c->realisasi :
				ambil == ambil_pagu_awal ? c->pagu_awal :
				c->pagu);
	}
	if (angka_kurang(s, induk->v) == 0) /* exact: sums of typed cells */
		return;
	char x[64], y[64], z[64];
	lapor(dl, DIAG_WARNING, induk->pos,
		"%s %s of %s is not the sum of its %zu sub-lines %s "
		"(difference %s)", apa,
		angka(x, sizeof x, m, JENIS_JUMLAH, induk->v), a->kode,
		a->nanak, angka(y, sizeof y, m, JENIS_JUMLAH, s),
		angka(z, sizeof z, m, JENIS_JUMLAH, angka_kurang(induk->v, s)));
}

static void cek_anggaran(const struct report *r, const struct metrics *mt,
	const struct metrik_anggaran *ma, struct diag_list *dl)
{
	const struct anggaran *a = ma->a;
	char x[64], y[64], z[64];
	if (a->nanak > 0) {
		cek_jumlah_anak(&r->meta, mt, a, "pagu", pagu_efektif, dl);
		if (a->pagu_perubahan.ada)
			cek_jumlah_anak(&r->meta, mt, a, "pagu_awal",
				ambil_pagu_awal, dl);
		cek_jumlah_anak(&r->meta, mt, a, "realisasi_anggaran",
			ambil_realisasi, dl);
	}
	const struct report_meta *m = &r->meta;
	if (ma->ada_serapan && ma->realisasi > ma->pagu)
		lapor(dl, DIAG_WARNING, a->realisasi_anggaran.pos,
			"budget line %s spent %s, more than its pagu %s "
			"(serapan %s %%)", a->kode,
			angka(x, sizeof x, m, JENIS_JUMLAH, ma->realisasi),
			angka(y, sizeof y, m, JENIS_JUMLAH, ma->pagu),
			angka(z, sizeof z, m, JENIS_ANGGARAN, ma->serapan));
	double amb = r->meta.ambang_wajar > 0 ? r->meta.ambang_wajar : 300;
	if (ma->ada_capaian && ma->capaian > amb)
		lapor(dl, DIAG_WARNING, a->realisasi.pos,
			"budget line %s: output capaian %s %% (R %s / T %s) is "
			"above the plausibility threshold %s %%: do target and "
			"realisasi use the same unit?", a->kode,
			angka(x, sizeof x, m, JENIS_CAPAIAN, ma->capaian),
			angka(y, sizeof y, m, JENIS_NILAI, a->realisasi.v),
			angka(z, sizeof z, m, JENIS_NILAI, a->target.v),
			angka((char[64]){0}, 64, m, JENIS_JUMLAH, amb));
	/* A target without realisasi is a documented state (realisasi
	 * "tidak dilaporkan", shown so): nothing to warn about. */
	if (!a->target.ada && a->realisasi.ada)
		lapor(dl, DIAG_WARNING, a->realisasi.pos,
			"budget line %s has an output realisasi (%s) but no "
			"target", a->kode,
			angka(x, sizeof x, m, JENIS_NILAI, a->realisasi.v));
}

/* Head count of one staff row: the split by sex when given, else the
 * plain total. */
static double orang(const struct pegawai *p)
{
	if (p->laki_laki.ada || p->perempuan.ada)
		return angka_tambah(p->laki_laki.ada ? p->laki_laki.v : 0,
			p->perempuan.ada ? p->perempuan.v : 0);
	return p->jumlah.ada ? p->jumlah.v : 0;
}

static void cek_pegawai(const struct report *r, struct diag_list *dl)
{
	char a[64], b[64];
	for (size_t i = 0; i < r->npegawai; i++) {
		const struct pegawai *p = &r->pegawai[i];
		if (!p->jumlah.ada || !(p->laki_laki.ada || p->perempuan.ada))
			continue;
		if (orang(p) != p->jumlah.v) /* exact sums: no tolerance */
			lapor(dl, DIAG_WARNING, p->jumlah.pos,
				"staff \"%s\": jumlah %s differs from laki-laki + "
				"perempuan = %s", p->uraian ? p->uraian : "",
				angka(a, sizeof a, &r->meta, JENIS_JUMLAH,
					p->jumlah.v),
				angka(b, sizeof b, &r->meta, JENIS_JUMLAH,
					orang(p)));
	}
	if (r->npegawai == 0)
		return;
	/* Every kelompok counts the same people: totals must agree. */
	const char *kel0 = r->pegawai[0].kelompok;
	double t0 = 0;
	for (size_t i = 0; i < r->npegawai; i++) {
		const struct pegawai *p = &r->pegawai[i];
		if (p->kelompok && kel0 && strcmp(p->kelompok, kel0) == 0)
			t0 = angka_tambah(t0, orang(p));
	}
	for (size_t i = 0; i < r->npegawai; i++) {
		const struct pegawai *p = &r->pegawai[i];
		if (p->kelompok == NULL || kel0 == NULL ||
			strcmp(p->kelompok, kel0) == 0)
			continue;
		bool pertama = true;
		for (size_t j = 0; j < i; j++)
			if (r->pegawai[j].kelompok &&
				strcmp(r->pegawai[j].kelompok, p->kelompok) == 0)
				pertama = false;
		if (!pertama)
			continue;
		double t = 0;
		for (size_t j = i; j < r->npegawai; j++) {
			const struct pegawai *q = &r->pegawai[j];
			if (q->kelompok && strcmp(q->kelompok, p->kelompok) == 0)
				t = angka_tambah(t, orang(q));
		}
		if (t != t0) {
			lapor(dl, DIAG_WARNING, p->pos,
				"staff by %s total %s, but by %s %s",
				p->kelompok,
				angka(a, sizeof a, &r->meta, JENIS_JUMLAH, t), kel0,
				angka(b, sizeof b, &r->meta, JENIS_JUMLAH, t0));
		}
	}
}

static void cek_aset(const struct report *r, struct diag_list *dl)
{
	for (size_t i = 0; i < r->naset; i++) {
		const struct aset *s = &r->aset[i];
		if (!s->saldo_akhir.ada)
			continue;
		double hitung = angka_kurang(angka_tambah(
			s->saldo_awal.ada ? s->saldo_awal.v : 0,
			s->penambahan.ada ? s->penambahan.v : 0),
			s->pengurangan.ada ? s->pengurangan.v : 0);
		if (hitung == s->saldo_akhir.v) /* exact sums: no tolerance */
			continue;
		char a[64], b[64];
		lapor(dl, DIAG_WARNING, s->saldo_akhir.pos,
			"asset \"%s\": closing balance %s differs from opening "
			"+ additions - disposals = %s", s->uraian ? s->uraian :
			"", angka(a, sizeof a, &r->meta, JENIS_JUMLAH,
				s->saldo_akhir.v),
			angka(b, sizeof b, &r->meta, JENIS_JUMLAH, hitung));
	}
}

static void cek_sakip(const struct report *r, struct diag_list *dl)
{
	for (size_t i = 0; i < r->nsakip; i++) {
		const struct sakip_komponen *k = &r->sakip[i];
		if (k->bobot.ada && k->nilai.ada && k->nilai.v > k->bobot.v) {
			char a[64], b[64];
			lapor(dl, DIAG_WARNING, k->nilai.pos,
				"SAKIP %d, %s: score %s exceeds the component's "
				"weight %s", k->tahun, k->komponen ? k->komponen :
				"", angka(a, sizeof a, &r->meta, JENIS_NILAI,
					k->nilai.v),
				angka(b, sizeof b, &r->meta, JENIS_NILAI,
					k->bobot.v));
		}
	}
}

/* A report just made by lkjip new (or one whose data is still being
 * typed) builds, with "-" in its figures: say which data is missing, so
 * an empty table is not taken for a result. */
static void cek_data_kosong(const struct report *r, struct diag_list *dl)
{
	size_t nind = 0;
	for (size_t i = 0; i < r->nindikator; i++)
		nind += r->indikator[i]->tingkat == TINGKAT_INDIKATOR;
	/* A report built in memory (tests) has no folder to point at. The
	 * folder, not a file: the table may be a CSV file or a sheet. */
	if (r->dir == NULL)
		return;
	struct src_pos at = {r->dir, 0, 0, NULL};
	if (nind == 0)
		lapor(dl, DIAG_WARNING, at, "no indicator yet: fill in the "
			"tujuan, sasaran and indikator rows (indikator.csv, or "
			"the sheet indikator of data.xlsx), then their targets "
			"and realisations (kinerja.csv, or the sheet kinerja); "
			"until then every capaian is \"-\"");
	if (r->nanggaran == 0)
		lapor(dl, DIAG_WARNING, at, "no budget line yet: fill in the "
			"programs, kegiatan and sub kegiatan with their pagu and "
			"realisasi (anggaran.csv, or the sheet anggaran of "
			"data.xlsx); until then pagu and serapan are \"-\"");
}

void metrics_validate(const struct metrics *m, struct diag_list *dl)
{
	const struct report *r = m->report;
	cek_data_kosong(r, dl);
	for (size_t i = 0; i < m->nindikator; i++) {
		const struct metrik_indikator *mi = &m->indikator[i];
		cek_capaian_tertulis(&r->meta, mi, dl);
		cek_kelengkapan(r, mi, dl);
		cek_wajar(r, mi, dl);
		cek_revisi_pk(&r->meta, mi->ind, dl);
	}
	for (size_t i = 0; i < m->nanggaran; i++)
		cek_anggaran(r, m, &m->anggaran[i], dl);
	cek_pegawai(r, dl);
	cek_aset(r, dl);
	cek_sakip(r, dl);
	cek_terbit(m, dl);
	cek_celah(m, dl);
	cek_belanja(m, dl);
	cek_renstra(m, dl);
	cek_pegawai_rinci(m, dl);
}
