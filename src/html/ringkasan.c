/* A report's summary for the site pages: what the index, the government
 * and agency pages, the search index and the sitemap need of one report,
 * its figures already formatted by the one formatter with the report's
 * rounding. Written next to the report's page (out/<id>/ringkasan.tsv)
 * when the report is rendered, read back by the site step: the site is
 * built from out/ alone, and the build never holds more than one report's
 * tree (issue 16: bounded memory; shards built apart, one site).
 *
 * Format: UTF-8 lines "field<TAB>value<TAB>...", the first
 * "lkjip-ringkasan<TAB>1". A value escapes backslash, tab and newline as
 * \\, \t, \n. Fields in a fixed order, so the same report gives the same
 * bytes. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "html/html.h"
#include "html/internal.h"
#include "metrics/metrics.h"
#include "util/num.h"
#include "util/path.h"
#include "util/xalloc.h"

#define MAGIC "lkjip-ringkasan"
#define VERSI 1

static const char *dup(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

static const char *fmt(struct arena *a, bool ok, double v,
	struct num_style st, bool persen)
{
	char buf[96];
	if (!ok || isnan(v))
		return NULL;
	return arena_strdup(a, persen ? num_format_percent(buf, sizeof buf, v,
		st) : num_format(buf, sizeof buf, v, st));
}

static const struct doc_summary *find_summary(const struct doc *d)
{
	for (const struct doc_node *n = d->root ? d->root->first : NULL; n;
			n = n->next)
		if (n->type == DOC_SUMMARY)
			return n->as.sum;
	return NULL;
}

/* "1,4 MB" / "850 KB": decimal units, the report's comma. */
static const char *size_text(struct arena *a, long long bytes)
{
	char num[64];
	struct num_style st = {1, ROUND_HALF_UP, false};
	if (bytes >= 1000000)
		return arena_printf(a, "%s" NUM_NBSP "MB", num_format(num,
			sizeof num, (double)bytes / 1e6, st));
	st.decimals = 0;
	double kb = (double)bytes / 1e3;
	return arena_printf(a, "%s" NUM_NBSP "KB", num_format(num, sizeof num,
		kb < 1 ? 1 : kb, st));
}

struct ringkasan *html_ringkasan_dari_doc(const struct doc *d,
	const char *out_dir)
{
	const struct report *r = d->report;
	const struct metrics *m = d->metrics;
	const struct report_meta *mt = &r->meta;
	struct arena *a = arena_new();
	struct ringkasan *s = arena_alloc(a, sizeof *s);
	memset(s, 0, sizeof *s);
	s->arena = a;
	s->id = dup(a, r->id);
	s->judul = dup(a, d->title);
	s->instansi = dup(a, mt->instansi);
	s->pemerintah = dup(a, mt->pemerintah);
	s->tahun = mt->tahun;
	const struct doc_summary *sum = find_summary(d);
	if (sum != NULL) {
		s->tanggal = dup(a, sum->tanggal);
		s->capaian = dup(a, sum->capaian);
		s->capaian_catatan = dup(a, sum->capaian_catatan);
		s->predikat = dup(a, sum->predikat);
		s->predikat_kelas = dup(a, sum->predikat_kelas);
		s->tercapai = dup(a, sum->tercapai);
		s->jumlah_indikator = dup(a, sum->indikator);
		s->serapan = dup(a, sum->serapan);
		s->efisiensi = dup(a, sum->efisiensi);
	}
	if (m != NULL && m->nanggaran > 0) {
		struct num_style rp = angka_gaya(mt, JENIS_RUPIAH, 0);
		char buf[96];
		s->pagu = arena_strdup(a, num_format_rupiah(buf, sizeof buf,
			m->pagu, rp));
		/* Never a partial sum (a programme's realisasi not
		 * reported). */
		s->realisasi = m->tak_dilaporkan ? "tidak dilaporkan" :
			arena_strdup(a, num_format_rupiah(buf, sizeof buf,
			m->realisasi, rp));
	}
	struct stat st;
	char *pdf = arena_printf(a, "%s/%s/%s.pdf", out_dir, r->id, r->id);
	if (stat(pdf, &st) == 0 && S_ISREG(st.st_mode)) {
		s->pdf_bytes = st.st_size;
		s->pdf_ukuran = size_text(a, st.st_size);
	}
	/* Indicators with their figures of the reporting year; sasaran and
	 * programme names for the search. */
	s->indikator = arena_alloc(a, (r->nindikator + 1) *
		sizeof *s->indikator);
	s->sasaran = arena_alloc(a, (r->nindikator + 1) * sizeof *s->sasaran);
	for (size_t i = 0; i < r->nindikator; i++) {
		const struct indikator *ind = r->indikator[i];
		if (ind->tingkat == TINGKAT_SASARAN && ind->uraian) {
			s->sasaran[s->nsasaran++] = dup(a, ind->uraian);
			continue;
		}
		if (ind->tingkat != TINGKAT_INDIKATOR || ind->kode == NULL)
			continue;
		struct ringkasan_indikator *ri = &s->indikator[s->nindikator++];
		memset(ri, 0, sizeof *ri);
		ri->kode = dup(a, ind->kode);
		ri->uraian = dup(a, ind->uraian);
		ri->satuan = dup(a, ind->satuan);
		const struct metrik_indikator *mi = m ? metrics_indikator(m,
			ind->kode) : NULL;
		const struct metrik_tahun *t = mi ? mi->ini : NULL;
		if (t == NULL)
			continue;
		ri->realisasi = fmt(a, t->ada_realisasi, t->realisasi,
			angka_gaya(mt, JENIS_NILAI, t->realisasi), false);
		if (t->status == CAPAIAN_OK) {
			ri->capaian = fmt(a, true, t->capaian, angka_gaya(mt,
				JENIS_CAPAIAN, t->capaian), true);
			if (t->predikat)
				ri->kelas = dup(a, t->predikat->kelas);
		}
	}
	s->program = arena_alloc(a, (r->nanggaran + 1) * sizeof *s->program);
	for (size_t i = 0; i < r->nanggaran; i++)
		if (r->anggaran[i]->tingkat == ANGGARAN_PROGRAM &&
				r->anggaran[i]->uraian)
			s->program[s->nprogram++] = dup(a,
				r->anggaran[i]->uraian);
	return s;
}

/* ---- Text form ---- */

static void put(FILE *f, const char *v)
{
	fputc('\t', f);
	for (const char *p = v ? v : ""; *p; p++) {
		if (*p == '\\')
			fputs("\\\\", f);
		else if (*p == '\t')
			fputs("\\t", f);
		else if (*p == '\n')
			fputs("\\n", f);
		else
			fputc(*p, f);
	}
}

static void field(FILE *f, const char *name, const char *v)
{
	if (v == NULL)
		return;
	fputs(name, f);
	put(f, v);
	fputc('\n', f);
}

char *html_ringkasan_serialize(const struct ringkasan *s, size_t *len)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = xopen_memstream(&buf, &n);
	fprintf(f, "%s\t%d\n", MAGIC, VERSI);
	field(f, "id", s->id);
	field(f, "judul", s->judul);
	field(f, "instansi", s->instansi);
	field(f, "pemerintah", s->pemerintah);
	fprintf(f, "tahun\t%d\n", s->tahun);
	field(f, "tanggal", s->tanggal);
	field(f, "capaian", s->capaian);
	field(f, "capaian_catatan", s->capaian_catatan);
	if (s->predikat) {
		fputs("predikat", f);
		put(f, s->predikat);
		put(f, s->predikat_kelas);
		fputc('\n', f);
	}
	if (s->tercapai) {
		fputs("tercapai", f);
		put(f, s->tercapai);
		put(f, s->jumlah_indikator);
		fputc('\n', f);
	}
	field(f, "serapan", s->serapan);
	field(f, "efisiensi", s->efisiensi);
	field(f, "pagu", s->pagu);
	field(f, "realisasi", s->realisasi);
	if (s->pdf_ukuran)
		fprintf(f, "pdf\t%lld\t%s\n", s->pdf_bytes, s->pdf_ukuran);
	for (size_t i = 0; i < s->nindikator; i++) {
		const struct ringkasan_indikator *ri = &s->indikator[i];
		fputs("indikator", f);
		put(f, ri->kode);
		put(f, ri->uraian);
		put(f, ri->satuan);
		put(f, ri->realisasi);
		put(f, ri->capaian);
		put(f, ri->kelas);
		fputc('\n', f);
	}
	for (size_t i = 0; i < s->nsasaran; i++)
		field(f, "sasaran", s->sasaran[i]);
	for (size_t i = 0; i < s->nprogram; i++)
		field(f, "program", s->program[i]);
	for (size_t i = 0; i < s->nversi; i++) {
		const struct ringkasan_versi *v = &s->versi[i];
		fprintf(f, "versi\t%d", v->nomor);
		put(f, v->tanggal);
		put(f, v->pdf);
		fputc('\n', f);
		for (size_t k = 0; k < v->nberubah; k++) {
			fprintf(f, "berubah\t%d", v->nomor);
			put(f, v->berubah[k]);
			fputc('\n', f);
		}
	}
	fclose(f);
	*len = n;
	return buf;
}

/* Splits a line at tabs, unescaping in place; returns the count. */
static size_t split(char *line, char **v, size_t max)
{
	size_t n = 0;
	char *w = line;
	v[n++] = w;
	for (char *p = line; *p; p++) {
		if (*p == '\t') {
			*w++ = '\0';
			if (n == max)
				return n + 1; /* too many */
			v[n++] = w;
		} else if (*p == '\\' && p[1]) {
			p++;
			*w++ = *p == 't' ? '\t' : *p == 'n' ? '\n' : *p;
		} else {
			*w++ = *p;
		}
	}
	*w = '\0';
	return n;
}

static const char *opt(struct arena *a, const char *v)
{
	return v && *v ? arena_strdup(a, v) : NULL;
}

struct ringkasan *html_ringkasan_parse(const char *text, const char *path,
	struct arena *shared, struct diag_list *dl)
{
	struct arena *a = shared ? shared : arena_new();
	struct ringkasan *s = arena_alloc(a, sizeof *s);
	memset(s, 0, sizeof *s);
	s->arena = shared ? NULL : a;
	size_t capi = 0, caps = 0, capp = 0, capv = 0;
	/* Split in a scratch copy: only the fields stay in a. */
	char *copy = xstrdup(text ? text : "");
	int lineno = 0;
	bool ok = true;
	for (char *line = copy; ok && line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		lineno++;
		char *v[8];
		size_t n = split(line, v, 8);
		struct src_pos pos = {path, lineno, 1, NULL};
		const char *k = v[0];
#define NEED(c) if (n != (c)) { ok = false; \
		diag_add(dl, DIAG_ERROR, pos, "%s: expected %d values, " \
			"found %zu: the file was not written by this lkjip; " \
			"build the report again", k, (c) - 1, n - 1); break; }
		do {
			if (lineno == 1) {
				if (strcmp(k, MAGIC) || n != 2 ||
						atoi(v[1]) != VERSI) {
					ok = false;
					diag_add(dl, DIAG_ERROR, pos, "not a report "
						"summary of this lkjip (first line "
						"\"%s\t%d\"): build the report "
						"again", MAGIC, VERSI);
				}
			} else if (!strcmp(k, "id")) {
				NEED(2) s->id = opt(a, v[1]);
			} else if (!strcmp(k, "judul")) {
				NEED(2) s->judul = opt(a, v[1]);
			} else if (!strcmp(k, "instansi")) {
				NEED(2) s->instansi = opt(a, v[1]);
			} else if (!strcmp(k, "pemerintah")) {
				NEED(2) s->pemerintah = opt(a, v[1]);
			} else if (!strcmp(k, "tahun")) {
				NEED(2) s->tahun = atoi(v[1]);
			} else if (!strcmp(k, "tanggal")) {
				NEED(2) s->tanggal = opt(a, v[1]);
			} else if (!strcmp(k, "capaian")) {
				NEED(2) s->capaian = opt(a, v[1]);
			} else if (!strcmp(k, "capaian_catatan")) {
				NEED(2) s->capaian_catatan = opt(a, v[1]);
			} else if (!strcmp(k, "predikat")) {
				NEED(3) s->predikat = opt(a, v[1]);
				s->predikat_kelas = opt(a, v[2]);
			} else if (!strcmp(k, "tercapai")) {
				NEED(3) s->tercapai = opt(a, v[1]);
				s->jumlah_indikator = opt(a, v[2]);
			} else if (!strcmp(k, "serapan")) {
				NEED(2) s->serapan = opt(a, v[1]);
			} else if (!strcmp(k, "efisiensi")) {
				NEED(2) s->efisiensi = opt(a, v[1]);
			} else if (!strcmp(k, "pagu")) {
				NEED(2) s->pagu = opt(a, v[1]);
			} else if (!strcmp(k, "realisasi")) {
				NEED(2) s->realisasi = opt(a, v[1]);
			} else if (!strcmp(k, "pdf")) {
				NEED(3) s->pdf_bytes = atoll(v[1]);
				s->pdf_ukuran = opt(a, v[2]);
			} else if (!strcmp(k, "indikator")) {
				NEED(7)
				if (s->nindikator == capi) {
					capi = capi ? 2 * capi : 16;
					struct ringkasan_indikator *x = arena_alloc(a,
						capi * sizeof *x);
					if (s->nindikator)
						memcpy(x, s->indikator, s->nindikator *
							sizeof *x);
					s->indikator = x;
				}
				s->indikator[s->nindikator++] =
					(struct ringkasan_indikator){opt(a, v[1]),
					opt(a, v[2]), opt(a, v[3]), opt(a, v[4]),
					opt(a, v[5]), opt(a, v[6])};
			} else if (!strcmp(k, "sasaran") || !strcmp(k, "program")) {
				NEED(2)
				bool sas = !strcmp(k, "sasaran");
				const char ***vv = sas ? &s->sasaran : &s->program;
				size_t *nn = sas ? &s->nsasaran : &s->nprogram;
				size_t *cc = sas ? &caps : &capp;
				if (*nn == *cc) {
					*cc = *cc ? 2 * *cc : 16;
					const char **x = arena_alloc(a, *cc * sizeof *x);
					if (*nn)
						memcpy(x, *vv, *nn * sizeof *x);
					*vv = x;
				}
				(*vv)[(*nn)++] = opt(a, v[1]);
			} else if (!strcmp(k, "versi")) {
				NEED(4)
				int nomor = atoi(v[1]);
				if (nomor < 1 || (s->nversi && nomor <=
						s->versi[s->nversi - 1].nomor)) {
					ok = false;
					diag_add(dl, DIAG_ERROR, pos, "versi %s: "
						"versions are numbered 1, 2, ... in "
						"order", v[1]);
					break;
				}
				if (s->nversi == capv) {
					capv = capv ? 2 * capv : 4;
					struct ringkasan_versi *x = arena_alloc(a,
						capv * sizeof *x);
					if (s->nversi)
						memcpy(x, s->versi, s->nversi *
							sizeof *x);
					s->versi = x;
				}
				s->versi[s->nversi++] = (struct ringkasan_versi){
					atoi(v[1]), opt(a, v[2]), opt(a, v[3]),
					NULL, 0};
			} else if (!strcmp(k, "berubah")) {
				NEED(3)
				struct ringkasan_versi *x = s->nversi ?
					&s->versi[s->nversi - 1] : NULL;
				if (x == NULL || x->nomor != atoi(v[1])) {
					ok = false;
					diag_add(dl, DIAG_ERROR, pos, "berubah: no "
						"versi %s line before it", v[1]);
					break;
				}
				const char **y = arena_alloc(a, (x->nberubah + 1) *
					sizeof *y);
				if (x->nberubah)
					memcpy(y, x->berubah, x->nberubah * sizeof *y);
				y[x->nberubah++] = opt(a, v[2]);
				x->berubah = y;
			} else {
				ok = false;
				diag_add(dl, DIAG_ERROR, pos, "unknown field \"%s\": "
					"the file was not written by this lkjip; "
					"build the report again", k);
			}
		} while (0);
#undef NEED
		line = nl ? nl + 1 : NULL;
	}
	if (ok && (lineno == 0 || s->id == NULL)) {
		ok = false;
		diag_add(dl, DIAG_ERROR, (struct src_pos){path, 0, 0, NULL},
			"a report summary without an id: build the report "
			"again");
	}
	free(copy);
	if (!ok) {
		if (!shared)
			arena_free(a);
		return NULL;
	}
	return s;
}

void html_ringkasan_free(struct ringkasan *s)
{
	if (s != NULL && s->arena != NULL)
		arena_free(s->arena);
}
