#define _GNU_SOURCE
/* Without libFuzzer: runs a harness once over each file named on the
 * command line, or each file of each folder named. This is how the crash
 * inputs kept in tests/data/bad/fuzz/ and the seed corpora become ordinary
 * regression tests (and run under the sanitizer pass). */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/path.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_file(const char *path)
{
	size_t len;
	char *buf = file_read(path, &len);
	if (buf == NULL) {
		perror(path);
		return 1;
	}
	LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
	free(buf);
	return 0;
}

int main(int argc, char **argv)
{
	int bad = 0, n = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			perror(argv[i]);
			bad = 1;
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			bad |= run_file(argv[i]);
			n++;
			continue;
		}
		DIR *d = opendir(argv[i]);
		if (d == NULL) {
			perror(argv[i]);
			bad = 1;
			continue;
		}
		char **names = NULL;
		size_t nn = 0;
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (e->d_name[0] == '.')
				continue;
			names = realloc(names, (nn + 1) * sizeof *names);
			if (names == NULL)
				abort();
			if (asprintf(&names[nn], "%s/%s", argv[i], e->d_name) < 0)
				abort();
			nn++;
		}
		closedir(d);
		if (nn > 0)
			qsort(names, nn, sizeof *names, cmp);
		for (size_t k = 0; k < nn; k++) {
			bad |= run_file(names[k]);
			n++;
			free(names[k]);
		}
		free(names);
	}
	printf("replayed %d input%s\n", n, n == 1 ? "" : "s");
	return bad;
}
