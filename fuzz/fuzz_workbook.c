/* libFuzzer harness: the workbook reader (workbook_load) and the per-cell
 * helpers the model loader applies to each sheet's table.
 *
 * The first byte picks the mode:
 *   0, 1  the rest is a whole file, read as xlsx (0) or ods (1): damaged
 *         zips, lying headers, bombs;
 *   2, 3  the rest is XML parts separated by NUL bytes, zipped here
 *         (stored, valid CRCs) into an xlsx (2: xl/workbook.xml, its
 *         rels, sharedStrings, styles, sheet1, sheet2) or an ods (3:
 *         content.xml): a mutated part would otherwise rarely pass the
 *         zip's CRC check and reach the XML readers. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "model/workbook.h"
#include "util/xalloc.h"

static const char *const XLSX_PARTS[] = {"xl/workbook.xml",
	"xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
	"xl/styles.xml", "xl/worksheets/sheet1.xml",
	"xl/worksheets/sheet2.xml", NULL};
static const char *const ODS_PARTS[] = {"content.xml", NULL};

/* The zip of the parts in data (NUL-separated), malloc'd, or NULL. */
static unsigned char *zip_parts(const uint8_t *data, size_t size,
	const char *const *names, size_t *out_len)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
	if (src == NULL)
		return NULL;
	zip_source_keep(src);
	zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
	if (z == NULL) {
		zip_source_free(src);
		return NULL;
	}
	size_t off = 0;
	for (size_t i = 0; names[i] && off <= size; i++) {
		const uint8_t *nul = memchr(data + off, 0, size - off);
		size_t n = nul ? (size_t)(nul - (data + off)) : size - off;
		zip_source_t *s = zip_source_buffer(z, data + off, n, 0);
		zip_int64_t idx = s ? zip_file_add(z, names[i], s,
			ZIP_FL_OVERWRITE) : -1;
		if (idx < 0)
			zip_source_free(s);
		else
			zip_set_file_compression(z, (zip_uint64_t)idx,
				ZIP_CM_STORE, 0);
		off += n + 1;
	}
	unsigned char *buf = NULL;
	if (zip_close(z) != 0) {
		zip_discard(z);
	} else if (zip_source_open(src) == 0) {
		zip_source_seek(src, 0, SEEK_END);
		zip_int64_t len = zip_source_tell(src);
		zip_source_seek(src, 0, SEEK_SET);
		buf = xmalloc(len > 0 ? (size_t)len : 1);
		if (len > 0 && zip_source_read(src, buf,
				(zip_uint64_t)len) == len) {
			*out_len = (size_t)len;
		} else {
			free(buf);
			buf = NULL;
		}
		zip_source_close(src);
	}
	zip_source_free(src);
	return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	int mode = data[0] & 3;
	bool ods = mode & 1;
	unsigned char *zipped = NULL;
	const void *file = data + 1;
	size_t len = size - 1;
	if (mode >= 2) {
		zipped = zip_parts(data + 1, size - 1, ods ? ODS_PARTS :
			XLSX_PARTS, &len);
		if (zipped == NULL)
			return 0;
		file = zipped;
	}
	struct arena *a = arena_new();
	struct diag_list *dl = diag_list_new();
	struct workbook *wb = workbook_load(a, "fuzz.xlsx", ods, file, len, dl);
	for (size_t i = 0; wb && i < wb->nsheet; i++) {
		struct csv_table *t = wb->sheet[i].t;
		static const char *const req[] = {"indikator", "tahun", NULL};
		static const char *const opt[] = {"target", "realisasi",
			"keterangan", NULL};
		static const char *const num[] = {"target", "realisasi", NULL};
		csv_check_header(t, req, opt);
		csv_settle_convention(t, NUM_UNDECIDED, num);
		for (size_t r = 0; r < t->nrows; r++) {
			csv_nilai(a, t, &t->rows[r], "target", true);
			csv_nilai(a, t, &t->rows[r], "realisasi", false);
			(void)csv_get(t, &t->rows[r], "keterangan");
		}
	}
	diag_sort(dl);
	for (size_t i = 0; i < diag_count(dl); i++)
		free(diag_format(diag_get(dl, i)));
	diag_list_free(dl);
	arena_free(a);
	free(zipped);
	return 0;
}
