/* Figures typed into the narrative. SPEC 4 lists "a sentence quoting a
 * number that is not the data's" among the contradictions evaluators find;
 * lkjip binds figures with directives, and warns about the ones still
 * typed: a typed figure that equals a figure of the data should be a
 * directive (else the next correction will not reach it), and one that
 * equals none is probably wrong. Only what reads as a figure is checked:
 * percentages, rupiah amounts, grouped thousands and decimal commas; plain
 * integers (years, law numbers, counts of things) are left alone. */
#include <ctype.h>
#include <math.h>
#include <string.h>

#include "doc/build.h"
#include "util/arena.h"
#include "util/num.h"

struct figs {
	double *v;
	size_t n, cap;
};

static void add(struct arena *a, struct figs *f, double v)
{
	if (isnan(v))
		return;
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 256;
		double *nv = arena_alloc(a, cap * sizeof *nv);
		if (f->n)
			memcpy(nv, f->v, f->n * sizeof *nv);
		f->v = nv;
		f->cap = cap;
	}
	f->v[f->n++] = v;
}

/* Every figure of the metrics' figure table (inputs typed in the CSV
 * files and computed figures), once per build; a change from last year
 * counts as its size too ("naik 0,47"). */
static struct figs *collect(struct build_ctx *c)
{
	struct build_state *st = c->state;
	if (st->typed_figs != NULL)
		return st->typed_figs;
	struct arena *a = c->doc->arena;
	struct figs *f = arena_alloc(a, sizeof *f);
	memset(f, 0, sizeof *f);
	const struct metrics *m = c->metrics;
	for (size_t i = 0; i < metrics_figure_count(m); i++) {
		const struct figure *g = metrics_figure_at(m, i);
		/* What was published is what the check doubts: a sentence
		 * quoting it is not quoting the data. */
		if (!g->ada || !strncmp(g->key, "terbit.", 7))
			continue;
		add(a, f, g->v);
		add(a, f, g->v_atas);
		size_t kl = strlen(g->key);
		if (kl > 10 && !strcmp(g->key + kl - 10, ".perubahan"))
			add(a, f, fabs(g->v));
	}
	st->typed_figs = f;
	return f;
}

static bool known(const struct figs *f, double v, int decimals)
{
	for (size_t i = 0; i < f->n; i++)
		if (fabs(f->v[i] - v) <= 1e-9 * fmax(1, fabs(v)) ||
				metrics_sesuai_pembulatan(v, decimals, f->v[i]))
			return true;
	return false;
}

/* Length of a number body at p ("1.234.567,89", "98,95", "70"), 0 if
 * none. *grouped / *decimal say what it showed. */
static size_t body(const char *p, bool *grouped, bool *decimal)
{
	size_t i = 0;
	*grouped = *decimal = false;
	while (isdigit((unsigned char)p[i]))
		i++;
	if (i == 0)
		return 0;
	while (i <= 3 && p[i] == '.' && isdigit((unsigned char)p[i + 1]) &&
			isdigit((unsigned char)p[i + 2]) &&
			isdigit((unsigned char)p[i + 3]) &&
			!isdigit((unsigned char)p[i + 4])) {
		*grouped = true;
		i += 4;
		while (p[i] == '.' && isdigit((unsigned char)p[i + 1]) &&
				isdigit((unsigned char)p[i + 2]) &&
				isdigit((unsigned char)p[i + 3]) &&
				!isdigit((unsigned char)p[i + 4])) {
			i += 4;
		}
		break;
	}
	if (p[i] == ',' && isdigit((unsigned char)p[i + 1])) {
		*decimal = true;
		i++;
		while (isdigit((unsigned char)p[i]))
			i++;
	}
	return i;
}

/* Does the text end with a multiplication sign ("x", "*", "×"), blanks
 * after it left aside? */
bool typed_ends_with_times(const char *s)
{
	size_t n = strlen(s);
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return n > 0 && (s[n - 1] == 'x' || s[n - 1] == '*' ||
		(n >= 2 && !memcmp(s + n - 2, "\xc3\x97", 2)));
}

void typed_figures_check(struct build_ctx *c, struct src_pos base,
	const char *s, size_t len, bool after_times)
{
	size_t i = 0;
	while (i < len) {
		const char *p = s + i;
		bool rp = false;
		size_t start = i;
		if ((p[0] == 'R' && p[1] == 'p') && (i == 0 ||
				!isalnum((unsigned char)s[i - 1]))) {
			size_t k = 2;
			if (p[k] == '.')
				k++;
			while (p[k] == ' ' || ((unsigned char)p[k] == 0xc2 &&
					(unsigned char)p[k + 1] == 0xa0))
				k += p[k] == ' ' ? 1 : 2;
			if (isdigit((unsigned char)p[k])) {
				rp = true;
				p += k;
				i += k;
			}
		}
		if (!isdigit((unsigned char)*p) || (i > 0 && !rp &&
				(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.' ||
				 s[i - 1] == ',' || s[i - 1] == '/'))) {
			i = start + 1;
			continue;
		}
		bool grouped, decimal;
		size_t n = body(p, &grouped, &decimal);
		size_t end = i + n;
		/* A code or a number glued to letters: not a figure. */
		if (end < len && (isalnum((unsigned char)s[end]) || s[end] == '/' ||
				(s[end] == '.' && end + 1 < len &&
				 isdigit((unsigned char)s[end + 1])))) {
			i = end + 1;
			continue;
		}
		size_t k = end;
		while (k < len && s[k] == ' ')
			k++;
		bool pct = k < len && s[k] == '%';
		/* "x 100 %" in a formula is arithmetic, not a figure. */
		const char *before = s + start;
		while (before > s && before[-1] == ' ')
			before--;
		bool formula = before > s ? (before[-1] == 'x' ||
			before[-1] == '*' || (before - s >= 2 &&
			!memcmp(before - 2, "\xc3\x97", 2))) : after_times;
		if (!(rp || pct || grouped || decimal) || formula) {
			i = end;
			continue;
		}
		char tok[64];
		size_t tl = (pct ? k + 1 : end) - start;
		if (tl >= sizeof tok)
			tl = sizeof tok - 1;
		memcpy(tok, s + start, tl);
		tok[tl] = '\0';
		struct num_value v;
		char numtxt[48];
		size_t nl = n < sizeof numtxt ? n : sizeof numtxt - 1;
		memcpy(numtxt, p, nl);
		numtxt[nl] = '\0';
		if (num_parse(numtxt, NUM_ID, &v, NULL, 0) == 0 &&
				v.kind == NUM_VALUE) {
			struct nilai nv = {.teks = numtxt};
			int dec = nilai_desimal(&nv);
			struct src_pos at = base;
			at.column += (int)start;
			if (known(collect(c), v.value, dec))
				diag_add(c->diags, DIAG_WARNING, at, "typed figure "
					"\"%s\" is a figure of the data: write it as a "
					"directive (docs/directives.md) so a correction "
					"reaches this sentence", tok);
			else
				diag_add(c->diags, DIAG_WARNING, at, "typed figure "
					"\"%s\" is not a figure of the data: check it, or "
					"bind the sentence to the data with a directive",
					tok);
		}
		i = pct ? k + 1 : end;
	}
}
