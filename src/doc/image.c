/* Images of the report folder ({{gambar}}, Markdown images, the logo).
 * What is published on the site's origin must be an image and nothing
 * else: the format comes from the bytes (an .html file named .png is still
 * HTML), the size from the header before anything is decoded, and an SVG
 * keeps only an allow-list of elements and attributes (no script, no event
 * handler, no reference outside the file). */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cairo.h>
#include <dirent.h>
#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "doc/build.h"
#include "util/arena.h"
#include "util/path.h"
#include "util/xalloc.h"

static unsigned be16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static unsigned long be32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 |
		(unsigned long)p[2] << 8 | p[3];
}

/* PNG: the signature, then IHDR with width and height. */
static const char *png_size(const unsigned char *d, size_t n,
	unsigned long *w, unsigned long *h)
{
	if (n < 24 || memcmp(d + 12, "IHDR", 4) != 0)
		return "a PNG file without its header (IHDR)";
	*w = be32(d + 16);
	*h = be32(d + 20);
	return NULL;
}

/* JPEG: segments up to the first frame header (SOFn), which holds the
 * size. */
static const char *jpeg_size(const unsigned char *d, size_t n,
	unsigned long *w, unsigned long *h)
{
	size_t i = 2;
	while (i + 4 <= n) {
		if (d[i] != 0xFF)
			return "a damaged JPEG file (no marker where one is due)";
		unsigned m = d[i + 1];
		if (m == 0xFF) { /* fill byte */
			i++;
			continue;
		}
		if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) { /* no length */
			i += 2;
			continue;
		}
		if (m == 0xD9 || m == 0xDA)
			break; /* end of image or scan data before any frame */
		unsigned len = be16(d + i + 2);
		if (len < 2 || i + 2 + len > n)
			break;
		if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 &&
				m != 0xCC) {
			if (len < 7)
				break;
			/* Browsers show 8-bit Huffman-coded JPEGs only
			 * (baseline, extended, progressive); the PDF's
			 * readers show the others, so the page would lack
			 * an image the PDF has. */
			if (m > 0xC2 || d[i + 4] != 8)
				return "a JPEG coded in a way most browsers do not show "
					"(arithmetic coding, lossless or 12-bit): "
					"save it again as an ordinary JPEG";
			*h = be16(d + i + 5);
			*w = be16(d + i + 7);
			return NULL;
		}
		i += 2 + len;
	}
	return "a JPEG file without a frame header (SOF)";
}

/* ---- SVG ---- */

static bool in_list(const char *s, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (!strcmp(s, list[i]))
			return true;
	return false;
}

/* Drawing only: no script, style (CSS can load URLs), foreignObject (any
 * HTML), a (links), image (external files), animation (can set href). */
static const char *const SVG_ELEMENTS[] = {"svg", "g", "defs", "title",
	"desc", "symbol", "use", "path", "rect", "circle", "ellipse", "line",
	"polyline", "polygon", "text", "tspan", "textPath", "linearGradient",
	"radialGradient", "stop", "clipPath", "mask", "pattern", "marker",
	"filter", "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix",
	"feMerge", "feMergeNode", "feFlood", "feComposite", "switch", NULL};

static const char *const SVG_ATTRS[] = {"id", "class", "x", "y", "x1",
	"y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "width",
	"height", "d", "points", "viewBox", "preserveAspectRatio", "transform",
	"fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
	"stroke-opacity", "stroke-linecap", "stroke-linejoin",
	"stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit",
	"opacity", "style", "font-family", "font-size", "font-weight",
	"font-style", "font-variant", "text-anchor", "dominant-baseline",
	"alignment-baseline", "baseline-shift", "letter-spacing",
	"word-spacing", "text-decoration", "dx", "dy", "rotate", "textLength",
	"lengthAdjust", "offset", "stop-color", "stop-opacity",
	"gradientUnits", "gradientTransform", "spreadMethod", "clip-path",
	"clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits",
	"patternUnits", "patternContentUnits", "patternTransform",
	"marker-start", "marker-mid", "marker-end", "markerWidth",
	"markerHeight", "markerUnits", "refX", "refY", "orient", "visibility",
	"display", "color", "version", "baseProfile", "href", "stdDeviation",
	"in", "in2", "result", "mode", "values", "type", "operator", "k1",
	"k2", "k3", "k4", "flood-color", "flood-opacity", "filter",
	"filterUnits", "primitiveUnits", "vector-effect", "shape-rendering",
	"text-rendering", "paint-order", "startOffset", "method", "spacing",
	NULL};

#define SVG_NS "http://www.w3.org/2000/svg"
#define XLINK_NS "http://www.w3.org/1999/xlink"

/* A value that may reach outside the file: url(...) not to "#id", a
 * script scheme, or CSS that could hide either (escapes, @import). */
static bool value_unsafe(const char *v)
{
	char *low = xstrdup(v);
	for (char *p = low; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	bool bad = strstr(low, "javascript:") || strchr(low, '\\') ||
		strchr(low, '@') || strstr(low, "expression(");
	for (const char *p = low; !bad && (p = strstr(p, "url(")) != NULL;) {
		p += 4;
		while (*p == ' ' || *p == '\t' || *p == '"' || *p == '\'')
			p++;
		bad = *p != '#';
	}
	free(low);
	return bad;
}

static bool keep_attr(const xmlAttr *at)
{
	const char *name = (const char *)at->name;
	const char *ns = at->ns ? (const char *)at->ns->href : NULL;
	/* An entity reference (x="5&x;") would point into the DTD, which
	 * goes: such a value is dropped, not expanded. */
	for (const xmlNode *c = at->children; c != NULL; c = c->next)
		if (c->type != XML_TEXT_NODE)
			return false;
	xmlChar *v = xmlNodeGetContent((const xmlNode *)at);
	const char *val = v ? (const char *)v : "";
	bool keep;
	if (ns != NULL && !strcmp(ns, XLINK_NS))
		keep = !strcmp(name, "href");
	else if (ns != NULL)
		keep = !strcmp(ns, (const char *)XML_XML_NAMESPACE) &&
			(!strcmp(name, "space") || !strcmp(name, "lang"));
	else
		keep = in_list(name, SVG_ATTRS);
	/* Only references inside the file. */
	if (keep && !strcmp(name, "href"))
		keep = val[0] == '#';
	if (keep && value_unsafe(val))
		keep = false;
	xmlFree(v);
	return keep;
}

/* Namespace declarations other than SVG's and XLink's go, once the
 * element's subtree is sanitised (so no attribute kept below still names
 * one; fuzz_image found a use after free when it went first): nothing
 * kept uses them, and
 * a declaration's value is written out as it was read ("&x;" included,
 * found by fuzz_image: the result was not well-formed). */
static void keep_namespaces(xmlNode *n)
{
	xmlNs **pp = &n->nsDef;
	while (*pp != NULL) {
		xmlNs *ns = *pp;
		const char *href = ns->href ? (const char *)ns->href : "";
		if (!strcmp(href, SVG_NS) || !strcmp(href, XLINK_NS)) {
			pp = &ns->next;
			continue;
		}
		*pp = ns->next;
		ns->next = NULL;
		xmlFreeNs(ns);
	}
}

/* libxml2 refuses nesting deeper than 256 (no XML_PARSE_HUGE), which
 * bounds this recursion. */
static void sanitise(xmlNode *n)
{
	xmlNode *next;
	for (xmlNode *c = n->children; c != NULL; c = next) {
		next = c->next;
		bool keep;
		/* (int): another library's enum, whose every value we need not
		 * name (-Wswitch-enum is for ours). */
		switch ((int)c->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			keep = true;
			break;
		case XML_ELEMENT_NODE:
			keep = c->ns != NULL && !strcmp((const char *)c->ns->href,
				SVG_NS) && in_list((const char *)c->name,
				SVG_ELEMENTS);
			break;
		default: /* comments, processing instructions, entities */
			keep = false;
			break;
		}
		if (!keep) {
			xmlUnlinkNode(c);
			xmlFreeNode(c);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE)
			continue;
		xmlAttr *anext;
		for (xmlAttr *at = c->properties; at != NULL; at = anext) {
			anext = at->next;
			if (!keep_attr(at))
				xmlRemoveProp(at);
		}
		sanitise(c);
		keep_namespaces(c);
	}
}

/* Whether a filter is left in n (depth bounded as in sanitise). */
static bool has_filter(const xmlNode *n)
{
	for (const xmlNode *c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && (!strcmp((const char *)
				c->name, "filter") || has_filter(c)))
			return true;
	return false;
}

static bool has_svg_tag(const unsigned char *d, size_t n)
{
	for (size_t i = 0; i + 4 <= n; i++)
		if (!memcmp(d + i, "<svg", 4))
			return true;
	return false;
}

static void no_errors(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* A length attribute as a number of pixels ("210", "210px", "21cm" taken
 * as its number: only the order of magnitude matters here); 0 when
 * absent or relative. */
static double svg_length(const xmlNode *root, const char *name)
{
	xmlChar *v = xmlGetProp(root, (const xmlChar *)name);
	double d = 0;
	if (v != NULL) {
		char *end;
		d = strtod((const char *)v, &end);
		if (*end == '%' || !(d > 0))
			d = 0;
		xmlFree(v);
	}
	return d;
}

const char *image_svg_sanitise(struct arena *a, const unsigned char *data,
	size_t len, struct doc_image *img)
{
	if (len > (size_t)INT32_MAX)
		return "an SVG file too big to read";
	/* NONET: nothing fetched; no NOENT/DTDLOAD: no entity expanded, no
	 * DTD loaded. */
	xmlSetGenericErrorFunc(NULL, no_errors);
	xmlDoc *doc = xmlReadMemory((const char *)data, (int)len, NULL, NULL,
		XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	xmlSetGenericErrorFunc(NULL, NULL);
	if (doc == NULL && !has_svg_tag(data, len))
		return NULL; /* not XML: not an SVG */
	if (doc == NULL) {
		/* Meant as an SVG: say what is wrong with it. */
		const xmlError *e = xmlGetLastError();
		const char *m = e && e->message ? e->message : "";
		return arena_printf(a, "not a well-formed SVG file (line %d: "
			"%.*s)", e ? e->line : 0, (int)strcspn(m, "\n"), m);
	}
	xmlNode *root = xmlDocGetRootElement(doc);
	if (root == NULL || strcmp((const char *)root->name, "svg") != 0 ||
			root->ns == NULL ||
			strcmp((const char *)root->ns->href, SVG_NS) != 0) {
		xmlFreeDoc(doc);
		return NULL;
	}
	xmlAttr *anext;
	for (xmlAttr *at = root->properties; at != NULL; at = anext) {
		anext = at->next;
		if (!keep_attr(at))
			xmlRemoveProp(at);
	}
	sanitise(root);
	keep_namespaces(root);
	/* The DTD (and the entities it declares) goes last: until then an
	 * entity reference in the tree still points into it (found by
	 * fuzz_image: x="5&x;" read after the DTD was freed). No reference
	 * is left by now: keep_attr drops attributes holding one, sanitise
	 * the references in content. */
	xmlDtd *dtd = xmlGetIntSubset(doc);
	if (dtd != NULL) {
		xmlUnlinkNode((xmlNode *)dtd);
		xmlFreeDtd(dtd);
	}
	for (xmlNode *c = doc->children, *next; c != NULL; c = next) {
		next = c->next;
		if (c != root) {
			xmlUnlinkNode(c);
			xmlFreeNode(c);
		}
	}
	double w = svg_length(root, "width"), h = svg_length(root, "height");
	xmlChar *vb = xmlGetProp(root, (const xmlChar *)"viewBox");
	double vx, vy, vw = 0, vh = 0;
	if (vb != NULL && sscanf((const char *)vb, "%lf%*[ ,]%lf%*[ ,]%lf%*[ ,]%lf",
			&vx, &vy, &vw, &vh) != 4)
		vw = vh = 0;
	xmlFree(vb);
	if (w == 0)
		w = vw;
	if (h == 0)
		h = vh;
	/* No size at all: a browser's default box for an SVG. */
	img->width = w > 0 ? (w > 1e9 ? 1000000000 : (int)(w + 0.5)) : 300;
	img->height = h > 0 ? (h > 1e9 ? 1000000000 : (int)(h + 0.5)) : 150;
	if (img->width == 0)
		img->width = 1;
	if (img->height == 0)
		img->height = 1;
	if ((double)img->width * img->height > IMAGE_MAX_FILTER_PIXELS &&
			has_filter(root)) {
		xmlFreeDoc(doc);
		return arena_printf(a, "SVG with filter effects (blur, shadow), "
			"%d x %d pixels: such an SVG is drawn pixel by pixel, and "
			"the limit is %d megapixels (scale it down, or remove the "
			"filters)", img->width, img->height,
			IMAGE_MAX_FILTER_PIXELS / 1000000);
	}
	xmlChar *out = NULL;
	int olen = 0;
	xmlDocDumpMemoryEnc(doc, &out, &olen, "UTF-8");
	xmlFreeDoc(doc);
	if (out == NULL)
		return "the SVG file could not be written back";
	unsigned char *copy = arena_alloc(a, (size_t)olen + 1);
	memcpy(copy, out, (size_t)olen);
	xmlFree(out);
	img->data = copy;
	img->len = (size_t)olen;
	img->format = DOC_IMAGE_SVG;
	img->format_name = "SVG";
	img->ext = ".svg";
	return "";
}

const char *image_identify(struct arena *a, const unsigned char *d, size_t n,
	struct doc_image *img)
{
	unsigned long w = 0, h = 0;
	const char *why;
	if (n >= 8 && !memcmp(d, "\x89PNG\r\n\x1a\n", 8)) {
		img->format = DOC_IMAGE_PNG;
		img->format_name = "PNG";
		img->ext = ".png";
		why = png_size(d, n, &w, &h);
	} else if (n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF) {
		img->format = DOC_IMAGE_JPEG;
		img->format_name = "JPEG";
		img->ext = ".jpg";
		why = jpeg_size(d, n, &w, &h);
	} else {
		why = image_svg_sanitise(a, d, n, img);
		if (why == NULL)
			return "not a PNG, JPEG or SVG image (lkjip reads the "
				"file's bytes, not its name)";
		if (*why != '\0')
			return why;
		w = (unsigned long)img->width;
		h = (unsigned long)img->height;
		why = NULL;
	}
	if (why != NULL)
		return why;
	if (w == 0 || h == 0)
		return "an image with no width or height";
	if (w > IMAGE_MAX_SIDE || h > IMAGE_MAX_SIDE ||
			(unsigned long long)w * h > IMAGE_MAX_PIXELS)
		return arena_printf(a, "%s, %lu x %lu pixels: the limit is %d "
			"pixels a side and %d megapixels", img->format_name,
			w, h, IMAGE_MAX_SIDE, IMAGE_MAX_PIXELS / 1000000);
	img->width = (int)w;
	img->height = (int)h;
	if (img->format != DOC_IMAGE_SVG) {
		img->data = d;
		img->len = n;
	}
	return NULL;
}

struct png_reader {
	const unsigned char *p;
	size_t left;
};

static cairo_status_t png_read(void *closure, unsigned char *data,
	unsigned int len)
{
	struct png_reader *r = closure;
	if (len > r->left)
		return CAIRO_STATUS_READ_ERROR;
	memcpy(data, r->p, len);
	r->p += len;
	r->left -= len;
	return CAIRO_STATUS_SUCCESS;
}

/* A PNG is decoded once here (its size is within the limits by now), so
 * damaged data is an error of `check` too, not a warning of the PDF. */
cairo_surface_t *doc_image_png_surface(const struct doc_image *img)
{
	struct png_reader r = {img->data, img->len};
	return cairo_image_surface_create_from_png_stream(png_read, &r);
}

static bool png_decodes(const struct doc_image *img)
{
	cairo_surface_t *s = doc_image_png_surface(img);
	bool ok = cairo_surface_status(s) == CAIRO_STATUS_SUCCESS;
	cairo_surface_destroy(s);
	return ok;
}

/* "foto/a.jpg" holding JPEG data stays; holding PNG data it is published
 * as "foto/a.jpg.png": a name's extension decides how a web server serves
 * the file, so it must agree with the bytes. */
static const char *publish_name(struct arena *a, const char *rel,
	const struct doc_image *img)
{
	const char *dot = strrchr(rel, '.');
	const char *slash = strrchr(rel, '/');
	if (dot != NULL && (slash == NULL || dot > slash)) {
		if (!strcasecmp(dot, img->ext) || (img->format ==
				DOC_IMAGE_JPEG && !strcasecmp(dot, ".jpeg")))
			return arena_strdup(a, rel);
	}
	return arena_printf(a, "%s%s", rel, img->ext);
}

const char *missing_file(struct arena *a, const char *root, const char *rel)
{
	const char *why = "no such file in the report folder";
	const char *slash = strrchr(rel, '/');
	const char *base = slash ? slash + 1 : rel;
	char *want = g_utf8_validate(base, -1, NULL) ?
		g_utf8_normalize(base, -1, G_NORMALIZE_NFC) : NULL;
	if (want == NULL)
		return why;
	/* Names only are listed: nothing is opened or read. */
	const char *dir = slash ? arena_printf(a, "%s/%.*s", root,
		(int)(slash - rel), rel) : root;
	DIR *d = opendir(dir);
	struct dirent *e;
	while (d != NULL && (e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, base) ||
				!g_utf8_validate(e->d_name, -1, NULL))
			continue;
		char *have = g_utf8_normalize(e->d_name, -1, G_NORMALIZE_NFC);
		bool same = have != NULL && !strcmp(have, want);
		g_free(have);
		if (same) {
			why = arena_printf(a, "no such file in the report folder; "
				"\"%s\" there has the same letters in another "
				"Unicode form (\u00e9 as one character, or as e and "
				"an accent): rename the file or retype the name",
				e->d_name);
			break;
		}
	}
	if (d != NULL)
		closedir(d);
	g_free(want);
	return why;
}

const struct doc_image *image_load(struct build_ctx *c, const char *rel,
	struct src_pos pos)
{
	struct arena *a = c->doc->arena;
	if (rel == NULL || !path_is_contained(rel)) {
		diag_add(c->diags, DIAG_ERROR, pos, "image \"%s\" must be a path "
			"inside the report folder", rel ? rel : "");
		return NULL;
	}
	int fd = path_open_in(c->report->dir, rel);
	struct stat st;
	if (fd >= 0 && fstat(fd, &st) == 0 && st.st_size > IMAGE_MAX_BYTES) {
		close(fd);
		diag_add(c->diags, DIAG_ERROR, pos, "image \"%s\" is %lld MB: "
			"the limit is %d MB", rel, (long long)st.st_size >> 20,
			IMAGE_MAX_BYTES >> 20);
		return NULL;
	}
	size_t len = 0;
	char *buf = fd >= 0 ? file_read_fd(fd, &len) : NULL;
	int err = errno;
	if (fd >= 0)
		close(fd);
	if (buf == NULL) {
		diag_add(c->diags, DIAG_ERROR, pos, "image \"%s\": %s", rel,
			err == ENOENT ? missing_file(a, c->report->dir, rel) :
			path_refusal(err));
		return NULL;
	}
	unsigned char *data = arena_alloc(a, len + 1);
	memcpy(data, buf, len);
	free(buf);
	struct doc_image *img = arena_alloc(a, sizeof *img);
	const char *why = image_identify(a, data, len, img);
	if (why == NULL && img->format == DOC_IMAGE_PNG && !png_decodes(img))
		why = "the PNG data is damaged (its header is fine)";
	if (why != NULL) {
		diag_add(c->diags, DIAG_ERROR, pos, "image \"%s\": %s", rel, why);
		return NULL;
	}
	img->name = publish_name(a, rel, img);
	return img;
}
