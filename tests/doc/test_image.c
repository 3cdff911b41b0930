/* Images by their bytes (src/doc/image.c): the format, the size from the
 * header against the limits, and what an SVG keeps. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "doc/build.h"
#include "util/arena.h"

static struct arena *a;

static int setup(void **state)
{
	(void)state;
	a = arena_new();
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	arena_free(a);
	return 0;
}

static const char *identify(const void *d, size_t n, struct doc_image *img)
{
	memset(img, 0, sizeof *img);
	return image_identify(a, d, n, img);
}

/* Signature and IHDR of a PNG of w x h; nothing after. */
static size_t png_header(unsigned char *b, unsigned long w, unsigned long h)
{
	memcpy(b, "\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
	for (int i = 0; i < 4; i++) {
		b[16 + i] = (unsigned char)(w >> (24 - 8 * i));
		b[20 + i] = (unsigned char)(h >> (24 - 8 * i));
	}
	memcpy(b + 24, "\x08\x06\0\0\0", 5);
	return 29;
}

static void test_png(void **state)
{
	(void)state;
	unsigned char b[32];
	struct doc_image img;
	size_t n = png_header(b, 640, 480);
	assert_null(identify(b, n, &img));
	assert_int_equal(img.format, DOC_IMAGE_PNG);
	assert_string_equal(img.ext, ".png");
	assert_int_equal(img.width, 640);
	assert_int_equal(img.height, 480);
	assert_ptr_equal(img.data, b);
	/* Limits: a side, then the area (8000 x 8000 = 64 megapixels). */
	n = png_header(b, 20000, 20000);
	assert_string_equal(identify(b, n, &img), "PNG, 20000 x 20000 pixels: "
		"the limit is 10000 pixels a side and 40 megapixels");
	n = png_header(b, 8000, 8000);
	assert_non_null(identify(b, n, &img));
	n = png_header(b, 10000, 4000);
	assert_null(identify(b, n, &img));
	n = png_header(b, 0, 10);
	assert_string_equal(identify(b, n, &img), "an image with no width or "
		"height");
	assert_string_equal(identify(b, 12, &img), "a PNG file without its "
		"header (IHDR)");
}

static void test_jpeg(void **state)
{
	(void)state;
	/* SOI, an APP0 to skip, fill bytes, SOF2 (progressive): 100 high,
	 * 12000 wide. */
	static const unsigned char j[] = {0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 'J',
		'F', 0xFF, 0xFF, 0xC2, 0, 17, 8, 0, 100, 0x2E, 0xE0, 3, 1, 0x22,
		0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9};
	struct doc_image img;
	assert_string_equal(identify(j, sizeof j, &img), "JPEG, 12000 x 100 "
		"pixels: the limit is 10000 pixels a side and 40 megapixels");
	unsigned char k[sizeof j];
	memcpy(k, j, sizeof j);
	k[16] = 0x03; /* 800 wide */
	k[17] = 0x20;
	assert_null(identify(k, sizeof k, &img));
	assert_int_equal(img.format, DOC_IMAGE_JPEG);
	assert_string_equal(img.ext, ".jpg");
	assert_int_equal(img.width, 800);
	assert_int_equal(img.height, 100);
	/* Cut before the frame header; a segment running past the end. */
	assert_string_equal(identify(k, 8, &img), "a JPEG file without a frame "
		"header (SOF)");
	k[5] = 200;
	assert_string_equal(identify(k, sizeof k, &img), "a JPEG file without "
		"a frame header (SOF)");
}

static void test_not_images(void **state)
{
	(void)state;
	struct doc_image img;
	const char *why = "not a PNG, JPEG or SVG image (lkjip reads the "
		"file's bytes, not its name)";
	const char *html = "<html><body><script>alert(1)</script></body></html>";
	assert_string_equal(identify(html, strlen(html), &img), why);
	/* XHTML is XML, but its root is not svg. */
	const char *xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\">"
		"<script>x</script></html>";
	assert_string_equal(identify(xhtml, strlen(xhtml), &img), why);
	/* svg without the SVG namespace is not an SVG to a browser. */
	const char *bare = "<svg><script>x</script></svg>";
	assert_string_equal(identify(bare, strlen(bare), &img), why);
	assert_string_equal(identify("", 0, &img), why);
	assert_string_equal(identify("GIF89a", 6, &img), why);
}

static const char *svg_out(const char *in, struct doc_image *img)
{
	assert_null(identify(in, strlen(in), img));
	assert_int_equal(img->format, DOC_IMAGE_SVG);
	return arena_strndup(a, (const char *)img->data, img->len);
}

static void test_svg_sanitised(void **state)
{
	(void)state;
	struct doc_image img;
	const char *out = svg_out("<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">"
		"<!ENTITY y \"yy\">]>\n"
		"<svg xmlns=\"http://www.w3.org/2000/svg\" "
		"xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
		"viewBox=\"0 0 200 100\" onload=\"a()\">"
		"<script>b()</script><style>@import url(x.css)</style>"
		"<g onclick=\"c()\" fill=\"url(#p)\" stroke=\"url(http://e/x)\">"
		"<rect width=\"1\" height=\"1\" style=\"fill:u\\72l(http://e)\"/>"
		"<foreignObject><div>d</div></foreignObject>"
		"<text>&x;&y;ok</text>"
		"<use xlink:href=\"http://e/s.svg#a\"/><use xlink:href=\"#p\"/>"
		"<a href=\"javascript:e()\"><text>link</text></a>"
		"<image href=\"http://e/t.png\"/>"
		"<animate attributeName=\"href\" to=\"javascript:f()\"/>"
		"</g><!-- a comment --><?pi x?></svg>", &img);
	assert_string_equal(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<svg xmlns=\"http://www.w3.org/2000/svg\" "
		"xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
		"viewBox=\"0 0 200 100\">"
		"<g fill=\"url(#p)\"><rect width=\"1\" height=\"1\"/>"
		"<text>ok</text><use/><use xlink:href=\"#p\"/></g></svg>\n");
	/* No width or height: the viewBox's. */
	assert_int_equal(img.width, 200);
	assert_int_equal(img.height, 100);
	out = svg_out("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"21cm\" "
		"height=\"100%\"/>", &img);
	assert_int_equal(img.width, 21);
	assert_int_equal(img.height, 150); /* a browser's default */
	assert_string_equal(img.ext, ".svg");
	/* Nesting past libxml2's limit (256) is refused by the parser,
	 * which bounds the sanitiser's recursion. */
	char deep[8192] = "<svg xmlns=\"http://www.w3.org/2000/svg\">";
	for (int i = 0; i < 600; i++)
		strcat(deep, "<g>");
	for (int i = 0; i < 600; i++)
		strcat(deep, "</g>");
	strcat(deep, "</svg>");
	const char *why = identify(deep, strlen(deep), &img);
	assert_non_null(why);
	assert_non_null(strstr(why, "not a well-formed SVG file (line 1: "));
	const char *broken = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g>";
	assert_string_equal(identify(broken, strlen(broken), &img), "not a "
		"well-formed SVG file (line 2: Premature end of data in tag g "
		"line 2)");
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_png),
		T(test_jpeg),
		T(test_not_images),
		T(test_svg_sanitised),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
