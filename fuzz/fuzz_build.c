/* libFuzzer harness: a whole build of a content folder made from the input.
 * The input is a sequence of files, each introduced by a line
 * "=== NAME" (NAME relative to the report folder; "site.yaml" goes to the
 * content root). Names are restricted to plain relative paths so the
 * fuzzer cannot write outside its scratch folder. Then: load, metrics,
 * document (checked by doc_node_check), HTML site and PDF into a scratch
 * out/, as `lkjip build`, and the Markdown export and tree dump of each
 * document. An error the render adds to an input that passed the check
 * pass aborts: `lkjip check` must find everything build fails on. */
#define _GNU_SOURCE
#include <ctype.h>
#include <stdint.h>

#include "doc/doc.h"
#include "export/export.h"
#include "fuzz_util.h"
#include "html/html.h"
#include "metrics/metrics.h"
#include "model/model.h"
#include "pdf/pdf.h"
#include "util/path.h"

static bool safe_name(const char *s)
{
	if (!path_is_contained(s) || strlen(s) > 64)
		return false;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && !strchr("-_./", *s))
			return false;
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 200000)
		return 0;
	const char *root = fuzz_scratch();
	char content[128], rep[160], out[128];
	snprintf(content, sizeof content, "%s/content", root);
	snprintf(rep, sizeof rep, "%s/r", content);
	snprintf(out, sizeof out, "%s/out", root);
	mkdir(content, 0755);
	mkdir(rep, 0755);

	const char *p = (const char *)data, *end = p + size;
	while (p < end) {
		if (end - p < 4 || memcmp(p, "=== ", 4) != 0) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			p = nl ? nl + 1 : end;
			continue;
		}
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			break;
		char name[80];
		size_t n = (size_t)(nl - p - 4);
		if (n >= sizeof name) {
			p = nl + 1;
			continue;
		}
		memcpy(name, p + 4, n);
		name[n] = '\0';
		const char *body = nl + 1, *q = body;
		while (q < end && !(q + 4 <= end && memcmp(q, "=== ", 4) == 0 &&
				(q == body || q[-1] == '\n')))
			q++;
		if (safe_name(name)) {
			char path[300];
			const char *slash = strrchr(name, '/');
			if (slash != NULL) {
				snprintf(path, sizeof path, "%s/%.*s", rep,
					(int)(slash - name), name);
				mkdir_p(path);
			}
			snprintf(path, sizeof path, "%s/%s",
				strcmp(name, "site.yaml") ? rep : content, name);
			fuzz_write(path, body, (size_t)(q - body));
		}
		p = q;
	}

	struct diag_list *dl = diag_list_new();
	struct site *site = model_load_site(content, dl);
	struct doc *docs[4] = {0};
	size_t ndocs = 0;
	if (site != NULL) {
		for (size_t i = 0; i < site->nreport && ndocs < 4; i++) {
			struct metrics *m = metrics_compute(site->report[i], dl);
			metrics_validate(m, dl);
			docs[ndocs] = doc_build_from(site->report[i], m, dl);
			/* Whatever the input, a built tree is well formed. */
			struct doc *d = docs[ndocs];
			if (d != NULL && doc_node_check(d->root, NULL) != 0)
				abort();
			if (d != NULL)
				ndocs++;
		}
	}
	/* What `lkjip check` sees ends here: rendering what passed it must
	 * find no error (check finds everything build would fail on). */
	size_t checked = diag_count(dl);
	if (site != NULL && diag_errors(dl) == 0) {
		for (size_t i = 0; i < ndocs; i++) {
			char pdf[300];
			snprintf(pdf, sizeof pdf, "%s/%s/%s.pdf", out,
				docs[i]->report->id, docs[i]->report->id);
			if (html_render_report(docs[i], out, dl) == 0)
				pdf_render(docs[i], pdf, dl);
			/* The other walks of the tree (lkjip export, --dump-tree). */
			FILE *f = fopen("/dev/null", "w");
			if (f != NULL) {
				export_markdown(docs[i], f);
				doc_dump(docs[i], f);
				fclose(f);
			}
		}
		/* The site from the summaries, through their text form. */
		struct ringkasan *rk[4] = {0};
		for (size_t i = 0; i < ndocs; i++) {
			struct ringkasan *x = html_ringkasan_dari_doc(docs[i],
				out);
			size_t len;
			char *t = html_ringkasan_serialize(x, &len);
			rk[i] = html_ringkasan_parse(t, "ringkasan.tsv", NULL, dl);
			free(t);
			html_ringkasan_free(x);
		}
		html_render_site(site, rk, ndocs, out, dl);
		for (size_t i = 0; i < ndocs; i++)
			html_ringkasan_free(rk[i]);
		for (size_t i = checked; i < diag_count(dl); i++) {
			const struct diag *g = diag_get(dl, i);
			if (g->severity != DIAG_ERROR)
				continue;
			char *t = diag_format(g);
			fprintf(stderr, "an error check did not find: %s\n", t);
			free(t);
			abort();
		}
	}
	for (size_t i = 0; i < diag_count(dl); i++)
		free(diag_format(diag_get(dl, i)));
	for (size_t i = 0; i < ndocs; i++)
		doc_free(docs[i]);
	model_site_free(site);
	diag_list_free(dl);
	fuzz_rm_tree(content);
	fuzz_rm_tree(out);
	return 0;
}
