/* The loaders on a good report and on bad files, each asserting the exact
 * diagnostic text. Bad cases are the good report with one file replaced,
 * written into a temporary copy. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model/model.h"
#include "util/path.h"

#include "../tmpcopy.h"

#define GOOD "tests/data/model/good"

static int setup(void **state)
{
	(void)state;
	return tmpcopy_setup(GOOD);
}

/* All diagnostics of loading r1, one per line, with the temp dir as "X". */
static char *load_diags(struct report **out)
{
	char dir[512];
	snprintf(dir, sizeof dir, "%s/r1", tmpdir);
	struct diag_list *dl = diag_list_new();
	struct report *r = model_load_report(dir, dl);
	diag_sort(dl);
	char *all = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&all, &len);
	for (size_t i = 0; i < diag_count(dl); i++) {
		char *s = diag_format(diag_get(dl, i));
		fprintf(f, "%s\n", s);
		free(s);
	}
	fclose(f);
	tmpcopy_mask(all);
	diag_list_free(dl);
	if (out)
		*out = r;
	else
		model_report_free(r);
	return all;
}

static void expect(const char *want)
{
	char *got = load_diags(NULL);
	assert_string_equal(got, want);
	free(got);
}

static void test_good(void **state)
{
	(void)state;
	struct report *r;
	char *d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	assert_non_null(r);
	assert_string_equal(r->id, "r1");
	assert_int_equal(r->meta.tahun, 2024);
	assert_string_equal(r->meta.skala.nama, "magetan");
	assert_int_equal(r->nindikator, 4);
	const struct indikator *i1 = model_indikator(r, "IKU1");
	assert_non_null(i1);
	assert_ptr_equal(i1->induk, model_indikator(r, "S1"));
	assert_int_equal(i1->ntahun, 2);
	assert_int_equal(i1->tahun[0].tahun, 2023);
	const struct tahunan *t = model_tahun(i1, 2024);
	assert_true(t->realisasi.ada);
	assert_true(fabs(t->realisasi.v - 76) < 1e-12);
	assert_true(fabs(model_target_efektif(t)->v - 70) < 1e-12);
	assert_int_equal(t->realisasi.pos.line, 3);
	assert_int_equal(t->realisasi.pos.column, 5);
	assert_string_equal(t->realisasi.pos.column_name, "realisasi");
	assert_true(fabs(model_tahun(i1, 2023)->capaian_tertulis.v - 101.54) < 1e-12);
	const struct anggaran *a = model_anggaran(r, "2.17.05.2.01");
	assert_int_equal(a->tingkat, ANGGARAN_KEGIATAN);
	assert_ptr_equal(a->induk, model_anggaran(r, "2.17.05"));
	assert_ptr_equal(a->sasaran, model_indikator(r, "S1"));
	assert_true(fabs(model_pagu_efektif(a)->v - 28000000) < 1e-6);
	model_report_free(r);
}

static void test_excel_realities(void **state)
{
	(void)state;
	/* BOM, CRLF, semicolons, trailing empty columns and rows. */
	put("r1/kinerja.csv", "\xef\xbb\xbfindikator;tahun;target;realisasi;;\r\n"
		"IKU1;2024;70;76;;\r\nIKU2;2024;2;3;;\r\n;;;;;\r\n\r\n");
	struct report *r;
	char *d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	assert_true(fabs(model_tahun(model_indikator(r, "IKU1"), 2024)
		->realisasi.v - 76) < 1e-12);
	model_report_free(r);
}

static void test_unknown_and_missing_columns(void **state)
{
	(void)state;
	put("r1/kinerja.csv", "indikator,tahun,realisasi,realisai,tahun\n"
		"IKU1,2024,76,76,2024\n");
	expect("X/r1/kinerja.csv:1:4: error: unknown column \"realisai\" "
		"(did you mean \"realisasi\"?)\n"
		"X/r1/kinerja.csv:1:5: error: column \"tahun\" appears twice "
		"(also column 2)\n");
	put("r1/kinerja.csv", "indikator,target\nIKU1,70\n");
	expect("X/r1/kinerja.csv:1: error: missing column \"tahun\"\n");
}

static void test_bad_cells(void **state)
{
	(void)state;
	put("r1/kinerja.csv", "indikator,tahun,target,realisasi\n"
		"IKU1,2024,70,tujuh puluh\n"
		"IKU9,2024,1,1\n"
		"IKU2,20x4,2,3\n");
	expect("X/r1/kinerja.csv:2:4: error: column \"realisasi\": expected a "
		"number, found \"tujuh puluh\"\n"
		"X/r1/kinerja.csv:3:1: error: column \"indikator\": \"IKU9\" is "
		"not a kode in indikator.csv\n"
		"X/r1/kinerja.csv:4:2: error: column \"tahun\": expected a year "
		"such as 2024, found \"20x4\"\n");
}

static void test_ambiguous_number(void **state)
{
	(void)state;
	/* Nothing in the file tells whether "1.525" is 1525 or 1,525. */
	put("r1/kinerja.csv", "indikator,tahun,target,realisasi\n"
		"IKU2,2024,\"1.525\",3\n");
	expect("X/r1/kinerja.csv:2:3: error: column \"target\": ambiguous "
		"number \"1.525\": the file does not show whether '.' groups "
		"thousands or marks decimals; write it without grouping (1525 or "
		"1,525) or declare the convention (angka: indonesia / "
		"internasional)\n");
	/* Another cell of the file settles it: Indonesian. */
	put("r1/kinerja.csv", "indikator,tahun,target,realisasi\n"
		"IKU2,2024,\"1.525\",\"3,5\"\n");
	struct report *r;
	char *d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	assert_true(fabs(model_tahun(model_indikator(r, "IKU2"), 2024)
		->target.v - 1525) < 1e-9);
	model_report_free(r);
	/* Both conventions in one file. */
	put("r1/kinerja.csv", "indikator,tahun,target,realisasi\n"
		"IKU1,2024,\"98,95\",85.14\n");
	expect("X/r1/kinerja.csv:2:4: error: column \"realisasi\": \"85.14\" "
		"is written the international way, but the cell at row 2, column "
		"\"target\" is written the Indonesian way; declare the convention "
		"with a first row \"# angka: indonesia\" or \"# angka: "
		"internasional\"\n");
	/* A declared international file. */
	put("r1/kinerja.csv", "# angka: internasional\n"
		"indikator,tahun,target,realisasi\nIKU1,2024,\"1,525\",85.14\n");
	d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	assert_true(fabs(model_tahun(model_indikator(r, "IKU1"), 2024)
		->target.v - 1525) < 1e-9);
	model_report_free(r);
}

static void test_hierarchy(void **state)
{
	(void)state;
	put("r1/indikator.csv", "kode,tingkat,induk,uraian,satuan\n"
		"T1,tujuan,,Tujuan,\n"
		"S1,sasaran,T1,Sasaran,\n"
		"S1,sasaran,T1,Lagi,\n"
		"IKU1,indikator,IKU1,Diri sendiri,%\n"
		"IKU2,indikator,T1,Indikator tujuan,UM\n"
		"IKU3,indikatr,S1,Typo,%\n"
		"S2,sasaran,,Sasaran tanpa tujuan,\n"
		"S3,sasaran,S2,Salah tingkat,\n"
		"IKU4,indikator,IKU2,Salah tingkat,%\n");
	expect("X/r1/indikator.csv:4:1: error: column \"kode\": kode \"S1\" is "
		"already used at row 3\n"
		"X/r1/indikator.csv:5:3: error: column \"induk\": \"IKU1\" names "
		"itself as its induk\n"
		"X/r1/indikator.csv:7:2: error: column \"tingkat\": expected one "
		"of tujuan, sasaran, indikator, found \"indikatr\"\n"
		"X/r1/indikator.csv:9:3: error: column \"induk\": the induk of a "
		"sasaran must be a tujuan; \"S2\" is a sasaran\n"
		"X/r1/indikator.csv:10:3: error: column \"induk\": the induk of an "
		"indikator must be a sasaran or a tujuan; \"IKU2\" is an "
		"indikator\n");
}

static void test_meta(void **state)
{
	(void)state;
	put("r1/laporan.yaml", "laporan:\n  tahun: dua ribu\n"
		"instansi:\n  nama: Dinas\n  pemerintah: Kab\n  warna: biru\n"
		"renstra:\n  awal: 2024\n  akhir: 2022\n"
		"kepala:\n  nama: A\n  jabatan: B\n  nip: \"123\"\n"
		"predikat:\n  skala:\n"
		"    - { nama: Baik, rentang: \">= 90\" }\n"
		"    - { nama: Cukup, rentang: \">= 50 dan < 80\" }\n"
		"    - { nama: Kurang, rentang: \"< 50\" }\n");
	expect("X/r1/laporan.yaml:2:10: error: \"tahun\": expected a whole "
		"number, found \"dua ribu\"\n"
		"X/r1/laporan.yaml:6:3: error: unknown key \"warna\" (expected one "
		"of: nama, singkatan, pemerintah, alamat, telepon, email, laman, "
		"logo)\n"
		"X/r1/laporan.yaml:8:3: error: renstra: akhir 2022 is before awal "
		"2024\n"
		"X/r1/laporan.yaml:13:8: error: nip must be 18 digits, found "
		"\"123\"\n"
		"X/r1/laporan.yaml:17:7: error: predicate scale has a gap between "
		"80 (end of \"Cukup\") and 90 (start of \"Baik\")\n");
}

/* Class 7 of issue 11: each was accepted with exit 0. */
static void test_years_dates_documents(void **state)
{
	(void)state;
	static const char head[] = "laporan:\n  tahun: 0\n"
		"instansi:\n  nama: Dinas\n  pemerintah: Kab\n"
		"renstra:\n  awal: 1999\n  akhir: 2026\n"
		"kepala:\n  nama: A\n  jabatan: B\n"
		"penandatanganan:\n  tempat: C\n  tanggal: 2024-02-30\n";
	put("r1/laporan.yaml", head);
	expect("X/r1/laporan.yaml:2:10: error: \"tahun\": the year 0 is "
		"outside 2000 to 2100\n"
		"X/r1/laporan.yaml:7:9: error: \"awal\": the year 1999 is "
		"outside 2000 to 2100\n"
		"X/r1/laporan.yaml:14:12: error: tanggal: expected a real date "
		"written YYYY-MM-DD or as \"14 Februari 2025\", or a month and "
		"year such as \"Januari 2025\", found \"2024-02-30\"\n");
	/* A second document is reported where it starts, not dropped. */
	put("r1/laporan.yaml", "---\nlaporan:\n  tahun: 2024\n---\n"
		"laporan:\n  tahun: 2025\n");
	expect("X/r1/laporan.yaml:4:1: error: a second YAML document: a file "
		"holds one document (remove this \"---\")\n");
}

static void test_units(void **state)
{
	(void)state;
	put("r1/kinerja.csv", "indikator,tahun,target,realisasi\n"
		"IKU1,2023,65 %,66 Persen\n"
		"IKU1,2024,70,85 orang\n"
		"IKU2,2024,2 um,3 %\n");
	expect("X/r1/kinerja.csv:3:4: error: column \"realisasi\": \"85 orang\" "
		"is in orang, but indicator IKU1 is measured in %\n"
		"X/r1/kinerja.csv:4:4: error: column \"realisasi\": \"3 %\" is in "
		"%, but indicator IKU2 is measured in UM\n");
}

/* libyaml's reader errors carry only a byte offset: the diagnostic still
 * names the line and column (of the byte that began a bad sequence);
 * syntax errors say where the unclosed construct started; a duplicate key
 * says where it first was. */
static void test_yaml_positions(void **state)
{
	(void)state;
	put("r1/laporan.yaml", "laporan:\n  tahun: 2024\ninstansi:\n"
		"  nama: Dinas K\xc3\xb6p \xf6k\n");
	expect("X/r1/laporan.yaml:4:19: error: the file is not UTF-8 (byte "
		"0xf6; Latin-1/Windows-1252?); save it as UTF-8\n");
	put("r1/laporan.yaml", "laporan:\n  tahun: 2024\n  x: \"a\x01\"\n");
	expect("X/r1/laporan.yaml:3:8: error: YAML: control characters are not "
		"allowed (U+0001)\n");
	put("r1/laporan.yaml", "laporan:\n  tahun: [2024, 2025\n\n");
	expect("X/r1/laporan.yaml:4:1: error: YAML: did not find expected ',' "
		"or ']' while parsing a flow sequence (started at line 2, "
		"column 10)\n");
	put("r1/laporan.yaml", "laporan:\n  tahun: 2024\n  tahun: 2025\n");
	expect("X/r1/laporan.yaml:3:3: error: key \"tahun\" appears twice "
		"(first at line 2, column 3)\n");
}

static void test_csv_encoding(void **state)
{
	(void)state;
	put("r1/kinerja.csv", "\xff\xfei\0n\0d\0");
	expect("X/r1/kinerja.csv: error: the file is UTF-16 (Excel \"Unicode "
		"text\"); save it as \"CSV UTF-8\"\n");
	put("r1/kinerja.csv", "indikator,tahun,target\nIKU1,2024,70\n"
		"IKU2,2024,\"Rp 2 \xe9\"\n");
	expect("X/r1/kinerja.csv:3:3: error: the file is not UTF-8 (byte 0xe9; "
		"Latin-1/Windows-1252?); save it as \"CSV UTF-8\"\n");
	/* A NUL byte: its row and column, a quoted line break counted as
	 * part of its cell. */
	static const char nul[] = "indikator,tahun,target\nIKU1,2023,\"6\n0\"\n"
		"IKU1,2024,7\0000\n";
	char p[512];
	snprintf(p, sizeof p, "%s/r1/kinerja.csv", tmpdir);
	assert_int_equal(file_write_atomic(p, nul, sizeof nul - 1), 0);
	expect("X/r1/kinerja.csv:3:3: error: a NUL byte: the file is not a "
		"CSV text file\n");
	put("r1/kinerja.csv", "indikator,tahun,target\nIKU1,2024,\"70\n");
	expect("X/r1/kinerja.csv:2: error: the file ends inside a quoted field "
		"(truncated file, or a stray '\"')\n");
}

/* Excel's first line "sep=;": the separator, and a line Excel hides (the
 * header is row 1); blank rows count as rows. */
static void test_csv_excel_sep(void **state)
{
	(void)state;
	put("r1/kinerja.csv", "sep=;\r\nindikator;tahun;target\r\n"
		"IKU1;2023;60,5\r\n\r\nIKU1;2024;x\r\n");
	expect("X/r1/kinerja.csv:4:3: error: column \"target\": expected a "
		"number, found \"x\"\n");
	put("r1/kinerja.csv", "sep=\t\nindikator\ttahun\n");
	expect("X/r1/kinerja.csv:1: error: \"sep=\" line: the separator must "
		"be ',' or ';', found \"\t\"\n");
}

/* A comment row is text: a quote in it opens no quoted field. Before,
 * '# unit ("A", "B")' began a field at ' "B' that swallowed the rows
 * after it without a word, so row 5's error below was never seen. */
static void test_csv_comment_quotes(void **state)
{
	(void)state;
	put("r1/kinerja.csv", "# catatan: satuan (\"A\", \"B\"), lihat \"C\n"
		"indikator,tahun,target\n"
		"# unit (\"A\", \"B\") dihitung ulang,,\n"
		"IKU1,2023,60\n"
		"IKU1,2024,x\n");
	expect("X/r1/kinerja.csv:5:3: error: column \"target\": expected a "
		"number, found \"x\"\n");
}

/* A comment of quotes only grows most when quoted ('#"' is 2 bytes and
 * 6 quoted with its NUL): the buffer overflowed (fuzz_csv, seed
 * comment-quote-at-end; the sanitizer suite sees it). */
static void test_csv_comment_all_quotes(void **state)
{
	(void)state;
	put("r1/kinerja.csv", "#\"\"\"\"\r\n"
		"indikator,tahun,target\r\n"
		"IKU1,2023,x\r\n"
		"#\"");
	expect("X/r1/kinerja.csv:3:3: error: column \"target\": expected a "
		"number, found \"x\"\n");
}

static void test_budget_codes(void **state)
{
	(void)state;
	put("r1/anggaran.csv", "kode,uraian,sasaran,pagu_awal,realisasi_anggaran\n"
		"2.17.05,Program,S9,100,90\n"
		"2.17,Urusan,,100,90\n"
		"2.17.05,Lagi,,100,-5\n");
	expect("X/r1/anggaran.csv:2:3: error: column \"sasaran\": \"S9\" is not "
		"a sasaran in indikator.csv (sasaran lists sasaran codes "
		"separated by ';')\n"
		"X/r1/anggaran.csv:3:1: error: column \"kode\": expected a "
		"Kepmendagri code: program 2.17.02, kegiatan 2.17.02.2.01 or sub "
		"kegiatan 2.17.02.2.01.0001; found \"2.17\"\n"
		"X/r1/anggaran.csv:4:1: error: column \"kode\": kode \"2.17.05\" is "
		"already used at row 2\n");
}

/* Issue 13 item 9: one "Anggaran" column, read as the one ceiling. */
static void test_pagu_satu(void **state)
{
	(void)state;
	put("r1/anggaran.csv", "kode,uraian,sasaran,pagu,realisasi_anggaran\n"
		"2.17.05,Program,S1,,\n"
		"2.17.05.2.01,Kegiatan,,28.000.000,27.700.000\n");
	struct report *r;
	char *d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	assert_true(r->pagu_satu);
	const struct anggaran *k = model_anggaran(r, "2.17.05.2.01");
	assert_true(fabs(model_pagu_efektif(k)->v - 28000000) < 1e-6);
	assert_false(model_anggaran(r, "2.17.05")->pagu_awal.ada);
	model_report_free(r);
	put("r1/anggaran.csv", "kode,uraian,sasaran,pagu,realisasi_anggaran\n"
		"2.17.05,Program,S1,,\n");
	expect("X/r1/anggaran.csv:2:4: error: column \"pagu\": pagu is "
		"empty, and 2.17.05 has no lines below it to add up\n");
}

/* Free text of a budget line (anggaran.csv keterangan), kept as
 * written; a line without it has none. */
static void test_keterangan_anggaran(void **state)
{
	(void)state;
	put("r1/anggaran.csv", "kode,uraian,sasaran,pagu,realisasi_anggaran,"
		"keterangan\n"
		"2.17.05,Program,S1,28.000.000,27.700.000,\"Refocusing <APBD-P>, "
		"& lagi\"\n"
		"2.17.05.2.01,Kegiatan,,28.000.000,27.700.000,\n");
	struct report *r;
	char *d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	assert_string_equal(model_anggaran(r, "2.17.05")->keterangan,
		"Refocusing <APBD-P>, & lagi");
	assert_null(model_anggaran(r, "2.17.05.2.01")->keterangan);
	model_report_free(r);
}

/* Realisasi left empty is "tidak dilaporkan", 0 is typed; a "-" says
 * neither and is an error. target_awal is optional and read as typed. */
static void test_realisasi_tidak_dilaporkan(void **state)
{
	(void)state;
	put("r1/anggaran.csv", "kode,uraian,sasaran,satuan,target_awal,target,"
		"realisasi,pagu_awal,realisasi_anggaran\n"
		"2.17.05,Program,S1,orang,250,300,,100,\n"
		"2.17.05.2.01,Kegiatan,,orang,,300,0,100,0\n");
	struct report *r;
	char *d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	const struct anggaran *p = model_anggaran(r, "2.17.05");
	const struct anggaran *k = model_anggaran(r, "2.17.05.2.01");
	assert_false(p->realisasi.ada);          /* tidak dilaporkan */
	assert_false(p->realisasi_anggaran.ada);
	assert_true(k->realisasi.ada);           /* 0, typed */
	assert_true(k->realisasi_anggaran.ada && k->realisasi_anggaran.v == 0);
	assert_true(p->target_awal.ada && p->target_awal.v == 250);
	assert_true(p->target.ada && p->target.v == 300);
	assert_false(k->target_awal.ada);        /* figure: the target's */
	model_report_free(r);
	put("r1/anggaran.csv", "kode,uraian,sasaran,target_awal,realisasi,"
		"pagu_awal,realisasi_anggaran\n"
		"2.17.05,Program,S1,x,-,100,NIHIL\n"
		"2.17.06,Program,S1,,,,\n");
	expect("X/r1/anggaran.csv:2:4: error: column \"target_awal\": "
		"expected a number, found \"x\"\n"
		"X/r1/anggaran.csv:2:5: error: column \"realisasi\": \"-\" in "
		"realisasi: write 0 when nothing was achieved, and leave the "
		"cell empty when the source does not report it (tidak "
		"dilaporkan)\n"
		"X/r1/anggaran.csv:2:7: error: column \"realisasi_anggaran\": "
		"\"NIHIL\" in realisasi_anggaran: write 0 when nothing was "
		"spent, and leave the cell empty when the source does not "
		"report it (tidak dilaporkan)\n"
		"X/r1/anggaran.csv:3:6: error: column \"pagu_awal\": pagu_awal "
		"is empty, and 2.17.06 has no lines below it to add up\n");
}

/* pagu_renstra.csv as Renstra Tabel TC.27: lines of every level, a row
 * per line and year, the line's own cells on one of its rows, a row
 * with no year for a line that only describes itself; the first shape
 * (kode,tahun,pagu of programmes) is still read. */
static void test_renstra(void **state)
{
	(void)state;
	put("r1/pagu_renstra.csv", "kode,tahun,pagu\n"
		"2.17.05,2024,28.000.000\n"
		"2.17.05,2025,30.000.000\n");
	struct report *r;
	char *d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	assert_int_equal(r->nrenstra, 1);
	assert_int_equal(r->renstra[0]->ntahun, 2);
	assert_true(fabs(r->renstra[0]->tahun[1].pagu.v - 30000000) < 1e-6);
	model_report_free(r);

	put("r1/pagu_renstra.csv",
		"kode,tahun,uraian,indikator,satuan,baseline,target,pagu,"
		"target_akhir,sifat\n"
		"2,,URUSAN WAJIB,,,,,,,\n"
		"2.17,2024,BIDANG KOPERASI,,,,,,,\n"
		"2.17.05.2.01.0001,2025,Sub A,Jumlah koperasi,koperasi,4,5,"
		"10.000.000,15,absolut\n"
		"2.17.05.2.01.0001,2024,,,,,5,10.000.000,,\n"
		"2.17.05,2024,,,,,35,,35,persentase\n");
	d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	assert_int_equal(r->nrenstra, 4);
	const struct renstra *u = model_renstra(r, "2");
	const struct renstra *b = model_renstra(r, "2.17");
	const struct renstra *sub = model_renstra(r, "2.17.05.2.01.0001");
	const struct renstra *p = model_renstra(r, "2.17.05");
	/* Each under the nearest line above it in the file: the sub
	 * kegiatan's kegiatan is not there, its programme is. */
	assert_null(u->induk);
	assert_ptr_equal(b->induk, u);
	assert_ptr_equal(p->induk, b);
	assert_ptr_equal(sub->induk, p);
	assert_int_equal(p->nanak, 1);
	assert_ptr_equal(p->anggaran, model_anggaran(r, "2.17.05"));
	assert_null(sub->anggaran);
	assert_int_equal(u->ntahun, 0);
	assert_string_equal(sub->uraian, "Sub A");
	assert_string_equal(sub->satuan, "koperasi");
	assert_true(sub->ada_sifat && sub->sifat == SIFAT_ABSOLUT);
	assert_true(fabs(sub->baseline.v - 4) < 1e-9);
	assert_true(fabs(sub->target_akhir.v - 15) < 1e-9);
	/* Its years sorted, whatever the file's order. */
	assert_int_equal(sub->ntahun, 2);
	assert_int_equal(sub->tahun[0].tahun, 2024);
	assert_int_equal(sub->tahun[1].tahun, 2025);
	assert_true(fabs(sub->tahun[1].target.v - 5) < 1e-9);
	model_report_free(r);

	/* Bad: a code of no level, a line not in anggaran.csv without its
	 * uraian, a line's cell given twice with another value, a second
	 * row for a year, a sifat of neither kind, a target without a
	 * year, a year outside the Renstra. */
	put("r1/pagu_renstra.csv",
		"kode,tahun,uraian,target,pagu,target_akhir,sifat\n"
		"2.17.05.2,2024,,,1,,\n"
		"2.17.06,2024,,5,1,,\n"
		"2.17.05,2024,,5,1,35,persentase\n"
		"2.17.05,2025,,5,1,36,\n"
		"2.17.05,2025,,6,1,,\n"
		"2.17.05,,,,,,rasio\n"
		"2.17.05,,,7,,,\n"
		"2.17.05,2030,,7,,,\n");
	expect("X/r1/pagu_renstra.csv:2:1: error: column \"kode\": expected a "
		"Kepmendagri code: urusan 2, bidang urusan 2.17, program "
		"2.17.02, kegiatan 2.17.02.2.01 or sub kegiatan "
		"2.17.02.2.01.0001; found \"2.17.05.2\"\n"
		"X/r1/pagu_renstra.csv:3:1: error: column \"kode\": 2.17.06 is no "
		"line of anggaran.csv: give its uraian (and indikator, satuan) "
		"in pagu_renstra.csv\n"
		"X/r1/pagu_renstra.csv:5:6: error: column \"target_akhir\": "
		"target_akhir of 2.17.05 is \"35\" at row 4: a line's "
		"target_akhir is given once (leave this cell empty)\n"
		"X/r1/pagu_renstra.csv:6:1: error: column \"kode\": \"2.17.05\" "
		"2025 is already given at row 5\n"
		"X/r1/pagu_renstra.csv:7:7: error: column \"sifat\": sifat of "
		"2.17.05 is \"persentase\" at row 4: a line's sifat is given "
		"once (leave this cell empty)\n"
		"X/r1/pagu_renstra.csv:8:2: error: column \"tahun\": expected a "
		"year such as 2024, found \"\"\n"
		"X/r1/pagu_renstra.csv:9:2: warning: column \"tahun\": 2030 is "
		"outside the Renstra 2024-2026: no table shows it\n");
}

/* Issue 13 items 15-16: signature and cover as agencies write them. */
static void test_ttd_sampul(void **state)
{
	(void)state;
	static const char head[] = "laporan:\n  tahun: 2024\n"
		"  singkatan: \"\"\n"
		"instansi:\n  nama: Dinas\n  pemerintah: Kab\n"
		"  alamat: Jl. Tripandita No. 17, Magetan\n"
		"  telepon: (0351) 895123\n  email: diskop@magetan.go.id\n"
		"  laman: diskop.magetan.go.id\n"
		"renstra:\n  awal: 2024\n  akhir: 2026\n"
		"kepala:\n  jabatan: Kepala Dinas\n  status: plt\n"
		"penandatanganan:\n  tempat: Magetan\n  tanggal: januari  2025\n"
		"  bentuk: ditetapkan\n";
	put("r1/laporan.yaml", head);
	struct report *r;
	char *d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	assert_null(r->meta.kepala_nama);
	assert_string_equal(r->meta.kepala_status, "Plt.");
	assert_string_equal(r->meta.tanggal, "2025-01");
	assert_true(r->meta.ditetapkan);
	assert_string_equal(r->meta.singkatan_laporan, "");
	assert_string_equal(r->meta.telepon, "(0351) 895123");
	assert_string_equal(r->meta.email, "diskop@magetan.go.id");
	assert_string_equal(r->meta.laman, "diskop.magetan.go.id");
	model_report_free(r);
	put("r1/laporan.yaml", "laporan:\n  tahun: 2024\n"
		"instansi:\n  nama: Dinas\n  pemerintah: Kab\n"
		"  email: diskop di magetan\n"
		"renstra:\n  awal: 2024\n  akhir: 2026\n"
		"kepala:\n  nama: A\n  jabatan: B\n  status: pj\n"
		"penandatanganan:\n  tempat: C\n  tanggal: Januarii 2025\n"
		"  bentuk: ditandatangani\n");
	expect("X/r1/laporan.yaml:6:10: error: email: expected an address "
		"such as diskop@magetan.go.id, found \"diskop di magetan\"\n"
		"X/r1/laporan.yaml:13:11: error: status must be plt (pelaksana "
		"tugas), plh (pelaksana harian) or definitif, found \"pj\"\n"
		"X/r1/laporan.yaml:16:12: error: tanggal: expected a real date "
		"written YYYY-MM-DD or as \"14 Februari 2025\", or a month and "
		"year such as \"Januari 2025\", found \"Januarii 2025\"\n"
		"X/r1/laporan.yaml:17:11: error: bentuk must be tempat-tanggal "
		"(\"Magetan, 14 Februari 2025\") or ditetapkan (\"Ditetapkan di "
		"... / Pada tanggal ...\"), found \"ditandatangani\"\n");
}

/* Issue 13: the other new files, columns and keys, read as written. */
static void test_issue13_files(void **state)
{
	(void)state;
	put("r1/laporan.yaml", "laporan:\n  tahun: 2024\n"
		"instansi:\n  nama: Dinas\n  pemerintah: Kab\n"
		"renstra:\n  awal: 2024\n  akhir: 2026\n"
		"kepala:\n  nama: A\n  jabatan: B\n"
		"perhitungan:\n  capaian_tak_wajar: batasi\n"
		"  dasar_capaian: tampilan\n  efisiensi: sisa\n");
	put("r1/aset_kondisi.csv", "uraian,satuan,baik,rusak_ringan,"
		"rusak_berat\nKomputer,unit,12,3,-\n");
	put("r1/belanja.csv", "jenis,uraian,anggaran,realisasi\n"
		"modal,Belanja Modal,\"3.000.000\",\"2.500.000\"\n");
	put("r1/pegawai_rinci.csv", "golongan,jenis_kelamin,jumlah\n"
		"III/a,perempuan,2\n");
	put("r1/anggaran.csv", "kode,uraian,sasaran,pagu_awal,"
		"realisasi_anggaran,mendukung\n"
		"2.17.05,Program,S1,100,90,IKU1\n");
	struct report *r;
	char *d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	assert_int_equal(r->meta.tak_wajar, TAK_WAJAR_BATASI);
	assert_true(r->meta.capaian_tampilan);
	assert_int_equal(r->meta.efisiensi, EFISIENSI_SISA);
	assert_int_equal(r->naset_kondisi, 1);
	assert_true(fabs(r->aset_kondisi[0].baik.v - 12) < 1e-12);
	assert_false(r->aset_kondisi[0].rusak_berat.ada);
	assert_int_equal(r->nbelanja, 1);
	assert_int_equal(r->belanja[0].jenis, BELANJA_MODAL);
	assert_true(fabs(r->belanja[0].realisasi.v - 2500000) < 1e-6);
	assert_int_equal(r->npegawai_rinci, 1);
	assert_true(r->pegawai_dimensi[0] && r->pegawai_dimensi[3]);
	assert_false(r->pegawai_dimensi[1]);
	assert_string_equal(r->pegawai_rinci[0].nilai[3], "perempuan");
	const struct anggaran *a = model_anggaran(r, "2.17.05");
	assert_int_equal(a->nmendukung, 1);
	assert_ptr_equal(a->mendukung[0], model_indikator(r, "IKU1"));
	model_report_free(r);
}

static void test_site(void **state)
{
	(void)state;
	struct diag_list *dl = diag_list_new();
	struct site *s = model_load_site(tmpdir, dl);
	assert_int_equal(diag_count(dl), 0);
	assert_non_null(s);
	assert_int_equal(s->nreport, 1);
	assert_string_equal(s->base_url, "https://contoh.go.id/");
	model_site_free(s);
	diag_list_free(dl);
}

/* Issue 13 items 6-8: no scale, a report's own band text, gaps. */
static void test_predikat_skala(void **state)
{
	(void)state;
	static const char head[] = "laporan:\n  tahun: 2024\n"
		"instansi:\n  nama: Dinas\n  pemerintah: Kab\n"
		"renstra:\n  awal: 2024\n  akhir: 2026\n"
		"kepala:\n  nama: A\n  jabatan: B\n";
	char *y = NULL;
	struct report *r;
	assert_true(asprintf(&y, "%spredikat: tidak ada\n", head) > 0);
	put("r1/laporan.yaml", y);
	free(y);
	char *d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	assert_string_equal(r->meta.skala.nama, "tidak ada");
	assert_int_equal(r->meta.skala.nband, 0);
	model_report_free(r);

	/* Jombang's published table: 80-90 and above 120 covered by no
	 * band. With celah: ya it is the report's scale, as printed. */
	assert_true(asprintf(&y, "%spredikat:\n  celah: ya\n  skala:\n"
		"    - { nama: Istimewa, rentang: \"> 110 dan <= 120\", "
		"teks: \"110 < x \u2264 120\" }\n"
		"    - { nama: Baik, rentang: \"> 90 dan <= 110\" }\n"
		"    - { nama: Cukup, rentang: \"> 70 dan <= 80\" }\n"
		"    - { nama: Kurang, rentang: \"<= 70\" }\n", head) > 0);
	put("r1/laporan.yaml", y);
	free(y);
	d = load_diags(&r);
	assert_string_equal(d, "");
	free(d);
	assert_true(r->meta.skala.celah);
	assert_int_equal(r->meta.skala.nband, 4);
	assert_string_equal(r->meta.skala.band[0].teks, "110 < x \u2264 120");
	assert_null(r->meta.skala.band[1].teks);
	assert_true(r->meta.skala.band[2].has_max);
	assert_true(fabs(r->meta.skala.band[2].maks - 80) < 1e-12);
	model_report_free(r);

	/* The same bands without celah: each gap is an error, as before. */
	assert_true(asprintf(&y, "%spredikat:\n  skala:\n"
		"    - { nama: Istimewa, rentang: \"> 110\" }\n"
		"    - { nama: Baik, rentang: \"> 90 dan <= 110\" }\n"
		"    - { nama: Cukup, rentang: \"> 70 dan <= 80\" }\n"
		"    - { nama: Kurang, rentang: \"<= 70\" }\n", head) > 0);
	put("r1/laporan.yaml", y);
	free(y);
	expect("X/r1/laporan.yaml:16:7: error: predicate scale has a gap "
		"between 80 (end of \"Cukup\") and 90 (start of \"Baik\")\n");
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, tmpcopy_teardown)
	const struct CMUnitTest tests[] = {
		T(test_good),
		T(test_excel_realities),
		T(test_unknown_and_missing_columns),
		T(test_bad_cells),
		T(test_ambiguous_number),
		T(test_hierarchy),
		T(test_meta),
		T(test_yaml_positions),
		T(test_csv_encoding),
		T(test_csv_excel_sep),
		T(test_csv_comment_quotes),
		T(test_csv_comment_all_quotes),
		T(test_budget_codes),
		T(test_years_dates_documents),
		T(test_units),
		T(test_site),
		T(test_predikat_skala),
		T(test_pagu_satu),
		T(test_renstra),
		T(test_keterangan_anggaran),
		T(test_realisasi_tidak_dilaporkan),
		T(test_ttd_sampul),
		T(test_issue13_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
