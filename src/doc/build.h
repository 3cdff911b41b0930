/* Internal to the builder: state of one doc_build() and the functions its
 * files share (build.c: skeleton, Markdown, parts; values.c: inline values
 * and block directives). */
#ifndef LKJIP_DOC_BUILD_H
#define LKJIP_DOC_BUILD_H

#include "doc/internal.h"
#include "model/yaml.h"

struct id_slot;

struct build_state {
	const char *file;          /* Markdown file being converted */
	struct ynode *skeleton;    /* templates/kerangka.yaml */
	struct ptrvec ids;         /* anchor ids in use */
	struct id_slot *idtab;     /* the same as a hash set (unique_id) */
	size_t idcap;
	struct metrics *metrics;
	struct figs *typed_figs;   /* figures of the data, for typed.c */
};

/* One row of the directive registry (values.c). */
enum directive_kind {
	DIREKTIF_INLINE, /* a value inside a sentence */
	DIREKTIF_BLOK,   /* alone in its paragraph: a table, chart, image */
};

struct directive_def {
	const char *name;
	enum directive_kind kind;
	/* Inline: the options it accepts (NULL-terminated; tahun= is listed
	 * for every value so that "does not apply" can be said), and whether
	 * it uses a first and a second bare word and tahun=. A block checks
	 * its own (tables and charts: TABLE_DEFS, CHART_DEFS). */
	const char *const *options;
	bool arg, arg2, tahun;
	struct doc_node *(*build)(struct build_ctx *, const struct directive *);
};

/* The registry's row for a name, or NULL: an unknown directive. */
const struct directive_def *directive_find(const char *name);
/* An inline {{value}} as a node, or NULL after a diagnostic. */
struct doc_node *inline_value(struct build_ctx *, const struct directive *);
/* A block {{tabel}}, {{grafik}}, {{gambar}}, {{tanda-tangan}},
 * {{halaman-baru}} as a node, or NULL after a diagnostic. */
struct doc_node *block_directive(struct build_ctx *, const struct directive *);
/* Gives a table or figure its label ("Tabel 3.2"), id and caption: the
 * skeleton's caption for the directive's name ("capaian", "grafik-anggaran"
 * under keterangan:), then judul=/sumber=/lanskap=/id=. d is NULL for a
 * Markdown table. */
void number_float(struct build_ctx *, struct doc_node *,
	const struct directive *d);
const char *skeleton_caption(struct build_ctx *, const char *key,
	const char **sumber);
const char *unique_id(struct build_ctx *, const char *base);
/* Reads the image rel of the report folder (path_open_in: no link, FIFO
 * or device), identifies it by its bytes (PNG, JPEG or SVG, anything else
 * refused), checks its size from the header and sanitises an SVG (image.c).
 * NULL after a diagnostic at pos. */
const struct doc_image *image_load(struct build_ctx *, const char *rel,
	struct src_pos pos);
/* Why a file named rel is not in the folder root, for a message: "no
 * such file in the report folder", plus the name of a file there that
 * differs from rel only in its Unicode form (é as one character or as e
 * and an accent: macOS writes the second, a keyboard the first). */
const char *missing_file(struct arena *, const char *root, const char *rel);
/* Limits on an image, checked before anything is decoded (a forged PNG
 * header can ask for gigabytes). docs/directives.md states them. */
#define IMAGE_MAX_SIDE 10000        /* pixels a side */
#define IMAGE_MAX_PIXELS 40000000   /* width x height */
#define IMAGE_MAX_BYTES (50 << 20)  /* file size */
/* An SVG with filter effects (blur, shadow) is drawn pixel by pixel at its
 * own size: 40 megapixels of blur took 40 s and 1 GB, 4 took 2 s. */
#define IMAGE_MAX_FILTER_PIXELS 4000000
/* Fills img from the bytes d (kept, not copied, unless an SVG, which is
 * sanitised into a new buffer from a): NULL, or why they are refused. */
const char *image_identify(struct arena *, const unsigned char *d, size_t n,
	struct doc_image *img);
/* The sanitised SVG into img (data, len, format, width, height) and "";
 * NULL when the bytes are not an SVG document; else why it is refused. */
const char *image_svg_sanitise(struct arena *, const unsigned char *data,
	size_t len, struct doc_image *img);
/* The documents of laporan.yaml lampiran: as DOC_ANNEX nodes appended to
 * the lampiran chapter, each read through path_open_in and checked: a PDF
 * opened by poppler, an image by image_load (annex.c). A missing or
 * damaged one is an error at the line naming it. */
void annexes_append(struct build_ctx *, struct doc_node *chapter);
/* Limits on the annexes (docs/content-format.md states them). */
#define ANNEX_MAX_BYTES (50 << 20)  /* one file */
#define ANNEX_MAX_PAGES 100         /* pages of one PDF */
#define ANNEX_MAX_TOTAL_PAGES 300   /* pages of all the annexes */
struct doc_node *make_signature(struct build_ctx *);
/* The headline figures node (summary.c). */
struct doc_node *make_summary(struct build_ctx *);
/* Warns about figures typed into a text run of the narrative (typed.c);
 * base is the place of s[0]. after_times: the text before s (on the line
 * above) ends with a multiplication sign, so a number at s[0] is a
 * formula's "x 100 %", not a figure. */
void typed_figures_check(struct build_ctx *, struct src_pos base,
	const char *s, size_t len, bool after_times);
bool typed_ends_with_times(const char *s);
/* Warns about characters the PDF's fonts lack, once each (glyphs.c). */
void check_glyphs(struct build_ctx *);

#endif
