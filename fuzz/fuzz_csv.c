/* libFuzzer harness: the CSV loader on bytes in memory (csv_load_mem), then
 * the per-cell helpers the model loader applies to every table. */
#include <stdint.h>
#include <stdlib.h>

#include "model/csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a = arena_new();
	struct diag_list *dl = diag_list_new();
	struct csv_table *t = csv_load_mem(a, "fuzz.csv", data, size, dl);
	if (t != NULL) {
		static const char *const req[] = {"indikator", "tahun", NULL};
		static const char *const opt[] = {"target", "realisasi",
			"keterangan", NULL};
		static const char *const num[] = {"target", "realisasi", NULL};
		csv_check_header(t, req, opt);
		csv_settle_convention(t, NUM_UNDECIDED, num);
		for (size_t i = 0; i < t->nrows; i++) {
			csv_nilai(a, t, &t->rows[i], "target", true);
			csv_nilai(a, t, &t->rows[i], "realisasi", false);
			(void)csv_get(t, &t->rows[i], "keterangan");
		}
		(void)csv_comment(t, "judul");
	}
	diag_sort(dl);
	for (size_t i = 0; i < diag_count(dl); i++)
		free(diag_format(diag_get(dl, i)));
	diag_list_free(dl);
	arena_free(a);
	return 0;
}
