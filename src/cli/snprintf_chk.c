/* Cairo's numbers without glibc's printf (util/fixed.h says why).
 *
 * Cairo, built with _FORTIFY_SOURCE, calls snprintf as __snprintf_chk for
 * every number of a PDF page or an SVG: "%f" and "%.*f" (coordinates,
 * glyph positions, path points), "%.18f" (numbers under 0.1), "%d". The
 * executable's definition of a symbol comes first for every library of
 * the process, so Cairo calls this one: those formats are written by
 * fixed_format (the same bytes as glibc, tests/util/test_fixed.c); any
 * other format, or a value fixed_format leaves to printf, goes on to
 * glibc's __vsnprintf_chk, which also keeps the fortify check of the
 * buffer's size. Linked into lkjip and the tests (CMakeLists.txt), never
 * into a library. */
#undef _FORTIFY_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include "util/fixed.h"

int __vsnprintf_chk(char *s, size_t maxlen, int flag, size_t slen,
	const char *fmt, va_list ap);
int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen,
	const char *fmt, ...);

static int long_text(char *out, long v)
{
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
	char tmp[24];
	int t = 0, n = 0;
	do {
		tmp[t++] = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (v < 0)
		out[n++] = '-';
	while (t > 0)
		out[n++] = tmp[--t];
	out[n] = '\0';
	return n;
}

/* The text of one of the formats above into out (FIXED_MAX bytes), or -1
 * for any other format. */
static int quick(char *out, const char *fmt, va_list ap)
{
	if (fmt[0] != '%')
		return -1;
	const char *f = fmt + 1;
	int prec;
	if (f[0] == 'd' && f[1] == '\0')
		return long_text(out, va_arg(ap, int));
	if (f[0] == 'l' && f[1] == 'd' && f[2] == '\0')
		return long_text(out, va_arg(ap, long));
	if (f[0] == 'f' && f[1] == '\0') {
		prec = 6;
	} else if (f[0] != '.') {
		return -1;
	} else if (f[1] == '*' && f[2] == 'f' && f[3] == '\0') {
		prec = va_arg(ap, int);
	} else if (f[1] >= '0' && f[1] <= '9' && f[2] == 'f' &&
	    f[3] == '\0') {
		prec = f[1] - '0';
	} else if (f[1] >= '0' && f[1] <= '9' && f[2] >= '0' &&
	    f[2] <= '9' && f[3] == 'f' && f[4] == '\0') {
		prec = (f[1] - '0') * 10 + (f[2] - '0');
	} else {
		return -1;
	}
	return fixed_format(out, va_arg(ap, double), prec);
}

int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen,
	const char *fmt, ...)
{
	va_list ap, cp;
	va_start(ap, fmt);
	char buf[FIXED_MAX];
	int n = -1;
	/* A buffer larger than the object it is in: glibc's check fails. */
	if (maxlen <= slen) {
		va_copy(cp, ap);
		n = quick(buf, fmt, cp);
		va_end(cp);
	}
	if (n < 0) {
		n = __vsnprintf_chk(s, maxlen, flag, slen, fmt, ap);
	} else if (maxlen > 0) {
		size_t c = (size_t)n < maxlen - 1 ? (size_t)n : maxlen - 1;
		memcpy(s, buf, c);
		s[c] = '\0';
	}
	va_end(ap);
	return n;
}
