/* The document tree: the one representation of a finished LKjIP that every
 * backend consumes. Built by doc_build() from the model, the metrics and the
 * Markdown chapters; backends never re-parse Markdown or recompute a figure.
 * All strings are final text (numbers already formatted the Indonesian way,
 * cross-reference labels resolved); all memory belongs to the doc's arena. */
#ifndef LKJIP_DOC_H
#define LKJIP_DOC_H

#include <stdbool.h>
#include <stdio.h>

#include "chart/chart.h"
#include "model/model.h"
#include "util/diag.h"

struct metrics;

enum doc_type {
	DOC_DOCUMENT,   /* root */
	/* Top-level parts, children of DOC_DOCUMENT, in reading order. */
	DOC_COVER,      /* title page; data in struct doc_cover */
	DOC_TOC,        /* daftar isi/tabel/gambar; as.toc.kind says which */
	DOC_CHAPTER,    /* a front-matter part, BAB, or lampiran */
	DOC_SUMMARY,    /* the answer first (first child of the root); data
	                 * in struct doc_summary. The site opens the page with
	                 * it; the PDF keeps its formal order and skips it. */
	/* Blocks. */
	DOC_HEADING,    /* level 2..4 inside a chapter (level 1 = chapter) */
	DOC_PARAGRAPH,
	DOC_LIST,
	DOC_ITEM,
	DOC_BLOCKQUOTE,
	DOC_CODEBLOCK,  /* text in as.literal */
	DOC_RULE,       /* thematic break */
	DOC_TABLE,      /* children: DOC_ROW; caption data in struct doc_float */
	DOC_ROW,
	DOC_CELL,       /* inline children */
	DOC_FIGURE,     /* a chart or an image; caption in struct doc_float */
	DOC_SIGNATURE,  /* signature block; data from the report meta */
	DOC_PAGEBREAK,  /* hint for paged backends; HTML ignores it */
	DOC_ANNEX,      /* an attached document (laporan.yaml lampiran:),
	                 * in a lampiran chapter; data in struct doc_annex */
	/* Inlines. */
	DOC_TEXT,       /* as.literal */
	DOC_EMPH,
	DOC_STRONG,
	DOC_CODE,       /* as.literal */
	DOC_LINK,       /* as.link.url; inline children */
	DOC_IMAGE,      /* as.image: url (relative to the report folder), alt */
	DOC_XREF,       /* as.xref: target = anchor id; label = "Tabel 3.2" */
	DOC_SOFTBREAK,
	DOC_LINEBREAK,
	DOC_STRIKE,     /* strikethrough ~~...~~; inline children */
	DOC_TYPE_MAX,
};

enum doc_toc_kind {
	TOC_ISI,
	TOC_TABEL,
	TOC_GAMBAR,
	TOC_LAMPIRAN, /* the attached documents (DOC_ANNEX) */
};

enum doc_align {
	ALIGN_DEFAULT,
	ALIGN_LEFT,
	ALIGN_CENTER,
	ALIGN_RIGHT,
};

/* How a chapter is numbered and where it sits. */
enum doc_chapter_kind {
	CHAPTER_FRONT,    /* kata pengantar, ikhtisar: roman page numbers */
	CHAPTER_BAB,      /* BAB I..IV: arabic page numbers */
	CHAPTER_LAMPIRAN, /* appendices, after the body */
};

/* An image of the report folder, read and checked when the tree is built
 * (src/doc/image.c): backends publish these bytes and never open the
 * content folder again. */
enum doc_image_format { DOC_IMAGE_PNG, DOC_IMAGE_JPEG, DOC_IMAGE_SVG };
struct doc_image {
	enum doc_image_format format; /* from the bytes, never the name */
	const char *format_name;  /* "PNG", "JPEG", "SVG" */
	const char *ext;          /* ".png", ".jpg", ".svg" */
	int width, height;        /* pixels (an SVG: its own units), > 0 */
	const unsigned char *data; /* what to publish; an SVG is sanitised */
	size_t len;
	const char *name;         /* a Markdown image: the file to publish it
	                           * as, relative to the report page (the
	                           * node's url is the same as a URL) */
};

/* A PNG image's bytes decoded by Cairo into an image surface (the caller
 * checks its status and destroys it): one decoder for the check and the
 * backends. */
struct _cairo_surface *doc_image_png_surface(const struct doc_image *);

struct doc_cover {
	const char *judul;       /* "LAPORAN KINERJA INSTANSI PEMERINTAH" */
	const char *singkatan;   /* "(LKjIP)" */
	const char *tahun;       /* "TAHUN 2024" */
	const char *instansi;    /* "DINAS KOPERASI DAN USAHA KECIL MENENGAH" */
	const char *pemerintah;  /* "KABUPATEN MAGETAN" */
	/* Contact lines under the agency, each NULL when not given:
	 * "Jl. Tripandita No. 17, Magetan", "Telepon (0351) 895123",
	 * "Email diskop@magetan.go.id", "Laman diskop.magetan.go.id". */
	const char *alamat, *telepon, *email, *laman;
	const char *logo;        /* absolute path to the logo file, or NULL */
	const struct doc_image *logo_img; /* its bytes, when logo is set */
	const char *tahun_terbit; /* "2025": publication year line, or NULL */
	bool pita;               /* laporan.yaml sampul templat pita */
};

/* An attached document, read and checked when the tree is built
 * (src/doc/annex.c): a PDF whose pages the PDF draws as they are, or an
 * image. The site publishes the bytes as their own download. */
enum doc_annex_fit {
	ANNEX_FIT_TEXT, /* pages scaled into the text area */
	ANNEX_FIT_PAGE, /* scaled to the page, inside header and footer */
};
struct doc_annex {
	const char *label;        /* "Lampiran 1" */
	const char *title;        /* "Perjanjian Kinerja Tahun 2024" */
	const char *name;         /* the file as laporan.yaml names it, relative
	                           * to the report folder; published as such */
	const unsigned char *data; /* the file's bytes */
	size_t len;
	int pages;                /* a PDF's pages (1 for an image) */
	const struct doc_image *img; /* an image; NULL for a PDF */
	enum doc_annex_fit fit;
};

/* Caption data of a numbered table or figure. */
struct doc_float {
	const char *label;    /* "Tabel 3.2" / "Gambar 3.1" */
	const char *title;    /* "Capaian Kinerja Sasaran ..." */
	const char *sumber;   /* text after "Sumber: ", or NULL */
	const char *catatan;  /* what marks in the cells mean ("*) realisasi
	                         diketik ..."): the builder adds it to sumber
	                         once the caption is settled */
	bool landscape;       /* a landscape page: asked, or the builder's
	                         guess for a table of many columns */
	bool landscape_asked; /* lanskap=ya written: landscape even when
	                         the PDF could set it portrait */
	int header_rows;      /* DOC_TABLE: how many leading rows are header */
	const struct chart *chart; /* DOC_FIGURE: the chart, or NULL (image) */
	const char *image;    /* DOC_FIGURE: absolute image path, or NULL */
	const char *url;      /* DOC_FIGURE: the image path as the chapter
	                       * gave it, relative to the report folder */
	const struct doc_image *img; /* DOC_FIGURE: its bytes, when image */
	const char *alt;      /* DOC_FIGURE: text alternative */
	double width, height; /* DOC_FIGURE: requested size in points */
};

/* The headline figures of the report, already formatted; NULL where the
 * report has no such figure. */
struct doc_summary {
	const char *tercapai;     /* "7": indicators at or above their target */
	const char *indikator;    /* "9": indicators with a capaian this year */
	const char *capaian;      /* "108,57 %": the overall capaian */
	const char *predikat;     /* "Sangat Berhasil" */
	const char *predikat_kelas; /* CSS-safe class of its band */
	const char *capaian_catatan; /* the mean holds a capaian above
	                                ambang_wajar: said next to it */
	const char *serapan;      /* "96,55 %" */
	const char *efisiensi;    /* in the report's method and rounding */
	const char *tanggal;      /* "14 Februari 2025": date of the report */
};

struct doc_signature {
	const char *ditetapkan;     /* "Ditetapkan di Magetan", or NULL */
	const char *tempat_tanggal; /* "Magetan, 14 Februari 2025"; after
	                               ditetapkan "Pada tanggal 14 Februari
	                               2025" */
	const char *jabatan;        /* "KEPALA DINAS ...", "Plt. KEPALA
	                               DINAS ..." */
	const char *nama;           /* NULL when laporan.yaml gives none */
	const char *pangkat;        /* "Pembina Utama Muda (IV/c)" */
	const char *nip;            /* "NIP. 19740428 199901 2 001" */
};

/* How deep Markdown may nest (docs/content-format.md); doc_build refuses
 * deeper with an error, so a backend's recursive walk is bounded. Lists
 * and block quotes count one level each (an item is its list's level);
 * emphasis, strong, links, images and strikethrough one each, counted
 * afresh in every paragraph, heading or cell. */
#define DOC_MAX_BLOCK_NESTING 32
#define DOC_MAX_INLINE_NESTING 32
/* Columns of a Markdown table (a CSV file has the same limit,
 * CSV_MAX_COLUMNS): docs/content-format.md. */
#define DOC_MAX_TABLE_COLUMNS 200

/* Per-type payloads of struct doc_node (its `as` union; cmark's node.h
 * does the same): a field exists only on the types that use it, so a
 * reader names the type it expects (n->as.heading.level) and
 * doc_node_check can say which payload a node must have. */
struct figure;

struct doc_chapter {
	enum doc_chapter_kind kind;
	const char *number;       /* "BAB I", "LAMPIRAN 1"; NULL in front */
	const char *title;        /* "PENDAHULUAN" */
};
struct doc_heading {
	int level;                /* 2..4 */
	const char *number;       /* "A.", "1.", or NULL */
	const char *title;        /* plain text of the inline children */
	bool in_toc;
};
struct doc_toc {
	enum doc_toc_kind kind;
	const char *title;        /* "DAFTAR ISI" */
};
struct doc_list {
	bool ordered;
	int start;                /* 1 unless the author wrote another */
	bool tight;
	/* Lettered (a. b. c. or a) b) c)): tanda is '.' or ')'; start 1 is
	 * "a". 0: numbered. */
	char tanda;
};
struct doc_row {
	bool header;              /* a header row (they come first) */
	const char *css_class;    /* e.g. "total" */
};
struct doc_cell {
	bool header;              /* header cell */
	int colspan, rowspan;     /* >= 1; 1 by default */
	enum doc_align align;
	bool numeric;             /* right-aligned figure */
	const char *css_class;    /* e.g. predicate band "sangat-berhasil" */
};
struct doc_link {
	const char *url;
};
struct doc_image_ref {
	const char *url;          /* relative to the report page */
	const char *alt;          /* text alternative */
	const struct doc_image *img; /* the image's bytes */
};
struct doc_xref {
	const char *target;       /* anchor id */
	const char *label;        /* "Tabel 3.2", filled by resolve_xrefs */
};

struct doc_node {
	enum doc_type type;
	struct doc_node *parent, *first, *last, *prev, *next;
	struct src_pos pos;       /* where it came from (Markdown or data) */
	const char *id;           /* anchor id: chapters, headings, floats */
	/* TEXT and CELL: the figure of the metrics' figure table it shows
	 * (metrics.h), so the site can say where it comes from; NULL for any
	 * other text. Owned by the metrics (the doc owns those). */
	const struct figure *fig;

	union {
		const char *literal;          /* TEXT, CODE, CODEBLOCK */
		struct doc_chapter chapter;   /* CHAPTER */
		struct doc_heading heading;   /* HEADING */
		struct doc_toc toc;           /* TOC */
		struct doc_list list;         /* LIST */
		struct doc_row row;           /* ROW */
		struct doc_cell cell;         /* CELL */
		struct doc_float *fl;         /* TABLE, FIGURE (never NULL) */
		struct doc_cover *cover;      /* COVER */
		struct doc_signature *sig;    /* SIGNATURE */
		struct doc_summary *sum;      /* SUMMARY */
		struct doc_link link;         /* LINK */
		struct doc_image_ref image;   /* IMAGE */
		struct doc_xref xref;         /* XREF */
		const struct doc_annex *annex; /* ANNEX (never NULL) */
	} as;
};

struct doc {
	struct arena *arena;
	struct doc_node *root;
	const struct report *report; /* for metadata (title, author, dates) */
	const struct metrics *metrics; /* the figures the tree was built from */
	const char *title;           /* "Laporan Kinerja ... Tahun 2024" */
	const char *author;          /* agency + government */
	const char *subject;
	const char *lang;            /* "id" */
	long long source_date;       /* SOURCE_DATE_EPOCH or 0 */
};

/* Builds the tree for a loaded report. Errors (unknown directive, missing
 * indicator, bad Markdown file) go to diags with file:line:column; returns
 * NULL when any error was reported. */
struct doc *doc_build(const struct report *, struct diag_list *);
/* The same from figures already computed (lkjip build computes and
 * validates them first, so they are computed once). The doc takes
 * ownership of the metrics: doc_free frees them, and so does a failed
 * build. */
struct doc *doc_build_from(const struct report *, struct metrics *,
	struct diag_list *);
void doc_free(struct doc *); /* accepts NULL */

/* Tree helpers for backends and builders. */
struct doc_node *doc_node_new(struct doc *, enum doc_type);
void doc_append(struct doc_node *parent, struct doc_node *child);
struct doc_node *doc_text(struct doc *, const char *text);
/* Concatenated text of the inline children (for TOC entries, alt text). */
char *doc_plain_text(struct doc *, const struct doc_node *);
const char *doc_type_name(enum doc_type);

/* Checks the tree under root (cmark's cmark_node_check is the model):
 * parent, child and sibling links agree, with no cycle; each type sits
 * only where it may (a row in a table, a cell in a row, inlines in a
 * paragraph ...); payloads hold (colspan >= 1, a table's head rows are
 * header rows, ids unique, every xref resolved to an id of the tree).
 * Each fault is an error in dl (the first 20 described; dl may be NULL);
 * returns how many. doc_build runs it in Debug builds (no NDEBUG), the
 * tests always. */
size_t doc_node_check(const struct doc_node *root, struct diag_list *dl);

/* Depth-first walk with enter/exit events, as cmark's iterator. */
enum doc_event {
	DOC_ENTER,
	DOC_EXIT,
	DOC_DONE,
};
struct doc_iter {
	struct doc_node *root, *cur;
	enum doc_event ev;
};
void doc_iter_init(struct doc_iter *, struct doc_node *root);
enum doc_event doc_iter_next(struct doc_iter *, struct doc_node **);

/* Debug dump of the tree, one node per line, indented (lkjip build
 * --dump-tree); golden-tested. */
void doc_dump(const struct doc *, FILE *);

#endif
