/* Text through Pango with the vendored fonts: measure first, then paint. */
#include <math.h>
#include <pthread.h>

#include "chart/fonts.h"
#include "chart/internal.h"

static bool long_run(const char *s)
{
	size_t run = 0;
	for (; s && *s; s++) {
		run = (*s == ' ' || *s == '\n' || *s == '\t') ? 0 : run + 1;
		if (run > 200)
			return true;
	}
	return false;
}

PangoLayout *text_layout(struct chart_ctx *x, const char *s, double size,
	bool bold, double width, int maxlines)
{
	PangoLayout *l = fonts_layout_new(x->cr);
	PangoFontDescription *fd = pango_font_description_new();
	pango_font_description_set_family(fd, FONT_SANS);
	pango_font_description_set_weight(fd,
		bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	if (width > 0) {
		pango_layout_set_width(l, (int)(width * PANGO_SCALE));
		/* WORD_CHAR is quadratic in the length of a word that does
		 * not fit (Pango re-shapes it per candidate break): a label
		 * with a run longer than any real word wraps at characters. */
		pango_layout_set_wrap(l, long_run(s) ? PANGO_WRAP_CHAR :
			PANGO_WRAP_WORD_CHAR);
		pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
		/* Negative height = maximum number of lines. */
		pango_layout_set_height(l, maxlines > 0 ? -maxlines : -1);
		pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
	}
	pango_layout_set_text(l, s ? s : "", -1);
	return l;
}

/* Measurements of texts not drawn (widest tick, widest value, a line's
 * height, a legend row): a chart is laid out for the PDF, the page and the
 * phone, each layout pass measuring its labels twice, so most are asked
 * for again; shaping each once is a sixth of a chart's cost. Keyed by
 * all that text_layout is given, the alignment, the surface type and the
 * transformation's linear part (what Pango's metrics may depend on).
 * Bounded: emptied past MEASURED_MAX entries. */
#define MEASURED_MAX 4096

static pthread_mutex_t measured_lock = PTHREAD_MUTEX_INITIALIZER;
static GHashTable *measured; /* key -> double[2] */

static void key_bits(GString *k, const void *v, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *b = v;
	for (size_t i = 0; i < n; i++) {
		g_string_append_c(k, hex[b[i] >> 4]);
		g_string_append_c(k, hex[b[i] & 15]);
	}
}

void text_measure(struct chart_ctx *x, const char *s, double size, bool bold,
	double width, int maxlines, int align, double *w, double *h)
{
	cairo_matrix_t m;
	cairo_get_matrix(x->cr, &m);
	double lin[4] = { m.xx, m.yx, m.xy, m.yy };
	int ints[4] = { bold, maxlines, align,
		(int)cairo_surface_get_type(cairo_get_target(x->cr)) };
	GString *k = g_string_new(NULL);
	key_bits(k, lin, sizeof lin);
	key_bits(k, ints, sizeof ints);
	key_bits(k, &size, sizeof size);
	key_bits(k, &width, sizeof width);
	g_string_append_c(k, '|');
	g_string_append(k, s ? s : "");
	pthread_mutex_lock(&measured_lock);
	const double *got = measured ? g_hash_table_lookup(measured, k->str) :
		NULL;
	double r[2];
	if (got != NULL) {
		r[0] = got[0];
		r[1] = got[1];
	}
	pthread_mutex_unlock(&measured_lock);
	if (got == NULL) {
		PangoLayout *l = text_layout(x, s, size, bold, width,
			maxlines);
		if (align >= 0)
			pango_layout_set_alignment(l, (PangoAlignment)align);
		text_size(l, &r[0], &r[1]);
		g_object_unref(l);
		pthread_mutex_lock(&measured_lock);
		if (measured == NULL ||
		    g_hash_table_size(measured) >= MEASURED_MAX) {
			if (measured != NULL)
				g_hash_table_destroy(measured);
			measured = g_hash_table_new_full(g_str_hash,
				g_str_equal, g_free, g_free);
		}
		g_hash_table_replace(measured, g_strdup(k->str),
			g_memdup2(r, sizeof r));
		pthread_mutex_unlock(&measured_lock);
	}
	g_string_free(k, TRUE);
	if (w)
		*w = r[0];
	if (h)
		*h = r[1];
}

void text_size(PangoLayout *l, double *w, double *h)
{
	PangoRectangle log;
	pango_layout_get_extents(l, NULL, &log);
	if (w)
		*w = (double)log.width / PANGO_SCALE;
	if (h)
		*h = (double)log.height / PANGO_SCALE;
}

void text_draw(struct chart_ctx *x, PangoLayout *l, double px, double py,
	double ax, double ay, double angle)
{
	PangoRectangle log;
	pango_layout_get_extents(l, NULL, &log);
	double lx = (double)log.x / PANGO_SCALE, ly = (double)log.y / PANGO_SCALE;
	double w = (double)log.width / PANGO_SCALE;
	double h = (double)log.height / PANGO_SCALE;
	cairo_t *cr = x->cr;
	cairo_save(cr);
	cairo_translate(cr, px, py);
	cairo_rotate(cr, angle);
	/* The logical box starts at (lx, ly) inside the layout (centred or
	 * wrapped text); shift so the box's anchor lands on the origin. */
	cairo_move_to(cr, -lx - ax * w, -ly - ay * h);
	pango_cairo_update_layout(cr, l);
	pango_cairo_show_layout(cr, l);
	cairo_restore(cr);
	if (x->trace != NULL) {
		/* Axis-aligned box of the rotated logical rectangle. */
		double cs = cos(angle), sn = sin(angle);
		double xs[4] = {-ax * w, (1 - ax) * w, -ax * w, (1 - ax) * w};
		double ys[4] = {-ay * h, -ay * h, (1 - ay) * h, (1 - ay) * h};
		double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY,
		       y1 = -INFINITY;
		for (int k = 0; k < 4; k++) {
			double rx = px + xs[k] * cs - ys[k] * sn;
			double ry = py + xs[k] * sn + ys[k] * cs;
			x0 = fmin(x0, rx);
			x1 = fmax(x1, rx);
			y0 = fmin(y0, ry);
			y1 = fmax(y1, ry);
		}
		x->trace(x->trace_arg, pango_layout_get_text(l), x0, y0,
			x1 - x0, y1 - y0);
	}
}
