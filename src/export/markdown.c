#define _GNU_SOURCE
/* The Markdown walker. Blocks are written into memory first where they
 * need a prefix on every line (list items, block quotes), the way a
 * nested Markdown writer has to. */
#include "export/export.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util/num.h"
#include "util/xalloc.h"

struct mw {
	FILE *out;
	bool in_table; /* inlines inside a pipe table cell */
};

static void blocks(struct mw *, const struct doc_node *first);

/* ---- Inlines ---- */

static void text(struct mw *w, const char *s)
{
	for (; s != NULL && *s; s++) {
		char c = *s;
		if (c == '\n' || c == '\r') {
			fputc(' ', w->out);
			continue;
		}
		/* The word joiner that keeps "2024–2026" on one line of the
		 * page (NUM_RANGE_DASH) would be an invisible byte run in a
		 * plain text file: a search for the range would miss it. */
		if (strncmp(s, "\xe2\x81\xa0", 3) == 0) {
			s += 2;
			continue;
		}
		if (strchr("\\`*_[]<", c) != NULL ||
				(c == '|' && w->in_table))
			fputc('\\', w->out);
		fputc(c, w->out);
	}
}

static void inlines(struct mw *w, const struct doc_node *n)
{
	for (; n != NULL; n = n->next) {
		switch (n->type) {
		case DOC_TEXT:
			text(w, n->as.literal);
			break;
		case DOC_XREF:
			text(w, n->as.xref.label);
			break;
		case DOC_EMPH:
			fputc('*', w->out);
			inlines(w, n->first);
			fputc('*', w->out);
			break;
		case DOC_STRONG:
			fputs("**", w->out);
			inlines(w, n->first);
			fputs("**", w->out);
			break;
		case DOC_STRIKE:
			fputs("~~", w->out);
			inlines(w, n->first);
			fputs("~~", w->out);
			break;
		case DOC_CODE: {
			/* A fence longer than any backtick run inside. */
			int run = 0, max = 0;
			for (const char *p = n->as.literal; p && *p; p++) {
				run = *p == '`' ? run + 1 : 0;
				if (run > max)
					max = run;
			}
			for (int i = 0; i <= max; i++)
				fputc('`', w->out);
			const char *code = n->as.literal ? n->as.literal : "";
			fprintf(w->out, "%s%s%s", max ? " " : "", code,
				max ? " " : "");
			for (int i = 0; i <= max; i++)
				fputc('`', w->out);
			break;
		}
		case DOC_LINK:
			fputc('[', w->out);
			inlines(w, n->first);
			fprintf(w->out, "](%s)",
				n->as.link.url ? n->as.link.url : "");
			break;
		case DOC_IMAGE:
			fputs("![", w->out);
			text(w, n->as.image.alt);
			fprintf(w->out, "](%s)",
				n->as.image.url ? n->as.image.url : "");
			break;
		case DOC_SOFTBREAK:
			fputc(w->in_table ? ' ' : '\n', w->out);
			break;
		case DOC_LINEBREAK:
			fputs(w->in_table ? " " : "  \n", w->out);
			break;
		case DOC_DOCUMENT:
		case DOC_COVER:
		case DOC_TOC:
		case DOC_CHAPTER:
		case DOC_SUMMARY:
		case DOC_HEADING:
		case DOC_PARAGRAPH:
		case DOC_LIST:
		case DOC_ITEM:
		case DOC_BLOCKQUOTE:
		case DOC_CODEBLOCK:
		case DOC_RULE:
		case DOC_TABLE:
		case DOC_ROW:
		case DOC_CELL:
		case DOC_FIGURE:
		case DOC_SIGNATURE:
		case DOC_PAGEBREAK:
		case DOC_ANNEX:
		case DOC_TYPE_MAX:
			inlines(w, n->first);
			break;
		}
	}
}

/* Inline children as a malloc'd string. */
static char *inline_string(const struct doc_node *n, bool in_table)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = xopen_memstream(&buf, &len);
	struct mw w = {f, in_table};
	inlines(&w, n->first);
	fclose(f);
	return buf;
}

/* ---- Tables ---- */

struct grid {
	size_t nrow, ncol;
	char **cell;        /* nrow * ncol, NULL = empty */
	bool *numeric;      /* per cell */
	bool *spanned;      /* covered by a span from another cell */
};

/* A cell's colspan or rowspan: 1 at least. */
static size_t span(int n)
{
	return n > 1 ? (size_t)n : 1;
}

static size_t count_cols(const struct doc_node *tbl)
{
	/* Columns = the widest row once rowspans from above are counted. */
	size_t nrow = 0;
	for (const struct doc_node *r = tbl->first; r; r = r->next)
		nrow++;
	size_t *carry = xcalloc(nrow + 1, sizeof *carry);
	size_t max = 0, i = 0;
	for (const struct doc_node *r = tbl->first; r; r = r->next, i++) {
		size_t w = carry[i];
		for (const struct doc_node *c = r->first; c; c = c->next) {
			size_t cs = span(c->as.cell.colspan);
			size_t rs = span(c->as.cell.rowspan);
			w += cs;
			for (size_t k = 1; k < rs && i + k < nrow; k++)
				carry[i + k] += cs;
		}
		if (w > max)
			max = w;
	}
	free(carry);
	return max;
}

static void grid_build(struct grid *g, const struct doc_node *tbl)
{
	g->nrow = 0;
	for (const struct doc_node *r = tbl->first; r; r = r->next)
		g->nrow++;
	g->ncol = count_cols(tbl);
	size_t n = g->nrow * g->ncol + 1;
	g->cell = xcalloc(n, sizeof *g->cell);
	g->numeric = xcalloc(n, sizeof *g->numeric);
	g->spanned = xcalloc(n, sizeof *g->spanned);
	bool *taken = xcalloc(n, sizeof *taken);
	size_t i = 0;
	for (const struct doc_node *r = tbl->first; r; r = r->next, i++) {
		size_t col = 0;
		for (const struct doc_node *c = r->first; c; c = c->next) {
			while (col < g->ncol && taken[i * g->ncol + col])
				col++;
			if (col >= g->ncol)
				break;
			size_t cs = span(c->as.cell.colspan);
			size_t rs = span(c->as.cell.rowspan);
			char *s = inline_string(c, true);
			for (size_t y = i; y < i + rs && y < g->nrow; y++) {
				for (size_t x = col; x < col + cs && x < g->ncol;
						x++) {
					size_t k = y * g->ncol + x;
					taken[k] = true;
					g->numeric[k] = c->as.cell.numeric;
					if (y == i && x == col) {
						g->cell[k] = s;
					} else {
						g->spanned[k] = true;
						/* Header spans are repeated so
						 * each column gets its full
						 * name. */
						if (r->as.row.header)
							g->cell[k] = xstrdup(s);
					}
				}
			}
			col += cs;
		}
	}
	free(taken);
}

static void grid_free(struct grid *g)
{
	for (size_t i = 0; i < g->nrow * g->ncol; i++)
		free(g->cell[i]);
	free(g->cell);
	free(g->numeric);
	free(g->spanned);
}

static void pipe_cell(FILE *f, const char *s)
{
	fprintf(f, " %s |", s != NULL ? s : "");
}

/* A GFM table has exactly one header row: several header rows are joined
 * per column ("Target" over "2024" -> "Target 2024"). */
static void pipe_table(struct mw *w, struct grid *g, size_t nheader)
{
	FILE *f = w->out;
	if (g->ncol == 0)
		return;
	fputc('|', f);
	for (size_t x = 0; x < g->ncol; x++) {
		char *buf = NULL;
		size_t len = 0;
		FILE *h = xopen_memstream(&buf, &len);
		const char *prev = NULL;
		for (size_t y = 0; y < nheader; y++) {
			const char *s = g->cell[y * g->ncol + x];
			if (s == NULL || *s == '\0' ||
					(prev != NULL && !strcmp(prev, s)))
				continue;
			fprintf(h, "%s%s", prev ? " " : "", s);
			prev = s;
		}
		fclose(h);
		pipe_cell(f, buf);
		free(buf);
	}
	fputs("\n|", f);
	for (size_t x = 0; x < g->ncol; x++) {
		/* Right-align a column whose body cells are figures. */
		size_t num = 0, all = 0;
		for (size_t y = nheader; y < g->nrow; y++) {
			size_t k = y * g->ncol + x;
			if (g->cell[k] == NULL || g->spanned[k])
				continue;
			all++;
			num += g->numeric[k];
		}
		fputs(all > 0 && num * 2 > all ? " ---: |" : " --- |", f);
	}
	fputc('\n', f);
	for (size_t y = nheader; y < g->nrow; y++) {
		fputc('|', f);
		for (size_t x = 0; x < g->ncol; x++)
			pipe_cell(f, g->cell[y * g->ncol + x]);
		fputc('\n', f);
	}
	fputc('\n', f);
}

static void caption(struct mw *w, const struct doc_float *fl)
{
	if (fl == NULL)
		return;
	fputs("**", w->out);
	text(w, fl->label);
	if (fl->label && fl->title)
		fputc(' ', w->out);
	text(w, fl->title);
	fputs("**\n\n", w->out);
}

static void sumber(struct mw *w, const struct doc_float *fl)
{
	if (fl == NULL || fl->sumber == NULL)
		return;
	fputs("*Sumber: ", w->out);
	text(w, fl->sumber);
	fputs("*\n\n", w->out);
}

static void table(struct mw *w, const struct doc_node *n)
{
	caption(w, n->as.fl);
	struct grid g;
	grid_build(&g, n);
	size_t nheader = 0;
	for (const struct doc_node *r = n->first; r && r->as.row.header;
			r = r->next)
		nheader++;
	if (n->as.fl != NULL && (size_t)n->as.fl->header_rows > nheader)
		nheader = (size_t)n->as.fl->header_rows;
	if (nheader == 0)
		nheader = 1; /* GFM needs a header: the first row is it */
	if (nheader > g.nrow)
		nheader = g.nrow;
	pipe_table(w, &g, nheader);
	grid_free(&g);
	sumber(w, n->as.fl);
}

static void chart_value(char *buf, size_t len, const struct chart *ch,
	size_t s, size_t i)
{
	/* The figure as the tables print it, when the chart has it
	 * (doc/charts.c); else the chart's own rounding: the report's for
	 * the figure shown. */
	double v = ch->series[s].values[i];
	struct num_style st = {ch->decimals, ch->rounding, false};
	if (ch->labels != NULL && ch->labels[s] != NULL &&
	    ch->labels[s][i] != NULL)
		snprintf(buf, len, "%s", ch->labels[s][i]);
	else if (isnan(v))
		snprintf(buf, len, "-");
	else if (ch->unit == CHART_UNIT_PERCENT)
		num_format_percent(buf, len, v, st);
	else if (ch->unit == CHART_UNIT_RUPIAH)
		num_format_rupiah(buf, len, v, st);
	else
		num_format(buf, len, v, st);
}

/* A chart's data as a table: one row per category; `first` heads the
 * category column. */
static void chart_table(struct mw *w, const struct chart *ch,
	const char *first)
{
	bool notes = false;
	for (size_t i = 0; ch->annotations && i < ch->ncategories; i++)
		notes |= ch->annotations[i] != NULL;
	size_t ncol = 1 + ch->nseries + notes;
	struct grid g = {ch->ncategories + 1, ncol, NULL, NULL, NULL};
	size_t cells = g.nrow * ncol;
	g.cell = xcalloc(cells, sizeof *g.cell);
	g.numeric = xcalloc(cells, sizeof *g.numeric);
	g.spanned = xcalloc(cells, sizeof *g.spanned);
	char b[128];
	bool was = w->in_table;
	w->in_table = true;
	for (size_t y = 0; y < g.nrow; y++) {
		for (size_t x = 0; x < ncol; x++) {
			char *buf = NULL;
			size_t len = 0;
			FILE *f = xopen_memstream(&buf, &len);
			struct mw cw = {f, true};
			size_t k = y * ncol + x;
			if (y == 0 && x == 0)
				text(&cw, first);
			else if (y == 0 && x <= ch->nseries)
				text(&cw, ch->series[x - 1].name);
			else if (y == 0)
				text(&cw, ch->annotation_label ?
					ch->annotation_label : "Keterangan");
			else if (x == 0)
				text(&cw, ch->categories[y - 1]);
			else if (x <= ch->nseries) {
				chart_value(b, sizeof b, ch, x - 1, y - 1);
				text(&cw, b);
				g.numeric[k] = true;
			} else if (ch->annotations[y - 1] != NULL) {
				text(&cw, ch->annotations[y - 1]);
			}
			fclose(f);
			g.cell[k] = buf;
		}
	}
	w->in_table = was;
	pipe_table(w, &g, 1);
	grid_free(&g);
}

static void figure(struct mw *w, const struct doc_node *n)
{
	const struct doc_float *fl = n->as.fl;
	caption(w, fl);
	if (fl != NULL && fl->chart != NULL && fl->chart->npanels > 0) {
		/* Small multiples: a table per panel, headed by its title
		 * (the indicator and its unit). */
		for (size_t i = 0; i < fl->chart->npanels; i++)
			chart_table(w, &fl->chart->panels[i],
				fl->chart->panels[i].title);
	} else if (fl != NULL && fl->chart != NULL) {
		chart_table(w, fl->chart, "Uraian");
	} else if (fl != NULL && fl->image != NULL) {
		fputs("![", w->out);
		text(w, fl->alt);
		/* The path as written, relative to the report folder (the
		 * joined fl->image depends on where lkjip was run). */
		fprintf(w->out, "](%s)\n\n", fl->url ? fl->url : fl->image);
	}
	sumber(w, fl);
}

/* An attached document: its title and a link to the file, by the name
 * laporan.yaml gives it (relative to the report folder, as images are). */
static void annex(struct mw *w, const struct doc_annex *x)
{
	if (x == NULL)
		return;
	fputs("**", w->out);
	text(w, x->label);
	fputs("** ", w->out);
	text(w, x->title);
	fputs(": [", w->out);
	text(w, x->name);
	fprintf(w->out, "](%s)\n\n", x->name);
}

/* ---- Blocks ---- */

/* Writes s with prefix before every line; first_prefix before the first. */
static void prefixed(FILE *out, const char *s, const char *first_prefix,
	const char *prefix)
{
	bool first = true, bol = true;
	for (; *s; s++) {
		if (bol) {
			/* No trailing spaces on blank lines. */
			const char *p = first ? first_prefix : prefix;
			if (*s == '\n') {
				size_t n = strlen(p);
				while (n > 0 && p[n - 1] == ' ')
					n--;
				fwrite(p, 1, n, out);
			} else {
				fputs(p, out);
			}
			first = bol = false;
		}
		fputc(*s, out);
		if (*s == '\n')
			bol = true;
	}
}

static char *blocks_string(const struct doc_node *first)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = xopen_memstream(&buf, &len);
	struct mw w = {f, false};
	blocks(&w, first);
	fclose(f);
	/* Trim the trailing blank line; the container adds its own. */
	while (len > 0 && buf[len - 1] == '\n')
		buf[--len] = '\0';
	return buf;
}

static void list(struct mw *w, const struct doc_node *n)
{
	int num = n->as.list.start > 0 ? n->as.list.start : 1;
	for (const struct doc_node *it = n->first; it; it = it->next) {
		char marker[32];
		if (n->as.list.tanda && num >= 1 && num <= 26)
			snprintf(marker, sizeof marker, "%c%c ", 'a' + num++ - 1,
				n->as.list.tanda);
		else if (n->as.list.ordered)
			snprintf(marker, sizeof marker, "%d. ", num++);
		else
			snprintf(marker, sizeof marker, "- ");
		char pad[32];
		memset(pad, ' ', strlen(marker));
		pad[strlen(marker)] = '\0';
		char *s = blocks_string(it->first);
		if (n->as.list.tight) {
			/* Tight: paragraphs inside the item with no blank
			 * line between them. */
			for (char *p = s; (p = strstr(p, "\n\n")) != NULL;)
				memmove(p, p + 1, strlen(p + 1) + 1);
		}
		prefixed(w->out, s, marker, pad);
		fputc('\n', w->out);
		if (!n->as.list.tight)
			fputc('\n', w->out);
		free(s);
	}
	if (n->as.list.tight)
		fputc('\n', w->out);
}

static void heading(struct mw *w, int level, const struct doc_node *n,
	const char *fallback)
{
	for (int i = 0; i < level; i++)
		fputc('#', w->out);
	fputc(' ', w->out);
	if (n->first != NULL)
		inlines(w, n->first);
	else
		text(w, fallback);
	fputs("\n\n", w->out);
}

static void cover(struct mw *w, const struct doc_cover *c)
{
	if (c == NULL)
		return;
	fputs("# ", w->out);
	text(w, c->judul);
	if (c->singkatan) {
		fputc(' ', w->out);
		text(w, c->singkatan);
	}
	fputs("\n\n", w->out);
	const char *lines[] = {c->tahun, c->instansi, c->pemerintah};
	for (size_t i = 0; i < 3; i++) {
		if (lines[i] == NULL)
			continue;
		fputs("**", w->out);
		text(w, lines[i]);
		fputs("**\n\n", w->out);
	}
	/* The contact lines, plain, one paragraph. */
	const char *kontak[] = {c->alamat, c->telepon, c->email, c->laman};
	bool any = false;
	for (size_t i = 0; i < 4; i++) {
		if (kontak[i] == NULL)
			continue;
		if (any)
			fputs("  \n", w->out);
		text(w, kontak[i]);
		any = true;
	}
	if (any)
		fputs("\n\n", w->out);
}

static void signature(struct mw *w, const struct doc_signature *s)
{
	if (s == NULL)
		return;
	const char *lines[] = {s->ditetapkan, s->tempat_tanggal, s->jabatan,
		s->nama, s->pangkat, s->nip};
	bool any = false;
	for (size_t i = 0; i < 6; i++) {
		if (lines[i] == NULL)
			continue;
		if (any)
			fputs("  \n", w->out);
		if (i == 3)
			fputs("**", w->out);
		text(w, lines[i]);
		if (i == 3)
			fputs("**", w->out);
		any = true;
	}
	if (any)
		fputs("\n\n", w->out);
}

static void block(struct mw *w, const struct doc_node *n)
{
	switch (n->type) {
	case DOC_COVER:
		cover(w, n->as.cover);
		break;
	case DOC_TOC:
		/* Page numbers mean nothing here; Markdown tools build their
		 * own contents from the headings. */
		break;
	case DOC_CHAPTER: {
		const struct doc_chapter *ch = &n->as.chapter;
		char *t = xasprintf("%s%s%s", ch->number ? ch->number : "",
			ch->number ? " " : "", ch->title ? ch->title : "");
		fputs("# ", w->out);
		text(w, t);
		fputs("\n\n", w->out);
		free(t);
		blocks(w, n->first);
		break;
	}
	case DOC_HEADING:
		heading(w, n->as.heading.level >= 2 &&
			n->as.heading.level <= 6 ? n->as.heading.level : 2, n,
			n->as.heading.title);
		break;
	case DOC_PARAGRAPH: {
		char *s = inline_string(n, false);
		/* A paragraph must not turn into a heading or a quote. */
		if (s[0] == '#' || s[0] == '>')
			fputc('\\', w->out);
		fputs(s, w->out);
		fputs("\n\n", w->out);
		free(s);
		break;
	}
	case DOC_LIST:
		list(w, n);
		break;
	case DOC_BLOCKQUOTE: {
		char *s = blocks_string(n->first);
		prefixed(w->out, s, "> ", "> ");
		fputs("\n\n", w->out);
		free(s);
		break;
	}
	case DOC_CODEBLOCK: {
		const char *s = n->as.literal ? n->as.literal : "";
		size_t len = strlen(s);
		fprintf(w->out, "````\n%s%s````\n\n", s,
			len && s[len - 1] == '\n' ? "" : "\n");
		break;
	}
	case DOC_RULE:
		fputs("---\n\n", w->out);
		break;
	case DOC_TABLE:
		table(w, n);
		break;
	case DOC_FIGURE:
		figure(w, n);
		break;
	case DOC_SIGNATURE:
		signature(w, n->as.sig);
		break;
	case DOC_PAGEBREAK:
		break;
	case DOC_ANNEX:
		annex(w, n->as.annex);
		break;
	case DOC_DOCUMENT:
	case DOC_SUMMARY:
	case DOC_ITEM:
	case DOC_ROW:
	case DOC_CELL:
	case DOC_TEXT:
	case DOC_EMPH:
	case DOC_STRONG:
	case DOC_CODE:
	case DOC_LINK:
	case DOC_IMAGE:
	case DOC_XREF:
	case DOC_SOFTBREAK:
	case DOC_LINEBREAK:
	case DOC_STRIKE:
	case DOC_TYPE_MAX:
		blocks(w, n->first);
		break;
	}
}

static void blocks(struct mw *w, const struct doc_node *first)
{
	for (const struct doc_node *n = first; n != NULL; n = n->next)
		block(w, n);
}

static void yaml_str(FILE *f, const char *key, const char *v)
{
	if (v == NULL)
		return;
	fprintf(f, "%s: \"", key);
	for (; *v; v++) {
		if (*v == '"' || *v == '\\')
			fputc('\\', f);
		fputc(*v == '\n' ? ' ' : *v, f);
	}
	fputs("\"\n", f);
}

int export_markdown(const struct doc *d, FILE *out)
{
	/* A metadata block pandoc and static site generators read (title,
	 * language); GFM viewers show it as a small table. */
	fputs("---\n", out);
	yaml_str(out, "title", d->title);
	yaml_str(out, "author", d->author);
	yaml_str(out, "lang", d->lang ? d->lang : "id");
	fputs("---\n\n", out);
	struct mw w = {out, false};
	if (d->root != NULL)
		blocks(&w, d->root->first);
	fflush(out);
	return ferror(out) ? -1 : 0;
}
