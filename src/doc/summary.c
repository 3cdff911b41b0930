/* The answer first: the report's headline figures in one node at the top
 * of the tree, so a reader (on a phone, mostly) sees how the agency did
 * before the cover and the formal parts. Figures come from the metrics the
 * tree is built from and are formatted here, once, like every other figure
 * of the document; the backends only place them. */
#include "doc/build.h"
#include "doc/internal.h"
#include "util/arena.h"

struct doc_node *make_summary(struct build_ctx *c)
{
	struct doc *d = c->doc;
	const struct metrics *m = c->metrics;
	struct doc_node *n = doc_node_new(d, DOC_SUMMARY);
	struct doc_summary *s = arena_alloc(d->arena, sizeof *s);
	n->as.sum = s;
	n->id = unique_id(c, "ringkasan");
	if (c->report->meta.tanggal)
		s->tanggal = fmt_tanggal(c, c->report->meta.tanggal);
	if (m == NULL)
		return n;
	/* Met = capaian of the reporting year at or above 100 %, the
	 * threshold of the report's own "tercapai" wording; indicators
	 * without a computable capaian are in neither count. */
	size_t met = 0, with = 0;
	for (size_t i = 0; i < m->nindikator; i++) {
		const struct metrik_tahun *t = m->indikator[i].ini;
		if (t == NULL || t->status != CAPAIAN_OK)
			continue;
		with++;
		if (t->capaian >= 100)
			met++;
	}
	if (with > 0) {
		s->tercapai = fmt_int(c, (double)met);
		s->indikator = fmt_int(c, (double)with);
	}
	if (m->ada_capaian) {
		s->capaian = fmt_capaian(c, m->capaian);
		if (m->predikat) {
			s->predikat = m->predikat->nama;
			s->predikat_kelas = m->predikat->kelas;
		}
	}
	if (m->ada_serapan)
		s->serapan = fmt_persen(c, m->serapan);
	if (m->ada_efisiensi)
		s->efisiensi = fmt_efisiensi(c, m->efisiensi);
	return n;
}
