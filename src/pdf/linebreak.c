/* Paragraph line breaking: the breaks of a whole paragraph chosen at once
 * (Knuth and Plass's total fit). Pango breaks greedily, line by line, and
 * hyphenates whenever the next word does not fit whole: the samples had
 * about 100 hyphenated lines each, in runs of two. Here a soft hyphen is
 * used only when a word is wider than the line; the looseness it saved is
 * spread over the paragraph instead, and a line a little too long may
 * take its letters closer (at most TRACK points between two letters, 1.3 %
 * of the body's em: Pango can stretch spaces, not shrink them). Pango
 * measures (an unwrapped copy of the layout gives every character's
 * width) and still sets the lines: each chosen line becomes a range where
 * breaks are not allowed (pango_attr_allow_breaks), so its greedy breaker
 * can only break where this one chose. */
#include "pdf/internal.h"

#include <math.h>
#include <string.h>

/* Demerits as in TeX: (LINE_PENALTY + badness)^2 + penalty^2, badness
 * 100 r^3 where r is the space a line adds to its spaces as a share of
 * their width (or, for a line set tighter, the share of TRACK it uses).
 * A soft hyphen costs more than the loosest line: the reports' guide
 * wants none (pdf-audit's hyphen-run 0). */
#define LINE_PENALTY 10.0
#define BADNESS_MAX 1e5
#define HYPHEN_PENALTY 2e5
#define EXPLICIT_PENALTY 50.0 /* after a typed "-" not inside a word */
#define DOUBLE_HYPHEN 1e8     /* two hyphenated lines in a row */
#define TRACK 0.16            /* points, between two letters */
#define RAG 0.25              /* ragged: a quarter short is badness 100 */
#define INFEASIBLE 1e30
/* Pango's own measure of a line may differ from the sum of its
 * characters' widths by rounding; a line is set this much short of the
 * width so that Pango agrees it fits. */
#define FIT_SLACK 0.5

struct cand {
	int ci;          /* character index of the break (line starts here) */
	int byte;        /* its byte offset */
	bool hyph;       /* at a soft hyphen: the line shows a hyphen */
	double penalty;
	bool forced;     /* a hard line break: the line before it ends there */
};

static double badness(double extra, double stretch)
{
	if (extra <= 0)
		return 0;
	if (stretch <= 0)
		return BADNESS_MAX;
	double r = extra / stretch;
	double b = 100 * r * r * r;
	return b > BADNESS_MAX ? BADNESS_MAX : b;
}

void pdf_break_lines(PangoLayout *l, double width)
{
	if (width <= 0 || pango_layout_get_wrap(l) == PANGO_WRAP_CHAR)
		return;
	const char *text = pango_layout_get_text(l);
	int nbytes = (int)strlen(text);
	if (nbytes == 0)
		return;
	PangoLayout *u = pango_layout_copy(l);
	pango_layout_set_width(u, -1);
	int nla;
	const PangoLogAttr *la = pango_layout_get_log_attrs_readonly(u, &nla);
	int nch = nla - 1;
	/* Byte offset and width (Pango units) of every character. */
	int *off = g_new(int, nch + 1);
	double *cw = g_new0(double, nch + 1);
	const char *s = text;
	for (int i = 0; i < nch; i++) {
		off[i] = (int)(s - text);
		s = g_utf8_next_char(s);
	}
	off[nch] = nbytes;
	PangoLayoutIter *it = pango_layout_get_iter(u);
	int ci = 0;
	do {
		if (pango_layout_iter_get_run_readonly(it) == NULL)
			continue;
		int idx = pango_layout_iter_get_index(it);
		while (ci < nch && off[ci] < idx)
			ci++;
		PangoRectangle r;
		pango_layout_iter_get_cluster_extents(it, NULL, &r);
		if (ci < nch)
			cw[ci] += r.width;
	} while (pango_layout_iter_next_cluster(it));
	pango_layout_iter_free(it);
	/* Prefix sums: pre[i] = width of characters [0, i); sp[i] the
	 * same of the spaces Pango stretches. */
	double *pre = g_new(double, nch + 1), *sp = g_new(double, nch + 1);
	int *gc = g_new(int, nch + 1);
	pre[0] = sp[0] = 0;
	gc[0] = 0;
	for (int i = 0; i < nch; i++) {
		gc[i + 1] = gc[i] + (g_utf8_get_char(text + off[i]) != 0x00AD);
		pre[i + 1] = pre[i] + cw[i] / PANGO_SCALE;
		sp[i + 1] = sp[i] + (la[i].is_expandable_space ?
		    cw[i] / PANGO_SCALE : 0);
	}
	/* The hyphen Pango shows at a soft hyphen, in the layout's font. */
	PangoLayout *hl = pango_layout_copy(l);
	pango_layout_set_attributes(hl, NULL);
	pango_layout_set_text(hl, "-", 1);
	PangoRectangle hr;
	pango_layout_get_extents(hl, NULL, &hr);
	g_object_unref(hl);
	double hyph_w = (double)hr.width / PANGO_SCALE;

	GArray *cands = g_array_new(FALSE, FALSE, sizeof(struct cand));
	struct cand start = { 0, 0, false, 0, true };
	g_array_append_val(cands, start);
	for (int i = 1; i <= nch; i++) {
		if (i < nch && !la[i].is_line_break)
			continue;
		struct cand c = { i, off[i], false, 0, i == nch ||
		    la[i].is_mandatory_break };
		gunichar prev = g_utf8_get_char(text + off[i - 1]);
		if (prev == 0x00AD) {
			c.hyph = true;
			c.penalty = HYPHEN_PENALTY;
		} else if (prev == '-') {
			c.penalty = EXPLICIT_PENALTY;
		}
		g_array_append_val(cands, c);
	}
	int nc = (int)cands->len;
	struct cand *cd = (struct cand *)cands->data;
	double *best = g_new(double, nc);
	int *from = g_new(int, nc);
	bool justify = pango_layout_get_justify(l);
	best[0] = 0;
	from[0] = -1;
	bool ok = true;
	for (int j = 1; j < nc; j++) {
		best[j] = INFEASIBLE;
		from[j] = -1;
		/* The line ends before the spaces at its break. */
		int e = cd[j].ci;
		while (e > 0 && la[e - 1].is_white && !cd[j].hyph)
			e--;
		bool last = cd[j].forced;
		for (int i = j - 1; i >= 0; i--) {
			int a = cd[i].ci;
			double nat = pre[e] - pre[a] + (cd[j].hyph ? hyph_w : 0);
			if (e < a)
				nat = 0;
			int gaps = gc[e] - gc[a] - 1;
			double shrink = gaps > 0 ? TRACK * gaps : 0;
			if (nat - shrink > width - FIT_SLACK && i < j - 1)
				break; /* longer lines from further back */
			if (best[i] >= INFEASIBLE)
				goto next;
			double d;
			if (nat - shrink > width - FIT_SLACK) {
				/* One piece wider than the line: Pango breaks
				 * it between letters; the rest goes on. */
				d = 1e12;
			} else {
				/* A last line is not stretched; ragged
				 * lines cost their shortfall. */
				double b = nat > width - FIT_SLACK ?
				    badness(nat - width + FIT_SLACK, shrink) :
				    last ? 0 : badness(width - nat,
				    justify ? sp[e] - sp[a] : RAG * width);
				d = (LINE_PENALTY + b) * (LINE_PENALTY + b) +
				    cd[j].penalty * cd[j].penalty;
				if (cd[j].hyph && cd[i].hyph)
					d += DOUBLE_HYPHEN;
			}
			if (best[i] + d < best[j]) {
				best[j] = best[i] + d;
				from[j] = i;
			}
		next:
			if (cd[i].forced)
				break; /* no line runs over a hard break */
		}
		if (from[j] < 0 && j == nc - 1)
			ok = false;
	}
	if (ok && from[nc - 1] >= 0) {
		/* Pango breaks at a soft hyphen whatever the ranges say: those
		 * not chosen become U+034F, an invisible character of the same
		 * two bytes that is no break (attributes and links keep their
		 * byte ranges). */
		char *t = g_strdup(text);
		for (int j = nc - 1; from[j] >= 0; j = from[j])
			if (cd[j].hyph)
				t[cd[j].byte - 1] = 0; /* a mark: kept */
		for (int b = 0; b + 1 < nbytes; b++)
			if ((unsigned char)t[b] == 0xC2 &&
			    (unsigned char)t[b + 1] == 0xAD) {
				t[b] = (char)0xCD;
				t[b + 1] = (char)0x8F;
			}
		for (int j = nc - 1; from[j] >= 0; j = from[j])
			if (cd[j].hyph)
				t[cd[j].byte - 1] = (char)0xAD;
		pango_layout_set_text(l, t, nbytes);
		g_free(t);
		/* Each chosen line a range without breaks. */
		PangoAttrList *al = pango_layout_get_attributes(l);
		al = al ? pango_attr_list_copy(al) : pango_attr_list_new();
		for (int j = nc - 1; from[j] >= 0; j = from[j]) {
			int i = from[j];
			if (cd[j].byte - cd[i].byte > 1) {
				PangoAttribute *at =
				    pango_attr_allow_breaks_new(FALSE);
				at->start_index = (guint)cd[i].byte;
				at->end_index = (guint)cd[j].byte;
				pango_attr_list_insert(al, at);
			}
			/* A line a little wider than the measure: its letters
			 * closer together, never its words further. */
			int a = cd[i].ci, e = cd[j].ci;
			while (e > a && la[e - 1].is_white && !cd[j].hyph)
				e--;
			double nat = pre[e] - pre[a] + (cd[j].hyph ? hyph_w : 0);
			int gaps = gc[e] - gc[a] - 1;
			if (nat > width - FIT_SLACK && gaps > 0) {
				double t = (nat - width + FIT_SLACK) / gaps;
				PangoAttribute *at = pango_attr_letter_spacing_new(
				    -(int)ceil(t * PANGO_SCALE));
				/* From the space before the line: a run
				 * beginning right at a break leaves the line
				 * before it a space short of the measure
				 * (Pango 1.50). */
				int b = a;
				while (b > 0 && la[b - 1].is_white)
					b--;
				at->start_index = (guint)off[b];
				at->end_index = (guint)off[e];
				pango_attr_list_insert(al, at);
			}
		}
		pango_layout_set_attributes(l, al);
		pango_attr_list_unref(al);
	}
	g_free(best);
	g_free(from);
	g_array_free(cands, TRUE);
	g_free(pre);
	g_free(sp);
	g_free(gc);
	g_free(cw);
	g_free(off);
	g_object_unref(u);
}
