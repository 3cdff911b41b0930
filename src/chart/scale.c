#define _GNU_SOURCE /* asprintf */
/* The value axis: range, outliers, "nice" 1-2-5 ticks, number formats. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart/internal.h"
#include "util/num.h"
#include "util/xalloc.h"

/* A 1-2-5 step giving about nticks steps over range: the raw step rounded
 * to the nearest of 1, 2, 5, 10 times a power of ten (Heckbert's "nice
 * numbers"). */
double scale_nice_step(double range, int nticks)
{
	if (!(range > 0) || !isfinite(range))
		return 1;
	if (nticks < 1)
		nticks = 1;
	double raw = range / nticks;
	double mag = pow(10, floor(log10(raw)));
	double f = raw / mag;
	double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
	return nice * mag;
}

double stack_value(const struct chart_ctx *x, size_t s, size_t i)
{
	double v = x->c->series[s].values[i];
	if (isnan(v))
		return NAN;
	if (!x->pct)
		return v;
	/* Shares of the category total; negatives make no composition. */
	double tot = 0;
	for (size_t k = 0; k < x->c->nseries; k++) {
		double u = x->c->series[k].values[i];
		if (!isnan(u) && u > 0)
			tot += u;
	}
	if (v <= 0 || tot <= 0)
		return 0;
	return v / tot * 100;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* Largest magnitude that is not an outlier. An outlier is a value more
 * than OUTLIER_RATIO times the next smaller magnitude (a 10.582 % capaian
 * among values near 100 %); at most a quarter of the values may be cut, so
 * a genuinely spread series is never clipped. */
#define OUTLIER_RATIO 4.0
static double inlier_limit(const double *mag, size_t n)
{
	if (n < 3)
		return n ? mag[n - 1] : 0;
	size_t maxcut = n / 4 ? n / 4 : 1;
	size_t cut = 0;
	for (size_t k = n - 1; k > 0 && n - 1 - k < maxcut; k--) {
		if (mag[k - 1] > 0 && mag[k] > OUTLIER_RATIO * mag[k - 1])
			cut = n - k; /* everything from k upwards goes */
	}
	return mag[n - 1 - cut];
}

void scale_value_range(const struct chart_ctx *x, double *lo, double *hi,
	double *clip_lo, double *clip_hi)
{
	const struct chart *c = x->c;
	double mn = 0, mx = 0;
	*clip_lo = -INFINITY;
	*clip_hi = INFINITY;
	if (x->pct) {
		*lo = 0;
		*hi = 100;
		return;
	}
	if (x->stacked) {
		for (size_t i = 0; i < c->ncategories; i++) {
			double pos = 0, neg = 0;
			for (size_t s = 0; s < c->nseries; s++) {
				double v = c->series[s].values[i];
				if (isnan(v))
					continue;
				if (v > 0)
					pos += v;
				else
					neg += v;
			}
			mx = fmax(mx, pos);
			mn = fmin(mn, neg);
		}
		*lo = mn;
		*hi = mx;
		return;
	}
	size_t n = 0;
	double *pos = xmalloc((c->ncategories * c->nseries + 1) * sizeof *pos);
	double *neg = xmalloc((c->ncategories * c->nseries + 1) * sizeof *neg);
	size_t np = 0, nn = 0;
	for (size_t s = 0; s < c->nseries; s++)
		for (size_t i = 0; i < c->ncategories; i++) {
			double v = c->series[s].values[i];
			if (!isfinite(v))
				continue;
			n++;
			if (pos == NULL || neg == NULL)
				continue;
			if (v > 0)
				pos[np++] = v;
			else if (v < 0)
				neg[nn++] = -v;
		}
	if (pos != NULL && neg != NULL) {
		qsort(pos, np, sizeof *pos, cmp_double);
		qsort(neg, nn, sizeof *neg, cmp_double);
		/* Money is never cut: a pagu bar and its realisasi bar cut
		 * at one axis end look equal whatever the serapan (a 54 %
		 * absorption read as 100 %). Outliers are a capaian thing. */
		bool cut = c->unit != CHART_UNIT_RUPIAH && !c->full_axis;
		mx = cut ? inlier_limit(pos, np) : np ? pos[np - 1] : 0;
		mn = cut ? -inlier_limit(neg, nn) : nn ? -neg[nn - 1] : 0;
		if (np && mx < pos[np - 1])
			*clip_hi = mx; /* refined to the nice axis end later */
		if (nn && -mn < neg[nn - 1])
			*clip_lo = mn;
	}
	free(pos);
	free(neg);
	(void)n;
	*lo = mn;
	*hi = mx;
	/* Capaian over the years moves around 100 %: a line chart whose
	 * values all sit well above zero starts its axis near them, so the
	 * change is visible (bars always start at zero). */
	if (c->kind == CHART_LINE && mn == 0 && !c->full_axis) {
		double least = INFINITY;
		for (size_t s = 0; s < c->nseries; s++)
			for (size_t i = 0; i < c->ncategories; i++) {
				double v = c->series[s].values[i];
				if (isfinite(v))
					least = fmin(least, v);
			}
		if (isfinite(least) && least > 0.4 * mx) {
			double pad = (mx - least) * 0.15 + mx * 0.02;
			*lo = fmax(0, least - pad);
		}
	}
}

double scale_pos(const struct chart_ctx *x, double v)
{
	double span = x->vmax - x->vmin;
	if (!(span > 0))
		return x->va0;
	return x->va0 + (v - x->vmin) / span * (x->va1 - x->va0);
}

double scale_clamp(const struct chart_ctx *x, double v)
{
	return v < x->vmin ? x->vmin : v > x->vmax ? x->vmax : v;
}

double cat_slot(const struct chart_ctx *x)
{
	size_t n = x->c->ncategories ? x->c->ncategories : 1;
	return (x->horizontal ? x->plot.h : x->plot.w) / (double)n;
}

double cat_center(const struct chart_ctx *x, size_t i)
{
	double s = cat_slot(x);
	return (x->horizontal ? x->plot.y : x->plot.x) + (i + 0.5) * s;
}

/* v in the axis unit (juta, miliar), divided exactly: 4.606.584.325 is
 * 4,606584325 miliar, not 4,6065843249999. */
static struct dec scaled(const struct chart_ctx *x, double v)
{
	return dec_div(dec_from_double(v), dec_from_double(x->divisor));
}

char *fmt_tick(const struct chart_ctx *x, char *buf, size_t len, double v)
{
	struct num_style st = {x->tick_decimals, ROUND_HALF_UP, false};
	if (fabs(v) < x->step * 1e-9)
		v = 0; /* no "-0" from accumulated steps */
	if (x->c->unit == CHART_UNIT_PERCENT || x->pct)
		return num_format_percent(buf, len, v, st);
	return num_format_dec(buf, len, scaled(x, v), st);
}

char *fmt_value(const struct chart_ctx *x, char *buf, size_t len, double v)
{
	struct num_style st = {x->value_decimals, x->c->rounding, false};
	if (x->c->unit == CHART_UNIT_PERCENT || x->pct)
		return num_format_percent(buf, len, v, st);
	return num_format_dec(buf, len, scaled(x, v), st);
}

const char *value_label(const struct chart_ctx *x, char *buf, size_t len,
	size_t s, size_t i)
{
	const struct chart *c = x->c;
	if (c->labels != NULL && c->labels[s] != NULL &&
	    c->labels[s][i] != NULL && !x->pct)
		return c->labels[s][i];
	return fmt_value(x, buf, len, c->series[s].values[i]);
}

char *axis_title(const struct chart_ctx *x)
{
	if (x->c->panel)
		return NULL; /* the panel's title names the unit */
	const char *y = x->c->y_label;
	char *out = NULL;
	if (x->pct || x->c->unit == CHART_UNIT_PERCENT) {
		/* A percent axis always says so (a 100 % stack of rupiah
		 * too): its ticks carry "%" but a reader of the axis alone
		 * should not have to look. */
		out = xasprintf("%s (%%)", y && *y ? y : "Persentase");
	} else if (x->c->unit == CHART_UNIT_RUPIAH) {
		char unit[32];
		snprintf(unit, sizeof unit, "Rp%s%s", x->scale_word ? " " : "",
			x->scale_word ? x->scale_word : "");
		if (y != NULL && *y != '\0')
			out = xasprintf("%s (%s)", y, unit);
		else
			out = xstrdup(unit);
	} else if (y != NULL && *y != '\0') {
		out = xstrdup(y);
	}
	return out;
}
