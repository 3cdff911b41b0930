#include "util/path.h"
#include "util/xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *lkjip_data_dir(void)
{
	const char *d = getenv("LKJIP_DATA_DIR");
	if (d != NULL && *d != '\0')
		return d;
	return LKJIP_SOURCE_DIR;
}

char *file_read(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	size_t cap = 8192, n = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (cap - n < 4096) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		size_t r = fread(buf + n, 1, cap - n - 1, f);
		n += r;
		if (r == 0)
			break;
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		free(buf);
		errno = EIO;
		return NULL;
	}
	buf[n] = '\0';
	if (len != NULL)
		*len = n;
	return buf;
}

int mkdir_p(const char *path)
{
	char tmp[4096];
	if (snprintf(tmp, sizeof tmp, "%s", path) >= (int)sizeof tmp) {
		errno = ENAMETOOLONG;
		return -1;
	}
	for (char *p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(tmp, 0755) < 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(tmp, 0755) < 0 && errno != EEXIST)
		return -1;
	return 0;
}

static file_write_observer *write_observer;
static void *write_observer_ctx;

void file_write_observe(file_write_observer *fn, void *ctx)
{
	write_observer = fn;
	write_observer_ctx = ctx;
}

bool file_same_bytes(const char *path, const void *data, size_t len)
{
	struct stat st;
	if (stat(path, &st) < 0 || !S_ISREG(st.st_mode) ||
			(unsigned long long)st.st_size != (unsigned long long)len)
		return false;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	/* Compare in chunks: no allocation, stops at the first difference. */
	char buf[65536];
	const char *p = data;
	size_t off = 0;
	bool same = true;
	while (same) {
		ssize_t r = read(fd, buf, sizeof buf);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			same = false;
			break;
		}
		if (r == 0)
			break;
		if (off + (size_t)r > len || memcmp(p + off, buf, (size_t)r) != 0)
			same = false;
		off += (size_t)r;
	}
	close(fd);
	return same && off == len;
}

static int write_atomic(const char *path, const void *data, size_t len);

int file_write_atomic(const char *path, const void *data, size_t len)
{
	bool changed = !file_same_bytes(path, data, len);
	if (changed && write_atomic(path, data, len) < 0)
		return -1;
	if (write_observer != NULL)
		write_observer(path, changed, write_observer_ctx);
	return 0;
}

static int write_atomic(const char *path, const void *data, size_t len)
{
	char dir[4096], tmp[4200];
	if (snprintf(dir, sizeof dir, "%s", path) >= (int)sizeof dir) {
		errno = ENAMETOOLONG;
		return -1;
	}
	char *slash = strrchr(dir, '/');
	if (slash != NULL) {
		*slash = '\0';
		if (dir[0] != '\0' && mkdir_p(dir) < 0)
			return -1;
	}
	/* Temp name in the same folder, so rename() is atomic. */
	snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return -1;
	const char *p = data;
	size_t left = len;
	while (left > 0) {
		ssize_t w = write(fd, p, left);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			close(fd);
			unlink(tmp);
			errno = e;
			return -1;
		}
		p += w;
		left -= (size_t)w;
	}
	if (close(fd) < 0 || rename(tmp, path) < 0) {
		int e = errno;
		unlink(tmp);
		errno = e;
		return -1;
	}
	return 0;
}

bool path_is_contained(const char *rel)
{
	if (rel == NULL || rel[0] == '\0' || rel[0] == '/')
		return false;
	const char *p = rel;
	while (*p) {
		const char *e = strchr(p, '/');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n == 0 || (n == 2 && p[0] == '.' && p[1] == '.'))
			return false;
		if (e == NULL)
			break;
		p = e + 1;
	}
	return true;
}

/* "NAME.tmp.PID" with PID all digits: the pid, else 0. */
static long temp_pid(const char *name)
{
	const char *t = strstr(name, ".tmp.");
	long pid = 0;
	while (t != NULL) {
		const char *p = t + 5;
		if (*p != '\0' && strspn(p, "0123456789") == strlen(p) &&
				strlen(p) < 10) {
			pid = strtol(p, NULL, 10);
			break;
		}
		t = strstr(t + 1, ".tmp.");
	}
	return pid;
}

int file_sweep_temps(const char *dir)
{
	DIR *d = opendir(dir);
	if (d == NULL)
		return 0;
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char path[4096];
		if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >=
				(int)sizeof path)
			continue;
		struct stat st;
		if (lstat(path, &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			n += file_sweep_temps(path);
			continue;
		}
		long pid = temp_pid(e->d_name);
		if (!S_ISREG(st.st_mode) || pid <= 0)
			continue;
		if (kill((pid_t)pid, 0) == 0 || errno == EPERM)
			continue; /* its writer is still alive */
		if (unlink(path) == 0)
			n++;
	}
	closedir(d);
	return n;
}

/* Each component is opened with O_NOFOLLOW below the folder opened before
 * it, so what is checked is what is read: no symbolic link anywhere under
 * root is followed (ELOOP) and nothing is left to race. O_NONBLOCK keeps a
 * FIFO from blocking the open; fstat then refuses it. */
int path_open_in(const char *root, const char *rel)
{
	if (!path_is_contained(rel)) {
		errno = EXDEV;
		return -1;
	}
	int dfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0)
		return -1;
	for (const char *p = rel;;) {
		const char *e = strchr(p, '/');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char comp[256];
		if (n >= sizeof comp) {
			close(dfd);
			errno = ENAMETOOLONG;
			return -1;
		}
		memcpy(comp, p, n);
		comp[n] = '\0';
		int fd = openat(dfd, comp, O_RDONLY | O_NOFOLLOW | O_CLOEXEC |
			O_NOCTTY | (e ? O_DIRECTORY : O_NONBLOCK));
		int err = errno;
		struct stat st;
		/* A link opened with O_DIRECTORY may say ENOTDIR: it is a
		 * link all the same. */
		if (fd < 0 && err == ENOTDIR && fstatat(dfd, comp, &st,
				AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
			err = ELOOP;
		close(dfd);
		if (fd < 0) {
			errno = err;
			return -1;
		}
		if (e != NULL) {
			dfd = fd;
			p = e + 1;
			continue;
		}
		if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
			err = S_ISDIR(st.st_mode) ? EISDIR : ENODEV;
			close(fd);
			errno = err;
			return -1;
		}
		/* Blocking reads again, for an ordinary file. */
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
		return fd;
	}
}

char *file_read_fd(int fd, size_t *len)
{
	return file_read_fd_max(fd, SIZE_MAX - 1, len);
}

char *file_read_fd_max(int fd, size_t max, size_t *len)
{
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
			(unsigned long long)st.st_size > max) {
		errno = EFBIG;
		return NULL;
	}
	size_t cap = 8192, n = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (n > max) {
			free(buf);
			errno = EFBIG;
			return NULL;
		}
		if (cap - n < 4096) {
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		ssize_t r = read(fd, buf + n, cap - n - 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;
			free(buf);
			errno = e;
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	buf[n] = '\0';
	if (len != NULL)
		*len = n;
	return buf;
}

const char *path_rel_to(const char *root, const char *path)
{
	size_t n = strlen(root);
	if (strncmp(path, root, n) != 0 || path[n] != '/')
		return NULL;
	return path + n + 1;
}

int path_open_under(const char *root, const char *path)
{
	const char *rel = path_rel_to(root, path);
	if (rel == NULL) {
		errno = EXDEV;
		return -1;
	}
	return path_open_in(root, rel);
}

char *file_read_in(const char *root, const char *rel, size_t *len)
{
	int fd = path_open_in(root, rel);
	if (fd < 0)
		return NULL;
	char *buf = file_read_fd_max(fd, FILE_MAX_TEXT, len);
	int e = errno;
	close(fd);
	errno = e;
	return buf;
}

bool path_is_csv_name(const char *name)
{
	size_t n = strlen(name);
	return n > 4 && name[0] != '.' && strcmp(name + n - 4, ".csv") == 0;
}

_Static_assert(FILE_MAX_TEXT == 4u << 20, "path_refusal names 4 MB");

const char *path_refusal(int err)
{
	switch (err) {
	case ELOOP:
		return "symbolic links are not followed in the content folder";
	case EXDEV:
		return "the path must stay inside the folder (no \"..\", no "
			"leading \"/\")";
	case ENOENT:
		return "no such file";
	case ENOTDIR:
		return "a part of the path is not a folder";
	case EISDIR:
		return "a folder, not a file";
	case ENODEV:
		return "not a regular file (a FIFO, socket or device)";
	case EFBIG:
		return "the file is over 4 MB, the limit of a text file (a "
			"chapter, a CSV table, a YAML file): a whole report's text "
			"is far less";
	default:
		return strerror(err);
	}
}
