/* Spending by kind (belanja.csv: Belanja Operasi, Modal, Tidak Terduga,
 * Transfer, or Langsung / Tidak Langsung) and the budget lines counted by
 * level: figures many reports print ("3 program, 7 kegiatan dan 21 sub
 * kegiatan"). */
#include <math.h>
#include <stdio.h>

#include "metrics/internal.h"
#include "metrics/metrics.h"

void hitung_belanja(const struct report *r, struct metrics *m)
{
	for (size_t i = 0; i < r->nanggaran; i++) {
		switch (r->anggaran[i]->tingkat) {
		case ANGGARAN_PROGRAM:
			m->jumlah_program++;
			break;
		case ANGGARAN_KEGIATAN:
			m->jumlah_kegiatan++;
			break;
		case ANGGARAN_SUBKEGIATAN:
			m->jumlah_subkegiatan++;
			break;
		}
	}
	for (size_t i = 0; i < r->nbelanja; i++) {
		const struct belanja *b = &r->belanja[i];
		struct metrik_belanja *mb = &m->belanja[b->jenis];
		mb->ada = true;
		m->ada_belanja = true;
		if (b->anggaran.ada) {
			mb->anggaran = angka_tambah(mb->anggaran, b->anggaran.v);
			m->belanja_anggaran = angka_tambah(m->belanja_anggaran,
				b->anggaran.v);
		}
		if (b->realisasi.ada) {
			mb->realisasi = angka_tambah(mb->realisasi,
				b->realisasi.v);
			m->belanja_realisasi = angka_tambah(m->belanja_realisasi,
				b->realisasi.v);
		}
	}
	for (int j = 0; j < BELANJA_MAX; j++) {
		struct metrik_belanja *mb = &m->belanja[j];
		if (mb->ada && mb->anggaran != 0) {
			mb->ada_serapan = true;
			mb->serapan = serapan_hitung(mb->realisasi, mb->anggaran);
		}
	}
}

/* The kinds of spending divide the same money as the programs: their
 * totals must be anggaran.csv's (exact sums of typed amounts). */
void cek_belanja(const struct metrics *m, struct diag_list *dl)
{
	const struct report *r = m->report;
	if (!m->ada_belanja || r->nanggaran == 0)
		return;
	char a[64], b[64];
	struct src_pos pos = r->belanja[0].pos;
	pos.column = 0;
	pos.column_name = NULL;
	if (m->belanja_anggaran != m->pagu)
		diag_add(dl, DIAG_WARNING, pos, "the kinds of spending add up "
			"to an anggaran of %s, but the programs of anggaran.csv "
			"to a pagu of %s", angka_teks(a, sizeof a, &r->meta,
			JENIS_JUMLAH, m->belanja_anggaran), angka_teks(b,
			sizeof b, &r->meta, JENIS_JUMLAH, m->pagu));
	/* No sum to compare with a programme's realisasi not reported. */
	if (!m->tak_dilaporkan && m->belanja_realisasi != m->realisasi)
		diag_add(dl, DIAG_WARNING, pos, "the kinds of spending add up "
			"to a realisasi of %s, but the programs of anggaran.csv "
			"to %s", angka_teks(a, sizeof a, &r->meta, JENIS_JUMLAH,
			m->belanja_realisasi), angka_teks(b, sizeof b, &r->meta,
			JENIS_JUMLAH, m->realisasi));
}
