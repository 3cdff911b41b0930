#define _GNU_SOURCE
/* lkjip build: load and check everything, then write only what changed.
 *
 * Every report is loaded, computed and built into its document tree on
 * every run (that is where diagnostics come from, and it costs a few
 * milliseconds); what is saved is rendering and writing. A report whose
 * key (incr/incr.h) and outputs are as the manifest recorded is not
 * rendered at all; a report that is rendered writes each file only when its
 * bytes differ (util/path.h), so unchanged files keep their mtime. Reports
 * render in worker processes (-j): Cairo, Pango and fontconfig are not
 * shared between threads here, and a worker that crashes takes only its
 * report down. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/cli.h"
#include "diff/angka.h"
#include "doc/doc.h"
#include "html/html.h"
#include "incr/incr.h"
#include "metrics/metrics.h"
#include "model/model.h"
#include "pdf/pdf.h"
#include "util/path.h"
#include "util/xalloc.h"

/* Id of the site pages' unit in the manifest: a report id is a folder
 * name, which cannot hold a '/'. */
#define SITE_UNIT "/site"
/* A key no content hashes to in practice: the unit did not finish and must
 * be rebuilt next time. */
#define KEY_UNFINISHED "00000000000000000000000000000000"

/* What a rendering wrote, as text lines so a worker can send it up a pipe:
 *   "F1 <path>"  written (bytes changed)   "F0 <path>"  left as it was
 *   "D<diagnostic>"                        one formatted diagnostic */
struct record {
	FILE *f;
	char *buf;
	size_t len;
};

static void record_open(struct record *r)
{
	r->buf = NULL;
	r->len = 0;
	r->f = xopen_memstream(&r->buf, &r->len);
}

static void record_close(struct record *r)
{
	if (r->f != NULL)
		fclose(r->f);
	r->f = NULL;
}

static void on_write(const char *path, bool changed, void *ctx)
{
	struct record *r = ctx;
	fprintf(r->f, "F%d %s\n", changed ? 1 : 0, path);
}

static void record_diags(struct record *r, struct diag_list *dl)
{
	for (size_t i = 0; i < diag_count(dl); i++) {
		char *s = diag_format(diag_get(dl, i));
		for (char *p = s; *p; p++)
			if (*p == '\n')
				*p = ' ';
		fprintf(r->f, "D%s\n", s);
		free(s);
	}
}

/* Renders one report's pages and PDF, recording what was written. */
static int render_report(const struct doc *d, const char *out,
	struct record *rec)
{
	struct diag_list *wl = diag_list_new();
	file_write_observe(on_write, rec);
	const struct report *r = d->report;
	char *pdf = NULL;
	pdf = xasprintf("%s/%s/%s.pdf", out, r->id, r->id);
	/* The PDF first: the page's summary states its size. A folder
	 * that cannot be made is html's to report. */
	char *dir = NULL;
	dir = xasprintf("%s/%s", out, r->id);
	int rc = 0;
	if (mkdir_p(dir) == 0 && pdf_render(d, pdf, wl) < 0)
		rc = -1;
	if (rc == 0 && html_render_report(d, out, wl) < 0)
		rc = -1;
	free(dir);
	free(pdf);
	file_write_observe(NULL, NULL);
	record_diags(rec, wl);
	diag_list_free(wl);
	return rc;
}

struct job {
	size_t idx;       /* report */
	pid_t pid;
	int fd;
	struct record rec;
	int status;       /* 0 ok, -1 failed */
	char *why;        /* how a worker died */
};

static void job_start(struct job *j, const struct doc *d, const char *out)
{
	int p[2];
	record_open(&j->rec);
	fflush(stdout);
	fflush(stderr);
	if (pipe(p) < 0 || (j->pid = fork()) < 0) {
		/* No worker: do it here. */
		j->pid = 0;
		j->fd = -1;
		j->status = render_report(d, out, &j->rec);
		record_close(&j->rec);
		return;
	}
	if (j->pid == 0) {
		close(p[0]);
		struct record rec;
		record_open(&rec);
		int rc = render_report(d, out, &rec);
		record_close(&rec);
		const char *s = rec.buf;
		size_t left = rec.len;
		while (left > 0) {
			ssize_t w = write(p[1], s, left);
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0)
				_exit(EXIT_OUTPUT);
			s += w;
			left -= (size_t)w;
		}
		/* _exit: the parent's stdio buffers are not ours to flush. */
		_exit(rc == 0 ? 0 : EXIT_OUTPUT);
	}
	close(p[1]);
	j->fd = p[0];
}

static void job_reap(struct job *j)
{
	int st = 0;
	while (waitpid(j->pid, &st, 0) < 0 && errno == EINTR)
		;
	close(j->fd);
	j->fd = -1;
	record_close(&j->rec);
	if (WIFEXITED(st) && WEXITSTATUS(st) == 0) {
		j->status = 0;
	} else {
		j->status = -1;
		if (WIFSIGNALED(st))
			j->why = xasprintf("the worker stopped on signal %d "
				"(%s)", WTERMSIG(st), strsignal(WTERMSIG(st)));
		else if (WIFEXITED(st) && WEXITSTATUS(st) == EXIT_NOMEM)
			j->why = xstrdup("the worker ran out of memory");
	}
}

/* Renders docs[idx[0..n)] with at most jobs workers at a time. Results
 * land in jobs_out[k] in the order given, whatever order they finish. */
static void render_all(struct doc **docs, const size_t *idx, size_t n,
	int jobs, const char *out, struct job *res)
{
	if (n == 1 || jobs <= 1) {
		/* In this process: no fork to pay for one report. */
		for (size_t k = 0; k < n; k++) {
			res[k].idx = idx[k];
			record_open(&res[k].rec);
			res[k].status = render_report(docs[idx[k]], out,
				&res[k].rec);
			record_close(&res[k].rec);
		}
		return;
	}
	size_t next = 0, active = 0;
	struct pollfd *pfd = xcalloc(n, sizeof *pfd);
	size_t *slot = xcalloc(n, sizeof *slot);
	while (next < n || active > 0) {
		while (active < (size_t)jobs && next < n) {
			struct job *j = &res[next];
			j->idx = idx[next];
			job_start(j, docs[idx[next]], out);
			if (j->pid > 0)
				active++;
			next++;
		}
		if (active == 0)
			continue;
		size_t np = 0;
		for (size_t k = 0; k < next; k++) {
			if (res[k].pid > 0 && res[k].fd >= 0) {
				pfd[np] = (struct pollfd){res[k].fd, POLLIN, 0};
				slot[np++] = k;
			}
		}
		if (poll(pfd, np, -1) < 0) {
			if (errno == EINTR)
				continue;
			abort();
		}
		for (size_t p = 0; p < np; p++) {
			if (!(pfd[p].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			struct job *j = &res[slot[p]];
			char buf[65536];
			ssize_t r = read(j->fd, buf, sizeof buf);
			if (r > 0) {
				fwrite(buf, 1, (size_t)r, j->rec.f);
			} else if (r == 0 || errno != EINTR) {
				job_reap(j);
				active--;
			}
		}
	}
	free(pfd);
	free(slot);
}

/* ---- Keys ---- */

static void hash_env(struct incr_hasher *h, const char *name)
{
	incr_hash_str(h, name);
	incr_hash_str(h, getenv(name));
}

/* Everything every report depends on besides its own folder. */
static void shared_key(const char *content, char key[INCR_HEX_LEN])
{
	struct incr_hasher *h = incr_hasher_new();
	incr_hash_str(h, "lkjip " LKJIP_VERSION);
	/* The binary itself: a new lkjip may lay out differently even at
	 * the same version number. */
	if (incr_hash_file(h, "/proc/self/exe") < 0)
		incr_hash_str(h, "exe?");
	char *p = NULL;
	p = xasprintf("%s/templates", lkjip_data_dir());
	if (incr_hash_tree(h, p) < 0)
		incr_hash_str(h, "templates?");
	free(p);
	p = xasprintf("%s/fonts", lkjip_data_dir());
	if (incr_hash_tree(h, p) < 0)
		incr_hash_str(h, "fonts?");
	free(p);
	p = xasprintf("%s/site.yaml", content);
	if (incr_hash_file(h, p) < 0)
		incr_hash_str(h, "site.yaml?");
	free(p);
	hash_env(h, "SOURCE_DATE_EPOCH");
	incr_hasher_final(h, key);
}

static void report_key(const char *shared, const struct report *r,
	char key[INCR_HEX_LEN])
{
	struct incr_hasher *h = incr_hasher_new();
	incr_hash_str(h, shared);
	incr_hash_str(h, r->id);
	if (incr_hash_tree(h, r->dir) < 0) {
		/* Unreadable now although it loaded: never match. */
		incr_hash_str(h, "unreadable");
		incr_hash_bytes(h, &r, sizeof r);
	}
	incr_hasher_final(h, key);
}

/* ---- Results into the manifest ---- */

static const char *relative(const char *out, const char *path)
{
	size_t n = strlen(out);
	while (n > 1 && out[n - 1] == '/')
		n--;
	if (!strncmp(path, out, n) && path[n] == '/')
		return path + n + 1;
	return NULL;
}

/* Adds what a record says was written to unit u; prints diagnostics;
 * returns how many files changed. */
static size_t apply_record(const char *out, const char *buf,
	struct incr_unit *u)
{
	size_t changed = 0;
	const char *p = buf ? buf : "";
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char *line = xstrndup(p, n);
		if (line[0] == 'F' && (line[1] == '0' || line[1] == '1') &&
				line[2] == ' ') {
			const char *rel = relative(out, line + 3);
			if (rel != NULL && strcmp(rel, INCR_MANIFEST))
				incr_unit_add_output(u, out, rel);
			changed += line[1] == '1';
		} else if (line[0] == 'D') {
			fprintf(stderr, "%s\n", line + 1);
		}
		free(line);
		p += n + (nl != NULL);
	}
	return changed;
}

/* Compares the figures with the previous build's snapshot; prints and
 * records what moved. */
static void figures(const struct doc *d, const char *out,
	struct record *rec)
{
	const char *id = d->report->id;
	struct angka *baru = angka_dari_metrics(d->metrics);
	char *path = NULL;
	path = xasprintf("%s/%s/%s", out, id, ANGKA_DATA_FILE);
	char *old = file_read(path, NULL);
	struct angka *lama = angka_parse(old);
	file_write_observe(on_write, rec);
	if (lama != NULL) {
		char *buf = NULL;
		size_t len = 0;
		FILE *f = xopen_memstream(&buf, &len);
		fprintf(f, "Perubahan angka %s\n", id);
		size_t lines = angka_diff(lama, baru, "", f);
		fclose(f);
		if (lines > 0) {
			printf("lkjip: %s: %zu baris angka berubah\n", id,
				lines);
			/* The lines, indented, after the header line. */
			for (const char *p = strchr(buf, '\n') + 1; *p;) {
				const char *nl = strchr(p, '\n');
				printf("  %.*s\n", (int)(nl - p), p);
				p = nl + 1;
			}
			char *pp = NULL;
			pp = xasprintf("%s/%s/%s", out, id,
					ANGKA_PERUBAHAN_FILE);
			if (file_write_atomic(pp, buf, len) < 0)
				fprintf(stderr, "lkjip: cannot write %s: %s\n",
					pp, strerror(errno));
			free(pp);
		} else {
			/* No figure moved: the last change report stays, and
			 * stays lkjip's (listed in the manifest). */
			char *pp = NULL;
			struct stat st;
			pp = xasprintf("%s/%s/%s", out, id,
					ANGKA_PERUBAHAN_FILE);
			if (lstat(pp, &st) == 0 && S_ISREG(st.st_mode))
				on_write(pp, false, rec);
			free(pp);
		}
		free(buf);
	}
	size_t len;
	char *snap = angka_serialize(baru, &len);
	if (file_write_atomic(path, snap, len) < 0)
		fprintf(stderr, "lkjip: cannot write %s: %s\n", path,
			strerror(errno));
	file_write_observe(NULL, NULL);
	free(snap);
	free(old);
	free(path);
	angka_free(lama);
	angka_free(baru);
}

/* A unit is up to date when its key matches and its outputs are as
 * recorded: every listed file unchanged, and the files every such unit
 * writes listed (a manifest is a cache, it may have been damaged). */
static bool unit_current(const struct incr_unit *u, const char *key,
	const char *id, const char *out)
{
	if (u == NULL || strcmp(u->key, key) ||
			!incr_unit_outputs_intact(u, out))
		return false;
	char *need[3] = {NULL, NULL, NULL};
	if (!strcmp(id, SITE_UNIT)) {
		need[0] = xstrdup("index.html");
	} else {
		need[0] = xasprintf("%s/index.html", id);
		need[1] = xasprintf("%s/%s.pdf", id, id);
		need[2] = xasprintf("%s/%s", id, ANGKA_DATA_FILE);
	}
	bool ok = true;
	for (size_t i = 0; i < 3; i++) {
		if (need[i] != NULL && !incr_unit_lists(u, need[i]))
			ok = false;
		free(need[i]);
	}
	return ok;
}

static int cmp_strp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sorted strings, for lookups in log n. */
struct strset {
	const char **v;
	size_t n, cap;
};

static void strset_add(struct strset *ss, const char *s)
{
	if (ss->n == ss->cap) {
		ss->cap = ss->cap ? 2 * ss->cap : 64;
		ss->v = xreallocarray(ss->v, ss->cap, sizeof *ss->v);
	}
	ss->v[ss->n++] = s;
}

static bool strset_has(const struct strset *ss, const char *s)
{
	return ss->n > 0 && bsearch(&s, ss->v, ss->n, sizeof *ss->v,
		cmp_strp) != NULL;
}

static bool listed(const char *rel, void *ctx)
{
	return strset_has(ctx, rel);
}

/* Removes what the previous build wrote and this one does not claim: the
 * pages of a report no longer in the content, or a file a rebuilt unit no
 * longer writes. Only files the old manifest lists, and none the new one
 * does (lkjip.css is shared by every unit). A build that failed removes
 * nothing, and keeps listing a removed report's files so that the next
 * build that succeeds removes them. */
static void remove_stale(const struct incr_manifest *old,
	struct incr_manifest *man, struct doc **docs, size_t ndocs,
	const char *out, bool failed)
{
	struct strset ids = {0}, paths = {0};
	for (size_t i = 0; i < ndocs; i++)
		strset_add(&ids, docs[i]->report->id);
	strset_add(&ids, SITE_UNIT);
	qsort(ids.v, ids.n, sizeof *ids.v, cmp_strp);
	if (failed) {
		for (size_t i = 0; old != NULL && i < old->nunit; i++) {
			const struct incr_unit *u = &old->unit[i];
			if (strset_has(&ids, u->id))
				continue;
			struct incr_unit *nu = incr_manifest_add(man, u->id,
				KEY_UNFINISHED);
			for (size_t f = 0; f < u->nout; f++)
				incr_unit_add_output(nu, out, u->out[f].path);
		}
		free(ids.v);
		return;
	}
	for (size_t i = 0; i < man->nunit; i++)
		for (size_t f = 0; f < man->unit[i].nout; f++)
			strset_add(&paths, man->unit[i].out[f].path);
	if (paths.n > 1)
		qsort(paths.v, paths.n, sizeof *paths.v, cmp_strp);
	for (size_t i = 0; old != NULL && i < old->nunit; i++) {
		const struct incr_unit *u = &old->unit[i];
		size_t n = incr_unit_remove_outputs(u, out, listed, &paths);
		if (n == 0)
			continue;
		if (!strset_has(&ids, u->id))
			fprintf(stderr, "lkjip: report %s is no longer in the "
				"content: removed its %zu file%s from %s\n",
				u->id, n, n == 1 ? "" : "s", out);
		else
			fprintf(stderr, "lkjip: %s: removed %zu file%s the "
				"build no longer writes\n", strcmp(u->id,
				SITE_UNIT) ? u->id : "site pages", n,
				n == 1 ? "" : "s");
	}
	free(ids.v);
	free(paths.v);
}

static int default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}

int cli_build(const struct cli_opts *o)
{
	/* The site would be written among its own sources (and the next
	 * build would read its copies of the CSV files as input). */
	if (!strcmp(o->cmd, "build") && !o->dump_tree &&
			cli_path_below(o->out, o->content)) {
		fprintf(stderr, "lkjip: build -o %s: the output folder is "
			"inside the content folder %s; refusing to write there\n",
			o->out, o->content);
		return EXIT_USAGE;
	}
	struct diag_list *dl = diag_list_new();
	struct site *site = model_load_site(o->content, dl);
	struct doc **docs = NULL;
	size_t ndocs = 0;
	int rc = EXIT_OK;
	if (site != NULL) {
		docs = xcalloc(site->nreport + 1, sizeof *docs);
		for (size_t i = 0; i < site->nreport; i++) {
			struct metrics *m = metrics_compute(site->report[i], dl);
			metrics_validate(m, dl);
			docs[ndocs] = doc_build_from(site->report[i], m, dl);
			if (docs[ndocs] != NULL)
				html_check_doc_names(docs[ndocs++], dl);
		}
	}
	/* The names the outputs will have, so that check finds what would
	 * stop build half-way or overwrite one output with another. */
	if (site != NULL)
		html_check_names(site, dl);
	/* Nothing is written unless the whole content is sound. */
	if (cli_report_diags(dl, o->strict) || site == NULL) {
		rc = EXIT_INPUT;
		goto done;
	}
	if (!strcmp(o->cmd, "check"))
		goto done;
	if (o->dump_tree) {
		for (size_t i = 0; i < ndocs; i++)
			doc_dump(docs[i], stdout);
		goto done;
	}
	/* The other way round: `build contoh-2024 -o .` wrote the report's
	 * page, PDF and data/ into the content folder itself, as it is the
	 * folder out/<report id>. Any folder the build writes (a report's,
	 * instansi/) must not hold the content. */
	for (size_t i = 0; i <= site->nreport; i++) {
		char *w = NULL;
		w = xasprintf("%s/%s", o->out, i < site->nreport ?
				site->report[i]->id : "instansi");
		bool clash = cli_path_below(o->content, w);
		if (clash)
			fprintf(stderr, "lkjip: build -o %s: the content folder %s "
				"is inside %s, which the build writes; refusing to "
				"write there\n", o->out, o->content, w);
		free(w);
		if (clash) {
			rc = EXIT_USAGE;
			goto done;
		}
	}
	if (mkdir_p(o->out) < 0) {
		fprintf(stderr, "lkjip: cannot create %s: %s\n", o->out,
			strerror(errno));
		rc = EXIT_OUTPUT;
		goto done;
	}
	/* A build killed mid-write may have left its temp files behind. */
	file_sweep_temps(o->out);

	char shared[INCR_HEX_LEN];
	shared_key(o->content, shared);
	/* Read even with --force: it says what a removed report left. */
	struct incr_manifest *old = incr_manifest_read(o->out);
	struct incr_manifest *man = incr_manifest_new();
	char (*keys)[INCR_HEX_LEN] = xcalloc(ndocs + 1, sizeof *keys);
	size_t *todo = xcalloc(ndocs + 1, sizeof *todo), ntodo = 0;
	struct incr_hasher *sh = incr_hasher_new();
	incr_hash_str(sh, shared);
	for (size_t i = 0; i < ndocs; i++) {
		report_key(shared, docs[i]->report, keys[i]);
		incr_hash_str(sh, docs[i]->report->id);
		incr_hash_str(sh, keys[i]);
		struct incr_unit *u = incr_manifest_unit(old,
			docs[i]->report->id);
		if (o->force || !unit_current(u, keys[i], docs[i]->report->id,
				o->out))
			todo[ntodo++] = i;
	}
	char site_key[INCR_HEX_LEN];
	incr_hasher_final(sh, site_key);

	struct job *res = xcalloc(ntodo + 1, sizeof *res);
	render_all(docs, todo, ntodo, o->jobs > 0 ? o->jobs : default_jobs(),
		o->out, res);
	size_t changed = 0, k = 0;
	for (size_t i = 0; i < ndocs; i++) {
		const char *id = docs[i]->report->id;
		struct incr_unit *u = incr_manifest_add(man, id, keys[i]);
		if (k < ntodo && todo[k] == i) {
			struct job *j = &res[k++];
			changed += apply_record(o->out, j->rec.buf, u);
			if (j->why != NULL)
				fprintf(stderr, "lkjip: %s: %s\n", id, j->why);
			if (j->status != 0) {
				rc = EXIT_OUTPUT;
				/* Never record a unit that did not finish. */
				strcpy(u->key, KEY_UNFINISHED);
			} else {
				struct record rec;
				record_open(&rec);
				figures(docs[i], o->out, &rec);
				record_close(&rec);
				changed += apply_record(o->out, rec.buf, u);
				free(rec.buf);
			}
		} else {
			/* Skipped: its outputs are as recorded. */
			struct incr_unit *ou = incr_manifest_unit(old, id);
			for (size_t f = 0; f < ou->nout; f++)
				incr_unit_add_output(u, o->out,
					ou->out[f].path);
		}
	}
	for (size_t i = 0; i < ntodo; i++) {
		free(res[i].rec.buf);
		free(res[i].why);
	}
	free(res);

	struct incr_unit *su = incr_manifest_unit(old, SITE_UNIT);
	bool site_todo = o->force || !unit_current(su, site_key, SITE_UNIT,
		o->out);
	struct incr_unit *nsu = incr_manifest_add(man, SITE_UNIT, site_key);
	if (rc == EXIT_OK && site_todo) {
		struct record rec;
		record_open(&rec);
		struct diag_list *wl = diag_list_new();
		file_write_observe(on_write, &rec);
		if (html_render_site(site, docs, o->out, wl) < 0)
			rc = EXIT_OUTPUT;
		file_write_observe(NULL, NULL);
		record_diags(&rec, wl);
		diag_list_free(wl);
		record_close(&rec);
		changed += apply_record(o->out, rec.buf, nsu);
		free(rec.buf);
		if (rc != EXIT_OK)
			strcpy(nsu->key, KEY_UNFINISHED);
	} else if (su != NULL) {
		for (size_t f = 0; f < su->nout; f++)
			incr_unit_add_output(nsu, o->out, su->out[f].path);
		/* Due but not written (a report failed): still due next
		 * time, or the index would keep listing a removed report. */
		if (site_todo)
			strcpy(nsu->key, KEY_UNFINISHED);
	}
	remove_stale(old, man, docs, ndocs, o->out, rc != EXIT_OK);
	if (incr_manifest_write(man, o->out) < 0) {
		fprintf(stderr, "lkjip: cannot write %s/%s: %s\n", o->out,
			INCR_MANIFEST, strerror(errno));
		rc = EXIT_OUTPUT;
	}
	if (rc == EXIT_OK) {
		fprintf(stderr, "lkjip: wrote %zu report%s to %s\n", ndocs,
			ndocs == 1 ? "" : "s", o->out);
		fprintf(stderr, "lkjip: %zu of %zu report%s rebuilt%s, "
			"%zu file%s changed\n", ntodo, ndocs,
			ndocs == 1 ? "" : "s", site_todo ? " with the site pages"
			: "", changed, changed == 1 ? "" : "s");
	}
	incr_manifest_free(old);
	incr_manifest_free(man);
	free(keys);
	free(todo);
done:
	for (size_t i = 0; i < ndocs; i++)
		doc_free(docs[i]);
	free(docs);
	model_site_free(site);
	diag_list_free(dl);
	return rc;
}
