#include "util/dec.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef __int128 i128;

static i128 pow10_i(int n)
{
	i128 p = 1;
	while (n-- > 0)
		p *= 10;
	return p;
}

static i128 abs_i(i128 v)
{
	return v < 0 ? -v : v;
}

/* 10^DEC_DIGITS = 10^18 x 10^18: the largest mantissa magnitude kept,
 * with room for one more digit of work before __int128 (1,7 x 10^38)
 * overflows. */
static i128 limit(void)
{
	return (i128)1000000000000000000LL * 1000000000000000000LL;
}

static struct dec fit(i128 m, int scale)
{
	if (abs_i(m) >= limit())
		return DEC_NONE;
	/* A product of two fine ratios: digits past the 36th decimal are
	 * dropped toward zero, which keeps every shown rounding right. */
	while (scale > DEC_DIGITS) {
		m /= 10;
		scale--;
	}
	return (struct dec){m, scale};
}

struct dec dec_make(long long m, int scale)
{
	if (scale < 0)
		return DEC_NONE;
	return fit(m, scale);
}

struct dec dec_int(long long v)
{
	return (struct dec){v, 0};
}

/* Parses C's plain or exponent notation, as printf's %e writes it. */
static struct dec from_text(const char *s)
{
	i128 m = 0;
	int scale = 0, digits = 0;
	bool neg = *s == '-', point = false;
	if (*s == '-' || *s == '+')
		s++;
	for (; (*s >= '0' && *s <= '9') || *s == '.'; s++) {
		if (*s == '.') {
			point = true;
			continue;
		}
		if (++digits > DEC_DIGITS)
			return DEC_NONE;
		m = m * 10 + (*s - '0');
		if (point)
			scale++;
	}
	if (*s == 'e' || *s == 'E')
		scale -= atoi(s + 1);
	if (scale < 0) {
		if (digits - scale > DEC_DIGITS)
			return DEC_NONE;
		m *= pow10_i(-scale);
		scale = 0;
	}
	/* Tiny doubles lose their digits past the 36th decimal (fit). */
	return dec_trim(fit(neg ? -m : m, scale));
}

struct dec dec_from_double(double v)
{
	if (isnan(v) || isinf(v))
		return DEC_NONE;
	/* Fast path: a whole number of at most 15 digits (rupiah, counts)
	 * is itself, as the %e route below would find. */
	if (fabs(v) < 1e15 && v == trunc(v))
		return dec_int((long long)v);
	/* DBL_DIG (15): every decimal of up to 15 significant digits comes
	 * back from a double as it went in, and the last-bit noise of a
	 * computation (0,29 x 100 = 28,999999999999996) stays below the 15th
	 * digit. */
	char buf[40];
	snprintf(buf, sizeof buf, "%.*e", DBL_DIG - 1, v);
	return from_text(buf);
}

char *dec_str(char *buf, size_t len, struct dec d)
{
	if (len == 0)
		return buf;
	if (!dec_ok(d)) {
		snprintf(buf, len, "nan");
		return buf;
	}
	char digits[48];
	size_t n = 0;
	i128 a = abs_i(d.m);
	do {
		digits[n++] = (char)('0' + (int)(a % 10));
		a /= 10;
	} while (a != 0);
	while (n <= (size_t)d.scale && n < sizeof digits)
		digits[n++] = '0'; /* a leading 0 before the point */
	char out[96];
	size_t o = 0;
	if (d.m < 0)
		out[o++] = '-';
	for (size_t i = n; i-- > 0;) {
		out[o++] = digits[i];
		if (i == (size_t)d.scale && i > 0)
			out[o++] = '.';
	}
	out[o] = '\0';
	snprintf(buf, len, "%s", out);
	return buf;
}

double dec_to_double(struct dec d)
{
	if (!dec_ok(d))
		return NAN;
	/* Fast path (Clinger): mantissa and 10^scale both exact doubles, so
	 * the one IEEE division is correctly rounded, as strtod would be. */
	static const double P10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
		1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
		1e19, 1e20, 1e21, 1e22};
	if (abs_i(d.m) <= ((i128)1 << 53) && d.scale <= 22)
		return (double)d.m / P10[d.scale];
	char buf[96];
	return strtod(dec_str(buf, sizeof buf, d), NULL); /* correctly rounded */
}

struct dec dec_trim(struct dec d)
{
	if (!dec_ok(d))
		return d;
	while (d.scale > 0 && d.m % 10 == 0) {
		d.m /= 10;
		d.scale--;
	}
	return d;
}

struct dec dec_neg(struct dec d)
{
	if (dec_ok(d))
		d.m = -d.m;
	return d;
}

/* a and b at one scale (the finer), or false when that overflows. */
static bool align(struct dec *a, struct dec *b)
{
	*a = dec_trim(*a);
	*b = dec_trim(*b);
	struct dec *lo = a->scale < b->scale ? a : b;
	int s = a->scale > b->scale ? a->scale : b->scale;
	i128 f = pow10_i(s - lo->scale);
	if (abs_i(lo->m) >= limit() / f)
		return false;
	lo->m *= f;
	lo->scale = s;
	return true;
}

struct dec dec_add(struct dec a, struct dec b)
{
	if (!dec_ok(a) || !dec_ok(b) || !align(&a, &b))
		return DEC_NONE;
	return fit(a.m + b.m, a.scale);
}

struct dec dec_sub(struct dec a, struct dec b)
{
	return dec_add(a, dec_neg(b));
}

struct dec dec_mul(struct dec a, struct dec b)
{
	if (!dec_ok(a) || !dec_ok(b))
		return DEC_NONE;
	a = dec_trim(a);
	b = dec_trim(b);
	i128 m;
	/* Too many digits (two 30-decimal ratios): drop the finer
	 * operand's last decimals, toward zero, until the product fits. */
	while (__builtin_mul_overflow(a.m, b.m, &m) || abs_i(m) >= limit()) {
		struct dec *f = a.scale >= b.scale ? &a : &b;
		if (f->scale == 0)
			return DEC_NONE; /* a whole product past 10^36 */
		f->m /= 10;
		f->scale--;
	}
	return dec_trim(fit(m, a.scale + b.scale));
}

struct dec dec_div(struct dec a, struct dec b)
{
	if (!dec_ok(a) || !dec_ok(b) || b.m == 0 || !align(&a, &b))
		return DEC_NONE;
	/* Same scale: a / b = a.m / b.m. Long division, one decimal at a
	 * time, so no intermediate exceeds 10 x |b.m|. */
	bool neg = (a.m < 0) != (b.m < 0);
	i128 x = abs_i(a.m), y = abs_i(b.m);
	i128 q = x / y, r = x % y;
	int scale = 0;
	while (r != 0 && scale < DEC_MAX_SCALE && q < limit() / 10) {
		r *= 10;
		q = q * 10 + r / y;
		r %= y;
		scale++;
	}
	return dec_trim((struct dec){neg ? -q : q, scale});
}

int dec_cmp(struct dec a, struct dec b)
{
	if (!dec_ok(a) || !dec_ok(b))
		return dec_ok(a) - dec_ok(b);
	if (!align(&a, &b)) {
		/* Too far apart to share a scale: the doubles decide. */
		double x = dec_to_double(a), y = dec_to_double(b);
		return (x > y) - (x < y);
	}
	return (a.m > b.m) - (a.m < b.m);
}

int dec_sign(struct dec d)
{
	return (d.m > 0) - (d.m < 0);
}

struct dec dec_round(struct dec d, int decimals, enum num_rounding mode)
{
	if (!dec_ok(d) || decimals < 0)
		return DEC_NONE;
	if (d.scale <= decimals) {
		i128 f = pow10_i(decimals - d.scale);
		if (abs_i(d.m) >= limit() / f)
			return DEC_NONE;
		return (struct dec){d.m * f, decimals};
	}
	if (d.scale - decimals > DEC_DIGITS)
		return (struct dec){0, decimals}; /* |d| < 10^-decimals / 10 */
	i128 f = pow10_i(d.scale - decimals);
	i128 q = d.m / f, r = abs_i(d.m % f); /* C truncates toward zero */
	if (mode == ROUND_HALF_UP && r * 2 >= f)
		q += d.m < 0 ? -1 : 1;
	return (struct dec){q, decimals};
}
