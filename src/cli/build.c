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
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
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
 *   "D<diagnostic>"                        one formatted diagnostic
 *   "O<line>"                              a line for stdout */
struct record {
	FILE *f;
	char *buf;
	size_t len;
	/* The figures snapshot, held until the report's outputs are
	 * written. */
	char *snap;
	size_t snap_len;
	const char *snap_path;
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

static void record_line(struct record *r, char kind, const char *text)
{
	for (const char *p = text; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		fprintf(r->f, "%c%.*s\n", kind, (int)n, p);
		p += n + (nl != NULL);
	}
}

/* A report of the content: its folder name (id) and path. */
struct unit {
	const char *id;
	const char *dir;
	/* The tree of the check pass, kept for the render pass when the
	 * build is small (KEEP_TREES), so it is not built twice; NULL: the
	 * render pass builds it again. Freed by cli_build. */
	struct doc *doc;
};

/* How many trees the check pass keeps for the render pass: a one-report
 * build builds its tree once, a site of thousands keeps the memory of a
 * few reports. */
#define KEEP_TREES 8

/* "25 November 2026": the day a correction was published, from
 * SOURCE_DATE_EPOCH when set (same input, same bytes), else today. */
static const char *today(struct arena *a, long long source_date)
{
	static const char *const BULAN[] = {"Januari", "Februari", "Maret",
		"April", "Mei", "Juni", "Juli", "Agustus", "September",
		"Oktober", "November", "Desember"};
	time_t t = source_date > 0 ? (time_t)source_date : time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	return arena_printf(a, "%d %s %d", tm.tm_mday, BULAN[tm.tm_mon],
		tm.tm_year + 1900);
}

/* Compares the figures with the previous build's snapshot. When some
 * moved, the PDF as published so far is kept as <id>-v<N>.pdf and a
 * version is added to the history (carried in ringkasan.tsv from build to
 * build); the lines go to stdout and perubahan.txt. Returns the history,
 * oldest first, in a (the caller's arena). */
static struct ringkasan_versi *corrections(const struct doc *d,
	const char *out, struct record *rec, struct arena *a, size_t *nversi)
{
	const char *id = d->report->id;
	*nversi = 0;
	char *dir = arena_printf(a, "%s/%s", out, id);
	struct diag_list *ignored = diag_list_new();
	char *text = file_read(arena_printf(a, "%s/%s", dir,
		HTML_RINGKASAN_FILE), NULL);
	struct ringkasan *lalu = text ? html_ringkasan_parse(text,
		HTML_RINGKASAN_FILE, NULL, ignored) : NULL;
	free(text);
	diag_list_free(ignored);
	size_t nlalu = lalu ? lalu->nversi : 0;
	struct ringkasan_versi *v = arena_alloc(a, (nlalu + 1) * sizeof *v);
	/* Deep copies: lalu is freed below. */
	for (size_t i = 0; i < nlalu; i++) {
		const struct ringkasan_versi *x = &lalu->versi[i];
		/* The file name made again, never taken from the file:
		 * it is listed in the manifest, and removed with the report. */
		v[i] = (struct ringkasan_versi){x->nomor, arena_strdup(a,
			x->tanggal), arena_printf(a, "%s-v%d.pdf", id, x->nomor),
			NULL, x->nberubah};
		const char **b = arena_alloc(a, (x->nberubah + 1) * sizeof *b);
		for (size_t k = 0; k < x->nberubah; k++)
			b[k] = arena_strdup(a, x->berubah[k]);
		v[i].berubah = b;
	}
	html_ringkasan_free(lalu);
	*nversi = nlalu;

	struct angka *baru = angka_dari_metrics(d->metrics);
	char *old = file_read(arena_printf(a, "%s/%s", dir, ANGKA_DATA_FILE),
		NULL);
	struct angka *lama = angka_parse(old);
	free(old);
	char *perubahan = arena_printf(a, "%s/%s", dir, ANGKA_PERUBAHAN_FILE);
	char *pdf = arena_printf(a, "%s/%s.pdf", dir, id);
	if (lama != NULL) {
		char *buf = NULL;
		size_t len = 0;
		FILE *f = xopen_memstream(&buf, &len);
		fprintf(f, "Perubahan angka %s\n", id);
		size_t lines = angka_diff(lama, baru, "", f);
		fclose(f);
		struct stat st;
		if (lines > 0) {
			char *say = NULL;
			say = xasprintf("lkjip: %s: %zu baris angka berubah",
					id, lines);
			record_line(rec, 'O', say);
			free(say);
			const char *body = strchr(buf, '\n') + 1;
			for (const char *p = body; *p;) {
				const char *nl = strchr(p, '\n');
				char *l = arena_printf(a, "  %.*s", (int)(nl - p), p);
				record_line(rec, 'O', l);
				p = nl + 1;
			}
			if (file_write_atomic(perubahan, buf, len) < 0)
				record_line(rec, 'D', arena_printf(a, "%s: error: "
					"cannot write: %s", perubahan,
					strerror(errno)));
			/* The PDF readers had: kept under its version. */
			size_t plen = 0;
			char *bytes = lstat(pdf, &st) == 0 && S_ISREG(st.st_mode)
				? file_read(pdf, &plen) : NULL;
			if (bytes != NULL) {
				int nomor = nlalu ? v[nlalu - 1].nomor + 1 : 1;
				const char *name = arena_printf(a, "%s-v%d.pdf",
					id, nomor);
				/* Kept, if a build that stopped after
				 * writing it (before the snapshot) left one:
				 * that one is the PDF readers had. */
				const char *vp = arena_printf(a, "%s/%s", dir,
					name);
				if (lstat(vp, &st) != 0 &&
						file_write_atomic(vp, bytes, plen) < 0)
					record_line(rec, 'D', arena_printf(a,
						"%s/%s: error: cannot write: %s", dir,
						name, strerror(errno)));
				const char **b = arena_alloc(a, (lines + 1) *
					sizeof *b);
				size_t nb = 0;
				for (const char *p = body; *p && nb < lines;) {
					const char *nl = strchr(p, '\n');
					b[nb++] = arena_strndup(a, p,
						(size_t)(nl - p));
					p = nl + 1;
				}
				v[nlalu] = (struct ringkasan_versi){nomor,
					today(a, d->source_date), name, b, nb};
				(*nversi)++;
				free(bytes);
			}
		} else if (lstat(perubahan, &st) == 0 && S_ISREG(st.st_mode)) {
			/* No figure moved: the last change report stays, and
			 * stays lkjip's (listed in the manifest). */
			on_write(perubahan, false, rec);
		}
		free(buf);
	}
	/* The earlier PDFs stay lkjip's outputs. */
	for (size_t i = 0; i < *nversi; i++) {
		char *p = arena_printf(a, "%s/%s", dir, v[i].pdf);
		struct stat st;
		if (lstat(p, &st) == 0 && S_ISREG(st.st_mode))
			on_write(p, false, rec);
	}
	/* Written by render_report after the outputs. */
	rec->snap = angka_serialize(baru, &rec->snap_len);
	rec->snap_path = arena_printf(a, "%s/%s", dir, ANGKA_DATA_FILE);
	angka_free(lama);
	angka_free(baru);
	return v;
}

/* Loads, checks, builds and renders one report in this process (a
 * worker): its PDF, pages, figures snapshot and summary. Its diagnostics
 * were reported by the check pass; a report that no longer builds (its
 * folder changed meanwhile) fails here. */
static int render_report(const struct unit *un, const char *out,
	struct record *rec)
{
	struct doc *d = un->doc;
	struct report *r = d ? (struct report *)d->report : NULL;
	if (d == NULL) {
		struct diag_list *dl = diag_list_new();
		r = model_load_report(un->dir, dl);
		if (r != NULL) /* "." or "../x": named by its real folder */
			r->id = arena_strdup(r->arena, un->id);
		struct metrics *m = r ? metrics_compute(r, dl) : NULL;
		if (m != NULL)
			metrics_validate(m, dl);
		d = r ? doc_build_from(r, m, dl) : NULL;
		diag_list_free(dl);
	}
	if (d == NULL) {
		char *msg = NULL;
		msg = xasprintf("%s: error: the report no longer loads as "
				"it did when checked (changed during the build?)",
				un->dir);
		record_line(rec, 'D', msg);
		free(msg);
		model_report_free(r);
		return -1;
	}
	struct arena *a = arena_new();
	struct diag_list *wl = diag_list_new();
	file_write_observe(on_write, rec);
	size_t nversi = 0;
	rec->snap = NULL;
	struct ringkasan_versi *versi = corrections(d, out, rec, a, &nversi);
	char *pdf = arena_printf(a, "%s/%s/%s.pdf", out, r->id, r->id);
	/* The PDF first: the page's summary states its size. A folder
	 * that cannot be made is html's to report. */
	char *dir = arena_printf(a, "%s/%s", out, r->id);
	int rc = 0;
	if (mkdir_p(dir) == 0 && pdf_render(d, pdf, wl) < 0)
		rc = -1;
	if (rc == 0 && html_render_report_versi(d, out, versi, nversi,
			wl) < 0)
		rc = -1;
	if (rc == 0) {
		/* The summary the site pages are made of, then the snapshot
		 * the next build compares with: last, so a build stopped
		 * before here compares again next time. */
		struct ringkasan *rk = html_ringkasan_dari_doc(d, out);
		rk->versi = versi;
		rk->nversi = nversi;
		size_t len;
		char *t = html_ringkasan_serialize(rk, &len);
		char *path = arena_printf(a, "%s/%s", dir, HTML_RINGKASAN_FILE);
		if (file_write_atomic(path, t, len) < 0 ||
				file_write_atomic(rec->snap_path, rec->snap,
				rec->snap_len) < 0) {
			diag_add(wl, DIAG_ERROR, (struct src_pos){path, 0, 0,
				NULL}, "cannot write: %s", strerror(errno));
			rc = -1;
		}
		free(t);
		html_ringkasan_free(rk);
	}
	free(rec->snap);
	rec->snap = NULL;
	file_write_observe(NULL, NULL);
	record_diags(rec, wl);
	diag_list_free(wl);
	arena_free(a);
	if (un->doc == NULL) {
		doc_free(d);
		model_report_free(r);
	}
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

static void job_start(struct job *j, const struct unit *d, const char *out)
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
static void render_all(const struct unit *docs, const size_t *idx, size_t n,
	int jobs, const char *out, struct job *res)
{
	if (n == 1 || jobs <= 1) {
		/* In this process: no fork to pay for one report. */
		for (size_t k = 0; k < n; k++) {
			res[k].idx = idx[k];
			record_open(&res[k].rec);
			res[k].status = render_report(&docs[idx[k]], out,
				&res[k].rec);
			record_close(&res[k].rec);
		}
		return;
	}
	size_t next = 0, active = 0, lo = 0;
	struct pollfd *pfd = xcalloc(n, sizeof *pfd);
	size_t *slot = xcalloc(n, sizeof *slot);
	while (next < n || active > 0) {
		while (active < (size_t)jobs && next < n) {
			struct job *j = &res[next];
			j->idx = idx[next];
			job_start(j, &docs[idx[next]], out);
			if (j->pid > 0)
				active++;
			next++;
		}
		if (active == 0)
			continue;
		/* Workers finish about in the order they started: skip the
		 * finished head, or each poll would scan every job so far
		 * (quadratic in the number of reports). */
		while (lo < next && (res[lo].pid <= 0 || res[lo].fd < 0))
			lo++;
		size_t np = 0;
		for (size_t k = lo; k < next; k++) {
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
			/* The stylesheet every page shares is the site
			 * unit's: a report's pages write it too, but a copy
			 * from another shard must not make them stale. */
			if (rel != NULL && strcmp(rel, INCR_MANIFEST) &&
					(!strcmp(u->id, SITE_UNIT) ||
					strcmp(rel, "lkjip.css")))
				incr_unit_add_output(u, out, rel);
			changed += line[1] == '1';
		} else if (line[0] == 'D') {
			fprintf(stderr, "%s\n", line + 1);
		} else if (line[0] == 'O') {
			printf("%s\n", line + 1);
		}
		free(line);
		p += n + (nl != NULL);
	}
	return changed;
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
 * does (lkjip.css is shared by every unit). Only units this build owns
 * (ours): a shard never removes what another shard's reports wrote, nor
 * the site step a report's files. A build that failed removes nothing,
 * and keeps listing a removed report's files so that the next build that
 * succeeds removes them. */
static void remove_stale(const struct incr_manifest *old,
	struct incr_manifest *man, const struct strset *content,
	const struct strset *ours, const char *out, bool failed)
{
	struct strset paths = {0};
	if (failed) {
		for (size_t i = 0; old != NULL && i < old->nunit; i++) {
			const struct incr_unit *u = &old->unit[i];
			if (strset_has(content, u->id))
				continue;
			struct incr_unit *nu = incr_manifest_add(man, u->id,
				KEY_UNFINISHED);
			for (size_t f = 0; f < u->nout; f++)
				incr_unit_add_output(nu, out, u->out[f].path);
		}
		return;
	}
	for (size_t i = 0; i < man->nunit; i++)
		for (size_t f = 0; f < man->unit[i].nout; f++)
			strset_add(&paths, man->unit[i].out[f].path);
	if (paths.n > 1)
		qsort(paths.v, paths.n, sizeof *paths.v, cmp_strp);
	for (size_t i = 0; old != NULL && i < old->nunit; i++) {
		const struct incr_unit *u = &old->unit[i];
		bool gone = !strset_has(content, u->id);
		if (!gone && !strset_has(ours, u->id))
			continue;
		size_t n = incr_unit_remove_outputs(u, out, listed, &paths);
		if (n == 0)
			continue;
		if (gone)
			fprintf(stderr, "lkjip: report %s is no longer in the "
				"content: removed its %zu file%s from %s\n",
				u->id, n, n == 1 ? "" : "s", out);
		else
			fprintf(stderr, "lkjip: %s: removed %zu file%s the "
				"build no longer writes\n", strcmp(u->id,
				SITE_UNIT) ? u->id : "site pages", n,
				n == 1 ? "" : "s");
	}
	free(paths.v);
}

static int default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}

/* Shard of a report: a hash of its id, so adding or removing a report
 * moves no other report to another shard. 0-based. */
static int shard_of(const char *id, int n)
{
	char hex[INCR_HEX_LEN];
	struct incr_hasher *h = incr_hasher_new();
	incr_hash_str(h, id);
	incr_hasher_final(h, hex);
	char head[16];
	memcpy(head, hex, 15);
	head[15] = '\0';
	return (int)(strtoull(head, NULL, 16) % (unsigned long long)n);
}

/* The site step: reads every report's summary from out/ (written when it
 * was rendered, here or by a shard elsewhere), and writes the site pages
 * when any summary or the shared inputs changed. */
static int site_step(const struct site *site, const struct unit *u, size_t n,
	const char *shared, const struct incr_manifest *old,
	struct incr_manifest *man, const struct cli_opts *o, bool *done,
	size_t *changed)
{
	struct diag_list *dl = diag_list_new();
	char **text = xcalloc(n + 1, sizeof *text);
	struct incr_hasher *h = incr_hasher_new();
	incr_hash_str(h, shared);
	int rc = EXIT_OK;
	for (size_t i = 0; i < n; i++) {
		char *path = NULL;
		path = xasprintf("%s/%s/%s", o->out, u[i].id,
				HTML_RINGKASAN_FILE);
		text[i] = file_read(path, NULL);
		if (text[i] == NULL)
			diag_add(dl, DIAG_ERROR, (struct src_pos){path, 0, 0, NULL},
				"the report %s has no summary in %s: build it first "
				"(lkjip build, or the --shard that holds it)",
				u[i].id, o->out);
		incr_hash_str(h, u[i].id);
		incr_hash_str(h, text[i]);
		free(path);
	}
	char key[INCR_HEX_LEN];
	incr_hasher_final(h, key);
	struct incr_unit *su = incr_manifest_unit(old, SITE_UNIT);
	*done = o->force || !unit_current(su, key, SITE_UNIT, o->out);
	struct incr_unit *nsu = incr_manifest_add(man, SITE_UNIT, key);
	if (diag_errors(dl) > 0) {
		cli_report_diags(dl, 0);
		rc = EXIT_INPUT;
	} else if (*done) {
		struct ringkasan **rk = xcalloc(n + 1, sizeof *rk);
		struct arena *ra = arena_new();
		for (size_t i = 0; i < n; i++) {
			char *path = NULL;
			path = xasprintf("%s/%s/%s", o->out, u[i].id,
					HTML_RINGKASAN_FILE);
			rk[i] = html_ringkasan_parse(text[i], path, ra, dl);
			free(path);
			free(text[i]);
			text[i] = NULL;
		}
		struct record rec;
		record_open(&rec);
		file_write_observe(on_write, &rec);
		if (diag_errors(dl) == 0 &&
				html_render_site(site, rk, n, o->out, dl) < 0)
			rc = EXIT_OUTPUT;
		if (diag_errors(dl) > 0 && rc == EXIT_OK)
			rc = EXIT_INPUT;
		file_write_observe(NULL, NULL);
		record_diags(&rec, dl);
		record_close(&rec);
		*changed += apply_record(o->out, rec.buf, nsu);
		free(rec.buf);
		arena_free(ra);
		free(rk);
	} else {
		for (size_t f = 0; f < su->nout; f++)
			incr_unit_add_output(nsu, o->out, su->out[f].path);
	}
	if (rc != EXIT_OK)
		strcpy(nsu->key, KEY_UNFINISHED);
	for (size_t i = 0; i < n; i++)
		free(text[i]);
	free(text);
	diag_list_free(dl);
	return rc;
}

int cli_build(const struct cli_opts *o)
{
	bool site_only = !strcmp(o->cmd, "site");
	bool writes = (!strcmp(o->cmd, "build") && !o->dump_tree) || site_only;
	/* The site would be written among its own sources (and the next
	 * build would read its copies of the CSV files as input). */
	if (writes && cli_path_below(o->out, o->content)) {
		fprintf(stderr, "lkjip: %s -o %s: the output folder is "
			"inside the content folder %s; refusing to write there\n",
			o->cmd, o->out, o->content);
		return EXIT_USAGE;
	}
	struct diag_list *dl = diag_list_new();
	struct site *site = model_scan_site(o->content, dl);
	size_t nunit = site ? site->nfolder : 0;
	struct unit *units = xcalloc(nunit + 1, sizeof *units);
	/* Ours: the reports this run builds (all, a shard's, or none for
	 * the site step). */
	bool *ours = xcalloc(nunit + 1, sizeof *ours);
	struct doc **docs = NULL;
	size_t ndocs = 0;
	int rc = EXIT_OK;
	int lock = -1; /* out/, held while this build writes there */
	for (size_t i = 0; i < nunit; i++) {
		units[i] = (struct unit){site->folder_id[i], site->folder[i], NULL};
		ours[i] = !site_only && (o->shard_n == 0 || !strcmp(o->cmd,
			"check") || shard_of(units[i].id, o->shard_n) ==
			o->shard_i - 1);
	}
	/* The check pass: every report loaded, computed, built and checked,
	 * one at a time; only its diagnostics are kept (memory stays that of
	 * one report, whatever the count). The render pass builds each tree
	 * again in its worker. */
	if (o->dump_tree)
		docs = xcalloc(nunit + 1, sizeof *docs);
	struct html_names *names = html_names_new(dl);
	size_t nkept = 0;
	for (size_t i = 0; i < nunit; i++) {
		if (!ours[i])
			continue;
		struct report *r = model_load_report(units[i].dir, dl);
		if (r == NULL)
			continue;
		r->id = arena_strdup(r->arena, units[i].id);
		struct metrics *m = metrics_compute(r, dl);
		metrics_validate(m, dl);
		struct doc *d = doc_build_from(r, m, dl);
		if (d != NULL)
			html_check_doc_names(d, dl);
		html_names_add_report(names, r);
		if (d != NULL && docs != NULL) {
			docs[ndocs++] = d;
		} else if (d != NULL && nkept < KEEP_TREES) {
			units[i].doc = d;
			nkept++;
		} else {
			doc_free(d);
			model_report_free(r);
		}
	}
	/* The names the outputs will have, so that check finds what would
	 * stop build half-way or overwrite one output with another. */
	html_names_finish(names);
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
	 * instansi/, pemerintah/) must not hold the content. */
	for (size_t i = 0; i < nunit + 2; i++) {
		char *w = NULL;
		w = xasprintf("%s/%s", o->out, i < nunit ? units[i].id :
				i == nunit ? "instansi" : "pemerintah");
		bool clash = cli_path_below(o->content, w);
		if (clash)
			fprintf(stderr, "lkjip: %s -o %s: the content folder %s "
				"is inside %s, which the build writes; refusing to "
				"write there\n", o->cmd, o->out, o->content, w);
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
	/* One build writes to an out/ at a time: a second waits for the
	 * first, then finds what it wrote current. Two writing at once left
	 * the files of one under the manifest of the other. A lock on the
	 * folder itself: no file of its own in the site. */
	lock = open(o->out, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (lock < 0) {
		/* mkdir_p takes an existing file for a folder (EEXIST). */
		fprintf(stderr, "lkjip: cannot write to %s: %s\n", o->out,
			errno == ENOTDIR ? "a file, not a folder" :
			strerror(errno));
		rc = EXIT_OUTPUT;
		goto done;
	}
	if (flock(lock, LOCK_EX | LOCK_NB) < 0 &&
			errno == EWOULDBLOCK) {
		fprintf(stderr, "lkjip: another lkjip is writing to %s: "
			"waiting for it to finish\n", o->out);
		flock(lock, LOCK_EX);
	}
	/* A build killed mid-write may have left its temp files behind. */
	file_sweep_temps(o->out);

	/* Each shard and the site step keep their own manifest: shards
	 * built on several machines are copied into one folder. */
	char manifest[128];
	if (site_only)
		snprintf(manifest, sizeof manifest, "%s.site", INCR_MANIFEST);
	else if (o->shard_n > 0)
		snprintf(manifest, sizeof manifest, "%s.shard-%d-of-%d",
			INCR_MANIFEST, o->shard_i, o->shard_n);
	else
		snprintf(manifest, sizeof manifest, "%s", INCR_MANIFEST);
	char shared[INCR_HEX_LEN];
	shared_key(o->content, shared);
	/* Read even with --force: it says what a removed report left. */
	struct incr_manifest *old = incr_manifest_read_named(o->out, manifest);
	struct incr_manifest *man = incr_manifest_new();
	char (*keys)[INCR_HEX_LEN] = xcalloc(nunit + 1, sizeof *keys);
	size_t *todo = xcalloc(nunit + 1, sizeof *todo), ntodo = 0, nours = 0;
	struct strset content = {0}, mine = {0};
	for (size_t i = 0; i < nunit; i++) {
		strset_add(&content, units[i].id);
		if (!ours[i])
			continue;
		strset_add(&mine, units[i].id);
		nours++;
		struct report probe = {.id = (char *)units[i].id,
			.dir = (char *)units[i].dir};
		report_key(shared, &probe, keys[i]);
		struct incr_unit *u = incr_manifest_unit(old, units[i].id);
		if (o->force || !unit_current(u, keys[i], units[i].id, o->out))
			todo[ntodo++] = i;
	}
	if (o->shard_n == 0)
		strset_add(&mine, SITE_UNIT);
	strset_add(&content, SITE_UNIT);
	if (content.n > 1)
		qsort(content.v, content.n, sizeof *content.v, cmp_strp);
	if (mine.n > 1)
		qsort(mine.v, mine.n, sizeof *mine.v, cmp_strp);

	struct job *res = xcalloc(ntodo + 1, sizeof *res);
	render_all(units, todo, ntodo, o->jobs > 0 ? o->jobs : default_jobs(),
		o->out, res);
	size_t changed = 0, k = 0;
	for (size_t i = 0; i < nunit; i++) {
		if (!ours[i])
			continue;
		const char *id = units[i].id;
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

	bool site_todo = false;
	if (rc == EXIT_OK && o->shard_n == 0) {
		rc = site_step(site, units, nunit, shared, old, man, o,
			&site_todo, &changed);
	} else if (o->shard_n == 0) {
		/* Due but not written (a report failed): still due next
		 * time, or the index would keep listing a removed report. */
		struct incr_unit *su = incr_manifest_unit(old, SITE_UNIT);
		if (su != NULL) {
			struct incr_unit *nsu = incr_manifest_add(man,
				SITE_UNIT, KEY_UNFINISHED);
			for (size_t f = 0; f < su->nout; f++)
				incr_unit_add_output(nsu, o->out,
					su->out[f].path);
		}
	}
	remove_stale(old, man, &content, &mine, o->out, rc != EXIT_OK);
	if (incr_manifest_write_named(man, o->out, manifest) < 0) {
		fprintf(stderr, "lkjip: cannot write %s/%s: %s\n", o->out,
			manifest, strerror(errno));
		rc = EXIT_OUTPUT;
	}
	if (rc == EXIT_OK && site_only) {
		fprintf(stderr, "lkjip: site pages of %zu report%s %s in %s\n",
			nunit, nunit == 1 ? "" : "s", site_todo ? "written" :
			"up to date", o->out);
	} else if (rc == EXIT_OK) {
		fprintf(stderr, "lkjip: wrote %zu report%s to %s\n", nours,
			nours == 1 ? "" : "s", o->out);
		fprintf(stderr, "lkjip: %zu of %zu report%s rebuilt%s, "
			"%zu file%s changed\n", ntodo, nours,
			nours == 1 ? "" : "s", site_todo ? " with the site pages"
			: "", changed, changed == 1 ? "" : "s");
	}
	free(content.v);
	free(mine.v);
	incr_manifest_free(old);
	incr_manifest_free(man);
	free(keys);
	free(todo);
done:
	for (size_t i = 0; i < ndocs; i++) {
		const struct report *r = docs[i]->report;
		doc_free(docs[i]);
		model_report_free((struct report *)r);
	}
	free(docs);
	for (size_t i = 0; i < nunit; i++) {
		if (units[i].doc == NULL)
			continue;
		const struct report *r = units[i].doc->report;
		doc_free(units[i].doc);
		model_report_free((struct report *)r);
	}
	free(units);
	free(ours);
	model_site_free(site);
	diag_list_free(dl);
	if (lock >= 0)
		close(lock);
	return rc;
}
