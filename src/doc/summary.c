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
	/* Met = capaian of the reporting year at or above 100 %, of the
	 * indicators with one: counted in the figure table. */
	const struct figure *fw = metrics_figure(m, "laporan.indikator");
	const struct figure *fm = metrics_figure(m, "laporan.tercapai");
	if (fw != NULL && fw->ada && fm != NULL) {
		char b[64];
		s->tercapai = arena_strdup(d->arena, figure_teks(b, sizeof b,
			&c->report->meta, fm));
		s->indikator = arena_strdup(d->arena, figure_teks(b, sizeof b,
			&c->report->meta, fw));
	}
	if (m->ada_capaian) {
		s->capaian = fmt_capaian(c, m->capaian);
		if (m->predikat) {
			s->predikat = m->predikat->nama;
			s->predikat_kelas = m->predikat->kelas;
		}
		/* Never shown as a sound figure (issue 13). */
		enum tak_wajar tw = c->report->meta.tak_wajar;
		if (m->tak_wajar > 0 && tw != TAK_WAJAR_KECUALIKAN)
			s->capaian_catatan = tw == TAK_WAJAR_BATASI ?
				"capaian di atas ambang kewajaran dihitung "
				"sebesar ambang" : "termasuk capaian di atas "
				"ambang kewajaran: periksa satuan";
	}
	if (m->ada_serapan)
		s->serapan = fmt_persen(c, m->serapan);
	if (m->ada_efisiensi)
		s->efisiensi = fmt_efisiensi(c, m->efisiensi);
	if (m->tak_dilaporkan) /* a programme's realisasi not reported */
		s->serapan = s->efisiensi = "tidak dilaporkan";
	return n;
}
