/* Charts used by the chart tests: every kind with figures shaped like the
 * Magetan LKjIP 2024, and the edge cases of issue 5. */
#ifndef LKJIP_TEST_CHART_CASES_H
#define LKJIP_TEST_CHART_CASES_H

#include <math.h>
#include <stddef.h>

#include "chart/chart.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Grouped bars: target vs realisasi per indicator (percent). */
static const char *bar_cats[] = {"Persentase Koperasi Sehat",
	"Persentase Koperasi Aktif", "Indeks Kepuasan Masyarakat",
	"Persentase UMKM yang mengakses pembiayaan"};
static const double bar_t[] = {70, 60, 80, 25};
static const double bar_r[] = {76, 62.5, 82.3, 21.4};
static const struct chart_series bar_s[] = {{"Target", bar_t},
	{"Realisasi", bar_r}};
static const struct chart c_bar = {CHART_BAR, "Target dan realisasi",
	NULL, CHART_UNIT_PERCENT, 2, bar_cats, N(bar_cats), bar_s, 2, NULL,
	true, ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};

/* Budget per program, pagu vs realisasi, serapan over each pair. */
static const char *bud_cats[] = {
	"Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
	"Program Pengawasan dan Pemeriksaan Koperasi",
	"Program Pendidikan dan Latihan Perkoperasian",
	"Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro "
	"(UMKM)"};
static const double bud_p[] = {2123456000, 350000000, 180000000,
	1250000000};
static const double bud_r[] = {2050000000, 337900000, 97596000,
	1206875000};
static const char *bud_a[] = {"96,54 %", "96,54 %", "54,22 %", "96,55 %"};
static const struct chart_series bud_s[] = {{"Pagu", bud_p},
	{"Realisasi", bud_r}};
static const struct chart c_budget = {CHART_BAR, "Pagu dan realisasi",
	"Anggaran", CHART_UNIT_RUPIAH, 0, bud_cats, N(bud_cats), bud_s, 2,
	bud_a, false, ROUND_HALF_UP, "Serapan", NULL, NULL, 0, 0, false,
	false};
static const struct chart c_bar_h = {CHART_BAR_H, "Pagu dan realisasi",
	"Anggaran", CHART_UNIT_RUPIAH, 0, bud_cats, N(bud_cats), bud_s, 2,
	bud_a, true, ROUND_HALF_UP, "Serapan", NULL, NULL, 0, 0, false,
	false};

/* Capaian over the years, a missing year in the second indicator. */
static const char *year_cats[] = {"2020", "2021", "2022", "2023", "2024"};
static const double line_a[] = {95.2, 101.3, 100.92, 104.5, 108.57};
static const double line_b[] = {88, 92.4, NAN, 97.1, 150};
static const struct chart_series line_s[] = {
	{"Persentase Koperasi Sehat", line_a},
	{"Jumlah UM naik kelas", line_b}};
static const struct chart c_line = {CHART_LINE, "Capaian", "Capaian",
	CHART_UNIT_PERCENT, 2, year_cats, N(year_cats), line_s, 2, NULL, true,
	ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};

/* Staff by education per unit. */
static const char *staff_cats[] = {"Sekretariat", "Bidang Koperasi",
	"Bidang Usaha Mikro", "UPT Pusat Layanan Usaha Terpadu"};
static const double st_s2[] = {2, 1, 1, 0};
static const double st_s1[] = {9, 5, 4, 2};
static const double st_d3[] = {3, 1, 2, 1};
static const double st_sma[] = {6, 2, 1, 3};
static const struct chart_series staff_s[] = {{"S2", st_s2},
	{"S1/D4", st_s1}, {"D3", st_d3}, {"SMA/SMK", st_sma}};
static const struct chart c_stacked = {CHART_STACKED, "Pegawai", "Orang",
	CHART_UNIT_NUMBER, 0, staff_cats, N(staff_cats), staff_s, 4, NULL,
	true, ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};
static const struct chart c_stacked_100 = {CHART_STACKED_100, "Pegawai",
	NULL, CHART_UNIT_NUMBER, 1, staff_cats, N(staff_cats), staff_s, 4,
	NULL, true, ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};

/* Edge cases. */
static const char *one_cat[] = {"Persentase Koperasi Sehat"};
static const double one_v[] = {108.57};
static const struct chart_series one_s[] = {{"Capaian", one_v}};
static const struct chart c_one = {CHART_BAR, "Satu", NULL,
	CHART_UNIT_PERCENT, 2, one_cat, 1, one_s, 1, NULL, true, ROUND_HALF_UP,
	NULL, NULL, NULL, 0, 0, false, false};

static const double zero_v[] = {0, 0, 0, 0};
static const struct chart_series zero_s[] = {{"Target", zero_v},
	{"Realisasi", zero_v}};
static const struct chart c_zeros = {CHART_BAR, "Nol", NULL,
	CHART_UNIT_NUMBER, 0, bar_cats, N(bar_cats), zero_s, 2, NULL, true,
	ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};

static const double grow_a[] = {-12.5, 3.4, 8.1, -2.0, 5.75};
static const double grow_b[] = {4.2, -7.9, 2.5, 1.1, -0.4};
static const struct chart_series grow_s[] = {{"Aset koperasi", grow_a},
	{"Volume usaha", grow_b}};
static const struct chart c_negative = {CHART_BAR, "Pertumbuhan",
	"Pertumbuhan", CHART_UNIT_PERCENT, 2, year_cats, N(year_cats), grow_s,
	2, NULL, true, ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};

static const double miss_t[] = {70, NAN, 80, 25};
static const double miss_r[] = {76, 62.5, NAN, NAN};
static const struct chart_series miss_s[] = {{"Target", miss_t},
	{"Realisasi", miss_r}};
static const struct chart c_missing = {CHART_BAR, "Kosong", NULL,
	CHART_UNIT_PERCENT, 2, bar_cats, N(bar_cats), miss_s, 2, NULL, true,
	ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};
static const double miss_line[] = {95.2, NAN, 100.92, NAN, 108.57};
static const struct chart_series miss_ls[] = {{"Capaian", miss_line}};
static const struct chart c_missing_line = {CHART_LINE, "Kosong", NULL,
	CHART_UNIT_PERCENT, 2, year_cats, N(year_cats), miss_ls, 1, NULL,
	true, ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};

static const char *out_cats[] = {"Persentase Koperasi Sehat",
	"Persentase Koperasi Aktif", "Jumlah UM naik kelas",
	"Indeks Kepuasan Masyarakat", "Persentase UMKM yang mengakses "
	"pembiayaan"};
static const double out_v[] = {108.57, 101.2, 10582, 102.88, 85.6};
static const struct chart_series out_s[] = {{"Capaian", out_v}};
static const struct chart c_outlier = {CHART_BAR, "Pencilan", "Capaian",
	CHART_UNIT_PERCENT, 2, out_cats, N(out_cats), out_s, 1, NULL, false,
	ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};
static const struct chart c_outlier_h = {CHART_BAR_H, "Pencilan",
	"Capaian", CHART_UNIT_PERCENT, 2, out_cats, N(out_cats), out_s, 1,
	NULL, false, ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};

/* Two programmes far larger than the others: money is drawn on a full
 * axis, never cut (pagu 1,2 miliar spent at 54 %). */
static const char *prog_cats[] = {"Program A", "Program B", "Program C",
	"Program D", "Program E", "Program F", "Program G", "Program H"};
static const double prog_pagu[] = {1200e6, 1000e6, 60e6, 50e6, 40e6, 30e6,
	20e6, 10e6};
static const double prog_real[] = {648e6, 950e6, 55e6, 45e6, 35e6, 25e6,
	15e6, 5e6};
static const struct chart_series prog_s[] = {{"Pagu", prog_pagu},
	{"Realisasi", prog_real}};
static const struct chart c_money = {CHART_BAR_H, "Anggaran", "Rupiah",
	CHART_UNIT_RUPIAH, 0, prog_cats, N(prog_cats), prog_s, 2, NULL, false,
	ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};

#define MANY 40
static const char *many_cats[MANY] = {"Desa Bangsri", "Desa Baron",
	"Desa Candirejo", "Desa Cepoko", "Desa Dukuh", "Desa Gebyog",
	"Desa Gonggang", "Desa Jabung", "Desa Jambangan", "Desa Janggan",
	"Desa Kalang", "Desa Kedungguwo", "Desa Kembangan", "Desa Kiringan",
	"Desa Kuwonharjo", "Desa Madigondo", "Desa Manjung",
	"Desa Mojopurno", "Desa Ngariboyo", "Desa Ngiliran",
	"Desa Nguntoronadi", "Desa Pacalan", "Desa Panekan", "Desa Pelem",
	"Desa Pragak", "Desa Purworejo", "Desa Randugede", "Desa Rejosari",
	"Desa Sambirobyong", "Desa Sempol", "Desa Sidomukti",
	"Desa Simbatan", "Desa Sukowidi", "Desa Taji", "Desa Tamanarum",
	"Desa Tapen", "Desa Temboro", "Desa Tladan", "Desa Turi",
	"Desa Widorokandang"};
static const double many_v[MANY] = {12, 7, 19, 3, 25, 14, 9, 31, 16, 5,
	11, 22, 8, 17, 28, 6, 13, 20, 4, 15, 10, 24, 18, 2, 27, 21, 9, 12, 30,
	7, 16, 23, 5, 14, 19, 11, 26, 8, 13, 21};
static const struct chart_series many_s[] = {{"Koperasi aktif", many_v}};
static const struct chart c_many = {CHART_BAR, "Empat puluh", "Koperasi",
	CHART_UNIT_NUMBER, 0, many_cats, MANY, many_s, 1, NULL, true,
	ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};

#define LONG150 \
	"Persentase koperasi aktif yang melaksanakan rapat anggota tahunan " \
	"tepat waktu dan menyampaikan laporan keuangan yang telah diaudit " \
	"akuntan publik 2024"
static const char *long_cats[] = {LONG150, "Indeks Kepuasan Masyarakat",
	LONG150 " (ulang)"};
static const double long_t[] = {60, 80, 50};
static const double long_r[] = {55.5, 82.3, 61};
static const struct chart_series long_s[] = {{"Target", long_t},
	{"Realisasi", long_r}};
static const struct chart c_long = {CHART_BAR, "Panjang", NULL,
	CHART_UNIT_PERCENT, 1, long_cats, N(long_cats), long_s, 2, NULL, true,
	ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};
static const struct chart c_long_h = {CHART_BAR_H, "Panjang", NULL,
	CHART_UNIT_PERCENT, 1, long_cats, N(long_cats), long_s, 2, NULL, true,
	ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, false,
	false};

/* Small multiples: Magetan's four indicators in %, UM, a score and an
 * index, target and realisasi over three years, each panel on its own
 * axis from 0 (the UM panel's axis ends at 3, not at 100). */
static const char *pan_years[] = {"2022", "2023", "2024"};
static const double pan_t1[] = {65, 70, 70}, pan_r1[] = {79, 40, 76};
static const double pan_t2[] = {1, 1, 2}, pan_r2[] = {1, 1, 3};
static const double pan_t3[] = {89, 91, 91.3}, pan_r3[] = {90.01, 91.21,
	91.91};
static const double pan_t4[] = {81, 82, 83}, pan_r4[] = {81.75, 82.58,
	83.05};
static const struct chart_series pan_s1[] = {{"Target", pan_t1},
	{"Realisasi", pan_r1}};
static const struct chart_series pan_s2[] = {{"Target", pan_t2},
	{"Realisasi", pan_r2}};
static const struct chart_series pan_s3[] = {{"Target", pan_t3},
	{"Realisasi", pan_r3}};
static const struct chart_series pan_s4[] = {{"Target", pan_t4},
	{"Realisasi", pan_r4}};
#define PANEL(title, unit, dec, s) {CHART_BAR, title, NULL, unit, dec, \
	pan_years, 3, s, 2, NULL, true, ROUND_HALF_UP, NULL, NULL, NULL, 0, 0, \
	true, true}
static const struct chart pan_list[] = {
	PANEL("Persentase Koperasi Sehat (%)", CHART_UNIT_PERCENT, 0, pan_s1),
	PANEL("Jumlah Usaha Mikro yang Naik Kelas (UM)", CHART_UNIT_NUMBER, 0,
		pan_s2),
	PANEL("Nilai SAKIP Dinas Koperasi dan UKM (Angka)", CHART_UNIT_NUMBER,
		2, pan_s3),
	PANEL("Indeks Kepuasan Masyarakat (Skor)", CHART_UNIT_NUMBER, 2,
		pan_s4),
};
static const struct chart c_panels = {CHART_BAR, "Panel", NULL,
	CHART_UNIT_NUMBER, 0, NULL, 0, NULL, 0, NULL, true, ROUND_HALF_UP, NULL,
	NULL, pan_list, 4, 0, false, false};

struct named_chart {
	const char *name;
	const struct chart *chart;
};

static const struct named_chart all_charts[] = {
	{"bar", &c_bar}, {"budget", &c_budget}, {"bar_h", &c_bar_h},
	{"line", &c_line}, {"stacked", &c_stacked},
	{"stacked_100", &c_stacked_100}, {"one", &c_one},
	{"zeros", &c_zeros}, {"negative", &c_negative},
	{"missing", &c_missing}, {"missing_line", &c_missing_line},
	{"outlier", &c_outlier}, {"outlier_h", &c_outlier_h},
	{"many", &c_many}, {"long", &c_long}, {"long_h", &c_long_h},
	{"panels", &c_panels},
};

/* Print size: 160 mm x 90 mm in points; screen: 480 x 270 pt, drawn at
 * 96 dpi (640 x 360 px). */
#define PRINT_W (160 / 25.4 * 72)
#define PRINT_H (90 / 25.4 * 72)
#define SCREEN_W 480.0
#define SCREEN_H 270.0

#endif
