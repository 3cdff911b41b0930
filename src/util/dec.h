/* Exact decimals: a number keeps the digits it was typed with
 * ("1.234,50" is 123450 x 10^-2), sums of them are exact, and rounding is
 * decided on decimal digits, never on a binary fraction.
 *
 * Hand-written rather than a library: Debian 12 has mpdecimal
 * (libmpdec-dev), but its mpd_t owns heap digits (one mpd_del per figure,
 * against our arena-per-build rule) and works through a context object;
 * lkjip needs only fixed point within 36 digits (values below 10^15 with a
 * few decimals, and ratios of them), which an __int128 mantissa holds. */
#ifndef LKJIP_DEC_H
#define LKJIP_DEC_H

#include <stdbool.h>
#include <stddef.h>

/* Rounding at presentation only (SPEC 3, "Rounding"). */
enum num_rounding {
	ROUND_HALF_UP,  /* 96,548 -> 96,55; halves away from zero */
	ROUND_TRUNCATE, /* 108,571 -> 108,57 (toward zero): "potong" */
};

/* value = m / 10^scale, 0 <= scale <= DEC_DIGITS. scale < 0 means "no
 * value" (DEC_NONE): the result of a division by zero, of NaN, or of an
 * overflow past DEC_DIGITS. */
struct dec {
	__int128 m;
	int scale;
};

#define DEC_DIGITS 36    /* |m| < 10^36 */
#define DEC_MAX_SCALE 30 /* decimals kept by a division */
#define DEC_NONE ((struct dec){0, -1})

static inline bool dec_ok(struct dec d)
{
	return d.scale >= 0;
}

struct dec dec_make(long long m, int scale); /* dec_make(10857, 2) = 108,57 */
struct dec dec_int(long long);

/* The decimal a double stands for: v read to 15 significant digits
 * (DBL_DIG), trailing zeros dropped. 0.1 -> 0.1, not 0.1000000000000000055;
 * 0.29 * 100 -> 29, not 28.999999999999996. Every decimal of up to 15
 * digits that became a double comes back exactly; a figure with more
 * digits (10^15 with decimals) must travel as a struct dec. NaN and
 * infinities give DEC_NONE. */
struct dec dec_from_double(double v);
/* The double nearest to d; NaN for DEC_NONE. */
double dec_to_double(struct dec d);

struct dec dec_neg(struct dec);
struct dec dec_add(struct dec, struct dec);
struct dec dec_sub(struct dec, struct dec);
/* Exact when the product has at most 36 digits; beyond, the finer
 * operand's last decimals are dropped (toward zero) first. */
struct dec dec_mul(struct dec, struct dec);
/* a / b, truncated toward zero after DEC_MAX_SCALE decimals (or fewer when
 * the quotient is large, to stay within DEC_DIGITS). Truncating that deep
 * keeps every rounding decision exact: a figure shown with k < 30 decimals
 * rounds the same from the truncated quotient as from the true one, as
 * every boundary it could cross is itself a multiple of 10^-30. DEC_NONE
 * when b is 0. */
struct dec dec_div(struct dec a, struct dec b);

/* -1, 0, 1. DEC_NONE compares below everything. */
int dec_cmp(struct dec, struct dec);
int dec_sign(struct dec);
/* d rounded to exactly `decimals` digits after the point (scale ==
 * decimals, padding with zeros when d has fewer). */
struct dec dec_round(struct dec d, int decimals, enum num_rounding);
/* Without trailing zeros: 108,50 -> 108,5; 100,00 -> 100. */
struct dec dec_trim(struct dec);

/* Plain text with a '.' point and no grouping, as C reads it: "-1234.50";
 * "nan" for DEC_NONE. Returns buf. 48 bytes hold every value. */
char *dec_str(char *buf, size_t len, struct dec);

#endif
