/* libFuzzer harness: the manifest reader (incr_manifest_read) on records
 * the fuzzer chooses. The harness closes them with the checksum line a
 * real manifest has, so the fuzzer gets past it to the parser; then every
 * unit read is looked up and its outputs searched. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "incr/incr.h"
#include "util/path.h"

static char dir[64];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (dir[0] == '\0') {
		snprintf(dir, sizeof dir, "/tmp/lkjip-fuzz-manifest.%ld",
			(long)getpid());
		if (mkdir_p(dir) != 0)
			abort();
	}
	char sum[INCR_HEX_LEN];
	struct incr_hasher *h = incr_hasher_new();
	incr_hash_bytes(h, data, size);
	incr_hasher_final(h, sum);
	char *text = malloc(size + INCR_HEX_LEN + 8);
	if (text == NULL)
		abort();
	memcpy(text, data, size);
	int n = snprintf(text + size, INCR_HEX_LEN + 8, "end %s\n", sum);
	char *path = NULL;
	if (asprintf(&path, "%s/%s", dir, INCR_MANIFEST) < 0 ||
			file_write_atomic(path, text, size + (size_t)n) != 0)
		abort();
	struct incr_manifest *m = incr_manifest_read(dir);
	for (size_t i = 0; m != NULL && i < m->nunit; i++) {
		struct incr_unit *u = &m->unit[i];
		if (incr_manifest_unit(m, u->id) != u)
			abort(); /* ids are unique once read */
		for (size_t k = 0; k < u->nout; k++)
			if (!incr_unit_lists(u, u->out[k].path))
				abort();
		(void)incr_unit_outputs_intact(u, dir);
	}
	incr_manifest_free(m);
	unlink(path);
	free(path);
	free(text);
	return 0;
}
