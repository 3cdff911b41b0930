/* Shared between the files of the metrics engine. */
#ifndef LKJIP_METRICS_INTERNAL_H
#define LKJIP_METRICS_INTERNAL_H

#include "metrics/metrics.h"

/* Published figures of terbit.csv against the computed ones. */
void cek_terbit(const struct metrics *, struct diag_list *);
/* Spending by kind and the counts of budget lines (belanja.c); their
 * totals against anggaran.csv's. */
void hitung_belanja(const struct report *, struct metrics *);
void cek_belanja(const struct metrics *, struct diag_list *);
/* pegawai_rinci.csv's total against pegawai.csv's (pegawai.c). */
void cek_pegawai_rinci(const struct metrics *, struct diag_list *);
/* Capaian falling in a gap of a scale with celah (skala.c). */
void cek_celah(const struct metrics *, struct diag_list *);

/* The Renstra lines' ceilings and the budget lines' kemajuan
 * (renstra.c); after the budget lines. */
void hitung_renstra(const struct report *, struct metrics *,
	struct diag_list *);
/* A typed Renstra ceiling against the sum of its lines or years. */
void cek_renstra(const struct metrics *, struct diag_list *);

/* Whether an ancestor of budget line a names sasaran s (metrics.c). */
bool anggaran_leluhur_tertaut(const struct anggaran *a,
	const struct indikator *s);

/* c after the report's cap (batas_capaian), as efficiency takes it. */
double capaian_dibatasi(const struct report_meta *, double c);
/* Efficiency by method mt from a capaian (capped) and a serapan; PMK 214
 * from the outputs k[0..nk). NAN when it cannot be computed. */
double efisiensi_dengan(enum efisiensi_metode mt, double capaian,
	double serapan, const struct pmk214_keluaran *k, size_t nk);
/* The outputs PMK 214 weighs under budget line a (metrics.c): the lowest
 * lines with an output capaian, a itself when none below has one;
 * appended to out at *n. */
void anggaran_keluaran(const struct metrics *m, const struct anggaran *a,
	const struct anggaran **out, size_t *n);

/* Fills m->figure and m->figure_kunci from what metrics_compute computed
 * (figure.c). */
void metrics_figure_table(struct metrics *);

#endif
