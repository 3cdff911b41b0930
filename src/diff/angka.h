/* Figures snapshot and change report: which published figures moved
 * between two versions of a report's data.
 *
 * A snapshot is the list of figures a reader sees, already formatted the
 * way the report shows them (util/num.h with the report's rounding):
 * per indicator and year target/realisasi/capaian/predikat, the Renstra end
 * target and progress, per sasaran capaian/predikat/budget, per budget
 * line pagu/realisasi/serapan/capaian/efisiensi, the overall aggregates and
 * the SAKIP score, each read from the metrics' figure table by its key and
 * printed by figure_teks/figure_tampil (a grade as written, with its
 * score: "BB (75)" -> "BB (80)" is a change). Comparing formatted text means a correction below the
 * displayed precision is not reported: it changes nothing on the page.
 *
 * lkjip build keeps the snapshot in out/<id>/perubahan-data.txt and writes
 * the moves into out/<id>/perubahan.txt; lkjip diff compares two content
 * folders without building. */
#ifndef LKJIP_ANGKA_H
#define LKJIP_ANGKA_H

#include <stddef.h>
#include <stdio.h>

struct metrics;

/* One figure: entity ("IKU1 2024", "Sasaran S1", "Anggaran 2.17.02",
 * "Keseluruhan", "SAKIP 2024"), quantity ("realisasi") and shown value. */
struct angka_entri {
	char *entitas;
	char *besaran;
	char *nilai;
};

struct angka {
	struct angka_entri *e;
	size_t n, cap;
};

#define ANGKA_DATA_FILE "perubahan-data.txt"
#define ANGKA_PERUBAHAN_FILE "perubahan.txt"

struct angka *angka_dari_metrics(const struct metrics *);
void angka_free(struct angka *); /* accepts NULL */

/* Text form: a header line, then "entitas<TAB>besaran<TAB>nilai" lines.
 * Returns a malloc'd string. */
char *angka_serialize(const struct angka *, size_t *len);
/* NULL when the text is not a snapshot of this format. */
struct angka *angka_parse(const char *text);

/* Writes one line per entity whose figures moved, in the new snapshot's
 * order, entities that disappeared last:
 *   "IKU1 2024: realisasi 76 -> 78; capaian 108,57 % -> 111,43 %"
 * A figure present on one side only shows "-" on the other. Each line is
 * prefixed with indent (may be ""). Returns the number of lines. */
size_t angka_diff(const struct angka *lama, const struct angka *baru,
	const char *indent, FILE *out);

#endif
