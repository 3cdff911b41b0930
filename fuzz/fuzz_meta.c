/* libFuzzer harness: the metadata loader (laporan.yaml -> report_meta,
 * with the predicate scale checks) and site.yaml. libyaml reads from a
 * file, so the input is written to a scratch file first. */
#define _GNU_SOURCE
#include <stdint.h>

#include "fuzz_util.h"
#include "model/load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[128];
	snprintf(path, sizeof path, "%s/laporan.yaml", fuzz_scratch());
	fuzz_write(path, data, size);

	struct diag_list *dl = diag_list_new();
	struct arena *a = arena_new();
	struct report *r = arena_alloc(a, sizeof *r);
	r->arena = a;
	r->dir = fuzz_dir;
	r->id = "fuzz";
	load_meta(r, path, dl);
	model_report_free(r);

	struct arena *sa = arena_new();
	struct site *s = arena_alloc(sa, sizeof *s);
	s->arena = sa;
	s->dir = fuzz_dir;
	load_site_yaml(s, path, dl);
	arena_free(sa);

	for (size_t i = 0; i < diag_count(dl); i++)
		free(diag_format(diag_get(dl, i)));
	diag_list_free(dl);
	return 0;
}
