/* The staff of pegawai_rinci.csv (counted by several attributes at once)
 * are the staff of pegawai.csv: the two totals must agree. */
#include <stdio.h>
#include <string.h>

#include "metrics/internal.h"
#include "metrics/metrics.h"

void cek_pegawai_rinci(const struct metrics *m, struct diag_list *dl)
{
	const struct report *r = m->report;
	if (r->npegawai_rinci == 0 || r->npegawai == 0)
		return;
	double rinci = 0, total = 0;
	for (size_t i = 0; i < r->npegawai_rinci; i++)
		if (r->pegawai_rinci[i].jumlah.ada)
			rinci = angka_tambah(rinci, r->pegawai_rinci[i].jumlah.v);
	/* pegawai.csv's first kelompok, as cek_pegawai reads it. */
	const char *kel = r->pegawai[0].kelompok;
	for (size_t i = 0; i < r->npegawai; i++) {
		const struct pegawai *p = &r->pegawai[i];
		if (p->kelompok == NULL || kel == NULL ||
				strcmp(p->kelompok, kel) != 0)
			continue;
		if (p->laki_laki.ada || p->perempuan.ada)
			total = angka_tambah(total, angka_tambah(
				p->laki_laki.ada ? p->laki_laki.v : 0,
				p->perempuan.ada ? p->perempuan.v : 0));
		else if (p->jumlah.ada)
			total = angka_tambah(total, p->jumlah.v);
	}
	if (rinci == total) /* exact sums of counts */
		return;
	char a[64], b[64];
	struct src_pos pos = r->pegawai_rinci[0].pos;
	pos.column = 0;
	pos.column_name = NULL;
	diag_add(dl, DIAG_WARNING, pos, "pegawai_rinci.csv counts %s staff, "
		"pegawai.csv %s (by %s)", angka_teks(a, sizeof a, &r->meta,
		JENIS_JUMLAH, rinci), angka_teks(b, sizeof b, &r->meta,
		JENIS_JUMLAH, total), kel ? kel : "");
}
