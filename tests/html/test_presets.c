/* Every computed table the two samples and the doc fixture use, with each
 * option they use (tahun=, tingkat=, sasaran=), rendered to HTML and
 * compared byte for byte with tests/data/doc/presets/<report>/<name>.html
 * (or the error it gives, as "error: <message>"). Recorded before the
 * tables became presets of the column vocabulary (src/doc/kolom.c): a
 * preset must reproduce them unchanged. Re-bless with LKJIP_BLESS=1 only
 * for a reviewed change of the output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "doc/internal.h"
#include "doc/tables.h"
#include "html/internal.h"
#include "util/arena.h"

struct variant {
	const char *file;           /* golden's name, without .html */
	const char *table;          /* {{tabel NAME}} */
	const char *k1, *v1, *k2, *v2; /* options, or NULL */
};

/* The tables of rows of indicators and of budget lines (the presets) and
 * every option the samples or the fixture give them. */
static const struct variant VARIANTS[] = {
	{"capaian", "capaian", NULL, NULL, NULL, NULL},
	{"capaian-S1", "capaian", "sasaran", "S1", NULL, NULL},
	{"capaian-S2-2023", "capaian", "sasaran", "S2", "tahun", "2023"},
	{"capaian-2023", "capaian", "tahun", "2023", NULL, NULL},
	{"ringkasan", "ringkasan", NULL, NULL, NULL, NULL},
	{"perbandingan", "perbandingan", NULL, NULL, NULL, NULL},
	{"perbandingan-2022-2024", "perbandingan", "tahun", "2022,2023,2024",
		NULL, NULL},
	{"perbandingan-2023-S1", "perbandingan", "tahun", "2023", "sasaran",
		"S1"},
	{"kemajuan", "kemajuan", NULL, NULL, NULL, NULL},
	{"kemajuan-S2", "kemajuan", "sasaran", "S2", NULL, NULL},
	{"standar", "standar", NULL, NULL, NULL, NULL},
	{"pk", "pk", NULL, NULL, NULL, NULL},
	{"iku", "iku", NULL, NULL, NULL, NULL},
	{"pk-perubahan", "pk-perubahan", NULL, NULL, NULL, NULL},
	{"renstra", "renstra", NULL, NULL, NULL, NULL},
	{"indikator-tujuan", "indikator-tujuan", NULL, NULL, NULL, NULL},
	{"efisiensi-indikator", "efisiensi-indikator", NULL, NULL, NULL, NULL},
	{"efisiensi-sasaran", "efisiensi-sasaran", NULL, NULL, NULL, NULL},
	{"program", "program", NULL, NULL, NULL, NULL},
	{"program-program", "program", "tingkat", "program", NULL, NULL},
	{"program-kegiatan", "program", "tingkat", "kegiatan", NULL, NULL},
	{"program-subkegiatan", "program", "tingkat", "subkegiatan", NULL,
		NULL},
	{"anggaran", "anggaran", NULL, NULL, NULL, NULL},
	{"anggaran-program", "anggaran", "tingkat", "program", NULL, NULL},
	{"anggaran-kegiatan", "anggaran", "tingkat", "kegiatan", NULL, NULL},
	{"efisiensi-program", "efisiensi-program", NULL, NULL, NULL, NULL},
	{"efisiensi-program-program", "efisiensi-program", "tingkat",
		"program", NULL, NULL},
	{"efisiensi-program-kegiatan", "efisiensi-program", "tingkat",
		"kegiatan", NULL, NULL},
	/* The Renstra matrix (pagu_renstra.csv) and a budget line's
	 * progress toward its Renstra end target. */
	{"renstra-program", "renstra-program", NULL, NULL, NULL, NULL},
	{"renstra-program-program", "renstra-program", "tingkat", "program",
		NULL, NULL},
	{"anggaran-kemajuan", "anggaran", "tingkat", "program", "kolom",
		"uraian,indikator,target_akhir,realisasi_keluaran,kemajuan"},
	{"rkt", "rkt", NULL, NULL, NULL, NULL},
	{"rkt-S1", "rkt", "sasaran", "S1", NULL, NULL},
};

static const char *const REPORTS[][2] = {
	{"magetan", "content/magetan-diskopukm-2024"},
	{"jombang", "content/jombang-diskopum-2024"},
	{"mini", "tests/data/doc/mini"},
	{"kolom", "tests/data/doc/kolom"},
};

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	char tmp[8192];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		fwrite(tmp, 1, n, m);
	fclose(f);
	fclose(m);
	return buf;
}

/* The table's HTML, or "error: ..." with the diagnostics it gave. */
static char *render(const struct report *r, const struct metrics *m,
	const struct variant *v)
{
	struct doc doc = {0};
	doc.arena = arena_new();
	doc.report = r;
	doc.root = doc_node_new(&doc, DOC_DOCUMENT);
	struct build_ctx c = {0};
	c.doc = &doc;
	c.report = r;
	c.metrics = m;
	c.diags = diag_list_new();
	c.chapter_no = 3;
	c.chapter_label = "3";
	struct directive d = {0};
	d.name = "tabel";
	d.arg = v->table;
	d.pos = (struct src_pos){"bab/30-akuntabilitas.md", 12, 1, NULL};
	if (v->k1) {
		d.opt[d.nopt].key = v->k1;
		d.opt[d.nopt++].value = v->v1;
	}
	if (v->k2) {
		d.opt[d.nopt].key = v->k2;
		d.opt[d.nopt++].value = v->v2;
	}
	const struct block_def *def = NULL;
	for (size_t i = 0; i < NTABLE_DEFS; i++)
		if (!strcmp(TABLE_DEFS[i].name, v->table))
			def = &TABLE_DEFS[i];
	assert_non_null(def);
	struct doc_node *t = def->build(&c, &d);
	char *out = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&out, &len);
	if (t == NULL || diag_count(c.diags) > 0)
		diag_print(c.diags, mem);
	if (t != NULL) {
		doc_append(doc.root, t);
		struct html_ctx hc = {.doc = &doc, .arena = doc.arena,
			.diags = c.diags};
		struct hbuf b = {0};
		html_blocks(&hc, &b, doc.root);
		fputs(hbuf_str(&b), mem);
		hbuf_free(&b);
	}
	fclose(mem);
	diag_list_free(c.diags);
	arena_free(doc.arena);
	return out;
}

static void presets(void **state)
{
	(void)state;
	bool bless = getenv("LKJIP_BLESS") != NULL;
	int failed = 0;
	for (size_t k = 0; k < sizeof REPORTS / sizeof REPORTS[0]; k++) {
		struct diag_list *dl = diag_list_new();
		struct report *r = model_load_report(REPORTS[k][1], dl);
		assert_non_null(r);
		struct metrics *m = metrics_compute(r, dl);
		char dir[256];
		snprintf(dir, sizeof dir, "tests/data/doc/presets/%s",
			REPORTS[k][0]);
		if (bless)
			mkdir(dir, 0777);
		for (size_t i = 0; i < sizeof VARIANTS / sizeof VARIANTS[0];
				i++) {
			char path[512];
			snprintf(path, sizeof path, "%s/%s.html", dir,
				VARIANTS[i].file);
			char *got = render(r, m, &VARIANTS[i]);
			if (bless) {
				FILE *o = fopen(path, "wb");
				assert_non_null(o);
				fputs(got, o);
				fclose(o);
			}
			char *want = slurp(path);
			if (want == NULL || strcmp(got, want)) {
				fprintf(stderr, "differs from %s\n", path);
				failed++;
			}
			free(want);
			free(got);
		}
		metrics_free(m);
		model_report_free(r);
		diag_list_free(dl);
	}
	assert_int_equal(failed, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(presets),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
