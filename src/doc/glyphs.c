/* Characters the PDF cannot draw: the vendored fonts (fonts/) cover Latin,
 * Greek and Cyrillic; an emoji, a CJK or Arabic letter typed in a chapter
 * or a CSV cell is drawn in the PDF as an empty box while the site shows
 * it. That is silent loss, so doc_build warns, once per character. */
#include <stdint.h>
#include <string.h>

#include <glib.h>

#include "chart/fonts.h"
#include "doc/build.h"

#define MAX_REPORTED 32 /* distinct characters warned about per report */

struct glyph_state {
	uint32_t seen[MAX_REPORTED];
	size_t nseen;
	/* Code points found drawable, by a hash of their value: a report
	 * repeats the same few (dashes, quotes, ≥), and asking the fonts is
	 * the costly part. */
	uint32_t ok[256];
};

/* Where a node's text came from: its own position, else its nearest
 * ancestor's (a text node inside a paragraph or cell), else laporan.yaml. */
static struct src_pos node_pos(const struct build_ctx *c,
	const struct doc_node *n)
{
	for (; n != NULL; n = n->parent)
		if (n->pos.file != NULL && n->pos.line > 0)
			return n->pos;
	return c->report->meta.pos;
}

/* Characters Pango draws without a glyph of their own (joiners, variation
 * selectors, combining marks after a drawn letter, controls, spaces). */
static bool needs_glyph(uint32_t cp)
{
	/* (int): another library's enum, whose every value we need not
	 * name (-Wswitch-enum is for ours). */
	switch ((int)g_unichar_type(cp)) {
	case G_UNICODE_CONTROL:
	case G_UNICODE_FORMAT:
	case G_UNICODE_NON_SPACING_MARK:
	case G_UNICODE_ENCLOSING_MARK:
	case G_UNICODE_SPACE_SEPARATOR:
	case G_UNICODE_LINE_SEPARATOR:
	case G_UNICODE_PARAGRAPH_SEPARATOR:
		return false;
	default:
		return !(cp >= 0xFE00 && cp <= 0xFE0F) &&
			!(cp >= 0xE0100 && cp <= 0xE01EF);
	}
}

/* Whether the PDF can draw cp, remembered in g->ok. */
static bool drawable(struct glyph_state *g, uint32_t cp)
{
	uint32_t *ok = &g->ok[(cp * 2654435761u) >> 24];
	if (*ok == cp)
		return true;
	if (needs_glyph(cp) && !fonts_has_char(cp))
		return false;
	*ok = cp;
	return true;
}

static void check_text(struct build_ctx *c, struct glyph_state *g,
	const struct doc_node *n, const char *s)
{
	if (s == NULL)
		return;
	for (const char *p = s; *p != '\0' && g->nseen < MAX_REPORTED;) {
		/* ASCII and Latin-1 are covered: bytes below 0xC4 (their lead
		 * bytes and every continuation byte) are stepped over one by
		 * one. */
		if ((unsigned char)*p < 0xC4) {
			p++;
			continue;
		}
		uint32_t cp = g_utf8_get_char(p);
		const char *next = g_utf8_next_char(p);
		bool dup = false;
		for (size_t i = 0; i < g->nseen && !dup; i++)
			dup = g->seen[i] == cp;
		if (!dup && !drawable(g, cp)) {
			g->seen[g->nseen++] = cp;
			diag_add(c->diags, DIAG_WARNING, node_pos(c, n), "the "
				"PDF's fonts have no character U+%04X \"%.*s\": the "
				"PDF shows an empty box in its place (the site shows "
				"it)", (unsigned)cp, (int)(next - p), p);
		}
		p = next;
	}
}

void check_glyphs(struct build_ctx *c)
{
	struct glyph_state g = {0};
	struct doc_iter it;
	struct doc_node *n;
	doc_iter_init(&it, c->doc->root);
	enum doc_event ev;
	while ((ev = doc_iter_next(&it, &n)) != DOC_DONE) {
		if (ev != DOC_ENTER)
			continue;
		switch (n->type) {
		case DOC_TEXT:
		case DOC_CODE:
		case DOC_CODEBLOCK:
			check_text(c, &g, n, n->as.literal);
			break;
		case DOC_IMAGE:
			check_text(c, &g, n, n->as.image.alt);
			break;
		case DOC_XREF:
			check_text(c, &g, n, n->as.xref.label);
			break;
		case DOC_CHAPTER:
			check_text(c, &g, n, n->as.chapter.title);
			break;
		case DOC_HEADING:
			check_text(c, &g, n, n->as.heading.title);
			break;
		case DOC_TOC:
			check_text(c, &g, n, n->as.toc.title);
			break;
		case DOC_ANNEX: /* its title is printed above its pages */
			check_text(c, &g, n, n->as.annex->title);
			break;
		case DOC_TABLE:
		case DOC_FIGURE:
			if (n->as.fl != NULL) {
				check_text(c, &g, n, n->as.fl->title);
				check_text(c, &g, n, n->as.fl->sumber);
			}
			break;
		case DOC_DOCUMENT:
		case DOC_COVER:
		case DOC_SUMMARY:
		case DOC_PARAGRAPH:
		case DOC_LIST:
		case DOC_ITEM:
		case DOC_BLOCKQUOTE:
		case DOC_RULE:
		case DOC_ROW:
		case DOC_CELL:
		case DOC_SIGNATURE:
		case DOC_PAGEBREAK:
		case DOC_EMPH:
		case DOC_STRONG:
		case DOC_LINK:
		case DOC_SOFTBREAK:
		case DOC_LINEBREAK:
		case DOC_STRIKE:
		case DOC_TYPE_MAX:
			break;
		}
	}
}
