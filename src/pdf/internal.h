/* Shared between the parts of the PDF backend (pdf.c: pages, text flow,
 * navigation; table.c: tables; hyph.c: hyphenation; linebreak.c: where
 * a paragraph's lines break). Not a public header:
 * callers include pdf.h; tests may include this one to test the parts. */
#ifndef LKJIP_PDF_INTERNAL_H
#define LKJIP_PDF_INTERNAL_H

#include <stdbool.h>

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "doc/doc.h"
#include "util/diag.h"

#define HYPH_DICT_ID "/usr/share/hyphen/hyph_id_ID.dic"

/* ---- hyph.c: Indonesian hyphenation as U+00AD soft hyphens ---- */
struct hyph;
/* NULL when the dictionary cannot be loaded (text is then set unhyphenated). */
struct hyph *hyph_open(const char *dict_path);
void hyph_free(struct hyph *); /* accepts NULL */
/* Appends text to out with soft hyphens at the allowed breaks of words of
 * 5 letters or more; capitalised words, tokens holding digits, URLs and
 * e-mail addresses are copied unchanged. h may be NULL (plain copy). */
void hyph_append(struct hyph *h, GString *out, const char *text);

/* ---- linebreak.c: the breaks of a paragraph chosen at once ---- */
/* Chooses where the layout's lines break (fewest hyphens, no two
 * hyphenated lines in a row, even spaces) and restricts Pango to those
 * breaks; the layout's wrapping width is `width` (points). Does nothing
 * to a layout wrapped between characters or without a width. */
void pdf_break_lines(PangoLayout *, double width);

/* ---- annot.c: link annotations added to cairo's finished PDF ---- */
struct pannot {
	int page;              /* 1-based page holding the link area */
	double x, y, w, h;     /* the area, cairo user space (y down) */
	const char *uri;       /* external link, or NULL */
	int dest_page;         /* internal link: target page, 1-based */
	double dest_x, dest_y; /* target point, cairo user space */
	/* The structure element holding the link's text: the number of
	 * its structure tag in the order pdf.c began them, from 1 (0: in
	 * none); and the text, for the annotation's /Contents (or NULL). */
	int elem;
	int cell;              /* the table cell, from 1 in drawing order, or 0 */
	const char *text;
	/* The link's own element, holding its text (PDF/UA 7.18.5: Link /K
	 * [its text, the annotation]): the number of its LINK_TAG, which
	 * annot.c names Link and gives the annotation; or 0 (a link in a
	 * table cell: annot.c makes a Link of the annotation alone, in the
	 * cell's element). */
	int link;
};
/* The structure tag pdf.c begins around a link's text; a standard type
 * cairo 1.16 writes as any other (its "Link" tag makes annotations, which
 * damage the file: see annot.c). annot.c renames it Link. */
#define LINK_TAG "Reference"
/* What cairo 1.16 cannot write into a tagged PDF: the document's language
 * and DisplayDocTitle in the catalog, the text alternative of each Figure
 * structure element (alts, in the order the Figures were drawn) and the
 * scope of each TH. */
struct ptags {
	const char *lang;        /* "id-ID", or NULL: no tagging edits */
	const char *const *alts;
	guint nalts;
	guint nstruct;           /* structure tags begun (pannot.elem) */
	guint ncells;            /* table cells marked (pannot.cell) */
};
/* Writes pdf (cairo's complete output, its page contents uncompressed)
 * again: the pages get the n link annotations, each a Link structure
 * element when tagged; the edits of tg (NULL: none); what no structure
 * element holds marked /Artifact; the page contents compressed.
 * page_h[i] is the height of page i + 1. Returns 0; or -1 with the reason
 * in *why and pdf unchanged when cairo's output is not as expected. */
int pdf_annots_apply(GByteArray *pdf, const struct pannot *an, guint n,
	const double *page_h, int npages, const struct ptags *tg,
	const char **why);

/* ---- Page geometry (points) ---- */
#define PT_PER_CM (72.0 / 2.54)
#define A4_W 595.2756
#define A4_H 841.8898

enum numstyle {
	NUM_NONE,
	NUM_ROMAN,
	NUM_ARABIC,
};

/* A text style for one layout. */
struct tstyle {
	const char *family;
	double size;
	bool bold, italic;
	PangoAlignment align;
	bool justify;
	bool hyphenate;
	double spacing; /* line-spacing factor; 0 = font default */
};

/* A link inside a layout, by byte range of the layout's text. */
struct tlink {
	int start, end;
	const char *uri;  /* external, or NULL */
	const char *dest; /* internal anchor id, or NULL */
};

struct anchor {
	int page;        /* physical page, 1-based */
	char label[16];  /* printed page number: "iv", "12" */
	double x, y;     /* where on the page */
};

/* The state of one pdf_render(). Layout runs twice: pass 1 measures (cr is
 * NULL) and records on which page every anchor lands; pass 2 draws with
 * those page numbers in the lists. Both passes make the same decisions. */
struct pdf {
	const struct doc *doc;
	struct diag_list *diags;
	PangoContext *pctx;
	struct hyph *hyph;
	cairo_surface_t *surf;
	cairo_t *cr;          /* NULL while measuring */
	double surf_w, surf_h; /* the PDF surface's current page size */
	int pass;

	/* Current page. */
	int page;             /* physical, 1-based; 0 before the first */
	bool page_open;
	bool landscape;
	double pw, ph;
	double x0, y0, fw, y1; /* frame: left, top, width, bottom limit */
	double y;             /* top of the next block */
	enum numstyle numstyle;
	int num;              /* number printed on the current page */
	const char *running;  /* chapter shown in the running header */
	bool opening;         /* first page of a chapter: no header */

	GHashTable *anchors;  /* node -> struct anchor, filled by pass 1 */
	GHashTable *anchors2; /* the same, pass 2, to check agreement */
	GHashTable *ids;      /* id -> node, for links that can resolve */
	GHashTable *dests;    /* ids already given a destination (pass 2) */
	GHashTable *cellw;    /* table cell -> measured widths, for pass 2 */
	GHashTable *lcache;   /* node -> its pass-1 layout, for pass 2 */
	GHashTable *shared;   /* style + plain text -> one unwrapped layout */
	GHashTable *shared_set; /* the layouts in shared and in wrapped */
	GHashTable *wrapped;  /* shared layout + width -> one at that width */
	GHashTable *kept;     /* key -> layout of pdf_layout_kept */
	int outline_chapter, outline_h2, outline_h3;
	int float_drawn;      /* tables/figures placed, for the benchmark */
	/* Keeps and floats. A heading (or a list item's mark) is not drawn
	 * at once: it waits in `pending` for the first lines of what follows
	 * (pdf_keep), so that both go to the next page together. A
	 * landscape table or figure met on a portrait page holding text
	 * waits in `floats` until that page is full: the text after it fills
	 * the page first. Tables and figures after it wait too, to keep
	 * their order. */
	GArray *pending;      /* struct pend */
	GPtrArray *floats;    /* const struct doc_node * */
	GHashTable *land;     /* tables found landscape in pass 1 */
	bool in_float;        /* drawing the floats: no keeps, no deferring */
	GArray *annots;       /* struct pannot, recorded in pass 2 */
	/* Tagged PDF: the structure elements open around what is drawn
	 * (Table, TR, L, LI, TOC...: pdf_tag_begin), closed before every
	 * page break and opened again after the running header, which
	 * so stays outside the structure tree (annot.c marks it
	 * /Artifact); the role of the text pdf_draw_lines draws ("P",
	 * "H2", "TD": a cell marker, not a cairo tag; NULL: no element of
	 * its own); the text alternative of every Figure, in drawing order
	 * (pass 2), which annot.c gives the Figure elements. */
	GPtrArray *tags;
	GArray *tag_num;      /* int: the structure tag number of each of tags */
	int nstruct;          /* structure tags begun so far (pass 2) */
	int cur_elem;         /* the element text is drawn in (pannot.elem) */
	GPtrArray *texts;     /* the links' texts (pannot.text), owned */
	int ncells, cur_cell; /* cells marked; the one drawn (pannot.cell) */
	int cur_link;         /* the LINK_TAG of the link drawn (pannot.link) */
	cairo_scaled_font_t *mark_font; /* the cell markers' space */
	unsigned long mark_glyph;
	const char *role;
	GPtrArray *alts;
	GArray *page_h;       /* double: height of every page, pass 2 */
	/* What a table repeats on its continuation pages (the "(lanjutan)"
	 * caption, the header rows): pdf_new_page calls repeat(p,
	 * repeat_arg) once, after the running header and before it opens
	 * the elements again, with artifact set: pdf_tag_begin and
	 * pdf_tag_end do nothing and text gets no role, so annot.c marks
	 * it /Artifact (PDF/UA: a repeated header is no content). */
	void (*repeat)(struct pdf *, void *);
	void *repeat_arg;
	bool artifact;
};

/* pdf.c services used by table.c. */
/* A table cell's layout, without a width. Cells of the same style holding
 * the same plain text (no attributes, no links) share one layout, which
 * must not be changed: pdf_layout_width() gives a cell's layout a width
 * (Pango units, -1: none), a shared one by finding or making the shared
 * layout of that text at that width (other layouts are set in place). */
PangoLayout *pdf_layout_cell(struct pdf *, const struct doc_node *cell,
	const struct tstyle *, GArray *links);
PangoLayout *pdf_layout_width(struct pdf *, const struct doc_node *cell,
	PangoLayout *, int width);
PangoLayout *pdf_layout_text(struct pdf *, const char *text,
	const struct tstyle *, double width);
/* The same, made once per pdf_render and then shared: pass 2 and every
 * repeat (a running header, a table caption set again at another size, a
 * list's bullet) get the one layout, shaped once. tweak (or NULL) changes
 * it once, when made, with arg; callers change it no further. */
PangoLayout *pdf_layout_kept(struct pdf *, const char *text,
	const struct tstyle *, double width,
	void (*tweak)(PangoLayout *, int), int arg);
/* A tweak: the layout's attributes become the first len bytes bold (a
 * caption's "Tabel 3.1"), replacing any it had. */
void pdf_bold_prefix(PangoLayout *, int len);
double pdf_layout_height(PangoLayout *);
void pdf_draw_layout(struct pdf *, PangoLayout *, double x, double y,
	GArray *links);
/* Draws lines [from, to) of the layout, line `from` with its top at y (and
 * their links); returns the height used. Measures only while cr is NULL. */
double pdf_draw_lines(struct pdf *, PangoLayout *, double x, double y,
	int from, int to, GArray *links);
/* Draws the layout at x, p->y and moves p->y below it; one taller than
 * the rest of the page flows on to the next pages, split between lines. */
void pdf_place_layout(struct pdf *, PangoLayout *, double x, GArray *links);
void pdf_new_page(struct pdf *, bool landscape);
/* Before placing h points of content at p->y: a new page unless the
 * waiting headings and h fit on this one; then draws the headings. */
void pdf_keep(struct pdf *, double h);
/* A landscape table or figure (pass 1 decides for tables) met where it
 * must wait for the portrait page to fill, or any float after one that
 * waits: queued, and true. */
bool pdf_defer_float(struct pdf *, const struct doc_node *, bool landscape);
void pdf_ensure_orientation(struct pdf *, bool landscape);
void pdf_anchor(struct pdf *, const struct doc_node *, double y);
bool pdf_at_top(const struct pdf *);

/* An image's checked bytes as a surface (NULL after a warning), and its
 * size in points. */
cairo_surface_t *pdf_image_surface(struct pdf *, const struct doc_image *,
	const char *name, const struct doc_node *);
void pdf_surface_size(cairo_surface_t *, double *w, double *h);
/* An outline (bookmark) entry under the current chapter, at y of this
 * page. */
void pdf_outline_entry(struct pdf *, const char *text, double y);

/* annex.c: an attached document, from a new page on. */
void pdf_annex(struct pdf *, const struct doc_node *annex);

/* Structure elements (pass 2 only writes them). */
void pdf_tag_begin(struct pdf *, const char *name);
void pdf_tag_end(struct pdf *);
/* A Figure element around what draw() draws, with its alternative text. */
void pdf_figure_begin(struct pdf *, const char *alt);
void pdf_figure_end(struct pdf *);

/* table.c */
void pdf_table(struct pdf *, const struct doc_node *table, double x,
	double w);

#endif
