/* Shared between the files of the metrics engine. */
#ifndef LKJIP_METRICS_INTERNAL_H
#define LKJIP_METRICS_INTERNAL_H

#include "metrics/metrics.h"

/* Published figures of terbit.csv against the computed ones. */
void cek_terbit(const struct metrics *, struct diag_list *);

/* Fills m->figure and m->figure_kunci from what metrics_compute computed
 * (figure.c). */
void metrics_figure_table(struct metrics *);

#endif
