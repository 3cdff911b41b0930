/* Attached documents (DOC_ANNEX): every page of a PDF annex drawn into the
 * report as vector by poppler-glib (poppler_page_render onto the page's
 * Cairo context: text stays text, a scan stays its image), or an image
 * annex on a page of its own; each under the running header, with its
 * page number. The bytes were read and checked when the tree was built
 * (src/doc/annex.c); a PDF that poppler opened there opens here. */
#include "pdf/internal.h"

#include <poppler.h>

#include "chart/fonts.h"

/* Room between the title line and the annex's page, and the frame drawn
 * round the page (a scan's white margin would otherwise vanish into the
 * paper). */
#define TITLE_GAP 10.0
#define FRAME_GREY 0.6

static void quiet(const gchar *domain, GLogLevelFlags level,
	const gchar *message, gpointer data)
{
	(void)domain;
	(void)level;
	(void)message;
	(void)data;
}

/* The area a page of the annex may fill: the text frame below p->y, or
 * (ANNEX_FIT_PAGE) the page inside the running header and the page
 * number. */
static void area(const struct pdf *p, const struct doc_annex *x,
	double *ax, double *ay, double *aw, double *ah)
{
	if (x->fit == ANNEX_FIT_PAGE) {
		double side = 1.0 * PT_PER_CM;
		*ax = side;
		*aw = p->pw - 2 * side;
		*ay = p->y > p->y0 + 0.01 ? p->y : p->y0 - 0.4 * PT_PER_CM;
		*ah = p->y1 + 0.5 * PT_PER_CM - *ay;
	} else {
		*ax = p->x0;
		*aw = p->fw;
		*ay = p->y;
		*ah = p->y1 - p->y;
	}
}

/* Draws a w x h thing into the area, scaled to fit (never enlarged) and
 * centred across, top-aligned; calls draw with the context set up. */
static void place(struct pdf *p, const struct doc_annex *x, double w,
	double h, void (*draw)(cairo_t *, void *), void *arg, int page)
{
	double ax, ay, aw, ah;
	area(p, x, &ax, &ay, &aw, &ah);
	double s = MIN(aw / w, ah / h);
	if (s > 1)
		s = 1;
	double dw = w * s, dh = h * s, dx = ax + (aw - dw) / 2;
	if (p->cr == NULL)
		return;
	/* The page as one Figure: its text is the document's own, not the
	 * report's (a scan has none); the alt names it. */
	char *alt = x->pages > 1 ? g_strdup_printf("%s %s, halaman %d dari "
	    "%d (dokumen terlampir)", x->label, x->title, page, x->pages) :
	    g_strdup_printf("%s %s (dokumen terlampir)", x->label, x->title);
	pdf_figure_begin(p, alt);
	g_free(alt);
	cairo_save(p->cr);
	cairo_rectangle(p->cr, dx, ay, dw, dh);
	cairo_clip(p->cr);
	cairo_translate(p->cr, dx, ay);
	cairo_scale(p->cr, s, s);
	draw(p->cr, arg);
	cairo_restore(p->cr);
	cairo_save(p->cr);
	cairo_set_source_rgb(p->cr, FRAME_GREY, FRAME_GREY, FRAME_GREY);
	cairo_set_line_width(p->cr, 0.5);
	cairo_rectangle(p->cr, dx, ay, dw, dh);
	cairo_stroke(p->cr);
	cairo_restore(p->cr);
	pdf_figure_end(p);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
}

static void draw_pdf_page(cairo_t *cr, void *arg)
{
	PopplerPage *pg = arg;
	double w, h;
	poppler_page_get_size(pg, &w, &h);
	/* A page without a background of its own is paper-white. */
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_rectangle(cr, 0, 0, w, h);
	cairo_fill(cr);
	poppler_page_render_for_printing(pg, cr);
}

static void draw_surface(cairo_t *cr, void *arg)
{
	cairo_set_source_surface(cr, arg, 0, 0);
	cairo_paint(cr);
}

/* A new page for the annex, landscape when its page is wider than tall;
 * the first one carries the title, the anchor of the lists and the
 * outline entry. */
static void annex_page(struct pdf *p, const struct doc_node *n, bool first,
	double w, double h)
{
	const struct doc_annex *x = n->as.annex;
	/* A lampiran part holding only annexes: the first one starts on
	 * the part's own page, under its title, when its page fits there
	 * upright. */
	bool here = first && n->prev == NULL && p->page_open &&
	    !p->landscape && w <= h * 1.05 && p->y < p->y0 + 0.25 *
	    (p->y1 - p->y0);
	/* Otherwise its first page opens a division, as a chapter does
	 * (no running head, the title set as a chapter's: "LAMPIRAN 1"
	 * over the title in capitals), the way a bound LKjIP separates
	 * each lampiran from the last page of the report before it. */
	if (!here)
		p->opening = first;
	if (!here)
		pdf_new_page(p, w > h * 1.05);
	if (!first)
		return;
	pdf_anchor(p, n, p->y);
	char *t = g_strdup_printf("%s %s", x->label, x->title ? x->title : "");
	pdf_outline_entry(p, t, p->y);
	struct tstyle st = { .family = FONT_SERIF, .size = 13, .bold = true,
		.align = PANGO_ALIGN_CENTER, .spacing = 1.15 };
	char *up = NULL;
	if (!here) {
		char *label = g_utf8_strup(x->label, -1);
		char *title = g_utf8_strup(x->title ? x->title : "", -1);
		up = g_strdup_printf("%s\n%s", label, title);
		g_free(label);
		g_free(title);
		st.size = 14;
	}
	PangoLayout *l = pdf_layout_text(p, up ? up : t, &st, p->fw);
	g_free(up);
	const char *role = p->role;
	p->role = "H2";
	pdf_draw_layout(p, l, p->x0, p->y, NULL);
	p->role = role;
	p->y += pdf_layout_height(l) + TITLE_GAP;
	g_object_unref(l);
	g_free(t);
}

void pdf_annex(struct pdf *p, const struct doc_node *n)
{
	const struct doc_annex *x = n->as.annex;
	if (x == NULL)
		return;
	pdf_keep(p, 0);
	const char *saved = p->running;
	p->running = g_intern_string(x->label);
	if (x->img != NULL) {
		cairo_surface_t *s = pdf_image_surface(p, x->img, x->name, n);
		double w = x->img->width, h = x->img->height;
		annex_page(p, n, true, w, h);
		if (s != NULL) {
			pdf_surface_size(s, &w, &h);
			place(p, x, w, h, draw_surface, s, 1);
			cairo_surface_destroy(s);
		}
		p->running = saved;
		p->y = p->y1;
		return;
	}
	guint hid = g_log_set_handler("Poppler", G_LOG_LEVEL_MASK, quiet, NULL);
	GBytes *b = g_bytes_new_static(x->data, x->len);
	PopplerDocument *doc = poppler_document_new_from_bytes(b, NULL, NULL);
	g_bytes_unref(b);
	int np = doc ? poppler_document_get_n_pages(doc) : 0;
	if (doc == NULL && p->pass == 1)
		diag_add(p->diags, DIAG_WARNING, n->pos, "lampiran \"%s\" is "
		    "not in the PDF: poppler cannot open it", x->name);
	for (int i = 0; i < np; i++) {
		PopplerPage *pg = poppler_document_get_page(doc, i);
		if (pg == NULL)
			continue;
		double w, h;
		poppler_page_get_size(pg, &w, &h);
		annex_page(p, n, i == 0, w, h);
		place(p, x, w, h, draw_pdf_page, pg, i + 1);
		g_object_unref(pg);
		p->y = p->y1;
	}
	if (doc)
		g_object_unref(doc);
	g_log_remove_handler("Poppler", hid);
	p->running = saved;
	p->float_drawn++;
}
