/* Fixed-point text of a double ("%.6f") without printf, byte for byte what
 * glibc's printf writes. Cairo writes every coordinate of the PDF's pages
 * and of the charts' SVG with snprintf("%f"), about 2,000 instructions a
 * number in glibc (its multi-precision path): 9 % of a report's build.
 * fixed.c also defines __snprintf_chk, the name under which Cairo (built
 * with _FORTIFY_SOURCE) calls snprintf: the few formats Cairo prints
 * numbers with take fixed_format, any other format goes on to glibc's
 * own. The executable's definition comes before libc's for every library
 * of the process (ELF symbol interposition), so the output bytes do not
 * change, only their cost (bench/RESULTS.md). */
#ifndef LKJIP_FIXED_H
#define LKJIP_FIXED_H

#include <stddef.h>

/* The longest text fixed_format writes, NUL included. */
#define FIXED_MAX 48

/* Writes d with prec digits after the point (0 <= prec <= 18) into out
 * (FIXED_MAX bytes), rounded exactly to nearest, ties to even, as
 * glibc does in the default rounding mode; "-" on a negative value or a
 * negative zero, as printf. Returns the length; or -1 (out untouched)
 * when d is not finite, |d| >= 1e15, prec is out of range or the
 * rounding mode is not to nearest: the caller then uses printf. */
int fixed_format(char *out, double d, int prec);

#endif
