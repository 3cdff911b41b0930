#define _GNU_SOURCE
/* lkjip new: a report folder that builds at once and says what is still
 * to be filled in. Its chapters follow the default skeleton
 * (templates/kerangka.yaml) and show the directives that bind figures
 * into sentences; examples that need a code of the data wait in HTML
 * comments, which vanish from every output. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scaffold/scaffold.h"
#include "util/path.h"
#include "util/xalloc.h"

/* laporan.yaml: every key of load_meta.c, commented. %d: the year, the
 * year after it (tanggal), the Renstra's first and last year. */
static const char LAPORAN[] =
"# Identitas laporan. Setiap kunci dijelaskan di docs/content-format.md\n"
"# (bagian laporan.yaml). Kunci yang diawali # tidak dipakai; hapus #\n"
"# untuk memakainya. Ganti setiap isian contoh dengan data dinas Anda.\n"
"laporan:\n"
"  judul: Laporan Kinerja Instansi Pemerintah   # boleh diganti\n"
"  singkatan: LKjIP\n"
"  tahun: %d                                   # tahun yang dilaporkan\n"
"instansi:\n"
"  nama: Dinas Contoh                   # GANTI: nama perangkat daerah\n"
"  singkatan: Dinas                     # boleh kosong (hapus barisnya)\n"
"  pemerintah: Kabupaten Contoh         # GANTI: kabupaten/kota/provinsi\n"
"  alamat: Jalan Contoh No. 1           # GANTI atau hapus\n"
"  # telepon: (0351) 123456             # di sampul\n"
"  # email: dinas@contoh.go.id          # di sampul\n"
"  # laman: dinas.contoh.go.id          # di sampul\n"
"  # logo: logo.png                     # berkas PNG, JPEG atau SVG di folder ini\n"
"renstra:                               # periode Renstra\n"
"  awal: %d\n"
"  akhir: %d\n"
"kepala:                                # penanda tangan laporan\n"
"  nama: Nama Kepala Dinas              # GANTI\n"
"  jabatan: Kepala Dinas Contoh         # GANTI\n"
"  pangkat: Pembina Utama Muda          # boleh dihapus\n"
"  golongan: IV/c                       # boleh dihapus\n"
"  # nip: \"123456789012345678\"          # 18 angka, dalam tanda petik\n"
"  # status: plt                        # plt | plh | definitif (bawaan)\n"
"penandatanganan:                       # tempat dan tanggal tanda tangan\n"
"  tempat: Contoh                       # GANTI\n"
"  tanggal: %d-02-28                  # TTTT-BB-HH\n"
"  # bentuk: ditetapkan                 # tempat-tanggal (bawaan) | ditetapkan\n"
"predikat:                              # skala predikat capaian\n"
"  preset: magetan                      # magetan | permendagri | jombang\n"
"  # celah: ya                          # skala sendiri yang bercelah\n"
"  # skala:                             # atau skala sendiri (ganti preset)\n"
"  #   - { nama: Sangat Berhasil, rentang: \">= 100\", kelas: sangat-baik }\n"
"  #   - { nama: Berhasil, rentang: \">= 75 dan < 100\", teks: \"75 - 100\" }\n"
"  #   - { nama: Cukup Berhasil, rentang: \">= 55 dan < 75\" }\n"
"  #   - { nama: Kurang Berhasil, rentang: \"< 55\" }\n"
"perhitungan:\n"
"  rata_rata: penuh                     # penuh | tampilan (angka yang tercetak)\n"
"  # batas_capaian: 120                 # batasi capaian sebelum dirata-rata\n"
"  efisiensi: selisih                   # selisih | rasio | pmk214 | sisa\n"
"  ambang_wajar: 300                    # capaian di atas ini diperiksa\n"
"  capaian_tak_wajar: sertakan         # sertakan | kecualikan | batasi\n"
"  dasar_capaian: penuh                 # penuh | tampilan (angka yang tercetak)\n"
"  # nilai_kualitatif:                  # nilai huruf -> angka (polaritas kualitatif)\n"
"  #   AA: 100\n"
"  #   A: 90\n"
"  #   BB: 80\n"
"pembulatan:                            # hanya tampilan; cara: potong | setengah-naik\n"
"  capaian:   { desimal: 2, cara: setengah-naik }\n"
"  anggaran:  { desimal: 2, cara: setengah-naik }\n"
"  efisiensi: { desimal: 2, cara: setengah-naik }\n"
"  nilai:     { desimal: 2, cara: setengah-naik }\n"
"angka: indonesia                       # indonesia (1.234,5) | internasional (1,234.5)\n"
"html_mentah: false                     # HTML di bab selalu tampil sebagai teks\n"
"# sampul:                             # tampilan sampul\n"
"#   templat: polos                     # polos (bawaan) | pita: judul di atas pita\n"
"#   tahun_terbit: TTTT                 # tahun terbit, baris terakhir sampul\n"
"# lampiran:                            # dokumen dilampirkan apa adanya (PDF, PNG, JPEG, SVG)\n"
"#   - judul: Perjanjian Kinerja\n"
"#     berkas: lampiran/perjanjian-kinerja.pdf\n"
"#     ukuran: teks                     # teks (bawaan) | halaman\n"
"# kerangka: kerangka.yaml              # kerangka bab sendiri (bawaan: templates/kerangka.yaml)\n"
"bab:                                   # berkas tiap bagian kerangka\n"
"  kata-pengantar: bab/00-kata-pengantar.md\n"
"  ikhtisar: bab/01-ikhtisar.md\n"
"  bab-1: bab/10-pendahuluan.md\n"
"  bab-2: bab/20-perencanaan.md\n"
"  bab-3: bab/30-akuntabilitas.md\n"
"  bab-4: bab/40-penutup.md\n"
"  lampiran: bab/50-lampiran.md\n";

static const char SITE[] =
"# Pengaturan situs (docs/content-format.md, bagian site.yaml).\n"
"judul: Portal LKjIP Kabupaten Contoh          # GANTI: judul situs\n"
"url_dasar: https://lkjip.example.go.id/       # GANTI: alamat situs\n"
"deskripsi: Laporan Kinerja Instansi Pemerintah yang telah dipublikasikan.\n";

struct bab_contoh {
	const char *berkas;
	const char *teks;
};

/* The parts of templates/kerangka.yaml that take a file. */
static const struct bab_contoh BAB[] = {
	{"bab/00-kata-pengantar.md",
"<!-- Kata pengantar. Angka tidak pernah diketik: tulis direktif\n"
"     {{...}} (docs/directives.md) agar koreksi data sampai ke kalimat. -->\n"
"\n"
"Puji syukur ke hadirat Tuhan Yang Maha Esa, Laporan Kinerja Instansi\n"
"Pemerintah {{instansi}} {{pemerintah}} Tahun {{tahun}} dapat disusun\n"
"sebagai wujud pertanggungjawaban kinerja selama tahun {{tahun}}.\n"
"\n"
"{{tanda-tangan}}\n"},
	{"bab/01-ikhtisar.md",
"<!-- Ikhtisar eksekutif: ringkasan capaian. {{capaian}} dan\n"
"     {{predikat}} menunjukkan - sampai lembar kinerja terisi. -->\n"
"\n"
"Rata-rata capaian kinerja {{instansi}} tahun {{tahun}} sebesar\n"
"{{capaian}} dengan predikat {{predikat}}. Realisasi anggaran\n"
"{{realisasi-anggaran}} dari pagu {{pagu}} (serapan {{serapan}}).\n"
"\n"
"{{tabel ringkasan}}\n"},
	{"bab/10-pendahuluan.md",
"## Latar Belakang\n"
"\n"
"Tuliskan dasar hukum penyusunan LKjIP dan gambaran umum {{instansi}}\n"
"{{pemerintah}}.\n"
"\n"
"## Tugas Pokok dan Fungsi\n"
"\n"
"Tuliskan tugas pokok dan fungsi.\n"
"\n"
"## Struktur Organisasi\n"
"\n"
"<!-- Gambar dari folder laporan:\n"
"{{gambar struktur.png alt=\"Bagan struktur organisasi\"}}\n"
"     Tabel polos dari tabel/NAMA.csv atau lembar tabel-NAMA:\n"
"{{tabel csv nama=NAMA judul=\"Judul tabel\" sumber=\"Sumber\"}}\n"
"     Data kepegawaian (lembar pegawai):\n"
"{{tabel pegawai kelompok=jabatan}}\n"
"{{grafik pegawai kelompok=jabatan}}\n"
"-->\n"
"\n"
"Tuliskan struktur organisasi dan sumber daya manusia.\n"},
	{"bab/20-perencanaan.md",
"## Rencana Strategis\n"
"\n"
"Renstra {{instansi}} periode {{renstra}} memuat tujuan, sasaran dan\n"
"indikator kinerja berikut.\n"
"\n"
"{{tabel renstra}}\n"
"\n"
"## Indikator Kinerja Utama\n"
"\n"
"{{tabel iku}}\n"
"\n"
"## Perjanjian Kinerja Tahun {{tahun}}\n"
"\n"
"{{tabel pk}}\n"
"\n"
"{{tabel program}}\n"
"\n"
"<!-- Bila ada Perubahan PK: {{tabel pk-perubahan}}\n"
"     Rencana aksi tahun depan (lembar rencana_aksi): {{tabel rencana-aksi}} -->\n"},
	{"bab/30-akuntabilitas.md",
"## Capaian Kinerja Organisasi\n"
"\n"
"Pengukuran kinerja memakai kriteria berikut.\n"
"\n"
"{{tabel kriteria}}\n"
"\n"
"Rata-rata capaian kinerja tahun {{tahun}} sebesar {{capaian}}\n"
"({{predikat}}).\n"
"\n"
"{{tabel capaian}}\n"
"\n"
"{{tabel perbandingan}}\n"
"\n"
"{{tabel kemajuan}}\n"
"\n"
"<!-- Setelah lembar indikator dan kinerja terisi, per indikator\n"
"     (ganti IKU1 dengan kode Anda):\n"
"Capaian {{uraian IKU1}} tahun {{tahun}} sebesar {{capaian IKU1}}\n"
"({{predikat IKU1}}): target {{target IKU1}}, realisasi {{realisasi IKU1}};\n"
"tahun lalu {{capaian IKU1 tahun=2023}}. Kemajuan terhadap target akhir\n"
"Renstra {{target-akhir IKU1}} sebesar {{kemajuan IKU1}}.\n"
"\n"
"{{grafik target-realisasi}}\n"
"\n"
"{{grafik capaian-tahunan jenis=batang}}\n"
"\n"
"Bila ada standar nasional atau provinsi: {{tabel standar}}\n"
"Nilai dari lembar data: {{data NAMA_SERI}}\n"
"Hasil evaluasi SAKIP (lembar evaluasi_sakip): {{sakip}} ({{sakip-predikat}})\n"
"{{tabel sakip}}\n"
"-->\n"
"\n"
"## Realisasi Anggaran\n"
"\n"
"Pagu anggaran tahun {{tahun}} sebesar {{pagu}} ({{terbilang pagu}})\n"
"terealisasi {{realisasi-anggaran}} atau {{serapan}}.\n"
"\n"
"{{tabel anggaran}}\n"
"\n"
"{{tabel efisiensi-sasaran}}\n"
"\n"
"{{tabel efisiensi-program}}\n"
"\n"
"<!-- Setelah lembar anggaran terisi:\n"
"{{grafik anggaran}}\n"
"\n"
"{{grafik komposisi-anggaran}}\n"
"\n"
"Aset tetap (lembar aset): {{tabel aset}} -->\n"},
	{"bab/40-penutup.md",
"Capaian kinerja {{instansi}} tahun {{tahun}} secara keseluruhan\n"
"{{predikat}}. Tuliskan kesimpulan, permasalahan dan langkah perbaikan ke\n"
"depan.\n"
"\n"
"{{tanda-tangan}}\n"},
	{"bab/50-lampiran.md",
"<!-- Lampiran (boleh dihapus: bagian ini tidak wajib; hapus juga\n"
"     baris lampiran di laporan.yaml). {{halaman-baru}} memulai halaman\n"
"     baru di PDF. -->\n"
"\n"
"Lampiran dokumen pendukung.\n"},
};

static int write_text(const char *dir, const char *name, const char *text,
	struct diag_list *dl)
{
	char *p = xasprintf("%s/%s", dir, name);
	int rc = file_write_atomic(p, text, strlen(text));
	if (rc < 0)
		diag_add(dl, DIAG_ERROR, (struct src_pos){name, 0, 0, NULL},
			"cannot write it: %s", strerror(errno));
	free(p);
	return rc;
}

/* Removes what a failed scaffold wrote into its temporary folder. */
static void remove_tree(const char *dir)
{
	DIR *d = opendir(dir);
	if (d != NULL) {
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			char *p = xasprintf("%s/%s", dir, e->d_name);
			struct stat st;
			if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
				remove_tree(p);
			else
				unlink(p);
			free(p);
		}
		closedir(d);
	}
	rmdir(dir);
}

static bool is_empty_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (d == NULL)
		return false;
	struct dirent *e;
	bool empty = true;
	while (empty && (e = readdir(d)) != NULL)
		empty = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..");
	closedir(d);
	return empty;
}

static int write_all(const char *tmp, int year, time_t created,
	struct diag_list *dl)
{
	char *yaml = xasprintf(LAPORAN, year, year, year + 4, year + 1);
	int rc = write_text(tmp, "laporan.yaml", yaml, dl);
	free(yaml);
	for (size_t i = 0; rc == 0 && i < sizeof BAB / sizeof BAB[0]; i++)
		rc = write_text(tmp, BAB[i].berkas, BAB[i].teks, dl);
	struct lembar l[16];
	size_t n = 0;
	const char *hdr[16][32];
	for (size_t i = 0; i < SKEMA_NDATA && n < 16; i++) {
		size_t nc = 0;
		for (size_t k = 0; k < SKEMA_DATA[i].nkolom && nc < 32; k++)
			/* pagu stands for pagu_awal + pagu_perubahan: the
			 * loader refuses a header with both. */
			if (strcmp(SKEMA_DATA[i].lembar, "anggaran") ||
					strcmp(SKEMA_DATA[i].kolom[k].nama, "pagu"))
				hdr[n][nc++] = SKEMA_DATA[i].kolom[k].nama;
		l[n] = (struct lembar){SKEMA_DATA[i].lembar, &SKEMA_DATA[i],
			1, hdr[n], nc, NULL, 0, NUM_ID};
		n++;
	}
	char *x = xasprintf("%s/data.xlsx", tmp);
	if (rc == 0 && (rc = scaffold_workbook(x, l, n, created)) < 0)
		diag_add(dl, DIAG_ERROR, (struct src_pos){"data.xlsx", 0, 0,
			NULL}, "cannot write it: %s", strerror(errno));
	free(x);
	return rc;
}

/* The folder's own name, as the site will use it: a report folder is
 * named with letters, digits, '-' and '_' (load.c), and <name>.pdf.tmp.PID
 * must fit in a file name (html/names.c): 239 bytes. */
static const char *bad_report_name(const char *dir)
{
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	size_t b = n;
	while (b > 0 && dir[b - 1] != '/')
		b--;
	if (n == b)
		return "has no folder name";
	for (size_t i = b; i < n; i++) {
		char c = dir[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
				(c >= '0' && c <= '9') || c == '-' || c == '_'))
			return "is not a report folder name: letters, digits, '-' "
				"and '_' (e.g. dinas-contoh-2025)";
	}
	if (n - b > 239)
		return "has a name longer than the 239 bytes a report folder "
			"name may have";
	return NULL;
}

int scaffold_new(const char *dir, int year, time_t created,
	struct diag_list *dl)
{
	struct src_pos at = {dir, 0, 0, NULL};
	const char *why = bad_report_name(dir);
	if (why != NULL) {
		diag_add(dl, DIAG_ERROR, at, "%s; nothing was written", why);
		return 1;
	}
	struct stat st;
	if (lstat(dir, &st) == 0) {
		if (S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode)) {
			diag_add(dl, DIAG_ERROR, at, "exists and is not a folder "
				"(a new report needs a new or empty folder)");
			return 1;
		}
		if (!is_empty_dir(dir)) {
			diag_add(dl, DIAG_ERROR, at, "exists and is not empty "
				"(a new report needs a new or empty folder; nothing "
				"was written)");
			return 1;
		}
	} else if (errno != ENOENT) {
		diag_add(dl, DIAG_ERROR, at, "%s", strerror(errno));
		return -1;
	}
	/* Everything goes into a hidden folder beside dir, renamed to dir
	 * last: a failure leaves no half-made report that a build would
	 * pick up. */
	char *parent = xstrdup(dir);
	size_t pl = strlen(parent);
	while (pl > 1 && parent[pl - 1] == '/')
		parent[--pl] = '\0';
	char *slash = strrchr(parent, '/');
	if (slash == NULL)
		strcpy(parent, ".");
	else if (slash == parent)
		parent[1] = '\0';
	else
		*slash = '\0';
	char *tmp = xasprintf("%s/.lkjip-new-XXXXXX", parent);
	int rc = -1;
	/* A new or empty parent becomes the content folder around the
	 * report, so that it builds. */
	struct stat pst;
	bool site = lstat(parent, &pst) != 0 || is_empty_dir(parent);
	if (mkdir_p(parent) < 0 || mkdtemp(tmp) == NULL) {
		diag_add(dl, DIAG_ERROR, at, "cannot make a folder beside it: "
			"%s", strerror(errno));
		goto out;
	}
	chmod(tmp, 0755);
	rc = write_all(tmp, year, created, dl);
	if (rc == 0 && rename(tmp, dir) < 0) {
		diag_add(dl, DIAG_ERROR, at, "cannot create it: %s",
			strerror(errno));
		rc = -1;
	}
	if (rc < 0)
		remove_tree(tmp);
	if (rc == 0 && site)
		rc = write_text(parent, "site.yaml", SITE, dl);
out:
	free(tmp);
	free(parent);
	return rc;
}
