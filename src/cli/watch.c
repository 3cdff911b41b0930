#define _GNU_SOURCE
/* lkjip build --watch: build, then rebuild on every saved change in the
 * content folder (recursively) and templates/. Content errors are printed
 * and the watch goes on; only a broken watch (inotify) ends it. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "util/path.h"
#include "util/xalloc.h"

/* Saves, renames into place (editors' atomic save), new and removed files
 * and folders. */
#define MASK (IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | \
	IN_DELETE | IN_DELETE_SELF | IN_ATTRIB)
/* Quiet time before rebuilding, so one save that touches several files
 * (or an editor's temp-file dance) gives one build. */
#define DEBOUNCE_MS 150

struct watches {
	int fd;
	char **dir; /* indexed by watch descriptor */
	size_t cap;
	char *skip; /* the output folder, when it lies inside a watched one */
};

static void remember(struct watches *w, int wd, const char *dir)
{
	if ((size_t)wd >= w->cap) {
		size_t cap = (size_t)wd * 2 + 16;
		w->dir = xreallocarray(w->dir, cap, sizeof *w->dir);
		memset(w->dir + w->cap, 0, (cap - w->cap) * sizeof *w->dir);
		w->cap = cap;
	}
	free(w->dir[wd]);
	w->dir[wd] = xstrdup(dir);
}

static bool under(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	return dir != NULL && !strncmp(path, dir, n) &&
		(path[n] == '\0' || path[n] == '/');
}

/* Watches dir and every folder below it (adding a watch twice is
 * harmless: inotify returns the same descriptor). */
static void watch_tree(struct watches *w, const char *dir)
{
	char *real = realpath(dir, NULL);
	if (real == NULL)
		return;
	if (w->skip != NULL && under(real, w->skip)) {
		free(real);
		return;
	}
	int wd = inotify_add_watch(w->fd, real, MASK | IN_ONLYDIR);
	if (wd >= 0)
		remember(w, wd, real);
	DIR *d = opendir(real);
	if (d != NULL) {
		struct dirent *de;
		while ((de = readdir(d)) != NULL) {
			if (de->d_name[0] == '.' && (de->d_name[1] == '\0' ||
					(de->d_name[1] == '.' &&
					 de->d_name[2] == '\0')))
				continue;
			char *sub = NULL;
			sub = xasprintf("%s/%s", real, de->d_name);
			/* lstat: a linked folder is not content (the loader
			 * refuses it) and a link to "." would recurse for
			 * ever. */
			struct stat st;
			if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode))
				watch_tree(w, sub);
			free(sub);
		}
		closedir(d);
	}
	free(real);
}

/* Reads the pending events; true when one of them is worth a rebuild. */
static bool drain(struct watches *w)
{
	char buf[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
	bool relevant = false;
	for (;;) {
		struct pollfd p = {w->fd, POLLIN, 0};
		if (poll(&p, 1, 0) <= 0)
			break;
		ssize_t n = read(w->fd, buf, sizeof buf);
		if (n <= 0)
			break;
		for (char *q = buf; q < buf + n;) {
			struct inotify_event *ev = (struct inotify_event *)q;
			q += sizeof *ev + ev->len;
			const char *dir = ev->wd >= 0 && (size_t)ev->wd < w->cap ?
				w->dir[ev->wd] : NULL;
			if (ev->mask & IN_Q_OVERFLOW) {
				relevant = true;
				continue;
			}
			if (dir == NULL)
				continue;
			if (ev->len > 0 && w->skip != NULL) {
				char *p = NULL;
				p = xasprintf("%s/%s", dir, ev->name);
				bool s = under(p, w->skip);
				free(p);
				if (s)
					continue;
			}
			relevant = true;
		}
	}
	return relevant;
}

int cli_watch(const struct cli_opts *o)
{
	struct watches w = {0};
	w.fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
	if (w.fd < 0) {
		fprintf(stderr, "lkjip: cannot watch: %s\n", strerror(errno));
		return EXIT_OUTPUT;
	}
	mkdir_p(o->out);
	w.skip = realpath(o->out, NULL);
	char *templates = NULL;
	templates = xasprintf("%s/templates", lkjip_data_dir());
	for (;;) {
		/* (Re)watch first, so a save during the build is not lost. */
		watch_tree(&w, o->content);
		watch_tree(&w, templates);
		int rc = cli_build(o);
		fprintf(stderr, "lkjip: %s; watching %s for changes "
			"(Ctrl-C to stop)\n", rc == EXIT_OK ? "build done" :
			rc == EXIT_INPUT ? "content has errors, fix and save" :
			"the output could not be written", o->content);
		fflush(stdout);
		fflush(stderr);
		for (;;) {
			struct pollfd p = {w.fd, POLLIN, 0};
			if (poll(&p, 1, -1) < 0) {
				if (errno == EINTR)
					continue;
				fprintf(stderr, "lkjip: watch: %s\n",
					strerror(errno));
				return EXIT_OUTPUT;
			}
			bool relevant = drain(&w);
			/* Debounce: wait until the files stay quiet. */
			for (;;) {
				p = (struct pollfd){w.fd, POLLIN, 0};
				int r = poll(&p, 1, DEBOUNCE_MS);
				if (r <= 0)
					break;
				relevant |= drain(&w);
			}
			if (relevant)
				break;
		}
		fprintf(stderr, "lkjip: change seen, rebuilding\n");
	}
}
