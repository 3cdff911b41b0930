#define _GNU_SOURCE
/* Where an output path lies, for the commands that refuse to write over
 * their own inputs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "util/xalloc.h"

/* Resolves path like realpath, but path need not exist: its longest part
 * that exists is resolved, and the rest applied to it as mkdir -p would
 * ("." skipped, ".." one folder up). NULL when nothing of it resolves. */
static char *resolve(const char *path)
{
	char *p = xstrdup(path);
	char *r;
	size_t cut = strlen(p); /* p[cut..] is the part that does not exist */
	for (;;) {
		r = realpath(*p ? p : ".", NULL);
		if (r != NULL || *p == '\0')
			break;
		char *slash = strrchr(p, '/');
		if (slash == p) {
			r = realpath("/", NULL);
			cut = 0;
			break;
		}
		cut = slash ? (size_t)(slash - p) : 0;
		p[cut] = '\0';
	}
	if (r == NULL) {
		free(p);
		return NULL;
	}
	/* The rest of the original path, component by component. */
	const char *rest = path + cut;
	size_t cap = strlen(r) + strlen(rest) + 2;
	char *out = xmalloc(cap);
	strcpy(out, r);
	free(r);
	while (*rest) {
		while (*rest == '/')
			rest++;
		size_t n = strcspn(rest, "/");
		if (n == 0)
			break;
		if (n == 2 && !strncmp(rest, "..", 2)) {
			char *slash = strrchr(out, '/');
			if (slash != NULL && slash != out)
				*slash = '\0';
			else
				strcpy(out, "/");
		} else if (!(n == 1 && rest[0] == '.')) {
			if (strcmp(out, "/"))
				strcat(out, "/");
			strncat(out, rest, n);
		}
		rest += n;
	}
	free(p);
	return out;
}

bool cli_path_below(const char *path, const char *folder)
{
	char *f = realpath(folder, NULL);
	char *d = resolve(path);
	bool below = false;
	if (f != NULL && d != NULL) {
		size_t n = strlen(f);
		below = !strcmp(f, "/") || (!strncmp(d, f, n) &&
			(d[n] == '\0' || d[n] == '/'));
	}
	free(f);
	free(d);
	return below;
}
