/* libFuzzer harness: an image file's bytes ({{gambar}}, Markdown images,
 * the logo) as image_identify reads them. A sanitised SVG must keep none of
 * the refused elements or handlers, and sanitising it again must give the
 * same bytes (nothing left to strip). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc/build.h"
#include "util/arena.h"

static bool has(const struct doc_image *img, const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i + n <= img->len; i++)
		if (!memcmp(img->data + i, s, n))
			return true;
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 65536)
		return 0;
	struct arena *a = arena_new();
	struct doc_image img = {0};
	const char *why = image_identify(a, data, size, &img);
	if (why == NULL && img.format == DOC_IMAGE_SVG) {
		if (has(&img, "<script") || has(&img, "<foreignObject") ||
				has(&img, "<!ENTITY") || has(&img, "<!DOCTYPE") ||
				has(&img, "<style"))
			abort();
		struct doc_image again = {0};
		if (image_identify(a, img.data, img.len, &again) != NULL ||
				again.len != img.len ||
				memcmp(again.data, img.data, img.len) != 0)
			abort();
	}
	if (why == NULL && (img.width <= 0 || img.height <= 0 ||
			img.width > IMAGE_MAX_SIDE || img.height > IMAGE_MAX_SIDE))
		abort();
	arena_free(a);
	return 0;
}
