/* The data tables of a report folder (schema.h), with the notes the
 * workbook shows on each column (docs/content-format.md says the same in
 * English). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "model/csv.h"
#include "model/schema.h"
#include "util/path.h"

#define N(a) (sizeof a / sizeof a[0])

/* The loader's enumerations, in its order (load.c parse_enum). */
static const char *const TINGKAT[] = {"tujuan", "sasaran", "indikator", NULL};
static const char *const POLARITAS[] = {"positif", "negatif",
	"negatif-rasio", "rentang", "kualitatif", NULL};
static const char *const SIFAT[] = {"persentase", "absolut", NULL};
static const char *const IKU[] = {"tidak", "ya", NULL};
static const char *const KELOMPOK[] = {"jabatan", "golongan", "pendidikan",
	NULL};
static const char *const BESARAN[] = {"capaian", "kemajuan", "serapan",
	"efisiensi", "pagu", "pagu-awal", "realisasi-anggaran", "predikat",
	"belanja", NULL};

static const char *const JENIS_BELANJA[] = {"operasi", "modal",
	"tidak-terduga", "transfer", "langsung", "tidak-langsung", NULL};

#define ANGKA_CATATAN "Isi angka; kosongkan atau tulis - bila tidak ada."

static const struct skema_kolom INDIKATOR[] = {
	{"kode", true, KOLOM_TEKS, NULL, "Kode unik, dipakai di semua berkas "
		"dan di narasi: T1, S1, IKU1 (huruf, angka, titik, - atau _)."},
	{"tingkat", true, KOLOM_TEKS, TINGKAT, "tujuan, sasaran atau "
		"indikator."},
	{"induk", false, KOLOM_TEKS, NULL, "Kode induknya: tujuan untuk "
		"sasaran, sasaran untuk indikator. Kosong untuk tujuan."},
	{"uraian", true, KOLOM_TEKS, NULL, "Pernyataan tujuan/sasaran atau "
		"nama indikator."},
	{"satuan", false, KOLOM_TEKS, NULL, "Satuan indikator: %, UM, Angka, "
		"Skor, koperasi."},
	{"polaritas", false, KOLOM_TEKS, POLARITAS, "positif (makin tinggi "
		"makin baik, bawaan), negatif, negatif-rasio, rentang atau "
		"kualitatif."},
	{"sifat", false, KOLOM_TEKS, SIFAT, "persentase (target akhir = "
		"target tahun terakhir, bawaan) atau absolut (target akhir = "
		"jumlah target tahunan)."},
	{"iku", false, KOLOM_TEKS, IKU, "ya bila Indikator Kinerja Utama."},
	{"formula", false, KOLOM_TEKS, NULL, "Rumus sebagai teks untuk tabel "
		"IKU."},
	{"definisi", false, KOLOM_TEKS, NULL, "Definisi operasional."},
	{"sumber_data", false, KOLOM_TEKS, NULL, "Sumber data."},
	{"penanggung_jawab", false, KOLOM_TEKS, NULL, "Bidang penanggung "
		"jawab."},
	{"rumus", false, KOLOM_TEKS, NULL, "Realisasi turunan dari lembar "
		"data: rasio(a, b), rasio(a, b, 100.000) (per 100.000), "
		"pertumbuhan(a), jumlah(a, b), jumlah_anak()."},
	{"target_akhir", false, KOLOM_ANGKA, NULL, "Target akhir Renstra bila "
		"bukan aturan sifat. " ANGKA_CATATAN},
};

static const struct skema_kolom KINERJA[] = {
	{"indikator", true, KOLOM_TEKS, NULL, "Kode indikator dari lembar "
		"indikator."},
	{"tahun", true, KOLOM_TAHUN, NULL, "Tahun: riwayat, tahun Renstra dan "
		"tahun laporan, satu baris per indikator per tahun."},
	{"target", false, KOLOM_ANGKA, NULL, "Target Renstra tahun itu "
		"(rentang: 60 - 80). " ANGKA_CATATAN},
	{"target_pk", false, KOLOM_ANGKA, NULL, "Target Perjanjian Kinerja. "
		ANGKA_CATATAN},
	{"target_pk_perubahan", false, KOLOM_ANGKA, NULL, "Target Perubahan "
		"PK; bila diisi, inilah target capaian. " ANGKA_CATATAN},
	{"realisasi", false, KOLOM_ANGKA, NULL, "Realisasi (kosong untuk "
		"tahun depan dan indikator turunan). " ANGKA_CATATAN},
	{"capaian_tertulis", false, KOLOM_ANGKA, NULL, "Capaian seperti "
		"terbit di laporan lama: lkjip memeriksanya. " ANGKA_CATATAN},
	{"standar", false, KOLOM_ANGKA, NULL, "Nilai standar nasional atau "
		"provinsi. " ANGKA_CATATAN},
	{"standar_sumber", false, KOLOM_TEKS, NULL, "Standar mana: Nasional, "
		"Provinsi Jawa Timur."},
	{"keterangan", false, KOLOM_TEKS, NULL, "Keterangan bebas "
		"tahun itu; tampil di tabel dengan kolom=...,keterangan."},
};

static const struct skema_kolom ANGGARAN[] = {
	{"kode", true, KOLOM_TEKS, NULL, "Kode Kepmendagri: 2.17.02 program, "
		"2.17.02.2.01 kegiatan, 2.17.02.2.01.0001 sub kegiatan."},
	{"uraian", true, KOLOM_TEKS, NULL, "Nama program, kegiatan atau sub "
		"kegiatan."},
	{"sasaran", false, KOLOM_TEKS, NULL, "Kode sasaran yang didukung "
		"(program)."},
	{"indikator", false, KOLOM_TEKS, NULL, "Indikator baris ini."},
	{"satuan", false, KOLOM_TEKS, NULL, "Satuannya."},
	{"target", false, KOLOM_ANGKA, NULL, "Target yang berlaku (setelah "
		"perubahan). " ANGKA_CATATAN},
	{"target_awal", false, KOLOM_ANGKA, NULL, "Target sebelum perubahan; "
		"kosong = sama dengan target. " ANGKA_CATATAN},
	{"realisasi", false, KOLOM_ANGKA, NULL, "Realisasinya. Isi angka; "
		"0 bila memang nol, kosongkan bila tidak dilaporkan (bukan -)."},
	{"pagu_awal", false, KOLOM_ANGKA, NULL, "Pagu awal (Rp); atau isi "
		"kolom pagu saja. " ANGKA_CATATAN},
	{"pagu_perubahan", false, KOLOM_ANGKA, NULL, "Pagu setelah APBD-P "
		"(Rp). " ANGKA_CATATAN},
	{"pagu", false, KOLOM_ANGKA, NULL, "Satu kolom pagu bila laporan "
		"tidak membedakan pagu awal dan perubahan (Rp). " ANGKA_CATATAN},
	{"realisasi_anggaran", true, KOLOM_ANGKA, NULL, "Anggaran terserap "
		"(Rp). Isi angka; 0 bila tidak ada yang terserap, kosongkan bila "
		"tidak dilaporkan (bukan -); pada program/kegiatan kosong = "
		"jumlah rinciannya."},
	{"penanggung_jawab", false, KOLOM_TEKS, NULL, "Bidang penanggung "
		"jawab."},
	{"mendukung", false, KOLOM_TEKS, NULL, "Kode indikator yang "
		"didukung, dipisah ; (IKU1; IKU2)."},
	{"keterangan", false, KOLOM_TEKS, NULL, "Keterangan bebas; tampil "
		"di tabel dengan kolom=...,keterangan."},
};

static const struct skema_kolom PAGU_RENSTRA[] = {
	{"kode", true, KOLOM_TEKS, NULL, "Kode urusan, bidang urusan, "
		"program, kegiatan atau sub kegiatan (2, 2.17, 2.17.02, "
		"2.17.02.2.01, 2.17.02.2.01.0001)."},
	{"tahun", true, KOLOM_TAHUN, NULL, "Tahun periode Renstra; kosong "
		"pada baris yang hanya menerangkan barisnya."},
	{"pagu", false, KOLOM_ANGKA, NULL, "Pagu indikatif tahun itu (Rp); "
		"kosong: jumlah baris di bawahnya. " ANGKA_CATATAN},
	{"target", false, KOLOM_ANGKA, NULL, "Target indikator tahun itu. "
		ANGKA_CATATAN},
	{"uraian", false, KOLOM_TEKS, NULL, "Nama urusan/program/kegiatan "
		"(wajib bila kodenya tidak ada di lembar anggaran)."},
	{"indikator", false, KOLOM_TEKS, NULL, "Indikator menurut Renstra."},
	{"satuan", false, KOLOM_TEKS, NULL, "Satuan indikator."},
	{"baseline", false, KOLOM_ANGKA, NULL, "Kondisi awal (tahun sebelum "
		"Renstra). " ANGKA_CATATAN},
	{"target_akhir", false, KOLOM_ANGKA, NULL, "Target akhir periode "
		"Renstra, seperti tertulis. " ANGKA_CATATAN},
	{"pagu_akhir", false, KOLOM_ANGKA, NULL, "Pagu akhir periode seperti "
		"tertulis (diperiksa terhadap jumlah per tahun). "
		ANGKA_CATATAN},
	{"sifat", false, KOLOM_TEKS, SIFAT, "persentase atau absolut: cara "
		"menghitung tingkat kemajuan."},
};

static const struct skema_kolom RENCANA_AKSI[] = {
	{"indikator", true, KOLOM_TEKS, NULL, "Kode indikator."},
	{"tahun", true, KOLOM_TAHUN, NULL, "Tahun rencana (biasanya tahun "
		"laporan + 1)."},
	{"target", false, KOLOM_ANGKA, NULL, "Target tahunan. " ANGKA_CATATAN},
	{"tw1", false, KOLOM_ANGKA, NULL, "Target triwulan I. " ANGKA_CATATAN},
	{"tw2", false, KOLOM_ANGKA, NULL, "Target triwulan II. "
		ANGKA_CATATAN},
	{"tw3", false, KOLOM_ANGKA, NULL, "Target triwulan III. "
		ANGKA_CATATAN},
	{"tw4", false, KOLOM_ANGKA, NULL, "Target triwulan IV. "
		ANGKA_CATATAN},
};

static const struct skema_kolom DATA[] = {
	{"seri", true, KOLOM_TEKS, NULL, "Nama seri (huruf, angka, titik, - "
		"atau _), dipakai di rumus dan {{data SERI}}."},
	{"tahun", true, KOLOM_TAHUN, NULL, "Tahun."},
	{"nilai", true, KOLOM_ANGKA, NULL, "Nilai. " ANGKA_CATATAN},
	{"keterangan", false, KOLOM_TEKS, NULL, "Keterangan."},
	{"uraian", false, KOLOM_TEKS, NULL, "Nama seri di kepala tabel "
		"{{tabel seri}} (cukup di satu baris seri itu)."},
	{"satuan", false, KOLOM_TEKS, NULL, "Satuan seri (unit, orang, %); "
		"cukup di satu baris seri itu."},
};

static const struct skema_kolom SAKIP[] = {
	{"tahun", true, KOLOM_TAHUN, NULL, "Tahun yang dievaluasi."},
	{"komponen", true, KOLOM_TEKS, NULL, "Nama komponen."},
	{"bobot", true, KOLOM_ANGKA, NULL, "Bobot (jumlah bobot satu tahun = "
		"100). " ANGKA_CATATAN},
	{"nilai", true, KOLOM_ANGKA, NULL, "Nilai yang diperoleh. "
		ANGKA_CATATAN},
};

static const struct skema_kolom PEGAWAI[] = {
	{"kelompok", true, KOLOM_TEKS, KELOMPOK, "jabatan, golongan atau "
		"pendidikan (satu tabel per kelompok)."},
	{"uraian", true, KOLOM_TEKS, NULL, "Jabatan, pangkat/golongan atau "
		"jenjang pendidikan."},
	{"laki_laki", false, KOLOM_ANGKA, NULL, "Pegawai laki-laki (isi "
		"bersama perempuan, atau isi jumlah saja)."},
	{"perempuan", false, KOLOM_ANGKA, NULL, "Pegawai perempuan."},
	{"jumlah", false, KOLOM_ANGKA, NULL, "Jumlah pegawai bila tidak "
		"dipilah menurut jenis kelamin."},
	{"kebutuhan", false, KOLOM_ANGKA, NULL, "Kebutuhan pegawai "
		"(jabatan)."},
};

static const struct skema_kolom ASET[] = {
	{"uraian", true, KOLOM_TEKS, NULL, "Golongan aset."},
	{"saldo_awal", true, KOLOM_ANGKA, NULL, "Nilai awal tahun (Rp). "
		ANGKA_CATATAN},
	{"penambahan", true, KOLOM_ANGKA, NULL, "Penambahan (Rp). "
		ANGKA_CATATAN},
	{"pengurangan", true, KOLOM_ANGKA, NULL, "Pengurangan, ditulis "
		"positif (Rp). " ANGKA_CATATAN},
	{"saldo_akhir", true, KOLOM_ANGKA, NULL, "Nilai akhir tahun (Rp) = "
		"awal + penambahan - pengurangan. " ANGKA_CATATAN},
};

static const struct skema_kolom BELANJA[] = {
	{"jenis", true, KOLOM_TEKS, JENIS_BELANJA, "Jenis belanja: operasi, "
		"modal, tidak-terduga, transfer (Permendagri 77/2020) atau "
		"langsung, tidak-langsung; satu skema per laporan."},
	{"uraian", true, KOLOM_TEKS, NULL, "Rincian: Belanja Pegawai, Belanja "
		"Barang dan Jasa."},
	{"anggaran", true, KOLOM_ANGKA, NULL, "Anggaran (Rp). " ANGKA_CATATAN},
	{"realisasi", true, KOLOM_ANGKA, NULL, "Realisasi (Rp). "
		ANGKA_CATATAN},
};

#define CIRI_CATATAN "Isi minimal dua kolom ciri (golongan, pendidikan, " \
	"jabatan, jenis_kelamin, eselon, usia, status); kolom yang tidak " \
	"dipakai biarkan kosong atau hapus."
static const struct skema_kolom PEGAWAI_RINCI[] = {
	{"golongan", false, KOLOM_TEKS, NULL, "Golongan/ruang. " CIRI_CATATAN},
	{"pendidikan", false, KOLOM_TEKS, NULL, "Pendidikan terakhir."},
	{"jabatan", false, KOLOM_TEKS, NULL, "Jabatan."},
	{"jenis_kelamin", false, KOLOM_TEKS, NULL, "Laki-laki atau "
		"Perempuan."},
	{"eselon", false, KOLOM_TEKS, NULL, "Eselon."},
	{"usia", false, KOLOM_TEKS, NULL, "Kelompok usia."},
	{"status", false, KOLOM_TEKS, NULL, "PNS, PPPK, non-ASN."},
	{"jumlah", true, KOLOM_ANGKA, NULL, "Jumlah pegawai dengan ciri-ciri "
		"itu. " ANGKA_CATATAN},
};

static const struct skema_kolom ASET_KONDISI[] = {
	{"uraian", true, KOLOM_TEKS, NULL, "Jenis barang."},
	{"satuan", false, KOLOM_TEKS, NULL, "Satuan: unit, buah."},
	{"baik", true, KOLOM_ANGKA, NULL, "Jumlah dalam kondisi baik."},
	{"rusak_ringan", true, KOLOM_ANGKA, NULL, "Rusak ringan."},
	{"rusak_berat", true, KOLOM_ANGKA, NULL, "Rusak berat."},
	{"jumlah", false, KOLOM_ANGKA, NULL, "Jumlah seperti terbit (diperiksa "
		"terhadap baik + rusak ringan + rusak berat)."},
};

static const struct skema_kolom TERBIT[] = {
	{"besaran", true, KOLOM_TEKS, BESARAN, "Angka apa yang terbit: "
		"capaian, kemajuan, serapan, efisiensi, pagu, pagu-awal, "
		"realisasi-anggaran, predikat, belanja."},
	{"kode", false, KOLOM_TEKS, NULL, "Kode indikator, sasaran atau "
		"anggaran; kosong = seluruh laporan."},
	{"tahun", false, KOLOM_TAHUN, NULL, "Tahun (bawaan: tahun laporan)."},
	{"nilai", true, KOLOM_ANGKA, NULL, "Angka seperti terbit. "
		ANGKA_CATATAN},
	{"sumber", false, KOLOM_TEKS, NULL, "Tempat terbitnya: Tabel 3.10."},
};

const struct skema_tabel SKEMA_DATA[] = {
	{"indikator.csv", "indikator", true, INDIKATOR, N(INDIKATOR)},
	{"kinerja.csv", "kinerja", true, KINERJA, N(KINERJA)},
	{"anggaran.csv", "anggaran", true, ANGGARAN, N(ANGGARAN)},
	{"pagu_renstra.csv", "pagu_renstra", false, PAGU_RENSTRA,
		N(PAGU_RENSTRA)},
	{"rencana_aksi.csv", "rencana_aksi", false, RENCANA_AKSI,
		N(RENCANA_AKSI)},
	{"data.csv", "data", false, DATA, N(DATA)},
	{"evaluasi_sakip.csv", "evaluasi_sakip", false, SAKIP, N(SAKIP)},
	{"pegawai.csv", "pegawai", false, PEGAWAI, N(PEGAWAI)},
	{"aset.csv", "aset", false, ASET, N(ASET)},
	{"belanja.csv", "belanja", false, BELANJA, N(BELANJA)},
	{"pegawai_rinci.csv", "pegawai_rinci", false, PEGAWAI_RINCI,
		N(PEGAWAI_RINCI)},
	{"aset_kondisi.csv", "aset_kondisi", false, ASET_KONDISI,
		N(ASET_KONDISI)},
	{"terbit.csv", "terbit", false, TERBIT, N(TERBIT)},
};
const size_t SKEMA_NDATA = N(SKEMA_DATA);

const struct skema_tabel *skema_tabel(const char *berkas)
{
	for (size_t i = 0; i < SKEMA_NDATA; i++)
		if (!strcmp(SKEMA_DATA[i].berkas, berkas))
			return &SKEMA_DATA[i];
	return NULL;
}

/* One file as typed into *m; false when it cannot be read. */
static bool baca(struct report *r, const char *rel,
	const struct skema_tabel *s, struct tabel_mentah *m,
	struct diag_list *dl)
{
	struct arena *a = r->arena;
	const char *path = arena_printf(a, "%s/%s", r->dir, rel);
	size_t len;
	char *buf = file_read_in(r->dir, rel, &len);
	if (buf == NULL) {
		if (errno != ENOENT)
			diag_add(dl, DIAG_ERROR, (struct src_pos){path, 0, 0,
				NULL}, "%s", path_refusal(errno));
		return false;
	}
	struct csv_table *t = csv_load_mem(a, path, buf, len, dl);
	free(buf);
	if (t == NULL)
		return false;
	/* The numeric columns settle the convention, as in load.c. */
	size_t nk = s ? s->nkolom : 0;
	const char **num = arena_alloc(a, (nk + 1) * sizeof *num);
	size_t nn = 0;
	for (size_t k = 0; k < nk; k++)
		if (s->kolom[k].jenis == KOLOM_ANGKA)
			num[nn++] = s->kolom[k].nama;
	num[nn] = NULL;
	csv_settle_convention(t, r->meta.angka, num);
	m->skema = s;
	m->path = path;
	m->header_row = t->header_row;
	m->header = t->header;
	m->ncol = t->ncol;
	m->nbaris = t->nrows;
	m->baris = arena_alloc(a, (t->nrows + 1) * sizeof *m->baris);
	m->baris_row = arena_alloc(a, (t->nrows + 1) * sizeof *m->baris_row);
	for (size_t k = 0; k < t->nrows; k++) {
		m->baris[k] = t->rows[k].cell;
		m->baris_row[k] = t->rows[k].rownum;
	}
	m->nkomentar = t->ncomment;
	m->komentar = arena_alloc(a, (t->ncomment + 1) * sizeof *m->komentar);
	m->komentar_row = arena_alloc(a, (t->ncomment + 1) *
		sizeof *m->komentar_row);
	for (size_t k = 0; k < t->ncomment; k++) {
		m->komentar[k] = arena_printf(a, "# %s: %s", t->comment_key[k],
			t->comment_val[k]);
		m->komentar_row[k] = t->comment_row[k];
	}
	m->conv = t->conv;
	return true;
}

struct tabel_mentah *model_data_mentah(struct report *r, size_t *n,
	struct diag_list *dl)
{
	struct tabel_mentah *out = arena_alloc(r->arena, (SKEMA_NDATA +
		r->ntabel + 1) * sizeof *out);
	*n = 0;
	for (size_t i = 0; i < SKEMA_NDATA; i++)
		if (baca(r, SKEMA_DATA[i].berkas, &SKEMA_DATA[i], &out[*n], dl)) {
			out[*n].nama = SKEMA_DATA[i].lembar;
			(*n)++;
		}
	for (size_t i = 0; i < r->ntabel; i++) {
		const char *rel = arena_printf(r->arena, "tabel/%s.csv",
			r->tabel[i].nama);
		if (baca(r, rel, NULL, &out[*n], dl)) {
			out[*n].nama = arena_printf(r->arena, "tabel-%s",
				r->tabel[i].nama);
			(*n)++;
		}
	}
	return out;
}
