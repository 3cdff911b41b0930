/* Figures as text: the report's style for each kind of figure, shared by
 * the document, the diagnostics and the diff. */
#include "metrics/metrics.h"

#include "util/dec.h"
#include "util/num.h"

struct num_style angka_gaya(const struct report_meta *m, enum angka_jenis j,
	double v)
{
	switch (j) {
	case JENIS_CAPAIAN:
		return m->fmt_capaian;
	case JENIS_ANGGARAN:
		return m->fmt_anggaran;
	case JENIS_EFISIENSI:
		return m->fmt_efisiensi;
	case JENIS_NILAI:
		return m->fmt_nilai;
	case JENIS_RUPIAH:
		return (struct num_style){0, ROUND_HALF_UP, false};
	case JENIS_JUMLAH: {
		/* Sen only when the amount has some: decided on its digits,
		 * as 2 decimals half-up would show them. */
		struct dec sen = dec_round(dec_from_double(v), 2,
			ROUND_HALF_UP);
		bool bulat = !dec_ok(sen) || sen.m % 100 == 0;
		return (struct num_style){bulat ? 0 : 2, ROUND_HALF_UP, false};
	}
	case JENIS_CACAH:
		return (struct num_style){0, ROUND_HALF_UP, false};
	}
	return m->fmt_nilai;
}

char *angka_teks(char *buf, size_t len, const struct report_meta *m,
	enum angka_jenis j, double v)
{
	/* Messages name figures a user compares with, or types into, a
	 * CSV cell: an ASCII minus there. */
	return num_ascii_minus(num_format(buf, len, v, angka_gaya(m, j, v)));
}
