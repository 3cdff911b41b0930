/* Fixed-point text of a double, exact, without printf (fixed.h). */
#include <fenv.h>
#include <langinfo.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "util/fixed.h"

static const uint64_t POW10[19] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
	100000000000000000ULL, 1000000000000000000ULL,
};

int fixed_format(char *out, double d, int prec)
{
	if (prec < 0 || prec > 18 || !(d > -1e15 && d < 1e15))
		return -1;
	/* printf follows the locale's decimal point and the rounding mode:
	 * lkjip sets neither, but a library could. */
	if (fegetround() != FE_TONEAREST)
		return -1;
	const char *radix = nl_langinfo(RADIXCHAR);
	if (radix[0] != '.' || radix[1] != '\0')
		return -1;
	uint64_t bits;
	memcpy(&bits, &d, sizeof bits);
	bool neg = bits >> 63;
	int ex = (int)((bits >> 52) & 0x7FF);
	uint64_t m = bits & ((1ULL << 52) - 1);
	/* |d| = m / 2^k exactly; |d| < 1e15 < 2^50 makes k >= 3. */
	int k;
	if (ex == 0) {
		k = 1074;
	} else {
		m |= 1ULL << 52;
		k = 1075 - ex;
	}
	/* q = |d| * 10^prec rounded to an integer, ties to even: m * 10^prec
	 * is below 2^113, so whatever is shifted out by k > 113 is less than
	 * half and q is 0. */
	unsigned __int128 n = (unsigned __int128)m * POW10[prec], q = 0;
	if (k <= 113) {
		unsigned __int128 one = 1;
		q = n >> k;
		unsigned __int128 r = n & ((one << k) - 1), half = one << (k - 1);
		if (r > half || (r == half && (q & 1)))
			q++;
	}
	uint64_t ip, fp;
	if ((uint64_t)(q >> 64) == 0) { /* nearly always: no 128-bit divide */
		ip = (uint64_t)q / POW10[prec];
		fp = (uint64_t)q % POW10[prec];
	} else {
		ip = (uint64_t)(q / POW10[prec]);
		fp = (uint64_t)(q % POW10[prec]);
	}
	char *o = out;
	if (neg)
		*o++ = '-';
	char tmp[24];
	int t = 0;
	do {
		tmp[t++] = (char)('0' + ip % 10);
		ip /= 10;
	} while (ip > 0);
	while (t > 0)
		*o++ = tmp[--t];
	if (prec > 0) {
		*o++ = '.';
		for (int i = prec - 1; i >= 0; i--) {
			o[i] = (char)('0' + fp % 10);
			fp /= 10;
		}
		o += prec;
	}
	*o = '\0';
	return (int)(o - out);
}
