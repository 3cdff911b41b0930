/* Computed tables of resources and plans: next year's action plan, the
 * SAKIP evaluation, staff, fixed assets, and plain tables from tabel/. The
 * sums of staff and asset columns are display totals of the data as
 * given (SPEC 3 "totals are computed"), not metrics. */
#include <stdarg.h>
#include <math.h>
#include <string.h>

#include "doc/tables.h"
#include "util/strmap.h"

/* ---- rencana-aksi ---- */

/* The plan rows of one year by indicator kode (one per indicator: the
 * loader refuses a second). A scan of every row per indicator was
 * quadratic in the number of indicators. */
static struct strmap *ra_tahun(struct build_ctx *c, const struct report *r,
	int tahun)
{
	struct strmap *m = strmap_new(ARENA(c));
	for (size_t i = 0; i < r->nrencana_aksi; i++)
		if (r->rencana_aksi[i].tahun == tahun)
			strmap_put(m, r->rencana_aksi[i].indikator->kode,
				&r->rencana_aksi[i]);
	return m;
}

struct doc_node *tabel_rencana_aksi(struct build_ctx *c,
	const struct directive *d)
{
	(void)d;
	const struct report *rep = c->report;
	/* The plan is for the year after the report; a folder that only has
	 * another year's plan shows its latest one. */
	int y = rep->meta.tahun + 1;
	bool ada = false;
	int maks = 0;
	for (size_t i = 0; i < rep->nrencana_aksi; i++) {
		ada |= rep->rencana_aksi[i].tahun == y;
		if (rep->rencana_aksi[i].tahun > maks)
			maks = rep->rencana_aksi[i].tahun;
	}
	if (!ada && maks > 0)
		y = maks;
	struct doc_node *t = tbl_new(c, arena_printf(ARENA(c),
		"Target Waktu Pencapaian Indikator Kinerja Tahun %d", y),
		arena_printf(ARENA(c), "Rencana Aksi Tahun %d", y));
	struct doc_node *r = tbl_row(c, t, true);
	tbl_hcell(c, r, "No", 1, 2);
	tbl_hcell(c, r, "Sasaran", 1, 2);
	tbl_hcell(c, r, "Indikator Kinerja", 1, 2);
	tbl_hcell(c, r, arena_printf(ARENA(c), "Target Tahun %d", y), 5, 1);
	r = tbl_row(c, t, true);
	static const char *const TW[] = {"TW I", "TW II", "TW III", "TW IV"};
	for (int q = 0; q < 4; q++)
		tbl_hcell(c, r, TW[q], 1, 1);
	tbl_hcell(c, r, "Total", 1, 1);

	struct strmap *plan = ra_tahun(c, rep, y);
	const struct indikator **ss;
	size_t ns = list_sasaran(c, NULL, &ss), no = 0;
	for (size_t i = 0; i < ns; i++) {
		const struct indikator **inds;
		size_t ni = list_indikator(c, ss[i], &inds), nra = 0;
		for (size_t k = 0; k < ni; k++)
			nra += strmap_get(plan, inds[k]->kode) != NULL;
		bool first = true;
		for (size_t k = 0; k < ni; k++) {
			const struct rencana_aksi *ra = strmap_get(plan,
				inds[k]->kode);
			if (ra == NULL)
				continue;
			const char *sat = inds[k]->satuan;
			r = tbl_row(c, t, false);
			r->pos = ra->pos;
			if (first) {
				tbl_center(cell_span(c, r, nomor(c, no++),
					false, (int)nra));
				cell_span(c, r, ss[i]->uraian, false, (int)nra);
				first = false;
			}
			tbl_cell(c, r, inds[k]->uraian, false);
			for (int q = 0; q < 4; q++)
				tbl_cell(c, r, fmt_tr(c, &ra->tw[q],
					ra->tw[q].ada, ra->tw[q].v, sat), true);
			tbl_cell(c, r, fmt_tr(c, &ra->target, ra->target.ada,
				ra->target.v, sat), true);
		}
	}
	if (no == 0)
		row_nihil(c, t, 8);
	return t;
}

/* ---- sakip ---- */

struct doc_node *tabel_sakip(struct build_ctx *c, const struct directive *d)
{
	const struct report *rep = c->report;
	int y;
	if (!opt_tahun(c, d, &y))
		return NULL;
	/* Without tahun=, the latest evaluation up to the reporting year
	 * (an evaluation is often of the year before). */
	if (directive_opt(d, "tahun") == NULL) {
		int best = 0;
		for (size_t i = 0; i < rep->nsakip; i++)
			if (rep->sakip[i].tahun <= y && rep->sakip[i].tahun > best)
				best = rep->sakip[i].tahun;
		if (best > 0)
			y = best;
	}
	const struct metrik_sakip *ms = NULL;
	for (size_t i = 0; i < c->metrics->nsakip; i++)
		if (c->metrics->sakip[i].tahun == y)
			ms = &c->metrics->sakip[i];
	size_t nrow = 0;
	for (size_t i = 0; i < rep->nsakip; i++)
		nrow += rep->sakip[i].tahun == y;
	if (nrow == 0) {
		directive_error(c, d, "no SAKIP evaluation for tahun %d in "
			"evaluasi_sakip.csv", y);
		return NULL;
	}
	struct doc_node *t = tbl_new(c, arena_printf(ARENA(c),
		"Hasil Evaluasi SAKIP Tahun %d", y), "Data diolah");
	struct doc_node *r = tbl_row(c, t, true);
	tbl_hcell(c, r, "No", 1, 1);
	tbl_hcell(c, r, "Komponen", 1, 1);
	tbl_hcell(c, r, "Bobot", 1, 1);
	tbl_hcell(c, r, "Nilai", 1, 1);
	tbl_hcell(c, r, "Capaian (%)", 1, 1);
	/* Every figure from the metrics' table: the component's share of
	 * its weight and the totals are computed there (sakip.N.persen.Y,
	 * sakip.bobot.Y, sakip.persen.Y). */
	size_t no = 0;
	for (size_t i = 0; i < rep->nsakip; i++) {
		const struct sakip_komponen *k = &rep->sakip[i];
		if (k->tahun != y)
			continue;
		r = tbl_row(c, t, false);
		r->pos = k->pos;
		tbl_center(tbl_cell(c, r, nomor(c, no++), false));
		tbl_cell(c, r, k->komponen, false);
		tbl_cell_fig(c, r, false, "sakip.%zu.bobot.%d", no, y);
		tbl_cell_fig(c, r, false, "sakip.%zu.nilai.%d", no, y);
		tbl_cell_fig(c, r, true, "sakip.%zu.persen.%d", no, y);
	}
	r = row_total(c, t, "Jumlah", 2);
	tbl_cell_fig(c, r, false, "sakip.bobot.%d", y);
	tbl_cell_fig(c, r, false, "sakip.nilai.%d", y);
	tbl_cell_fig(c, r, true, "sakip.persen.%d", y);
	r = row_total(c, t, "Predikat", 3);
	struct doc_node *g = tbl_cell(c, r, ms && ms->grade ? ms->grade : "-",
		false);
	g->as.cell.align = ALIGN_CENTER;
	g->as.cell.colspan = 2;
	return t;
}

/* ---- pegawai ---- */

size_t opt_kelompok_pegawai(struct build_ctx *c, const struct directive *d,
	const char **kelompok, const struct pegawai ***out)
{
	const char *k = directive_opt(d, "kelompok");
	*kelompok = k;
	if (k == NULL) {
		directive_error(c, d, "%s pegawai needs kelompok= (jabatan, "
			"golongan or pendidikan)", d->name);
		return 0;
	}
	struct ptrvec v = {0};
	for (size_t i = 0; i < c->report->npegawai; i++) {
		const struct pegawai *p = &c->report->pegawai[i];
		if (p->kelompok && strcmp(p->kelompok, k) == 0)
			ptrvec_push(ARENA(c), &v, (void *)p);
	}
	if (v.n == 0)
		directive_error(c, d, "no pegawai rows with kelompok \"%s\" "
			"in pegawai.csv", k);
	*out = (const struct pegawai **)v.v;
	return v.n;
}

const char *kelompok_label(const char *k)
{
	if (strcmp(k, "jabatan") == 0)
		return "Jabatan";
	if (strcmp(k, "golongan") == 0)
		return "Pangkat/Golongan Ruang";
	if (strcmp(k, "pendidikan") == 0)
		return "Tingkat Pendidikan";
	return k;
}

/* A head count cell of the figure table: "-" for none or 0, as the
 * reports print it. */
static struct doc_node *orang(struct build_ctx *c, struct doc_node *r,
	const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static struct doc_node *orang(struct build_ctx *c, struct doc_node *r,
	const char *fmt, ...)
{
	char key[512], b[64];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(key, sizeof key, fmt, ap);
	va_end(ap);
	const struct figure *f = metrics_figure(c->metrics, key);
	if (f == NULL || !f->ada || f->v == 0)
		return tbl_cell(c, r, "-", true);
	struct doc_node *n = tbl_cell(c, r, arena_strdup(ARENA(c),
		figure_teks(b, sizeof b, &c->report->meta, f)), true);
	n->fig = f;
	return n;
}

struct doc_node *tabel_pegawai(struct build_ctx *c, const struct directive *d)
{
	const char *k;
	const struct pegawai **ps;
	size_t n = opt_kelompok_pegawai(c, d, &k, &ps);
	if (n == 0)
		return NULL;
	bool butuh = false, split = false;
	for (size_t i = 0; i < n; i++) {
		butuh |= ps[i]->kebutuhan.ada;
		split |= ps[i]->laki_laki.ada || ps[i]->perempuan.ada;
	}
	const char *label = kelompok_label(k);
	struct doc_node *t = tbl_new(c, arena_printf(ARENA(c),
		"%s Pegawai Berdasarkan %s per 31 Desember %d",
		butuh ? "Kebutuhan dan Realisasi" : "Jumlah", label,
		c->report->meta.tahun), "Data kepegawaian");
	/* The split by sex when the agency keeps it (laki_laki,
	 * perempuan), else the counts alone (jumlah). */
	int hr = split ? 2 : 1;
	struct doc_node *r = tbl_row(c, t, true);
	tbl_hcell(c, r, "No", 1, hr);
	tbl_hcell(c, r, label, 1, hr);
	if (butuh)
		tbl_hcell(c, r, "Kebutuhan (orang)", 1, hr);
	tbl_hcell(c, r, "Jumlah Pegawai (orang)", split ? 3 : 1, 1);
	if (butuh)
		tbl_hcell(c, r, "Kekurangan (orang)", 1, hr);
	if (split) {
		r = tbl_row(c, t, true);
		tbl_hcell(c, r, "L", 1, 1);
		tbl_hcell(c, r, "P", 1, 1);
		tbl_hcell(c, r, "Jumlah", 1, 1);
	}

	/* Every count from the metrics' table: a row's jumlah (typed, else
	 * L + P), its shortfall and the kelompok's totals are computed
	 * there (pegawai.N.*, pegawai.KELOMPOK.*). */
	for (size_t i = 0; i < n; i++) {
		const struct pegawai *p = ps[i];
		size_t no = (size_t)(p - c->report->pegawai) + 1;
		r = tbl_row(c, t, false);
		r->pos = p->pos;
		tbl_center(tbl_cell(c, r, nomor(c, i), false));
		tbl_cell(c, r, p->uraian, false);
		if (butuh)
			orang(c, r, "pegawai.%zu.kebutuhan", no);
		if (split) {
			orang(c, r, "pegawai.%zu.laki_laki", no);
			orang(c, r, "pegawai.%zu.perempuan", no);
		}
		orang(c, r, "pegawai.%zu.jumlah", no);
		/* Shortfall of the rows that state a need. */
		if (butuh)
			orang(c, r, "pegawai.%zu.kekurangan", no);
	}
	r = row_total(c, t, "Jumlah", 2);
	if (butuh)
		tbl_cell_fig(c, r, false, "pegawai.%s.kebutuhan", k);
	if (split) {
		tbl_cell_fig(c, r, false, "pegawai.%s.laki_laki", k);
		tbl_cell_fig(c, r, false, "pegawai.%s.perempuan", k);
	}
	tbl_cell_fig(c, r, false, "pegawai.%s.jumlah", k);
	if (butuh)
		tbl_cell_fig(c, r, false, "pegawai.%s.kekurangan", k);
	return t;
}

/* ---- aset ---- */

struct doc_node *tabel_aset(struct build_ctx *c, const struct directive *d)
{
	const struct report *rep = c->report;
	int y = rep->meta.tahun;
	if (rep->naset == 0) {
		directive_error(c, d, "tabel aset needs aset.csv");
		return NULL;
	}
	struct doc_node *t = tbl_new(c, arena_printf(ARENA(c),
		"Aset Tetap per 31 Desember %d", y), "Data diolah");
	struct doc_node *r = tbl_row(c, t, true);
	tbl_hcell(c, r, "No", 1, 2);
	tbl_hcell(c, r, "Aset Tetap", 1, 2);
	tbl_hcell(c, r, arena_printf(ARENA(c), "Per 31 Desember %d (Rp)",
		y - 1), 1, 2);
	tbl_hcell(c, r, arena_printf(ARENA(c), "Mutasi Tahun %d (Rp)", y), 2,
		1);
	tbl_hcell(c, r, arena_printf(ARENA(c), "Per 31 Desember %d (Rp)", y),
		1, 2);
	r = tbl_row(c, t, true);
	tbl_hcell(c, r, "Bertambah", 1, 1);
	tbl_hcell(c, r, "Berkurang", 1, 1);

	/* Cells and totals from the figure table (aset.N.*,
	 * aset.jumlah.*). */
	static const char *const KOLOM[] = {"saldo_awal", "penambahan",
		"pengurangan", "saldo_akhir"};
	for (size_t i = 0; i < rep->naset; i++) {
		const struct aset *a = &rep->aset[i];
		r = tbl_row(c, t, false);
		r->pos = a->pos;
		tbl_center(tbl_cell(c, r, nomor(c, i), false));
		tbl_cell(c, r, a->uraian, false);
		for (int k = 0; k < 4; k++)
			tbl_cell_fig(c, r, false, "aset.%zu.%s", i + 1, KOLOM[k]);
	}
	r = row_total(c, t, "Jumlah", 2);
	for (int k = 0; k < 4; k++)
		tbl_cell_fig(c, r, false, "aset.jumlah.%s", KOLOM[k]);
	return t;
}

/* ---- pegawai-silang ---- */

/* A count cell's value: "-" and an empty cell count as none. */
static double nv(const struct nilai *n)
{
	return n->ada ? n->v : 0;
}

static int dimensi(struct build_ctx *c, const struct directive *d,
	const char *opt)
{
	const char *s = directive_opt(d, opt);
	if (s == NULL) {
		directive_error(c, d, "tabel pegawai-silang needs %s= (one of "
			"the columns of pegawai_rinci.csv)", opt);
		return -1;
	}
	for (int k = 0; k < PEGAWAI_NDIM; k++)
		if (!strcmp(s, PEGAWAI_DIMENSI[k])) {
			if (!c->report->pegawai_dimensi[k]) {
				directive_error(c, d, "%s=%s: pegawai_rinci.csv "
					"has no column %s", opt, s, s);
				return -1;
			}
			return k;
		}
	directive_error(c, d, "%s=%s: expected golongan, pendidikan, jabatan, "
		"jenis_kelamin, eselon, usia or status", opt, s);
	return -1;
}

/* The distinct values of attribute k, in file order. */
static size_t nilai_dimensi(struct build_ctx *c, int k, const char ***out)
{
	struct ptrvec v = {0};
	const struct report *r = c->report;
	for (size_t i = 0; i < r->npegawai_rinci; i++) {
		const char *s = r->pegawai_rinci[i].nilai[k];
		bool seen = s == NULL;
		for (size_t j = 0; j < v.n && !seen; j++)
			seen = !strcmp(v.v[j], s);
		if (!seen)
			ptrvec_push(ARENA(c), &v, (void *)s);
	}
	*out = (const char **)v.v;
	return v.n;
}

/* Staff as a two-way table: baris= values down, kolom= values across,
 * each cell the people with both, with row and column totals. */
struct doc_node *tabel_pegawai_silang(struct build_ctx *c,
	const struct directive *d)
{
	const struct report *rep = c->report;
	if (rep->npegawai_rinci == 0) {
		directive_error(c, d, "tabel pegawai-silang needs "
			"pegawai_rinci.csv");
		return NULL;
	}
	int kb = dimensi(c, d, "baris"), kk = dimensi(c, d, "kolom");
	if (kb < 0 || kk < 0)
		return NULL;
	if (kb == kk) {
		directive_error(c, d, "baris= and kolom= are both %s",
			PEGAWAI_DIMENSI[kb]);
		return NULL;
	}
	static const char *const JUDUL[PEGAWAI_NDIM] = {"Golongan",
		"Pendidikan", "Jabatan", "Jenis Kelamin", "Eselon", "Usia",
		"Status"};
	const char **vb, **vk;
	size_t nb = nilai_dimensi(c, kb, &vb), nk = nilai_dimensi(c, kk, &vk);
	struct doc_node *t = tbl_new(c, arena_printf(ARENA(c),
		"Jumlah Pegawai menurut %s dan %s", JUDUL[kb], JUDUL[kk]),
		"Data kepegawaian");
	tbl_lebar(t, (int)nk + 3);
	struct doc_node *r = tbl_row(c, t, true);
	tbl_hcell(c, r, "No", 1, 2);
	tbl_hcell(c, r, JUDUL[kb], 1, 2);
	tbl_hcell(c, r, JUDUL[kk], (int)nk, 1);
	tbl_hcell(c, r, "Jumlah", 1, 2);
	r = tbl_row(c, t, true);
	for (size_t j = 0; j < nk; j++)
		tbl_hcell(c, r, vk[j], 1, 1);
	double *kol = arena_alloc(ARENA(c), (nk + 1) * sizeof *kol);
	double semua = 0;
	for (size_t i = 0; i < nb; i++) {
		r = tbl_row(c, t, false);
		tbl_center(tbl_cell(c, r, nomor(c, i), false));
		tbl_cell(c, r, vb[i], false);
		double baris = 0;
		for (size_t j = 0; j < nk; j++) {
			double n = 0;
			bool ada = false;
			for (size_t p = 0; p < rep->npegawai_rinci; p++) {
				const struct pegawai_rinci *pr =
					&rep->pegawai_rinci[p];
				if (pr->nilai[kb] && pr->nilai[kk] &&
						!strcmp(pr->nilai[kb], vb[i]) &&
						!strcmp(pr->nilai[kk], vk[j])) {
					n = angka_tambah(n, nv(&pr->jumlah));
					ada = true;
				}
			}
			tbl_cell(c, r, ada ? fmt_angka(c, n) : "-", true);
			baris = angka_tambah(baris, n);
			kol[j] = angka_tambah(kol[j], n);
		}
		tbl_cell(c, r, fmt_angka(c, baris), true);
		semua = angka_tambah(semua, baris);
	}
	r = row_total(c, t, "Jumlah", 2);
	for (size_t j = 0; j < nk; j++)
		tbl_cell(c, r, fmt_angka(c, kol[j]), true);
	tbl_cell(c, r, fmt_angka(c, semua), true);
	return t;
}

/* ---- aset-kondisi ---- */

/* Assets by units and condition (aset_kondisi.csv), with totals. */
struct doc_node *tabel_aset_kondisi(struct build_ctx *c,
	const struct directive *d)
{
	const struct report *rep = c->report;
	if (rep->naset_kondisi == 0) {
		directive_error(c, d, "tabel aset-kondisi needs "
			"aset_kondisi.csv");
		return NULL;
	}
	struct doc_node *t = tbl_new(c, arena_printf(ARENA(c),
		"Kondisi Aset per 31 Desember %d", rep->meta.tahun),
		"Data diolah");
	struct doc_node *r = tbl_row(c, t, true);
	tbl_hcell(c, r, "No", 1, 2);
	tbl_hcell(c, r, "Jenis Barang", 1, 2);
	tbl_hcell(c, r, "Satuan", 1, 2);
	tbl_hcell(c, r, "Kondisi", 3, 1);
	tbl_hcell(c, r, "Jumlah", 1, 2);
	r = tbl_row(c, t, true);
	tbl_hcell(c, r, "Baik", 1, 1);
	tbl_hcell(c, r, "Rusak Ringan", 1, 1);
	tbl_hcell(c, r, "Rusak Berat", 1, 1);
	double sum[4] = {0};
	for (size_t i = 0; i < rep->naset_kondisi; i++) {
		const struct aset_kondisi *a = &rep->aset_kondisi[i];
		const struct nilai *col[3] = {&a->baik, &a->rusak_ringan,
			&a->rusak_berat};
		r = tbl_row(c, t, false);
		r->pos = a->pos;
		tbl_center(tbl_cell(c, r, nomor(c, i), false));
		tbl_cell(c, r, a->uraian, false);
		tbl_center(tbl_cell(c, r, a->satuan, false));
		double n = 0;
		for (int k = 0; k < 3; k++) {
			tbl_cell(c, r, fmt_cell_nilai(c, col[k]), true);
			n = angka_tambah(n, nv(col[k]));
			sum[k] = angka_tambah(sum[k], nv(col[k]));
		}
		/* The units counted, whatever jumlah says (check warns). */
		tbl_cell(c, r, fmt_angka(c, n), true);
		sum[3] = angka_tambah(sum[3], n);
	}
	r = row_total(c, t, "Jumlah", 3);
	for (int k = 0; k < 4; k++)
		tbl_cell(c, r, fmt_angka(c, sum[k]), true);
	return t;
}

/* ---- csv ---- */

/* A cell of a plain table and the block it covers (merged cells). */
struct blok {
	struct doc_node *n;
	size_t baris, kolom, nbaris, nkolom;
};

/* The text of row i (0: the CSV header, then the rows of the file). */
static const char *sel_polos(const struct tabel_polos *tp, size_t i, size_t k)
{
	const char *s = i == 0 ? tp->kolom[k] : tp->baris[i - 1][k];
	return s ? s : "";
}

/* Merged cells as a spreadsheet user types them: "<" joins the cell to
 * the one on its left, "^" to the one above (a block of both is a
 * rectangle). A merge never crosses from the header into the body. */
static struct blok *gabung(const struct tabel_polos *tp, size_t i, size_t k,
	struct blok **own)
{
	const char *s = sel_polos(tp, i, k);
	size_t w = tp->nkolom;
	if (!strcmp(s, "<") && k > 0) {
		struct blok *o = own[i * w + k - 1];
		if (o->baris == i && o->kolom + o->nkolom == k) {
			o->nkolom++;
			return o;
		}
		if (o->kolom + o->nkolom > k)
			return o;
	}
	if (!strcmp(s, "^") && i > 0 && (i - 1 < tp->nkepala) ==
			(i < tp->nkepala)) {
		struct blok *o = own[(i - 1) * w + k];
		if (o->baris + o->nbaris == i && o->kolom == k) {
			o->nbaris++;
			return o;
		}
		if (o->baris + o->nbaris > i)
			return o;
	}
	return NULL;
}

struct doc_node *tabel_csv(struct build_ctx *c, const struct directive *d)
{
	const char *nama = directive_opt(d, "nama");
	if (nama == NULL) {
		directive_error(c, d, "tabel csv needs nama= (a file under "
			"tabel/)");
		return NULL;
	}
	const struct tabel_polos *tp = model_tabel(c->report, nama);
	if (tp == NULL) {
		directive_error(c, d, "unknown tabel \"%s\" (no tabel/%s.csv)",
			nama, nama);
		return NULL;
	}
	struct doc_node *t = tbl_new(c, tp->judul ? tp->judul : nama,
		tp->sumber);
	tbl_lebar(t, (int)tp->nkolom);
	enum num_convention conv = c->report->meta.angka == NUM_EN ? NUM_EN
		: NUM_ID;
	size_t nb = tp->nbaris + 1, w = tp->nkolom;
	struct blok **own = arena_alloc(ARENA(c), nb * w * sizeof *own);
	struct blok *bl = arena_alloc(ARENA(c), nb * w * sizeof *bl);
	size_t nbl = 0;
	for (size_t i = 0; i < nb; i++) {
		bool head = i < tp->nkepala;
		struct doc_node *r = tbl_row(c, t, head);
		if (!head && tp->jumlah && tp->jumlah[i - 1])
			r->as.row.css_class = "total";
		for (size_t k = 0; k < w; k++) {
			struct blok *o = gabung(tp, i, k, own);
			if (o != NULL) {
				own[i * w + k] = o;
				continue;
			}
			const char *s = sel_polos(tp, i, k);
			struct doc_node *n;
			if (head) {
				n = tbl_hcell(c, r, s, 1, 1);
			} else {
				/* Shown as written; a figure is only
				 * right-aligned. */
				struct num_value v;
				bool num = *s != '\0' && num_parse(s, conv, &v,
					NULL, 0) == 0 && (v.kind == NUM_VALUE ||
					v.kind == NUM_RANGE);
				n = tbl_cell(c, r, s, num);
			}
			o = &bl[nbl++];
			*o = (struct blok){n, i, k, 1, 1};
			own[i * w + k] = o;
		}
	}
	for (size_t i = 0; i < nbl; i++) {
		bl[i].n->as.cell.colspan = (int)bl[i].nkolom;
		bl[i].n->as.cell.rowspan = (int)bl[i].nbaris;
	}
	return t;
}
