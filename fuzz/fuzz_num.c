/* libFuzzer harness: the Indonesian number parser and formatters. The input
 * is one cell; it is parsed under every convention and whatever it yields
 * is formatted back, as a table cell would be. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/num.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 4096)
		return 0;
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	char err[256], buf[128], words[1024];
	static const enum num_convention convs[] = {NUM_UNDECIDED, NUM_ID,
		NUM_EN};
	(void)num_hint(s);
	for (size_t i = 0; i < 3; i++) {
		struct num_value v;
		if (num_parse(s, convs[i], &v, err, sizeof err) < 0)
			continue;
		for (int d = 0; d <= 6; d++) {
			struct num_style st = {d, d % 2 ? ROUND_TRUNCATE :
				ROUND_HALF_UP, d > 3};
			num_format(buf, sizeof buf, v.value, st);
			num_format_percent(buf, sizeof buf, v.upper, st);
			num_format_rupiah(buf, sizeof buf, v.value, st);
			(void)num_round(v.value, d, st.rounding);
		}
		/* The exact value printed at its own decimals (at most the 9
		 * the formatter shows) reads back as the same number. */
		if (v.kind == NUM_VALUE && v.exact.scale <= 9) {
			struct num_style own = {v.exact.scale, ROUND_TRUNCATE,
				false};
			struct num_value w;
			num_format_dec(buf, sizeof buf, v.exact, own);
			if (num_parse(buf, NUM_ID, &w, err, sizeof err) < 0 ||
				dec_cmp(w.exact, v.exact) != 0)
				abort();
		}
		num_terbilang_rupiah(words, sizeof words, v.value);
		if (v.value >= 0 && v.value < 1e18)
			num_terbilang(words, sizeof words,
				(unsigned long long)v.value);
		/* Small buffers must truncate, never overflow. */
		struct num_style st = {2, ROUND_HALF_UP, false};
		num_format(buf, 4, v.value, st);
		num_terbilang_rupiah(words, 8, v.value);
	}
	free(s);
	return 0;
}
